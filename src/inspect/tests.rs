//! The inspector against qemu-img: images made by `qemu-img create`/`convert`, fed
//! through the streaming API in odd chunks and through `inspect_file`, must get the format
//! and virtual size `qemu-img info` reports; crafted images must be refused by the rule
//! they break. Owns no production code; must stay fast (64 MiB images, sparse files).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::*;

fn qemu_img(args: &[&str]) {
    let out = Command::new("qemu-img").args(args).output().expect("qemu-img runs");
    assert!(out.status.success(), "qemu-img {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// `qemu-img info --output=json` (probing, or with `-f`): (format, virtual size).
fn qemu_info(path: &Path, format: Option<&str>) -> (String, u64) {
    let mut cmd = Command::new("qemu-img");
    cmd.args(["info", "--output=json"]);
    if let Some(f) = format {
        cmd.args(["-f", f]);
    }
    let out = cmd.arg(path).output().expect("qemu-img runs");
    assert!(out.status.success(), "qemu-img info {path:?}: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (v["format"].as_str().unwrap().to_string(), v["virtual-size"].as_u64().unwrap())
}

/// Feed `bytes` in `chunk`-sized pieces, checking on the way that a refusal `peek` gives
/// is final and that the retained memory stays bounded.
fn stream_bytes(bytes: &[u8], chunk: usize) -> Result<Inspection, Refusal> {
    let mut ins = Inspector::new();
    let mut early = None;
    for piece in bytes.chunks(chunk) {
        ins.feed(piece);
        if early.is_none() {
            early = ins.peek();
        }
        assert!(ins.retained() <= 3 << 20, "retains {} bytes", ins.retained());
    }
    let verdict = ins.finish();
    if let Some(Err(refusal)) = early {
        assert_eq!(verdict.as_ref().unwrap_err().rule, refusal.rule, "peek refused, finish must too");
    }
    verdict
}

/// The verdict on a file, by the streaming path (4093-byte chunks) and by
/// `inspect_file`; both must agree.
fn inspect(path: &Path) -> Result<Inspection, Refusal> {
    let bytes = std::fs::read(path).unwrap();
    let streamed = stream_bytes(&bytes, 4093);
    let seeked = inspect_file(path).unwrap();
    assert_eq!(streamed, seeked, "streaming and inspect_file disagree on {path:?}");
    streamed
}

fn create(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let mut all = vec!["create", "-q"];
    all.extend_from_slice(args);
    all.push(path.to_str().unwrap());
    all.push("64M");
    qemu_img(&all);
    path
}

/// Inspector and qemu-img agree: format (by qemu's name) and virtual size.
fn agrees(path: &Path, expect: DiskFormat) -> Inspection {
    let found = inspect(path).unwrap_or_else(|r| panic!("{path:?} refused: {r}"));
    assert_eq!(found.format, expect, "{path:?}");
    let (qformat, qsize) = qemu_info(path, None);
    assert_eq!(qformat, expect.qemu_name(), "{path:?}");
    assert_eq!(found.virtual_size, Some(qsize), "{path:?}");
    found
}

fn refused(path: &Path, rule: &str) -> Refusal {
    let refusal = inspect(path).expect_err("must be refused");
    assert_eq!(refusal.rule, rule, "{path:?}: {refusal}");
    assert!(!refusal.message.contains('\n'));
    refusal
}

#[test]
fn qemu_made_images_agree_with_qemu_img() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    agrees(&create(d, "r.raw", &["-f", "raw"]), DiskFormat::Raw);
    let v2 = agrees(&create(d, "v2.qcow2", &["-f", "qcow2", "-o", "compat=0.10"]), DiskFormat::Qcow2);
    assert_eq!(v2.subformat.as_deref(), Some("v2"));
    let v3 = agrees(&create(d, "v3.qcow2", &["-f", "qcow2"]), DiskFormat::Qcow2);
    assert_eq!(v3.subformat.as_deref(), Some("v3"));
    agrees(&create(d, "l2.qcow2", &["-f", "qcow2", "-o", "extended_l2=on"]), DiskFormat::Qcow2);
    let sparse = agrees(&create(d, "s.vmdk", &["-f", "vmdk"]), DiskFormat::Vmdk);
    assert_eq!(sparse.subformat.as_deref(), Some("monolithicsparse"));
    let so = agrees(&create(d, "so.vmdk", &["-f", "vmdk", "-o", "subformat=streamOptimized"]), DiskFormat::Vmdk);
    assert_eq!(so.subformat.as_deref(), Some("streamoptimized"));
    let dynamic = agrees(&create(d, "d.vhd", &["-f", "vpc", "-o", "subformat=dynamic"]), DiskFormat::Vhd);
    assert_eq!(dynamic.subformat.as_deref(), Some("dynamic"));
    agrees(&create(d, "x.vhdx", &["-f", "vhdx"]), DiskFormat::Vhdx);
    agrees(&create(d, "i.vdi", &["-f", "vdi"]), DiskFormat::Vdi);

    // A fixed VHD has its footer only at the end, where qemu's probe does not look (it
    // says raw); read as vpc, qemu agrees with the inspector.
    let fixed = create(d, "f.vhd", &["-f", "vpc", "-o", "subformat=fixed"]);
    let found = inspect(&fixed).unwrap();
    assert_eq!((found.format, found.subformat.as_deref()), (DiskFormat::Vhd, Some("fixed")));
    assert_eq!(qemu_info(&fixed, Some("vpc")), ("vpc".to_string(), found.virtual_size.unwrap()));

    // LUKS (cheap key derivation for the test).
    let luks = d.join("e.luks");
    qemu_img(&[
        "create",
        "-q",
        "--object",
        "secret,id=s0,data=pw",
        "-f",
        "luks",
        "-o",
        "key-secret=s0,iter-time=10",
        luks.to_str().unwrap(),
        "64M",
    ]);
    agrees(&luks, DiskFormat::Luks);
}

#[test]
fn stream_optimized_vmdk_footer() {
    // qemu-img writes the grain directory offset in the header; VMware's streaming
    // writers put GD_AT_END there and the real header in a footer. Build that layout from
    // a qemu-made image: header says "at end", then footer marker, footer header,
    // end-of-stream marker in the last 1536 bytes.
    let dir = tempfile::tempdir().unwrap();
    let src = create(dir.path(), "so.vmdk", &["-f", "vmdk", "-o", "subformat=streamOptimized"]);
    let mut bytes = std::fs::read(&src).unwrap();
    let footer_header = bytes[..512].to_vec();
    bytes[56..64].copy_from_slice(&u64::MAX.to_le_bytes());
    let mut marker = vec![0u8; 512];
    marker[12] = 3;
    bytes.extend_from_slice(&marker);
    bytes.extend_from_slice(&footer_header);
    bytes.extend_from_slice(&[0u8; 512]);
    assert!(vmdk::SparseHeader::parse(&bytes).unwrap().has_footer());
    assert_eq!(stream_bytes(&bytes, 4093).unwrap().format, DiskFormat::Vmdk);
    // The head alone is a provisional yes; the broken footer is only seen at the end.
    let n = bytes.len();
    let mut broken = bytes.clone();
    broken[n - 10] = 0xff;
    assert_eq!(stream_bytes(&broken, 4093).unwrap_err().rule, "vmdk-footer");
    let mut other = bytes.clone();
    other[n - 1024 + 28] = 7;
    assert_eq!(stream_bytes(&other, 4093).unwrap_err().rule, "vmdk-footer");
    let mut again = bytes;
    again[n - 1024 + 56..n - 1024 + 64].copy_from_slice(&u64::MAX.to_le_bytes());
    assert_eq!(stream_bytes(&again, 511).unwrap_err().rule, "vmdk-footer");
}

#[test]
fn handmade_iso_and_partitioned_disks() {
    let dir = tempfile::tempdir().unwrap();
    // Minimal ISO 9660: a primary volume descriptor at 32 KiB and a terminator.
    let blocks = 40u32;
    let mut iso = vec![0u8; blocks as usize * 2048];
    let pvd = &mut iso[32768..34816];
    pvd[0] = 1;
    pvd[1..6].copy_from_slice(b"CD001");
    pvd[6] = 1;
    pvd[80..84].copy_from_slice(&blocks.to_le_bytes());
    pvd[84..88].copy_from_slice(&blocks.to_be_bytes());
    pvd[128..130].copy_from_slice(&2048u16.to_le_bytes());
    pvd[130..132].copy_from_slice(&2048u16.to_be_bytes());
    iso[34816] = 255;
    iso[34817..34822].copy_from_slice(b"CD001");
    let path = dir.path().join("a.iso");
    std::fs::write(&path, &iso).unwrap();
    agrees(&path, DiskFormat::Iso);

    // The same ISO made hybrid (an MBR in its system area): Glance keeps it as ISO.
    iso[446 + 4] = 0x17;
    iso[446 + 12..446 + 16].copy_from_slice(&blocks.to_le_bytes());
    iso[510] = 0x55;
    iso[511] = 0xAA;
    std::fs::write(&path, &iso).unwrap();
    assert_eq!(inspect(&path).unwrap().format, DiskFormat::Iso);

    // A GPT-partitioned raw disk: gpt, sized by its length, acceptable as "raw".
    let mut disk = vec![0u8; 1 << 20];
    disk[446 + 2] = 0x02;
    disk[446 + 4] = 0xEE;
    disk[446 + 8] = 1;
    disk[510] = 0x55;
    disk[511] = 0xAA;
    disk[512..520].copy_from_slice(b"EFI PART");
    let gpt = dir.path().join("gpt.raw");
    std::fs::write(&gpt, &disk).unwrap();
    let found = agrees(&gpt, DiskFormat::Gpt);
    declared_matches(DiskFormat::Raw, &found).unwrap();
}

#[test]
fn unsafe_images_are_refused_by_their_rule() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    create(d, "base.qcow2", &["-f", "qcow2"]);
    let r = refused(&create(d, "o.qcow2", &["-f", "qcow2", "-b", "base.qcow2", "-F", "qcow2"]), "qcow2-backing-file");
    assert!(r.message.contains("\"base.qcow2\""), "{r}");
    assert_eq!(r.found.map(|f| f.virtual_size), Some(Some(64 << 20)));
    // An absolute data file path: qemu-img creates a relative one in its working directory.
    let data_file = format!("data_file={}", d.join("x.raw").display());
    let r = refused(&create(d, "df.qcow2", &["-f", "qcow2", "-o", &data_file]), "qcow2-data-file");
    assert!(r.message.contains("x.raw"), "{r}");
    let r = refused(&create(d, "q.qed", &["-f", "qed"]), "qed-banned");
    assert_eq!(r.found.unwrap().virtual_size, Some(qemu_info(&d.join("q.qed"), None).1));

    // An unknown incompatible feature bit (bit 5): qemu refuses to open it too.
    let v3 = create(d, "u.qcow2", &["-f", "qcow2"]);
    let mut bytes = std::fs::read(&v3).unwrap();
    bytes[79] |= 0x20;
    std::fs::write(&v3, &bytes).unwrap();
    refused(&v3, "qcow2-unknown-features");

    // VMDK descriptor files naming host files.
    let flat = d.join("flat.vmdk");
    let desc = |ctype: &str, extent: &str| {
        format!(
            "# Disk DescriptorFile\nversion=1\nCID=12345678\nparentCID=ffffffff\ncreateType=\"{ctype}\"\n\n# Extent description\n{extent}\n\nddb.virtualHWVersion = \"4\"\n"
        )
    };
    std::fs::write(&flat, desc("monolithicFlat", "RW 2048 FLAT \"/etc/hostname\" 0")).unwrap();
    refused(&flat, "vmdk-create-type");
    std::fs::write(&flat, desc("monolithicSparse", "RW 2048 SPARSE \"/etc/hostname\"")).unwrap();
    refused(&flat, "vmdk-extent-path");
    std::fs::write(&flat, desc("monolithicSparse", "RW 2048 SPARSE \"neighbour.vmdk\"")).unwrap();
    refused(&flat, "vmdk-extent-file");

    // A sparse VMDK whose descriptor is not at sector 1.
    let s = create(d, "s.vmdk", &["-f", "vmdk"]);
    let mut bytes = std::fs::read(&s).unwrap();
    bytes[28] = 2;
    std::fs::write(&s, &bytes).unwrap();
    refused(&s, "vmdk-descriptor-offset");

    // One header hidden in another: a qcow2 that is also an ISO.
    let poly = create(d, "poly.qcow2", &["-f", "qcow2"]);
    let mut bytes = std::fs::read(&poly).unwrap();
    bytes[32768] = 1;
    bytes[32769..32774].copy_from_slice(b"CD001");
    std::fs::write(&poly, &bytes).unwrap();
    let r = refused(&poly, "multiple-formats");
    assert!(r.message.contains("qcow2") && r.message.contains("iso"), "{r}");
}

#[test]
fn declared_format_must_match_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let q = inspect(&create(dir.path(), "q.qcow2", &["-f", "qcow2"])).unwrap();
    let r = declared_matches(DiskFormat::Raw, &q).unwrap_err();
    assert_eq!(r.rule, "format-mismatch");
    assert!(r.message.contains("declared disk_format raw but the data is qcow2"), "{r}");
    declared_matches(DiskFormat::Qcow2, &q).unwrap();
    assert!(declared_matches(DiskFormat::Vmdk, &q).is_err());
    let raw = stream_bytes(&[0u8; 10000], 4093).unwrap();
    declared_matches(DiskFormat::Raw, &raw).unwrap();
    assert!(declared_matches(DiskFormat::Qcow2, &raw).is_err());
    let iso = Inspection::new(DiskFormat::Iso, Some(1));
    assert!(declared_matches(DiskFormat::Raw, &iso).is_err());
    declared_matches(DiskFormat::Raw, &Inspection::new(DiskFormat::Luks, None)).unwrap();
}

#[test]
fn names_round_trip_and_serialize_lowercase() {
    for f in DiskFormat::ALL {
        assert_eq!(f.to_string().parse::<DiskFormat>().unwrap(), f);
        assert_eq!(serde_json::to_string(&f).unwrap(), format!("\"{f}\""));
    }
    assert_eq!("VPC".parse::<DiskFormat>().unwrap(), DiskFormat::Vhd);
    assert!("ploop".parse::<DiskFormat>().is_err());
    let json = serde_json::to_value(Inspection::new(DiskFormat::Qcow2, Some(5))).unwrap();
    assert_eq!(json, serde_json::json!({"format": "qcow2", "virtual_size": 5}));
}

#[test]
fn edge_cases_never_panic() {
    assert_eq!(Inspector::new().finish().unwrap(), Inspection::new(DiskFormat::Raw, Some(0)));
    assert_eq!(stream_bytes(b"Q", 1).unwrap(), Inspection::new(DiskFormat::Raw, Some(1)));
    assert_eq!(stream_bytes(b"QF", 1).unwrap().format, DiskFormat::Raw);
    // A truncated qcow2 header is refused (see formats::truncated for why not raw).
    let mut h = [0u8; 200];
    h[..4].copy_from_slice(b"QFI\xfb");
    h[7] = 3;
    assert_eq!(stream_bytes(&h[..50], 7).unwrap_err().rule, "truncated-header");
    assert_eq!(stream_bytes(&h[..4], 1).unwrap_err().rule, "truncated-header");
    // A VHDX cut before its region table.
    let mut x = vec![0u8; 100_000];
    x[..8].copy_from_slice(b"vhdxfile");
    assert_eq!(stream_bytes(&x, 4093).unwrap_err().rule, "vhdx-malformed");
    // A text file that is not a VMDK descriptor is raw; one byte more than the head.
    let text = "hello world\n".repeat(6000);
    assert_eq!(stream_bytes(text.as_bytes(), 4093).unwrap().format, DiskFormat::Raw);
}

#[test]
fn peek_decides_from_the_head_before_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let q = std::fs::read(create(dir.path(), "b.qcow2", &["-f", "qcow2", "-b", "/etc/hostname", "-F", "raw"]));
    let q = q.unwrap();
    let mut ins = Inspector::new();
    assert_eq!(ins.needs_until(), Some(HEAD_LEN as u64));
    ins.feed(&q[..HEAD_LEN.min(q.len())]);
    assert_eq!(ins.peek().unwrap().unwrap_err().rule, "qcow2-backing-file");
    assert_eq!(ins.needs_until(), None);

    // A VHDX: the metadata region moves the decision point past the head.
    let x = std::fs::read(create(dir.path(), "x.vhdx", &["-f", "vhdx"])).unwrap();
    let mut ins = Inspector::new();
    ins.feed(&x[..HEAD_LEN]);
    assert!(ins.peek().is_none());
    let mut at = HEAD_LEN;
    while let Some(until) = ins.needs_until() {
        assert!(until as usize > at);
        ins.feed(&x[at..until as usize]);
        at = until as usize;
    }
    assert_eq!(ins.peek().unwrap().unwrap().format, DiskFormat::Vhdx);
    assert!(at < x.len(), "decided at {at} of {}", x.len());

    // Raw so far is provisional: the size only at the end.
    let mut ins = Inspector::new();
    ins.feed(&[0u8; HEAD_LEN]);
    assert_eq!(ins.peek(), Some(Ok(Inspection::new(DiskFormat::Raw, None))));
}

/// A small deterministic fuzz over real headers (the cargo-fuzz target does more).
#[test]
fn mutated_headers_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut seeds = Vec::new();
    for (name, fmt) in [("a.qcow2", "qcow2"), ("a.vmdk", "vmdk"), ("a.vhd", "vpc"), ("a.vdi", "vdi"), ("a.qed", "qed")]
    {
        let bytes = std::fs::read(create(dir.path(), name, &["-f", fmt])).unwrap();
        seeds.push(bytes[..bytes.len().min(HEAD_LEN)].to_vec());
    }
    let vhdx = std::fs::read(create(dir.path(), "a.vhdx", &["-f", "vhdx"])).unwrap();
    seeds.push(vhdx[..vhdx.len().min(4 << 20)].to_vec());
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for seed in &seeds {
        for _ in 0..40 {
            let mut bytes = seed.clone();
            for _ in 0..(next() % 16 + 1) {
                let at = (next() as usize) % 600.min(bytes.len());
                bytes[at] = next() as u8;
            }
            let cut = (next() as usize) % (bytes.len() + 1);
            let chunk = (next() as usize) % 5000 + 1;
            let _ = stream_bytes(&bytes[..cut], chunk);
        }
    }
}

#[test]
fn declared_formats_parse_auto_and_glance_names() {
    use super::Declared;
    assert_eq!("auto".parse::<Declared>(), Ok(Declared::Auto));
    assert_eq!("QCOW2".parse::<Declared>(), Ok(Declared::Format(DiskFormat::Qcow2)));
    assert_eq!("vpc".parse::<Declared>(), Ok(Declared::Format(DiskFormat::Vhd)));
    let e = "qcow3".parse::<Declared>().unwrap_err();
    assert!(e.contains("expected auto, or one of: raw, qcow2"), "{e}");
    for name in Declared::NAMES {
        assert_eq!(name.parse::<Declared>().unwrap().to_string(), *name);
    }
    assert_eq!(Declared::NAMES.len(), DiskFormat::ALL.len() + 1);
    assert!(DiskFormat::Gpt.is_raw_data() && !DiskFormat::Qcow2.is_raw_data() && !DiskFormat::Vhd.is_raw_data());
}

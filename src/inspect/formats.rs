//! The formats decided by the head of the stream alone: qcow2, QED, VHD (its header copy
//! and its footer), VDI, ISO 9660, MBR/GPT and LUKS. Each `probe_*` takes the captured
//! bytes and answers "not this format" (`None`), or what it is, or why it is refused.
//!
//! Pure functions over byte slices: they must not allocate in proportion to the input,
//! panic on any input (every read is bounds-checked, every size computation checked), or
//! know about streaming; `stream.rs` decides which bytes they see.

use super::{DiskFormat, Inspection, Refusal};

pub(crate) type Probe = Option<Result<Inspection, Refusal>>;

pub(crate) fn be16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}
pub(crate) fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}
pub(crate) fn be64(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_be_bytes(b.get(at..at.checked_add(8)?)?.try_into().ok()?))
}
pub(crate) fn le16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}
pub(crate) fn le32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}
pub(crate) fn le64(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at.checked_add(8)?)?.try_into().ok()?))
}

/// The magic matched but the stream ended inside the header. Refused rather than called
/// raw (oslo's answer, since its header region never completes): the bytes announce a
/// format, so the next tool that probes them would take them for it, and no valid image
/// of any format is this short, so refusing costs real data nothing.
pub(crate) fn truncated(format: DiskFormat, need: usize, have: usize) -> Refusal {
    Refusal::new(
        "truncated-header",
        format!(
            "{format} magic found but the stream ends after {have} bytes, inside the {need}-byte header: refused, a cut header cannot be checked"
        ),
    )
}

/// A printable, bounded rendering of bytes from the image for a message.
pub(crate) fn quote(bytes: &[u8]) -> String {
    let cut = &bytes[..bytes.len().min(200)];
    format!("{:?}", String::from_utf8_lossy(cut))
}

// ---- qcow2 -----------------------------------------------------------------------------
// Big-endian header (docs/interop/qcow2.txt): 0 magic "QFI\xfb", 4 version, 8 backing file
// offset (u64), 16 backing file name length (u32), 20 cluster_bits, 24 size (u64),
// 72 incompatible features (u64, v3 only), 100 header_length (v3). Header extensions
// follow the header: type u32, length u32, data padded to 8 bytes.

pub(crate) const QCOW2_MAGIC: &[u8] = b"QFI\xfb";
const QCOW2_V2_HEADER: usize = 72;
const QCOW2_V3_HEADER: usize = 104;
/// Incompatible feature bits qemu defines: 0 dirty, 1 corrupt, 2 external data file,
/// 3 compression type, 4 extended L2 entries. oslo allows only 0-3 (its
/// `I_FEATURES_MAX_BIT = 4` is exclusive); extended L2 is allowed here because it only
/// changes the L2 entry layout inside the image and qemu-img creates it on request.
const QCOW2_KNOWN_INCOMPAT: u64 = 0b1_1111;
const QCOW2_INCOMPAT_DATA_FILE: u64 = 1 << 2;
const QCOW2_EXT_DATA_FILE: u32 = 0x4441_5441;

pub(crate) fn probe_qcow2(head: &[u8]) -> Probe {
    if !head.starts_with(QCOW2_MAGIC) {
        return None;
    }
    let Some(version) = be32(head, 4) else {
        return Some(Err(truncated(DiskFormat::Qcow2, QCOW2_V2_HEADER, head.len())));
    };
    // oslo's check_unknown_features: v2 has no feature field, v3 is checked, and
    // anything else (v1 "qcow", or a future version) is refused.
    let need = match version {
        2 => QCOW2_V2_HEADER,
        3 => QCOW2_V3_HEADER,
        _ => {
            return Some(Err(Refusal::new(
                "qcow2-version",
                format!("qcow2 image has version {version}: refused, only versions 2 and 3 can be checked"),
            )));
        }
    };
    if head.len() < need {
        return Some(Err(truncated(DiskFormat::Qcow2, need, head.len())));
    }
    let (Some(bf_offset), Some(bf_len), Some(cluster_bits), Some(size)) =
        (be64(head, 8), be32(head, 16), be32(head, 20), be64(head, 24))
    else {
        return Some(Err(truncated(DiskFormat::Qcow2, need, head.len())));
    };
    let found = Inspection::new(DiskFormat::Qcow2, Some(size)).with_subformat(if version == 2 { "v2" } else { "v3" });
    if bf_offset != 0 {
        let name = usize::try_from(bf_offset)
            .ok()
            .and_then(|off| head.get(off..off.checked_add(bf_len.min(1023) as usize)?))
            .map(|n| format!(" ({})", quote(n)))
            .unwrap_or_default();
        return Some(Err(Refusal::new(
            "qcow2-backing-file",
            format!(
                "qcow2 image has a backing file{name}: refused, a backing file reads outside the image (OSSA-2024-002)"
            ),
        )
        .found(found)));
    }
    if version == 3 {
        let incompat = be64(head, 72).unwrap_or(0);
        if incompat & QCOW2_INCOMPAT_DATA_FILE != 0 {
            let name = qcow2_data_file_name(head).map(|n| format!(" ({})", quote(n))).unwrap_or_default();
            return Some(Err(Refusal::new(
                "qcow2-data-file",
                format!("qcow2 image has an external data file{name}: refused, its data would be read from a host file (OSSA-2024-001)"),
            )
            .found(found)));
        }
        let unknown = incompat & !QCOW2_KNOWN_INCOMPAT;
        if unknown != 0 {
            return Some(Err(Refusal::new(
                "qcow2-unknown-features",
                format!("qcow2 image sets unknown incompatible feature bits {unknown:#x}: refused, their meaning cannot be checked"),
            )
            .found(found)));
        }
    }
    // qemu refuses to open these (MIN/MAX_CLUSTER_BITS); refusing here keeps a header
    // qemu cannot read from being stored as if it were a usable qcow2.
    if !(9..=21).contains(&cluster_bits) {
        return Some(Err(Refusal::new(
            "qcow2-malformed",
            format!("qcow2 image has cluster_bits {cluster_bits}: refused, qemu accepts only 9 to 21"),
        )
        .found(found)));
    }
    Some(Ok(found))
}

/// The external data file's name, from the header extension qemu writes for it (only
/// for the message; the feature bit alone decides).
fn qcow2_data_file_name(head: &[u8]) -> Option<&[u8]> {
    let mut at = be32(head, 100)? as usize;
    for _ in 0..64 {
        let kind = be32(head, at)?;
        let len = be32(head, at.checked_add(4)?)? as usize;
        let data = at.checked_add(8)?;
        if kind == 0 {
            return None;
        }
        if kind == QCOW2_EXT_DATA_FILE {
            return head.get(data..data.checked_add(len.min(1023))?);
        }
        at = data.checked_add(len.checked_add(7)? & !7)?;
    }
    None
}

// ---- QED ---------------------------------------------------------------------------------
// Little-endian: 0 magic "QED\0", 48 image size (u64). Banned outright, as in oslo: no
// OpenStack consumer supports it and its backing-file semantics are not checked.

pub(crate) fn probe_qed(head: &[u8]) -> Probe {
    if !head.starts_with(b"QED\0") {
        return None;
    }
    let size = le64(head, 48);
    let mut refusal = Refusal::new("qed-banned", "qed image: refused, the QED format is not allowed (as in oslo)");
    if let Some(size) = size {
        refusal = refusal.found(Inspection::new(DiskFormat::Qed, Some(size)));
    }
    Some(Err(refusal))
}

// ---- VHD (qemu's vpc) --------------------------------------------------------------------
// A 512-byte big-endian footer: 0 "conectix", 28 creator app, 40 original size,
// 48 current size, 56 cylinders (u16), 58 heads, 59 sectors per track, 60 disk type
// (2 fixed, 3 dynamic, 4 differencing). Dynamic disks keep a copy of it at offset 0 (which
// is all oslo and qemu's probe look at); fixed disks have it only in the last 512 bytes.

pub(crate) const VHD_FOOTER: usize = 512;

/// `at_head`: the footer copy at offset 0 (dynamic/differencing), versus the real footer
/// at the end of the stream (how a fixed VHD is recognised).
pub(crate) fn probe_vhd(footer: &[u8], at_head: bool) -> Probe {
    if !footer.starts_with(b"conectix") {
        return None;
    }
    if footer.len() < VHD_FOOTER {
        return Some(Err(truncated(DiskFormat::Vhd, VHD_FOOTER, footer.len())));
    }
    let disk_type = be32(footer, 60)?;
    let sub = match disk_type {
        2 => "fixed",
        3 => "dynamic",
        4 => "differencing",
        _ => "unknown",
    };
    let found = Inspection::new(DiskFormat::Vhd, Some(vhd_size(footer)?)).with_subformat(sub);
    if disk_type == 4 {
        return Some(Err(Refusal::new(
            "vhd-differencing",
            "vhd image is a differencing disk: refused, its parent locator names a file outside the image",
        )
        .found(found)));
    }
    if !at_head && disk_type != 2 {
        // A dynamic footer at the end without its copy at offset 0 is not what any writer
        // produces; qemu would read the block table from wherever data_offset points.
        return Some(Err(Refusal::new(
            "vhd-malformed",
            format!("vhd footer at the end of the stream says {sub} disk without the header copy a {sub} disk starts with: refused"),
        )
        .found(found)));
    }
    Some(Ok(found))
}

/// The size qemu's vpc driver reports (block/vpc.c): CHS geometry times 512 unless the
/// creator app is one that uses current_size, or the geometry is the maximum. oslo reads
/// the original-size field, which disagrees with qemu for images made by Virtual PC.
fn vhd_size(footer: &[u8]) -> Option<u64> {
    let creator = footer.get(28..32)?;
    let current = be64(footer, 48)?;
    let chs = u64::from(be16(footer, 56)?) * u64::from(*footer.get(58)?) * u64::from(*footer.get(59)?);
    let uses_size = [b"win ", b"qem2", b"d2v ", b"CTXS", b"tap\0"].iter().any(|app| creator == &app[..]);
    const VHD_MAX_GEOMETRY: u64 = 65535 * 16 * 255;
    if uses_size || chs == VHD_MAX_GEOMETRY { Some(current / 512 * 512) } else { Some(chs * 512) }
}

// ---- VDI ---------------------------------------------------------------------------------
// Little-endian 512-byte header: 0x40 signature 0xbeda107f, 0x170 disk size (u64).

const VDI_HEADER: usize = 512;

pub(crate) fn probe_vdi(head: &[u8]) -> Probe {
    if le32(head, 0x40) != Some(0xbeda_107f) {
        return None;
    }
    if head.len() < VDI_HEADER {
        return Some(Err(truncated(DiskFormat::Vdi, VDI_HEADER, head.len())));
    }
    Some(Ok(Inspection::new(DiskFormat::Vdi, le64(head, 0x170))))
}

// ---- ISO 9660 / UDF ----------------------------------------------------------------------
// The first volume descriptor sits after a 32 KiB system area: 0 type (1 = primary),
// 1..6 "CD001" (or UDF's "NSR02"/"NSR03", as oslo accepts), 80 volume space size
// (both-endian u32; the LE half), 128 logical block size (both-endian u16).

const ISO_DESCRIPTOR: usize = 32 * 1024;
const ISO_DESCRIPTOR_LEN: usize = 2048;
pub(crate) const ISO_NEEDS: usize = ISO_DESCRIPTOR + ISO_DESCRIPTOR_LEN;

pub(crate) fn probe_iso(head: &[u8]) -> Probe {
    let id = head.get(ISO_DESCRIPTOR + 1..ISO_DESCRIPTOR + 6)?;
    if !matches!(id, b"CD001" | b"NSR02" | b"NSR03") {
        return None;
    }
    if head.len() < ISO_NEEDS {
        return Some(Err(truncated(DiskFormat::Iso, ISO_NEEDS, head.len())));
    }
    let pvd = &head[ISO_DESCRIPTOR..ISO_NEEDS];
    let size = if pvd[0] == 1 { Some(u64::from(le32(pvd, 80)?) * u64::from(le16(pvd, 128)?)) } else { None };
    Some(Ok(Inspection::new(DiskFormat::Iso, size)))
}

// ---- MBR / GPT ---------------------------------------------------------------------------
// 446 four 16-byte partition entries (0 boot flag, 1..4 start CHS, 4 type, 8 start LBA),
// 510 signature 0x55 0xAA. A FAT volume boot record carries the same signature; oslo tells
// it apart by num_fats == 2 (0x10) and media descriptor 0xF8 (0x15), and so does this.

/// The size is the stream length (a partitioned disk is raw), filled in by the caller.
pub(crate) fn probe_mbr(head: &[u8]) -> Probe {
    if head.get(510..512)? != [0x55, 0xAA] {
        return None;
    }
    if head[0x10] == 2 && head[0x15] == 0xF8 {
        return None;
    }
    // oslo's check_mbr_partitions, in its order; one rule id, as oslo has one check
    // ("mbr") that Glance's gpt_safety_checks_nonfatal can name.
    let mut used = Vec::new();
    let mut gpt = false;
    for i in 0..4 {
        let pte = &head[446 + 16 * i..446 + 16 * (i + 1)];
        let refuse = |why: String| {
            Some(Err(Refusal::new(
                "mbr-partition-table",
                format!("partition table: {why}: refused (oslo's mbr check)"),
            )))
        };
        if pte[0] != 0x00 && pte[0] != 0x80 {
            return refuse(format!("entry {i} has boot flag {:#04x}", pte[0]));
        }
        if pte[4] != 0 {
            used.push(i);
        }
        if pte[4] == 0xEE {
            gpt = true;
            if pte[1..4] != [0x00, 0x02, 0x00] {
                return refuse(format!("GPT protective entry {i} has an invalid start CHS"));
            }
            if le32(pte, 8) != Some(1) {
                return refuse(format!("GPT protective entry {i} does not start at LBA 1"));
            }
        }
    }
    if gpt && used != [0] {
        return Some(Err(Refusal::new(
            "mbr-partition-table",
            "partition table: a GPT protective MBR defines other partitions: refused (oslo's mbr check)",
        )));
    }
    if used.is_empty() {
        return Some(Err(Refusal::new(
            "mbr-partition-table",
            "partition table: the MBR defines no partitions: refused (oslo's mbr check)",
        )));
    }
    Some(Ok(Inspection::new(if gpt { DiskFormat::Gpt } else { DiskFormat::Mbr }, None)))
}

// ---- LUKS --------------------------------------------------------------------------------
// Big-endian LUKS1 header: 0 "LUKS\xba\xbe", 6 version (u16), 104 payload offset (u32,
// 512-byte sectors). The virtual size is the stream length minus the payload offset.

pub(crate) const LUKS_MAGIC: &[u8] = b"LUKS\xba\xbe";
const LUKS_HEADER: usize = 592;

/// Returns the payload offset in bytes for the caller to subtract from the stream length.
pub(crate) fn probe_luks(head: &[u8]) -> Option<Result<u64, Refusal>> {
    if !head.starts_with(LUKS_MAGIC) {
        return None;
    }
    if head.len() < LUKS_HEADER {
        return Some(Err(truncated(DiskFormat::Luks, LUKS_HEADER, head.len())));
    }
    let version = be16(head, 6)?;
    if version != 1 {
        // oslo's check_version: LUKS2 has a different (JSON) header it does not parse.
        return Some(Err(Refusal::new(
            "luks-version",
            format!("luks image has version {version}: refused, only LUKS1 headers can be checked"),
        )));
    }
    Some(Ok(u64::from(be32(head, 104)?) * 512))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_never_panic_out_of_bounds() {
        let b = [1u8, 2, 3];
        assert_eq!(be16(&b, 1), Some(0x0203));
        assert_eq!(be32(&b, 0), None);
        assert_eq!(le64(&b, usize::MAX), None);
        assert_eq!(be64(&b, usize::MAX - 3), None);
    }

    #[test]
    fn qcow2_header_field_checks() {
        let mut h = vec![0u8; 512];
        h[..4].copy_from_slice(QCOW2_MAGIC);
        h[7] = 3;
        h[23] = 16;
        h[24..32].copy_from_slice(&(1u64 << 30).to_be_bytes());
        h[103] = 104;
        let ok = probe_qcow2(&h).unwrap().unwrap();
        assert_eq!(ok.virtual_size, Some(1 << 30));
        // Absurd cluster_bits: refused, never shifted.
        let mut bad = h.clone();
        bad[20..24].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(probe_qcow2(&bad).unwrap().unwrap_err().rule, "qcow2-malformed");
        // Unknown version.
        let mut v9 = h.clone();
        v9[7] = 9;
        assert_eq!(probe_qcow2(&v9).unwrap().unwrap_err().rule, "qcow2-version");
        // Extended L2 (bit 4) is known to qemu and allowed; bit 5 is not.
        let mut l2 = h.clone();
        l2[79] = 0x10;
        assert!(probe_qcow2(&l2).unwrap().is_ok());
        l2[79] = 0x20;
        assert_eq!(probe_qcow2(&l2).unwrap().unwrap_err().rule, "qcow2-unknown-features");
        // Backing file offset pointing anywhere (even past the head) never panics.
        let mut bf = h.clone();
        bf[8..16].copy_from_slice(&u64::MAX.to_be_bytes());
        bf[16..20].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(probe_qcow2(&bf).unwrap().unwrap_err().rule, "qcow2-backing-file");
        // Header extensions with absurd lengths never panic.
        let mut ext = h.clone();
        ext[79] = 0x04;
        ext[104..108].copy_from_slice(&0x4441_5441u32.to_be_bytes());
        ext[108..112].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(probe_qcow2(&ext).unwrap().unwrap_err().rule, "qcow2-data-file");
        // Truncated after the magic: refused, not raw.
        assert_eq!(probe_qcow2(&h[..50]).unwrap().unwrap_err().rule, "truncated-header");
        assert_eq!(probe_qcow2(&h[..5]).unwrap().unwrap_err().rule, "truncated-header");
        assert!(probe_qcow2(&h[..3]).is_none());
    }

    #[test]
    fn mbr_checks_follow_oslo() {
        let mut h = vec![0u8; 512];
        h[510] = 0x55;
        h[511] = 0xAA;
        assert_eq!(probe_mbr(&h).unwrap().unwrap_err().rule, "mbr-partition-table");
        h[446 + 4] = 0x83;
        assert_eq!(probe_mbr(&h).unwrap().unwrap().format, DiskFormat::Mbr);
        h[446] = 0x12;
        assert!(probe_mbr(&h).unwrap().is_err());
        h[446] = 0;
        h[446 + 4] = 0xEE;
        h[446 + 2] = 0x02;
        h[446 + 8] = 1;
        assert_eq!(probe_mbr(&h).unwrap().unwrap().format, DiskFormat::Gpt);
        h[462 + 4] = 0x83;
        assert!(probe_mbr(&h).unwrap().is_err());
        // A FAT boot sector is not a partition table.
        let mut fat = vec![0u8; 512];
        fat[510] = 0x55;
        fat[511] = 0xAA;
        fat[0x10] = 2;
        fat[0x15] = 0xF8;
        assert!(probe_mbr(&fat).is_none());
    }

    #[test]
    fn vhd_size_follows_qemu_creator_rules() {
        let mut f = vec![0u8; 512];
        f[..8].copy_from_slice(b"conectix");
        f[28..32].copy_from_slice(b"vpc ");
        f[48..56].copy_from_slice(&(100u64 << 20).to_be_bytes());
        f[56..58].copy_from_slice(&1000u16.to_be_bytes());
        f[58] = 16;
        f[59] = 63;
        f[63] = 2;
        assert_eq!(probe_vhd(&f, false).unwrap().unwrap().virtual_size, Some(1000 * 16 * 63 * 512));
        f[28..32].copy_from_slice(b"qem2");
        assert_eq!(probe_vhd(&f, false).unwrap().unwrap().virtual_size, Some(100 << 20));
        f[63] = 4;
        assert_eq!(probe_vhd(&f, true).unwrap().unwrap_err().rule, "vhd-differencing");
    }
}

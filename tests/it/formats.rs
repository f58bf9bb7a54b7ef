//! Disk formats (issue 12): what an image holds, clone only raw, convert qcow2, refuse
//! images that reach outside themselves. Every image here is made by `qemu-img`, and
//! every result is checked with tools rbdctl did not write: `rbd export` + compare,
//! `qemu-img convert -O raw`, `qemu-img info`.

use crate::harness::*;
use std::path::{Path, PathBuf};

const MIB: usize = 1 << 20;

/// `qemu-img ARGS`, which must succeed.
#[track_caller]
fn qemu_img(args: &[&str]) -> String {
    let out = Cmd::new("qemu-img").args(args).output();
    assert!(out.status.success(), "qemu-img {} failed:\n{}", args.join(" "), describe(&out));
    stdout(&out)
}

/// A raw disk of `len` bytes with data at its start and middle and zero runs between,
/// so that a qcow2 made from it has unallocated clusters.
fn raw_disk(dir: &Path, name: &str, seed: u64, len: usize) -> (PathBuf, Vec<u8>) {
    let mut data = vec![0u8; len];
    let a = random_bytes(seed, 3 * MIB + 123);
    data[..a.len()].copy_from_slice(&a);
    let b = random_bytes(seed + 1, MIB);
    data[len / 2..len / 2 + b.len()].copy_from_slice(&b);
    (write_file(dir, name, &data), data)
}

/// `rbd export SPEC` into a file; its bytes.
fn rbd_export(dir: &Path, spec: &str) -> Vec<u8> {
    let out = dir.join(format!("export-{}", spec.replace('/', "_")));
    rbd_ok(&["export", spec, s(&out)]);
    let bytes = read(&out);
    let _ = std::fs::remove_file(&out);
    bytes
}

fn upload(args: &[&str]) -> std::process::Output {
    let mut a = vec!["image", "upload"];
    a.extend(args);
    a.extend(["--format", "json"]);
    run(a)
}

/// A unique name in `pool`, removed by the guard.
fn track(g: &mut Guard, pool: &str, prefix: &str) -> String {
    let name = unique(prefix);
    g.add(pool, &name);
    name
}

fn qemu_info(path: &Path) -> Value {
    json(qemu_img(&["info", "--output=json", s(path)]).as_bytes())
}

#[test]
fn qcow2_plain_and_compressed_convert_to_the_original_raw_bytes() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let (raw, data) = raw_disk(dir.path(), "disk.raw", 120, 16 * MIB);
    let plain = dir.path().join("plain.qcow2");
    let compressed = dir.path().join("compressed.qcow2");
    qemu_img(&["convert", "-f", "raw", "-O", "qcow2", s(&raw), s(&plain)]);
    qemu_img(&["convert", "-c", "-f", "raw", "-O", "qcow2", s(&raw), s(&compressed)]);
    for (what, qcow2) in [("qcow2", &plain), ("compressed qcow2", &compressed)] {
        // qemu-img's own reading of the same file agrees with the original...
        let back = dir.path().join("back.raw");
        qemu_img(&["convert", "-f", "qcow2", "-O", "raw", s(qcow2), s(&back)]);
        assert_same_bytes(&read(&back), &data, &format!("qemu-img convert -O raw of the {what}"));
        // ...and so does rbdctl's conversion, read back by rbd.
        let id = track(&mut g, "images", "conv");
        let up = ok_json(
            &upload(&[s(qcow2), "--id", &id, "--convert", "raw", "--chunk-size", "1MiB"]),
            &format!("upload --convert raw of the {what}"),
        );
        assert_eq!(up["disk_format"], "raw", "{up}");
        assert_eq!(up["converted_from"], "qcow2", "{up}");
        assert_eq!(up["size"], data.len() as u64, "{up}");
        assert_eq!(up["virtual_size"], data.len() as u64, "{up}");
        assert_eq!(up["checksum"], md5_hex(&data), "the md5 is over the raw bytes: {up}");
        assert!(
            up["written"].as_u64().unwrap() <= 5 * MIB as u64,
            "zero and unallocated clusters are not written (1 MiB units, 4.1 MiB of data): {up}"
        );
        assert_same_bytes(&rbd_export(dir.path(), &format!("images/{id}")), &data, &format!("rbd export ({what})"));
        let info = ok_json(&run(["image", "info", &id, "--format", "json"]), "image info");
        assert_eq!((&info["disk_format"], &info["virtual_size"]), (&Value::from("raw"), &Value::from(data.len())));
    }
    // From stdin: staged, then converted the same way.
    let id = track(&mut g, "images", "convstdin");
    let out = rbdctl()
        .args(["image", "upload", "-", "--id", &id, "--convert", "raw", "--format", "json"])
        .write_stdin(read(&compressed))
        .output();
    let up = ok_json(&out, "upload --convert raw from stdin");
    assert_eq!((&up["disk_format"], &up["converted_from"]), (&Value::from("raw"), &Value::from("qcow2")));
    assert_same_bytes(&rbd_export(dir.path(), &format!("images/{id}")), &data, "rbd export (stdin)");
}

#[test]
fn a_qcow2_image_becomes_a_converted_copy_and_a_raw_image_a_clone() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let (raw, data) = raw_disk(dir.path(), "disk.raw", 130, 12 * MIB);
    let qcow2 = dir.path().join("disk.qcow2");
    qemu_img(&["convert", "-f", "raw", "-O", "qcow2", s(&raw), s(&qcow2)]);

    // Uploaded as it is: stored as qcow2, said so in upload, info and ls.
    let id = track(&mut g, "images", "q");
    let up = ok_json(&upload(&[s(&qcow2), "--id", &id]), "upload a qcow2 as it is");
    assert_eq!((&up["disk_format"], &up["virtual_size"]), (&Value::from("qcow2"), &Value::from(data.len())));
    assert_eq!(up["converted_from"], Value::Null, "{up}");
    assert_same_bytes(
        &rbd_export(dir.path(), &format!("images/{id}")),
        &read(&qcow2),
        "download gives bytes as stored",
    );
    let ls = ok_json(&run(["image", "ls", "--format", "json"]), "image ls");
    let row = ls["images"].as_array().unwrap().iter().find(|i| i["name"] == id.as_str()).expect("listed").clone();
    assert_eq!((&row["disk_format"], &row["virtual_size"]), (&Value::from("qcow2"), &Value::from(data.len())));
    // Exit code first: a text listing that stopped early must say why, not "not listed".
    let listed = run(["image", "ls"]);
    expect_code(&listed, 0, "image ls (text)");
    let text = stdout(&listed);
    let line = text
        .lines()
        .find(|l| l.starts_with(&id))
        .unwrap_or_else(|| panic!("{id} not listed in text:\n{}", describe(&listed)));
    assert!(line.contains("qcow2") && line.contains("12 MiB"), "{text}");

    // The issue's defect: this was a cow-clone that showed the VM a qcow2 container.
    let location = up["location"].as_str().unwrap();
    let vol = track(&mut g, "rbd", "qvol");
    let v = ok_json(
        &run(["volume", "create", &vol, "--from-image", location, "--size", "16M", "--format", "json"]),
        "volume from a qcow2 image",
    );
    assert_eq!(v["method"], "copy", "{v}");
    assert!(v["reason"].as_str().unwrap().contains("qcow2"), "{v}");
    assert_eq!(rbd_parent(&format!("rbd/{vol}")), None, "a copy has no parent");
    let got = rbd_export(dir.path(), &format!("rbd/{vol}"));
    assert_eq!(got.len(), 16 * MIB, "the volume has --size");
    assert_same_bytes(&got[..data.len()], &data, "the volume's bytes");
    assert!(got[data.len()..].iter().all(|&b| b == 0), "zeros past the image");

    // Cinder's check_virtual_size: both sizes named, nothing made.
    let small = unique("qsmall");
    let out = run(["volume", "create", &small, "--from-image", location, "--size", "8M"]);
    expect_code(&out, 2, "a volume smaller than the virtual size");
    assert!(stderr(&out).contains(&data.len().to_string()) && stderr(&out).contains("8388608"), "{}", stderr(&out));
    assert!(!image_exists("rbd", &small));

    // An image without rbdctl's metadata (put there by `rbd import`): inspected.
    let bare = track(&mut g, "images", "bare");
    rbd_ok(&["import", s(&qcow2), &format!("images/{bare}")]);
    rbd_ok(&["snap", "create", &format!("images/{bare}@snap")]);
    rbd_ok(&["snap", "protect", &format!("images/{bare}@snap")]);
    let vol = track(&mut g, "rbd", "barevol");
    let fsid = cluster().fsid.clone();
    let v = ok_json(
        &run([
            "volume",
            "create",
            &vol,
            "--from-image",
            &format!("rbd://{fsid}/images/{bare}/snap"),
            "--format",
            "json",
        ]),
        "volume from a qcow2 without metadata",
    );
    assert_eq!(v["method"], "copy", "{v}");
    assert!(v["reason"].as_str().unwrap().contains("qcow2 (inspected)"), "{v}");
    assert_same_bytes(&rbd_export(dir.path(), &format!("rbd/{vol}")), &data, "the inspected image's volume");

    // Raw stays a COW clone, by its recorded format and by inspection.
    let rid = track(&mut g, "images", "r");
    let up = ok_json(&upload(&[s(&raw), "--id", &rid]), "upload raw");
    assert_eq!(up["disk_format"], "raw", "{up}");
    let vol = track(&mut g, "rbd", "rvol");
    let v = ok_json(
        &run(["volume", "create", &vol, "--from-image", up["location"].as_str().unwrap(), "--format", "json"]),
        "volume from a raw image",
    );
    assert_eq!(v["method"], "cow-clone", "{v}");
    assert!(v["reason"].as_str().unwrap().contains("raw"), "{v}");
    assert_eq!(rbd_parent(&format!("rbd/{vol}")), Some(format!("images/{rid}@snap")));
    let bare_raw = track(&mut g, "images", "bareraw");
    rbd_ok(&["import", s(&raw), &format!("images/{bare_raw}")]);
    rbd_ok(&["snap", "create", &format!("images/{bare_raw}@snap")]);
    rbd_ok(&["snap", "protect", &format!("images/{bare_raw}@snap")]);
    let vol = track(&mut g, "rbd", "barerawvol");
    let v = ok_json(
        &run([
            "volume",
            "create",
            &vol,
            "--from-image",
            &format!("rbd://{fsid}/images/{bare_raw}/snap"),
            "--format",
            "json",
        ]),
        "volume from a raw image without metadata",
    );
    assert_eq!(v["method"], "cow-clone", "{v}");
    assert!(v["reason"].as_str().unwrap().contains("raw (inspected)"), "{v}");
}

#[test]
fn volume_import_converts_qcow2_and_refuses_a_contradicting_disk_format() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let (raw, data) = raw_disk(dir.path(), "disk.raw", 140, 10 * MIB);
    let qcow2 = dir.path().join("disk.qcow2");
    qemu_img(&["convert", "-c", "-f", "raw", "-O", "qcow2", s(&raw), s(&qcow2)]);
    let vol = track(&mut g, "rbd", "imp");
    let v = ok_json(&run(["volume", "import", s(&qcow2), &vol, "--format", "json"]), "import a qcow2");
    assert!(v["reason"].as_str().unwrap().contains("qcow2"), "{v}");
    assert_same_bytes(&rbd_export(dir.path(), &format!("rbd/{vol}")), &data, "imported qcow2");
    // The conversion records the manifest of the raw bytes it wrote (issue 13): the OSDs'
    // own CRCs of the volume's objects match it (without one this is exit 10).
    let head = format!("rbd://{vol}");
    let m =
        ok_json(&run(["image", "verify", "--pool", "rbd", &head, "--format", "json"]), "verify the converted volume");
    assert!(m["objects"].as_u64().unwrap() >= 3, "{m}");
    let vol = track(&mut g, "rbd", "impstdin");
    let out = rbdctl().args(["volume", "import", "-", &vol, "--format", "json"]).write_stdin(read(&qcow2)).output();
    ok_json(&out, "import a qcow2 from stdin");
    assert_same_bytes(&rbd_export(dir.path(), &format!("rbd/{vol}")), &data, "imported qcow2 from stdin");

    for (file, declared) in [(&qcow2, "raw"), (&raw, "qcow2")] {
        let vol = unique("impbad");
        let out = run(["volume", "import", s(file), &vol, "--disk-format", declared]);
        expect_code(&out, 2, &format!("import of {} declared {declared}", s(file)));
        assert!(stderr(&out).contains("format-mismatch"), "{}", stderr(&out));
        assert!(!image_exists("rbd", &vol));
        let id = unique("upbad");
        let out = run(["image", "upload", s(file), "--id", &id, "--disk-format", declared]);
        expect_code(&out, 2, &format!("upload of {} declared {declared}", s(file)));
        assert!(!image_exists("images", &id));
    }
    // A qcow2 claimed as raw on stdin (OSSA-2024-002), refused from its first bytes.
    let id = unique("upbadstdin");
    let out =
        rbdctl().args(["image", "upload", "-", "--id", &id, "--disk-format", "raw"]).write_stdin(read(&qcow2)).output();
    expect_code(&out, 2, "a qcow2 on stdin claimed as raw");
    assert!(!image_exists("images", &id));
}

#[test]
fn images_that_reach_outside_themselves_are_refused_with_nothing_left() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = d.join("base.qcow2");
    qemu_img(&["create", "-q", "-f", "qcow2", s(&base), "4M"]);
    let backed = d.join("backed.qcow2");
    qemu_img(&["create", "-q", "-f", "qcow2", "-b", s(&base), "-F", "qcow2", s(&backed)]);
    let data_file = d.join("data.qcow2");
    let x = d.join("x.raw");
    qemu_img(&["create", "-q", "-f", "qcow2", "-o", &format!("data_file={}", s(&x)), s(&data_file), "4M"]);
    // A VMDK monolithicFlat descriptor naming a host file (CVE-2022-47951).
    let flat = write_file(
        d,
        "flat.vmdk",
        b"# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\ncreateType=\"monolithicFlat\"\n\nRW 8 FLAT \"/etc/hostname\" 0\n",
    );
    for (file, rule) in [(&backed, "qcow2-backing-file"), (&data_file, "qcow2-data-file"), (&flat, "vmdk-create-type")]
    {
        let id = unique("reach");
        for extra in [&[][..], &["--convert", "raw"][..]] {
            let mut args = vec!["image", "upload", s(file), "--id", &id];
            args.extend(extra);
            let out = run(&args);
            expect_code(&out, 2, &format!("upload {}", args.join(" ")));
            assert!(stderr(&out).contains(rule), "{}", stderr(&out));
            assert!(!image_exists("images", &id), "nothing left by {}", args.join(" "));
        }
        let out = rbdctl().args(["image", "upload", "-", "--id", &id]).write_stdin(read(file)).output();
        expect_code(&out, 2, &format!("upload of {} from stdin", s(file)));
        assert!(stderr(&out).contains(rule), "{}", stderr(&out));
        assert!(!image_exists("images", &id));
        let vol = unique("reachvol");
        let out = run(["volume", "import", s(file), &vol]);
        expect_code(&out, 2, &format!("volume import {}", s(file)));
        assert!(stderr(&out).contains(rule), "{}", stderr(&out));
        assert!(!image_exists("rbd", &vol));
    }
}

#[test]
fn qemu_img_and_rbdctl_agree_on_format_and_virtual_size() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let (raw, _) = raw_disk(dir.path(), "disk.raw", 150, 6 * MIB);
    // (qemu's format name, extra options, Glance's name)
    let cases: [(&str, &[&str], &str); 6] = [
        ("raw", &[], "raw"),
        ("qcow2", &[], "qcow2"),
        ("vmdk", &["-o", "subformat=streamOptimized"], "vmdk"),
        ("vpc", &[], "vhd"),
        ("vhdx", &[], "vhdx"),
        ("vdi", &[], "vdi"),
    ];
    for (qemu, opts, glance) in cases {
        let file = dir.path().join(format!("made.{qemu}"));
        let mut args = vec!["convert", "-f", "raw", "-O", qemu];
        args.extend(opts);
        args.extend([s(&raw), s(&file)]);
        qemu_img(&args);
        let q = qemu_info(&file);
        assert_eq!(q["format"], qemu, "{q}");
        let id = track(&mut g, "images", &format!("agree-{qemu}"));
        let up = ok_json(&upload(&[s(&file), "--id", &id]), &format!("upload {qemu}"));
        assert_eq!(up["disk_format"], glance, "{qemu}: {up}");
        assert_eq!(up["virtual_size"], q["virtual-size"], "{qemu}: qemu-img {q} vs rbdctl {up}");
        let info = ok_json(&run(["image", "info", &id, "--format", "json"]), "image info");
        assert_eq!((&info["disk_format"], &info["virtual_size"]), (&up["disk_format"], &q["virtual-size"]));
        if !["raw", "qcow2"].contains(&qemu) {
            // A format imago is not asked to read: a clear error naming it, nothing left.
            let other = unique("noconv");
            let out = run(["image", "upload", s(&file), "--id", &other, "--convert", "raw"]);
            expect_code(&out, 2, &format!("--convert raw of {qemu}"));
            assert!(stderr(&out).contains(&format!("is {glance}, which rbdctl cannot convert")), "{}", stderr(&out));
            assert!(!image_exists("images", &other));
        }
    }
}

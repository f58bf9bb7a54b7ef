//! Issue 13: the manifest, `image verify`, verified downloads and copies, incomplete
//! uploads, gc racing an upload in flight. Corruption is made behind librbd's back with
//! `rados get` / `rados put`, and checked with the real tools too.

use crate::harness::*;
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

const MIB: usize = 1 << 20;
const CHUNK: usize = 4 * MIB;

/// Objects 0, 1: data; 2: zeros; 3: a partial last object of data.
fn layout_data(seed: u64) -> Vec<u8> {
    let mut d = random_bytes(seed, 3 * CHUNK + 12_345);
    d[2 * CHUNK..3 * CHUNK].fill(0);
    d
}

fn upload(g: &mut Guard, dir: &Path, id: &str, data: &[u8], extra: &[&str]) -> Value {
    g.add("images", id);
    let f = write_file(dir, &format!("{id}.src"), data);
    let mut args = vec!["image", "upload", s(&f), "--id", id, "--chunk-size", "4MiB", "--format", "json"];
    args.extend(extra);
    ok_json(&run(args), &format!("upload {id}"))
}

fn block_prefix(spec: &str) -> String {
    rbd_json(&["info", spec])["block_name_prefix"].as_str().unwrap().to_string()
}

/// Change 4 KiB of data object `index` of `images/<id>` with rados, bypassing librbd.
fn corrupt(dir: &Path, id: &str, index: u64) {
    let oid = format!("{}.{index:016x}", block_prefix(&format!("images/{id}")));
    let f = dir.join("obj");
    let got = rados(&["-p", "images", "get", &oid, s(&f)]);
    assert!(got.status.success(), "rados get {oid}:\n{}", describe(&got));
    let mut bytes = read(&f);
    assert!(bytes.len() >= 12_288, "object {oid} holds {} bytes", bytes.len());
    for b in &mut bytes[8192..12_288] {
        *b ^= 0x5a;
    }
    std::fs::write(&f, &bytes).unwrap();
    let put = rados(&["-p", "images", "put", &oid, s(&f)]);
    assert!(put.status.success(), "rados put {oid}:\n{}", describe(&put));
}

fn download(target: &str, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["image", "download", target, "-o", s(out), "--force", "--format", "json"];
    args.extend(extra);
    run(args)
}

#[test]
fn a_corrupted_object_is_named_by_verify_download_and_ranges_that_touch_it() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let id = unique("corrupt");
    let data = layout_data(131);
    let up = upload(&mut g, dir.path(), &id, &data, &[]);
    assert_eq!(up["manifest_root"].as_str().map(str::len), Some(64), "{up}");

    // Good: the OSDs checksum every object; only checksums come back.
    let v = ok_json(&run(["image", "verify", &id, "--format", "json"]), "verify of a good image");
    assert_eq!(v["method"], "osd", "{v}");
    assert_eq!(v["objects"], 4, "{v}");
    assert_eq!(v["zero_objects"], 1, "{v}");
    assert_eq!(v["bad_objects"], serde_json::json!([]), "{v}");
    assert!(v["bytes_received"].as_u64().unwrap() <= 64, "checksums only: {v}");
    assert_eq!(v["manifest_root"], up["manifest_root"], "{v}");

    corrupt(dir.path(), &id, 1);
    // The real tool sees the damage too: rbd export of the snapshot differs at object 1.
    let exported = dir.path().join("exported");
    rbd_ok(&["export", "--no-progress", &format!("images/{id}@snap"), s(&exported)]);
    let ex = read(&exported);
    assert_eq!(&ex[..CHUNK], &data[..CHUNK]);
    assert_ne!(&ex[CHUNK..2 * CHUNK], &data[CHUNK..2 * CHUNK], "rados put did not reach the snapshot");

    let named = |e: &Value| {
        let m = e["error"]["message"].as_str().unwrap().to_string();
        assert!(m.contains(&format!("object 1 (bytes {CHUNK}..{})", 2 * CHUNK)), "{m}");
    };
    named(&err_json(&run(["image", "verify", &id, "--format", "json"]), 9, "verify of a corrupted image"));
    named(&err_json(&run(["image", "verify", &id, "--deep", "--format", "json"]), 9, "verify --deep"));
    let out = dir.path().join("out");
    named(&err_json(&download(&id, &out, &[]), 9, "download of a corrupted image"));
    assert!(!out.exists(), "the output of a failed download must be removed");

    // Ranges that don't touch object 1 succeed, at object 0 and at the partial last one.
    for (off, len) in [(100usize, 5000usize), (3 * CHUNK + 10, 2000), (2 * CHUNK + 5, 4096)] {
        let d = ok_json(
            &download(&id, &out, &["--offset", &off.to_string(), "--length", &len.to_string()]),
            &format!("range {off}+{len}"),
        );
        assert_eq!(d["verified_with"], serde_json::json!(["manifest"]), "{d}");
        assert_same_bytes(&read(&out), &data[off..off + len], "range");
    }
    // One that touches it, even by a byte, fails and leaves no file.
    for (off, len) in [(CHUNK - 1, 2usize), (2 * CHUNK - 1, 1)] {
        named(&err_json(
            &download(&id, &out, &["--offset", &off.to_string(), "--length", &len.to_string()]),
            9,
            &format!("range {off}+{len}"),
        ));
        assert!(!out.exists());
    }
    // --no-verify checks nothing: the (damaged) bytes come out, no digest is computed.
    let d = ok_json(&download(&id, &out, &["--no-verify"]), "download --no-verify");
    assert_eq!((d["verified"].clone(), d["checksum"].clone()), (Value::Bool(false), Value::Null), "{d}");
    assert_eq!(read(&out), ex);
}

#[test]
fn empty_one_byte_and_another_object_size_verify() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    for (len, chunk) in [(0usize, "4MiB"), (1, "4MiB"), (3 * MIB + 5, "1MiB")] {
        let id = unique("small");
        let data = random_bytes(len as u64 + 7, len);
        g.add("images", &id);
        let f = write_file(dir.path(), &id, &data);
        ok_json(&run(["image", "upload", s(&f), "--id", &id, "--chunk-size", chunk, "--format", "json"]), "upload");
        let v = ok_json(&run(["image", "verify", &id, "--format", "json"]), &format!("verify {len} bytes"));
        assert_eq!(v["objects"], (len as u64).div_ceil(if chunk == "1MiB" { MIB } else { CHUNK } as u64), "{v}");
        let out = dir.path().join("out");
        let d = ok_json(&download(&id, &out, &[]), "download");
        assert_eq!(d["verified"], true, "{d}");
        assert_same_bytes(&read(&out), &data, "download");
        let info = ok_json(&run(["image", "info", &id, "--format", "json"]), "info");
        assert_eq!(info["manifest"]["snapshot"], "snap", "{info}");
    }
    // A 1 MiB-object image whose third object is damaged: named at its own size.
    let id = unique("small1m");
    let data = random_bytes(99, 3 * MIB + 5);
    g.add("images", &id);
    let f = write_file(dir.path(), &id, &data);
    ok_json(&run(["image", "upload", s(&f), "--id", &id, "--chunk-size", "1MiB", "--format", "json"]), "upload");
    corrupt(dir.path(), &id, 2);
    let e = err_json(&run(["image", "verify", &id, "--format", "json"]), 9, "verify");
    assert!(e["error"]["message"].as_str().unwrap().contains(&format!("object 2 (bytes {}..{})", 2 * MIB, 3 * MIB)));
}

#[test]
fn an_rbd_import_has_no_manifest_until_add_manifest() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let id = unique("nomanifest");
    g.add("images", &id);
    let data = layout_data(7);
    let src = write_file(dir.path(), "src", &data);
    rbd_ok(&["import", "--no-progress", "--object-size", "4M", s(&src), &format!("images/{id}")]);
    rbd_ok(&["snap", "create", &format!("images/{id}@snap")]);
    rbd_ok(&["snap", "protect", &format!("images/{id}@snap")]);
    let e = err_json(&run(["image", "verify", &id, "--format", "json"]), 10, "verify without a manifest");
    assert_eq!(e["error"]["kind"], "no_manifest", "{e}");
    assert!(e["error"]["message"].as_str().unwrap().contains("--add-manifest"), "{e}");
    let info = ok_json(&run(["image", "info", &id, "--format", "json"]), "info");
    assert_eq!(info["manifest"], Value::Null, "{info}");

    let a = ok_json(&run(["image", "verify", &id, "--add-manifest", "--format", "json"]), "--add-manifest");
    assert_eq!((a["changed"].clone(), a["zero_objects"].clone()), (Value::Bool(true), serde_json::json!(1)), "{a}");
    rbd_ok(&["image-meta", "get", &format!("images/{id}"), "rbdctl.manifest"]);
    let v = ok_json(&run(["image", "verify", &id, "--format", "json"]), "verify after --add-manifest");
    assert_eq!(v["manifest_root"], a["manifest_root"], "{v}");
    // Same bytes, same object size: the same root as an rbdctl upload of them.
    let id2 = unique("withmanifest");
    let up = upload(&mut g, dir.path(), &id2, &data, &[]);
    assert_eq!(up["manifest_root"], a["manifest_root"]);
}

#[test]
fn an_interrupted_upload_is_refused_by_readers() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let c = cluster();
    // Marked incomplete (the upload was killed before its snapshot was protected).
    let marked = unique("halfmarked");
    let data = random_bytes(5, MIB + 3);
    upload(&mut g, dir.path(), &marked, &data, &[]);
    rbd_ok(&["image-meta", "set", &format!("images/{marked}"), "rbdctl.incomplete", "1"]);
    // Made by rbdctl, but without its snapshot.
    let snapless = unique("halfsnapless");
    upload(&mut g, dir.path(), &snapless, &data, &[]);
    rbd_ok(&["snap", "unprotect", &format!("images/{snapless}@snap")]);
    rbd_ok(&["snap", "rm", "--no-progress", &format!("images/{snapless}@snap")]);
    let out = dir.path().join("out");
    for id in [&marked, &snapless] {
        let _ = std::fs::remove_file(&out);
        let e = err_json(&download(id, &out, &[]), 11, "download of an interrupted upload");
        assert_eq!(e["error"]["kind"], "incomplete", "{e}");
        assert!(e["error"]["message"].as_str().unwrap().contains("image gc"), "{e}");
        assert!(!out.exists());
        err_json(&run(["image", "verify", id, "--format", "json"]), 11, "verify of an interrupted upload");
        let vol = unique("fromhalf");
        g.add("rbd", &vol);
        let loc = format!("rbd://{}/images/{id}/snap", c.fsid);
        let e = err_json(
            &run(["volume", "create", &vol, "--from-image", &loc, "--format", "json"]),
            11,
            "volume create from an interrupted upload",
        );
        assert_eq!(e["error"]["kind"], "incomplete", "{e}");
        assert!(!image_exists("rbd", &vol), "nothing may be created");
        // (A bare id reads `snap`, which the snapless one lacks: its head, by location.)
        let what = if id == &snapless { format!("rbd://{id}") } else { id.to_string() };
        let d = ok_json(&download(&what, &out, &["--allow-incomplete"]), "--allow-incomplete");
        assert_same_bytes(&read(&out), &data, "--allow-incomplete");
        assert!(d["size"].as_u64() == Some(data.len() as u64), "{d}");
    }
}

#[test]
fn gc_never_touches_an_upload_in_flight() {
    let mut g = Guard::new();
    // A pool of its own: `gc --older-than 0` removes every abandoned upload in the pool,
    // and other tests keep interrupted uploads in `images` on purpose.
    let pool = g.temp_pool("rbdctl-gc");
    let id = unique("inflight");
    let data = Arc::new(random_bytes(3, 6 * MIB));
    let mut up = rbdctl()
        .args(["image", "upload", "-", "--pool", &pool, "--id", &id, "--chunk-size", "1MiB", "--format", "json"])
        .spawn(Stdio::piped());
    let feeder = feed_slowly(up.take_stdin(), data.clone(), 256 << 10, Duration::from_millis(150));
    let spec = format!("{pool}/{id}");
    assert!(
        wait_until(Duration::from_secs(30), || {
            cluster().tool_run("rbd", &["image-meta", "get", &spec, "rbdctl.incomplete"]).status.success()
        }),
        "the upload never started"
    );
    let gc =
        ok_json(&run(["image", "gc", "--pool", &pool, "--older-than", "0", "--format", "json"]), "gc during an upload");
    assert!(gc["in_flight"].as_array().unwrap().iter().any(|n| n.as_str() == Some(&id)), "{gc}");
    assert!(!gc["removed"].as_array().unwrap().iter().any(|n| n.as_str() == Some(&id)), "{gc}");
    feeder.join().unwrap();
    let out = up.wait(Duration::from_secs(120));
    let v = ok_json(&out, "the upload gc raced");
    assert_eq!(v["size"], data.len() as u64, "{v}");
    ok_json(&run(["image", "verify", &id, "--pool", &pool, "--format", "json"]), "verify after the race");
}

#[test]
fn checksum_none_records_only_the_manifest() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let id = unique("nochecksum");
    let data = layout_data(17);
    let up = upload(&mut g, dir.path(), &id, &data, &["--checksum", "none"]);
    assert_eq!((up["checksum"].clone(), up["multihash"].clone()), (Value::Null, Value::Null), "{up}");
    let meta = rbd_ok(&["image-meta", "list", &format!("images/{id}")]);
    assert!(meta.contains("rbdctl.manifest") && !meta.contains("rbdctl.checksum.md5"), "{meta}");
    let out = dir.path().join("out");
    let d = ok_json(&download(&id, &out, &[]), "download");
    assert_eq!(d["verified_with"], serde_json::json!(["manifest"]), "{d}");
    assert_same_bytes(&read(&out), &data, "download");
}

#[test]
fn copies_check_the_source_manifest_and_record_their_own() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let id = unique("copysrc");
    let data = layout_data(23);
    let up = upload(&mut g, dir.path(), &id, &data, &[]);
    // A one-component location has no snapshot to clone: the copy path.
    let vol = unique("copydst");
    g.add("rbd", &vol);
    let r =
        ok_json(&run(["volume", "create", &vol, "--from-image", &format!("rbd://{id}"), "--format", "json"]), "copy");
    assert_eq!(r["method"], "copy", "{r}");
    let m = rbd_ok(&["image-meta", "get", &format!("rbd/{vol}"), "rbdctl.manifest"]);
    assert!(m.contains(up["manifest_root"].as_str().unwrap()), "same content and object size, same root: {m}");
    // A damaged source: the copy (which reads `snap`) fails naming the object, and
    // leaves no volume behind.
    corrupt(dir.path(), &id, 0);
    let vol2 = unique("copybad");
    g.add("rbd", &vol2);
    let e = err_json(
        &run(["volume", "create", &vol2, "--from-image", &format!("rbd://{id}"), "--format", "json"]),
        9,
        "copy of a corrupted image",
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("object 0 (bytes 0.."), "{e}");
    assert!(!image_exists("rbd", &vol2), "a failed copy leaves nothing");
}

#[test]
fn a_volume_import_records_a_manifest_of_its_head() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let vol = unique("importm");
    g.add("rbd", &vol);
    let data = layout_data(41);
    let f = write_file(dir.path(), "src", &data);
    ok_json(&run(["volume", "import", s(&f), &vol, "--format", "json"]), "volume import");
    // Not an interrupted upload: a volume has no `snap`, and that is fine.
    let head = format!("rbd://{vol}");
    let v = ok_json(&run(["image", "verify", "--pool", "rbd", &head, "--format", "json"]), "verify of the import");
    assert_eq!((v["snapshot"].clone(), v["zero_objects"].clone()), (Value::Null, serde_json::json!(1)), "{v}");
    // Its VM writes to it: verify on request reports the object written.
    rbd_ok(&["bench", "--io-type", "write", "--io-size", "4K", "--io-total", "4K", &format!("rbd/{vol}")]);
    let e = err_json(&run(["image", "verify", "--pool", "rbd", &head, "--format", "json"]), 9, "verify after a write");
    assert!(e["error"]["message"].as_str().unwrap().contains("object 0 (bytes 0.."), "{e}");
    // export does not check a head its VM may rightly have changed.
    let out = dir.path().join("out");
    ok_json(&run(["volume", "export", &vol, s(&out), "--format", "json"]), "export after a write");
}

#[test]
fn a_conversion_checks_what_it_reads_against_the_source_manifest() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    // A qcow2 (made by qemu-img) of a disk with data in its first 8 MiB: its objects 0
    // and 1 hold data clusters the conversion must read.
    let mut data = vec![0u8; 16 * MIB];
    data[..8 * MIB].copy_from_slice(&random_bytes(61, 8 * MIB));
    let raw = write_file(dir.path(), "disk.raw", &data);
    let qcow2 = dir.path().join("disk.qcow2");
    let q = Cmd::new("qemu-img").args(["convert", "-f", "raw", "-O", "qcow2", s(&raw), s(&qcow2)]).output();
    assert!(q.status.success(), "qemu-img convert:\n{}", describe(&q));
    let id = unique("qconv");
    g.add("images", &id);
    let up = ok_json(
        &run(["image", "upload", s(&qcow2), "--id", &id, "--chunk-size", "4MiB", "--format", "json"]),
        "upload a qcow2",
    );
    assert_eq!(up["disk_format"], "qcow2", "{up}");
    let location = up["location"].as_str().unwrap().to_string();

    // Good: converted, and the step says the bytes read matched the manifest.
    let vol = unique("qconvok");
    g.add("rbd", &vol);
    let r = ok_json(&run(["volume", "create", &vol, "--from-image", &location, "--format", "json"]), "conversion");
    assert_eq!(r["method"], "copy", "{r}");
    assert!(r["steps"][0].as_str().unwrap().contains("matched the source's manifest"), "{r}");
    let got = dir.path().join("got");
    rbd_ok(&["export", "--no-progress", &format!("rbd/{vol}"), s(&got)]);
    assert_same_bytes(&read(&got), &data, "the converted volume");
    // ...and it records the manifest of the raw bytes it wrote, which verify checks.
    rbd_ok(&["image-meta", "get", &format!("rbd/{vol}"), "rbdctl.manifest"]);
    let v = ok_json(
        &run(["image", "verify", "--pool", "rbd", &format!("rbd://{vol}"), "--format", "json"]),
        "verify of the converted volume",
    );
    assert_eq!(v["objects"], 4, "{v}");

    // 4 KiB of object 1 changed behind librbd's back: the conversion names it, exit 9,
    // and leaves no volume.
    corrupt(dir.path(), &id, 1);
    let bad = unique("qconvbad");
    g.add("rbd", &bad);
    let e = err_json(
        &run(["volume", "create", &bad, "--from-image", &location, "--format", "json"]),
        9,
        "conversion of a corrupted qcow2",
    );
    assert_eq!(e["error"]["kind"], "checksum_mismatch", "{e}");
    let m = e["error"]["message"].as_str().unwrap();
    assert!(m.contains(&format!("object 1 (bytes {CHUNK}..")) && m.contains(&id), "{m}");
    assert!(!image_exists("rbd", &bad), "a failed conversion leaves nothing");

    // Without the manifest the same damage goes through, said plainly: it was the
    // manifest that caught it.
    rbd_ok(&["image-meta", "remove", &format!("images/{id}"), "rbdctl.manifest"]);
    let blind = unique("qconvblind");
    g.add("rbd", &blind);
    // (Text mode: the note goes to stderr, where JSON mode keeps it out.)
    let out = run(["volume", "create", &blind, "--from-image", &location]);
    expect_code(&out, 0, "conversion without a manifest");
    assert!(stderr(&out).contains(&format!("{id}@snap has no manifest; not verified")), "{}", describe(&out));
    let got = dir.path().join("got-blind");
    rbd_ok(&["export", "--no-progress", &format!("rbd/{blind}"), s(&got)]);
    assert_ne!(read(&got), data, "the damage reached the unverified copy");

    // An interrupted upload is refused before any conversion starts (exit 11).
    rbd_ok(&["image-meta", "set", &format!("images/{id}"), "rbdctl.incomplete", "1"]);
    let half = unique("qconvhalf");
    g.add("rbd", &half);
    let e = err_json(
        &run(["volume", "create", &half, "--from-image", &location, "--format", "json"]),
        11,
        "conversion of an interrupted upload",
    );
    assert_eq!(e["error"]["kind"], "incomplete", "{e}");
    assert!(!image_exists("rbd", &half), "nothing may be created");
}

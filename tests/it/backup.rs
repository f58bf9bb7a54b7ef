//! `volume export-diff | import-diff` and `volume backup create | ls | restore | rm`
//! against the test cluster, every result checked with tools rbdctl didn't write:
//! `rbd export-diff`, `rbd import-diff`, `rbd export` + byte comparison, and a backup
//! chain made with Cinder's own commands and names.

use crate::harness::*;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

const MIB: u64 = 1 << 20;

/// Write pseudo-random bytes (Python's `random.Random(seed)`) at each `(offset, len, seed)`
/// of `rbd/<name>`, and zeros where seed is 0, through python3-rbd.
fn write_extents(name: &str, writes: &[(u64, u64, u64)]) {
    let py = if Path::new("/usr/bin/python3").exists() { "/usr/bin/python3" } else { "python3" };
    let script = "import os,sys,json,random,rados,rbd\n\
        c=rados.Rados(conffile=os.environ['CEPH_CONF']); c.connect()\n\
        io=c.open_ioctx('rbd'); img=rbd.Image(io, sys.argv[1])\n\
        for o,l,s in json.loads(sys.argv[2]):\n\
        \x20   img.write(random.Random(s).randbytes(l) if s else bytes(l), o)\n\
        img.close(); io.close(); c.shutdown()\n";
    let spec = serde_json::to_string(writes).unwrap();
    let out = cluster().tool(py).args(["-c", script, name, &spec]).output();
    assert!(out.status.success(), "python write to {name}:\n{}", describe(&out));
}

/// `rbd export SPEC` into memory.
fn rbd_export(spec: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.raw");
    rbd_ok(&["export", "--no-progress", spec, s(&p)]);
    read(&p)
}

fn volume(g: &mut Guard, prefix: &str, size_mib: u64) -> String {
    let name = format!("volume-{}", unique(prefix));
    g.add("rbd", &name);
    rbd_ok(&["create", "--size", &format!("{size_mib}M"), &format!("rbd/{name}")]);
    name
}

fn backup_json(args: &[&str], what: &str) -> Value {
    let mut a = vec!["volume", "backup"];
    a.extend(args);
    a.extend(["--format", "json"]);
    ok_json(&run(a), what)
}

#[test]
fn export_diff_and_import_diff_agree_with_rbd_both_ways() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let src = volume(&mut g, "xd", 32);
    write_extents(&src, &[(0, MIB, 1), (5 * MIB + 7, 3 * MIB, 2), (20 * MIB, 4096, 3)]);
    rbd_ok(&["snap", "create", &format!("rbd/{src}@s1")]);
    write_extents(&src, &[(MIB / 2, MIB, 4), (5 * MIB + 7, 4096, 0), (30 * MIB, 2 * MIB, 5)]);
    rbd_ok(&["resize", "--size", "40M", &format!("rbd/{src}")]);
    write_extents(&src, &[(38 * MIB, MIB, 6)]);
    rbd_ok(&["snap", "create", &format!("rbd/{src}@s2")]);
    let want1 = rbd_export(&format!("rbd/{src}@s1"));
    let want2 = rbd_export(&format!("rbd/{src}@s2"));

    // rbd's streams into rbdctl.
    let (r0, r1) = (dir.path().join("r0"), dir.path().join("r1"));
    rbd_ok(&["export-diff", "--no-progress", &format!("rbd/{src}@s1"), s(&r0)]);
    rbd_ok(&["export-diff", "--no-progress", "--from-snap", "s1", &format!("rbd/{src}@s2"), s(&r1)]);
    let t = volume(&mut g, "xdt", 1);
    let v = ok_json(&run(["volume", "import-diff", s(&r0), &t, "--format", "json"]), "import-diff r0");
    assert_eq!((v["to_snap"].as_str(), v["size"].as_u64()), (Some("s1"), Some(32 * MIB)), "{v}");
    // The second one through stdin (staged, validated, applied).
    let out = rbdctl().args(["volume", "import-diff", "-", &t, "--format", "json"]).write_stdin(read(&r1)).output();
    let v = ok_json(&out, "import-diff r1 from stdin");
    assert_eq!((v["from_snap"].as_str(), v["to_snap"].as_str()), (Some("s1"), Some("s2")), "{v}");
    assert_same_bytes(&rbd_export(&format!("rbd/{t}@s1")), &want1, "rbd export-diff s1 -> rbdctl import-diff");
    assert_same_bytes(&rbd_export(&format!("rbd/{t}@s2")), &want2, "rbd export-diff s1..s2 -> rbdctl import-diff");

    // rbdctl's streams into rbd.
    let (m0, m1) = (dir.path().join("m0"), dir.path().join("m1"));
    let v = ok_json(&run(["volume", "export-diff", &format!("{src}@s1"), s(&m0), "--format", "json"]), "export-diff");
    assert_eq!(v["stream_bytes"].as_u64(), Some(std::fs::metadata(&m0).unwrap().len()), "{v}");
    let out = rbdctl().args(["volume", "export-diff", "--from-snap", "s1", &format!("{src}@s2"), "-"]).output();
    assert!(out.status.success(), "{}", describe(&out));
    std::fs::write(&m1, &out.stdout).unwrap();
    assert!(out.stdout.starts_with(b"rbd diff v1\n"));
    let t2 = volume(&mut g, "xdr", 1);
    rbd_ok(&["import-diff", "--no-progress", s(&m0), &format!("rbd/{t2}")]);
    rbd_ok(&["import-diff", "--no-progress", s(&m1), &format!("rbd/{t2}")]);
    assert_same_bytes(&rbd_export(&format!("rbd/{t2}@s1")), &want1, "rbdctl export-diff s1 -> rbd import-diff");
    assert_same_bytes(&rbd_export(&format!("rbd/{t2}@s2")), &want2, "rbdctl export-diff s1..s2 -> rbd import-diff");

    // A truncated stream is refused before anything is written: no snapshot, no resize.
    let bad = dir.path().join("bad");
    let full = read(&m1);
    std::fs::write(&bad, &full[..full.len() - 100]).unwrap();
    let t3 = volume(&mut g, "xdb", 1);
    rbd_ok(&["import-diff", "--no-progress", s(&m0), &format!("rbd/{t3}")]);
    let before = rbd_export(&format!("rbd/{t3}"));
    let e = err_json(&run(["volume", "import-diff", s(&bad), &t3, "--format", "json"]), 2, "truncated diff");
    assert!(e["error"]["message"].as_str().unwrap().contains("rbd diff"), "{e}");
    let out = rbdctl().args(["volume", "import-diff", "-", &t3]).write_stdin(read(&bad)).output();
    expect_code(&out, 2, "truncated diff on stdin");
    assert_eq!(snaps(&format!("rbd/{t3}")).len(), 1, "no s2 snapshot may appear");
    assert_same_bytes(&rbd_export(&format!("rbd/{t3}")), &before, "a refused stream writes nothing");
    // A diff that starts from a snapshot the volume lacks: not found, nothing written.
    let t4 = volume(&mut g, "xdn", 32);
    let out = run(["volume", "import-diff", s(&m1), &t4]);
    expect_code(&out, 3, "diff from a missing snapshot");
}

/// Restore backup `id` to a new volume and compare it with `want`.
fn restore_and_compare(g: &mut Guard, pool: &str, id: &str, want: &[u8]) -> Value {
    let target = format!("r-{}", unique("rs"));
    g.add("rbd", &target);
    let v = backup_json(&["restore", id, "--to", &target, "--create", "--backup-pool", pool], "restore");
    assert_eq!(v["verified"], true, "{v}");
    assert_same_bytes(&rbd_export(&format!("rbd/{target}")), want, &format!("restore of {id}"));
    v
}

#[test]
fn full_backup_and_three_incrementals_each_restore_to_the_snapshot_bytes() {
    let mut g = Guard::new();
    let pool = g.temp_pool("bk");
    let vol = volume(&mut g, "bk", 64);
    let mut seed = 10;
    let mut ids: Vec<String> = vec![];
    let mut wants: Vec<Vec<u8>> = vec![];
    for round in 0..4u64 {
        // Random writes (and one zeroing) between backups.
        let mut w = vec![];
        for i in 0..6u64 {
            seed += 1;
            let off = (seed * 7_919_113 + i * 1_234_567) % (60 * MIB);
            w.push((off, (seed * 4099) % (2 * MIB) + 1, if i == 5 { 0 } else { seed }));
        }
        write_extents(&vol, &w);
        let mut args = vec!["create", vol.as_str(), "--backup-pool", pool.as_str()];
        if round > 0 {
            args.push("--incremental");
        }
        let v = backup_json(&args, "backup create");
        let id = v["id"].as_str().unwrap().to_string();
        assert_eq!(v["mode"], if round == 0 { "full" } else { "incremental" }, "{v}");
        assert_eq!(v["parent"].as_str(), ids.last().map(String::as_str), "{v}");
        assert_eq!(v["base"], format!("{vol}.backup.{}", ids.first().unwrap_or(&id)), "{v}");
        assert!(v["snapshot"].as_str().unwrap().starts_with(&format!("backup.{id}.snap.")), "{v}");
        for k in ["size", "bytes_transferred", "elapsed_s", "changed"] {
            assert!(!v[k].is_null(), "{k} missing: {v}");
        }
        if round > 0 {
            assert!(v["bytes_transferred"].as_u64().unwrap() < 32 * MIB, "an incremental sends the changes: {v}");
        }
        let snap = v["snapshot"].as_str().unwrap();
        wants.push(rbd_export(&format!("rbd/{vol}@{snap}")));
        // Cinder's names: the same snapshot on the base.
        assert!(snaps(&format!("{pool}/{}", v["base"].as_str().unwrap())).iter().any(|(n, _)| n == snap));
        ids.push(id);
    }
    let ls = backup_json(&["ls", &vol, "--backup-pool", &pool], "ls");
    let list = ls["backups"].as_array().unwrap();
    assert_eq!(list.len(), 4, "{ls}");
    for (i, b) in list.iter().enumerate() {
        assert_eq!(b["id"], ids[i].as_str(), "{ls}");
        assert_eq!(b["parent"].as_str(), if i == 0 { None } else { Some(ids[i - 1].as_str()) }, "{ls}");
        assert_eq!(b["status"], "available");
    }
    for (id, want) in ids.iter().zip(&wants) {
        let v = restore_and_compare(&mut g, &pool, id, want);
        assert_eq!(v["method"], "diff", "{v}");
        // Checked against the backup's manifest by the OSDs (incrementals' manifests are
        // their parents' with the touched objects recomputed).
        assert_eq!(v["verify_method"], "osd", "{v}");
        let listed = list.iter().find(|b| b["id"] == id.as_str()).unwrap();
        assert_eq!(v["manifest_root"], listed["manifest_root"], "{v}");
    }

    // Onto a larger volume with data: a full copy, the excess discarded.
    let big = volume(&mut g, "big", 80);
    write_extents(&big, &[(0, 80 * MIB, 99)]);
    let v = backup_json(&["restore", &ids[1], "--to", &big, "--backup-pool", &pool], "restore onto data");
    assert_eq!((v["method"].as_str(), v["excess_discarded"].as_u64()), (Some("full"), Some(16 * MIB)), "{v}");
    let got = rbd_export(&format!("rbd/{big}"));
    assert_same_bytes(&got[..64 * MIB as usize], &wants[1], "full restore");
    assert!(got[64 * MIB as usize..].iter().all(|b| *b == 0), "the excess reads as zeros");
    // Onto a smaller volume: refused, exit 2, untouched.
    let small = volume(&mut g, "small", 16);
    let e = err_json(
        &run(["volume", "backup", "restore", &ids[0], "--to", &small, "--backup-pool", &pool, "--format", "json"]),
        2,
        "restore onto a smaller volume",
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("smaller than backup"), "{e}");
    // An unknown backup: not found.
    expect_code(&run(["volume", "backup", "restore", "nope", "--to", &small, "--backup-pool", &pool]), 3, "unknown");

    // rm: refused while incrementals depend on it; the latest goes; --cascade takes the rest.
    let e = err_json(&run(["volume", "backup", "rm", &ids[0], "--backup-pool", &pool, "--format", "json"]), 5, "rm");
    assert!(e["error"]["message"].as_str().unwrap().contains(&ids[1]), "{e}");
    let v = backup_json(&["rm", &ids[3], "--backup-pool", &pool], "rm latest");
    assert_eq!(v["removed"], serde_json::json!([ids[3]]), "{v}");
    let base = format!("{vol}.backup.{}", ids[0]);
    assert_eq!(snaps(&format!("{pool}/{base}")).len(), 3);
    assert!(!snaps(&format!("rbd/{vol}")).iter().any(|(n, _)| n.contains(&ids[3])), "source snapshot removed too");
    // The next incremental's parent is now the latest remaining backup, and it restores.
    write_extents(&vol, &[(3 * MIB, MIB, 77)]);
    let v = backup_json(&["create", &vol, "--incremental", "--backup-pool", &pool], "incremental after rm");
    assert_eq!(v["parent"], ids[2].as_str(), "{v}");
    let snap = v["snapshot"].as_str().unwrap().to_string();
    restore_and_compare(&mut g, &pool, v["id"].as_str().unwrap(), &rbd_export(&format!("rbd/{vol}@{snap}")));
    let v = backup_json(&["rm", &ids[0], "--cascade", "--backup-pool", &pool], "rm --cascade");
    assert_eq!(v["removed"].as_array().unwrap().len(), 4, "{v}");
    assert!(!image_exists(&pool, &base), "the base goes with its last backup");
    assert!(backup_json(&["ls", "--backup-pool", &pool], "ls")["backups"].as_array().unwrap().is_empty());
    assert!(snaps(&format!("rbd/{vol}")).is_empty(), "no backup snapshot left on the source");
}

#[test]
fn a_chain_made_with_cinders_commands_is_listed_and_restored() {
    let mut g = Guard::new();
    let pool = g.temp_pool("bkc");
    let vol = volume(&mut g, "cin", 32);
    let (id1, id2) = ("0b7c4a1e-1111-4a4a-8b8b-000000000001", "0b7c4a1e-2222-4a4a-8b8b-000000000002");
    let base = format!("{vol}.backup.{id1}");
    let (s1, s2) = (format!("backup.{id1}.snap.1700000000.12"), format!("backup.{id2}.snap.1700000100.5"));
    write_extents(&vol, &[(0, 3 * MIB, 31), (17 * MIB, 5 * MIB, 32)]);
    // What _backup_rbd does: snapshot the source, create the base, export-diff | import-diff.
    let pipe = |from: Option<&str>, snap: &str| {
        let mut cmd = format!(
            "rbd export-diff --no-progress {} rbd/{vol}@{snap} - ",
            from.map_or(String::new(), |f| format!("--from-snap {f}"))
        );
        cmd += &format!("| rbd import-diff --no-progress - {pool}/{base}");
        let out = cluster().tool("bash").args(["-o", "pipefail", "-c", &cmd]).output();
        assert!(out.status.success(), "{cmd}\n{}", describe(&out));
    };
    rbd_ok(&["snap", "create", &format!("rbd/{vol}@{s1}")]);
    rbd_ok(&["create", "--size", "32M", &format!("{pool}/{base}")]);
    pipe(None, &s1);
    write_extents(&vol, &[(MIB, MIB, 33), (17 * MIB, MIB, 0), (30 * MIB, MIB, 34)]);
    rbd_ok(&["snap", "create", &format!("rbd/{vol}@{s2}")]);
    pipe(Some(&s1), &s2);

    let ls = backup_json(&["ls", "--backup-pool", &pool], "ls of Cinder's chain");
    let list = ls["backups"].as_array().unwrap();
    assert_eq!(list.len(), 2, "{ls}");
    assert_eq!((list[0]["id"].as_str(), list[0]["parent"].as_str()), (Some(id1), None), "{ls}");
    assert_eq!((list[1]["id"].as_str(), list[1]["parent"].as_str()), (Some(id2), Some(id1)), "{ls}");
    assert!(list.iter().all(|b| b["made_by"] == "cinder" && b["volume"] == vol.as_str() && b["base"] == base.as_str()));
    // Cinder's backups have no manifest: listed as such, and restores are read back and
    // compared with the base snapshot.
    assert!(list.iter().all(|b| b["manifest"] == "base-snapshot" && b["manifest_root"].is_null()), "{ls}");
    let v = restore_and_compare(&mut g, &pool, id1, &rbd_export(&format!("rbd/{vol}@{s1}")));
    assert_eq!(v["verify_method"], "base-snapshot", "{v}");
    restore_and_compare(&mut g, &pool, id2, &rbd_export(&format!("rbd/{vol}@{s2}")));
    // rbdctl continues Cinder's chain: an incremental from Cinder's latest snapshot.
    write_extents(&vol, &[(9 * MIB, MIB, 35)]);
    let v = backup_json(&["create", &vol, "--incremental", "--backup-pool", &pool], "incremental on Cinder's chain");
    assert_eq!((v["parent"].as_str(), v["base"].as_str()), (Some(id2), Some(base.as_str())), "{v}");
    let snap = v["snapshot"].as_str().unwrap().to_string();
    // Its parent (Cinder's) has no manifest: the OSDs checksum every object of the base.
    let r = restore_and_compare(&mut g, &pool, v["id"].as_str().unwrap(), &rbd_export(&format!("rbd/{vol}@{snap}")));
    assert_eq!(r["verify_method"], "osd", "{r}");
}

#[test]
fn incremental_falls_back_to_full_when_the_parents_snapshot_is_gone() {
    let mut g = Guard::new();
    let pool = g.temp_pool("bkf");
    let vol = volume(&mut g, "fb", 16);
    write_extents(&vol, &[(0, MIB, 41)]);
    let v = backup_json(&["create", &vol, "--incremental", "--backup-pool", &pool], "first --incremental");
    assert_eq!(v["mode"], "full", "no earlier backup: a full one (documented): {v}");
    // `volume rm` removes the backup snapshots; recreated under the same name, the next
    // incremental is full again, and the old backup still restores.
    let old_id = v["id"].as_str().unwrap().to_string();
    let old_want = rbd_export(&format!("rbd/{vol}@{}", v["snapshot"].as_str().unwrap()));
    ok_json(&run(["volume", "rm", &vol, "--format", "json"]), "volume rm with backups");
    rbd_ok(&["create", "--size", "16M", &format!("rbd/{vol}")]);
    write_extents(&vol, &[(MIB, MIB, 42)]);
    let v = backup_json(&["create", &vol, "--incremental", "--backup-pool", &pool, "--max-snapshots", "1"], "again");
    assert_eq!(v["mode"], "full", "{v}");
    assert!(v["reason"].as_str().unwrap().contains("gone"), "{v}");
    restore_and_compare(&mut g, &pool, &old_id, &old_want);
    // --max-snapshots 1: after two more backups only the latest snapshot stays on the source.
    backup_json(&["create", &vol, "--incremental", "--backup-pool", &pool, "--max-snapshots", "1"], "inc");
    let v = backup_json(&["create", &vol, "--incremental", "--backup-pool", &pool, "--max-snapshots", "1"], "inc");
    assert_eq!(v["pruned_snapshots"].as_array().unwrap().len(), 1, "{v}");
    let left = snaps(&format!("rbd/{vol}"));
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0].0, v["snapshot"].as_str().unwrap());
}

#[test]
fn a_backup_killed_mid_stream_is_cleaned_by_the_next_create() {
    let mut g = Guard::new();
    let pool = g.temp_pool("bkk");
    let vol = volume(&mut g, "kill", 512);
    write_extents(&vol, &[(0, 8 * MIB, 51)]);
    let first = backup_json(&["create", &vol, "--backup-pool", &pool], "first backup");
    let first_want = rbd_export(&format!("rbd/{vol}@{}", first["snapshot"].as_str().unwrap()));
    rbd_ok(&[
        "bench",
        "--io-type",
        "write",
        "--io-size",
        "4M",
        "--io-total",
        "512M",
        "--io-pattern",
        "seq",
        &format!("rbd/{vol}"),
    ]);
    let src_before = rbd_export(&format!("rbd/{vol}"));
    let kill = |signal: i32| {
        let p = cluster()
            .rbdctl()
            .args(["volume", "backup", "create", &vol, "--incremental", "--backup-pool", &pool])
            .env("RBDCTL_QUEUE_DEPTH", "1")
            .spawn_raw(Stdio::null());
        // Kill once the new backup's snapshot exists on the source (data is moving).
        let started = wait_until(Duration::from_secs(60), || snaps(&format!("rbd/{vol}")).len() >= 2);
        assert!(started, "the backup never started");
        std::thread::sleep(Duration::from_millis(300));
        p.signal(signal);
        p.wait(Duration::from_secs(60))
    };
    // SIGINT: cleaned up at once, exit 130.
    let out = kill(libc::SIGINT);
    expect_code(&out, 130, "SIGINT mid-backup");
    assert_eq!(snaps(&format!("rbd/{vol}")).len(), 1, "SIGINT leaves no snapshot on the source");
    let out = kill(libc::SIGTERM);
    expect_code(&out, 143, "SIGTERM mid-backup");
    assert_eq!(snaps(&format!("rbd/{vol}")).len(), 1, "SIGTERM leaves no snapshot on the source");
    let base = first["base"].as_str().unwrap();
    assert_eq!(snaps(&format!("{pool}/{base}")).len(), 1, "nor on the base");
    let ls = backup_json(&["ls", &vol, "--backup-pool", &pool], "ls after SIGINT and SIGTERM");
    assert_eq!(ls["backups"].as_array().unwrap().len(), 1, "no catalogue entry left: {ls}");
    // SIGKILL: the next create cleans up what is left.
    let out = kill(libc::SIGKILL);
    assert!(!out.status.success());
    assert_same_bytes(&rbd_export(&format!("rbd/{vol}")), &src_before, "the source is intact");
    let v = backup_json(&["create", &vol, "--incremental", "--backup-pool", &pool], "after SIGKILL");
    assert_eq!(v["parent"], first["id"], "{v}");
    let ls = backup_json(&["ls", &vol, "--backup-pool", &pool], "ls");
    assert!(ls["backups"].as_array().unwrap().iter().all(|b| b["status"] == "available"), "{ls}");
    assert_eq!(ls["backups"].as_array().unwrap().len(), 2, "{ls}");
    restore_and_compare(&mut g, &pool, first["id"].as_str().unwrap(), &first_want);
    restore_and_compare(&mut g, &pool, v["id"].as_str().unwrap(), &src_before);
}

/// The image's RADOS object `index` (`rbd_data.<id>.<index as 16 hex digits>`).
fn data_object(spec: &str, index: u64) -> String {
    let info = rbd_json(&["info", spec]);
    format!("{}.{index:016x}", info["block_name_prefix"].as_str().unwrap())
}

#[test]
fn a_restore_whose_bytes_differ_from_the_backups_manifest_exits_9_naming_the_object() {
    let mut g = Guard::new();
    let pool = g.temp_pool("bkx");
    let vol = volume(&mut g, "bx", 16);
    write_extents(&vol, &[(0, 12 * MIB, 61)]);
    let v = backup_json(&["create", &vol, "--backup-pool", &pool], "full backup");
    let (id, base, snap) =
        (v["id"].as_str().unwrap(), v["base"].as_str().unwrap(), v["snapshot"].as_str().unwrap().to_string());
    let want = rbd_export(&format!("rbd/{vol}@{snap}"));
    let ls = backup_json(&["ls", &vol, "--backup-pool", &pool], "ls");
    assert_eq!(ls["backups"][0]["manifest"], "crc32c", "{ls}");
    assert_eq!(ls["backups"][0]["manifest_root"], v["manifest_root"], "{ls}");
    assert_eq!(ls["backups"][0]["manifest_objects"], 4, "{ls}");
    // The manifest is on the base, in docs/manifest.md's format, and describes the snapshot.
    let text = rbd_ok(&["image-meta", "get", &format!("{pool}/{base}"), &format!("rbdctl.backup-manifest.{id}")]);
    assert!(text.starts_with("rbdctl-manifest/1 algo=crc32c size=16777216 object_size=4194304"), "{text}");
    assert!(text.contains(&format!("snapshot={snap} root={}", v["manifest_root"].as_str().unwrap())), "{text}");
    // A good restore is checked by the OSDs and gives the snapshot's bytes.
    let ok = restore_and_compare(&mut g, &pool, id, &want);
    assert_eq!((ok["verify_method"].as_str(), &ok["manifest_root"]), (Some("osd"), &v["manifest_root"]), "{ok}");

    // Change 4 KiB of the base's object 1 behind librbd's back. Nothing was written to the
    // base after its snapshot, so the snapshot shares the head object, and a plain
    // `rados put` (no snapshot context) changes what the snapshot reads.
    let dir = tempfile::tempdir().unwrap();
    let obj = data_object(&format!("{pool}/{base}"), 1);
    let f = dir.path().join("obj");
    let out = rados(&["-p", &pool, "get", &obj, s(&f)]);
    assert!(out.status.success(), "{}", describe(&out));
    let mut bytes = read(&f);
    assert_eq!(bytes.len() as u64, 4 * MIB, "object 1 holds data");
    for b in &mut bytes[8192..12288] {
        *b ^= 0x5a;
    }
    std::fs::write(&f, &bytes).unwrap();
    let out = rados(&["-p", &pool, "put", &obj, s(&f)]);
    assert!(out.status.success(), "{}", describe(&out));
    let seen = rbd_export(&format!("{pool}/{base}@{snap}"));
    assert_ne!(seen, want, "the damage must be visible through the base snapshot, or this test proves nothing");

    let target = format!("r-{}", unique("rx"));
    g.add("rbd", &target);
    let out = run([
        "volume",
        "backup",
        "restore",
        id,
        "--to",
        &target,
        "--create",
        "--backup-pool",
        &pool,
        "--format",
        "json",
    ]);
    let e = err_json(&out, 9, "restore of a damaged backup");
    let msg = e["error"]["message"].as_str().unwrap();
    assert_eq!(e["error"]["kind"], "checksum_mismatch", "{e}");
    assert!(msg.contains(&format!("backup {id}")) && msg.contains("object 1 (bytes 4194304..8388608)"), "{msg}");
    assert!(!image_exists("rbd", &target), "a failed restore with --create removes the volume it made");
    // Onto an existing volume (a full copy): the same verdict; the volume stays, marked by the error.
    let existing = volume(&mut g, "bxe", 16);
    let out = run(["volume", "backup", "restore", id, "--to", &existing, "--backup-pool", &pool]);
    expect_code(&out, 9, "full restore of a damaged backup");
    assert!(stderr(&out).contains("object 1 (bytes 4194304..8388608)"), "{}", describe(&out));
}

#[test]
fn a_second_create_of_one_volume_waits_for_the_first_or_fails_busy_naming_it() {
    let mut g = Guard::new();
    let pool = g.temp_pool("bkl");
    let vol = volume(&mut g, "lk", 16);
    write_extents(&vol, &[(0, 2 * MIB, 71)]);
    // Two creates at once: the second one starts once the first has made its snapshot (it
    // holds the lock and its catalogue entry says "creating"). Without the lock the second
    // would take that entry for an interrupted backup and remove it under the first.
    let bg = cluster()
        .rbdctl()
        .args(["volume", "backup", "create", &vol, "--backup-pool", &pool, "--format", "json"])
        .env("RBDCTL_QUEUE_DEPTH", "1")
        .spawn(Stdio::null());
    assert!(wait_until(Duration::from_secs(60), || !snaps(&format!("rbd/{vol}")).is_empty()), "first never started");
    let second = backup_json(&["create", &vol, "--incremental", "--backup-pool", &pool], "concurrent create");
    let first = ok_json(&bg.wait(Duration::from_secs(120)), "first create");
    assert_eq!((second["mode"].as_str(), &second["parent"]), (Some("incremental"), &first["id"]), "{second}");
    let ls = backup_json(&["ls", &vol, "--backup-pool", &pool], "ls");
    assert_eq!(ls["backups"].as_array().unwrap().len(), 2, "{ls}");
    assert!(ls["backups"].as_array().unwrap().iter().all(|b| b["status"] == "available"), "{ls}");
    // Held by someone else (here `rados lock get`, as a create on another host would):
    // waits, then busy (exit 5) naming the holder; nothing made.
    let header = format!("rbd_header.{}", rbd_json(&["info", &format!("rbd/{vol}")])["id"].as_str().unwrap());
    let out = rados(&[
        "-p",
        "rbd",
        "lock",
        "get",
        &header,
        "rbdctl.backup",
        "--lock-cookie",
        "other-host-backup",
        "--lock-type",
        "exclusive",
        "--lock-duration",
        "120",
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    let snaps_before = snaps(&format!("rbd/{vol}")).len();
    let started = std::time::Instant::now();
    let out = run(["volume", "backup", "create", &vol, "--backup-pool", &pool, "--format", "json"]);
    let e = err_json(&out, 5, "create while another holds the lock");
    assert!(started.elapsed() >= Duration::from_secs(15), "it waits a while first");
    let msg = e["error"]["message"].as_str().unwrap();
    assert_eq!(e["error"]["kind"], "busy", "{e}");
    assert!(msg.contains("another backup of") && msg.contains("other-host-backup") && msg.contains("client."), "{msg}");
    assert_eq!(snaps(&format!("rbd/{vol}")).len(), snaps_before, "no snapshot made");
    assert_eq!(backup_json(&["ls", &vol, "--backup-pool", &pool], "ls")["backups"].as_array().unwrap().len(), 2);
    // Our own lock is gone after each create: `rados lock info` shows only the other one.
    let info = cluster().tool_ok("rados", &["-p", "rbd", "lock", "info", &header, "rbdctl.backup"]);
    assert!(info.contains("other-host-backup") && info.matches("\"cookie\"").count() == 1, "{info}");
}

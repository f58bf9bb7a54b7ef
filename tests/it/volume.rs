//! Cinder's RBD driver: `rbdctl volume ...` against the test cluster (pool `rbd`),
//! cross-checked with the real `rbd` tool.

use crate::harness::*;
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

const GIB: u64 = 1 << 30;
const MIB: u64 = 1 << 20;

fn spec(name: &str) -> String {
    format!("rbd/{name}")
}

fn vol(args: &[&str]) -> std::process::Output {
    let mut a = vec!["volume"];
    a.extend(args);
    a.extend(["--format", "json"]);
    run(a)
}

#[track_caller]
fn vol_ok(args: &[&str]) -> Value {
    ok_json(&vol(args), &format!("volume {}", args.join(" ")))
}

/// A new 8 MiB volume, tracked by the guard.
fn small_volume(g: &mut Guard, prefix: &str) -> String {
    let name = unique(prefix);
    g.add("rbd", &name);
    let v = vol_ok(&["create", &name, "--size", "8M"]);
    assert_eq!(v["changed"], true, "{v}");
    name
}

fn rbd_size(spec: &str) -> u64 {
    rbd_json(&["info", spec])["size"].as_u64().expect("size")
}

fn snap_names(spec: &str) -> Vec<String> {
    snaps(spec).into_iter().map(|(n, _)| n).collect()
}

fn steps(v: &Value) -> Vec<String> {
    v["steps"].as_array().expect("steps").iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

#[test]
fn create_with_every_size_form() {
    let mut g = Guard::new();
    // A bare number is bytes (issue 11 item 10): whole MiB only, for a volume.
    for (size, bytes) in [("1048576", MIB), ("1G", GIB), ("1GiB", GIB), ("512M", 512 * MIB)] {
        let name = unique("size");
        g.add("rbd", &name);
        let v = vol_ok(&["create", &name, "--size", size]);
        assert_eq!(v["size"], bytes, "--size {size}: {v}");
        assert_eq!(v["method"], "empty", "{v}");
        assert_eq!(v["changed"], true, "{v}");
        assert_eq!(rbd_size(&spec(&name)), bytes, "--size {size}");
    }
}

#[test]
fn bad_sizes_are_invalid_and_create_nothing() {
    for bad in ["0", "-1", "1.5.G", "abc", "99999999999999999999G"] {
        let name = unique("badsize");
        let e = err_json(&vol(&["create", &name, &format!("--size={bad}")]), 2, &format!("--size={bad}"));
        assert_eq!(e["error"]["kind"], "invalid_input", "{bad}: {e}");
        assert!(!image_exists("rbd", &name), "--size={bad} created {name}");
    }
}

#[test]
fn create_existing_and_if_not_exists() {
    let mut g = Guard::new();
    let name = small_volume(&mut g, "exists");
    let e = err_json(&vol(&["create", &name, "--size", "8M"]), 4, "create again");
    assert_eq!(e["error"]["kind"], "already_exists", "{e}");
    let v = vol_ok(&["create", &name, "--size", "8M", "--if-not-exists"]);
    assert_eq!(v["changed"], false, "{v}");
    err_json(&vol(&["create", &name, "--size", "16M", "--if-not-exists"]), 4, "--if-not-exists with another size");
    assert_eq!(rbd_size(&spec(&name)), 8 * MIB);
}

#[test]
fn clone_chain_is_cut_at_max_clone_depth() {
    let mut g = Guard::new();
    let mut names = vec![small_volume(&mut g, "chain0")];
    for i in 1..=6 {
        let dest = unique(&format!("chain{i}"));
        g.add("rbd", &dest);
        let v = vol_ok(&["clone", &names[i - 1], &dest, "--max-clone-depth", "5"]);
        assert_eq!(v["changed"], true, "{v}");
        names.push(dest);
    }
    for i in 1..=5 {
        assert_eq!(
            rbd_parent(&spec(&names[i])),
            Some(format!("rbd/{}@{}.clone_snap", names[i - 1], names[i])),
            "v{i} must be a clone of v{}",
            i - 1
        );
    }
    assert_eq!(rbd_parent(&spec(&names[6])), None, "v6 is at depth 6 > 5: it must have been flattened");
    assert!(
        !snap_names(&spec(&names[5])).iter().any(|s| s.ends_with(".clone_snap")),
        "the temporary snapshot for v6 must be gone: {:?}",
        snaps(&spec(&names[5]))
    );
}

#[test]
fn flatten_source_at_max_depth() {
    let mut g = Guard::new();
    let a0 = small_volume(&mut g, "fs0");
    let a1 = unique("fs1");
    let a2 = unique("fs2");
    let a3 = unique("fs3");
    for n in [&a1, &a2, &a3] {
        g.add("rbd", n);
    }
    vol_ok(&["clone", &a0, &a1, "--max-clone-depth", "2"]);
    vol_ok(&["clone", &a1, &a2, "--max-clone-depth", "2"]);
    assert!(rbd_parent(&spec(&a2)).is_some());
    let v = vol_ok(&["clone", &a2, &a3, "--max-clone-depth", "2", "--flatten-source"]);
    assert_eq!(v["method"], "flatten-source+cow-clone", "{v}");
    assert_eq!(rbd_parent(&spec(&a2)), None, "the source at the maximum depth must be flattened");
    assert_eq!(rbd_parent(&spec(&a3)), Some(format!("rbd/{a2}@{a3}.clone_snap")), "the new clone keeps its parent");
    assert!(
        !snap_names(&spec(&a1)).contains(&format!("{a2}.clone_snap")),
        "the flattened source's link must be dropped"
    );
}

#[test]
fn clone_dry_run_announces_the_real_steps() {
    let mut g = Guard::new();
    let src = small_volume(&mut g, "cdry-src");
    let dest = unique("cdry-dest");
    g.add("rbd", &dest);
    let dry = vol_ok(&["clone", &src, &dest, "--dry-run"]);
    assert_eq!(dry["dry_run"], true, "{dry}");
    assert_eq!(dry["changed"], false, "{dry}");
    assert!(!image_exists("rbd", &dest), "--dry-run created {dest}");
    assert!(snap_names(&spec(&src)).is_empty(), "--dry-run made a snapshot");
    let real = vol_ok(&["clone", &src, &dest]);
    assert_eq!(steps(&dry), steps(&real));
    assert_eq!(
        steps(&real),
        vec![
            format!("create snapshot rbd/{src}@{dest}.clone_snap"),
            format!("protect snapshot rbd/{src}@{dest}.clone_snap"),
            format!("clone rbd/{src}@{dest}.clone_snap to rbd/{dest}"),
        ]
    );
}

/// A clone whose parent was renamed `.deleted`: flattening it is the parent's last
/// use, so the parent goes too.
#[test]
fn flattening_the_last_clone_removes_a_deleted_parent() {
    let mut g = Guard::new();
    let parent = small_volume(&mut g, "flp");
    let child = unique("flc");
    g.add("rbd", &child);
    vol_ok(&["clone", &parent, &child]);
    vol_ok(&["rm", &parent]);
    assert!(image_exists("rbd", &format!("{parent}.deleted")));
    let v = vol_ok(&["flatten", &child]);
    assert_eq!(v["changed"], true, "{v}");
    assert_eq!(rbd_parent(&spec(&child)), None);
    assert!(!image_exists("rbd", &format!("{parent}.deleted")), "the .deleted parent must go with its last clone: {v}");
    assert!(image_exists("rbd", &child));
}

#[test]
fn max_clone_depth_zero_is_a_full_copy() {
    let mut g = Guard::new();
    let src = small_volume(&mut g, "cp0");
    let dest = unique("cp1");
    g.add("rbd", &dest);
    let v = vol_ok(&["clone", &src, &dest, "--max-clone-depth", "0"]);
    assert_eq!(v["method"], "copy", "{v}");
    assert_eq!(rbd_parent(&spec(&dest)), None);
    assert!(snap_names(&spec(&src)).is_empty(), "{:?}", snaps(&spec(&src)));
}

#[test]
fn clone_onto_an_existing_volume_is_refused_without_a_trace() {
    let mut g = Guard::new();
    let src = small_volume(&mut g, "cx-src");
    let dest = small_volume(&mut g, "cx-dest");
    let e = err_json(&vol(&["clone", &src, &dest]), 4, "clone onto an existing volume");
    assert_eq!(e["error"]["kind"], "already_exists", "{e}");
    assert!(!snap_names(&spec(&src)).contains(&format!("{dest}.clone_snap")), "{:?}", snaps(&spec(&src)));
    assert_eq!(rbd_parent(&spec(&dest)), None);
}

#[test]
fn rm_of_a_missing_volume_is_a_success() {
    let v = vol_ok(&["rm", &unique("never")]);
    assert_eq!(v["changed"], false, "{v}");
}

#[test]
fn rm_removes_backup_snapshots() {
    let mut g = Guard::new();
    let name = small_volume(&mut g, "backup");
    let snap = format!("{}@backup.abc123.snap.1700000000", spec(&name));
    rbd_ok(&["snap", "create", &snap]);
    let v = vol_ok(&["rm", &name]);
    assert_eq!(v["changed"], true, "{v}");
    assert!(steps(&v).iter().any(|s| s.contains("backup.abc123.snap.1700000000")), "{v}");
    assert!(!image_exists("rbd", &name));
}

#[test]
fn rm_with_a_user_snapshot_is_refused_or_trashed() {
    let mut g = Guard::new();
    let name = small_volume(&mut g, "usersnap");
    rbd_ok(&["snap", "create", &format!("{}@mine", spec(&name))]);
    let e = err_json(&vol(&["rm", &name]), 5, "rm with a user snapshot");
    assert!(e["error"]["message"].as_str().unwrap().contains("mine"), "{e}");
    assert!(image_exists("rbd", &name));
    assert_eq!(snap_names(&spec(&name)), vec!["mine".to_string()]);

    let v = vol_ok(&["rm", &name, "--trash"]);
    assert_eq!(v["changed"], true, "{v}");
    let trash = rbd_json(&["trash", "ls", "rbd"]);
    let entry = trash.as_array().unwrap().iter().find(|e| e["name"] == name.as_str()).cloned();
    assert!(!rbd_ls("rbd").contains(&name), "{name} still listed");
    // Put it back so the guard can remove it (and only it).
    if let Some(e) = &entry {
        rbd_ok(&["trash", "restore", "--pool", "rbd", e["id"].as_str().unwrap()]);
    }
    assert!(entry.is_some(), "{name} not in the trash: {trash}");
}

#[test]
fn rm_with_clones_renames_to_deleted_until_the_last_clone_goes() {
    let mut g = Guard::new();
    let parent = small_volume(&mut g, "delp");
    let child = unique("delc");
    g.add("rbd", &child);
    vol_ok(&["clone", &parent, &child]);
    let v = vol_ok(&["rm", &parent]);
    assert_eq!(v["changed"], true, "{v}");
    let deleted = format!("{parent}.deleted");
    let ls = rbd_ls("rbd");
    assert!(ls.contains(&deleted) && !ls.contains(&parent), "{ls:?}");

    let names = |all: bool| -> Vec<String> {
        let mut a = vec!["ls"];
        if all {
            a.push("--all");
        }
        vol_ok(&a)["volumes"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap().to_string()).collect()
    };
    assert!(!names(false).contains(&deleted), "volume ls must hide {deleted}");
    assert!(names(true).contains(&deleted), "volume ls --all must show {deleted}");

    let v = vol_ok(&["rm", &child]);
    assert_eq!(v["changed"], true, "{v}");
    assert!(!image_exists("rbd", &child));
    assert!(!image_exists("rbd", &deleted), "removing the last clone must remove {deleted}");
}

/// a → b → c; rm a, rm b, rm c: everything goes, no `.clone_snap` left; and each
/// `--dry-run` announces exactly the steps its real run then reports.
#[test]
fn three_level_chain_goes_away_and_dry_runs_match() {
    let mut g = Guard::new();
    let a = small_volume(&mut g, "ca");
    let b = unique("cb");
    let c = unique("cc");
    g.add("rbd", &b);
    g.add("rbd", &c);
    vol_ok(&["clone", &a, &b]);
    vol_ok(&["clone", &b, &c]);
    for n in [&a, &b, &c] {
        let dry = vol_ok(&["rm", n, "--dry-run"]);
        assert_eq!(dry["dry_run"], true);
        assert_eq!(dry["changed"], false);
        let real = vol_ok(&["rm", n]);
        assert_eq!(steps(&dry), steps(&real), "rm {n}: dry run and real run differ");
        assert_eq!(real["changed"], true);
    }
    let ls = rbd_ls("rbd");
    for n in [&a, &b, &c] {
        assert!(!ls.contains(n) && !ls.contains(&format!("{n}.deleted")), "{n} left: {ls:?}");
    }
}

#[test]
fn rm_of_an_open_volume_is_busy() {
    let mut g = Guard::new();
    let name = small_volume(&mut g, "busy");
    let py = if std::path::Path::new("/usr/bin/python3").exists() { "/usr/bin/python3" } else { "python3" };
    let script = "import os,sys,rados,rbd\n\
        c=rados.Rados(conffile=os.environ['CEPH_CONF']); c.connect()\n\
        io=c.open_ioctx('rbd'); img=rbd.Image(io, sys.argv[1])\n\
        print('open', flush=True)\n\
        sys.stdin.read()\n\
        img.close(); io.close(); c.shutdown()\n";
    // python3 with the rados and rbd bindings (scripts/deps).
    let mut holder = cluster().tool(py).args(["-c", script, &name]).spawn_raw(Stdio::piped());
    let mut line = String::new();
    BufReader::new(holder.take_stdout()).read_line(&mut line).unwrap();
    if line.trim() != "open" {
        // (dropping the holder kills it)
        panic!("the python holder did not open {name}: {line:?}\n{}", holder.stderr_now());
    }
    let out = run(["volume", "rm", &name, "--retries", "1", "--retry-interval", "1", "--format", "json"]);
    // Close the holder (it closes the image when its stdin ends), then check.
    drop(holder.take_stdin());
    let _ = holder.wait(Duration::from_secs(60));
    let e = err_json(&out, 5, "rm of an open volume");
    assert_eq!(e["error"]["kind"], "busy", "{e}");
    assert!(image_exists("rbd", &name), "a busy volume must stay");
    let v = vol_ok(&["rm", &name]);
    assert_eq!(v["changed"], true, "{v}");
    assert!(!image_exists("rbd", &name));
}

#[test]
fn snapshots_are_protected_and_guarded_by_their_clones() {
    let mut g = Guard::new();
    let name = small_volume(&mut g, "snapv");
    let v = vol_ok(&["snapshot", "create", &name, "s1"]);
    assert_eq!(v["changed"], true, "{v}");
    assert_eq!(snaps(&spec(&name)), vec![("s1".to_string(), true)]);
    assert!(rbd_ok(&["info", &format!("{}@s1", spec(&name))]).contains("protected: True"));

    let clone = unique("snapc");
    g.add("rbd", &clone);
    vol_ok(&["create", &clone, "--from-snapshot", &format!("{name}@s1")]);
    assert_eq!(rbd_parent(&spec(&clone)), Some(format!("rbd/{name}@s1")));

    let e = err_json(&vol(&["snapshot", "rm", &name, "s1"]), 5, "snapshot rm with a clone");
    assert!(e["error"]["message"].as_str().unwrap().contains(&format!("rbd/{clone}")), "{e}");
    assert_eq!(snaps(&spec(&name)), vec![("s1".to_string(), true)]);

    let v = vol_ok(&["snapshot", "rm", &name, "s1", "--flatten-children"]);
    assert_eq!(v["changed"], true, "{v}");
    assert_eq!(rbd_parent(&spec(&clone)), None, "the clone must be flattened");
    assert!(snaps(&spec(&name)).is_empty());
}

#[test]
fn clone_data_survives_flatten_and_parent_removal() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let data = random_bytes(40, 3 * MIB as usize + 123);
    let src = write_file(dir.path(), "src", &data);
    let root = unique("dataroot");
    let clone = unique("dataclone");
    g.add("rbd", &root);
    g.add("rbd", &clone);
    let v = vol_ok(&["import", s(&src), &root]);
    assert_eq!(v["size"], data.len() as u64, "{v}");
    vol_ok(&["clone", &root, &clone]);
    assert!(rbd_parent(&spec(&clone)).is_some());

    let export = |tag: &str| {
        let f = dir.path().join(tag);
        vol_ok(&["export", &clone, s(&f)]);
        read(&f)
    };
    assert_same_bytes(&export("clone"), &data, "the clone");
    let v = vol_ok(&["flatten", &clone]);
    assert_eq!(v["changed"], true, "{v}");
    assert_eq!(rbd_parent(&spec(&clone)), None);
    assert_same_bytes(&export("flattened"), &data, "the flattened clone");
    assert!(!snap_names(&spec(&root)).contains(&format!("{clone}.clone_snap")), "flatten must drop the clone snapshot");
    vol_ok(&["rm", &root]);
    assert!(!image_exists("rbd", &root) && !image_exists("rbd", &format!("{root}.deleted")));
    assert_same_bytes(&export("orphan"), &data, "the clone after its parent is gone");
}

#[test]
fn extend_grows_and_shrinks_only_when_asked() {
    let mut g = Guard::new();
    let name = unique("extend");
    g.add("rbd", &name);
    vol_ok(&["create", &name, "--size", "1G"]);
    let v = vol_ok(&["extend", &name, "2G"]);
    assert_eq!(v["size"], 2 * GIB, "{v}");
    assert_eq!(rbd_size(&spec(&name)), 2 * GIB);
    let e = err_json(&vol(&["extend", &name, "1G"]), 2, "shrink without --allow-shrink");
    assert_eq!(e["error"]["kind"], "invalid_input");
    assert_eq!(rbd_size(&spec(&name)), 2 * GIB);
    vol_ok(&["extend", &name, "1G", "--allow-shrink"]);
    assert_eq!(rbd_size(&spec(&name)), GIB);
}

#[test]
fn connection_info_is_cinders() {
    let mut g = Guard::new();
    let c = cluster();
    let name = small_volume(&mut g, "conn");
    let v = ok_json(&run(["volume", "connection-info", &name, "--format", "json"]), "connection-info");
    assert_eq!(v["driver_volume_type"], "rbd", "{v}");
    let d = &v["data"];
    assert_eq!(d["name"], format!("rbd/{name}"), "{v}");
    assert_eq!(d["hosts"], json!(["127.0.0.1"]), "{v}");
    assert_eq!(d["ports"], json!([c.mon_port.to_string()]), "{v}");
    assert_eq!(d["secret_uuid"], c.fsid.as_str(), "{v}");
    assert_eq!(d["auth_enabled"], false, "{v}");
}

#[test]
fn create_from_an_uploaded_image() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let id = unique("fromimg");
    g.add("images", &id);
    let data = random_bytes(41, 2 * MIB as usize + 999);
    let f = write_file(dir.path(), "img", &data);
    let up =
        ok_json(&run(["image", "upload", s(&f), "--id", &id, "--chunk-size", "4MiB", "--format", "json"]), "upload");
    let location = up["location"].as_str().unwrap();

    let cow = unique("fromimg-cow");
    g.add("rbd", &cow);
    let v = ok_json(
        &run(["volume", "create", &cow, "--from-image", location, "--format", "json"]),
        "create --from-image location",
    );
    assert_eq!(v["method"], "cow-clone", "{v}");
    assert_eq!(rbd_parent(&spec(&cow)), Some(format!("images/{id}@snap")));

    let copy = unique("fromimg-copy");
    g.add("rbd", &copy);
    let v = vol_ok(&["create", &copy, "--from-image", &format!("rbd://{id}")]);
    assert_eq!(v["method"], "copy", "{v}");
    assert_eq!(rbd_parent(&spec(&copy)), None);
    let out = dir.path().join("copy");
    vol_ok(&["export", &copy, s(&out)]);
    assert_same_bytes(&read(&out), &data, "the copied volume");
    let out = dir.path().join("cow");
    vol_ok(&["export", &cow, s(&out)]);
    assert_same_bytes(&read(&out), &data, "the cloned volume");
}

/// Found by running scripts/demo: a Glance image uploaded with the default 8 MiB chunk
/// could not be cloned into a volume (default 4 MiB objects): librbd refuses a clone
/// whose object size differs from its parent's (EINVAL), and rbdctl passed the volume's.
/// A clone now inherits its parent's object size, as Cinder's always did.
#[test]
fn clone_from_an_image_with_another_object_size() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let id = unique("img8m");
    g.add("images", &id);
    let data = random_bytes(43, 3 * MIB as usize + 5);
    let f = write_file(dir.path(), "img", &data);
    let up = ok_json(
        &run(["image", "upload", s(&f), "--id", &id, "--format", "json"]),
        "upload with the default 8 MiB chunk",
    );
    let vol = unique("img8m-vol");
    g.add("rbd", &vol);
    let v = vol_ok(&["create", &vol, "--from-image", up["location"].as_str().unwrap(), "--size", "1G"]);
    assert_eq!(v["method"], "cow-clone", "{v}");
    let info = rbd_json(&["info", &spec(&vol)]);
    assert_eq!(info["order"], 23, "the clone keeps its parent's 8 MiB objects: {info}");
    assert_eq!(info["size"], 1u64 << 30, "{info}");
    let out = dir.path().join("vol");
    vol_ok(&["export", &vol, s(&out)]);
    assert_same_bytes(&read(&out)[..data.len()], &data, "the clone's data");
}

#[test]
fn import_export_round_trip_and_stats() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let name = unique("impexp");
    g.add("rbd", &name);
    let data = random_bytes(42, 5 * MIB as usize + 17);
    let src = write_file(dir.path(), "src", &data);
    let v = vol_ok(&["import", s(&src), &name]);
    assert_eq!(v["method"], "import", "{v}");
    assert_eq!(rbd_size(&spec(&name)), data.len() as u64);
    let out = dir.path().join("out");
    let v = vol_ok(&["export", &name, s(&out)]);
    assert_eq!(v["size"], data.len() as u64, "{v}");
    assert_same_bytes(&read(&out), &data, "import then export");

    let st = ok_json(&run(["volume", "stats", "--format", "json"]), "volume stats");
    assert!(st["total_capacity_gb"].as_f64().is_some_and(|t| t > 0.0), "{st}");
    assert_eq!(st["pool"], "rbd", "{st}");
}

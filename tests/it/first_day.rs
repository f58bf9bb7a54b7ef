//! Issue 11, "first day with rbdctl": one regression test per defect a new operator hit
//! (items 1, 2, 3, 6, 7, 8, 13 and 14 here), each named after its item and checked
//! against the real tools (`rbd`, `ceph`), not only rbdctl's own word.

use crate::harness::*;
use std::process::Stdio;
use std::time::Duration;

const MIB: u64 = 1 << 20;

fn img(args: &[&str]) -> std::process::Output {
    let mut a = vec!["image"];
    a.extend(args);
    a.extend(["--format", "json"]);
    run(a)
}

fn vol(args: &[&str]) -> std::process::Output {
    let mut a = vec!["volume"];
    a.extend(args);
    a.extend(["--format", "json"]);
    run(a)
}

fn fsid() -> String {
    String::from_utf8(ceph(&["fsid"]).stdout).unwrap().trim().to_string()
}

/// `rbd export SPEC -` : the bytes the real tool reads.
fn rbd_export(spec: &str) -> Vec<u8> {
    let out = cluster().tool("rbd").args(["export", "--no-progress", spec, "-"]).output();
    assert!(out.status.success(), "rbd export {spec}\n{}", describe(&out));
    out.stdout
}

/// An image made the way another tool makes it: `rbd import`, no snapshot.
fn rbd_import(g: &mut Guard, dir: &std::path::Path, pool: &str, prefix: &str, data: &[u8]) -> String {
    let name = unique(prefix);
    g.add(pool, &name);
    let f = write_file(dir, &name, data);
    rbd_ok(&["import", "--no-progress", s(&f), &format!("{pool}/{name}")]);
    name
}

fn trash_names(pool: &str) -> Vec<String> {
    rbd_json(&["trash", "ls", "--all", pool])
        .as_array()
        .expect("trash ls array")
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------
// Item 1: a FIFO source is opened once
// ---------------------------------------------------------------------------------------

#[test]
fn item01_fifo_source_is_opened_once_and_uploaded_whole() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let data = random_bytes(1101, (12 * MIB + 4321) as usize);
    let src = write_file(dir.path(), "disk.raw", &data);
    for (verb, pool) in [("image", "images"), ("volume", "rbd")] {
        let fifo = dir.path().join(format!("fifo-{verb}"));
        let mk = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
        assert!(mk.success(), "mkfifo failed");
        let name = unique("fifo");
        g.add(pool, &name);
        // The writer blocks until a reader opens the FIFO, and dies of SIGPIPE if that
        // reader closes it and opens it again (the defect).
        let mut writer = Cmd::new("sh");
        writer.args(["-c", &format!("cat '{}' > '{}'", s(&src), s(&fifo))]);
        let writer = writer.spawn(Stdio::null());
        let out = match verb {
            "image" => rbdctl()
                .args(["image", "upload", s(&fifo), "--id", &name, "--format", "json"])
                .deadline(Duration::from_secs(90))
                .output(),
            _ => rbdctl()
                .args(["volume", "import", s(&fifo), &name, "--format", "json"])
                .deadline(Duration::from_secs(90))
                .output(),
        };
        let w = writer.wait(Duration::from_secs(30));
        let v = ok_json(&out, &format!("{verb} from a FIFO"));
        assert!(w.status.success(), "the FIFO's writer failed (SIGPIPE?): {}\n{v}", describe(&w));
        let spec = if verb == "image" { format!("{pool}/{name}@snap") } else { format!("{pool}/{name}") };
        assert_same_bytes(&rbd_export(&spec), &data, &format!("rbd export {spec} after a FIFO {verb}"));
        if verb == "image" {
            assert_eq!(v["checksum"], md5_hex(&data), "{v}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Item 2: --from-image with an unprotected snapshot is copied, and says why
// ---------------------------------------------------------------------------------------

#[test]
fn item02_unprotected_source_snapshot_is_copied_with_the_reason() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let data = random_bytes(1102, (6 * MIB) as usize);
    let image = rbd_import(&mut g, dir.path(), "images", "unprot", &data);
    rbd_ok(&["snap", "create", &format!("images/{image}@snap")]);
    let loc = format!("rbd://{}/images/{image}/snap", fsid());
    let name = unique("from-unprot");
    g.add("rbd", &name);
    let v = ok_json(&vol(&["create", &name, "--from-image", &loc]), "create from an unprotected snapshot");
    assert_eq!(v["method"], "copy", "{v}");
    let reason = v["reason"].as_str().unwrap_or_default();
    assert!(
        reason.contains("not protected") && reason.contains(&format!("rbd snap protect images/{image}@snap")),
        "the reason must name the cause and the fix: {v}"
    );
    assert_eq!(rbd_parent(&format!("rbd/{name}")), None, "a copy has no parent");
    assert_same_bytes(&rbd_export(&format!("rbd/{name}")), &data, "the copied volume");
    // The text output says it too, on the line an operator reads.
    let name2 = unique("from-unprot-text");
    g.add("rbd", &name2);
    let out = run(["volume", "create", &name2, "--from-image", &loc]);
    expect_code(&out, 0, "text create");
    assert!(stdout(&out).contains("method: copy (snapshot images/"), "{}", describe(&out));
    // Protected, the next one is a clone.
    rbd_ok(&["snap", "protect", &format!("images/{image}@snap")]);
    let name3 = unique("from-prot");
    g.add("rbd", &name3);
    let v = ok_json(&vol(&["create", &name3, "--from-image", &loc]), "create from the protected snapshot");
    assert_eq!(v["method"], "cow-clone", "{v}");
    assert_eq!(rbd_parent(&format!("rbd/{name3}")), Some(format!("images/{image}@snap")));
}

// ---------------------------------------------------------------------------------------
// Item 3: images made by other tools are reported as they are
// ---------------------------------------------------------------------------------------

#[test]
fn item03_images_made_by_other_tools_are_reported_as_they_are() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let data = random_bytes(1103, (5 * MIB) as usize);

    // `rbd import`, no snapshot: no location, and download says so instead of reading the head.
    let bare = rbd_import(&mut g, dir.path(), "images", "nosnap", &data);
    let v = ok_json(&img(&["info", &bare]), "info of an rbd import");
    assert!(v["location"].is_null(), "a location of a snapshot that doesn't exist: {v}");
    assert_eq!(v["snapshot_count"], 0, "{v}");
    let text = stdout(&run(["image", "info", &bare]));
    assert!(text.contains("location     none") && !text.contains("/snap"), "{text}");
    let out_file = dir.path().join("bare.out");
    let e = err_json(&img(&["download", &bare, "-o", s(&out_file)]), 3, "download of an image without snap");
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains("has no snapshots") && msg.contains("rbd snap create"), "{msg}");
    assert!(!out_file.exists(), "a failed download left {}", out_file.display());

    // A protected snapshot `base` with a clone: ls and info show them; download asks for --snap.
    let based = rbd_import(&mut g, dir.path(), "images", "based", &data);
    let base = format!("images/{based}@base");
    rbd_ok(&["snap", "create", &base]);
    rbd_ok(&["snap", "protect", &base]);
    let clone = unique("based-clone");
    g.add("rbd", &clone);
    rbd_ok(&["clone", &base, &format!("rbd/{clone}")]);
    // The head moves on after the snapshot: reading it would give other bytes.
    rbd_ok(&["resize", "--no-progress", "--size", "7M", &format!("images/{based}")]);

    let ls = ok_json(&img(&["ls"]), "image ls");
    let entry = ls["images"].as_array().unwrap().iter().find(|e| e["name"] == based.as_str()).expect("listed").clone();
    assert_eq!(entry["protected"], true, "{entry}");
    assert_eq!(entry["children"], 1, "{entry}");
    assert_eq!(entry["snapshots"], serde_json::json!([{"name": "base", "protected": true, "children": 1}]));
    let text = stdout(&run(["image", "ls"]));
    let row = text.lines().find(|l| l.starts_with(&based)).expect("text row");
    assert!(row.contains("base") && row.contains("yes"), "{row}");

    let info = ok_json(&img(&["info", &based]), "info without --snap");
    assert!(info["location"].is_null(), "{info}");
    let text = stdout(&run(["image", "info", &based]));
    assert!(text.contains("no snapshot \"snap\"; it has base: see --snap"), "{text}");
    let info = ok_json(&img(&["info", &based, "--snap", "base"]), "info --snap base");
    assert_eq!(info["location"], format!("rbd://{}/images/{based}/base", fsid()), "{info}");
    assert_eq!(info["children"], serde_json::json!([format!("rbd/{clone}")]), "{info}");
    err_json(&img(&["info", &based, "--snap", "nope"]), 3, "info --snap of a missing snapshot");

    let e = err_json(&img(&["download", &based, "-o", s(&out_file)]), 3, "download without --snap");
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains("base") && msg.contains("--snap"), "must name the snapshots there are: {msg}");
    assert!(!out_file.exists());
    let v = ok_json(&img(&["download", &based, "--snap", "base", "-o", s(&out_file)]), "download --snap base");
    assert_eq!(v["snapshot"], "base", "{v}");
    assert_same_bytes(&read(&out_file), &rbd_export(&base), "download --snap base vs rbd export");
    assert_same_bytes(&read(&out_file), &data, "download --snap base vs the imported file");
    // A location naming another snapshot than --snap is refused before anything.
    let loc = format!("rbd://{}/images/{based}/base", fsid());
    err_json(&img(&["info", &loc, "--snap", "other"]), 2, "location and --snap disagree");
    // rm by id names the snapshot with --snap; the clone still holds it.
    let e = err_json(&img(&["rm", &based, "--snap", "base"]), 5, "rm of a snapshot with a clone");
    assert!(e["error"]["message"].as_str().unwrap().contains(&clone), "{e}");
    rbd_ok(&["flatten", "--no-progress", &format!("rbd/{clone}")]);
    ok_json(&img(&["rm", &based, "--snap", "base"]), "rm --snap base");
    assert!(!image_exists("images", &based), "rm --snap base left the image");
}

// ---------------------------------------------------------------------------------------
// Item 6: the trash can be listed, restored and purged, by rbdctl and by rbd
// ---------------------------------------------------------------------------------------

#[test]
fn item06_trash_entries_can_be_listed_restored_and_purged() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-trash");
    let p = pool.as_str();
    let v_ok = |args: &[&str], what: &str| {
        let mut a = args.to_vec();
        a.extend(["--pool", p]);
        ok_json(&vol(&a), what)
    };
    let v_err = |args: &[&str], code: i32, what: &str| {
        let mut a = args.to_vec();
        a.extend(["--pool", p]);
        err_json(&vol(&a), code, what)
    };

    // A volume with a protected snapshot: --trash removes the snapshot first, so the
    // entry is one `rbd trash purge` can remove.
    let a = unique("trash-a");
    v_ok(&["create", &a, "--size", "8M"], "create");
    v_ok(&["snapshot", "create", &a, "s1"], "snapshot create");
    let r = v_ok(&["rm", &a, "--trash"], "rm --trash");
    let steps = r["steps"].to_string();
    assert!(steps.contains("unprotect snapshot") && steps.contains("move"), "{r}");
    assert_eq!(trash_names(p), vec![a.clone()], "rbd trash ls after rm --trash");
    assert!(!image_exists(p, &a));
    let ls = v_ok(&["trash", "ls"], "trash ls");
    let entries = ls["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{ls}");
    assert_eq!(entries[0]["name"], a.as_str(), "{ls}");
    assert_eq!(entries[0]["source"], "user", "{ls}");
    let text = stdout(&run(["volume", "trash", "ls", "--pool", p]));
    assert!(text.contains(&a) && text.contains("PURGEABLE FROM"), "{text}");
    rbd_ok(&["trash", "purge", "--no-progress", p]);
    assert!(trash_names(p).is_empty(), "rbd trash purge could not empty the trash: {:?}", trash_names(p));

    // Restore, by name; a second restore over an existing name is refused.
    let b = unique("trash-b");
    v_ok(&["create", &b, "--size", "8M"], "create");
    v_ok(&["snapshot", "create", &b, "s1"], "snapshot create");
    v_ok(&["rm", &b, "--trash"], "rm --trash");
    let r = v_ok(&["trash", "restore", &b], "trash restore");
    assert_eq!(r["changed"], true, "{r}");
    assert!(image_exists(p, &b) && trash_names(p).is_empty(), "restore: {:?}", trash_names(p));
    v_ok(&["snapshot", "create", &b, "s1"], "snapshot create again");
    v_ok(&["rm", &b, "--trash"], "rm --trash again");
    v_ok(&["create", &b, "--size", "8M"], "a new volume under the same name");
    v_err(&["trash", "restore", &b], 4, "restore over an existing volume");
    let r = v_ok(&["trash", "restore", &b, "--name", &format!("{b}-2")], "restore --name");
    assert_eq!(r["volume"], format!("{b}-2"), "{r}");
    assert!(image_exists(p, &format!("{b}-2")));

    // Purge by name (now, whatever the deferment) and all due entries.
    v_ok(&["rm", &b], "rm");
    v_ok(&["snapshot", "create", &format!("{b}-2"), "s2"], "snapshot create");
    v_ok(&["rm", &format!("{b}-2"), "--trash"], "rm --trash");
    let dry = v_ok(&["trash", "purge", "--dry-run"], "purge --dry-run");
    assert_eq!(dry["removed"].as_array().unwrap().len(), 1, "{dry}");
    assert_eq!(trash_names(p).len(), 1, "a dry run removed something");
    let done = v_ok(&["trash", "purge"], "purge");
    assert_eq!(done["changed"], true, "{done}");
    assert!(trash_names(p).is_empty(), "{:?}", trash_names(p));
    v_err(&["trash", "purge", "no-such-entry"], 3, "purge of a missing entry");
    v_err(&["trash", "restore", "no-such-entry"], 3, "restore of a missing entry");

    // A Cinder clone in the trash: purging it cleans up its parent, here renamed
    // `.deleted` while the clone lived, as `volume rm` of the clone would have.
    let (parent, clone) = (unique("trash-parent"), unique("trash-clone"));
    v_ok(&["create", &parent, "--size", "8M"], "create parent");
    v_ok(&["clone", &parent, &clone], "clone");
    v_ok(&["snapshot", "create", &clone, "s1"], "snapshot of the clone");
    v_ok(&["rm", &parent], "rm parent (renamed .deleted)");
    assert!(image_exists(p, &format!("{parent}.deleted")));
    v_ok(&["rm", &clone, "--trash"], "rm --trash of the clone");
    let done = v_ok(&["trash", "purge", &clone], "purge the clone");
    assert!(done["parents_cleaned"].to_string().contains(&format!("remove {p}/{parent}.deleted")), "{done}");
    assert!(rbd_ls(p).iter().all(|n| !n.starts_with(&parent)), "left: {:?}", rbd_ls(p));
    assert!(trash_names(p).is_empty(), "{:?}", trash_names(p));

    // A snapshot with a clone: --trash refuses and changes nothing.
    let c = unique("trash-c");
    v_ok(&["create", &c, "--size", "8M"], "create");
    v_ok(&["snapshot", "create", &c, "s1"], "snapshot create");
    let child = unique("trash-child");
    v_ok(&["create", &child, "--from-snapshot", &format!("{c}@s1")], "clone");
    let e = v_err(&["rm", &c, "--trash"], 5, "rm --trash with a cloned snapshot");
    assert!(e["error"]["message"].as_str().unwrap().contains(&child), "{e}");
    assert!(image_exists(p, &c) && trash_names(p).is_empty(), "a refused --trash changed something");
    assert_eq!(snaps(&format!("{p}/{c}")), vec![("s1".to_string(), true)]);

    // An entry made by `rbd trash mv` with a snapshot: purge says why and how out; then
    // restore, snapshot rm, rm clear it.
    let d = unique("trash-d");
    v_ok(&["create", &d, "--size", "8M"], "create");
    rbd_ok(&["snap", "create", &format!("{p}/{d}@keep")]);
    rbd_ok(&["trash", "mv", &format!("{p}/{d}")]);
    let e = v_err(&["trash", "purge", &d], 5, "purge of an entry with snapshots");
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains("keep") && msg.contains("volume trash restore"), "{msg}");
    v_ok(&["trash", "restore", &d], "restore");
    v_ok(&["snapshot", "rm", &d, "keep"], "snapshot rm");
    v_ok(&["rm", &d], "rm");
    assert!(trash_names(p).is_empty() && !image_exists(p, &d));
}

// ---------------------------------------------------------------------------------------
// Item 7: a --size smaller than the source is one error everywhere
// ---------------------------------------------------------------------------------------

#[test]
fn item07_smaller_size_than_the_source_is_an_error_everywhere() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let src = unique("big-src");
    g.add("rbd", &src);
    ok_json(&vol(&["create", &src, "--size", "16M"]), "create source");
    ok_json(&vol(&["snapshot", "create", &src, "s1"]), "snapshot");
    let data = random_bytes(1107, (16 * MIB) as usize);
    let image = unique("big-img");
    g.add("images", &image);
    ok_json(&img(&["upload", s(&write_file(dir.path(), "f", &data)), "--id", &image]), "upload");
    let loc = format!("rbd://{}/images/{image}/snap", fsid());
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec!["--from-volume".into(), src.clone()], "--from-volume"),
        (vec!["--from-snapshot".into(), format!("{src}@s1")], "--from-snapshot"),
        (vec!["--from-image".into(), loc.clone()], "--from-image (clone)"),
        (vec!["--from-image".into(), format!("rbd://{image}")], "--from-image (copy)"),
    ];
    for (from, what) in cases {
        let name = unique("small");
        g.add("rbd", &name);
        let mut args = vec!["create".to_string(), name.clone(), "--size".into(), "8M".into()];
        args.extend(from);
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let e = err_json(&vol(&a), 2, what);
        let msg = e["error"]["message"].as_str().unwrap();
        assert!(msg.contains("8388608 bytes") && msg.contains("16777216 bytes"), "{what}: both sizes: {msg}");
        assert!(!image_exists("rbd", &name), "{what}: a refused create left {name}");
    }
    // `volume clone --size` follows the same rule.
    let name = unique("small-clone");
    g.add("rbd", &name);
    let e = err_json(&vol(&["clone", &src, &name, "--size", "8M"]), 2, "clone --size smaller");
    assert!(e["error"]["message"].as_str().unwrap().contains("16777216 bytes"), "{e}");
    // Equal or larger is fine, and larger grows it.
    let name = unique("grown");
    g.add("rbd", &name);
    let v = ok_json(&vol(&["create", &name, "--size", "32M", "--from-image", &loc]), "larger from image");
    assert_eq!(v["size"], 32 * MIB, "{v}");
    assert_eq!(rbd_json(&["info", &format!("rbd/{name}")])["size"], 32 * MIB);
}

// ---------------------------------------------------------------------------------------
// Item 8: --object-size on a clone is an error, not silently ignored
// ---------------------------------------------------------------------------------------

#[test]
fn item08_object_size_on_clones_is_refused_with_the_reason() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let src = unique("os-src");
    g.add("rbd", &src);
    ok_json(&vol(&["create", &src, "--size", "8M"]), "create source");
    ok_json(&vol(&["snapshot", "create", &src, "s1"]), "snapshot");
    let image = unique("os-img");
    g.add("images", &image);
    ok_json(&img(&["upload", s(&write_file(dir.path(), "f", &random_bytes(1108, 1 << 20))), "--id", &image]), "up");
    let loc = format!("rbd://{}/images/{image}/snap", fsid());
    for (from, what) in [
        (vec!["--from-snapshot".to_string(), format!("{src}@s1")], "--from-snapshot"),
        (vec!["--from-volume".to_string(), src.clone()], "--from-volume"),
        (vec!["--from-image".to_string(), loc.clone()], "--from-image"),
    ] {
        let name = unique("os");
        g.add("rbd", &name);
        let mut args = vec!["create".to_string(), name.clone(), "--object-size".into(), "1M".into()];
        args.extend(from);
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let e = err_json(&vol(&a), 2, what);
        let msg = e["error"]["message"].as_str().unwrap();
        assert!(msg.contains("keeps its parent's object size") && msg.contains("--object-size"), "{what}: {msg}");
        assert!(!image_exists("rbd", &name), "{what}: left {name}");
    }
    // The parent's own object size is accepted (8 MiB for an upload's default chunk size).
    let name = unique("os-same");
    g.add("rbd", &name);
    ok_json(&vol(&["create", &name, "--object-size", "8M", "--from-image", &loc]), "same object size");
    assert_eq!(rbd_json(&["info", &format!("rbd/{name}")])["object_size"], 8 * MIB);
}

// ---------------------------------------------------------------------------------------
// Item 13: one meaning of depth; the README tour does what it says
// ---------------------------------------------------------------------------------------

#[test]
fn item13_depth_means_clone_depth_in_tree_and_info_and_the_tour_renames() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let image = unique("tour-img");
    g.add("images", &image);
    ok_json(&img(&["upload", s(&write_file(dir.path(), "f", &random_bytes(1113, 1 << 20))), "--id", &image]), "up");
    let loc = format!("rbd://{}/images/{image}/snap", fsid());
    let (vm1, vm2) = (unique("vm1-root"), unique("vm2-root"));
    g.add("rbd", &vm1);
    g.add("rbd", &vm2);
    ok_json(&vol(&["create", &vm1, "--from-image", &loc, "--size", "1G"]), "create from image");
    ok_json(&vol(&["clone", &vm1, &vm2]), "clone");

    let tree = ok_json(&vol(&["tree", &vm2]), "tree");
    fn find<'a>(n: &'a Value, name: &str) -> Option<&'a Value> {
        if n["image"] == name {
            return Some(n);
        }
        n["children"].as_array()?.iter().find_map(|c| find(c, name))
    }
    for name in [&vm1, &vm2] {
        let node = find(&tree["root"], name).unwrap_or_else(|| panic!("{name} not in {tree}"));
        let info = ok_json(&vol(&["info", name]), "info");
        assert_eq!(node["clone_depth"], info["clone_depth"], "{name}: tree and info disagree\n{tree}\n{info}");
    }
    assert_eq!(find(&tree["root"], &vm1).unwrap()["clone_depth"], 0, "{tree}");
    assert_eq!(find(&tree["root"], &vm2).unwrap()["clone_depth"], 1, "{tree}");
    let text = stdout(&run(["volume", "tree", &vm2]));
    assert!(text.contains("clone depth 1") && !text.contains("  depth "), "{text}");

    // The tour's order: vm1-root first (renamed while its clone exists), then vm2-root
    // (removed, and the renamed parent with it).
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let tour_rm = readme.lines().find(|l| l.contains("volume rm vm")).expect("the tour removes volumes");
    let (first, second) = (tour_rm.find("volume rm vm1-root").unwrap(), tour_rm.find("volume rm vm2-root").unwrap());
    assert!(first < second && tour_rm.contains(".deleted"), "the tour's order: {tour_rm}");
    let r = ok_json(&vol(&["rm", &vm1]), "rm vm1 (has a clone)");
    assert!(r["steps"].to_string().contains(&format!("{vm1}.deleted")), "{r}");
    assert!(image_exists("rbd", &format!("{vm1}.deleted")), "{r}");
    ok_json(&vol(&["rm", &vm2]), "rm vm2");
    assert!(!image_exists("rbd", &vm2) && !image_exists("rbd", &format!("{vm1}.deleted")), "{:?}", rbd_ls("rbd"));
}

// ---------------------------------------------------------------------------------------
// Item 14: image rm on a full pool changes nothing and says so
// ---------------------------------------------------------------------------------------

fn pool_full(pool: &str) -> bool {
    let dump = json(&cluster().tool_run("ceph", &["osd", "dump", "--format", "json"]).stdout);
    dump["pools"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["pool_name"] == pool && p["flags_names"].as_str().is_some_and(|f| f.contains("full")))
}

#[test]
fn item14_image_rm_on_a_full_pool_changes_nothing_and_says_so() {
    let c = cluster();
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-fullrm");
    let dir = tempfile::tempdir().unwrap();
    let id = unique("fullrm");
    let f = write_file(dir.path(), "f", &random_bytes(1114, (4 * MIB) as usize));
    ok_json(&c.run(["image", "upload", s(&f), "--id", &id, "--pool", &pool, "--format", "json"]), "upload");
    c.tool_ok("ceph", &["osd", "pool", "set-quota", &pool, "max_bytes", "1048576"]);
    assert!(wait_until(Duration::from_secs(90), || pool_full(&pool)), "pool {pool} was never flagged full");
    let out = c.run(["image", "rm", &id, "--pool", &pool, "--format", "json"]);
    let e = err_json(&out, 7, "image rm on a full pool");
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains("nothing was changed") && msg.contains("quota"), "{msg}");
    let left = snaps(&format!("{pool}/{id}"));
    assert_eq!(left, vec![("snap".to_string(), true)], "image rm on a full pool touched the snapshot");
    // Once there is space again the same command finishes the job.
    c.tool_ok("ceph", &["osd", "pool", "set-quota", &pool, "max_bytes", "0"]);
    assert!(wait_until(Duration::from_secs(90), || !pool_full(&pool)), "pool {pool} stayed full");
    ok_json(&c.run(["image", "rm", &id, "--pool", &pool, "--format", "json"]), "image rm with space");
    assert!(!c.image_exists(&pool, &id));
}

//! What operators do: drive rbdctl from Glance's and Cinder's own config files, ask
//! where a setting came from, re-run a play and expect no changes, and script against
//! the exit codes.

use crate::harness::*;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn glance_conf() -> String {
    s(&fixture("glance-api.conf")).to_string()
}

fn cinder_conf() -> String {
    s(&fixture("cinder.conf")).to_string()
}

fn order_of(spec: &str) -> u64 {
    rbd_json(&["info", spec])["order"].as_u64().expect("order")
}

// ------------------------------------------------------------------ glance-api.conf

#[test]
fn glance_stores_pick_pool_and_chunk_size() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let data = random_bytes(50, 100_000);
    let f = write_file(dir.path(), "img", &data);
    let glance = glance_conf();

    // default_backend = fast: pool images, rbd_store_chunk_size = 4 (MiB) → order 22.
    let id = unique("glance-fast");
    g.add("images", &id);
    let v = ok_json(
        &run(["--glance-config", &glance, "image", "upload", s(&f), "--id", &id, "--format", "json"]),
        "fast store",
    );
    assert_eq!(v["pool"], "images", "{v}");
    assert!(v["location"].as_str().unwrap().contains(&format!("/images/{id}/snap")), "{v}");
    assert_eq!(order_of(&format!("images/{id}")), 22);

    // --store cheap: pool rbd, chunk 16 MiB → order 24.
    let id = unique("glance-cheap");
    g.add("rbd", &id);
    let v = ok_json(
        &run([
            "--glance-config",
            &glance,
            "--store",
            "cheap",
            "image",
            "upload",
            s(&f),
            "--id",
            &id,
            "--format",
            "json",
        ]),
        "cheap store",
    );
    assert_eq!(v["pool"], "rbd", "{v}");
    assert_eq!(order_of(&format!("rbd/{id}")), 24);
    assert!(!image_exists("images", &id));

    // --store files is a file store, not rbd.
    let id = unique("glance-files");
    let e = err_json(
        &run([
            "--glance-config",
            &glance,
            "--store",
            "files",
            "image",
            "upload",
            s(&f),
            "--id",
            &id,
            "--format",
            "json",
        ]),
        2,
        "file store",
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("files"), "{e}");
    assert!(!image_exists("images", &id) && !image_exists("rbd", &id));
}

// ------------------------------------------------------------------ cinder.conf

#[test]
fn cinder_backend_sets_pool_object_size_and_clone_depth() {
    let mut g = Guard::new();
    let cinder = cinder_conf();
    let cv = |args: &[&str]| -> Value {
        let mut a = vec!["--cinder-config", cinder.as_str(), "--backend", "ceph-fast", "volume"];
        a.extend(args);
        a.extend(["--format", "json"]);
        ok_json(&run(&a), &format!("volume {}", args.join(" ")))
    };
    let names: Vec<String> = (0..4).map(|i| unique(&format!("cf{i}"))).collect();
    for n in &names {
        g.add("volumes", n);
    }
    let v = cv(&["create", &names[0], "--size", "8M"]);
    assert_eq!(v["pool"], "volumes", "{v}");
    assert_eq!(order_of(&format!("volumes/{}", names[0])), 22, "rbd_store_chunk_size = 4");
    for i in 1..4 {
        cv(&["clone", &names[i - 1], &names[i]]);
    }
    // rbd_max_clone_depth = 2: depth-1 and depth-2 clones keep their parent; the clone
    // of the depth-2 source is flattened.
    assert_eq!(
        rbd_parent(&format!("volumes/{}", names[1])),
        Some(format!("volumes/{}@{}.clone_snap", names[0], names[1]))
    );
    assert_eq!(
        rbd_parent(&format!("volumes/{}", names[2])),
        Some(format!("volumes/{}@{}.clone_snap", names[1], names[2]))
    );
    assert_eq!(rbd_parent(&format!("volumes/{}", names[3])), None, "depth 3 > rbd_max_clone_depth 2");

    let out = run(["--cinder-config", &cinder, "--backend", "lvm-1", "volume", "ls", "--format", "json"]);
    let e = err_json(&out, 2, "--backend lvm-1");
    assert!(e["error"]["message"].as_str().unwrap().contains("lvm-1"), "{e}");
}

#[test]
fn config_show_names_every_source() {
    let cinder = cinder_conf();
    let out = rbdctl()
        .env("RBDCTL_IMAGE_POOL", "images")
        .args([
            "--cinder-config",
            &cinder,
            "--backend",
            "ceph-fast",
            "--connect-timeout",
            "7",
            "config",
            "show",
            "--format",
            "json",
        ])
        .output();
    let v = ok_json(&out, "config show");
    let rows = v["settings"].as_array().expect("settings");
    let row =
        |name: &str| rows.iter().find(|r| r["name"] == name).unwrap_or_else(|| panic!("no {name} in {v}")).clone();

    let r = row("connect_timeout");
    assert_eq!(r["value"], "7", "{r}");
    assert_eq!(r["source"]["kind"], "flag", "{r}");

    let r = row("image_pool");
    assert_eq!(r["value"], "images", "{r}");
    assert_eq!(r["source"]["kind"], "env", "{r}");
    assert_eq!(r["source"]["var"], "RBDCTL_IMAGE_POOL", "{r}");

    let r = row("volume_pool");
    assert_eq!(r["value"], "volumes", "{r}");
    assert_eq!(r["source"]["kind"], "cinder_config", "{r}");
    assert_eq!(r["source"]["section"], "ceph-fast", "{r}");
    assert_eq!(r["source"]["option"], "rbd_pool", "{r}");
    assert!(r["source"]["path"].as_str().unwrap().ends_with("cinder.conf"), "{r}");

    let r = row("max_clone_depth");
    assert_eq!(r["value"], "2", "{r}");
    assert_eq!(r["source"]["kind"], "cinder_config", "{r}");

    let r = row("conf");
    assert_eq!(r["source"]["kind"], "env", "{r}");
    assert_eq!(r["source"]["var"], "CEPH_CONF", "{r}");

    let r = row("hash");
    assert_eq!(r["source"]["kind"], "default", "{r}");
}

// ------------------------------------------------------------------ idempotence

#[test]
fn playbook_rerun_changes_nothing_it_does_not_have_to() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let vol = unique("play");
    let scratch = unique("play-scratch");
    g.add("rbd", &vol);
    g.add("rbd", &scratch);
    let play = |run_dir: &str| -> Vec<(String, Value)> {
        let outdir = dir.path().join(run_dir);
        let out = cluster()
            .tool("bash")
            .arg(fixture("playbook.sh"))
            .args([s(&outdir), &vol, &scratch])
            .env("RBDCTL", rbdctl_path())
            .output();
        assert!(out.status.success(), "playbook {run_dir}:\n{}", describe(&out));
        let mut docs: Vec<(String, Value)> = std::fs::read_dir(&outdir)
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                (p.file_stem().unwrap().to_string_lossy().into_owned(), json(&read(&p)))
            })
            .collect();
        docs.sort_by_key(|(n, _)| n.split('-').next().unwrap().parse::<u32>().unwrap());
        docs
    };
    let changed = |docs: &[(String, Value)]| -> Vec<(String, bool)> {
        docs.iter()
            .map(|(n, v)| {
                assert_eq!(v["schema_version"], 1, "{n}: {v}");
                (n.clone(), v["changed"].as_bool().unwrap_or_else(|| panic!("{n}: no changed in {v}")))
            })
            .collect()
    };
    let expect =
        |pairs: &[(&str, bool)]| -> Vec<(String, bool)> { pairs.iter().map(|(n, c)| (n.to_string(), *c)).collect() };

    let first = changed(&play("first"));
    assert_eq!(
        first,
        expect(&[
            ("1-create-volume", true),
            ("2-create-snapshot", true),
            ("3-create-scratch", true),
            ("4-rm-scratch", true),
            ("5-rm-scratch-again", false)
        ])
    );
    // Re-run: the converged volume and snapshot are left alone; the scratch volume is
    // genuinely made and removed again; removing a missing volume changes nothing.
    let second = changed(&play("second"));
    assert_eq!(
        second,
        expect(&[
            ("1-create-volume", false),
            ("2-create-snapshot", false),
            ("3-create-scratch", true),
            ("4-rm-scratch", true),
            ("5-rm-scratch-again", false)
        ])
    );
    assert_eq!(snaps(&format!("rbd/{vol}")), vec![("base".to_string(), true)]);
    assert!(!image_exists("rbd", &scratch));
}

// ------------------------------------------------------------------ exit codes

#[test]
fn exit_code_table_is_the_documented_one() {
    let v = ok_json(&run(["exit-codes", "--format", "json"]), "exit-codes");
    let mut codes: Vec<i64> = v["exit_codes"].as_array().unwrap().iter().map(|r| r["code"].as_i64().unwrap()).collect();
    // One row per kind (issue 11 item 12), so a code may have several; these are the codes.
    codes.dedup();
    assert_eq!(codes, vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 130, 143], "{v}");
}

/// An error run: exit `code`, nothing on stdout, one JSON error object on stderr.
#[track_caller]
fn expect_error(out: &std::process::Output, code: i32, kind: &str) -> Value {
    let e = err_json(out, code, kind);
    assert_eq!(e["error"]["kind"], kind, "{e}");
    assert!(out.stdout.is_empty(), "errors must leave stdout empty:\n{}", describe(out));
    assert_eq!(stderr(out).trim_end().lines().count(), 1, "one error line expected:\n{}", describe(out));
    e
}

#[test]
fn exit_0_ok() {
    let out = run(["mon", "addrs", "--format", "json"]);
    let v = ok_json(&out, "mon addrs");
    assert!(v["fsid"].is_string());
    assert!(out.stderr.is_empty(), "{}", describe(&out));
}

#[test]
fn exit_2_invalid_input() {
    let name = unique("x2");
    expect_error(&run(["volume", "create", &name, "--size", "abc", "--format", "json"]), 2, "invalid_input");
    assert!(!image_exists("rbd", &name));
}

#[test]
fn exit_3_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("out");
    let e =
        expect_error(&run(["image", "download", &unique("missing"), "-o", s(&f), "--format", "json"]), 3, "not_found");
    assert!(e["error"]["message"].as_str().unwrap().contains("images/"), "{e}");
    assert!(!f.exists());
}

#[test]
fn exit_4_already_exists() {
    let mut g = Guard::new();
    let name = unique("x4");
    g.add("rbd", &name);
    ok_json(&run(["volume", "create", &name, "--size", "8M", "--format", "json"]), "create");
    expect_error(&run(["volume", "create", &name, "--size", "8M", "--format", "json"]), 4, "already_exists");
}

#[test]
fn exit_5_in_use() {
    let mut g = Guard::new();
    let name = unique("x5");
    g.add("rbd", &name);
    ok_json(&run(["volume", "create", &name, "--size", "8M", "--format", "json"]), "create");
    ok_json(&run(["volume", "snapshot", "create", &name, "keep", "--format", "json"]), "snapshot");
    let e = expect_error(&run(["volume", "rm", &name, "--format", "json"]), 5, "has_snapshots");
    assert!(e["error"]["message"].as_str().unwrap().contains("keep"), "{e}");
    assert!(image_exists("rbd", &name));
}

#[test]
fn exit_8_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let conf = write_file(
        dir.path(),
        "dead.conf",
        b"[global]\nmon host = v1:127.0.0.1:1\nms bind ipv6 = false\nauth client required = none\n",
    );
    let e = expect_error(
        &run(["-c", s(&conf), "--connect-timeout", "2", "volume", "ls", "--format", "json"]),
        8,
        "timeout",
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("timed out"), "{e}");
}

#[test]
fn exit_9_checksum_mismatch() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let id = unique("x9");
    g.add("images", &id);
    let f = write_file(dir.path(), "img", &random_bytes(51, 10_000));
    ok_json(&run(["image", "upload", s(&f), "--id", &id, "--format", "json"]), "upload");
    rbd_ok(&["image-meta", "set", &format!("images/{id}"), "rbdctl.checksum.sha512", &"0".repeat(128)]);
    let out = dir.path().join("out");
    let e = expect_error(
        &run(["image", "download", &id, "-o", s(&out), "--verify", "glance", "--format", "json"]),
        9,
        "checksum_mismatch",
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("sha512"), "{e}");
    assert!(!out.exists());
}

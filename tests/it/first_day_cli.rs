//! Issue 11, the shared layers (items 4, 5, 9-12, 15, 16): what a new operator hit in
//! the CLI, the output and the error classes. One test per item, named after it; each
//! checks rbdctl's word against the cluster (`rbd`) where there is one. Items 1-3, 6-8,
//! 13 and 14 are in first_day.rs.

use crate::harness::*;
use std::os::unix::fs::PermissionsExt;
use std::process::{Output, Stdio};
use std::sync::Arc;
use std::time::Duration;

/// Every stderr line of a JSON-mode run is a JSON document; returns them.
#[track_caller]
fn stderr_json_lines(out: &Output, what: &str) -> Vec<serde_json::Value> {
    stderr(out)
        .lines()
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{what}: stderr line is not JSON ({e}): {l:?}\n{}", describe(out)))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Item 4: hints name flags of the command that prints them (the full walk over every
// message is the unit test cli::hints; this is the reported case, end to end).
// ---------------------------------------------------------------------------------------

#[test]
fn item4_has_snapshots_hints_trash_only_where_it_exists() {
    let c = cluster();
    let mut guard = Guard::new();
    let vol = unique("i4-vol");
    guard.add("rbd", &vol);
    let img = unique("i4-img");
    guard.add("images", &img);
    rbd_ok(&["create", "--size", "4M", &format!("rbd/{vol}")]);
    rbd_ok(&["snap", "create", &format!("rbd/{vol}@user1")]);
    rbd_ok(&["create", "--size", "4M", &format!("images/{img}")]);
    rbd_ok(&["snap", "create", &format!("images/{img}@other")]);

    let out = c.run(["volume", "rm", &vol, "--format", "json"]);
    let e = err_json(&out, 5, "volume rm with a user snapshot");
    assert_eq!(e["error"]["kind"], "has_snapshots");
    assert!(e["error"]["message"].as_str().unwrap().contains("--trash"), "volume rm has --trash: {e}");

    let out = c.run(["image", "rm", &img, "--format", "json"]);
    let e = err_json(&out, 5, "image rm with another snapshot");
    assert_eq!(e["error"]["kind"], "has_snapshots");
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(!msg.contains("--trash"), "image rm has no --trash, yet: {msg}");
    let help = stdout(&c.run(["image", "rm", "--help"]));
    assert!(!help.contains("--trash"), "image rm grew --trash; update this test:\n{help}");
}

// ---------------------------------------------------------------------------------------
// Item 5: CEPH_ARGS --id / --user / --name set the client name, as for `rbd`.
// ---------------------------------------------------------------------------------------

#[test]
fn item5_ceph_args_names_the_client_as_for_rbd() {
    let c = cephx();
    let gk = c.keyring("glance");
    let gk = gk.to_str().unwrap();
    let mut guard = Guard::on(cephx());
    let vol = unique("i5");
    guard.add("rbd", &vol);
    for form in [
        format!("--id glance --keyring {gk}"),
        format!("--user glance --keyring {gk}"),
        format!("-n client.glance --keyring {gk}"),
    ] {
        // rbd, with the same CEPH_ARGS: glance may list images but not write pool rbd.
        let rbd = |args: &[&str]| Cmd::new("rbd").conf(&c.conf).env("CEPH_ARGS", &form).args(args).output();
        let ours = |args: &[&str]| c.rbdctl().env("CEPH_ARGS", &form).args(args).output();
        assert!(rbd(&["ls", "images"]).status.success(), "rbd with CEPH_ARGS={form}");
        expect_code(&ours(&["image", "ls", "--format", "json"]), 0, &format!("image ls with CEPH_ARGS={form}"));
        let rbd_create = rbd(&["create", "--size", "4M", &format!("rbd/{vol}")]);
        assert!(!rbd_create.status.success(), "rbd as glance created in rbd: CEPH_ARGS not read as glance?");
        let out = ours(&["volume", "create", &vol, "--size", "4M", "--format", "json"]);
        let e = err_json(&out, 6, &format!("volume create in rbd as glance ({form})"));
        // Item 16 too: the caps hint names the real client, not client.<id>.
        let msg = e["error"]["message"].as_str().unwrap();
        assert!(msg.contains("ceph auth get client.glance"), "{msg}");
        assert!(!c.image_exists("rbd", &vol));

        let show = ok_json(&ours(&["config", "show", "--format", "json"]), "config show");
        let id = show["settings"].as_array().unwrap().iter().find(|r| r["name"] == "id").unwrap().clone();
        assert_eq!(id["value"], "glance", "{id}");
        assert_eq!(id["source"], serde_json::json!({"kind": "env", "var": "CEPH_ARGS"}), "{id}");
        let text = stdout(&ours(&["config", "show"]));
        let row = text.lines().find(|l| l.starts_with("id ")).unwrap();
        assert!(row.contains("glance") && row.ends_with("env CEPH_ARGS"), "{row}");
    }
    // Without it, the same keyring is used as client.admin and refused (the old behaviour).
    let out = c.rbdctl().env("CEPH_ARGS", format!("--keyring {gk}")).args(["image", "ls", "--format", "json"]).output();
    err_json(&out, 6, "glance's key as client.admin");
}

// ---------------------------------------------------------------------------------------
// Item 9: --id after the subcommand.
// ---------------------------------------------------------------------------------------

#[test]
fn item9_client_id_after_the_subcommand_says_where_it_goes() {
    for args in
        [&["image", "ls", "--id", "gl2"][..], &["volume", "ls", "--id=gl2"][..], &["mon", "addrs", "--id", "x"][..]]
    {
        let out = run(args);
        expect_code(&out, 2, &args.join(" "));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("put --id before the subcommand") && err.contains("or use --user"), "{err}");
    }
    // upload's --id is the image id (Glance's contract): parsed, no such error.
    let out = run(["image", "upload", "/nonexistent/f", "--id", "img-1"]);
    assert!(!stderr(&out).contains("put --id before"), "{}", describe(&out));
    // The help does not contradict itself: upload's --id is the image, --user the client.
    let help = stdout(&run(["image", "upload", "--help"]));
    assert!(!help.contains("same as --id"), "{help}");
    let id_line = help.lines().find(|l| l.trim_start().starts_with("--id")).unwrap();
    assert!(id_line.contains("Image id"), "{id_line}");
    let user = help.split("--user <CLIENT>").nth(1).unwrap();
    assert!(user.contains("Client id") && user.contains("rbdctl --id CLIENT COMMAND"), "{help}");
}

// ---------------------------------------------------------------------------------------
// Item 10: one rule per concept.
// ---------------------------------------------------------------------------------------

#[test]
fn item10_one_rule_per_concept_with_the_old_spellings_kept() {
    let c = cluster();
    let dir = tempfile::tempdir().unwrap();
    let mut guard = Guard::new();
    let data = random_bytes(10, 3 << 20);
    let f = write_file(dir.path(), "src", &data);

    // --object-size everywhere; --chunk-size is an alias on upload and volume verbs.
    for (flag, i) in [("--object-size", 0), ("--chunk-size", 1)] {
        let id = unique(&format!("i10-up{i}"));
        guard.add("images", &id);
        ok_json(&c.run(["image", "upload", s(&f), "--id", &id, flag, "1M", "--format", "json"]), flag);
        assert_eq!(rbd_json(&["info", &format!("images/{id}")])["order"], 20, "upload {flag} 1M");
        let vol = unique(&format!("i10-imp{i}"));
        guard.add("rbd", &vol);
        ok_json(&c.run(["volume", "import", s(&f), &vol, flag, "1M", "--queue-depth", "2", "--format", "json"]), flag);
        assert_eq!(rbd_json(&["info", &format!("rbd/{vol}")])["order"], 20, "import {flag} 1M");
    }

    // --size: a bare number is bytes everywhere; a volume's old bare GiB is refused.
    let vol = unique("i10-size");
    guard.add("rbd", &vol);
    ok_json(&c.run(["volume", "create", &vol, "--size", "16777216", "--format", "json"]), "bare bytes");
    assert_eq!(rbd_json(&["info", &format!("rbd/{vol}")])["size"], 16 << 20);
    let out = c.run(["volume", "create", &unique("i10-ten"), "--size", "10"]);
    expect_code(&out, 2, "--size 10 on a volume");
    assert!(stderr(&out).contains("10G for 10 GiB"), "{}", describe(&out));
    let id = unique("i10-exact");
    guard.add("images", &id);
    let out = c.run(["image", "upload", s(&f), "--id", &id, "--size", &data.len().to_string(), "--format", "json"]);
    ok_json(&out, "upload --size in bytes");

    // Output: -o FILE on export as on download; the positional FILE still works.
    let src = unique("i10-exp");
    guard.add("rbd", &src);
    ok_json(&c.run(["volume", "import", s(&f), &src, "--format", "json"]), "import");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    ok_json(&c.run(["volume", "export", &src, "-o", s(&a), "--queue-depth", "4", "--format", "json"]), "export -o");
    ok_json(&c.run(["volume", "export", &src, s(&b), "--format", "json"]), "export FILE");
    assert_same_bytes(&read(&a), &data, "export -o");
    assert_same_bytes(&read(&b), &data, "export FILE");
    expect_code(&c.run(["volume", "export", &src, s(&b), "-o", s(&a), "--force"]), 2, "both spellings at once");
}

// ---------------------------------------------------------------------------------------
// Item 11: JSON mode's stderr is JSON lines only.
// ---------------------------------------------------------------------------------------

#[test]
fn item11_json_mode_stderr_is_json_lines_only() {
    let c = cephx();
    let dir = tempfile::tempdir().unwrap();
    let open = dir.path().join("glance.keyring");
    std::fs::copy(c.keyring("glance"), &open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o644)).unwrap();
    let base = ["--id", "glance", "--keyring", s(&open), "--format", "json"];

    // A world-readable keyring (a warning), -v (logs) and an error: all JSON lines.
    let mut args = base.to_vec();
    args.extend(["-v", "image", "info", "i11-no-such-image"]);
    let out = c.run(&args);
    let lines = stderr_json_lines(&out, "image info, JSON, readable keyring");
    assert!(
        lines.iter().any(|l| l["warning"].as_str().is_some_and(|w| w.contains("readable by every user"))),
        "{lines:?}"
    );
    assert!(lines.iter().any(|l| l["log"].is_string()), "-v logs as JSON: {lines:?}");
    assert_eq!(lines.last().unwrap()["error"]["kind"], "not_found", "{lines:?}");
    expect_code(&out, 3, "image info of a missing image");

    // Success: stdout one document, stderr only JSON lines.
    let mut args = base.to_vec();
    args.extend(["image", "ls"]);
    let out = c.run(&args);
    ok_json(&out, "image ls");
    stderr_json_lines(&out, "image ls, JSON");

    // A config naming no monitor: librados writes "unable to get monitor info from DNS
    // SRV …" straight to stderr; in JSON mode it comes as a JSON warning line instead,
    // and our error object is the last line.
    let empty = tempfile::NamedTempFile::new().unwrap();
    let out = Cmd::rbdctl().args(["--format", "json", "-c", s(empty.path()), "image", "ls"]).output();
    let lines = stderr_json_lines(&out, "image ls with a config naming no monitor");
    assert!(lines.iter().any(|l| l["warning"].as_str().is_some_and(|w| w.contains("DNS SRV"))), "{lines:?}");
    assert_eq!(lines.last().unwrap()["error"]["exit_code"], 2, "{lines:?}");
    // Text mode is left alone: librados' line reaches stderr as it always did.
    let out = Cmd::rbdctl().args(["-c", s(empty.path()), "image", "ls"]).output();
    assert!(stderr(&out).contains("DNS SRV") && stderr(&out).contains("mon_host"), "{}", describe(&out));

    // Usage errors in JSON mode, a group without its subcommand included.
    for args in [&["--format", "json", "image"][..], &["--format", "json", "image", "ls", "--bogus"][..]] {
        let out = run(args);
        let lines = stderr_json_lines(&out, &args.join(" "));
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(lines[0]["error"]["exit_code"], 2);
    }
}

// ---------------------------------------------------------------------------------------
// Item 12: exit codes from one table; local files are invalid input (2).
// ---------------------------------------------------------------------------------------

#[test]
fn item12_exit_codes_come_from_one_table_and_files_are_exit_2() {
    let v = ok_json(&run(["exit-codes", "--format", "json"]), "exit-codes");
    let kinds: Vec<&str> = v["exit_codes"].as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap()).collect();
    for k in
        ["io", "busy", "has_snapshots", "auth_failed", "ceph", "protocol", "internal", "invalid_input", "not_found"]
    {
        assert!(kinds.contains(&k), "exit-codes lacks {k}: {kinds:?}");
    }
    // The README's table is the generated one, word for word.
    let md = stdout(&run(["exit-codes", "--markdown"]));
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains(&md), "README's exit-code table is stale: run scripts/gen\n{md}");
    // --help's summary too.
    let help = stdout(&run(["--help"]));
    assert!(help.contains("5 in_use/busy/has_snapshots"), "{help}");

    let c = cluster();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing");
    let missing_out = dir.path().join("missing-dir/out");
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("missing source file", vec!["image", "upload", s(&missing), "--id", "i12-x"]),
        ("missing ceph.conf", vec!["-c", s(&missing), "image", "ls"]),
        ("missing glance-config", vec!["--glance-config", s(&missing), "image", "ls"]),
        ("missing keyring", vec!["--keyring", s(&missing), "image", "ls"]),
        ("missing output directory", vec!["image", "download", "i12-x", "-o", s(&missing_out)]),
    ];
    for (what, mut args) in cases {
        args.extend(["--format", "json"]);
        let e = err_json(&c.run(&args), 2, what);
        assert_eq!(e["error"]["kind"], "invalid_input", "{what}: {e}");
        assert!(e["error"]["message"].as_str().unwrap().contains("missing"), "{what}: {e}");
    }
}

// ---------------------------------------------------------------------------------------
// Item 15: steps are progress (stderr, hidden by -q); stdout is the result.
// ---------------------------------------------------------------------------------------

#[test]
fn item15_steps_go_to_stderr_and_quiet_hides_them() {
    let c = cluster();
    let mut guard = Guard::new();
    let (src, dst) = (unique("i15-src"), unique("i15-dst"));
    guard.add("rbd", &src);
    guard.add("rbd", &dst);
    let out = c.run(["volume", "create", &src, "--size", "8M"]);
    expect_code(&out, 0, "create");
    assert!(stderr(&out).starts_with(&format!("create rbd/{src} (")), "{}", describe(&out));
    assert!(!stdout(&out).contains("create rbd/"), "{}", describe(&out));

    let out = c.run(["volume", "clone", &src, &dst]);
    expect_code(&out, 0, "clone");
    let clone_lines = stderr(&out).lines().filter(|l| l.starts_with(&format!("clone rbd/{src}"))).count();
    assert_eq!(clone_lines, 1, "the clone step once, on stderr:\n{}", describe(&out));
    assert!(!stdout(&out).contains("clone rbd/"), "steps on stdout:\n{}", describe(&out));
    assert!(!stdout(&out).trim().is_empty(), "no result on stdout:\n{}", describe(&out));

    // --dry-run: the steps are the result, so stdout.
    let out = c.run(["volume", "rm", &dst, "--dry-run"]);
    assert!(stdout(&out).contains(&format!("would remove rbd/{dst}")), "{}", describe(&out));

    let out = c.run(["-q", "volume", "rm", &dst]);
    expect_code(&out, 0, "rm -q");
    assert!(stderr(&out).is_empty(), "-q shows steps:\n{}", describe(&out));
    assert_eq!(stdout(&out).trim(), format!("rbd/{dst}: remove done"), "{}", describe(&out));
    assert!(!c.image_exists("rbd", &dst));

    // image rm: "unprotect snapshot", "remove snapshot" are progress too.
    let dir = tempfile::tempdir().unwrap();
    let f = write_file(dir.path(), "f", &random_bytes(15, 1 << 20));
    let id = unique("i15-img");
    guard.add("images", &id);
    ok_json(&c.run(["image", "upload", s(&f), "--id", &id, "--format", "json"]), "upload");
    let out = c.run(["image", "rm", &id]);
    expect_code(&out, 0, "image rm");
    assert!(stderr(&out).contains("unprotect snapshot"), "{}", describe(&out));
    assert_eq!(stdout(&out).trim(), format!("images/{id}: removed"), "{}", describe(&out));
    assert!(!image_exists("images", &id));
}

// ---------------------------------------------------------------------------------------
// Item 16: the smaller ones that live in the shared layers.
// ---------------------------------------------------------------------------------------

#[test]
fn item16_dev_null_needs_no_force_and_a_missing_keyring_says_so() {
    let c = cluster();
    let dir = tempfile::tempdir().unwrap();
    let mut guard = Guard::new();
    let id = unique("i16-null");
    guard.add("images", &id);
    let f = write_file(dir.path(), "f", &random_bytes(16, 1 << 20));
    ok_json(&c.run(["image", "upload", s(&f), "--id", &id, "--format", "json"]), "upload");
    ok_json(&c.run(["image", "download", &id, "-o", "/dev/null", "--format", "json"]), "download -o /dev/null");
    // A regular file still needs --force.
    err_json(&c.run(["image", "download", &id, "-o", s(&f), "--format", "json"]), 4, "over a file");

    let out = c.run(["--keyring", "/nonexistent/keyring", "image", "ls"]);
    expect_code(&out, 2, "--keyring /nonexistent");
    assert!(stderr(&out).contains("keyring /nonexistent/keyring not found"), "{}", describe(&out));
}

#[test]
fn item16_config_show_does_not_say_unset_ceph_args_came_from_the_env() {
    let show = ok_json(&run(["config", "show", "--format", "json"]), "config show");
    let row = show["settings"].as_array().unwrap().iter().find(|r| r["name"] == "ceph_args").unwrap().clone();
    assert_eq!(row["source"]["kind"], "default", "{row}");
    assert!(row["value"].is_null(), "{row}");
}

#[test]
fn item16_a_closed_pipe_is_quiet_in_json_mode_too() {
    for fmt in ["text", "json"] {
        // The reader is gone before rbdctl writes: its write fails with EPIPE.
        let script = format!(
            "{{ sleep 0.3; exec \"$RBDCTL\" --format {fmt} config show 2>\"$ERR\"; }} | true; echo \"${{PIPESTATUS[0]}}\""
        );
        let err = tempfile::NamedTempFile::new().unwrap();
        let out = Cmd::new("bash").env("RBDCTL", rbdctl_path()).env("ERR", err.path()).args(["-c", &script]).output();
        assert_eq!(stdout(&out).trim(), "0", "{fmt}: exit code of rbdctl on a closed pipe\n{}", describe(&out));
        let msg = std::fs::read_to_string(err.path()).unwrap();
        assert!(msg.is_empty(), "{fmt}: stderr on a closed pipe: {msg}");
    }
}

#[test]
fn item16_flatten_from_snapshot_text_names_the_method() {
    let c = cluster();
    let mut guard = Guard::new();
    let (src, dst) = (unique("i16-fs"), unique("i16-fd"));
    guard.add("rbd", &src);
    guard.add("rbd", &dst);
    expect_code(&c.run(["volume", "create", &src, "--size", "8M"]), 0, "create");
    expect_code(&c.run(["volume", "snapshot", "create", &src, "s1"]), 0, "snapshot");
    let snap = format!("{src}@s1");
    let out = c.run(["volume", "create", &dst, "--from-snapshot", &snap, "--flatten"]);
    expect_code(&out, 0, "create --from-snapshot --flatten");
    assert!(stdout(&out).contains("method: cow-clone+flatten"), "{}", describe(&out));
    expect_code(&c.run(["volume", "rm", &dst]), 0, "rm dst");
    expect_code(&c.run(["volume", "snapshot", "rm", &src, "s1"]), 0, "snapshot rm");
}

#[test]
fn item16_signals_during_import_and_a_second_one_during_upload_say_what_is_left() {
    let c = cluster();
    let mut guard = Guard::new();

    // One SIGINT during import: the partial volume is removed, and the message says so.
    let vol = unique("i16-imp");
    guard.add("rbd", &vol);
    let mut p = c.rbdctl().args(["volume", "import", "-", &vol]).spawn(Stdio::piped());
    let feeder =
        feed_slowly(p.take_stdin(), Arc::new(random_bytes(161, 64 << 20)), 1 << 20, Duration::from_millis(100));
    assert!(
        wait_until(Duration::from_secs(30), || image_exists("rbd", &vol)),
        "import never started:\n{}",
        p.stderr_now()
    );
    std::thread::sleep(Duration::from_millis(300));
    p.signal(libc::SIGINT);
    let out = p.wait(Duration::from_secs(60));
    let _ = feeder.join();
    expect_code(&out, 130, "SIGINT during import");
    assert!(stderr(&out).contains(&format!("the partial volume rbd/{vol} was removed")), "{}", describe(&out));
    assert!(!image_exists("rbd", &vol), "the partial volume is left");

    // Two SIGINTs during upload: exit at once, naming `image gc`, which then clears it.
    // OSD replies are delayed so the first signal's cleanup is still running when the
    // second arrives (two signals sent back to back may be delivered as one: retried).
    let mut seen_second = false;
    for round in 0..3 {
        let id = unique("i16-up");
        guard.add("images", &id);
        let mut p = c
            .rbdctl()
            .env("CEPH_ARGS", "--ms-inject-delay-type osd --ms-inject-delay-max 0.2 --ms-inject-delay-probability 1")
            .args(["image", "upload", "-", "--id", &id, "--hash", "none"])
            .spawn(Stdio::piped());
        let data = Arc::new(random_bytes(162, 64 << 20));
        let feeder = feed_slowly(p.take_stdin(), data, 1 << 20, Duration::from_millis(100));
        // Marked incomplete: from then on `image gc` knows it for an abandoned upload.
        let marked = || c.tool_run("rbd", &["image-meta", "get", &format!("images/{id}"), "rbdctl.incomplete"]);
        let started = wait_until(Duration::from_secs(30), || marked().status.success());
        assert!(started, "upload never started:\n{}", p.stderr_now());
        std::thread::sleep(Duration::from_millis(300));
        p.signal(libc::SIGINT);
        std::thread::sleep(Duration::from_millis(50));
        p.signal(libc::SIGINT);
        let out = p.wait(Duration::from_secs(60));
        drop(feeder);
        expect_code(&out, 130, "two SIGINTs during upload");
        let msg = stderr(&out);
        eprintln!("OUTCOME round {round}, two SIGINTs during upload: {}", msg.trim());
        if !msg.contains("second SIGINT") {
            // The first signal's cleanup won the race: it must then have said so.
            assert!(msg.contains("interrupted by SIGINT") && !image_exists("images", &id), "{msg}");
            continue;
        }
        seen_second = true;
        assert!(msg.contains("rbdctl image gc --pool images"), "{msg}");
        assert!(image_exists("images", &id), "the second SIGINT cleaned up after all? {msg}");
        // The dead client's watch lingers up to 30 s, and gc never touches a watched
        // upload (it may be in flight): run the hint's command until the watch expires.
        let mut gc = c.run(["image", "gc", "--older-than", "0"]);
        let gone = wait_until(Duration::from_secs(45), || {
            gc = c.run(["image", "gc", "--older-than", "0"]);
            expect_code(&gc, 0, "image gc");
            !image_exists("images", &id)
        });
        assert!(gone, "image gc left the abandoned upload {id}:\n{}", describe(&gc));
        break;
    }
    assert!(seen_second, "the second SIGINT never arrived before the cleanup ended");
}

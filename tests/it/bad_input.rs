//! Bad input, table-driven: every malformed name, size, chunk size, location, source,
//! output, stream length, pool, conf file and store/backend selector gives its
//! documented exit code, a message naming the problem, exactly one `rbdctl:` line on
//! stderr (text mode) or one JSON error object (JSON mode), nothing on stdout, and
//! creates nothing in the cluster.
//!
//! Also the regression tests for what the fuzz targets in `fuzz/` found (see the end).

use crate::harness::*;
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::path::Path;

/// One row of the table.
struct Case {
    what: String,
    args: Vec<OsString>,
    stdin: Option<Vec<u8>>,
    code: i32,
    /// Every one of these must appear in the message.
    msg: Vec<String>,
}

fn os(s: impl AsRef<str>) -> OsString {
    OsString::from(s.as_ref())
}

fn case(what: impl Into<String>, args: Vec<OsString>, code: i32, msg: &[&str]) -> Case {
    Case { what: what.into(), args, stdin: None, code, msg: msg.iter().map(|s| s.to_string()).collect() }
}

fn strs(v: &[&str]) -> Vec<OsString> {
    v.iter().map(os).collect()
}

/// Image names in a pool, per `rbd ls`.
fn ls_set(pool: &str) -> BTreeSet<String> {
    rbd_ls(pool).into_iter().collect()
}

/// Whether `name` is another test's `unique()` name (`prefix-<pid>-<n>-<hex>`, or a
/// volume's `<that>.deleted`) and not derived from this test's `prefix`: such images
/// come and go while other tests (of this process or another) run at the same time,
/// and are none of this test's doing.
fn foreign_unique(name: &str, prefix: &str) -> bool {
    if name.starts_with(prefix) {
        return false;
    }
    let base = name.strip_suffix(".deleted").unwrap_or(name);
    let parts: Vec<&str> = base.rsplitn(4, '-').collect();
    if parts.len() < 4 {
        return false;
    }
    let (hex, n, pid) = (parts[0], parts[1], parts[2]);
    !hex.is_empty()
        && hex.chars().all(|c| c.is_ascii_hexdigit())
        && !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit())
        && pid.parse::<u32>().is_ok()
}

/// Everything listed in `before` xor `after`, without other tests' images.
fn changed(before: &BTreeSet<String>, after: &BTreeSet<String>, prefix: &str) -> Vec<String> {
    before.symmetric_difference(after).filter(|n| !foreign_unique(n, prefix)).cloned().collect()
}

/// A path that exists but cannot be opened for reading, even by root: a write-only
/// sysctl (procfs checks the mode bits for root too). Root can read any chmod 000 file,
/// so that is not a way to get "unreadable" here.
fn unreadable_path() -> &'static str {
    const CANDIDATES: &[&str] =
        &["/proc/sys/vm/compact_memory", "/proc/sys/vm/drop_caches", "/proc/sys/net/ipv4/route/flush"];
    CANDIDATES
        .iter()
        .copied()
        .find(|p| Path::new(p).exists() && std::fs::File::open(p).is_err())
        .unwrap_or_else(|| panic!("none of {CANDIDATES:?} exists and is unreadable here; add a candidate"))
}

fn table(dir: &Path, prefix: &str, fsid: &str) -> Vec<Case> {
    let src = write_file(dir, "src-4k", &random_bytes(7, 4096));
    let src = s(&src).to_string();
    let existing = write_file(dir, "existing-output", b"keep me");
    let existing = s(&existing).to_string();
    let missing_dir_out = format!("{}/no-such-dir/out", s(dir));
    let fresh_out = format!("{}/fresh-out", s(dir));
    // `vol` exists (made by the test); `newvol` and `img` don't.
    let vol = format!("{prefix}-vol");
    let newvol = format!("{prefix}-newvol");
    let img = format!("{prefix}-img");

    let long_name = format!("{prefix}{}", "a".repeat(256 - prefix.len()));
    assert_eq!(long_name.len(), 256);
    let mut non_utf8 = prefix.as_bytes().to_vec();
    non_utf8.extend_from_slice(b"-\xff\xfe");
    let non_utf8 = OsString::from_vec(non_utf8);

    let mut t = vec![];

    // ---- names: image (upload --id, rm, info) and volume (create, clone, rm)
    let bad_names: Vec<(&str, OsString, &str)> = vec![
        ("empty", os(""), "empty"),
        ("with /", os(format!("{prefix}/x")), "'/'"),
        ("with @", os(format!("{prefix}@x")), "'@'"),
        ("256 bytes", os(&long_name), "limit is 255"),
        ("non-UTF-8", non_utf8.clone(), "UTF-8"),
        ("only spaces", os("   "), "white space"),
    ];
    for (label, name, rule) in &bad_names {
        let mut up = strs(&["image", "upload", &src, "--id"]);
        up.push(name.clone());
        t.push(case(format!("image upload --id <{label}>"), up, 2, &["invalid image name", rule]));
        for verb in ["rm", "info"] {
            let mut a = strs(&["image", verb]);
            a.push(name.clone());
            // An empty or all-space target is a bare id; the others too.
            t.push(case(format!("image {verb} <{label}>"), a, 2, &["invalid image name", rule]));
        }
        let mut a = strs(&["volume", "create"]);
        a.push(name.clone());
        a.extend(strs(&["--size", "1G"]));
        t.push(case(format!("volume create <{label}>"), a, 2, &["invalid volume name", rule]));
        let mut a = strs(&["volume", "clone", &vol]);
        a.push(name.clone());
        t.push(case(format!("volume clone SRC <{label}>"), a, 2, &["invalid volume name", rule]));
        let mut a = strs(&["volume", "rm"]);
        a.push(name.clone());
        t.push(case(format!("volume rm <{label}>"), a, 2, &["invalid volume name", rule]));
    }

    // ---- sizes: volume create (bare = GiB), volume extend, image upload --size
    let bad_sizes: &[(&str, &str)] = &[
        ("0", "greater than zero"),
        ("-1", "greater than zero"),
        ("1.5.G", "not a number"),
        ("99999999999999999999", "16 EiB"),
        ("17179869184G", "16 EiB"),
    ];
    for (size, rule) in bad_sizes {
        // `--size=-1`: as a separate word clap would take -1 for a flag.
        t.push(case(
            format!("volume create --size {size}"),
            strs(&["volume", "create", &newvol, &format!("--size={size}")]),
            2,
            &["invalid size", rule],
        ));
        t.push(case(
            format!("volume extend {size}"),
            strs(&["volume", "extend", &vol, "--", size]),
            2,
            &["invalid size", rule],
        ));
        if *size != "0" {
            t.push(case(
                format!("image upload --size {size}"),
                strs(&["image", "upload", &src, "--id", &img, &format!("--size={size}")]),
                2,
                &["invalid size", rule],
            ));
        }
    }
    // `--size 0` on an upload of a 4 KiB file: a mismatch, refused before connecting.
    t.push(case(
        "image upload FILE --size 0",
        strs(&["image", "upload", &src, "--id", &img, "--size", "0"]),
        2,
        &["--size 0", "4096 bytes"],
    ));

    // ---- chunk / object sizes: powers of two between 4 KiB and 32 MiB
    for chunk in ["3MiB", "1KiB", "64MiB"] {
        t.push(case(
            format!("image upload --chunk-size {chunk}"),
            strs(&["image", "upload", &src, "--id", &img, "--chunk-size", chunk]),
            2,
            &["power of two"],
        ));
        t.push(case(
            format!("volume create --object-size {chunk}"),
            strs(&["volume", "create", &newvol, "--size", "1G", "--object-size", chunk]),
            2,
            &["power of two"],
        ));
    }

    // ---- malformed rbd:// locations, for every verb that takes one
    let bad_locations: Vec<(String, &str)> = vec![
        ("rbd://".into(), "empty component"),
        ("rbd:///".into(), "empty component"),
        ("rbd://a/b".into(), "2 components"),
        ("rbd://a/b/c".into(), "3 components"),
        ("rbd://a/b/c/d/e".into(), "5 components"),
        (format!("rbd://{fsid}//{img}/snap"), "empty component"),
        (format!("rbd://{fsid}/images/{img}/"), "empty component"),
        (format!("rbd://{fsid}/images//snap"), "empty component"),
        ("rbd:/x".into(), "must start with rbd://"),
        ("rbd:x".into(), "must start with rbd://"),
        ("RBD://x".into(), "must start with rbd://"),
        ("http://f/images/i/snap".into(), "must start with rbd://"),
        (format!("rbd://%ff/images/{img}/snap"), "UTF-8"),
        (format!("rbd://{fsid}/images/%C3%28/snap"), "UTF-8"),
        (format!("rbd://{fsid}/imägés/{img}/snap"), "non-ASCII"),
        // Well-formed, but another cluster's.
        (format!("rbd://00000000-0000-0000-0000-0000000000ff/images/{img}/snap"), "belongs to cluster"),
    ];
    for (loc, rule) in &bad_locations {
        t.push(case(format!("image download {loc}"), strs(&["image", "download", loc, "-o", &fresh_out]), 2, &[rule]));
        t.push(case(format!("image info {loc}"), strs(&["image", "info", loc]), 2, &[rule]));
        t.push(case(format!("image rm {loc}"), strs(&["image", "rm", loc]), 2, &[rule]));
        // A foreign fsid is not an error for a volume made from an image: it can be
        // copied from that cluster with --source-conf, which the message says.
        let vrule = if *rule == "belongs to cluster" { "--source-conf" } else { rule };
        t.push(case(
            format!("volume create --from-image {loc}"),
            strs(&["volume", "create", &newvol, "--from-image", loc]),
            2,
            &[vrule],
        ));
    }

    // ---- upload sources
    t.push(case(
        "upload source is a directory",
        strs(&["image", "upload", s(dir), "--id", &img]),
        2,
        &["is a directory"],
    ));
    let missing_src = format!("{}/no-such-file", s(dir));
    t.push(case(
        "upload source is missing",
        strs(&["image", "upload", &missing_src, "--id", &img]),
        2,
        &[&missing_src, "No such file"],
    ));
    let unreadable = unreadable_path();
    t.push(case(
        "upload source is unreadable",
        strs(&["image", "upload", unreadable, "--id", &img]),
        6,
        &[unreadable, "Permission denied"],
    ));
    t.push(case("import source is a directory", strs(&["volume", "import", s(dir), &newvol]), 2, &["directory"]));
    t.push(case("import source is missing", strs(&["volume", "import", &missing_src, &newvol]), 2, &["No such file"]));

    // ---- outputs
    t.push(case(
        "download into a missing directory",
        strs(&["image", "download", &img, "-o", &missing_dir_out]),
        2,
        &["no-such-dir", "create it first"],
    ));
    t.push(case(
        "download over an existing file",
        strs(&["image", "download", &img, "-o", &existing]),
        4,
        &[&existing, "--force"],
    ));
    t.push(case("download into a directory", strs(&["image", "download", &img, "-o", s(dir)]), 2, &["is a directory"]));
    t.push(case(
        "export into a missing directory",
        strs(&["volume", "export", &vol, &missing_dir_out]),
        2,
        &["create it first"],
    ));
    t.push(case("export over an existing file", strs(&["volume", "export", &vol, &existing]), 4, &["--force"]));

    // ---- a stream shorter / longer than --size (the image is made, then removed)
    let mut short = case(
        "stdin shorter than --size",
        strs(&["image", "upload", "-", "--id", &format!("{prefix}-short"), "--size", "8192"]),
        2,
        &["shorter than the declared size"],
    );
    short.stdin = Some(random_bytes(1, 4096));
    t.push(short);
    let mut long = case(
        "stdin longer than --size",
        strs(&["image", "upload", "-", "--id", &format!("{prefix}-long"), "--size", "4096"]),
        2,
        &["longer than the declared size"],
    );
    long.stdin = Some(random_bytes(2, 3 * 4096));
    t.push(long);

    // ---- pools that don't exist: exit 3, naming the pool and how to create it
    let nopool = format!("{prefix}-nopool");
    let create_hint = format!("ceph osd pool create {nopool}");
    let pool_msg = format!("pool {nopool} not found");
    t.push(case(
        "upload to a missing pool",
        strs(&["image", "upload", &src, "--id", &img, "--pool", &nopool]),
        3,
        &[&pool_msg, &create_hint],
    ));
    t.push(case(
        "image ls of a missing pool",
        strs(&["image", "ls", "--pool", &nopool]),
        3,
        &[&pool_msg, &create_hint],
    ));
    t.push(case(
        "image gc of a missing pool",
        strs(&["image", "gc", "--pool", &nopool]),
        3,
        &[&pool_msg, &create_hint],
    ));
    t.push(case(
        "volume create in a missing pool",
        strs(&["volume", "create", &newvol, "--size", "1G", "--pool", &nopool]),
        3,
        &[&pool_msg, &create_hint],
    ));
    t.push(case(
        "volume ls of a missing pool",
        strs(&["volume", "ls", "--pool", &nopool]),
        3,
        &[&pool_msg, &create_hint],
    ));

    // ---- ceph.conf: missing (2, a local file: issue 11 item 12), unparsable (2)
    let missing_conf = format!("{}/missing.conf", s(dir));
    let bad_conf = write_file(dir, "bad.conf", b"[global\nmon host = \x01\n[[[\n= =\n");
    for verb in [&["image", "ls"][..], &["volume", "ls"][..], &["mon", "addrs"][..]] {
        let mut a = strs(&["-c", &missing_conf]);
        a.extend(strs(verb));
        t.push(case(format!("{} with a missing conf", verb.join(" ")), a, 2, &["missing.conf", "not found"]));
        let mut a = strs(&["-c", s(&bad_conf)]);
        a.extend(strs(verb));
        t.push(case(format!("{} with an unparsable conf", verb.join(" ")), a, 2, &["bad.conf", "does not parse"]));
    }

    // ---- unknown --store / --backend
    let glance = write_file(
        dir,
        "glance-api.conf",
        b"[DEFAULT]\nenabled_backends = fast:rbd, files:file\n\n[glance_store]\ndefault_backend = fast\n\n[fast]\nrbd_store_pool = images\n\n[files]\nfilesystem_store_datadir = /var/lib/glance/images\n",
    );
    let cinder = write_file(
        dir,
        "cinder.conf",
        b"[DEFAULT]\nenabled_backends = ceph-1\n\n[ceph-1]\nvolume_driver = cinder.volume.drivers.rbd.RBDDriver\nvolume_backend_name = ceph\nrbd_pool = rbd\n",
    );
    t.push(case(
        "unknown --store",
        strs(&["--glance-config", s(&glance), "--store", "nosuch", "image", "ls"]),
        2,
        &["nosuch", "fast"],
    ));
    t.push(case(
        "--store of a non-rbd store",
        strs(&["--glance-config", s(&glance), "--store", "files", "image", "ls"]),
        2,
        &["files"],
    ));
    t.push(case("--store without --glance-config", strs(&["--store", "fast", "image", "ls"]), 2, &["--glance-config"]));
    t.push(case(
        "unknown --backend",
        strs(&["--cinder-config", s(&cinder), "--backend", "nosuch", "volume", "ls"]),
        2,
        &["nosuch", "ceph-1"],
    ));
    t.push(case(
        "--backend without --cinder-config",
        strs(&["--backend", "ceph-1", "volume", "ls"]),
        2,
        &["--cinder-config"],
    ));
    let missing_glance = format!("{}/missing-glance-api.conf", s(dir));
    t.push(case(
        "missing --glance-config",
        strs(&["--glance-config", &missing_glance, "image", "ls"]),
        2,
        &["missing-glance-api.conf"],
    ));

    t
}

/// The checks every row gets, as a list of complaints (empty: the row passed).
fn check(c: &Case, json_mode: bool) -> Vec<String> {
    let mut cmd = rbdctl();
    if json_mode {
        cmd.args(["--format", "json"]);
    }
    cmd.args(&c.args);
    if let Some(input) = &c.stdin {
        cmd.write_stdin(input.clone());
    }
    let out = cmd.output();
    let mode = if json_mode { "json" } else { "text" };
    let mut bad = vec![];
    let mut complain = |why: String| bad.push(format!("[{}] ({mode}) {why}\n{}", c.what, indent(&describe(&out))));
    match out.status.code() {
        Some(code) if code == c.code => {}
        other => complain(format!("exit {other:?}, want {}", c.code)),
    }
    if !out.stdout.is_empty() {
        complain("wrote to stdout".into());
    }
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    let message = if json_mode {
        match (lines.len(), lines.first().map(|l| serde_json::from_str::<Value>(l))) {
            (1, Some(Ok(v))) => {
                if v["error"]["exit_code"] != c.code {
                    complain(format!("JSON error.exit_code {} != {}", v["error"]["exit_code"], c.code));
                }
                if !v["error"]["kind"].is_string() {
                    complain("JSON error without kind".into());
                }
                v["error"]["message"].as_str().unwrap_or_default().to_string()
            }
            _ => {
                complain("stderr is not exactly one JSON error object".into());
                err.clone()
            }
        }
    } else {
        if lines.len() != 1 || !lines[0].starts_with("rbdctl:") {
            complain(format!("stderr has {} lines; want exactly one, starting with `rbdctl:`", lines.len()));
        }
        err.clone()
    };
    for want in &c.msg {
        if !message.contains(want.as_str()) {
            complain(format!("message lacks {want:?}"));
        }
    }
    // An I/O error's cause is printed once, not repeated by the error chain.
    for cause in ["No such file or directory", "Permission denied", "Is a directory"] {
        if message.matches(cause).count() > 1 {
            complain(format!("message repeats {cause:?}"));
        }
    }
    bad
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}

#[test]
fn bad_input_is_refused_with_its_code_one_message_and_no_side_effect() {
    let c = cluster();
    let dir = tempfile::tempdir().unwrap();
    let prefix = unique("badin");
    // A real volume for the verbs that need a source (clone, extend, export).
    let mut guard = Guard::new();
    let vol = format!("{prefix}-vol");
    guard.add("rbd", &vol);
    rbd_ok(&["create", "--size", "4M", &format!("rbd/{vol}")]);

    let before_images = ls_set("images");
    let before_rbd = ls_set("rbd");
    let cases = table(dir.path(), &prefix, &c.fsid);
    assert!(cases.len() > 100, "the table shrank: {} rows", cases.len());
    let mut failures = vec![];
    for case in &cases {
        failures.extend(check(case, false));
        failures.extend(check(case, true));
    }
    let after_images = ls_set("images");
    let after_rbd = ls_set("rbd");

    let made_images = changed(&before_images, &after_images, &prefix);
    let made_rbd = changed(&before_rbd, &after_rbd, &prefix);
    if !made_images.is_empty() || !made_rbd.is_empty() {
        failures.push(format!("the table changed the pools: images {made_images:?}, rbd {made_rbd:?}"));
    }
    assert_eq!(
        std::fs::read(dir.path().join("existing-output")).unwrap(),
        b"keep me",
        "an existing output file was touched"
    );
    assert!(!dir.path().join("fresh-out").exists(), "a refused download left its output file");
    assert!(
        failures.is_empty(),
        "{} of {} checks failed:\n\n{}",
        failures.len(),
        cases.len() * 2,
        failures.join("\n\n")
    );
}

// ---------------------------------------------------------------------------------------
// Regression tests for what `scripts/fuzz` found. Each is named after what broke.
// ---------------------------------------------------------------------------------------

//! The one harness of rbdctl's end-to-end tests:
//! - [`cluster`]: the throwaway clusters (default, cephx, 3 OSDs), each started once
//!   with `scripts/cluster up --json`;
//! - [`process`]: hermetic `rbdctl` and Ceph CLI commands, run to the end or in the
//!   background;
//! - [`guard`]: the guard that removes what a test made, even when it fails;
//! - here: the real `rbd`/`ceph`/`rados` CLIs on the default cluster for cross-checks,
//!   unique names, test data, and assertions on exit codes and JSON.

mod cluster;
mod guard;
mod process;

pub use cluster::{Cluster, cephx, cluster, three_osd};
pub use guard::Guard;
pub use process::{Cmd, Proc, feed_counted, feed_slowly, rbdctl_path};
pub use serde_json::Value;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// rbdctl against the default cluster.
pub fn rbdctl() -> Cmd {
    cluster().rbdctl()
}

/// rbdctl ARGS against the default cluster; the output whatever the exit code.
pub fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    cluster().run(args)
}

/// The real `ceph` CLI against the default cluster.
pub fn ceph(args: &[&str]) -> Output {
    cluster().tool_run("ceph", args)
}

/// The real `rados` CLI against the default cluster.
pub fn rados(args: &[&str]) -> Output {
    cluster().tool_run("rados", args)
}

/// `rbd ARGS`, which must succeed; its stdout.
#[track_caller]
pub fn rbd_ok(args: &[&str]) -> String {
    cluster().tool_ok("rbd", args)
}

/// `rbd ARGS --format json`, which must succeed; parsed.
#[track_caller]
pub fn rbd_json(args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    json(rbd_ok(&a).as_bytes())
}

/// Image names of a pool, per `rbd ls`.
pub fn rbd_ls(pool: &str) -> Vec<String> {
    cluster().images_in(pool)
}

pub fn image_exists(pool: &str, name: &str) -> bool {
    cluster().image_exists(pool, name)
}

/// Snapshots of an image (`rbd snap ls --format json`): (name, protected).
pub fn snaps(spec: &str) -> Vec<(String, bool)> {
    rbd_json(&["snap", "ls", spec])
        .as_array()
        .expect("snap ls array")
        .iter()
        .map(|s| {
            (s["name"].as_str().unwrap().to_string(), s["protected"].as_str() == Some("true") || s["protected"] == true)
        })
        .collect()
}

/// The parent of `pool/image` per `rbd info --format json`, as `pool/image@snap`.
pub fn rbd_parent(spec: &str) -> Option<String> {
    let info = rbd_json(&["info", spec]);
    let p = info.get("parent")?;
    Some(format!("{}/{}@{}", p["pool"].as_str()?, p["image"].as_str()?, p["snapshot"].as_str()?))
}

/// A unique name: prefix, pid, a counter and the clock's nanoseconds.
pub fn unique(prefix: &str) -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    format!("{prefix}-{}-{n}-{nanos:x}", std::process::id())
}

/// Parse a JSON document; panics with the text when it isn't one.
pub fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out)
        .unwrap_or_else(|e| panic!("not a JSON document ({e}):\n{}", String::from_utf8_lossy(out)))
}

/// stdout, stderr and the exit status, for assertion messages.
pub fn describe(out: &Output) -> String {
    format!(
        "status: {}\n--- stdout\n{}\n--- stderr\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or_else(|| panic!("killed by a signal:\n{}", describe(out)))
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Assert the exit code, showing everything when it differs.
#[track_caller]
pub fn expect_code(out: &Output, want: i32, what: &str) {
    assert_eq!(code(out), want, "{what}: wrong exit code\n{}", describe(out));
}

/// Exit 0 and a JSON document on stdout carrying `schema_version`.
#[track_caller]
pub fn ok_json(out: &Output, what: &str) -> Value {
    expect_code(out, 0, what);
    let v = json(&out.stdout);
    assert_schema_first(&v, what);
    v
}

/// `schema_version` is 1 and comes first (docs/json.md).
#[track_caller]
pub fn assert_schema_first(v: &Value, what: &str) {
    assert_eq!(v["schema_version"], 1, "{what}: no schema_version in {v}");
    let first = v.as_object().and_then(|o| o.keys().next()).map(String::as_str);
    assert_eq!(first, Some("schema_version"), "{what}: schema_version must come first: {v}");
}

/// The JSON error object on stderr (`--format json`), checked for shape and code.
#[track_caller]
pub fn err_json(out: &Output, want: i32, what: &str) -> Value {
    expect_code(out, want, what);
    let text = stderr(out);
    let line = text
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
        .unwrap_or_else(|| panic!("{what}: no JSON error on stderr\n{}", describe(out)));
    let v = json(line.as_bytes());
    assert_schema_first(&v, what);
    assert_eq!(v["error"]["exit_code"], want, "{what}: {v}");
    assert!(v["error"]["kind"].is_string() && v["error"]["message"].is_string(), "{what}: {v}");
    v
}

/// Deterministic pseudo-random bytes (xorshift64*), distinct per seed.
pub fn random_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        out.extend_from_slice(&x.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
    }
    out.truncate(len);
    out
}

pub fn md5_hex(data: &[u8]) -> String {
    use md5::{Digest, Md5};
    Md5::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

pub fn write_file(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, data).expect("write test file");
    p
}

pub fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

/// Compare two byte strings without dumping megabytes into the failure message.
#[track_caller]
pub fn assert_same_bytes(got: &[u8], want: &[u8], what: &str) {
    if got == want {
        return;
    }
    let first = got.iter().zip(want).position(|(a, b)| a != b);
    panic!("{what}: bytes differ (got {} bytes, want {}; first difference at {:?})", got.len(), want.len(), first);
}

pub fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// Poll `f` until it is true or `timeout` passes; whether it became true.
pub fn wait_until(timeout: Duration, mut f: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + timeout;
    loop {
        if f() {
            return true;
        }
        if Instant::now() >= end {
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

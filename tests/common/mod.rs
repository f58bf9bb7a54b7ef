//! Shared plumbing for rbdctl's end-to-end tests: the throwaway cluster (started once
//! per test binary with `scripts/cluster up`), a hermetic `rbdctl` command, the real
//! `rbd`/`ceph` CLIs for cross-checks, unique names, and a guard that removes what a
//! test created even when the test fails.
//!
//! Every test binary uses only some of these helpers.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub use serde_json::Value;

/// The running test cluster, as read from its ceph.conf.
#[derive(Debug)]
pub struct Cluster {
    pub conf: PathBuf,
    pub fsid: String,
    /// The monitor's host and (v1) port, from the conf's `mon host` line.
    pub mon_host: String,
    pub mon_port: u16,
    /// An empty HOME for every child process, so no user config applies.
    pub home: PathBuf,
}

static CLUSTER: OnceLock<Cluster> = OnceLock::new();

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The cluster, started (or reused) once per test binary. Panics, never skips, when it
/// can't be had: these tests are the contract and must not pass vacuously.
pub fn cluster() -> &'static Cluster {
    CLUSTER.get_or_init(|| {
        let script = manifest_dir().join("scripts/cluster");
        let how = "run `scripts/deps` (once) and then `scripts/cluster up`, and check its output";
        let out = StdCommand::new("bash")
            .arg(&script)
            .arg("up")
            .current_dir(manifest_dir())
            .env_remove("CEPH_ARGS")
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run `bash {} up`: {e}; {how}", script.display()));
        let stdout = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() {
            panic!(
                "`scripts/cluster up` failed ({}); {how}\n--- stdout\n{stdout}\n--- stderr\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let conf = stdout
            .lines()
            .find_map(|l| l.trim().strip_prefix("export CEPH_CONF="))
            .map(|v| PathBuf::from(v.trim().trim_matches('\'').trim_matches('"')))
            .unwrap_or_else(|| {
                panic!("`scripts/cluster up` printed no `export CEPH_CONF=` line; {how}\nstdout:\n{stdout}")
            });
        let text =
            std::fs::read_to_string(&conf).unwrap_or_else(|e| panic!("cannot read {}: {e}; {how}", conf.display()));
        let fsid = conf_value(&text, "fsid").unwrap_or_else(|| panic!("no `fsid =` line in {}", conf.display()));
        let mon = conf_value(&text, "mon host").unwrap_or_else(|| panic!("no `mon host =` line in {}", conf.display()));
        let (mon_host, mon_port) = parse_mon_host(&mon);
        // An empty HOME: no ~/.config/rbdctl/config.toml may apply. (Not removed and
        // recreated: other test binaries may be using it at the same time.)
        let home = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rbdctl-test-home");
        std::fs::create_dir_all(&home).expect("create the test HOME");
        let _ = std::fs::remove_dir_all(home.join(".config"));
        Cluster { conf, fsid, mon_host, mon_port, home }
    })
}

/// `key = value` from a ceph.conf (first match; spaces and underscores are the same).
pub fn conf_value(text: &str, key: &str) -> Option<String> {
    let norm = |s: &str| s.trim().replace('_', " ");
    text.lines().find_map(|l| {
        let l = l.trim();
        if l.starts_with('#') || l.starts_with(';') {
            return None;
        }
        let (k, v) = l.split_once('=')?;
        (norm(k) == norm(key)).then(|| v.trim().to_string())
    })
}

/// `v1:127.0.0.1:46789` (or `[v1:127.0.0.1:46789]`, `127.0.0.1:46789`) → host, port.
pub fn parse_mon_host(s: &str) -> (String, u16) {
    let first = s.split([',', ' ']).find(|p| !p.is_empty()).expect("mon host value");
    let a = first.trim_matches(|c| c == '[' || c == ']');
    let a = a.strip_prefix("v1:").or_else(|| a.strip_prefix("v2:")).unwrap_or(a);
    let a = a.split('/').next().unwrap();
    let (h, p) = a.rsplit_once(':').unwrap_or_else(|| panic!("no port in mon host {s:?}"));
    (h.to_string(), p.parse().unwrap_or_else(|_| panic!("bad port in mon host {s:?}")))
}

fn hermetic(cmd: &mut StdCommand) {
    env_on(cmd, &cluster().conf);
}

/// The hermetic environment, pointed at `conf` (another cluster's, for the cephx and
/// 3-OSD tests): PATH, an empty HOME, CEPH_CONF, the C locale, nothing else.
#[allow(dead_code)] // not every test binary uses every helper
pub fn env_on(cmd: &mut StdCommand, conf: &Path) {
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into()))
        .env("HOME", &cluster().home)
        .env("CEPH_CONF", conf)
        .env("LC_ALL", "C");
}

pub fn rbdctl_path() -> PathBuf {
    assert_cmd::cargo::cargo_bin("rbdctl")
}

/// The rbdctl binary with a hermetic environment: PATH, an empty HOME and the cluster's
/// CEPH_CONF only (no CEPH_ARGS, RUST_LOG, NO_COLOR, RBDCTL_*).
pub fn rbdctl() -> assert_cmd::Command {
    let mut std_cmd = rbdctl_std();
    std_cmd.stdin(Stdio::null());
    let mut cmd = assert_cmd::Command::from_std(std_cmd);
    cmd.timeout(Duration::from_secs(180));
    cmd
}

/// The same, as a std Command (to spawn it and signal it).
pub fn rbdctl_std() -> StdCommand {
    let mut cmd = StdCommand::new(rbdctl_path());
    hermetic(&mut cmd);
    cmd
}

/// Run rbdctl with these arguments; the output whatever the exit code.
pub fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    rbdctl().args(args).output().expect("run rbdctl")
}

/// Run a prepared assert_cmd Command and return its output.
pub fn output(cmd: &mut assert_cmd::Command) -> Output {
    cmd.output().expect("run rbdctl")
}

fn tool(name: &str, args: &[&str]) -> Output {
    let mut cmd = StdCommand::new(name);
    hermetic(&mut cmd);
    cmd.args(args).stdin(Stdio::null()).output().unwrap_or_else(|e| panic!("cannot run {name}: {e} (run scripts/deps)"))
}

/// The real `rbd` CLI against the test cluster.
pub fn rbd(args: &[&str]) -> Output {
    tool("rbd", args)
}

/// The real `ceph` CLI against the test cluster.
pub fn ceph(args: &[&str]) -> Output {
    tool("ceph", args)
}

/// The real `rados` CLI against the test cluster.
pub fn rados(args: &[&str]) -> Output {
    tool("rados", args)
}

/// `rbd ARGS`, which must succeed; its stdout.
pub fn rbd_ok(args: &[&str]) -> String {
    let out = rbd(args);
    assert!(out.status.success(), "rbd {} failed:\n{}", args.join(" "), describe(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `rbd ARGS --format json`, which must succeed; parsed.
pub fn rbd_json(args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let out = rbd(&a);
    assert!(out.status.success(), "rbd {} failed:\n{}", a.join(" "), describe(&out));
    json(&out.stdout)
}

/// Image names of a pool, per `rbd ls`.
pub fn rbd_ls(pool: &str) -> Vec<String> {
    rbd_ok(&["ls", pool]).lines().map(str::to_string).collect()
}

pub fn image_exists(pool: &str, name: &str) -> bool {
    rbd(&["info", &format!("{pool}/{name}")]).status.success()
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

/// Removes the named images on drop, best effort, through `rbd`: every snapshot
/// unprotected and purged, then the image. Names are removed in reverse order of
/// `add` (children before parents), in a few passes so that an image whose clone is
/// removed later in the same pass still goes. `<name>.deleted` (a volume renamed by
/// `volume rm`) is removed too.
pub struct Guard {
    images: Vec<String>,
}

impl Guard {
    pub fn new() -> Guard {
        cluster();
        Guard { images: vec![] }
    }

    /// Track `pool/name`; returns the spec for convenience.
    pub fn add(&mut self, pool: &str, name: &str) -> String {
        let spec = format!("{pool}/{name}");
        self.images.push(spec.clone());
        spec
    }

    fn remove_one(spec: &str) -> bool {
        let out = rbd(&["snap", "ls", spec, "--format", "json"]);
        if !out.status.success() {
            return true; // gone (or never made)
        }
        if let Ok(Value::Array(list)) = serde_json::from_slice::<Value>(&out.stdout) {
            for snap in list {
                if snap["protected"].as_str() == Some("true") {
                    if let Some(n) = snap["name"].as_str() {
                        let _ = rbd(&["snap", "unprotect", &format!("{spec}@{n}")]);
                    }
                }
            }
            let _ = rbd(&["snap", "purge", "--no-progress", spec]);
        }
        rbd(&["rm", "--no-progress", spec]).status.success()
    }
}

impl Default for Guard {
    fn default() -> Self {
        Guard::new()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let mut left: Vec<String> =
            self.images.iter().rev().flat_map(|s| [format!("{s}.deleted"), s.clone()]).collect();
        for _ in 0..3 {
            left.retain(|spec| !Guard::remove_one(spec));
            if left.is_empty() {
                return;
            }
        }
        eprintln!("test guard: could not remove {left:?}");
    }
}

/// The all-zero fsid librados reports before the monmap has arrived.
pub const ZERO_FSID: &str = "00000000-0000-0000-0000-000000000000";

//! The throwaway clusters. Each variant is started (or reused) once per run of the
//! suite with `scripts/cluster up --json [--cephx] [--osds 3]`, whose one JSON object is
//! parsed here and nowhere else. A variant that can't be had fails every test that
//! asks for it, with the script's output: never a skip, since these tests are the
//! contract and must not pass vacuously.
//!
//! The script's RBDCTL_CLUSTER_ROOT and RBDCTL_CLUSTER_PORT_BASE (and the other
//! RBDCTL_CLUSTER_* variables) are passed through, so two copies of the suite can run
//! on one machine without sharing clusters.

use super::process::Cmd;
use super::{describe, stderr, stdout};
use serde::Deserialize;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// auth none, 1 OSD: most tests.
    Default,
    /// cephx, with the users client.admin, client.glance and client.readonly.
    Cephx,
    /// 3 OSDs, size 3, min_size 2: for killing an OSD or pausing them all.
    ThreeOsd,
}

impl Variant {
    const ALL: [Variant; 3] = [Variant::Default, Variant::Cephx, Variant::ThreeOsd];

    /// The arguments that select it in `scripts/cluster`.
    fn args(self) -> &'static [&'static str] {
        match self {
            Variant::Default => &[],
            Variant::Cephx => &["--cephx"],
            Variant::ThreeOsd => &["--osds", "3"],
        }
    }

    fn index(self) -> usize {
        Variant::ALL.iter().position(|v| *v == self).unwrap()
    }
}

/// Keyring paths by user (`admin`, `glance`, `readonly`); empty without cephx.
#[derive(Debug, Default, Deserialize)]
struct Keyrings {
    admin: Option<PathBuf>,
    glance: Option<PathBuf>,
    readonly: Option<PathBuf>,
}

/// What `scripts/cluster up --json` prints.
#[derive(Debug, Deserialize)]
struct Described {
    conf: PathBuf,
    run_dir: PathBuf,
    log_dir: PathBuf,
    fsid: Option<String>,
    mon_host: String,
    mon_port: u16,
    auth: String,
    osds: u32,
    keyrings: Keyrings,
}

/// A running cluster.
#[derive(Debug)]
pub struct Cluster {
    pub variant: Variant,
    pub conf: PathBuf,
    /// Where the daemons' pid files are (`osd.N.pid`).
    pub run_dir: PathBuf,
    pub log_dir: PathBuf,
    pub fsid: String,
    /// The monitor's host and (v1) port.
    pub mon_host: String,
    pub mon_port: u16,
    keyrings: Keyrings,
    lock: Mutex<()>,
}

static CLUSTERS: [OnceLock<Result<Cluster, String>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The variant's cluster, started on first use.
pub fn get(variant: Variant) -> &'static Cluster {
    match CLUSTERS[variant.index()].get_or_init(|| Cluster::start(variant)) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

/// The default cluster (auth none, 1 OSD).
pub fn cluster() -> &'static Cluster {
    get(Variant::Default)
}

/// The cephx cluster.
pub fn cephx() -> &'static Cluster {
    get(Variant::Cephx)
}

/// The 3-OSD cluster. Tests that kill its OSDs or pause them hold [`Cluster::lock`].
pub fn three_osd() -> &'static Cluster {
    get(Variant::ThreeOsd)
}

const HOW: &str = "run `scripts/deps` (once), then `scripts/cluster up`, and check its output";

/// `bash scripts/cluster ARGS`: hermetic, but with the script's own RBDCTL_CLUSTER_*
/// settings; up to 10 minutes (a build waits up to 120 s for health, a lock 300 s).
fn script(args: &[&str]) -> Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Cmd::new("bash");
    cmd.arg(root.join("scripts/cluster")).args(args).deadline(Duration::from_secs(600));
    for (k, v) in std::env::vars_os() {
        if k.to_str().is_some_and(|k| k.starts_with("RBDCTL_CLUSTER_")) {
            cmd.env(k, v);
        }
    }
    cmd.output()
}

impl Cluster {
    fn start(variant: Variant) -> Result<Cluster, String> {
        let c = Cluster::up(variant)?;
        c.setup()?;
        Ok(c)
    }

    /// `scripts/cluster up --json ARGS`, parsed and checked.
    fn up(variant: Variant) -> Result<Cluster, String> {
        let mut args = vec!["up", "--json"];
        args.extend(variant.args());
        let what = format!("`scripts/cluster {}`", args.join(" "));
        let out = script(&args);
        if !out.status.success() {
            return Err(format!("{what} failed; {HOW}\n{}", describe(&out)));
        }
        let d: Described = serde_json::from_slice(&out.stdout)
            .map_err(|e| format!("{what} did not print the expected JSON object ({e}); {HOW}\n{}", describe(&out)))?;
        let (want_auth, want_osds) = match variant {
            Variant::Default => ("none", 1),
            Variant::Cephx => ("cephx", 1),
            Variant::ThreeOsd => ("none", 3),
        };
        if d.auth != want_auth || d.osds != want_osds {
            return Err(format!(
                "{what} describes auth {} with {} OSD(s), want {want_auth} with {want_osds}",
                d.auth, d.osds
            ));
        }
        let fsid = d.fsid.ok_or_else(|| format!("{what} printed no fsid\n{}", stdout(&out)))?;
        let mut must_exist = vec![d.conf.clone(), d.run_dir.clone()];
        if variant == Variant::Cephx {
            for (user, k) in
                [("admin", &d.keyrings.admin), ("glance", &d.keyrings.glance), ("readonly", &d.keyrings.readonly)]
            {
                must_exist
                    .push(k.clone().ok_or_else(|| format!("{what} printed no {user} keyring\n{}", stdout(&out)))?);
            }
        }
        if let Some(p) = must_exist.iter().find(|p| !p.exists()) {
            return Err(format!("{what}: {} does not exist; {HOW}", p.display()));
        }
        Ok(Cluster {
            variant,
            conf: d.conf,
            run_dir: d.run_dir,
            log_dir: d.log_dir,
            fsid,
            mon_host: d.mon_host,
            mon_port: d.mon_port,
            keyrings: d.keyrings,
            lock: Mutex::new(()),
        })
    }

    /// What the variant needs beyond `scripts/cluster`.
    ///
    /// 3 OSDs: a SIGKILLed memstore OSD comes back empty and recovers every PG; with the
    /// default throttles (one backfill, 0.1 s sleep per recovery op: memstore counts as a
    /// hard disk) that takes ~50 s, without them ~5 s. Set in the mon's config database of
    /// this throwaway cluster, so a restarted OSD has them from its start.
    fn setup(&self) -> Result<(), String> {
        if self.variant == Variant::ThreeOsd {
            for (k, val) in [
                ("osd_recovery_sleep", "0"),
                ("osd_recovery_sleep_hdd", "0"),
                ("osd_max_backfills", "16"),
                ("osd_recovery_max_active", "16"),
                ("osd_recovery_max_active_hdd", "16"),
            ] {
                let out = self.tool_run("ceph", &["config", "set", "osd", k, val]);
                if !out.status.success() {
                    return Err(format!("ceph config set osd {k} {val} failed:\n{}", describe(&out)));
                }
            }
        }
        Ok(())
    }

    /// Rebuild a broken cluster (`scripts/cluster up` rebuilds what is not healthy). The
    /// dir, conf and port stay; the fsid changes, so only tests that don't use it may
    /// call this (the 3-OSD fault tests).
    pub fn rebuild(&self) -> Result<(), String> {
        let new = Cluster::up(self.variant)?;
        if new.conf != self.conf {
            return Err(format!("the rebuilt cluster has another conf: {}", new.conf.display()));
        }
        self.setup()
    }

    /// `scripts/cluster status`: every daemon up and every PG active+clean.
    pub fn healthy(&self) -> bool {
        let mut args = vec!["status"];
        args.extend(self.variant.args());
        script(&args).status.success()
    }

    /// Held by a test that hurts the whole cluster (kills an OSD, pauses the OSDs), so
    /// such tests run one at a time whatever order they start in. A panicking holder
    /// poisons the mutex; the next one takes it anyway (and heals the cluster).
    pub fn lock(&self) -> MutexGuard<'_, ()> {
        self.lock.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A user's keyring (`admin`, `glance`, `readonly`) on the cephx cluster.
    pub fn keyring(&self, user: &str) -> PathBuf {
        let k = match user {
            "admin" => &self.keyrings.admin,
            "glance" => &self.keyrings.glance,
            "readonly" => &self.keyrings.readonly,
            _ => &None,
        };
        k.clone().unwrap_or_else(|| panic!("the {:?} cluster has no keyring for {user}", self.variant))
    }

    /// rbdctl against this cluster.
    pub fn rbdctl(&self) -> Cmd {
        let mut c = Cmd::rbdctl();
        c.conf(&self.conf);
        c
    }

    /// rbdctl ARGS against this cluster, run to the end.
    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.rbdctl().args(args).output()
    }

    /// A Ceph CLI (`ceph`, `rbd`, `rados`) or other program against this cluster, as
    /// client.admin.
    pub fn tool(&self, name: &str) -> Cmd {
        let mut c = Cmd::new(name);
        c.conf(&self.conf);
        if let (true, Some(k)) = (matches!(name, "ceph" | "rbd" | "rados"), &self.keyrings.admin) {
            c.args([OsStr::new("--id"), OsStr::new("admin"), OsStr::new("--keyring"), k.as_os_str()]);
        }
        c
    }

    /// `NAME ARGS`; the output whatever the exit code.
    ///
    /// With auth none the `ceph` CLI can ask the monitor for its command descriptions
    /// before the monmap has arrived (a zero fsid), and the monitor answers EPERM
    /// "problem getting command descriptions"; the command itself was never sent, so
    /// that is retried (a few times), here for every test.
    pub fn tool_run(&self, name: &str, args: &[&str]) -> Output {
        let mut out = self.tool(name).args(args).output();
        for _ in 0..5 {
            if name != "ceph" || out.status.success() || !stderr(&out).contains("problem getting command descriptions")
            {
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
            out = self.tool(name).args(args).output();
        }
        out
    }

    /// `NAME ARGS`, which must succeed; its stdout.
    #[track_caller]
    pub fn tool_ok(&self, name: &str, args: &[&str]) -> String {
        let out = self.tool_run(name, args);
        assert!(out.status.success(), "{name} {} failed:\n{}", args.join(" "), describe(&out));
        stdout(&out)
    }

    /// Image names of a pool, per `rbd ls`.
    pub fn images_in(&self, pool: &str) -> Vec<String> {
        self.tool_ok("rbd", &["ls", pool]).lines().map(str::to_string).collect()
    }

    pub fn image_exists(&self, pool: &str, name: &str) -> bool {
        self.tool_run("rbd", &["info", &format!("{pool}/{name}")]).status.success()
    }
}

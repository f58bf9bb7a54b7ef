//! The one guard: whatever a test registers with it is undone on drop, even when the
//! test fails: OSDs paused by the test are unpaused, images removed, pools removed.

use super::cluster::{Cluster, cluster};
use super::describe;
use serde_json::Value;
use std::time::Duration;

/// Undoes, on drop and best effort, what a test made on one cluster:
/// - OSDs paused (`ceph osd unpause`), first, so the rest can proceed;
/// - images, through `rbd`: every snapshot unprotected and purged, then the image.
///   Removed in reverse order of [`Guard::add`] (children before parents), in a few
///   passes so that an image whose clone is removed later in the same pass still goes.
///   `<name>.deleted` (a volume renamed by `volume rm`) is removed too;
/// - pools made by [`Guard::temp_pool`], with everything left in them.
pub struct Guard {
    cluster: &'static Cluster,
    images: Vec<String>,
    pools: Vec<String>,
    unpause: bool,
}

impl Guard {
    /// A guard on the default cluster.
    pub fn new() -> Guard {
        Guard::on(cluster())
    }

    pub fn on(cluster: &'static Cluster) -> Guard {
        Guard { cluster, images: vec![], pools: vec![], unpause: false }
    }

    /// Track image `pool/name`; returns the spec for convenience.
    pub fn add(&mut self, pool: &str, name: &str) -> String {
        let spec = format!("{pool}/{name}");
        self.images.push(spec.clone());
        spec
    }

    /// A new pool of its own (`ceph osd pool create` + `rbd pool init`), named after
    /// `prefix`; removed with everything in it on drop.
    pub fn temp_pool(&mut self, prefix: &str) -> String {
        let c = self.cluster;
        let name = super::unique(prefix);
        c.tool_ok("ceph", &["osd", "pool", "create", &name, "8", "8"]);
        self.pools.push(name.clone());
        // `rbd pool init` needs active PGs; right after the create they may still peer.
        let mut last = None;
        for _ in 0..10 {
            let out = c.tool_run("rbd", &["pool", "init", &name]);
            if out.status.success() {
                return name;
            }
            last = Some(out);
            std::thread::sleep(Duration::from_millis(500));
        }
        panic!("rbd pool init {name} failed:\n{}", describe(&last.unwrap()));
    }

    /// `ceph osd unpause` on drop, whatever happens (register before `ceph osd pause`).
    pub fn unpause_osds(&mut self) {
        self.unpause = true;
    }

    fn remove_image(&self, spec: &str) -> bool {
        let rbd = |args: &[&str]| self.cluster.tool_run("rbd", args);
        let out = rbd(&["snap", "ls", spec, "--format", "json"]);
        if !out.status.success() {
            return true; // gone (or never made)
        }
        if let Ok(Value::Array(list)) = serde_json::from_slice::<Value>(&out.stdout) {
            for snap in list {
                if snap["protected"].as_str() == Some("true")
                    && let Some(n) = snap["name"].as_str()
                {
                    let _ = rbd(&["snap", "unprotect", &format!("{spec}@{n}")]);
                }
            }
            let _ = rbd(&["snap", "purge", "--no-progress", spec]);
        }
        rbd(&["rm", "--no-progress", spec]).status.success()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let c = self.cluster;
        if self.unpause {
            let out = c.tool_run("ceph", &["osd", "unpause"]);
            if !out.status.success() {
                eprintln!("test guard: ceph osd unpause failed:\n{}", describe(&out));
            }
        }
        let mut left: Vec<String> =
            self.images.iter().rev().flat_map(|s| [format!("{s}.deleted"), s.clone()]).collect();
        for _ in 0..3 {
            left.retain(|spec| !self.remove_image(spec));
            if left.is_empty() {
                break;
            }
        }
        if !left.is_empty() {
            eprintln!("test guard: could not remove {left:?}");
        }
        for pool in &self.pools {
            let out = c.tool_run("ceph", &["osd", "pool", "rm", pool, pool, "--yes-i-really-really-mean-it"]);
            if !out.status.success() {
                eprintln!("test guard: could not remove pool {pool}:\n{}", describe(&out));
            }
        }
    }
}

impl Default for Guard {
    fn default() -> Self {
        Guard::new()
    }
}

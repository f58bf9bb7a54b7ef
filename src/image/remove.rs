//! `image rm`: Glance's `_delete_image`: unprotect `snap`, remove it, remove the image.
//!
//! Improved: the clones of `snap` are listed *before* anything changes, so an image in
//! use is an "in use" error naming them and nothing is touched (Glance unprotected
//! first and learnt of the clones from EBUSY). An incomplete upload (no `snap`) is
//! removed too. `--dry-run` returns the same steps without doing them.

use super::Target;
use crate::ceph::Cluster;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::retry::Retry;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct RemoveRequest {
    pub target: Target,
    pub default_pool: String,
    pub if_exists: bool,
    pub dry_run: bool,
    /// Busy (still open elsewhere) is retried this way.
    pub retry: Retry,
}

#[derive(Debug, Serialize)]
pub struct RemoveReport {
    pub pool: String,
    pub image: String,
    /// Each step, e.g. "unprotect snapshot images/abc@snap"; planned only with dry_run.
    pub steps: Vec<String>,
    pub dry_run: bool,
    pub changed: bool,
}

impl Report for RemoveReport {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        if self.steps.is_empty() {
            return writeln!(out, "{}/{}: not found, nothing to do", self.pool, self.image);
        }
        let prefix = if self.dry_run { "would " } else { "" };
        for s in &self.steps {
            writeln!(out, "{prefix}{s}")?;
        }
        Ok(())
    }
}

pub fn remove(cluster: &Cluster, req: &RemoveRequest) -> Result<RemoveReport> {
    let r = req.target.resolve(cluster, &req.default_pool)?;
    let pool = cluster.pool(&r.pool)?;
    let spec = format!("{}/{}", r.pool, r.image);
    let mut report = RemoveReport {
        pool: r.pool.clone(),
        image: r.image.clone(),
        steps: vec![],
        dry_run: req.dry_run,
        changed: false,
    };
    // A bare id means Glance's `snap` (or --snap), a 4-part location its own; the old
    // one-part form names none.
    let snap = r.snapshot.clone();

    let image = match pool.open(&r.image) {
        Ok(i) => i,
        Err(Error::NotFound { .. }) if req.if_exists => return Ok(report),
        Err(e) => return Err(e.with_hint("is the pool right? see --pool; --if-exists makes this a success")),
    };
    let mut steps = vec![];
    if let Some(s) = snap.as_deref().filter(|s| image.snap_exists(s).unwrap_or(false)) {
        let at = pool.open_read_only(&r.image, Some(s))?;
        let children = at.children()?;
        if !children.is_empty() {
            return Err(Error::InUse {
                what: format!("snapshot {spec}@{s}"),
                by: children.iter().map(|c| format!("{}/{}", c.pool, c.image)).collect(),
            });
        }
        drop(at);
        if image.snap_is_protected(s)? {
            steps.push((format!("unprotect snapshot {spec}@{s}"), Step::Unprotect(s.to_string())));
        }
        steps.push((format!("remove snapshot {spec}@{s}"), Step::RemoveSnap(s.to_string())));
    }
    let others: Vec<String> =
        image.snapshots()?.into_iter().map(|s| s.name).filter(|n| Some(n.as_str()) != snap.as_deref()).collect();
    if !others.is_empty() {
        return Err(Error::HasSnapshots { what: format!("image {spec}"), snapshots: others });
    }
    steps.push((format!("remove image {spec}"), Step::RemoveImage));
    report.steps = steps.iter().map(|(d, _)| d.clone()).collect();
    if req.dry_run {
        return Ok(report);
    }
    // On a full pool librbd removes the snapshot and then can't remove the image (its
    // trash entry is a write): check first, so nothing is changed (issue 11, item 14).
    if pool_flagged_full(cluster, &r.pool)? {
        return Err(Error::NoSpace {
            what: format!(
                "pool {} (flagged full, so {spec} can't be removed; nothing was changed: raise its quota or free space, then run this again)",
                r.pool
            ),
        });
    }
    // If it fails anyway (the pool filled meanwhile), say what is left and how to finish.
    let finish = format!("rbdctl image rm {} --pool {}", r.image, r.pool);
    let mut done: Vec<&str> = vec![];
    // Our read-write handle is a watcher: it is closed before the image is removed.
    let mut handle = Some(image);
    for (what, step) in &steps {
        let res = match (step, &handle) {
            (Step::Unprotect(s), Some(image)) => {
                image.snap_unprotect(s).map_err(|e| busy_is_in_use(e, &format!("snapshot {spec}@{s}")))
            }
            (Step::RemoveSnap(s), Some(image)) => image.snap_remove(s),
            (Step::RemoveImage, _) => {
                handle = None;
                crate::retry::remove_image(&pool, &r.image, req.retry, None)
            }
            (_, None) => unreachable!("the image is removed last"),
        };
        if let Err(e) = res {
            return Err(if done.is_empty() { e } else { left_behind(e, &done, &spec, &finish) });
        }
        done.push(what);
    }
    report.changed = true;
    Ok(report)
}

/// Whether the monitors flag `pool` full (quota reached, or the OSDs full). `None`
/// from a client whose caps can't read the OSD map: then there is nothing to check.
fn pool_flagged_full(cluster: &Cluster, pool: &str) -> Result<bool> {
    let dump = crate::lineage::permitted(
        cluster.mon_command_json(serde_json::json!({"prefix": "osd dump", "format": "json"})),
    )?;
    Ok(dump.is_some_and(|d| {
        d["pools"].as_array().is_some_and(|ps| {
            ps.iter().any(|p| p["pool_name"] == pool && p["flags_names"].as_str().is_some_and(|f| f.contains("full")))
        })
    }))
}

/// A removal that stopped part way: the error says which steps were done, what is left,
/// and the command that finishes the job (it picks up where this one stopped).
fn left_behind(mut e: Error, done: &[&str], spec: &str, finish: &str) -> Error {
    let state = format!(
        "; done before it failed: {}; left: image {spec}{}; to finish once the cause is fixed: {finish}",
        done.join(", "),
        if done.iter().any(|d| d.starts_with("remove snapshot")) { " without its snapshot" } else { "" },
    );
    match &mut e {
        Error::NoSpace { what, .. }
        | Error::Timeout { what, .. }
        | Error::Ceph { what, .. }
        | Error::Busy { what, .. }
        | Error::InUse { what, .. }
        | Error::PermissionDenied { what, .. }
        | Error::NotFound { what, .. }
        | Error::Protocol { what, .. }
        | Error::ReadOnly { what, .. } => what.push_str(&state),
        _ => {}
    }
    e
}

enum Step {
    Unprotect(String),
    RemoveSnap(String),
    RemoveImage,
}

/// Glance's rule: unprotect failing with EBUSY means a clone appeared: "in use".
fn busy_is_in_use(e: Error, what: &str) -> Error {
    match e {
        Error::Busy { .. } => Error::InUse { what: what.to_string(), by: vec!["a clone created meanwhile".into()] },
        e => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removal_that_stopped_part_way_says_what_is_left_and_how_to_finish() {
        let e = Error::NoSpace { what: "image images/x".into() };
        let done = ["unprotect snapshot images/x@snap", "remove snapshot images/x@snap"];
        let msg = left_behind(e, &done, "images/x", "rbdctl image rm x --pool images").to_string();
        assert!(msg.contains("done before it failed: unprotect snapshot images/x@snap, remove snapshot"), "{msg}");
        assert!(msg.contains("left: image images/x without its snapshot"), "{msg}");
        assert!(msg.contains("to finish once the cause is fixed: rbdctl image rm x --pool images"), "{msg}");
        assert!(msg.starts_with("no space left"), "the class stays no_space: {msg}");
    }
}

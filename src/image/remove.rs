//! `image rm`: Glance's `_delete_image`: unprotect `snap`, remove it, remove the image.
//!
//! Improved: the clones of `snap` are listed *before* anything changes, so an image in
//! use is an "in use" error naming them and nothing is touched (Glance unprotected
//! first and learnt of the clones from EBUSY). An incomplete upload (no `snap`) is
//! removed too. `--dry-run` returns the same steps without doing them.

use super::{SNAP, Target};
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
        if !self.dry_run {
            // The steps went to stderr (the CLI prints them as progress).
            return writeln!(out, "{}/{}: removed", self.pool, self.image);
        }
        for s in &self.steps {
            writeln!(out, "would {s}")?;
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
    // A bare id or a 4-part location means Glance's `snap`; the old one-part form has none.
    let snap = match &req.target {
        Target::Id { .. } => Some(SNAP.to_string()),
        Target::Location(_) => r.snapshot.clone(),
    };

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
        return Err(Error::HasSnapshots { what: format!("image {spec}"), snapshots: others, hint: None });
    }
    steps.push((format!("remove image {spec}"), Step::RemoveImage));
    report.steps = steps.iter().map(|(d, _)| d.clone()).collect();
    if req.dry_run {
        return Ok(report);
    }
    for (_, step) in &steps {
        match step {
            Step::Unprotect(s) => {
                image.snap_unprotect(s).map_err(|e| busy_is_in_use(e, &format!("snapshot {spec}@{s}")))?
            }
            Step::RemoveSnap(s) => image.snap_remove(s)?,
            Step::RemoveImage => {}
        }
    }
    drop(image);
    crate::retry::remove_image(&pool, &r.image, req.retry, None)?;
    report.changed = true;
    Ok(report)
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

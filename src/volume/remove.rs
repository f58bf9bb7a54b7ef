//! `volume rm` (Cinder's delete_volume and _delete_clone_parent_refs) and
//! `volume snapshot create | rm` (create_snapshot, delete_snapshot).
//!
//! The plan is computed from the cluster's state first (see `rules::delete_decision`),
//! then run or printed. A missing volume is a success, as in Cinder.

use super::clone::parent_link;
use super::plan::Action;
use super::rules::{self, DeleteDecision, SnapView};
use super::{VolumeReport, Volumes};
use crate::error::{Error, Result};

fn snap_views(v: &Volumes<'_>, name: &str) -> Result<Vec<SnapView>> {
    let img = v.open(name)?;
    let mut out = vec![];
    for s in img.snapshots()? {
        let children = v.pool.open_read_only(name, Some(&s.name))?.children()?.len();
        out.push(SnapView { name: s.name, children });
    }
    Ok(out)
}

/// Steps that remove a snapshot, unprotecting it first when it is protected.
fn drop_snapshot(v: &Volumes<'_>, image: &str, snap: &str) -> Result<Vec<Action>> {
    let protected = v.pool.open_read_only(image, None)?.snap_is_protected(snap)?;
    let mut steps = vec![];
    if protected {
        steps.push(Action::Unprotect { image: image.into(), snap: snap.into() });
    }
    steps.push(Action::RemoveSnap { image: image.into(), snap: snap.into() });
    Ok(steps)
}

/// Walk up from `child`'s parent once `child` is gone: drop the parent's clone snapshot
/// for it; a parent renamed `.deleted` with no snapshot left is removed, and the walk
/// goes on to its own parent (Cinder's _delete_clone_parent_refs).
pub fn parent_cleanup(v: &Volumes<'_>, parent: &str, snap: &str, child: &str) -> Result<Vec<Action>> {
    let mut plan = vec![];
    let (mut parent, mut snap, mut child) = (parent.to_string(), snap.to_string(), child.to_string());
    loop {
        let Ok(img) = v.pool.open_read_only(&parent, None) else { break };
        let others: Vec<String> = img.snapshots()?.into_iter().map(|s| s.name).filter(|n| *n != snap).collect();
        // The snapshot may still have other clones (never for Cinder's per-child snapshots).
        let other_children =
            v.pool.open_read_only(&parent, Some(&snap))?.children()?.into_iter().filter(|c| c.image != child).count();
        if other_children > 0 {
            break;
        }
        plan.extend(drop_snapshot(v, &parent, &snap)?);
        if !others.is_empty() || !parent.ends_with(rules::DELETED_SUFFIX) {
            break;
        }
        let grand = parent_link(&v.pool, &parent)?;
        plan.push(Action::Remove { image: parent.clone() });
        match grand {
            Some((g, gs)) => {
                child = std::mem::replace(&mut parent, g);
                snap = gs;
            }
            None => break,
        }
    }
    Ok(plan)
}

pub fn remove(v: &Volumes<'_>, name: &str, trash: bool, dry_run: bool) -> Result<VolumeReport> {
    let mut report = VolumeReport::new(v, name, "remove");
    report.dry_run = dry_run;
    let snaps = match snap_views(v, name) {
        Ok(s) => s,
        Err(Error::NotFound { .. }) => return Ok(report), // Cinder: already gone is deleted.
        Err(e) => return Err(e),
    };
    let link = parent_link(&v.pool, name)?;
    let backups = |list: &[String]| -> Result<Vec<Action>> {
        let mut p = vec![];
        for b in list {
            p.extend(drop_snapshot(v, name, b)?);
        }
        Ok(p)
    };
    let plan = match rules::delete_decision(&snaps) {
        DeleteDecision::Refuse { snapshots, .. } if !trash => {
            return Err(Error::HasSnapshots { what: format!("volume {}", v.spec(name)), snapshots });
        }
        DeleteDecision::Refuse { .. } => {
            // librbd won't purge a trashed image that has snapshots (`rbd trash purge`:
            // "image has snapshots"), so the trash gets the volume without them: every
            // snapshot is unprotected and removed first, and a snapshot with clones
            // refuses the whole move (issue 11, item 6).
            let in_use: Vec<String> = snaps.iter().filter(|s| s.children > 0).map(|s| s.name.clone()).collect();
            if !in_use.is_empty() {
                let mut by = vec![];
                for s in &in_use {
                    for c in v.pool.open_read_only(name, Some(s))?.children()? {
                        by.push(format!("{}/{} (a clone of @{s})", c.pool, c.image));
                    }
                }
                return Err(Error::InUse {
                    what: format!("volume {} (its snapshots go before the move to the trash)", v.spec(name)),
                    by,
                });
            }
            let all: Vec<String> = snaps.iter().map(|s| s.name.clone()).collect();
            let mut p = backups(&all)?;
            p.push(Action::TrashMove { image: name.into() });
            p
        }
        DeleteDecision::RenameDeleted { backup_snaps } => {
            let mut p = backups(&backup_snaps)?;
            p.push(Action::Rename { from: name.into(), to: rules::deleted_name(name) });
            p
        }
        DeleteDecision::Remove { backup_snaps, stale_clone_snaps } => {
            let mut p = backups(&backup_snaps)?;
            p.extend(backups(&stale_clone_snaps)?);
            p.push(Action::Remove { image: name.into() });
            if let Some((parent, psnap)) = link {
                p.extend(parent_cleanup(v, &parent, &psnap, name)?);
            }
            p
        }
    };
    report.steps = plan.iter().map(|a| a.describe(v.pool.name())).collect();
    if dry_run {
        return Ok(report);
    }
    crate::signals::install();
    v.exec().run(&plan)?;
    report.changed = true;
    Ok(report)
}

pub fn snapshot_create(v: &Volumes<'_>, volume: &str, snap: &str, if_not_exists: bool) -> Result<VolumeReport> {
    let img = v.open(volume)?;
    let mut report = VolumeReport::new(v, volume, "snapshot-create");
    let plan = [
        Action::CreateSnap { image: volume.into(), snap: snap.into() },
        Action::Protect { image: volume.into(), snap: snap.into() },
    ];
    if img.snap_exists(snap)? {
        if if_not_exists {
            if !img.snap_is_protected(snap)? {
                drop(img);
                report.steps = v.exec().run(&plan[1..])?;
                report.changed = true;
            }
            return Ok(report);
        }
        return Err(Error::AlreadyExists {
            what: format!("snapshot {}@{snap}", v.spec(volume)),
            hint: Some("--if-not-exists makes this a success".into()),
        });
    }
    drop(img);
    report.steps = v.exec().run(&plan)?;
    report.changed = true;
    Ok(report)
}

pub fn snapshot_remove(
    v: &Volumes<'_>,
    volume: &str,
    snap: &str,
    flatten_children: bool,
    dry_run: bool,
) -> Result<VolumeReport> {
    let img = v.open(volume)?;
    if !img.snap_exists(snap)? {
        return Err(Error::not_found(format!("snapshot {}@{snap}", v.spec(volume)), None));
    }
    drop(img);
    let children = v.pool.open_read_only(volume, Some(snap))?.children()?;
    let mut plan = vec![];
    if !children.is_empty() {
        let names: Vec<String> = children.iter().map(|c| format!("{}/{}", c.pool, c.image)).collect();
        if !flatten_children {
            return Err(Error::InUse { what: format!("snapshot {}@{snap}", v.spec(volume)), by: names });
        }
        if let Some(other) = children.iter().find(|c| c.pool != v.pool.name()) {
            return Err(Error::invalid(format!(
                "clone {}/{} is in another pool; flatten it there first",
                other.pool, other.image
            )));
        }
        plan.extend(children.iter().map(|c| Action::Flatten { image: c.image.clone() }));
    }
    plan.extend(drop_snapshot(v, volume, snap)?);
    let mut report = VolumeReport::new(v, volume, "snapshot-remove");
    report.dry_run = dry_run;
    report.steps = plan.iter().map(|a| a.describe(v.pool.name())).collect();
    if !dry_run {
        v.exec().run(&plan)?;
        report.changed = true;
    }
    Ok(report)
}

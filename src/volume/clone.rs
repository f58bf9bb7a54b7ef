//! `volume clone` (Cinder's create_cloned_volume) and `volume flatten`.
//!
//! Clone depth follows only Cinder's own links (`<child>.clone_snap`), so a volume
//! made from a user snapshot or a Glance image starts a new chain, as in Cinder.
//! A failed or interrupted clone removes what it made: no stray `.clone_snap`.

use super::plan::Action;
use super::rules::{self, CloneMode};
use super::{VolumeReport, Volumes};
use crate::ceph::Pool;
use crate::error::{Error, Result};

/// The parent reached through a Cinder clone link: the head's parent, or, for a clone
/// flattened while one of its snapshots still depends on the parent, that snapshot's.
pub fn parent_link(pool: &Pool<'_>, name: &str) -> Result<Option<(String, String)>> {
    let img = pool.open_read_only(name, None)?;
    let mut parents = vec![img.parent()?];
    for s in img.snapshots()?.iter().filter(|s| rules::is_clone_snap(&s.name)) {
        parents.push(pool.open_read_only(name, Some(&s.name))?.parent()?);
    }
    Ok(parents
        .into_iter()
        .flatten()
        .find(|p| p.pool == pool.name() && rules::is_clone_link(name, &p.snapshot))
        .map(|p| (p.image, p.snapshot)))
}

/// Ancestors of `name` reached through clone links (Cinder's `_get_clone_depth`).
pub fn clone_depth(pool: &Pool<'_>, name: &str) -> Result<u32> {
    let mut depth = 0;
    let mut current = name.to_string();
    while let Some((parent, _)) = parent_link(pool, &current)? {
        depth += 1;
        if depth > 10_000 {
            return Err(Error::Internal {
                what: format!("the clone chain of {}/{name} is over 10000 links long (a loop?)", pool.name()),
            });
        }
        current = parent;
    }
    Ok(depth)
}

pub fn clone(
    v: &Volumes<'_>,
    src: &str,
    dest: &str,
    size: Option<u64>,
    max_depth: u32,
    flatten_source: bool,
    dry_run: bool,
) -> Result<VolumeReport> {
    let src_size = v.open(src)?.size()?;
    if v.pool.exists(dest)? {
        return Err(Error::AlreadyExists {
            what: format!("volume {}", v.spec(dest)),
            hint: Some("pick another name, or remove it first".into()),
        });
    }
    rules::check_size_not_smaller(size, &format!("volume {}", v.spec(src)), src_size).map_err(Error::invalid)?;
    let depth = clone_depth(&v.pool, src)?;
    let mode = rules::clone_mode(depth, max_depth, flatten_source);
    let snap = rules::clone_snap_name(dest);
    let make_snap = [
        Action::CreateSnap { image: src.into(), snap: snap.clone() },
        Action::Protect { image: src.into(), snap: snap.clone() },
        Action::Clone { parent: src.into(), snap: snap.clone(), child: dest.into() },
    ];
    let drop_snap = [
        Action::Unprotect { image: src.into(), snap: snap.clone() },
        Action::RemoveSnap { image: src.into(), snap: snap.clone() },
    ];
    let mut plan: Vec<Action> = match mode {
        CloneMode::FullCopy => vec![Action::Copy { src: src.into(), dest: dest.into() }],
        CloneMode::Cow => make_snap.to_vec(),
        CloneMode::CowThenFlattenDest => {
            let mut p = make_snap.to_vec();
            p.push(Action::Flatten { image: dest.into() });
            p.extend(drop_snap.iter().cloned());
            p
        }
        CloneMode::FlattenSourceThenCow => {
            let mut p = vec![Action::Flatten { image: src.into() }];
            if let Some((parent, psnap)) = parent_link(&v.pool, src)? {
                p.push(Action::Unprotect { image: parent.clone(), snap: psnap.clone() });
                p.push(Action::RemoveSnap { image: parent, snap: psnap });
            }
            p.extend(make_snap.iter().cloned());
            p
        }
    };
    if let Some(s) = size.filter(|s| *s > src_size) {
        plan.push(Action::Resize { image: dest.into(), size: s });
    }
    let mut report = VolumeReport::new(v, dest, "clone");
    report.method = Some(
        match mode {
            CloneMode::FullCopy => "copy",
            CloneMode::Cow => "cow-clone",
            CloneMode::CowThenFlattenDest => "cow-clone+flatten",
            CloneMode::FlattenSourceThenCow => "flatten-source+cow-clone",
        }
        .into(),
    );
    report.reason = Some(format!("source depth {depth}, maximum clone depth {max_depth}"));
    report.size = Some(size.unwrap_or(src_size).max(src_size));
    report.steps = plan.iter().map(|a| a.describe(v.pool.name())).collect();
    report.dry_run = dry_run;
    if dry_run {
        return Ok(report);
    }
    crate::signals::install();
    let exec = v.exec();
    let mut done = 0;
    let result = plan.iter().try_for_each(|a| {
        exec.run(std::slice::from_ref(a))?;
        done += 1;
        crate::signals::check()
    });
    if let Err(e) = result {
        // A failed Copy may leave a partial destination (librbd does not remove it),
        // unless it failed because the destination already existed: that one isn't ours.
        let partial_copy =
            matches!(plan.get(done), Some(Action::Copy { .. })) && !matches!(e, Error::AlreadyExists { .. });
        rollback(v, &plan[..done], partial_copy, dest, src, &snap);
        return Err(e);
    }
    report.changed = true;
    Ok(report)
}

/// Undo a partly done clone: the new volume, then the temporary snapshot.
fn rollback(v: &Volumes<'_>, done: &[Action], partial_copy: bool, dest: &str, src: &str, snap: &str) {
    let made_dest = partial_copy || done.iter().any(|a| matches!(a, Action::Clone { .. } | Action::Copy { .. }));
    if made_dest {
        let _ = v.pool.remove_image(dest);
    }
    if let Ok(img) = v.pool.open(src) {
        let _ = img.snap_discard(snap);
    }
}

/// Flatten, then drop the clone link it no longer needs: the parent's `<name>.clone_snap`
/// and, up the chain, parents renamed `.deleted` that nothing uses any more.
pub fn flatten(v: &Volumes<'_>, name: &str) -> Result<VolumeReport> {
    // From the start: a Ctrl-C before the copy begins must also exit cleanly (130).
    crate::signals::install();
    let img = v.open(name)?;
    let head_parent = img.parent()?;
    drop(img);
    let mut report = VolumeReport::new(v, name, "flatten");
    let Some(parent) = head_parent else {
        report.steps = vec![];
        return Ok(report);
    };
    let mut plan = vec![Action::Flatten { image: name.into() }];
    if parent.pool == v.pool.name() && rules::is_clone_link(name, &parent.snapshot) {
        plan.extend(super::remove::parent_cleanup(v, &parent.image, &parent.snapshot, name)?);
    }
    report.steps = v.exec().run(&plan)?;
    report.changed = true;
    Ok(report)
}

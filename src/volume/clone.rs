//! `volume clone` (Cinder's create_cloned_volume) and `volume flatten`.
//!
//! Clone depth follows only Cinder's own links (`<child>.clone_snap`), so a volume
//! made from a user snapshot or a Glance image starts a new chain, as in Cinder.
//! A failed or interrupted clone removes what it made: no stray `.clone_snap`.

use super::plan::Action;
use super::rules::{self, CloneMode};
use super::{VolumeReport, Volumes};
use crate::ceph::{ParentSpec, Pool};
use crate::error::{Error, Result};

/// The parent reached through a Cinder clone link: the head's parent, or, for a clone
/// flattened while one of its snapshots still depends on the parent, that snapshot's.
///
/// Read from the headers, without opening anything (see `ceph/header.rs`): the parent
/// record of `name` (which covers the head and its snapshots alike), the name of the
/// parent's snapshot, and the parent's name: 3 ops (plus 1 for `name`'s id), whatever
/// the number of snapshots or siblings.
pub fn parent_link(pool: &Pool<'_>, name: &str) -> Result<Option<(String, String)>> {
    let id = pool.image_id(name)?;
    match link_of(pool, name, &id)? {
        Some((parent_id, snap)) => Ok(Some((pool.image_name(&parent_id)?, snap))),
        None => Ok(None),
    }
}

/// The clone link of image `id` (named `name`): (parent id, parent snapshot).
fn link_of(pool: &Pool<'_>, name: &str, id: &str) -> Result<Option<(String, String)>> {
    link_from(pool, name, pool.parent_record(id)?)
}

/// The clone link of image `name`, whose header records the parent `record`.
fn link_from(pool: &Pool<'_>, name: &str, record: Option<ParentSpec>) -> Result<Option<(String, String)>> {
    let Some(spec) = record else { return Ok(None) };
    if spec.pool_id != pool.id() {
        return Ok(None); // Cinder's links stay in the pool
    }
    let snap = pool.snapshot_records(&spec.image_id, &[spec.snap_id])?.into_iter().next().map(|s| s.name);
    Ok(snap.filter(|s| rules::is_clone_link(name, s)).map(|s| (spec.image_id, s)))
}

/// Ancestors of `name` reached through clone links (Cinder's `_get_clone_depth`): a few
/// header reads per link of the chain (see [`parent_link`]), never a look at siblings.
pub fn clone_depth(pool: &Pool<'_>, name: &str) -> Result<u32> {
    let id = pool.image_id(name)?;
    clone_depth_of(pool, name, &id)
}

/// [`clone_depth`] of image `id`, named `name`.
fn clone_depth_of(pool: &Pool<'_>, name: &str, id: &str) -> Result<u32> {
    depth_from(pool, name, link_of(pool, name, id)?)
}

/// The clone depth of image `name`, whose clone link is `link`.
fn depth_from(pool: &Pool<'_>, name: &str, mut link: Option<(String, String)>) -> Result<u32> {
    let mut depth = 0;
    while let Some((parent_id, _)) = link {
        depth += 1;
        if depth > 10_000 {
            return Err(Error::Internal {
                what: format!("the clone chain of {}/{name} is over 10000 links long (a loop?)", pool.name()),
            });
        }
        let parent = pool.image_name(&parent_id)?;
        link = link_of(pool, &parent, &parent_id)?;
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
    // The source's size and clone link from its header, without an open: an open of a
    // golden image reads all its snapshot records (one per clone made from it), and the
    // snapshot steps and rbd_clone3 open it anyway.
    let not_found = |e| match e {
        Error::NotFound { .. } => v.not_found(src),
        e => e,
    };
    let (src_size, link) = match v.pool.image_id(src) {
        Ok(id) => {
            let head = v.pool.read_header(src, &id).map_err(not_found)?;
            (head.size, link_from(&v.pool, src, head.parent_record)?)
        }
        // Not in the pool's directory: no such image, or an old-format one (no clone
        // links, no layering), which only an open tells apart.
        Err(Error::NotFound { .. }) => (v.pool.open_read_only(src, None).map_err(not_found)?.size()?, None),
        Err(e) => return Err(e),
    };
    if v.pool.exists(dest)? {
        return Err(Error::AlreadyExists {
            what: format!("volume {}", v.spec(dest)),
            hint: Some("pick another name, or remove it first".into()),
        });
    }
    rules::check_size_not_smaller(size, &format!("volume {}", v.spec(src)), src_size).map_err(Error::invalid)?;
    let depth = depth_from(&v.pool, src, link)?;
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
    let mut held = None;
    let result = plan.iter().try_for_each(|a| {
        exec.step(a, &mut held)?;
        done += 1;
        crate::signals::check()
    });
    drop(held); // before a rollback opens the source again
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

//! Cinder's RBD rules as pure functions: snapshot naming, clone depth, what a clone
//! does at the maximum depth, and what a delete does. No Ceph calls; unit-tested.

/// Cinder's temporary clone snapshot on the source: `<dest>.clone_snap`.
pub fn clone_snap_name(dest: &str) -> String {
    format!("{dest}.clone_snap")
}

pub const DELETED_SUFFIX: &str = ".deleted";

pub fn deleted_name(name: &str) -> String {
    format!("{name}{DELETED_SUFFIX}")
}

pub fn strip_deleted(name: &str) -> &str {
    name.strip_suffix(DELETED_SUFFIX).unwrap_or(name)
}

pub fn is_clone_snap(snap: &str) -> bool {
    snap.ends_with(".clone_snap")
}

/// Whether `child`'s parent snapshot is the one Cinder made for it, so the parent
/// counts for clone depth and is cleaned up when the child goes (Cinder's
/// `_get_clone_info`: `.deleted` is stripped from the child's name first).
pub fn is_clone_link(child: &str, parent_snap: &str) -> bool {
    parent_snap == clone_snap_name(strip_deleted(child))
}

/// Cinder's backup snapshots: `^backup\.([a-z0-9\-]+?)\.snap\.(.+)$`.
pub fn is_backup_snap(name: &str) -> bool {
    let Some(rest) = name.strip_prefix("backup.") else { return false };
    // The lazy id group can't contain '.', so it ends at the first '.'.
    let Some((id, tail)) = rest.split_once('.') else { return false };
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && tail.strip_prefix("snap.").is_some_and(|ts| !ts.is_empty())
}

/// How `volume clone` makes the new volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloneMode {
    /// `--max-clone-depth 0`: a full copy, no parent link.
    FullCopy,
    /// A copy-on-write clone of `<dest>.clone_snap`.
    Cow,
    /// Current Cinder: the source is at the maximum depth, so clone, then flatten the new
    /// clone and drop the temporary snapshot.
    CowThenFlattenDest,
    /// Cinder 2014 (`--flatten-source`): flatten the source first, drop its own parent
    /// snapshot, then clone.
    FlattenSourceThenCow,
}

/// `src_depth` = ancestors of the source reached through clone links.
/// Uses `>=`, never `==`, so lowering the maximum below an existing chain still works.
pub fn clone_mode(src_depth: u32, max_depth: u32, flatten_source: bool) -> CloneMode {
    if max_depth == 0 {
        CloneMode::FullCopy
    } else if src_depth >= max_depth {
        if flatten_source { CloneMode::FlattenSourceThenCow } else { CloneMode::CowThenFlattenDest }
    } else {
        CloneMode::Cow
    }
}

/// One rule for `--size` on every volume made from something (Cinder's): smaller than the
/// source is an error naming both sizes; equal or larger is fine (the new volume is
/// grown after the clone or copy). `source` names the source, e.g. "snapshot rbd/v@s".
pub fn check_size_not_smaller(size: Option<u64>, source: &str, source_size: u64) -> Result<(), String> {
    match size {
        Some(s) if s < source_size => Err(format!(
            "--size {} ({s} bytes) is smaller than the source {source} ({}, {source_size} bytes); \
             a volume made from it must be at least that size (omit --size to use the source's)",
            crate::types::size::human(s),
            crate::types::size::human(source_size),
        )),
        _ => Ok(()),
    }
}

/// A snapshot as `volume rm` sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapView {
    pub name: String,
    pub children: usize,
}

/// What `volume rm` does with a volume, from its snapshots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteDecision {
    /// Remove these backup snapshots and clone snapshots nobody uses any more, then the volume.
    Remove { backup_snaps: Vec<String>, stale_clone_snaps: Vec<String> },
    /// It has clones: remove the backup snapshots, then rename it `<name>.deleted` and keep it.
    RenameDeleted { backup_snaps: Vec<String> },
    /// User snapshots remain: refuse (or, with --trash, move to the trash).
    Refuse { snapshots: Vec<String>, backup_snaps: Vec<String> },
}

pub fn delete_decision(snaps: &[SnapView]) -> DeleteDecision {
    let backup_snaps: Vec<String> = snaps.iter().filter(|s| is_backup_snap(&s.name)).map(|s| s.name.clone()).collect();
    let user: Vec<String> =
        snaps.iter().filter(|s| !is_backup_snap(&s.name) && !is_clone_snap(&s.name)).map(|s| s.name.clone()).collect();
    if !user.is_empty() {
        return DeleteDecision::Refuse { snapshots: user, backup_snaps };
    }
    let in_use = snaps.iter().any(|s| is_clone_snap(&s.name) && s.children > 0);
    if in_use {
        return DeleteDecision::RenameDeleted { backup_snaps };
    }
    let stale_clone_snaps = snaps.iter().filter(|s| is_clone_snap(&s.name)).map(|s| s.name.clone()).collect();
    DeleteDecision::Remove { backup_snaps, stale_clone_snaps }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(name: &str, children: usize) -> SnapView {
        SnapView { name: name.into(), children }
    }

    #[test]
    fn backup_snapshot_pattern_is_cinders() {
        assert!(is_backup_snap("backup.3f2a-77.snap.1400000000.12"));
        assert!(is_backup_snap("backup.abc.snap.x"));
        for no in [
            "backup..snap.1",
            "backup.ABC.snap.1",
            "backup.abc.snap.",
            "backup.abc.snapx",
            "bkp.abc.snap.1",
            "backup.a_b.snap.1",
            "backup.abc",
        ] {
            assert!(!is_backup_snap(no), "{no}");
        }
    }

    #[test]
    fn clone_links_strip_deleted() {
        assert!(is_clone_link("v2", "v2.clone_snap"));
        assert!(is_clone_link("v2.deleted", "v2.clone_snap"));
        assert!(!is_clone_link("v2", "user-snap"));
        assert!(!is_clone_link("v2", "v3.clone_snap"));
    }

    #[test]
    fn clone_mode_at_and_beyond_the_maximum() {
        assert_eq!(clone_mode(0, 5, false), CloneMode::Cow);
        assert_eq!(clone_mode(4, 5, false), CloneMode::Cow);
        assert_eq!(clone_mode(5, 5, false), CloneMode::CowThenFlattenDest);
        assert_eq!(clone_mode(5, 5, true), CloneMode::FlattenSourceThenCow);
        assert_eq!(clone_mode(7, 3, false), CloneMode::CowThenFlattenDest, "a lowered maximum must not fail");
        assert_eq!(clone_mode(3, 0, true), CloneMode::FullCopy);
    }

    #[test]
    fn smaller_size_is_an_error_naming_both_sizes() {
        assert_eq!(check_size_not_smaller(None, "rbd/a", 10), Ok(()));
        assert_eq!(check_size_not_smaller(Some(10), "rbd/a", 10), Ok(()));
        assert_eq!(check_size_not_smaller(Some(11), "rbd/a", 10), Ok(()));
        let e = check_size_not_smaller(Some(100 << 20), "snapshot rbd/a@s", 512 << 20).unwrap_err();
        assert!(e.contains("104857600 bytes") && e.contains("536870912 bytes") && e.contains("rbd/a@s"), "{e}");
    }

    #[test]
    fn delete_decisions() {
        assert_eq!(delete_decision(&[]), DeleteDecision::Remove { backup_snaps: vec![], stale_clone_snaps: vec![] });
        assert_eq!(
            delete_decision(&[s("backup.a1.snap.9", 0)]),
            DeleteDecision::Remove { backup_snaps: vec!["backup.a1.snap.9".into()], stale_clone_snaps: vec![] }
        );
        assert_eq!(
            delete_decision(&[s("c.clone_snap", 1), s("backup.a.snap.1", 0)]),
            DeleteDecision::RenameDeleted { backup_snaps: vec!["backup.a.snap.1".into()] }
        );
        assert_eq!(
            delete_decision(&[s("c.clone_snap", 0)]),
            DeleteDecision::Remove { backup_snaps: vec![], stale_clone_snaps: vec!["c.clone_snap".into()] }
        );
        match delete_decision(&[s("mine", 0), s("c.clone_snap", 1)]) {
            DeleteDecision::Refuse { snapshots, .. } => assert_eq!(snapshots, ["mine"]),
            other => panic!("{other:?}"),
        }
    }
}

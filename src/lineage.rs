//! What an RBD image's lineage and layout look like, read the same way for images and
//! volumes: size and objects, features, snapshots with their protection and clones, and
//! the parent. Both `image info` and `volume info` print a [`Layout`]; this module is
//! below both families so that neither reaches into the other.
//!
//! JSON names follow `rbd --format json` (`name`, `id`, `size`, `objects`, `order`,
//! `object_size`, `features`, `snapshot_count`, `parent{pool,image,snapshot,overlap}`).

use crate::ceph::{Image, Pool};
use crate::error::{Error, Result};
use crate::types::Features;
use crate::types::size;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Parent {
    pub pool: String,
    pub image: String,
    pub snapshot: String,
    pub overlap: u64,
}

#[derive(Debug, Serialize)]
pub struct Snapshot {
    pub id: u64,
    pub name: String,
    pub size: u64,
    pub protected: bool,
    /// Clones of this snapshot, `pool/image`; null when this client may not list them
    /// (a read-only profile can't read other pools' clone records).
    pub children: Option<Vec<String>>,
}

/// What `rbd info` shows of any image: shared by `image info` and `volume info`,
/// flattened into both so the JSON names stay `rbd`'s.
#[derive(Debug, Serialize)]
pub struct Layout {
    pub name: String,
    /// librbd's internal image id (as in `rbd info`).
    pub id: String,
    pub pool: String,
    pub size: u64,
    pub objects: u64,
    pub order: u8,
    pub object_size: u64,
    pub features: Vec<String>,
    pub snapshot_count: usize,
    pub snapshots: Vec<Snapshot>,
    pub parent: Option<Parent>,
}

impl Layout {
    pub fn read(pool: &Pool<'_>, name: &str, image: &Image<'_>) -> Result<Layout> {
        let stat = image.stat()?;
        let snapshots = snapshots_of(pool, image)?;
        Ok(Layout {
            name: name.to_string(),
            id: image.id()?,
            pool: pool.name().to_string(),
            size: stat.size,
            objects: stat.objects,
            order: stat.order,
            object_size: stat.object_size,
            features: Features(image.features()?).names(),
            snapshot_count: snapshots.len(),
            snapshots,
            parent: parent_of(image)?,
        })
    }

    /// The text lines both `info` commands print after their own heading.
    pub fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        writeln!(out, "  size         {} ({} bytes) in {} objects", size::human(self.size), self.size, self.objects)?;
        writeln!(out, "  object size  {} (order {})", size::human(self.object_size), self.order)?;
        writeln!(out, "  features     {}", self.features.join(", "))?;
        writeln!(out, "  id           {}", self.id)?;
        if let Some(p) = &self.parent {
            writeln!(out, "  parent       {}/{}@{} (overlap {})", p.pool, p.image, p.snapshot, size::human(p.overlap))?;
        }
        for s in &self.snapshots {
            let prot = if s.protected { "protected" } else { "unprotected" };
            let clones = clone_list(&s.children);
            writeln!(out, "  snapshot     {} ({prot}, clones: {clones})", s.name)?;
        }
        Ok(())
    }
}

pub fn parent_of(image: &Image<'_>) -> Result<Option<Parent>> {
    Ok(match image.parent()? {
        Some(p) => Some(Parent { pool: p.pool, image: p.image, snapshot: p.snapshot, overlap: image.overlap()? }),
        None => None,
    })
}

/// `Ok(None)` when the client lacks the caps for this read: the answer is unknown,
/// which is not the same as empty.
pub fn permitted<T>(r: Result<T>) -> Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(Error::PermissionDenied { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Text for a clone list that may be unknown.
pub fn clone_list(children: &Option<Vec<String>>) -> String {
    match children {
        None => "unknown (no permission to list them)".to_string(),
        Some(c) if c.is_empty() => "none".to_string(),
        Some(c) => c.join(", "),
    }
}

/// Every snapshot with its protection and clones, from the one handle and a few reads
/// of the child records: the clones of all snapshots at once (`Pool::snapshot_children`:
/// one op on the header, one per pool for clone-v1 records and for names), never an
/// open or a `rbd_list_children3` per snapshot (an open per snapshot re-read every
/// snapshot record, so the cost grew with the square of their number).
pub fn snapshots_of(pool: &Pool<'_>, image: &Image<'_>) -> Result<Vec<Snapshot>> {
    let snaps = image.snapshots()?;
    let ids: Vec<u64> = snaps.iter().map(|s| s.id).collect();
    let children = permitted(pool.snapshot_children(&image.id()?, &ids))?;
    let mut out = vec![];
    for (i, s) in snaps.into_iter().enumerate() {
        let children =
            children.as_ref().map(|all| all[i].iter().map(|(pool, image)| format!("{pool}/{image}")).collect());
        out.push(Snapshot {
            protected: image.snap_is_protected(&s.name)?,
            children,
            id: s.id,
            name: s.name,
            size: s.size,
        });
    }
    Ok(out)
}

//! `image info`, `image ls` and `image gc`: what is in a pool, read-only except gc.
//!
//! JSON names follow `rbd --format json` where the same thing is reported (`name`,
//! `id`, `size`, `objects`, `order`, `object_size`, `features`, `snapshot_count`,
//! `parent{pool,image,snapshot,overlap}`).

use super::{Location, SNAP, Target, meta};
use crate::ceph::{Cluster, Image};
use crate::error::{Error, Result};
use crate::lineage::{Layout, permitted};
use crate::output::{Report, table};
use crate::types::size;
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug, Serialize)]
pub struct ImageInfo {
    #[serde(flatten)]
    pub layout: Layout,
    /// The Glance location of `snapshot`; null when that snapshot doesn't exist (an image
    /// made by `rbd import`, or by tools with other snapshot names: see `snapshots`).
    pub location: Option<String>,
    /// The snapshot the location names: `snap`, or `--snap`.
    pub snapshot: String,
    /// Stored checksums by algorithm (`md5`, `sha512`).
    pub checksums: BTreeMap<String, String>,
    /// true while an upload has not finished (or was killed).
    pub incomplete: bool,
    /// The integrity manifest, null when the image has none (docs/manifest.md).
    pub manifest: Option<ManifestInfo>,
    /// Clones of `snapshot`, `pool/image`; null when this client may not list them.
    pub children: Option<Vec<String>>,
}

/// What `image info` says about the manifest.
#[derive(Debug, Serialize)]
pub struct ManifestInfo {
    pub algo: String,
    /// The snapshot it describes.
    pub snapshot: Option<String>,
    pub objects: u64,
    pub zero_objects: u64,
    /// Digest of the per-object digests.
    pub root: String,
}

fn checksums(image: &Image<'_>) -> Result<BTreeMap<String, String>> {
    Ok(image
        .metadata()?
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix(meta::MULTIHASH_PREFIX).map(|a| (a.to_string(), v)))
        .collect())
}

pub fn info(cluster: &Cluster, target: &Target, default_pool: &str) -> Result<ImageInfo> {
    let r = target.resolve(cluster, default_pool)?;
    let pool = cluster.pool(&r.pool)?;
    let image = pool.open_read_only(&r.image, None).map_err(|e| e.with_hint("is the pool right? see --pool"))?;
    let layout = Layout::read(&pool, &r.image, &image)?;
    let snapshot = r.snapshot.clone().unwrap_or_else(|| SNAP.to_string());
    let found = layout.snapshots.iter().find(|s| s.name == snapshot);
    // A snapshot asked for by name must exist; Glance's default may not (issue 11, item 3).
    if found.is_none() && target.snap_named() {
        return Err(super::missing_snapshot(&pool, &r.image, &snapshot));
    }
    Ok(ImageInfo {
        location: found
            .map(|_| Ok::<_, Error>(Location::new(&cluster.fsid()?, &r.pool, &r.image, &snapshot).uri()))
            .transpose()?,
        children: found.map_or(Some(vec![]), |s| s.children.clone()),
        snapshot,
        checksums: checksums(&image)?,
        incomplete: image.metadata_get(meta::INCOMPLETE)?.is_some(),
        manifest: crate::integrity::load(&image)?.map(|m| ManifestInfo {
            algo: crate::manifest::ALGO.to_string(),
            snapshot: m.snapshot.clone(),
            objects: m.objects.len() as u64,
            zero_objects: m.zero_objects(),
            root: m.root(),
        }),
        layout,
    })
}

impl Report for ImageInfo {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let l = &self.layout;
        writeln!(out, "image {}/{}{}", l.pool, l.name, if self.incomplete { " (INCOMPLETE upload)" } else { "" })?;
        match &self.location {
            Some(loc) => writeln!(out, "  location     {loc}")?,
            None if l.snapshots.is_empty() => {
                writeln!(out, "  location     none (no snapshot {:?}; the image has no snapshots)", self.snapshot)?
            }
            None => {
                let names: Vec<&str> = l.snapshots.iter().map(|s| s.name.as_str()).collect();
                writeln!(
                    out,
                    "  location     none (no snapshot {:?}; it has {}: see --snap)",
                    self.snapshot,
                    names.join(", ")
                )?
            }
        }
        for (algo, v) in &self.checksums {
            writeln!(out, "  {algo:<12} {v}")?;
        }
        match &self.manifest {
            Some(m) => writeln!(
                out,
                "  manifest     {} of {} objects ({} zero) at @{}, root {}",
                m.algo,
                m.objects,
                m.zero_objects,
                m.snapshot.as_deref().unwrap_or("head"),
                m.root
            )?,
            None => writeln!(out, "  manifest     none (add one: rbdctl image verify --add-manifest)")?,
        }
        l.text(out)
    }
}

#[derive(Debug, Serialize)]
pub struct ImageEntry {
    pub name: String,
    pub size: u64,
    /// Stored md5, if the upload finished.
    pub checksum: Option<String>,
    /// Every snapshot, whoever made it (Glance's `snap`, or another tool's).
    pub snapshots: Vec<SnapshotSummary>,
    /// Some snapshot is protected.
    pub protected: bool,
    /// Clones of all its snapshots together; null when this client may not list them.
    pub children: Option<usize>,
    pub incomplete: bool,
}

#[derive(Debug, Serialize)]
pub struct SnapshotSummary {
    pub name: String,
    pub protected: bool,
    /// Its clones; null when this client may not list them.
    pub children: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct ImageList {
    pub pool: String,
    pub images: Vec<ImageEntry>,
    #[serde(skip)]
    pub no_headers: bool,
}

pub fn list(cluster: &Cluster, pool_name: &str) -> Result<ImageList> {
    let pool = cluster.pool(pool_name)?;
    let mut images = vec![];
    for name in pool.list_images()? {
        // Images and snapshots come and go while we list (other clients, a concurrent
        // upload or rm): one that vanished is left out, not an error.
        match entry(&pool, name) {
            Ok(e) => images.push(e),
            Err(Error::NotFound { .. }) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(ImageList { pool: pool_name.to_string(), images, no_headers: false })
}

fn entry(pool: &crate::ceph::Pool<'_>, name: String) -> Result<ImageEntry> {
    let image = pool.open_read_only(&name, None)?;
    let mut snapshots = vec![];
    for s in image.snapshots()? {
        let read = || -> Result<SnapshotSummary> {
            let children = permitted(pool.open_read_only(&name, Some(&s.name))?.children())?.map(|c| c.len());
            Ok(SnapshotSummary { protected: image.snap_is_protected(&s.name)?, children, name: s.name.clone() })
        };
        match read() {
            Ok(summary) => snapshots.push(summary),
            Err(Error::NotFound { .. }) => continue, // removed while we listed
            Err(e) => return Err(e),
        }
    }
    Ok(ImageEntry {
        size: image.size()?,
        checksum: image.metadata_get(meta::MD5)?,
        protected: snapshots.iter().any(|s| s.protected),
        children: snapshots.iter().map(|s| s.children).sum(),
        snapshots,
        incomplete: image.metadata_get(meta::INCOMPLETE)?.is_some(),
        name,
    })
}

impl Report for ImageList {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let rows: Vec<Vec<String>> = self
            .images
            .iter()
            .map(|i| {
                vec![
                    i.name.clone(),
                    size::human(i.size),
                    if i.checksum.is_some() { "yes" } else { "no" }.to_string(),
                    if i.snapshots.is_empty() {
                        "-".to_string()
                    } else {
                        i.snapshots.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(",")
                    },
                    if i.protected { "yes" } else { "no" }.to_string(),
                    i.children.map_or("?".to_string(), |n| n.to_string()),
                    if i.incomplete { "INCOMPLETE" } else { "ok" }.to_string(),
                ]
            })
            .collect();
        table(out, &["NAME", "SIZE", "CHECKSUM", "SNAPSHOTS", "PROTECTED", "CLONES", "STATE"], &rows, self.no_headers)
    }
}

#[derive(Debug, Serialize)]
pub struct GcReport {
    pub pool: String,
    /// Incomplete uploads removed (or, with dry_run, that would be).
    pub removed: Vec<String>,
    /// Incomplete uploads younger than --older-than, kept.
    pub kept: Vec<String>,
    /// Incomplete uploads still open by a client (in flight), never touched.
    pub in_flight: Vec<String>,
    pub dry_run: bool,
    pub changed: bool,
}

impl Report for GcReport {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let verb = if self.dry_run { "would remove" } else { "removed" };
        for r in &self.removed {
            writeln!(out, "{verb} {}/{r}", self.pool)?;
        }
        for k in &self.kept {
            writeln!(out, "kept {}/{k} (too recent: see --older-than)", self.pool)?;
        }
        for k in &self.in_flight {
            writeln!(out, "kept {}/{k} (still being uploaded: open by a client)", self.pool)?;
        }
        if self.removed.is_empty() && self.kept.is_empty() && self.in_flight.is_empty() {
            writeln!(out, "no incomplete uploads in {}", self.pool)?;
        }
        Ok(())
    }
}

/// `image gc`'s default age: an upload that started less than an hour ago may still be
/// running on a client that lost its watch for a moment.
pub const GC_DEFAULT_AGE_S: u64 = 3600;

/// Remove uploads whose incomplete marker is older than `older_than_s` and that no
/// client has open.
pub fn gc(
    cluster: &Cluster,
    pool_name: &str,
    older_than_s: u64,
    dry_run: bool,
    retry: crate::retry::Retry,
) -> Result<GcReport> {
    let pool = cluster.pool(pool_name)?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let mut report = GcReport {
        pool: pool_name.to_string(),
        removed: vec![],
        kept: vec![],
        in_flight: vec![],
        dry_run,
        changed: false,
    };
    for name in pool.list_images()? {
        let Ok(image) = pool.open_read_only(&name, None) else { continue };
        let Some(started) = image.metadata_get(meta::INCOMPLETE)? else { continue };
        // A watcher means the upload is still open by its client: in flight, never ours
        // to remove, whatever its age.
        let watched = !image.watchers()?.is_empty();
        drop(image);
        let age = now.saturating_sub(started.parse().unwrap_or(0));
        if watched {
            report.in_flight.push(name);
            continue;
        }
        if age < older_than_s {
            report.kept.push(name);
            continue;
        }
        if !dry_run {
            super::upload::remove_partial(&pool, &name, retry)?;
            report.changed = true;
        }
        report.removed.push(name);
    }
    Ok(report)
}

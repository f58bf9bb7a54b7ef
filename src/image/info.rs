//! `image info`, `image ls` and `image gc`: what is in a pool, read-only except gc.
//!
//! JSON names follow `rbd --format json` where the same thing is reported (`name`,
//! `id`, `size`, `objects`, `order`, `object_size`, `features`, `snapshot_count`,
//! `parent{pool,image,snapshot,overlap}`).

use super::{Location, SNAP, Target, meta};
use crate::ceph::{Cluster, Header, Pool};
use crate::error::{Error, Result};
use crate::lineage::{Layout, permitted};
use crate::output::{Printer, Report};
use crate::scan::{self, Found, Page, V1Children};
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
    /// Glance's disk_format of the stored bytes, as inspected at upload; null for an
    /// image rbdctl did not upload (or uploaded before it recorded formats).
    pub disk_format: Option<String>,
    /// The guest-visible size in bytes (the qcow2 header's, or the size for raw); null
    /// when not recorded.
    pub virtual_size: Option<u64>,
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

fn checksums(metadata: &[(String, String)]) -> BTreeMap<String, String> {
    metadata
        .iter()
        .filter_map(|(k, v)| k.strip_prefix(meta::MULTIHASH_PREFIX).map(|a| (a.to_string(), v.clone())))
        .collect()
}

fn meta_value(metadata: &[(String, String)], key: &str) -> Option<String> {
    metadata.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
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
    // One metadata list for the checksums and the incomplete marker.
    let metadata = image.metadata()?;
    Ok(ImageInfo {
        location: found
            .map(|_| Ok::<_, Error>(Location::new(&cluster.fsid()?, &r.pool, &r.image, &snapshot).uri()))
            .transpose()?,
        children: found.map_or(Some(vec![]), |s| s.children.clone()),
        snapshot,
        checksums: checksums(&metadata),
        incomplete: metadata.iter().any(|(k, _)| k == meta::INCOMPLETE),
        disk_format: meta_value(&metadata, meta::DISK_FORMAT),
        virtual_size: meta_value(&metadata, meta::VIRTUAL_SIZE).and_then(|v| v.parse().ok()),
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
        if let Some(f) = &self.disk_format {
            writeln!(out, "  disk_format  {f}")?;
        }
        if let Some(v) = self.virtual_size {
            writeln!(out, "  virtual_size {} ({v} bytes)", size::human(v))?;
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
    /// As in `image info`: null when not recorded.
    pub disk_format: Option<String>,
    pub virtual_size: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct SnapshotSummary {
    pub name: String,
    pub protected: bool,
    /// Its clones; null when this client may not list them.
    pub children: Option<usize>,
}

/// What `image ls` lists, and how much of it.
#[derive(Debug, Clone)]
pub struct ListRequest {
    pub pool: String,
    pub page: Page,
    /// Names only: the pool directory alone, no image read (as cheap as `rbd ls`).
    pub names_only: bool,
    pub no_headers: bool,
}

/// A row of `image ls --names`.
#[derive(Debug, Serialize)]
pub struct ImageName {
    pub name: String,
}

/// The row of an image `image ls` has to open (an old-format one, whose header can't be
/// read directly): one open, one metadata list, each snapshot's clones through the same
/// handle (`rbd_snap_set`). `None` when it, or a snapshot, vanished while listing.
fn entry(pool: &Pool<'_>, name: &str) -> Result<Option<ImageEntry>> {
    let image = match pool.open_read_only(name, None) {
        Ok(i) => i,
        Err(Error::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e),
    };
    let metadata: BTreeMap<String, String> = image.metadata()?.into_iter().collect();
    let mut snapshots = vec![];
    for s in image.snapshots()? {
        let read = || -> Result<SnapshotSummary> {
            let children = permitted(image.children_of(&s.name))?.map(|c| c.len());
            Ok(SnapshotSummary { protected: image.snap_is_protected(&s.name)?, children, name: s.name.clone() })
        };
        match read() {
            Ok(summary) => snapshots.push(summary),
            Err(Error::NotFound { .. }) => continue, // removed while we listed
            Err(e) => return Err(e),
        }
    }
    Ok(Some(ImageEntry {
        size: image.size()?,
        checksum: metadata.get(meta::MD5).cloned(),
        protected: snapshots.iter().any(|s| s.protected),
        children: snapshots.iter().map(|s| s.children).sum(),
        snapshots,
        incomplete: metadata.contains_key(meta::INCOMPLETE),
        disk_format: metadata.get(meta::DISK_FORMAT).cloned(),
        virtual_size: metadata.get(meta::VIRTUAL_SIZE).and_then(|v| v.parse().ok()),
        name: name.to_string(),
    }))
}

/// The same row from the image's header, without opening it (see `ceph/header.rs`):
/// each snapshot's clones are the v2 ones its record counts plus the v1 ones recorded
/// in the pools' `rbd_children`.
fn entry_from_header(h: &Header) -> ImageEntry {
    let meta_of = |key: &str| h.metadata.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let mut records: Vec<_> = h.snapshots.iter().collect();
    records.sort_by_key(|s| s.id); // librbd's order (rbd snap ls), oldest first
    let snapshots: Vec<SnapshotSummary> = records
        .into_iter()
        .map(|s| SnapshotSummary {
            name: s.name.clone(),
            protected: s.protected,
            children: s.v1_children.map(|n| (n + s.v2_children) as usize),
        })
        .collect();
    ImageEntry {
        name: h.name.clone(),
        size: h.size,
        checksum: meta_of(meta::MD5),
        protected: snapshots.iter().any(|s| s.protected),
        children: snapshots.iter().map(|s| s.children).sum(),
        snapshots,
        incomplete: meta_of(meta::INCOMPLETE).is_some(),
        disk_format: meta_of(meta::DISK_FORMAT),
        virtual_size: meta_of(meta::VIRTUAL_SIZE).and_then(|v| v.parse().ok()),
    }
}

/// List a pool's images, printing each row as it is read: the headers are read with
/// librados, many at once and without opening any image (see [`crate::scan`]); rows
/// stream in text and JSON Lines, and JSON stays one document. Images and snapshots
/// that vanish while listing are left out. Returns the rows printed.
pub fn list(cluster: &Cluster, req: &ListRequest, printer: &Printer) -> Result<usize> {
    let pool = cluster.pool(&req.pool)?;
    let specs = scan::directory(&pool, &req.page)?;
    let mut head = serde_json::Map::new();
    head.insert("pool".into(), req.pool.clone().into());
    let name_width = specs.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0);
    let io = |e: std::io::Error| Error::Io { what: "writing the listing".into(), cause: e };
    let mut rows = 0;
    if req.names_only {
        let mut out = printer.listing(head, "images", &[("NAME", name_width)], req.no_headers).map_err(io)?;
        for (name, _) in specs {
            rows += 1;
            if !out.row(&ImageName { name: name.clone() }, &[name]).map_err(io)? {
                break;
            }
        }
        out.finish().map_err(io)?;
        return Ok(rows);
    }
    // SNAPSHOTS last: its width is not known before the rows are read.
    let columns = [
        ("NAME", name_width),
        ("SIZE", 10),
        ("FORMAT", 6),
        ("VIRTUAL", 10),
        ("CHECKSUM", 0),
        ("PROTECTED", 0),
        ("CLONES", 6),
        ("STATE", 10),
        ("SNAPSHOTS", 0),
    ];
    let mut out = printer.listing(head, "images", &columns, req.no_headers).map_err(io)?;
    let v1 = V1Children::new(cluster)?;
    scan::headers(&pool, &specs, true, Some(&v1), |found| {
        let e = match found {
            Found::Header(h) => entry_from_header(&h),
            Found::Open(name) => match entry(&pool, name)? {
                Some(e) => e,
                None => return Ok(true), // removed while listing
            },
        };
        rows += 1;
        out.row(&e, &e.cells()).map_err(io)
    })?;
    out.finish().map_err(io)?;
    Ok(rows)
}

impl ImageEntry {
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            size::human(self.size),
            self.disk_format.clone().unwrap_or_else(|| "-".to_string()),
            self.virtual_size.map_or("-".to_string(), size::human),
            if self.checksum.is_some() { "yes" } else { "no" }.to_string(),
            if self.protected { "yes" } else { "no" }.to_string(),
            self.children.map_or("?".to_string(), |n| n.to_string()),
            if self.incomplete { "INCOMPLETE" } else { "ok" }.to_string(),
            if self.snapshots.is_empty() {
                "-".to_string()
            } else {
                self.snapshots.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(",")
            },
        ]
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
            writeln!(out, "kept {}/{k} (too recent: rbdctl image gc --older-than AGE removes it)", self.pool)?;
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
    // The scan finds the incomplete uploads from the headers, many in flight; removing
    // them stays one at a time (rare, and each is a multi-step clean-up).
    let specs = scan::directory(&pool, &Page::default())?;
    let mut incomplete = vec![];
    scan::headers(&pool, &specs, false, None, |found| {
        let marker = match found {
            Found::Header(h) => {
                let h = *h;
                h.metadata.into_iter().find(|(k, _)| k == meta::INCOMPLETE).map(|(_, v)| (h.name, v))
            }
            Found::Open(name) => match pool.open_read_only(name, None) {
                Ok(image) => image.metadata_get(meta::INCOMPLETE)?.map(|v| (name.to_string(), v)),
                Err(_) => None,
            },
        };
        incomplete.extend(marker);
        Ok(true)
    })?;
    for (name, started) in incomplete {
        // A watcher means the upload is still open by its client: in flight, never ours
        // to remove, whatever its age.
        // The scan read the marker a moment ago: an upload may have finished since (its
        // marker is gone and its client closed it, so no watcher is left either). So look
        // at the watchers first and read the marker again after: an upload holds its watch
        // from before it sets the marker until after it removes it, so "no watcher, then
        // the marker still there" can only be an upload whose client is gone. (Reading
        // the marker first left a window: the upload could finish between the two reads,
        // and gc then removed a complete image, its `snap` passing through librbd's snapshot
        // trash under a UUID name while other commands looked at it.)
        let watched = match pool.open_read_only(&name, None) {
            Ok(image) => {
                let watched = !image.watchers()?.is_empty();
                if !watched && image.metadata_get(meta::INCOMPLETE)?.is_none() {
                    continue;
                }
                watched
            }
            Err(_) => continue,
        };
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

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
    pub location: String,
    /// Stored checksums by algorithm (`md5`, `sha512`).
    pub checksums: BTreeMap<String, String>,
    /// true while an upload has not finished (or was killed).
    pub incomplete: bool,
    /// Clones of `snap`, `pool/image`; null when this client may not list them.
    pub children: Option<Vec<String>>,
}

fn checksums(metadata: &[(String, String)]) -> BTreeMap<String, String> {
    metadata
        .iter()
        .filter_map(|(k, v)| k.strip_prefix(meta::MULTIHASH_PREFIX).map(|a| (a.to_string(), v.clone())))
        .collect()
}

pub fn info(cluster: &Cluster, target: &Target, default_pool: &str) -> Result<ImageInfo> {
    let r = target.resolve(cluster, default_pool)?;
    let pool = cluster.pool(&r.pool)?;
    let image = pool.open_read_only(&r.image, None).map_err(|e| e.with_hint("is the pool right? see --pool"))?;
    let layout = Layout::read(&pool, &r.image, &image)?;
    let children = match layout.snapshots.iter().find(|s| s.name == SNAP) {
        Some(s) => s.children.clone(),
        None => Some(vec![]),
    };
    // One metadata list for the checksums and the incomplete marker.
    let metadata = image.metadata()?;
    Ok(ImageInfo {
        location: Location::new(&cluster.fsid()?, &r.pool, &r.image, SNAP).uri(),
        checksums: checksums(&metadata),
        incomplete: metadata.iter().any(|(k, _)| k == meta::INCOMPLETE),
        children,
        layout,
    })
}

impl Report for ImageInfo {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let l = &self.layout;
        writeln!(out, "image {}/{}{}", l.pool, l.name, if self.incomplete { " (INCOMPLETE upload)" } else { "" })?;
        writeln!(out, "  location     {}", self.location)?;
        for (algo, v) in &self.checksums {
            writeln!(out, "  {algo:<12} {v}")?;
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
    /// `snap` exists and is protected.
    pub protected: bool,
    /// Clones of `snap`; null when this client may not list them.
    pub children: Option<usize>,
    pub incomplete: bool,
}

/// What `image ls` lists, and how much of it.
#[derive(Debug, Clone)]
pub struct ListRequest {
    pub pool: String,
    pub page: Page,
    /// Names only: the pool directory alone, no image opened (as cheap as `rbd ls`).
    pub names_only: bool,
    pub no_headers: bool,
}

/// A row of `image ls --names`.
#[derive(Debug, Serialize)]
pub struct ImageName {
    pub name: String,
}

/// What `image ls` reads of an image it has to open (old format): one open, one metadata list (checksum and the
/// incomplete marker together), and the clones of `snap` through the same handle
/// (`rbd_snap_set`), never a second open. `None` when it was removed while listing.
fn entry(pool: &Pool<'_>, name: &str) -> Result<Option<ImageEntry>> {
    let image = match pool.open_read_only(name, None) {
        Ok(i) => i,
        Err(Error::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e),
    };
    let metadata: BTreeMap<String, String> = image.metadata()?.into_iter().collect();
    let has_snap = image.snap_exists(SNAP)?;
    let children = if has_snap { permitted(image.children_of(SNAP))?.map(|c| c.len()) } else { Some(0) };
    Ok(Some(ImageEntry {
        size: image.size()?,
        checksum: metadata.get(meta::MD5).cloned(),
        protected: has_snap && image.snap_is_protected(SNAP)?,
        children,
        incomplete: metadata.contains_key(meta::INCOMPLETE),
        name: name.to_string(),
    }))
}

/// The same row from the image's header, without opening it (see `ceph/header.rs`):
/// `snap`'s clones are the v2 ones its record counts plus the v1 ones in `rbd_children`.
fn entry_from_header(h: &Header) -> ImageEntry {
    let meta_of = |key: &str| h.metadata.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let snap = h.snapshots.iter().find(|s| s.name == SNAP);
    let children = match snap {
        Some(s) => s.v1_children.map(|n| (n + s.v2_children) as usize),
        None => Some(0),
    };
    ImageEntry {
        name: h.name.clone(),
        size: h.size,
        checksum: meta_of(meta::MD5),
        protected: snap.is_some_and(|s| s.protected),
        children,
        incomplete: meta_of(meta::INCOMPLETE).is_some(),
    }
}

/// List a pool's images, printing each row as it is read: the headers are read with
/// librados, many at once and without opening any image (see [`crate::scan`]); rows
/// stream in text and JSON Lines, and JSON stays one document. Returns the rows printed.
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
    let columns = [("NAME", name_width), ("SIZE", 10), ("CHECKSUM", 0), ("PROTECTED", 0), ("CLONES", 6), ("STATE", 0)];
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
            if self.checksum.is_some() { "yes" } else { "no" }.to_string(),
            if self.protected { "yes" } else { "no" }.to_string(),
            self.children.map_or("?".to_string(), |n| n.to_string()),
            if self.incomplete { "INCOMPLETE" } else { "ok" }.to_string(),
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
            writeln!(out, "kept {}/{k} (too recent)", self.pool)?;
        }
        if self.removed.is_empty() && self.kept.is_empty() {
            writeln!(out, "no incomplete uploads in {}", self.pool)?;
        }
        Ok(())
    }
}

/// Remove uploads whose incomplete marker is older than `older_than_s`.
pub fn gc(
    cluster: &Cluster,
    pool_name: &str,
    older_than_s: u64,
    dry_run: bool,
    retry: crate::retry::Retry,
) -> Result<GcReport> {
    let pool = cluster.pool(pool_name)?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let mut report = GcReport { pool: pool_name.to_string(), removed: vec![], kept: vec![], dry_run, changed: false };
    // The scan finds the incomplete uploads with many reads in flight; removing them
    // stays one at a time (rare, and each is a multi-step clean-up).
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
        let age = now.saturating_sub(started.parse().unwrap_or(0));
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

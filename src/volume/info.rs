//! Read-only volume verbs: `info`, `ls`, `tree`, `snapshot ls`, `connection-info`
//! (Cinder's initialize_connection) and `stats` (get_volume_stats).

use super::Volumes;
use super::rules;
use crate::ceph::{Header, Pool};
use crate::error::{Error, Result};
use crate::lineage::{Layout, Snapshot, clone_list, snapshots_of};
use crate::output::{Report, table};
use crate::scan::{self, Found, Page, ParentNames};
use crate::types::size;
use serde::Serialize;
use serde_json::json;
use std::collections::{BTreeMap, HashSet};

#[derive(Debug, Serialize)]
pub struct VolumeInfo {
    #[serde(flatten)]
    pub layout: Layout,
    /// Ancestors through Cinder clone links.
    pub clone_depth: u32,
    /// Renamed `.deleted` by `volume rm` because clones still depend on it.
    pub deleted: bool,
}

pub fn info(v: &Volumes<'_>, name: &str) -> Result<VolumeInfo> {
    let img = v.pool.open_read_only(name, None).map_err(|e| match e {
        Error::NotFound { .. } => v.not_found(name),
        e => e,
    })?;
    Ok(VolumeInfo {
        layout: Layout::read(&v.pool, name, &img)?,
        clone_depth: super::clone_depth(&v.pool, name)?,
        deleted: name.ends_with(rules::DELETED_SUFFIX),
    })
}

impl Report for VolumeInfo {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let l = &self.layout;
        writeln!(
            out,
            "volume {}/{}{}",
            l.pool,
            l.name,
            if self.deleted { " (deleted, kept for its clones)" } else { "" }
        )?;
        writeln!(out, "  clone depth  {}", self.clone_depth)?;
        l.text(out)
    }
}

#[derive(Debug, Serialize)]
pub struct SnapshotList {
    pub pool: String,
    pub volume: String,
    pub snapshots: Vec<Snapshot>,
    #[serde(skip)]
    pub no_headers: bool,
}

pub fn snapshots(v: &Volumes<'_>, name: &str) -> Result<SnapshotList> {
    let img = v.open(name)?;
    Ok(SnapshotList {
        pool: v.pool.name().into(),
        volume: name.into(),
        snapshots: snapshots_of(&v.pool, &img)?,
        no_headers: false,
    })
}

impl Report for SnapshotList {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let rows: Vec<Vec<String>> = self
            .snapshots
            .iter()
            .map(|s| {
                vec![
                    s.name.clone(),
                    size::human(s.size),
                    if s.protected { "yes" } else { "no" }.into(),
                    clone_list(&s.children),
                ]
            })
            .collect();
        table(out, &["SNAPSHOT", "SIZE", "PROTECTED", "CLONES"], &rows, self.no_headers)
    }
}

#[derive(Debug, Serialize)]
pub struct VolumeEntry {
    pub name: String,
    pub size: u64,
    /// `pool/image@snapshot` of the parent, if a clone.
    pub parent: Option<String>,
    pub snapshot_count: usize,
    pub deleted: bool,
}

/// What `volume ls` lists, and how much of it.
#[derive(Debug, Clone, Default)]
pub struct ListRequest {
    /// Include volumes renamed `*.deleted`.
    pub all: bool,
    pub page: Page,
    /// Names only, from the pool directory without opening any volume.
    pub names_only: bool,
    pub no_headers: bool,
}

/// A row of `volume ls --names`.
#[derive(Debug, Serialize)]
pub struct VolumeName {
    pub name: String,
}

/// What `volume ls` reads of a volume it has to open (old format): one open; size, parent and snapshots come from
/// what the open already read. `None` when it was removed while listing.
fn entry(pool: &Pool<'_>, name: &str) -> Result<Option<VolumeEntry>> {
    let img = match pool.open_read_only(name, None) {
        Ok(i) => i,
        Err(Error::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(Some(VolumeEntry {
        size: img.size()?,
        parent: img.parent()?.map(|p| format!("{}/{}@{}", p.pool, p.image, p.snapshot)),
        snapshot_count: img.snapshots()?.len(),
        deleted: name.ends_with(rules::DELETED_SUFFIX),
        name: name.to_string(),
    }))
}

/// The (name, id) of the volumes `volume ls` shows: the page of the pool directory,
/// `*.deleted` only with `all`.
fn listed(v: &Volumes<'_>, req: &ListRequest) -> Result<Vec<(String, String)>> {
    let mut specs = scan::directory(&v.pool, &Page::default())?;
    if !req.all {
        specs.retain(|(n, _)| !n.ends_with(rules::DELETED_SUFFIX));
    }
    Ok(req.page.apply_by(specs, |(n, _)| n))
}

/// The same row from the volume's header, without opening it (see `ceph/header.rs`).
fn entry_from_header(h: Header, parents: &mut ParentNames<'_>) -> Result<VolumeEntry> {
    let parent = match &h.parent {
        Some(spec) => match parents.of(spec) {
            Ok((pool, image, snap)) => Some(format!("{pool}/{image}@{snap}")),
            // A parent whose pool or image is gone (removed under its clones): shown by
            // its ids rather than failing the whole listing.
            Err(Error::NotFound { .. }) => {
                Some(format!("pool id {}/image id {}@snap id {} (missing)", spec.pool_id, spec.image_id, spec.snap_id))
            }
            Err(e) => return Err(e),
        },
        None => None,
    };
    Ok(VolumeEntry {
        size: h.size,
        parent,
        snapshot_count: h.snap_ids.len(),
        deleted: h.name.ends_with(rules::DELETED_SUFFIX),
        name: h.name,
    })
}

/// List the pool's volumes, each row printed as it is read: headers read with librados,
/// many at once, no volume opened (see [`crate::scan`]). Returns the rows printed.
pub fn list(v: &Volumes<'_>, req: &ListRequest) -> Result<usize> {
    let specs = listed(v, req)?;
    let mut head = serde_json::Map::new();
    head.insert("pool".into(), v.pool.name().into());
    let name_width = specs.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0);
    let io = |e: std::io::Error| Error::Io { what: "writing the listing".into(), cause: e };
    let mut rows = 0;
    if req.names_only {
        let mut out = v.printer.listing(head, "volumes", &[("NAME", name_width)], req.no_headers).map_err(io)?;
        for (name, _) in specs {
            rows += 1;
            if !out.row(&VolumeName { name: name.clone() }, &[name]).map_err(io)? {
                break;
            }
        }
        out.finish().map_err(io)?;
        return Ok(rows);
    }
    // PARENT last: its width is not known before the rows are read.
    let columns = [("NAME", name_width), ("SIZE", 10), ("SNAPSHOTS", 0), ("PARENT", 0)];
    let mut out = v.printer.listing(head, "volumes", &columns, req.no_headers).map_err(io)?;
    let mut parents = ParentNames::new(v.cluster);
    scan::headers(&v.pool, &specs, false, None, |found| {
        let e = match found {
            Found::Header(h) => entry_from_header(*h, &mut parents)?,
            Found::Open(name) => match entry(&v.pool, name)? {
                Some(e) => e,
                None => return Ok(true), // removed while listing
            },
        };
        rows += 1;
        let cells = [
            e.name.clone(),
            size::human(e.size),
            e.snapshot_count.to_string(),
            e.parent.clone().unwrap_or_else(|| "-".into()),
        ];
        out.row(&e, &cells).map_err(io)
    })?;
    out.finish().map_err(io)?;
    Ok(rows)
}

/// The sum of the volumes' sizes (all of them, `*.deleted` included: they hold space
/// for their clones), from their headers, many read at once.
fn provisioned_bytes(v: &Volumes<'_>) -> Result<u64> {
    let specs = scan::directory(&v.pool, &Page::default())?;
    let mut total = 0;
    scan::headers(&v.pool, &specs, false, None, |found| {
        total += match found {
            Found::Header(h) => h.size,
            Found::Open(name) => match v.pool.open_read_only(name, None) {
                Ok(img) => img.size()?,
                Err(Error::NotFound { .. }) => 0,
                Err(e) => return Err(e),
            },
        };
        Ok(true)
    })?;
    Ok(total)
}

#[derive(Debug, Serialize)]
pub struct TreeNode {
    pub pool: String,
    pub image: String,
    /// Snapshot of the parent this image was cloned from (None for the root).
    pub snapshot: Option<String>,
    /// Cinder's clone depth, the same number `volume info` reports and
    /// `--max-clone-depth` is compared with: ancestors reached through
    /// `<child>.clone_snap` links. A volume made from an image or a user snapshot starts
    /// a new chain at 0, so this is not the position in the tree (issue 11, item 13).
    pub clone_depth: u32,
    pub children: Vec<TreeNode>,
}

#[derive(Debug, Serialize)]
pub struct Tree {
    pub volume: String,
    pub pool: String,
    /// Parents from the volume up to the root: `pool/image@snapshot`.
    pub ancestors: Vec<String>,
    pub root: TreeNode,
}

type Kids = BTreeMap<(String, String), Vec<(String, String, String)>>;

/// The node `pool/image` with everything below it; `kids[(pool, image)]` lists its
/// clones as (pool, image, parent snapshot). A clone's Cinder clone depth follows from
/// its parent's: one more through a `<child>.clone_snap` link in the same pool (what
/// `clone_depth` walks), else a new chain at 0, so no node needs a walk of its own.
fn grow(pool: &str, image: &str, snapshot: Option<String>, clone_depth: u32, kids: &Kids) -> TreeNode {
    let children = kids
        .get(&(pool.to_string(), image.to_string()))
        .into_iter()
        .flatten()
        .map(|(cp, ci, snap)| {
            let depth = if cp == pool && rules::is_clone_link(ci, snap) { clone_depth + 1 } else { 0 };
            grow(cp, ci, Some(snap.clone()), depth, kids)
        })
        .collect();
    TreeNode { pool: pool.into(), image: image.into(), snapshot, clone_depth, children }
}

/// The clone tree around `name`: its ancestors (one open each, up the parent links),
/// then the root's descendants level by level from the child records, without opening
/// them (see `ceph/header.rs`): for each image with snapshots, the clones of all its
/// snapshots at once (one op on its header, one per pool for clone-v1 records and for
/// names), and the headers of each level's clones, many in flight, for their snapshots.
/// `rbd_list_descendants` (`rbd children --descendants`) asks every pool once per
/// snapshot instead.
pub fn tree(v: &Volumes<'_>, name: &str) -> Result<Tree> {
    let mut ancestors = vec![];
    let mut parent = v.open(name)?.parent()?;
    let (mut pool, mut image) = (v.pool.name().to_string(), name.to_string());
    while let Some(p) = parent {
        ancestors.push(format!("{}/{}@{}", p.pool, p.image, p.snapshot));
        (pool, image) = (p.pool, p.image);
        if ancestors.len() > 10_000 {
            break;
        }
        parent = v.cluster.pool(&pool)?.open_read_only(&image, None)?.parent()?;
    }
    let root_pool = v.cluster.pool(&pool)?;
    let root = root_pool.open_read_only(&image, None)?;
    let root_snaps: Vec<(u64, String)> = root.snapshots()?.into_iter().map(|s| (s.id, s.name)).collect();
    // A level of the tree: (pool, name, id, snapshots as (id, name)).
    let mut level = vec![(pool.clone(), image.clone(), root.id()?, root_snaps)];
    drop(root);
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut kids = Kids::new();
    while !level.is_empty() {
        let mut next: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for (p, img, id, snaps) in level.iter().filter(|n| !n.3.is_empty()) {
            let ids: Vec<u64> = snaps.iter().map(|s| s.0).collect();
            let clones = v.cluster.pool(p)?.snapshot_clones(id, &ids)?;
            for ((_, snap), children) in snaps.iter().zip(clones) {
                for c in children.into_iter().filter(|c| !c.trash) {
                    if !seen.insert((c.pool.clone(), c.image_id.clone())) {
                        continue; // a loop in the records: never walk it twice
                    }
                    kids.entry((p.clone(), img.clone())).or_default().push((
                        c.pool.clone(),
                        c.image.clone(),
                        snap.clone(),
                    ));
                    next.entry(c.pool).or_default().push((c.image, c.image_id));
                }
            }
        }
        level = vec![];
        for (p, mut specs) in next {
            specs.sort();
            let pool = v.cluster.pool(&p)?;
            scan::headers(&pool, &specs, true, None, |found| {
                if let Found::Header(h) = found {
                    let snaps = h.snapshots.into_iter().map(|s| (s.id, s.name)).collect();
                    level.push((p.clone(), h.name, h.id, snaps));
                }
                Ok(true) // gone meanwhile (or old format, which can't be a clone)
            })?;
        }
    }
    // The root has no parent, but a snapshot of it may (a clone flattened without
    // deep-flatten): its own depth is walked, once.
    let root_depth = super::clone_depth(&root_pool, &image)?;
    let root = grow(&pool, &image, None, root_depth, &kids);
    Ok(Tree { volume: name.into(), pool: v.pool.name().into(), ancestors, root })
}

impl Report for Tree {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        fn walk(out: &mut dyn std::io::Write, n: &TreeNode, me: &str, level: usize) -> std::io::Result<()> {
            let mark = if format!("{}/{}", n.pool, n.image) == me { "  <==" } else { "" };
            let via = n.snapshot.as_deref().map(|s| format!(" (from @{s})")).unwrap_or_default();
            let indent = "  ".repeat(level);
            writeln!(out, "{indent}{}/{}{via}  clone depth {}{mark}", n.pool, n.image, n.clone_depth)?;
            n.children.iter().try_for_each(|c| walk(out, c, me, level + 1))
        }
        walk(out, &self.root, &format!("{}/{}", self.pool, self.volume), 0)
    }
}

/// Cinder's `initialize_connection` answer, verbatim in shape (ports are strings there).
#[derive(Debug, Serialize)]
pub struct ConnectionInfo {
    pub driver_volume_type: &'static str,
    pub data: serde_json::Value,
}

pub fn connection_info(v: &Volumes<'_>, name: &str, secret_uuid: Option<String>) -> Result<ConnectionInfo> {
    v.open(name)?;
    let mons = crate::mon::mon_addrs(v.cluster, crate::mon::Prefer::V1)?;
    let user = v.client_id.clone();
    let secret_uuid = secret_uuid.unwrap_or_else(|| mons.fsid.clone());
    Ok(ConnectionInfo {
        driver_volume_type: "rbd",
        data: json!({
            "name": v.spec(name),
            "hosts": mons.hosts,
            "ports": mons.ports.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            "cluster_name": v.cluster_name,
            "auth_enabled": user.is_some(),
            "auth_username": user,
            "secret_type": "ceph",
            "secret_uuid": secret_uuid,
            "volume_id": name,
            "discard": true,
        }),
    })
}

impl Report for ConnectionInfo {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        writeln!(out, "{}", serde_json::to_string_pretty(self).map_err(std::io::Error::other)?)
    }
}

#[derive(Debug, Serialize)]
pub struct Stats {
    pub volume_backend_name: Option<String>,
    pub pool: String,
    pub vendor_name: &'static str,
    pub storage_protocol: &'static str,
    pub total_capacity_gb: f64,
    pub free_capacity_gb: f64,
    /// Sum of the volumes' sizes (Cinder's `provisioned_capacity_gb`); null unless
    /// asked for with `--provisioned`, since it costs a listing of the pool.
    pub provisioned_capacity_gb: Option<f64>,
    /// The pool's quota in bytes, when one is set (it caps total and free).
    pub quota_bytes: Option<u64>,
    pub thin_provisioning_support: bool,
    pub thick_provisioning_support: bool,
    pub multiattach: bool,
}

fn gib(b: u64) -> f64 {
    (b as f64 / (1u64 << 30) as f64 * 100.0).round() / 100.0
}

/// The pool's totals from one monitor round trip (`df detail` carries the quota too);
/// the provisioned sum only when asked for, through the parallel listing.
pub fn stats(v: &Volumes<'_>, backend: Option<String>, provisioned: bool) -> Result<Stats> {
    let pool = v.pool.name();
    // The pool is open, so it exists; a pool created moments ago is missing from `df`
    // until the mgr's next PG-stats report (a few seconds): ask again for up to 10 s.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let entry = loop {
        let df = v.cluster.mon_command_json(json!({"prefix": "df", "detail": "detail", "format": "json"}))?;
        let found = df["pools"].as_array().and_then(|ps| ps.iter().find(|p| p["name"] == pool)).cloned();
        match found {
            Some(entry) => break entry,
            None if std::time::Instant::now() < deadline => std::thread::sleep(std::time::Duration::from_millis(500)),
            None => {
                return Err(Error::not_found(
                    format!("pool {pool} in 'ceph df'"),
                    Some(
                        "the mgr has not reported the pool's statistics yet: is a ceph-mgr running? see ceph -s".into(),
                    ),
                ));
            }
        }
    };
    let used = entry["stats"]["stored"].as_u64().or_else(|| entry["stats"]["bytes_used"].as_u64()).unwrap_or(0);
    let avail = entry["stats"]["max_avail"].as_u64().unwrap_or(0);
    let quota = entry["stats"]["quota_bytes"].as_u64().filter(|q| *q > 0);
    let (total, free) = match quota {
        Some(q) => (q, q.saturating_sub(used).min(avail)),
        None => (used + avail, avail),
    };
    let provisioned = if provisioned { Some(gib(provisioned_bytes(v)?)) } else { None };
    Ok(Stats {
        volume_backend_name: backend,
        pool: pool.into(),
        vendor_name: "Open Source",
        storage_protocol: "ceph",
        total_capacity_gb: gib(total),
        free_capacity_gb: gib(free),
        provisioned_capacity_gb: provisioned,
        quota_bytes: quota,
        thin_provisioning_support: true,
        thick_provisioning_support: false,
        multiattach: false,
    })
}

impl Report for Stats {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        writeln!(
            out,
            "pool {}{}",
            self.pool,
            self.volume_backend_name.as_deref().map(|b| format!(" (backend {b})")).unwrap_or_default()
        )?;
        writeln!(
            out,
            "  total        {:.2} GiB{}",
            self.total_capacity_gb,
            if self.quota_bytes.is_some() { " (quota)" } else { "" }
        )?;
        writeln!(out, "  free         {:.2} GiB", self.free_capacity_gb)?;
        match self.provisioned_capacity_gb {
            Some(p) => writeln!(out, "  provisioned  {p:.2} GiB (thin)"),
            None => writeln!(out, "  provisioned  not computed (pass --provisioned)"),
        }
    }
}

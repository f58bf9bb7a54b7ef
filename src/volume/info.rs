//! Read-only volume verbs: `info`, `ls`, `tree`, `snapshot ls`, `connection-info`
//! (Cinder's initialize_connection) and `stats` (get_volume_stats).

use super::Volumes;
use super::rules;
use crate::error::{Error, Result};
use crate::lineage::{Layout, Snapshot, clone_list, snapshots_of};
use crate::output::{Report, table};
use crate::types::size;
use serde::Serialize;
use serde_json::json;

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
        snapshots: snapshots_of(&v.pool, name, &img)?,
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

#[derive(Debug, Serialize)]
pub struct VolumeList {
    pub pool: String,
    pub volumes: Vec<VolumeEntry>,
    #[serde(skip)]
    pub no_headers: bool,
}

pub fn list(v: &Volumes<'_>, all: bool) -> Result<VolumeList> {
    let mut volumes = vec![];
    for name in v.pool.list_images()? {
        let deleted = name.ends_with(rules::DELETED_SUFFIX);
        if deleted && !all {
            continue;
        }
        let Ok(img) = v.pool.open_read_only(&name, None) else { continue };
        volumes.push(VolumeEntry {
            size: img.size()?,
            parent: img.parent()?.map(|p| format!("{}/{}@{}", p.pool, p.image, p.snapshot)),
            snapshot_count: img.snapshots()?.len(),
            deleted,
            name,
        });
    }
    Ok(VolumeList { pool: v.pool.name().into(), volumes, no_headers: false })
}

impl Report for VolumeList {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let rows: Vec<Vec<String>> = self
            .volumes
            .iter()
            .map(|e| {
                vec![
                    e.name.clone(),
                    size::human(e.size),
                    e.parent.clone().unwrap_or_else(|| "-".into()),
                    e.snapshot_count.to_string(),
                ]
            })
            .collect();
        table(out, &["NAME", "SIZE", "PARENT", "SNAPSHOTS"], &rows, self.no_headers)
    }
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

fn descend(v: &Volumes<'_>, pool_name: &str, image: &str, snapshot: Option<String>, level: usize) -> Result<TreeNode> {
    let pool = v.cluster.pool(pool_name)?;
    let img = pool.open_read_only(image, None)?;
    let mut children = vec![];
    if level > 10_000 {
        return Err(Error::Internal {
            what: format!("the clone tree below {pool_name}/{image} is too deep (a loop?)"),
        });
    }
    for s in img.snapshots()? {
        for c in pool.open_read_only(image, Some(&s.name))?.children()? {
            children.push(descend(v, &c.pool, &c.image, Some(s.name.clone()), level + 1)?);
        }
    }
    let clone_depth = super::clone_depth(&pool, image)?;
    Ok(TreeNode { pool: pool_name.into(), image: image.into(), snapshot, clone_depth, children })
}

pub fn tree(v: &Volumes<'_>, name: &str) -> Result<Tree> {
    v.open(name)?;
    let mut ancestors = vec![];
    let (mut pool, mut image) = (v.pool.name().to_string(), name.to_string());
    loop {
        let Some(p) = v.cluster.pool(&pool)?.open_read_only(&image, None)?.parent()? else { break };
        ancestors.push(format!("{}/{}@{}", p.pool, p.image, p.snapshot));
        (pool, image) = (p.pool, p.image);
        if ancestors.len() > 10_000 {
            break;
        }
    }
    Ok(Tree { volume: name.into(), pool: v.pool.name().into(), ancestors, root: descend(v, &pool, &image, None, 0)? })
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
    pub provisioned_capacity_gb: f64,
    /// The pool's quota in bytes, when one is set (it caps total and free).
    pub quota_bytes: Option<u64>,
    pub thin_provisioning_support: bool,
    pub thick_provisioning_support: bool,
    pub multiattach: bool,
}

fn gib(b: u64) -> f64 {
    (b as f64 / (1u64 << 30) as f64 * 100.0).round() / 100.0
}

pub fn stats(v: &Volumes<'_>, backend: Option<String>) -> Result<Stats> {
    let df = v.cluster.mon_command_json(json!({"prefix": "df", "format": "json"}))?;
    let pool = v.pool.name();
    let entry = df["pools"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["name"] == pool))
        .ok_or_else(|| Error::not_found(format!("pool {pool} in 'ceph df'"), None))?;
    let used = entry["stats"]["stored"].as_u64().or_else(|| entry["stats"]["bytes_used"].as_u64()).unwrap_or(0);
    let avail = entry["stats"]["max_avail"].as_u64().unwrap_or(0);
    let quota = v
        .cluster
        .mon_command_json(json!({"prefix": "osd pool get-quota", "pool": pool, "format": "json"}))?
        .get("quota_max_bytes")
        .and_then(|q| q.as_u64())
        .filter(|q| *q > 0);
    let (total, free) = match quota {
        Some(q) => (q, q.saturating_sub(used).min(avail)),
        None => (used + avail, avail),
    };
    let mut provisioned = 0;
    for name in v.pool.list_images()? {
        if let Ok(img) = v.pool.open_read_only(&name, None) {
            provisioned += img.size()?;
        }
    }
    Ok(Stats {
        volume_backend_name: backend,
        pool: pool.into(),
        vendor_name: "Open Source",
        storage_protocol: "ceph",
        total_capacity_gb: gib(total),
        free_capacity_gb: gib(free),
        provisioned_capacity_gb: gib(provisioned),
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
        writeln!(out, "  provisioned  {:.2} GiB (thin)", self.provisioned_capacity_gb)
    }
}

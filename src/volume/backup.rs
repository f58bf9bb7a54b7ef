//! `volume backup create | ls | restore | rm`: Cinder's Ceph backup driver
//! (`cinder/backup/drivers/ceph.py`) without Cinder, readable by it and reading what it made.
//!
//! Names (Cinder's): a full backup creates the base image `volume-<vol_id>.backup.<id>` in
//! the backup pool; each backup is a snapshot `backup.<id>.snap.<time>` made on the source
//! volume and, once the data is in, on the base; an incremental streams the source's
//! changes since the parent backup's snapshot into the parent's base. Legacy bases are
//! `volume-<vol_id>.backup.base`.
//!
//! The catalogue (rbdctl has no Cinder database) is image metadata on the base: one key
//! `rbdctl.backup.<id>` per backup holding a JSON [`Entry`]. Written with status
//! `creating` before any data moves and set to `available` after the base snapshot exists,
//! so a backup killed with SIGKILL is recognisable and the next `create` of that volume
//! cleans it up (snapshots removed, base rolled back or removed). Backups Cinder made have
//! no entry: they are inferred from base and snapshot names.
//!
//! Every backup rbdctl makes records a per-object manifest (docs/manifest.md) of the base
//! at its snapshot, under the base's metadata key `rbdctl.backup-manifest.<id>`. A
//! restore is verified against it with the OSDs' checksums of the target's objects (no
//! data read back). Backups without one (Cinder's) are verified by reading the target
//! back and comparing it with the base snapshot.
//!
//! Two creates of one volume are serialised by an advisory lock on the source volume's
//! header object (see [`lock_volume`]).

use super::Volumes;
use super::diff::{CompareSink, ImageSink, Io, Piece, WalkStats, changed_extents, walk};
use super::rules::parse_backup_snap;
use crate::ceph::{CreateOptions, Image, ObjectLock, Pool};
use crate::error::{Error, Result};
use crate::integrity;
use crate::manifest::{Builder, Manifest, ObjectDigest};
use crate::output::{Report, table};
use crate::signals;
use crate::transfer;
use crate::types::size;
use indicatif::ProgressBar;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Metadata key prefix of the catalogue on a base image.
pub const CATALOGUE_KEY: &str = "rbdctl.backup.";
/// Metadata key prefix of a backup's manifest on its base (not under [`CATALOGUE_KEY`]:
/// the catalogue's keys each hold one JSON entry).
pub const MANIFEST_KEY: &str = "rbdctl.backup-manifest.";

/// The advisory lock on the source volume's header that serialises creates of one volume.
const LOCK_NAME: &str = "rbdctl.backup";
/// Held this long and renewed every quarter of it: a create killed with SIGKILL blocks
/// the next one for at most this long.
const LOCK_DURATION: Duration = Duration::from_secs(15);
/// How long a second create waits for the first (a bit more than a lapsed lock needs).
const LOCK_WAIT: Duration = Duration::from_secs(20);

/// RBD feature bits of a new base image: what Cinder's `_get_rbd_support` asks for on a
/// current librbd (layering, striping v2, exclusive-lock, object-map, fast-diff), so diff
/// restores from it are fast.
const BASE_FEATURES: u64 = 1 | 2 | 4 | 8 | 16;

/// The backup settings (Cinder's `backup_ceph_*` and `restore_discard_excess_bytes`).
#[derive(Debug, Clone, Copy)]
pub struct BackupSettings {
    /// `backup_ceph_max_snapshots`: backup snapshots kept on the source volume; 0 = all.
    pub max_snapshots: u32,
    pub discard_excess: bool,
    /// `backup_ceph_stripe_unit` / `_count`, 0 = the image default.
    pub stripe_unit: u64,
    pub stripe_count: u64,
}

/// Where the backups are: a pool of this cluster or of another one (`--backup-conf`).
/// The source volumes are always on the volumes' cluster (`v.pool`'s): a backup's
/// `volume_pool` names a pool there.
pub struct BackupPool<'b> {
    pub pool: &'b Pool<'b>,
}

/// One backup, as the catalogue holds it (or as inferred from Cinder's names).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub id: String,
    /// The source volume's image name.
    pub volume: String,
    /// The source volume's pool (`null` for backups Cinder made: not recorded).
    pub volume_pool: Option<String>,
    /// The backup this one is incremental to; `null` for a full backup.
    pub parent: Option<String>,
    /// Seconds since the epoch, as in the snapshot name.
    pub time: f64,
    pub size: u64,
    pub base: String,
    /// The snapshot on the base (and the source); `null` for an old full copy without one.
    pub snapshot: Option<String>,
    /// Data bytes written into the base; `null` when unknown (Cinder's backups).
    pub bytes_transferred: Option<u64>,
    /// "available", or "creating" for a backup that was interrupted.
    pub status: String,
    /// "rbdctl" or "cinder".
    pub made_by: String,
    /// The snapshot the data was diffed from (the parent's), for cleanup.
    #[serde(default)]
    pub from_snap: Option<String>,
    /// Integrity of the stored backup, how a restore is verified: "crc32c" (a per-object
    /// manifest, checked by the OSDs) or "base-snapshot" (none: the target is read back
    /// and compared with the base snapshot; Cinder's backups and older rbdctl ones).
    #[serde(default = "default_manifest")]
    pub manifest: String,
    /// The manifest's root digest (sha256 over the objects' CRC-32C), `null` without one.
    #[serde(default)]
    pub manifest_root: Option<String>,
    /// Objects the manifest describes (and of them all-zero), `null` without one.
    #[serde(default)]
    pub manifest_objects: Option<u64>,
    #[serde(default)]
    pub manifest_zero_objects: Option<u64>,
}

fn default_manifest() -> String {
    MANIFEST.to_string()
}

/// [`Entry::manifest`] of a backup without a manifest: a restore is compared byte for
/// byte with the base snapshot.
const MANIFEST: &str = "base-snapshot";
/// [`Entry::manifest`] of a backup with a per-object CRC-32C manifest.
const MANIFEST_CRC: &str = "crc32c";

/// The base image name of a full backup (`_get_backup_base_name`).
pub fn base_name(volume: &str, backup_id: &str) -> String {
    format!("volume-{}.backup.{backup_id}", volume_id(volume))
}

/// Cinder's volume id of a volume image: `volume-<id>` → `<id>`; any other name is its own id.
pub fn volume_id(volume: &str) -> &str {
    volume.strip_prefix("volume-").unwrap_or(volume)
}

/// `volume-<vol_id>.backup.<suffix>` → (`volume-<vol_id>`, suffix).
pub fn parse_base_name(name: &str) -> Option<(String, &str)> {
    let rest = name.strip_prefix("volume-")?;
    let i = rest.rfind(".backup.")?;
    let (vid, suffix) = (&rest[..i], &rest[i + ".backup.".len()..]);
    (!vid.is_empty() && !suffix.is_empty() && !suffix.contains('.')).then(|| (format!("volume-{vid}"), suffix))
}

/// Cinder's snapshot name for a new backup: `backup.<id>.snap.<time.time()>`.
pub fn snap_name(backup_id: &str, time: f64) -> String {
    format!("backup.{backup_id}.snap.{time:.6}")
}

fn now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

// ---------------------------------------------------------------------------------------
// Rules (pure)
// ---------------------------------------------------------------------------------------

/// Full or incremental, and why.
#[derive(Debug, Clone, PartialEq)]
pub enum Plan {
    Full { reason: String },
    Incremental { parent: Box<Entry>, from_snap: String },
}

/// Cinder's rule: the parent is the latest backup of the volume; its snapshot must still be
/// on the source (and on the base); otherwise the backup is full. `--incremental` with no
/// earlier backup is a full backup (the first backup of a chain), and the report says so.
pub fn plan(
    incremental: bool,
    volume: &str,
    entries: &[Entry],
    on_source: &dyn Fn(&str) -> bool,
    on_base: &dyn Fn(&Entry) -> bool,
) -> Plan {
    if !incremental {
        return Plan::Full { reason: "full backup requested (pass --incremental for an incremental)".into() };
    }
    let latest = entries
        .iter()
        .filter(|e| e.volume == volume && e.status == "available" && e.snapshot.is_some())
        .max_by(|a, b| a.time.total_cmp(&b.time));
    let Some(parent) = latest else {
        return Plan::Full { reason: format!("no earlier backup of {volume}: the first backup of a chain is full") };
    };
    let snap = parent.snapshot.clone().expect("filtered on snapshot");
    if !on_source(&snap) {
        return Plan::Full {
            reason: format!(
                "the parent backup's snapshot {snap} is gone from {volume} (removed, or the volume was recreated)"
            ),
        };
    }
    if !on_base(parent) {
        return Plan::Full { reason: format!("the parent backup's snapshot {snap} is gone from {}", parent.base) };
    }
    Plan::Incremental { parent: Box::new(parent.clone()), from_snap: snap }
}

/// The backups that depend on `id` (its incrementals, theirs, ...), latest first.
pub fn dependents(id: &str, entries: &[Entry]) -> Vec<Entry> {
    let mut out: Vec<Entry> = vec![];
    let mut frontier = vec![id.to_string()];
    while let Some(p) = frontier.pop() {
        for e in entries.iter().filter(|e| e.parent.as_deref() == Some(&p)) {
            if !out.iter().any(|o| o.id == e.id) && e.id != id {
                frontier.push(e.id.clone());
                out.push(e.clone());
            }
        }
    }
    out.sort_by(|a, b| b.time.total_cmp(&a.time));
    out
}

/// Source snapshots to drop so that at most `max` backup snapshots remain (oldest first);
/// `max` 0 keeps all (`backup_ceph_max_snapshots`).
pub fn excess_snapshots(snaps: &[String], max: u32) -> Vec<String> {
    if max == 0 {
        return vec![];
    }
    let mut b: Vec<(f64, &String)> = snaps
        .iter()
        .filter_map(|s| parse_backup_snap(s).map(|(_, ts)| (ts.parse::<f64>().unwrap_or(0.0), s)))
        .collect();
    b.sort_by(|x, y| x.0.total_cmp(&y.0));
    let n = b.len().saturating_sub(max as usize);
    b.into_iter().take(n).map(|(_, s)| s.clone()).collect()
}

/// The entries of one base image: its catalogue, plus Cinder's backups inferred from its
/// snapshots (each one's parent is the previous backup snapshot on the same base).
pub fn entries_of_base(base: &str, metadata: &[(String, String)], snaps: &[(String, u64)]) -> Vec<Entry> {
    let mut out: Vec<Entry> = metadata
        .iter()
        .filter(|(k, _)| k.starts_with(CATALOGUE_KEY))
        .filter_map(|(_, v)| serde_json::from_str::<Entry>(v).ok())
        .collect();
    let Some((volume, suffix)) = parse_base_name(base) else { return out };
    let mut cinder: Vec<(f64, String, String, u64)> = snaps
        .iter()
        .filter_map(|(s, size)| {
            parse_backup_snap(s).map(|(id, ts)| (ts.parse::<f64>().unwrap_or(0.0), id.to_string(), s.clone(), *size))
        })
        .collect();
    cinder.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut prev: Option<String> = None;
    for (time, id, snap, size) in cinder {
        if !out.iter().any(|e| e.id == id) {
            out.push(Entry {
                id: id.clone(),
                volume: volume.clone(),
                volume_pool: None,
                parent: prev.clone(),
                time,
                size,
                base: base.to_string(),
                snapshot: Some(snap),
                bytes_transferred: None,
                status: "available".into(),
                made_by: "cinder".into(),
                from_snap: None,
                manifest: MANIFEST.into(),
                manifest_root: None,
                manifest_objects: None,
                manifest_zero_objects: None,
            });
        }
        prev = Some(id);
    }
    // An old-style full copy: a base named for its backup, with no snapshot at all.
    if snaps.iter().all(|(s, _)| parse_backup_snap(s).is_none()) && suffix != "base" && out.is_empty() {
        out.push(Entry {
            id: suffix.to_string(),
            volume,
            volume_pool: None,
            parent: None,
            time: 0.0,
            size: 0,
            base: base.to_string(),
            snapshot: None,
            bytes_transferred: None,
            status: "available".into(),
            made_by: "cinder".into(),
            from_snap: None,
            manifest: MANIFEST.into(),
            manifest_root: None,
            manifest_objects: None,
            manifest_zero_objects: None,
        });
    }
    out
}

// ---------------------------------------------------------------------------------------
// Reading the catalogue
// ---------------------------------------------------------------------------------------

fn read_base(pool: &Pool<'_>, base: &str) -> Result<Vec<Entry>> {
    let img = match pool.open_read_only(base, None) {
        Ok(i) => i,
        Err(Error::NotFound { .. }) => return Ok(vec![]),
        Err(e) => return Err(e),
    };
    let md = img.metadata()?;
    let snaps: Vec<(String, u64)> = img.snapshots()?.into_iter().map(|s| (s.name, s.size)).collect();
    let mut out = entries_of_base(base, &md, &snaps);
    for e in out.iter_mut().filter(|e| e.size == 0 && e.snapshot.is_none()) {
        e.size = img.size()?;
    }
    Ok(out)
}

/// Every backup in the backup pool, oldest first.
pub fn catalogue(bp: &BackupPool<'_>) -> Result<Vec<Entry>> {
    let mut out = vec![];
    for name in bp.pool.list_images()? {
        if parse_base_name(&name).is_some() {
            out.extend(read_base(bp.pool, &name)?);
        }
    }
    out.sort_by(|a, b| a.time.total_cmp(&b.time));
    Ok(out)
}

fn find(entries: &[Entry], id: &str, bp: &BackupPool<'_>) -> Result<Entry> {
    entries.iter().find(|e| e.id == id).cloned().ok_or_else(|| {
        Error::not_found(
            format!("backup {id} in pool {}", bp.pool.name()),
            Some("list them with: rbdctl volume backup ls (is --backup-pool right?)".to_string()),
        )
    })
}

fn write_entry(img: &Image<'_>, e: &Entry) -> Result<()> {
    let json = serde_json::to_string(e).map_err(|err| Error::Internal { what: format!("catalogue entry: {err}") })?;
    img.metadata_set(&format!("{CATALOGUE_KEY}{}", e.id), &json)
}

fn backup_snaps(img: &Image<'_>) -> Result<Vec<String>> {
    Ok(img.snapshots()?.into_iter().map(|s| s.name).filter(|n| parse_backup_snap(n).is_some()).collect())
}

// ---------------------------------------------------------------------------------------
// create
// ---------------------------------------------------------------------------------------

pub struct CreateBackup {
    pub volume: String,
    pub id: Option<String>,
    pub incremental: bool,
}

/// The report of `volume backup create`.
#[derive(Debug, Serialize)]
pub struct BackupReport {
    pub id: String,
    pub volume: String,
    pub pool: String,
    pub backup_pool: String,
    /// "full" or "incremental".
    pub mode: &'static str,
    /// Why full or incremental.
    pub reason: String,
    pub parent: Option<String>,
    pub base: String,
    pub snapshot: String,
    /// The snapshot the diff started from (the parent's), `null` for a full backup.
    pub from_snap: Option<String>,
    pub size: u64,
    /// Data bytes written into the base.
    pub bytes_transferred: u64,
    /// Bytes passed as zeros (discards on the base, no data sent).
    pub bytes_discarded: u64,
    pub elapsed_s: f64,
    /// Source snapshots removed by --max-snapshots.
    pub pruned_snapshots: Vec<String>,
    /// Interrupted earlier backups of this volume that were cleaned up first.
    pub cleaned: Vec<String>,
    /// Root digest of the backup's manifest (stored on the base, see docs/manifest.md).
    pub manifest_root: String,
    pub changed: bool,
}

impl Report for BackupReport {
    fn text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for c in &self.cleaned {
            writeln!(out, "cleaned up interrupted backup {c}")?;
        }
        writeln!(out, "backup {} of {}/{}: {} ({})", self.id, self.pool, self.volume, self.mode, self.reason)?;
        if let Some(p) = &self.parent {
            writeln!(out, "parent: {p}")?;
        }
        writeln!(out, "base: {}/{}@{}", self.backup_pool, self.base, self.snapshot)?;
        writeln!(
            out,
            "size {} ({} bytes); {} bytes transferred, {} discarded, {:.2} s",
            size::human(self.size),
            self.size,
            self.bytes_transferred,
            self.bytes_discarded,
            self.elapsed_s
        )?;
        writeln!(out, "manifest: crc32c, root {}", self.manifest_root)?;
        for s in &self.pruned_snapshots {
            writeln!(out, "removed source snapshot {s} (--max-snapshots)")?;
        }
        Ok(())
    }
}

/// Take the advisory lock that serialises creates of `volume` (`src` opened): on the
/// volume's header object, so it follows the volume (not the name) and covers creates
/// into any backup pool, which would all snapshot the source. Waits up to [`LOCK_WAIT`]
/// for a running create (or a lapsing lock of a killed one), then fails `busy`.
fn lock_volume<'p>(v: &'p Volumes<'_>, src: &Image<'_>, name: &str, id: &str) -> Result<ObjectLock<'p>> {
    let oid = format!("rbd_header.{}", src.id()?);
    let desc = format!("rbdctl volume backup create {name} (backup {id})");
    let until = Instant::now() + LOCK_WAIT;
    loop {
        if let Some(lock) = v.pool.try_lock_exclusive(&oid, LOCK_NAME, id, &desc, LOCK_DURATION)? {
            return Ok(lock);
        }
        if Instant::now() >= until {
            let holders = v.pool.lockers(&oid, LOCK_NAME)?;
            let who = holders
                .iter()
                .map(|l| format!("{} at {}, backup {}", l.client, l.address, l.cookie))
                .collect::<Vec<_>>()
                .join("; ");
            return Err(Error::Busy {
                what: format!("volume {} (another backup of {name} is running: {who})", v.spec(name)),
                hint: Some(format!(
                    "wait for it to finish; a killed one's lock lapses within {} s",
                    LOCK_DURATION.as_secs()
                )),
            });
        }
        signals::check()?;
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// The manifest of an incremental backup's base at its new snapshot `snap_id`: the
/// parent backup's manifest with the digests of the objects the changes touched asked
/// of the OSDs (8 bytes per object cross the network). Reading the touched objects whole
/// from the source instead would read up to 4 MiB per 64 KiB write, which costs more
/// than the incremental itself. The OSDs checksum what was written to the base: the
/// writes are protected on the wire by the messenger's CRC, and what the manifest guards
/// is the base afterwards. Without a usable parent manifest (Cinder's parent, a resize),
/// every object is asked: still no data moved.
fn incremental_manifest(
    base: &Image<'_>,
    bp: &BackupPool<'_>,
    parent: Option<&Manifest>,
    extents: &[(u64, u64, bool)],
    (size, object_size): (u64, u64),
    (snap, snap_id): (&str, u64),
    depth: usize,
) -> Result<Manifest> {
    let count = Manifest::object_count(size, object_size);
    let (mut objects, touched): (Vec<ObjectDigest>, Vec<u64>) = match parent {
        Some(p) if p.size == size && p.object_size == object_size => {
            let mut t: Vec<u64> = extents.iter().flat_map(|&(o, l, _)| p.objects_in(o, l)).collect();
            t.sort_unstable();
            t.dedup();
            (p.objects.clone(), t)
        }
        _ => (vec![ObjectDigest::Zero; count as usize], (0..count).collect()),
    };
    let crcs = integrity::object_crcs_on_osds(bp.pool.another()?, base, snap_id, (size, object_size), &touched, depth)?;
    for (i, crc) in crcs {
        let len = ((i + 1) * object_size).min(size) - i * object_size;
        objects[i as usize] =
            if crc == crate::manifest::zeros_crc(len) { ObjectDigest::Zero } else { ObjectDigest::Crc(crc) };
    }
    Ok(Manifest { size, object_size, snapshot: Some(snap.to_string()), objects })
}

/// The stored manifest of backup `e` (on its base), `None` for a backup without one. A
/// backup that says it has one but whose manifest is gone or unreadable is an error:
/// "no manifest" would hide the damage.
fn load_manifest(base: &Image<'_>, e: &Entry) -> Result<Option<Manifest>> {
    if e.manifest != MANIFEST_CRC {
        return Ok(None);
    }
    match base.metadata_get(&format!("{MANIFEST_KEY}{}", e.id))? {
        Some(text) => Manifest::decode(&text).map(Some),
        None => Err(Error::Protocol {
            what: format!(
                "backup {} records a manifest, but {}{} is missing from {}",
                e.id, MANIFEST_KEY, e.id, e.base
            ),
        }),
    }
}

/// Clean up the backups of `volume` that a SIGKILL left in state `creating`.
fn clean_interrupted(v: &Volumes<'_>, bp: &BackupPool<'_>, volume: &str, entries: &[Entry]) -> Result<Vec<String>> {
    let mut cleaned = vec![];
    for e in entries.iter().filter(|e| e.volume == volume && e.status == "creating") {
        let src =
            if e.volume_pool.as_deref().is_none_or(|p| p == v.pool.name()) { v.pool.open(volume).ok() } else { None };
        abort(bp.pool, src.as_ref(), e)?;
        cleaned.push(e.id.clone());
    }
    Ok(cleaned)
}

/// Undo a backup that did not finish: its base snapshot, the base's head (rolled back to
/// the parent's snapshot) or the whole base (a full one), its source snapshot, its entry.
fn abort(pool: &Pool<'_>, src: Option<&Image<'_>>, e: &Entry) -> Result<()> {
    if let (Some(src), Some(snap)) = (src, &e.snapshot)
        && src.snap_exists(snap)?
    {
        src.snap_remove(snap)?;
    }
    let base = match pool.open(&e.base) {
        Ok(b) => b,
        Err(Error::NotFound { .. }) => return Ok(()),
        Err(err) => return Err(err),
    };
    if let Some(snap) = &e.snapshot
        && base.snap_exists(snap)?
    {
        base.snap_remove(snap)?;
    }
    let _ = base.metadata_remove(&format!("{CATALOGUE_KEY}{}", e.id));
    let _ = base.metadata_remove(&format!("{MANIFEST_KEY}{}", e.id));
    match &e.from_snap {
        Some(from) if base.snap_exists(from)? => base.snap_rollback(from)?,
        _ => {
            if backup_snaps(&base)?.is_empty() {
                drop(base);
                pool.remove_image(&e.base)?;
            }
        }
    }
    Ok(())
}

pub fn create(v: &Volumes<'_>, bp: &BackupPool<'_>, s: &BackupSettings, req: &CreateBackup) -> Result<BackupReport> {
    let started = Instant::now();
    signals::install();
    let name = req.volume.as_str();
    let src = v.open(name)?;
    let id = match &req.id {
        Some(id) => id.clone(),
        None => uuid::Uuid::new_v4().hyphenated().to_string(),
    };
    // Before the catalogue is read: a second create would take the first one's
    // "creating" entry for an interrupted backup and clean it up under its feet.
    let _lock = lock_volume(v, &src, name, &id)?;
    let entries = catalogue(bp)?;
    if entries.iter().any(|e| e.id == id) {
        return Err(Error::AlreadyExists {
            what: format!("backup {id} in pool {}", bp.pool.name()),
            hint: Some("give another --id, or none for a new one".into()),
        });
    }
    let cleaned = clean_interrupted(v, bp, name, &entries)?;
    let entries: Vec<Entry> = entries.into_iter().filter(|e| !cleaned.contains(&e.id)).collect();
    let on_source = |snap: &str| src.snap_exists(snap).unwrap_or(false);
    let on_base = |e: &Entry| {
        bp.pool
            .open_read_only(&e.base, None)
            .and_then(|b| b.snap_exists(e.snapshot.as_deref().unwrap_or("")))
            .unwrap_or(false)
    };
    let decided = plan(req.incremental, name, &entries, &on_source, &on_base);
    let (base, parent, from_snap, reason) = match &decided {
        Plan::Full { reason } => (base_name(name, &id), None, None, reason.clone()),
        Plan::Incremental { parent, from_snap } => (
            parent.base.clone(),
            Some(parent.id.clone()),
            Some(from_snap.clone()),
            format!("changes since backup {} ({from_snap})", parent.id),
        ),
    };
    let size = src.size()?;
    let time = now();
    let snap = snap_name(&id, time);
    let mut entry = Entry {
        id: id.clone(),
        volume: name.to_string(),
        volume_pool: Some(v.pool.name().to_string()),
        parent: parent.clone(),
        time,
        size,
        base: base.clone(),
        snapshot: Some(snap.clone()),
        bytes_transferred: None,
        status: "creating".into(),
        made_by: "rbdctl".into(),
        from_snap: from_snap.clone(),
        manifest: MANIFEST.into(),
        manifest_root: None,
        manifest_objects: None,
        manifest_zero_objects: None,
    };
    if from_snap.is_none() {
        if bp.pool.exists(&base)? {
            return Err(Error::AlreadyExists {
                what: format!("base image {}/{base}", bp.pool.name()),
                hint: Some("give another --id".into()),
            });
        }
        let stripe = (s.stripe_unit > 0 && s.stripe_count > 0).then_some((s.stripe_unit, s.stripe_count));
        let opts = CreateOptions { order: v.create.order, features: BASE_FEATURES, stripe };
        bp.pool.create_image(&base, size, &opts)?;
    }
    // From here on, a failure undoes everything this backup did (`abort`); a SIGKILL
    // leaves the "creating" entry for the next create to find.
    let parent_entry = match &decided {
        Plan::Incremental { parent, .. } => Some(parent.as_ref().clone()),
        Plan::Full { .. } => None,
    };
    let run = || -> Result<(WalkStats, Manifest)> {
        let base_img = bp.pool.open(&base)?;
        let object_size = base_img.stat()?.object_size;
        write_entry(&base_img, &entry)?;
        signals::check()?;
        src.snap_create(&snap)?;
        let at_snap = v.pool.open_read_only(name, Some(&snap))?;
        if base_img.size()? != size {
            base_img.resize(size)?;
        }
        let extents = changed_extents(&at_snap, from_snap.as_deref(), size)?;
        let total: u64 = extents.iter().map(|e| e.1).sum();
        let io = Io::new(v);
        let work = |pb: &ProgressBar| -> Result<(WalkStats, Option<Builder>)> {
            // A full backup's base was just created: zeros need no write.
            let mut sink =
                if from_snap.is_none() { ImageSink::onto_zeros(&base_img, io) } else { ImageSink::new(&base_img, io) };
            // A full backup's manifest comes from the bytes it reads from the source.
            let mut builder = from_snap.is_none().then(|| Builder::new(object_size));
            let stats = walk(&at_snap, &extents, &io, pb, &mut |p| {
                if let (Some(b), Piece::Data { offset, buf }) = (builder.as_mut(), &p) {
                    b.add(*offset, buf);
                }
                sink.put(p)
            })?;
            sink.finish()?;
            Ok((stats, builder))
        };
        let (stats, builder) = transfer::job(&v.printer, Some(total), &format!("backing up {name}"), work, || {})?;
        signals::check()?;
        base_img.snap_create(&snap)?;
        let manifest = match builder {
            Some(b) => b.finish(size, Some(&snap))?,
            None => {
                let snap_id =
                    base_img.snapshots()?.into_iter().find(|i| i.name == snap).map(|i| i.id).ok_or_else(|| {
                        Error::not_found(format!("snapshot {}/{base}@{snap}, just made", bp.pool.name()), None)
                    })?;
                let parent_manifest = match &parent_entry {
                    Some(p) => load_manifest(&base_img, p)?,
                    None => None,
                };
                incremental_manifest(
                    &base_img,
                    bp,
                    parent_manifest.as_ref(),
                    &extents,
                    (size, object_size),
                    (&snap, snap_id),
                    io.queue_depth.max(16) * 4,
                )?
            }
        };
        signals::check()?;
        base_img.metadata_set(&format!("{MANIFEST_KEY}{id}"), &manifest.encode())?;
        Ok((stats, manifest))
    };
    let (stats, manifest) = match run() {
        Ok(st) => st,
        Err(err) => {
            let undo = abort(bp.pool, Some(&src), &entry);
            return Err(match (err, undo) {
                (Error::Interrupted { signal, .. }, Ok(())) => Error::Interrupted {
                    signal,
                    cleaned: Some(format!("backup {id} removed; {name} and earlier backups untouched")),
                },
                (err, Ok(())) => err,
                (err, Err(u)) => {
                    v.printer.warn(format!("cleaning up backup {id} failed too: {u}"));
                    err
                }
            });
        }
    };
    entry.status = "available".into();
    entry.bytes_transferred = Some(stats.data_bytes);
    entry.manifest = MANIFEST_CRC.into();
    entry.manifest_root = Some(manifest.root());
    entry.manifest_objects = Some(manifest.objects.len() as u64);
    entry.manifest_zero_objects = Some(manifest.zero_objects());
    write_entry(&bp.pool.open(&base)?, &entry)?;
    let pruned = excess_snapshots(&backup_snaps(&src)?, s.max_snapshots);
    for p in &pruned {
        src.snap_remove(p)?;
    }
    Ok(BackupReport {
        id,
        volume: name.to_string(),
        pool: v.pool.name().to_string(),
        backup_pool: bp.pool.name().to_string(),
        mode: if from_snap.is_some() { "incremental" } else { "full" },
        reason,
        parent,
        base,
        snapshot: snap,
        from_snap,
        size,
        bytes_transferred: stats.data_bytes,
        bytes_discarded: stats.zero_bytes,
        elapsed_s: started.elapsed().as_secs_f64(),
        pruned_snapshots: pruned,
        cleaned,
        manifest_root: manifest.root(),
        changed: true,
    })
}

// ---------------------------------------------------------------------------------------
// ls
// ---------------------------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct BackupList {
    pub backup_pool: String,
    pub backups: Vec<Entry>,
    #[serde(skip)]
    pub no_headers: bool,
}

impl Report for BackupList {
    fn text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let rows: Vec<Vec<String>> = self
            .backups
            .iter()
            .map(|e| {
                vec![
                    e.id.clone(),
                    e.volume.clone(),
                    e.parent.clone().unwrap_or_else(|| "-".into()),
                    if e.time > 0.0 { format!("{:.0}", e.time) } else { "-".into() },
                    size::human(e.size),
                    e.bytes_transferred.map_or("-".into(), |b| b.to_string()),
                    e.status.clone(),
                    e.made_by.clone(),
                    e.base.clone(),
                ]
            })
            .collect();
        table(
            out,
            &["ID", "VOLUME", "PARENT", "TIME", "SIZE", "TRANSFERRED", "STATUS", "MADE_BY", "BASE"],
            &rows,
            self.no_headers,
        )
    }
}

pub fn list(bp: &BackupPool<'_>, volume: Option<&str>) -> Result<BackupList> {
    let backups = catalogue(bp)?.into_iter().filter(|e| volume.is_none_or(|v| e.volume == v)).collect();
    Ok(BackupList { backup_pool: bp.pool.name().to_string(), backups, no_headers: false })
}

// ---------------------------------------------------------------------------------------
// restore
// ---------------------------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct RestoreReport {
    pub backup: String,
    pub volume: String,
    pub pool: String,
    pub base: String,
    pub snapshot: Option<String>,
    /// "diff" (target is another, empty volume) or "full" (a full copy).
    pub method: &'static str,
    pub reason: String,
    /// The backup's size; the target may be larger.
    pub size: u64,
    pub target_size: u64,
    pub created: bool,
    pub bytes_transferred: u64,
    pub bytes_discarded: u64,
    /// Bytes past the backup's size zeroed on a larger target (restore_discard_excess_bytes).
    pub excess_discarded: u64,
    /// The target matches the backup: its manifest, or (without one) the base snapshot.
    pub verified: bool,
    /// How: "osd" (the OSDs' CRC-32C of the target's objects against the backup's
    /// manifest, no data read back), "read-back" (the target read and its CRC-32C
    /// computed here: a target whose objects differ in size or striping), or
    /// "base-snapshot" (a backup without a manifest: the target read back and compared
    /// with the base snapshot).
    pub verify_method: &'static str,
    /// The backup manifest's root digest, `null` without one.
    pub manifest_root: Option<String>,
    pub verify_s: f64,
    pub elapsed_s: f64,
    pub changed: bool,
}

impl Report for RestoreReport {
    fn text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(
            out,
            "restored backup {} to {}/{} ({} restore: {})",
            self.backup, self.pool, self.volume, self.method, self.reason
        )?;
        writeln!(
            out,
            "{} bytes transferred, {} discarded, {} excess discarded; verified against {} ({}) in {:.2} s; {:.2} s in all",
            self.bytes_transferred,
            self.bytes_discarded,
            self.excess_discarded,
            match &self.manifest_root {
                Some(root) => format!("the backup's manifest {}", &root[..root.len().min(16)]),
                None => format!("{}@{}", self.base, self.snapshot.as_deref().unwrap_or("HEAD")),
            },
            self.verify_method,
            self.verify_s,
            self.elapsed_s
        )
    }
}

pub struct RestoreBackup {
    pub backup: String,
    pub to: String,
    pub create: bool,
}

pub fn restore(v: &Volumes<'_>, bp: &BackupPool<'_>, s: &BackupSettings, req: &RestoreBackup) -> Result<RestoreReport> {
    let started = Instant::now();
    signals::install();
    let entries = catalogue(bp)?;
    let e = find(&entries, &req.backup, bp)?;
    if e.status != "available" {
        return Err(Error::invalid(format!(
            "backup {} was interrupted and is incomplete (the next `volume backup create {}` cleans it up)",
            e.id, e.volume
        )));
    }
    let src = bp.pool.open_read_only(&e.base, e.snapshot.as_deref())?;
    let size = src.size()?;
    let manifest = load_manifest(&src, &e)?;
    if let Some(m) = &manifest
        && (m.size != size || m.snapshot != e.snapshot)
    {
        return Err(Error::Protocol {
            what: format!(
                "the manifest of backup {} describes {} bytes at {:?}, not {size} bytes at {:?}",
                e.id, m.size, m.snapshot, e.snapshot
            ),
        });
    }
    let target = req.to.as_str();
    if req.create {
        v.pool.create_image(target, size, &v.create).map_err(|err| match err {
            Error::AlreadyExists { what, .. } => {
                Error::AlreadyExists { what, hint: Some("drop --create to restore onto the existing volume".into()) }
            }
            err => err,
        })?;
    }
    let undo_create = || {
        if req.create {
            let _ = v.pool.remove_image(target);
        }
    };
    let run = || -> Result<RestoreReport> {
        let dst = v.open(target)?;
        let target_size = dst.size()?;
        if target_size < size {
            return Err(Error::invalid(format!(
                "volume {} is {target_size} bytes, smaller than backup {} ({size} bytes): restore with --create to a \
                 new volume, or extend it first: rbdctl volume extend {target} {size}B",
                v.spec(target),
                e.id
            )));
        }
        let same_source = target == e.volume && e.volume_pool.as_deref().is_none_or(|p| p == v.pool.name());
        let has_data = changed_extents(&dst, None, target_size)?.iter().any(|x| x.2);
        let (method, reason) = if e.snapshot.is_none() {
            ("full", "the backup has no snapshot (an old full copy)".to_string())
        } else if same_source {
            ("full", "the target is the backup's own source volume".to_string())
        } else if has_data {
            ("full", "the target volume has data".to_string())
        } else {
            ("diff", "the target is another, empty volume".to_string())
        };
        let mut extents = changed_extents(&src, None, size)?;
        if method == "full" {
            extents = cover(&extents, size);
        } else {
            extents.retain(|x| x.2);
        }
        let total: u64 = extents.iter().map(|x| x.1).sum();
        let io = Io::new(v);
        let work = |pb: &ProgressBar| -> Result<WalkStats> {
            // A diff restore's target has no data: zeros need no write.
            let mut sink = if method == "diff" { ImageSink::onto_zeros(&dst, io) } else { ImageSink::new(&dst, io) };
            let stats = walk(&src, &extents, &io, pb, &mut |p| sink.put(p))?;
            sink.finish()?;
            Ok(stats)
        };
        let stats = transfer::job(&v.printer, Some(total), &format!("restoring {}", e.id), work, || {})?;
        let mut excess = 0;
        if target_size > size && s.discard_excess && method == "full" {
            dst.write_zeroes(size, target_size - size)?;
            excess = target_size - size;
        }
        let verify_started = Instant::now();
        let vp = v.printer.progress(Some(size), &format!("verifying {target}"));
        let checked = match &manifest {
            Some(m) => verify_manifest(v, &dst, m, &io, &vp),
            None => verify(&src, &dst, size, &io, &vp).map(|()| "base-snapshot"),
        };
        vp.finish_and_clear();
        let verify_method = checked.map_err(|err| match err {
            Error::ChecksumMismatch { what, algo, expected, actual } => Error::ChecksumMismatch {
                what: format!("restore of backup {} (base {}/{}): {what}", e.id, bp.pool.name(), e.base),
                algo,
                expected,
                actual,
            },
            err => err,
        })?;
        Ok(RestoreReport {
            backup: e.id.clone(),
            volume: target.to_string(),
            pool: v.pool.name().to_string(),
            base: e.base.clone(),
            snapshot: e.snapshot.clone(),
            method,
            reason,
            size,
            target_size,
            created: req.create,
            bytes_transferred: stats.data_bytes,
            bytes_discarded: stats.zero_bytes,
            excess_discarded: excess,
            verified: true,
            verify_method,
            manifest_root: manifest.as_ref().map(Manifest::root),
            verify_s: verify_started.elapsed().as_secs_f64(),
            elapsed_s: started.elapsed().as_secs_f64(),
            changed: true,
        })
    };
    run().inspect_err(|_| undo_create())
}

/// The extents plus the gaps between them (as zeros): all of `[0, size)`.
fn cover(extents: &[(u64, u64, bool)], size: u64) -> Vec<(u64, u64, bool)> {
    let mut out = vec![];
    let mut at = 0;
    for &(o, l, d) in extents.iter().filter(|x| x.2) {
        if o > at {
            out.push((at, o - at, false));
        }
        out.push((o, l, d));
        at = o + l;
    }
    if at < size {
        out.push((at, size - at, false));
    }
    out
}

/// Check the restored `dst` against the backup's manifest `m` over `[0, m.size)`: the
/// OSDs checksum the target's objects when they hold the manifest's byte ranges (same
/// object size, no striping); otherwise the target is read here and its CRC-32C
/// computed. A mismatch names the first bad object and its byte range (exit 9).
fn verify_manifest(v: &Volumes<'_>, dst: &Image<'_>, m: &Manifest, io: &Io, pb: &ProgressBar) -> Result<&'static str> {
    let stat = dst.stat()?;
    let what = format!("the restored {}", dst.spec());
    let count = Manifest::object_count(m.size, m.object_size);
    if stat.object_size == m.object_size && dst.stripe()? == (m.object_size, 1) {
        let got = integrity::verify_on_osds(
            v.pool.another()?,
            dst,
            SNAP_HEAD,
            m,
            0..count,
            io.queue_depth.max(16) * 4,
            &|pos| pb.set_position(pos),
        )?;
        if let Some(first) = got.bad.first() {
            return Err(integrity::mismatch(&what, &got.bad, first));
        }
        return Ok("osd");
    }
    let extents: Vec<(u64, u64, bool)> = changed_extents(dst, None, m.size)?.into_iter().filter(|x| x.2).collect();
    let mut builder = Builder::new(m.object_size);
    walk(dst, &extents, io, pb, &mut |p| {
        if let Piece::Data { offset, buf } = &p {
            builder.add(*offset, buf);
        }
        Ok(())
    })?;
    let bad = builder.compare(m, 0..count)?;
    if let Some(first) = bad.first() {
        return Err(integrity::mismatch(&what, &bad, first));
    }
    Ok("read-back")
}

/// librados' LIBRADOS_SNAP_HEAD: the OSD checksums of a volume's head.
const SNAP_HEAD: u64 = u64::MAX - 1;

/// Read `dst` back and compare it with `src` over `[0, size)`: both read with pipelined
/// AIO, the backup's holes checked as zeros.
fn verify(src: &Image<'_>, dst: &Image<'_>, size: u64, io: &Io, pb: &ProgressBar) -> Result<()> {
    let extents = cover(&changed_extents(src, None, size)?, size);
    let mut sink = CompareSink::new(dst, *io);
    walk(src, &extents, io, pb, &mut |p| sink.put(p))?;
    sink.finish()
}

// ---------------------------------------------------------------------------------------
// rm
// ---------------------------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct RemoveReport {
    pub backup: String,
    /// Every backup removed (with --cascade, its dependents first).
    pub removed: Vec<String>,
    /// Base images removed because no backup snapshot remained on them.
    pub removed_bases: Vec<String>,
    pub steps: Vec<String>,
    pub changed: bool,
}

impl Report for RemoveReport {
    fn text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for s in &self.steps {
            writeln!(out, "{s}")?;
        }
        Ok(())
    }
}

pub fn remove(v: &Volumes<'_>, bp: &BackupPool<'_>, id: &str, cascade: bool) -> Result<RemoveReport> {
    let entries = catalogue(bp)?;
    let e = find(&entries, id, bp)?;
    let deps = dependents(id, &entries);
    if !deps.is_empty() && !cascade {
        return Err(Error::InUse {
            what: format!("backup {id}"),
            by: deps.iter().map(|d| format!("incremental backup {}", d.id)).collect(),
        });
    }
    let mut r =
        RemoveReport { backup: id.to_string(), removed: vec![], removed_bases: vec![], steps: vec![], changed: true };
    let mut bases: BTreeMap<String, ()> = BTreeMap::new();
    for d in deps.iter().chain(std::iter::once(&e)) {
        // Cinder's delete: the backup's snapshot on the base, then the base if no backup
        // snapshot remains. rbdctl also drops the source snapshot (Cinder leaves it for
        // the volume's own delete): nothing would use it any more.
        if let Ok(base) = bp.pool.open(&d.base) {
            if let Some(snap) = &d.snapshot
                && base.snap_exists(snap)?
            {
                base.snap_remove(snap)?;
                r.steps.push(format!("remove snapshot {}/{}@{snap}", bp.pool.name(), d.base));
            }
            let _ = base.metadata_remove(&format!("{CATALOGUE_KEY}{}", d.id));
            let _ = base.metadata_remove(&format!("{MANIFEST_KEY}{}", d.id));
        }
        if let Some(snap) = &d.snapshot
            && d.volume_pool.as_deref().is_none_or(|p| p == v.pool.name())
            && let Ok(src) = v.pool.open(&d.volume)
            && src.snap_exists(snap).unwrap_or(false)
        {
            src.snap_remove(snap)?;
            r.steps.push(format!("remove snapshot {}@{snap}", v.spec(&d.volume)));
        }
        r.removed.push(d.id.clone());
        bases.insert(d.base.clone(), ());
    }
    let remaining: HashSet<&str> =
        entries.iter().filter(|x| !r.removed.contains(&x.id)).map(|x| x.base.as_str()).collect();
    for base in bases.keys() {
        let left = match bp.pool.open_read_only(base, None) {
            Ok(b) => backup_snaps(&b)?.len(),
            Err(Error::NotFound { .. }) => continue,
            Err(err) => return Err(err),
        };
        if left == 0 && !remaining.contains(base.as_str()) {
            bp.pool.remove_image(base)?;
            r.steps.push(format!("remove base image {}/{base} (no backup snapshot left)", bp.pool.name()));
            r.removed_bases.push(base.clone());
        }
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, parent: Option<&str>, time: f64) -> Entry {
        Entry {
            id: id.into(),
            volume: "volume-v1".into(),
            volume_pool: Some("rbd".into()),
            parent: parent.map(String::from),
            time,
            size: 10,
            base: "volume-v1.backup.a".into(),
            snapshot: Some(snap_name(id, time)),
            bytes_transferred: Some(1),
            status: "available".into(),
            made_by: "rbdctl".into(),
            from_snap: None,
            manifest: MANIFEST.into(),
            manifest_root: None,
            manifest_objects: None,
            manifest_zero_objects: None,
        }
    }

    #[test]
    fn names_follow_cinder() {
        assert_eq!(base_name("volume-1234", "b1"), "volume-1234.backup.b1");
        assert_eq!(base_name("data", "b1"), "volume-data.backup.b1");
        assert_eq!(parse_base_name("volume-1234.backup.base"), Some(("volume-1234".into(), "base")));
        assert_eq!(parse_base_name("volume-12.34.backup.b1"), Some(("volume-12.34".into(), "b1")));
        assert_eq!(parse_base_name("volume-1234"), None);
        assert_eq!(parse_base_name("other.backup.b1"), None);
        let s = snap_name("b1", 1700000000.25);
        assert_eq!(s, "backup.b1.snap.1700000000.250000");
        assert_eq!(parse_backup_snap(&s), Some(("b1", "1700000000.250000")));
    }

    #[test]
    fn incremental_needs_a_parent_whose_snapshot_is_still_on_the_source() {
        let es = vec![entry("a", None, 1.0), entry("b", Some("a"), 2.0)];
        let yes = |_: &str| true;
        let base_yes = |_: &Entry| true;
        assert!(matches!(plan(false, "volume-v1", &es, &yes, &base_yes), Plan::Full { .. }));
        match plan(true, "volume-v1", &es, &yes, &base_yes) {
            Plan::Incremental { parent, from_snap } => {
                assert_eq!(parent.id, "b");
                assert_eq!(from_snap, snap_name("b", 2.0));
            }
            p => panic!("{p:?}"),
        }
        let gone = |_: &str| false;
        let Plan::Full { reason } = plan(true, "volume-v1", &es, &gone, &base_yes) else { panic!() };
        assert!(reason.contains("gone from volume-v1"), "{reason}");
        let Plan::Full { reason } = plan(true, "volume-other", &es, &yes, &base_yes) else { panic!() };
        assert!(reason.contains("no earlier backup"), "{reason}");
        let mut creating = es.clone();
        creating[1].status = "creating".into();
        let Plan::Incremental { parent, .. } = plan(true, "volume-v1", &creating, &yes, &base_yes) else { panic!() };
        assert_eq!(parent.id, "a");
    }

    #[test]
    fn dependents_are_transitive_latest_first() {
        let es =
            vec![entry("a", None, 1.0), entry("b", Some("a"), 2.0), entry("c", Some("b"), 3.0), entry("x", None, 4.0)];
        let d: Vec<String> = dependents("a", &es).into_iter().map(|e| e.id).collect();
        assert_eq!(d, ["c", "b"]);
        assert!(dependents("c", &es).is_empty());
    }

    #[test]
    fn max_snapshots_drops_the_oldest() {
        let snaps: Vec<String> = ["backup.a.snap.3.0", "backup.b.snap.1.0", "user", "backup.c.snap.2.0"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(excess_snapshots(&snaps, 0).is_empty());
        assert_eq!(excess_snapshots(&snaps, 2), ["backup.b.snap.1.0"]);
        assert_eq!(excess_snapshots(&snaps, 1), ["backup.b.snap.1.0", "backup.c.snap.2.0"]);
        assert!(excess_snapshots(&snaps, 5).is_empty());
    }

    #[test]
    fn cinder_backups_are_inferred_from_snapshot_names() {
        let snaps = vec![
            ("backup.b2.snap.200.5".to_string(), 20),
            ("backup.b1.snap.100.5".to_string(), 10),
            ("not-a-backup".to_string(), 5),
        ];
        let es = entries_of_base("volume-v9.backup.b1", &[], &snaps);
        assert_eq!(es.len(), 2);
        assert_eq!((es[0].id.as_str(), es[0].parent.as_deref(), es[0].size), ("b1", None, 10));
        assert_eq!((es[1].id.as_str(), es[1].parent.as_deref()), ("b2", Some("b1")));
        assert!(es.iter().all(|e| e.made_by == "cinder" && e.volume == "volume-v9"));
        // A catalogue entry wins over inference.
        let mine = entry("b1", None, 100.5);
        let md = vec![(format!("{CATALOGUE_KEY}b1"), serde_json::to_string(&mine).unwrap())];
        let es = entries_of_base("volume-v9.backup.b1", &md, &snaps);
        assert_eq!(es.iter().filter(|e| e.id == "b1").count(), 1);
        assert_eq!(es[0].made_by, "rbdctl");
        // An old full copy: no snapshots at all.
        let es = entries_of_base("volume-v9.backup.old1", &[], &[]);
        assert_eq!((es.len(), es[0].id.as_str(), es[0].snapshot.is_none()), (1, "old1", true));
        assert!(entries_of_base("volume-v9.backup.base", &[], &[]).is_empty());
    }

    #[test]
    fn cover_fills_gaps_with_zeros() {
        let got = cover(&[(10, 5, true), (20, 5, false), (30, 5, true)], 40);
        assert_eq!(got, [(0, 10, false), (10, 5, true), (15, 15, false), (30, 5, true), (35, 5, false)]);
        assert_eq!(cover(&[], 8), [(0, 8, false)]);
    }
}

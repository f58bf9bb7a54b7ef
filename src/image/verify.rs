//! `image verify`: check an image against its manifest without moving its data.
//!
//! By default the OSDs compute each object's CRC-32C at the snapshot and only the
//! checksums cross the network (`integrity::verify_on_osds`). `--deep` reads every byte
//! through the transfer engine and also checks md5 and the multihash. An image without
//! a manifest is its own error (exit 10); `--add-manifest` computes one from the
//! snapshot's data and stores it, for images uploaded by other tools.

use super::{SNAP, Target, meta};
use crate::ceph::Cluster;
use crate::error::{Error, Result};
use crate::integrity;
use crate::manifest::BadObject;
use crate::output::{Printer, Report};
use crate::transfer::{self, Checks, Sink, Tuning};
use crate::types::{HashAlgo, size};
use serde::Serialize;
use std::time::{Duration, Instant};

/// librados' LIBRADOS_SNAP_HEAD: read the head.
const SNAP_HEAD: u64 = u64::MAX - 1;

#[derive(Debug, Clone)]
pub struct VerifyRequest {
    pub target: Target,
    pub default_pool: String,
    /// Read every byte and check md5 and the multihash too.
    pub deep: bool,
    /// Without a manifest: compute one from the snapshot's data and store it.
    pub add_manifest: bool,
    pub allow_incomplete: bool,
    pub queue_depth: usize,
    pub op_timeout: Duration,
}

#[derive(Debug, Serialize)]
pub struct VerifyReport {
    pub pool: String,
    pub image: String,
    pub snapshot: Option<String>,
    pub size: u64,
    pub object_size: u64,
    pub objects: u64,
    pub zero_objects: u64,
    /// "osd" (checksums computed by the OSDs), "deep" (every byte read), or
    /// "add-manifest" (computed and stored, nothing to compare with).
    pub method: String,
    pub manifest_root: String,
    /// Objects that do not exist at the snapshot (counted as zeros).
    pub absent_objects: u64,
    /// Payload bytes received from the cluster: checksums, or the data with --deep.
    pub bytes_received: u64,
    /// Objects that don't match, by index and byte range (empty when all is good).
    pub bad_objects: Vec<BadObject>,
    /// What matched: "manifest", and with --deep "md5", "sha512"/"sha256".
    pub verified_with: Vec<String>,
    pub elapsed_s: f64,
    /// true when --add-manifest stored a manifest.
    pub changed: bool,
}

impl Report for VerifyReport {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let snap = self.snapshot.as_deref().map(|s| format!("@{s}")).unwrap_or_default();
        let verdict = if self.changed {
            "manifest added".to_string()
        } else if self.bad_objects.is_empty() {
            format!("ok ({})", self.verified_with.join(", "))
        } else {
            format!("{} BAD object(s)", self.bad_objects.len())
        };
        writeln!(out, "{}/{}{}: {verdict}", self.pool, self.image, snap)?;
        for b in &self.bad_objects {
            writeln!(out, "  bad {b}")?;
        }
        writeln!(
            out,
            "  objects   {} of {} ({} zero), {} size",
            self.objects,
            size::human(self.object_size),
            self.zero_objects,
            size::human(self.size)
        )?;
        writeln!(out, "  manifest  {}", self.manifest_root)?;
        writeln!(out, "  method    {} ({} received)", self.method, size::human(self.bytes_received))?;
        writeln!(out, "  took      {:.2} s", self.elapsed_s)
    }
}

pub fn verify(cluster: &Cluster, req: &VerifyRequest, printer: &Printer) -> Result<VerifyReport> {
    let started = Instant::now();
    let r = req.target.resolve(cluster, &req.default_pool)?;
    let pool = cluster.pool(&r.pool)?;
    let head = pool.open_read_only(&r.image, None).map_err(|e| e.with_hint("is the pool right? see --pool"))?;
    if !req.allow_incomplete {
        integrity::refuse_incomplete(&head, SNAP, &r.pool)?;
    }
    // As download: a named (or Glance's default) snapshot must exist; only the
    // one-component location `rbd://<image>` checks the head (a volume's, say).
    let snapshot = r.snapshot.clone();
    if let Some(s) = &snapshot
        && !head.snap_exists(s)?
    {
        return Err(super::missing_snapshot(&pool, &r.image, s));
    }
    let snap_id = match &snapshot {
        Some(s) => head
            .snapshots()?
            .into_iter()
            .find(|i| &i.name == s)
            .map(|i| i.id)
            .ok_or_else(|| Error::not_found(format!("snapshot {}/{}@{s}", r.pool, r.image), None))?,
        None => SNAP_HEAD,
    };
    drop(head);
    let image = pool.open_read_only(&r.image, snapshot.as_deref())?;
    let stat = image.stat()?;
    let what = format!("{}/{}{}", r.pool, r.image, snapshot.as_deref().map(|s| format!("@{s}")).unwrap_or_default());
    let stored =
        integrity::load(&image)?.filter(|m| integrity::describes(m, snapshot.as_deref(), stat.size, stat.object_size));
    let mut report = VerifyReport {
        pool: r.pool.clone(),
        image: r.image.clone(),
        snapshot: snapshot.clone(),
        size: stat.size,
        object_size: stat.object_size,
        objects: 0,
        zero_objects: 0,
        method: String::new(),
        manifest_root: String::new(),
        absent_objects: 0,
        bytes_received: 0,
        bad_objects: vec![],
        verified_with: vec![],
        elapsed_s: 0.0,
        changed: false,
    };
    let tuning = Tuning::for_reading(stat.object_size, req.queue_depth, req.op_timeout);
    let discard = || Sink::Stream(Box::new(std::io::sink()));
    let Some(manifest) = stored else {
        if !req.add_manifest {
            return Err(Error::NoManifest {
                what: format!("image {what}"),
                hint: "it was not uploaded by rbdctl, or before manifests existed; compute one from its data with: rbdctl image verify --add-manifest".into(),
            });
        }
        let snap = snapshot.as_deref().ok_or_else(|| {
            Error::invalid(format!(
                "{what} has no snapshot: a manifest describes a snapshot, whose data can't change (create one with rbd snap create)"
            ))
        })?;
        let checks = Checks { record: Some(stat.object_size), ..Checks::default() };
        let got = transfer::job(
            printer,
            Some(stat.size),
            &format!("reading {}", r.image),
            |pb| transfer::download(&image, 0, stat.size, discard(), &tuning, &checks, pb),
            || {},
        )?;
        let mut m = got.manifest.ok_or_else(|| Error::Internal { what: "no manifest computed".into() })?;
        m.snapshot = Some(snap.to_string());
        // Metadata is per image, so the head handle stores it; it names the snapshot.
        integrity::store(&pool.open(&r.image)?, &m)?;
        report.objects = m.objects.len() as u64;
        report.zero_objects = m.zero_objects();
        report.manifest_root = m.root();
        report.method = "add-manifest".into();
        report.bytes_received = got.read;
        report.changed = true;
        report.elapsed_s = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
        return Ok(report);
    };
    report.objects = manifest.objects.len() as u64;
    report.zero_objects = manifest.zero_objects();
    report.manifest_root = manifest.root();
    if req.deep {
        let md5 = image.metadata_get(meta::MD5)?;
        let multi = ["sha512", "sha256"].iter().find_map(|a| {
            image.metadata_get(&format!("{}{a}", meta::MULTIHASH_PREFIX)).ok().flatten().map(|v| (a.to_string(), v))
        });
        let checks = Checks {
            md5: md5.is_some(),
            multihash: multi.as_ref().and_then(|(a, _)| HashAlgo::from_name(a)),
            record: None,
            verify: Some(std::sync::Arc::new(manifest.clone())),
        };
        let got = transfer::job(
            printer,
            Some(stat.size),
            &format!("verifying {}", r.image),
            |pb| transfer::download(&image, 0, stat.size, discard(), &tuning, &checks, pb),
            || {},
        )?;
        report.method = "deep".into();
        report.bytes_received = got.read;
        report.bad_objects = got.bad_objects.unwrap_or_default();
        // Bad objects say where the damage is; md5 alone could not.
        if let Some(first) = report.bad_objects.first() {
            warn_rest(printer, &what, &report.bad_objects);
            return Err(integrity::mismatch(&what, &report.bad_objects, first));
        }
        report.verified_with.push("manifest".into());
        let mut pairs = vec![];
        if let (Some(want), Some(have)) = (md5, got.digests.md5) {
            pairs.push(("md5".to_string(), want, have));
        }
        if let (Some((algo, want)), Some(have)) = (multi, got.digests.multihash) {
            pairs.push((algo, want, have.value));
        }
        for (algo, want, have) in pairs {
            if !want.eq_ignore_ascii_case(&have) {
                return Err(Error::ChecksumMismatch { what, algo, expected: want, actual: have });
            }
            report.verified_with.push(algo);
        }
    } else {
        let snap_pool = cluster.pool(&r.pool)?;
        let pb = printer.progress(Some(stat.size), &format!("verifying {}", r.image));
        crate::signals::install();
        let got = integrity::verify_on_osds(
            snap_pool,
            &image,
            snap_id,
            &manifest,
            0..report.objects,
            req.queue_depth.max(16) * 4,
            &|pos| pb.set_position(pos),
        );
        pb.finish_and_clear();
        let got = got?;
        report.method = "osd".into();
        report.absent_objects = got.absent;
        report.bytes_received = got.bytes_received;
        report.bad_objects = got.bad;
        if report.bad_objects.is_empty() {
            report.verified_with.push("manifest".into());
        }
    }
    report.elapsed_s = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
    if let Some(first) = report.bad_objects.first() {
        warn_rest(printer, &what, &report.bad_objects);
        return Err(integrity::mismatch(&what, &report.bad_objects, first));
    }
    Ok(report)
}

/// The error names the first bad object (and counts the others); in text mode the
/// others are listed before it. (JSON mode keeps stderr one error document.)
fn warn_rest(printer: &Printer, what: &str, bad: &[BadObject]) {
    for b in bad.iter().skip(1) {
        printer.note(format!("rbdctl: {what}: bad {b}"));
    }
}

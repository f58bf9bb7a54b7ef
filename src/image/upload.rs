//! `image upload`: Glance's `add` (seed 000) and `add_with_multihash` (seed 004).
//!
//! Create the image (format 2, object size = chunk size), mark it incomplete, stream the
//! source through the transfer engine (md5 + multihash unless `--checksum none`, the
//! manifest always, zero chunks skipped), store the checksums and the manifest as image
//! metadata, snapshot `snap`, protect it, clear the mark. Any failure
//! or signal after the create removes the snapshot and the image: nothing is left.

use super::{Location, SNAP, meta};
use crate::ceph::{Cluster, CreateOptions, Pool};
use crate::convert::{self, Body};
use crate::endpoint::Source;
use crate::error::{Error, Result};
use crate::inspect::{Declared, DiskFormat};
use crate::output::{Printer, Report};
use crate::retry::Retry;
use crate::signals;
use crate::transfer::{self, Multihash, RawSource, SizePolicy, Tuning};
use crate::types::size;
use crate::types::{Features, HashAlgo, ObjectSize};
use serde::Serialize;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Everything an upload needs, validated: the source is already open (a FIFO must be
/// opened once), the settings already layered.
#[derive(Debug)]
pub struct UploadRequest {
    pub source: Source,
    pub id: String,
    pub pool: String,
    pub chunk_size: ObjectSize,
    pub size: Option<u64>,
    pub hash: HashAlgo,
    /// Compute and store Glance's md5 + multihash (`--checksum glance`); the manifest is
    /// recorded either way.
    pub glance_checksums: bool,
    pub features: Features,
    pub queue_depth: usize,
    pub op_timeout: Duration,
    /// Glance's rbd_thin_provisioning: skip all-zero chunks.
    pub thin: bool,
    /// Glance's disk_format: refused if the data contradicts it.
    pub disk_format: Declared,
    /// `--convert raw`: store the raw disk a qcow2 describes.
    pub convert_to_raw: bool,
}

/// `image upload` in JSON; field names are a contract (docs/json.md).
#[derive(Debug, Serialize)]
pub struct UploadReport {
    pub id: String,
    pub pool: String,
    pub location: String,
    pub size: u64,
    /// md5; null with `--checksum none`.
    pub checksum: Option<String>,
    pub multihash: Option<Multihash>,
    /// The manifest's digest of digests (docs/manifest.md).
    pub manifest_root: String,
    /// Bytes actually written; the rest stayed unallocated (thin).
    pub written: u64,
    /// What the stored bytes are (Glance's disk_format), as the inspector found them.
    pub disk_format: DiskFormat,
    /// The guest-visible size in bytes (`null` for an ISO that records none).
    pub virtual_size: Option<u64>,
    /// The source's format when it was converted to raw (`--convert raw`), else `null`.
    pub converted_from: Option<DiskFormat>,
    pub elapsed_s: f64,
    pub changed: bool,
}

impl Report for UploadReport {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        writeln!(out, "{}", self.location)?;
        writeln!(
            out,
            "  size      {} ({} bytes, {} written)",
            size::human(self.size),
            self.size,
            size::human(self.written)
        )?;
        match self.converted_from {
            Some(from) => writeln!(out, "  format    {} (converted from {from})", self.disk_format)?,
            None => writeln!(out, "  format    {}", self.disk_format)?,
        }
        if let Some(v) = self.virtual_size {
            writeln!(out, "  virtual   {} ({v} bytes)", size::human(v))?;
        }
        if let Some(md5) = &self.checksum {
            writeln!(out, "  md5       {md5}")?;
        }
        if let Some(m) = &self.multihash {
            writeln!(out, "  {:<9} {}", m.algo, m.value)?;
        }
        writeln!(out, "  manifest  {}", self.manifest_root)?;
        let rate = if self.elapsed_s > 0.0 { self.size as f64 / self.elapsed_s } else { 0.0 };
        writeln!(out, "  took      {:.2} s ({}/s)", self.elapsed_s, size::human(rate as u64))
    }
}

/// Remove what an unfinished upload made: the snapshot (unprotected first) and the
/// image; busy is retried per `retry`. Already gone counts as removed.
pub(crate) fn remove_partial(pool: &Pool<'_>, name: &str, retry: Retry) -> Result<()> {
    if let Ok(img) = pool.open(name) {
        img.snap_discard(SNAP)?;
    }
    match crate::retry::remove_image(pool, name, retry, None) {
        Err(Error::NotFound { .. }) => Ok(()),
        // Name the snapshots and a fix that exists here (gc and upload have no --trash).
        Err(Error::HasSnapshots { what, .. }) => {
            let snaps = pool.open_read_only(name, None).and_then(|i| i.snapshots()).unwrap_or_default();
            let names: Vec<String> = snaps.into_iter().map(|s| s.name).collect();
            Err(Error::Busy {
                what,
                hint: Some(if names.is_empty() {
                    "its snapshots changed while it was being removed: another client may be using it; run the command again".into()
                } else {
                    format!(
                        "it has snapshots {}: remove them (rbd snap unprotect, rbd snap rm) and run the command again",
                        names.join(", ")
                    )
                }),
            })
        }
        other => other,
    }
}

/// `remove_partial` right after a failure, as a sentence for the error message.
fn clean_up_after_failure(pool: &Pool<'_>, name: &str) -> String {
    match remove_partial(pool, name, Retry::NONE) {
        Ok(()) => format!("the partial image {}/{name} was removed", pool.name()),
        Err(e) => format!(
            "the partial image {}/{name} could not be removed ({e}); remove it with: rbdctl image rm --pool {} {name}",
            pool.name(),
            pool.name()
        ),
    }
}

pub fn upload(cluster: &Cluster, req: UploadRequest, printer: &Printer) -> Result<UploadReport> {
    let started = Instant::now();
    let pool = cluster.pool(&req.pool)?;
    let fsid = cluster.fsid()?;
    let source_name = req.source.name();
    // Inspect and judge before anything is created: a refusal leaves nothing behind.
    let prepared = convert::prepare(req.source, req.disk_format, req.convert_to_raw)?;
    let found = prepared.found.clone();
    printer.log(
        1,
        format!(
            "{source_name}: {}{}",
            found.format,
            found.virtual_size.map(|v| format!(", virtual size {v}")).unwrap_or_default()
        ),
    );
    let known = match &prepared.body {
        Body::Stream { known, .. } => *known,
        Body::Convert(disk) => Some(disk.virtual_size()),
    };
    if let (Some(declared), Some(actual)) = (req.size, known)
        && declared != actual
    {
        let what = if matches!(prepared.body, Body::Convert(_)) { "virtual size" } else { "bytes" };
        return Err(Error::invalid(format!(
            "--size {declared} does not match the {actual} {what} of the source file (fix --size, or omit it)"
        )));
    }
    let policy = match req.size.or(known) {
        Some(n) => SizePolicy::Exact(n),
        None => SizePolicy::Grow { current: 0 },
    };
    let initial = match policy {
        SizePolicy::Exact(n) => n,
        SizePolicy::Grow { current } => current,
    };
    let opts = CreateOptions { order: req.chunk_size.order(), features: req.features.0, stripe: None };
    signals::install();
    signals::set_abandon_hint(format!(
        "the incomplete upload {}/{} is left: rbdctl image gc --pool {} --older-than 0 removes it once its client's watch has expired (within 30 s)",
        req.pool, req.id, req.pool
    ));
    pool.create_image(&req.id, initial, &opts).map_err(|e| match e {
        Error::AlreadyExists { what, .. } => Error::AlreadyExists {
            what,
            hint: Some(format!(
                "pick another --id, or remove it first: rbdctl image rm --pool {} {}",
                req.pool, req.id
            )),
        },
        e => e,
    })?;
    printer.log(1, format!("created image {}/{} ({} bytes, order {})", req.pool, req.id, initial, opts.order));

    let converted_from = matches!(prepared.body, Body::Convert(_)).then_some(found.format);
    let result = (|| -> Result<(transfer::UploadResult, Multihash, DiskFormat, Option<u64>, String)> {
        let image = pool.open(&req.id)?;
        let started_at = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        image.metadata_set(meta::INCOMPLETE, &started_at.to_string())?;
        let tuning = Tuning {
            thin: req.thin,
            ..Tuning::for_object_size(req.chunk_size.bytes(), req.queue_depth, req.op_timeout)
        };
        let multihash = if req.hash == HashAlgo::None { None } else { Some(req.hash) };
        let checks = transfer::Checks {
            record: Some(req.chunk_size.bytes()),
            ..if req.glance_checksums { transfer::Checks::glance(multihash) } else { transfer::Checks::default() }
        };
        let (outcome, format, virtual_size) = match prepared.body {
            Body::Convert(disk) => {
                let v = disk.virtual_size();
                let outcome = transfer::job(
                    printer,
                    Some(v),
                    &format!("converting {}", req.id),
                    |pb| transfer::upload_raw(&image, Box::new(disk), &tuning, &checks, &source_name, pb),
                    || {},
                )?;
                (outcome, DiskFormat::Raw, Some(v))
            }
            Body::Stream { reader, watch, .. } => {
                let outcome = transfer::job(
                    printer,
                    known,
                    &format!("uploading {}", req.id),
                    |pb| transfer::upload(&image, reader, policy, &tuning, &checks, &source_name, pb),
                    || {},
                )?;
                // A stream's end can still refuse it (a VMDK footer) or change what it is
                // (a fixed VHD's footer after raw-looking data).
                let last = match &watch {
                    Some(w) => convert::judge(&source_name, convert::finish_watch(w), req.disk_format)?,
                    None => found.clone(),
                };
                let virtual_size = if last.format.is_raw_data() && last.format != DiskFormat::Iso {
                    Some(outcome.bytes)
                } else {
                    last.virtual_size
                };
                (outcome, last.format, virtual_size)
            }
        };
        printer.log(2, format!("transferred {} bytes in {:.3} s", outcome.bytes, started.elapsed().as_secs_f64()));
        signals::check()?;
        if let Some(md5) = &outcome.digests.md5 {
            image.metadata_set(meta::MD5, md5)?;
        }
        image.metadata_set(meta::SIZE, &outcome.bytes.to_string())?;
        image.metadata_set(meta::DISK_FORMAT, format.name())?;
        if let Some(v) = virtual_size {
            image.metadata_set(meta::VIRTUAL_SIZE, &v.to_string())?;
        }
        let mut manifest = outcome.manifest.clone().ok_or_else(|| Error::Internal { what: "no manifest".into() })?;
        manifest.snapshot = Some(SNAP.to_string());
        crate::integrity::store(&image, &manifest)?;
        if let Some(m) = &outcome.digests.multihash {
            image.metadata_set(&format!("{}{}", meta::MULTIHASH_PREFIX, m.algo), &m.value)?;
        }
        image.snap_create(SNAP)?;
        image.snap_protect(SNAP)?;
        signals::check()?;
        image.metadata_remove(meta::INCOMPLETE)?;
        printer.log(2, format!("checksums stored, snapshot protected at {:.3} s", started.elapsed().as_secs_f64()));
        let mh = outcome.digests.multihash.clone().unwrap_or(Multihash { algo: String::new(), value: String::new() });
        Ok((outcome, mh, format, virtual_size, manifest.root()))
    })();

    match result {
        Ok((outcome, mh, disk_format, virtual_size, root)) => Ok(UploadReport {
            id: req.id.clone(),
            pool: req.pool.clone(),
            location: Location::new(&fsid, &req.pool, &req.id, SNAP).uri(),
            size: outcome.bytes,
            checksum: outcome.digests.md5,
            multihash: if mh.algo.is_empty() { None } else { Some(mh) },
            manifest_root: root,
            written: outcome.written,
            disk_format,
            virtual_size,
            converted_from,
            elapsed_s: (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
            changed: true,
        }),
        Err(e) => {
            let cleaned = clean_up_after_failure(&pool, &req.id);
            printer.log(1, &cleaned);
            Err(match e {
                Error::Interrupted { signal, .. } => Error::Interrupted { signal, cleaned: Some(cleaned) },
                // One error line: the cleanup is logged with -v, and said only when it
                // failed, since then something was left behind; the error keeps its code.
                e => {
                    if cleaned.contains("could not") {
                        printer.warn(&cleaned);
                    }
                    e
                }
            })
        }
    }
}

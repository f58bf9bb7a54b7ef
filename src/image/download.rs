//! `image download`: Glance's `get` (whole image, or `offset`/`chunk_size` ranges),
//! reading from the snapshot named in the location, through the transfer engine.
//!
//! By default every object read is checked against the image's manifest (ranges too:
//! their edge objects are read whole; holes cost nothing); `--verify glance` also checks
//! md5 and the multihash of a whole-image read, as Glance would; `--no-verify` computes
//! nothing. A mismatch is an error and the partial output file is removed. An
//! interrupted upload is refused unless `allow_incomplete`. A regular output file gets holes
//! where the image is unallocated. An existing file is never replaced without --force.

use super::{Target, meta};
use crate::ceph::Cluster;
use crate::endpoint::{Output, check_output, open_output};
use crate::error::{Error, Result};
use crate::integrity;
use crate::output::{Printer, Report};
use crate::transfer::{self, Checks, Multihash, Tuning};
use crate::types::HashAlgo;
use crate::types::size;
use serde::Serialize;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct DownloadRequest {
    pub target: Target,
    pub default_pool: String,
    /// `None`: stdout.
    pub output: Option<PathBuf>,
    pub force: bool,
    pub offset: u64,
    pub length: Option<u64>,
    pub verify: Verify,
    /// Read an interrupted upload anyway.
    pub allow_incomplete: bool,
    pub queue_depth: usize,
    pub op_timeout: Duration,
}

/// What a download checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verify {
    /// Nothing, and no digest is computed.
    None,
    /// Every object against the manifest (md5 + multihash when there is no manifest).
    Manifest,
    /// The manifest and, for a whole image, Glance's md5 and multihash.
    Glance,
}

#[derive(Debug, Serialize)]
pub struct DownloadReport {
    pub pool: String,
    pub image: String,
    pub snapshot: Option<String>,
    /// Output path, or "-" for stdout.
    pub output: String,
    pub offset: u64,
    pub size: u64,
    /// Bytes read from the cluster (allocated extents only).
    pub read: u64,
    /// md5 of the bytes written; null when not computed (it is only with `--verify glance`
    /// or when the image has no manifest).
    pub checksum: Option<String>,
    pub multihash: Option<Multihash>,
    /// true: matched what is stored; false: not checked (--no-verify, or nothing stored).
    pub verified: bool,
    /// What was checked: "manifest", "md5", "sha256"/"sha512".
    pub verified_with: Vec<String>,
    pub elapsed_s: f64,
    pub changed: bool,
}

impl Report for DownloadReport {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        if self.output == "-" {
            return Ok(()); // stdout carried the data; say nothing there.
        }
        let snap = self.snapshot.as_deref().map(|s| format!("@{s}")).unwrap_or_default();
        writeln!(out, "{}/{}{} -> {}", self.pool, self.image, snap, self.output)?;
        writeln!(out, "  size      {} ({} bytes, {} read)", size::human(self.size), self.size, size::human(self.read))?;
        let mark = |what: &str| if self.verified_with.iter().any(|v| v == what) { " (verified)" } else { "" };
        if let Some(md5) = &self.checksum {
            writeln!(out, "  md5       {md5}{}", mark("md5"))?;
        }
        if let Some(m) = &self.multihash {
            writeln!(out, "  {:<9} {}{}", m.algo, m.value, mark(&m.algo))?;
        }
        if self.verified_with.iter().any(|v| v == "manifest") {
            writeln!(out, "  manifest  every object verified")?;
        }
        writeln!(out, "  took      {:.2} s", self.elapsed_s)
    }
}

pub fn download(cluster: &Cluster, req: &DownloadRequest, printer: &Printer) -> Result<DownloadReport> {
    let started = Instant::now();
    let r = req.target.resolve(cluster, &req.default_pool)?;
    let pool = cluster.pool(&r.pool)?;
    // An interrupted upload first: it may lack its snapshot, and that is why.
    if !req.allow_incomplete {
        let head = pool.open_read_only(&r.image, None).map_err(|e| e.with_hint("is the pool right? see --pool"))?;
        integrity::refuse_incomplete(&head, super::SNAP, &r.pool)?;
    }
    // A bare id reads `snap` (or --snap). An image made by other tools may lack it: that
    // is an error naming the snapshots it has, never a silent read of the live head
    // (issue 11, item 3). Only the old one-component location `rbd://<image>` reads the head.
    let snapshot = r.snapshot.clone();
    if let Some(s) = &snapshot {
        let head = pool.open_read_only(&r.image, None).map_err(|e| e.with_hint("is the pool right? see --pool"))?;
        if !head.snap_exists(s)? {
            return Err(super::missing_snapshot(&pool, &r.image, s));
        }
    }
    let image =
        pool.open_read_only(&r.image, snapshot.as_deref()).map_err(|e| e.with_hint("is the pool right? see --pool"))?;
    let stat = image.stat()?;
    let total = stat.size;
    if req.offset > total {
        return Err(Error::invalid(format!(
            "--offset {} is past the end of {} ({total} bytes)",
            req.offset,
            image.spec()
        )));
    }
    let length = req.length.unwrap_or(total - req.offset);
    if req.offset + length > total {
        return Err(Error::invalid(format!(
            "--offset {} + --length {length} is past the end of {} ({total} bytes)",
            req.offset,
            image.spec()
        )));
    }
    let whole = req.offset == 0 && length == total;
    let checking = req.verify != Verify::None;
    let manifest = match checking {
        true => integrity::load(&image)?
            .filter(|m| integrity::describes(m, snapshot.as_deref(), total, stat.object_size))
            .map(std::sync::Arc::new),
        false => None,
    };
    // Glance's values: asked for, or the only thing there is to check a whole image with.
    let glance = whole && (req.verify == Verify::Glance || (req.verify == Verify::Manifest && manifest.is_none()));
    let stored_md5 = if glance { image.metadata_get(meta::MD5)? } else { None };
    let stored_multi = ["sha512", "sha256"].iter().filter(|_| glance).find_map(|a| {
        image.metadata_get(&format!("{}{a}", meta::MULTIHASH_PREFIX)).ok().flatten().map(|v| (a.to_string(), v))
    });
    let checks = Checks {
        md5: stored_md5.is_some(),
        multihash: stored_multi.as_ref().and_then(|(a, _)| HashAlgo::from_name(a)),
        record: None,
        verify: manifest.clone(),
    };

    if let Some(p) = &req.output {
        check_output(p, req.force)?;
    }
    let out_name = req.output.as_ref().map_or("-".to_string(), |p| p.display().to_string());
    let Output { sink, removable } = open_output(req.output.as_deref())?;
    let remove_output = || Output::discard(&removable);
    let tuning = Tuning::for_reading(stat.object_size, req.queue_depth, req.op_timeout);
    let outcome = transfer::job(
        printer,
        Some(length),
        &format!("downloading {}", r.image),
        |pb| transfer::download(&image, req.offset, length, sink, &tuning, &checks, pb),
        remove_output,
    );
    let outcome = match outcome {
        Ok(o) => o,
        Err(e) => {
            return Err(match e {
                Error::Interrupted { signal, .. } => Error::Interrupted {
                    signal,
                    cleaned: removable.as_ref().map(|p| format!("the partial file {} was removed", p.display())),
                },
                e => e,
            });
        }
    };
    let mut verified_with = vec![];
    let what = format!("{}/{}{}", r.pool, r.image, snapshot.as_deref().map(|s| format!("@{s}")).unwrap_or_default());
    if let Some(bad) = &outcome.bad_objects {
        if let Some(first) = bad.first() {
            remove_output();
            return Err(integrity::mismatch(&what, bad, first));
        }
        verified_with.push("manifest".to_string());
    }
    if checking {
        let mut checks = vec![];
        if let (Some(md5), Some(got)) = (&stored_md5, &outcome.digests.md5) {
            checks.push(("md5".to_string(), md5.clone(), got.clone()));
        }
        if let (Some((algo, want)), Some(got)) = (&stored_multi, &outcome.digests.multihash) {
            checks.push((algo.clone(), want.clone(), got.value.clone()));
        }
        for (algo, expected, actual) in &checks {
            if !expected.eq_ignore_ascii_case(actual) {
                remove_output();
                return Err(Error::ChecksumMismatch {
                    what: what.clone(),
                    algo: algo.clone(),
                    expected: expected.clone(),
                    actual: actual.clone(),
                });
            }
        }
        verified_with.extend(checks.into_iter().map(|(algo, _, _)| algo));
        if verified_with.is_empty() {
            let why =
                if whole { "has no manifest and no stored checksum" } else { "has no manifest (a range needs one)" };
            printer.note(format!("rbdctl: {what} {why}; not verified (add one: rbdctl image verify --add-manifest)"));
        }
    }
    Ok(DownloadReport {
        pool: r.pool,
        image: r.image,
        snapshot,
        output: out_name,
        offset: req.offset,
        size: outcome.bytes,
        read: outcome.read,
        checksum: outcome.digests.md5,
        multihash: outcome.digests.multihash,
        verified: !verified_with.is_empty(),
        verified_with,
        elapsed_s: (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
        changed: req.output.is_some(),
    })
}

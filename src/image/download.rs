//! `image download`: Glance's `get` (whole image, or `offset`/`chunk_size` ranges),
//! reading from the snapshot named in the location, through the transfer engine.
//!
//! A whole-image read is verified against the checksums stored at upload; a mismatch
//! is an error and the partial output file is removed. A regular output file gets holes
//! where the image is unallocated. An existing file is never replaced without --force.

use super::{Target, meta};
use crate::ceph::Cluster;
use crate::endpoint::{Output, check_output, open_output};
use crate::error::{Error, Result};
use crate::output::{Printer, Report};
use crate::transfer::{self, Multihash, Tuning};
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
    pub verify: bool,
    pub queue_depth: usize,
    pub op_timeout: Duration,
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
    pub checksum: String,
    pub multihash: Option<Multihash>,
    /// true: matched the stored checksums; false: not checked (range, --no-verify, or none stored).
    pub verified: bool,
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
        writeln!(out, "  md5       {}{}", self.checksum, if self.verified { " (verified)" } else { "" })?;
        if let Some(m) = &self.multihash {
            writeln!(out, "  {:<9} {}{}", m.algo, m.value, if self.verified { " (verified)" } else { "" })?;
        }
        writeln!(out, "  took      {:.2} s", self.elapsed_s)
    }
}

pub fn download(cluster: &Cluster, req: &DownloadRequest, printer: &Printer) -> Result<DownloadReport> {
    let started = Instant::now();
    let r = req.target.resolve(cluster, &req.default_pool)?;
    let pool = cluster.pool(&r.pool)?;
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
    let stored_md5 = image.metadata_get(meta::MD5)?;
    let stored_multi = ["sha512", "sha256"].iter().find_map(|a| {
        image.metadata_get(&format!("{}{a}", meta::MULTIHASH_PREFIX)).ok().flatten().map(|v| (a.to_string(), v))
    });
    let multihash = stored_multi.as_ref().filter(|_| req.verify && whole).and_then(|(a, _)| HashAlgo::from_name(a));

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
        |pb| transfer::download(&image, req.offset, length, sink, &tuning, multihash, pb),
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
    let mut verified = false;
    if req.verify && whole {
        let what =
            format!("{}/{}{}", r.pool, r.image, snapshot.as_deref().map(|s| format!("@{s}")).unwrap_or_default());
        let mut checks = vec![];
        if let Some(md5) = &stored_md5 {
            checks.push(("md5".to_string(), md5.clone(), outcome.digests.md5.clone()));
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
        verified = !checks.is_empty();
        if !verified {
            printer.note(format!("rbdctl: {what} has no stored checksum; not verified"));
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
        verified,
        elapsed_s: (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
        changed: req.output.is_some(),
    })
}

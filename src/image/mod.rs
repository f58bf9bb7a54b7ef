//! Glance's RBD image store: an image is an RBD image written in chunks, checksummed,
//! snapshotted as `snap` and protected; its location is `rbd://<fsid>/<pool>/<id>/snap`.
//!
//! One file per verb. Each verb takes a connection and a typed request and returns a
//! report; this file holds the clap arguments, the target resolution shared by the
//! verbs, and the dispatch. Image metadata keys written here are listed in [`meta`].

mod download;
pub mod info;
pub mod location;
mod remove;
mod upload;

pub use download::{
    DownloadReport, DownloadRequest, Output, check_output as download_check_output, download, open_output,
};
pub use info::{GcReport, ImageInfo, ImageList, gc, info, list};
pub use location::Location;
pub use remove::{RemoveReport, RemoveRequest, remove};
pub use upload::{UploadReport, UploadRequest, upload};

use crate::ceph::Cluster;
use crate::cli::{Context, ImageCmd};
use crate::error::{Error, Result};
use crate::names::{self, Kind};
use crate::size::{Unit, parse_size};
use crate::transfer::HashAlgo;
use clap::Args;
use std::ffi::OsString;
use std::path::PathBuf;

/// Glance's snapshot name.
pub const SNAP: &str = "snap";

/// Image metadata written by rbdctl, readable by `rbd image-meta list`.
pub mod meta {
    pub const MD5: &str = "rbdctl.checksum.md5";
    /// `rbdctl.checksum.sha256` / `rbdctl.checksum.sha512`.
    pub const MULTIHASH_PREFIX: &str = "rbdctl.checksum.";
    pub const SIZE: &str = "rbdctl.size";
    /// Present while an upload is incomplete; cleared once `snap` is protected.
    pub const INCOMPLETE: &str = "rbdctl.incomplete";
}

/// What an image command acts on, before any cluster call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Location(Location),
    /// A bare id in `--pool`.
    Id {
        pool: String,
        id: String,
    },
}

/// Resolved: pool, image, snapshot to read (None = the head).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub pool: String,
    pub image: String,
    pub snapshot: Option<String>,
}

impl Target {
    pub fn parse(arg: &str, pool: &str) -> Result<Target> {
        if arg.contains("://") || arg.starts_with("rbd:") {
            return Location::parse(arg).map(Target::Location);
        }
        names::validate(Kind::Image, arg)?;
        Ok(Target::Id { pool: pool.to_string(), id: arg.to_string() })
    }

    /// Check the fsid against this cluster's and fill in the pool of the short forms.
    pub fn resolve(&self, cluster: &Cluster, default_pool: &str) -> Result<Resolved> {
        match self {
            Target::Id { pool, id } => {
                Ok(Resolved { pool: pool.clone(), image: id.clone(), snapshot: Some(SNAP.to_string()) })
            }
            Target::Location(loc) => {
                if let Some(fsid) = &loc.fsid {
                    let ours = cluster.fsid()?;
                    if !fsid.eq_ignore_ascii_case(&ours) {
                        return Err(Error::invalid(format!(
                            "location {loc} belongs to cluster {fsid}, but this is cluster {ours} (point -c at that cluster's ceph.conf)"
                        )));
                    }
                }
                Ok(Resolved {
                    pool: loc.pool.clone().unwrap_or_else(|| default_pool.to_string()),
                    image: loc.image.clone(),
                    snapshot: loc.snapshot.clone(),
                })
            }
        }
    }
}

#[derive(Debug, Args)]
pub struct UploadArgs {
    /// File to upload, or - for stdin
    #[arg(value_name = "FILE|-")]
    pub source: OsString,
    /// Image id (default: a new UUID, as Glance's image ids)
    #[arg(long, value_parser = crate::names::utf8_arg("image name"))]
    pub id: Option<String>,
    /// Pool [default: images]
    #[arg(long)]
    pub pool: Option<String>,
    /// Chunk and object size, a power of two (8MiB = order 23) [default: 8MiB]
    #[arg(long, value_name = "SIZE")]
    pub chunk_size: Option<String>,
    /// Exact size of the stream in bytes (or 10G, 512M...); a mismatch is an error
    #[arg(long, value_name = "BYTES")]
    pub size: Option<String>,
    /// Multihash stored beside md5 (Glance's hashing_algorithm) [default: sha512]
    #[arg(long, value_enum)]
    pub hash: Option<HashAlgo>,
    /// RBD features, comma-separated
    #[arg(long, default_value = "layering")]
    pub features: String,
    /// AIO requests in flight [default: 16]
    #[arg(long, value_name = "N")]
    pub queue_depth: Option<String>,
}

#[derive(Debug, Args)]
pub struct DownloadArgs {
    /// rbd://<fsid>/<pool>/<image>/<snap>, rbd://<image>, or an image id in --pool
    #[arg(value_name = "LOCATION|ID", value_parser = crate::names::utf8_arg("image name or location"))]
    pub target: String,
    /// Output file, or - for stdout [default: -]
    #[arg(short, long, value_name = "FILE|-")]
    pub output: Option<PathBuf>,
    /// Replace an existing output file
    #[arg(long)]
    pub force: bool,
    /// Pool of a bare id [default: images]
    #[arg(long)]
    pub pool: Option<String>,
    /// First byte to read
    #[arg(long, value_name = "BYTES")]
    pub offset: Option<String>,
    /// Bytes to read from --offset [default: to the end]
    #[arg(long, value_name = "BYTES")]
    pub length: Option<String>,
    /// Don't verify the stored checksum
    #[arg(long)]
    pub no_verify: bool,
    /// AIO requests in flight [default: 16]
    #[arg(long, value_name = "N")]
    pub queue_depth: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// rbd://<fsid>/<pool>/<image>/<snap>, rbd://<image>, or an image id in --pool
    #[arg(value_name = "LOCATION|ID", value_parser = crate::names::utf8_arg("image name or location"))]
    pub target: String,
    /// Pool of a bare id [default: images]
    #[arg(long)]
    pub pool: Option<String>,
    /// A missing image is a success (changed: false)
    #[arg(long)]
    pub if_exists: bool,
    /// Print the steps without doing them
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct InfoArgs {
    /// rbd://<fsid>/<pool>/<image>/<snap>, rbd://<image>, or an image id in --pool
    #[arg(value_name = "LOCATION|ID", value_parser = crate::names::utf8_arg("image name or location"))]
    pub target: String,
    /// Pool of a bare id [default: images]
    #[arg(long)]
    pub pool: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Pool [default: images]
    #[arg(long)]
    pub pool: Option<String>,
    /// Rows only, for scripts
    #[arg(long)]
    pub no_headers: bool,
}

#[derive(Debug, Args)]
pub struct GcArgs {
    /// Pool [default: images]
    #[arg(long)]
    pub pool: Option<String>,
    /// Only uploads started at least this long ago (e.g. 3600, 30m, 2h, 1d) [default: 0]
    #[arg(long, value_name = "AGE")]
    pub older_than: Option<String>,
    /// Print what would be removed
    #[arg(long)]
    pub dry_run: bool,
}

/// `90`, `30s`, `30m`, `2h`, `1d` → seconds.
pub fn parse_age(s: &str) -> Result<u64> {
    let bad = || Error::invalid(format!("invalid age {s:?}: use seconds or a number with s, m, h or d (e.g. 2h)"));
    let (num, mult) = match s.trim().char_indices().last() {
        Some((i, 's')) => (&s[..i], 1),
        Some((i, 'm')) => (&s[..i], 60),
        Some((i, 'h')) => (&s[..i], 3600),
        Some((i, 'd')) => (&s[..i], 86400),
        Some(_) => (s.trim(), 1),
        None => return Err(bad()),
    };
    num.trim().parse::<u64>().ok().and_then(|n| n.checked_mul(mult)).ok_or_else(bad)
}

fn pool_or(ctx: &Context, pool: &Option<String>) -> Result<String> {
    let p = pool.clone().or_else(|| ctx.settings.string("image_pool")).unwrap_or_else(|| "images".into());
    names::validate(Kind::Pool, &p)?;
    Ok(p)
}

fn queue_depth(ctx: &Context, flag: &Option<String>) -> Result<usize> {
    match flag {
        Some(q) => match q.parse::<usize>() {
            Ok(n) if (1..=256).contains(&n) => Ok(n),
            _ => Err(Error::invalid(format!("invalid --queue-depth {q:?}: it must be a number between 1 and 256"))),
        },
        None => ctx.queue_depth(),
    }
}

fn parse_bytes_or_zero(s: &Option<String>, what: &str) -> Result<Option<u64>> {
    match s.as_deref() {
        None => Ok(None),
        Some("0") => Ok(Some(0)),
        Some(v) => parse_size(v, Unit::Bytes).map(Some).map_err(|e| Error::invalid(format!("{what}: {e}"))),
    }
}

pub fn run(ctx: &Context, cmd: ImageCmd) -> anyhow::Result<()> {
    let p = &ctx.printer;
    match cmd {
        ImageCmd::Upload(a) => {
            let req = UploadRequest::from_args(ctx, &a)?;
            let cluster = ctx.connect()?;
            let report = upload(&cluster, &req, p)?;
            p.report(&report)?;
        }
        ImageCmd::Download(a) => {
            let pool = pool_or(ctx, &a.pool)?;
            let req = DownloadRequest {
                target: Target::parse(&a.target, &pool)?,
                default_pool: pool,
                output: a.output.clone().filter(|o| o.as_os_str() != "-"),
                force: a.force,
                offset: parse_bytes_or_zero(&a.offset, "--offset")?.unwrap_or(0),
                length: parse_bytes_or_zero(&a.length, "--length")?,
                verify: !a.no_verify,
                queue_depth: queue_depth(ctx, &a.queue_depth)?,
                op_timeout: ctx.settings.seconds("op_timeout")?,
            };
            if let Some(out) = &req.output {
                download::check_output(out, req.force)?;
            }
            let cluster = ctx.connect()?;
            let report = download(&cluster, &req, p)?;
            if req.output.is_none() { p.report_aside(&report)? } else { p.report(&report)? }
        }
        ImageCmd::Rm(a) => {
            let pool = pool_or(ctx, &a.pool)?;
            let req = RemoveRequest {
                target: Target::parse(&a.target, &pool)?,
                default_pool: pool,
                if_exists: a.if_exists,
                dry_run: a.dry_run,
                retry: ctx.retry()?,
            };
            let cluster = ctx.connect()?;
            p.report(&remove(&cluster, &req)?)?;
        }
        ImageCmd::Info(a) => {
            let pool = pool_or(ctx, &a.pool)?;
            let target = Target::parse(&a.target, &pool)?;
            let cluster = ctx.connect()?;
            p.report(&info(&cluster, &target, &pool)?)?;
        }
        ImageCmd::Ls(a) => {
            let pool = pool_or(ctx, &a.pool)?;
            let cluster = ctx.connect()?;
            let mut listing = list(&cluster, &pool)?;
            listing.no_headers = a.no_headers;
            p.report(&listing)?;
        }
        ImageCmd::Gc(a) => {
            let pool = pool_or(ctx, &a.pool)?;
            let older = a.older_than.as_deref().map(parse_age).transpose()?.unwrap_or(0);
            let cluster = ctx.connect()?;
            p.report(&gc(&cluster, &pool, older, a.dry_run, ctx.retry()?)?)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(Target::parse("abc", "images").unwrap(), Target::Id { pool: "images".into(), id: "abc".into() });
        assert!(matches!(Target::parse("rbd://f/p/i/s", "images").unwrap(), Target::Location(_)));
        assert!(Target::parse("rbd://a/b", "images").is_err());
        assert!(Target::parse("a/b", "images").is_err());
    }

    #[test]
    fn ages() {
        assert_eq!(parse_age("90").unwrap(), 90);
        assert_eq!(parse_age("2h").unwrap(), 7200);
        assert_eq!(parse_age("1d").unwrap(), 86400);
        assert!(parse_age("x").is_err());
        assert!(parse_age("").is_err());
    }
}

//! `rbdctl image ...`: the arguments of Glance's verbs, and how they become requests.

use super::{Context, parse};
use crate::config::FlagValue;
use crate::endpoint::Source;
use crate::image::{self, DownloadRequest, RemoveRequest, Target, UploadRequest};
use crate::inspect::Declared;
use crate::types::{Age, Features, HashAlgo, ImageName, ImageRef, ObjectSize, Offset, PoolName, QueueDepth, SnapName};
use clap::{Args, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ImageCmd {
    /// Upload a file or stdin as a new image, snapshot it as "snap" and protect it
    Upload(UploadArgs),
    /// Download an image (whole, or a range) to a file or stdout, verifying its checksum
    Download(DownloadArgs),
    /// Unprotect and remove "snap", then remove the image
    Rm(RemoveArgs),
    /// Size, layout, snapshots, checksums, parent and clones of an image
    Info(InfoArgs),
    /// List the images of a pool
    Ls(ListArgs),
    /// Remove uploads left incomplete (killed before their snapshot was protected)
    Gc(GcArgs),
    /// Check an image against its manifest: the OSDs checksum every object, no data moves
    Verify(VerifyArgs),
}

/// `--snap` of the commands that resolve an image: which snapshot an id means.
#[derive(Debug, Args)]
pub struct SnapArg {
    /// Snapshot of the image to use [default: snap, Glance's]; for images made by other tools
    #[arg(long, value_name = "NAME", value_parser = parse::typed::<SnapName>("snapshot name"))]
    pub snap: Option<SnapName>,
}

/// `--pool` of every image command: Glance's rbd_store_pool.
#[derive(Debug, Args)]
pub struct PoolArg {
    /// Pool [default: images, Glance's rbd_store_pool]
    #[arg(long, value_parser = parse::typed::<PoolName>("pool name"))]
    pub pool: Option<PoolName>,
}

#[derive(Debug, Args)]
pub struct UploadArgs {
    /// File to upload (a regular file, a FIFO or a device), or - for stdin
    #[arg(value_name = "FILE|-")]
    pub source: OsString,
    /// Image id (Glance's): the new image's name [default: a new UUID]. Not the client: that is --user
    #[arg(long, value_parser = parse::typed::<ImageName>("image name"))]
    pub id: Option<ImageName>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Object size, a power of two: Glance's chunk size (--chunk-size is an alias) [default: 8MiB]
    #[arg(long, alias = "chunk-size", value_name = "SIZE", value_parser = parse::typed::<ObjectSize>("object size"))]
    pub object_size: Option<ObjectSize>,
    /// Exact size of the stream: 10G, 512M, or a bare number of bytes; a mismatch is an error
    #[arg(long, value_name = "SIZE", value_parser = parse::typed::<Offset>("size"))]
    pub size: Option<Offset>,
    /// Multihash stored beside md5 (Glance's hashing_algorithm) [default: sha512]
    #[arg(long, value_parser = parse::choice::<HashAlgo>(HashAlgo::NAMES))]
    pub hash: Option<HashAlgo>,
    /// RBD features, comma-separated [default: layering]
    #[arg(long, value_parser = parse::typed::<Features>("features"))]
    pub features: Option<Features>,
    /// glance: md5 + multihash (Glance's checksum and os_hash_value) and the manifest;
    /// none: the manifest only, as fast as rbd import [default: glance]
    #[arg(long, value_name = "KIND", value_parser = ["glance", "none"])]
    pub checksum: Option<String>,
    /// AIO requests in flight [default: 16]
    #[arg(long, value_name = "N", value_parser = parse::typed::<QueueDepth>("queue depth"))]
    pub queue_depth: Option<QueueDepth>,
    /// What the data is (Glance's disk_format); auto stores what the inspector finds. Data
    /// that contradicts it, or fails a safety check (a qcow2 backing or data file, a VMDK
    /// naming other files, QED), is refused before anything is written
    #[arg(long, value_name = "FMT", default_value = "auto", value_parser = parse::disk_format())]
    pub disk_format: Declared,
    /// Store the raw disk a qcow2 describes (Glance's image conversion): zero and
    /// unallocated clusters are not written, checksums are over the raw bytes. From stdin
    /// the stream is first staged to a temporary file in $TMPDIR (qcow2 needs seeks)
    #[arg(long, value_name = "FMT", value_parser = ["raw"])]
    pub convert: Option<String>,
}

#[derive(Debug, Args)]
pub struct DownloadArgs {
    /// rbd://<fsid>/<pool>/<image>/<snap>, rbd://<image>, or an image id in --pool
    #[arg(value_name = "LOCATION|ID", value_parser = parse::typed::<ImageRef>("image name or location"))]
    pub target: ImageRef,
    /// Output file, or - for stdout [default: -]
    #[arg(short, long, value_name = "FILE|-")]
    pub output: Option<PathBuf>,
    /// Replace an existing output file
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub snap: SnapArg,
    #[command(flatten)]
    pub pool: PoolArg,
    /// First byte to read
    #[arg(long, value_name = "BYTES", value_parser = parse::typed::<Offset>("offset"))]
    pub offset: Option<Offset>,
    /// Bytes to read from --offset [default: to the end]
    #[arg(long, value_name = "BYTES", value_parser = parse::typed::<Offset>("length"))]
    pub length: Option<Offset>,
    /// Check nothing and compute no digest
    #[arg(long, conflicts_with = "verify")]
    pub no_verify: bool,
    /// manifest: every object read against the image's manifest (ranges too);
    /// glance: also md5 and the multihash of a whole image [default: manifest]
    #[arg(long, value_name = "KIND", value_parser = ["manifest", "glance"])]
    pub verify: Option<String>,
    /// Read an interrupted upload anyway
    #[arg(long)]
    pub allow_incomplete: bool,
    /// AIO requests in flight [default: 16]
    #[arg(long, value_name = "N", value_parser = parse::typed::<QueueDepth>("queue depth"))]
    pub queue_depth: Option<QueueDepth>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// rbd://<fsid>/<pool>/<image>/<snap>, rbd://<image>, or an image id in --pool
    #[arg(value_name = "LOCATION|ID", value_parser = parse::typed::<ImageRef>("image name or location"))]
    pub target: ImageRef,
    #[command(flatten)]
    pub snap: SnapArg,
    #[command(flatten)]
    pub pool: PoolArg,
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
    #[arg(value_name = "LOCATION|ID", value_parser = parse::typed::<ImageRef>("image name or location"))]
    pub target: ImageRef,
    #[command(flatten)]
    pub snap: SnapArg,
    #[command(flatten)]
    pub pool: PoolArg,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub pool: PoolArg,
    /// Rows only, for scripts
    #[arg(long)]
    pub no_headers: bool,
    /// Names only, from the pool directory without opening any image (as cheap as `rbd ls`)
    #[arg(long)]
    pub names: bool,
    #[command(flatten)]
    pub page: PageArgs,
}

/// Pagination of a listing, in name order (shared by `image ls` and `volume ls`).
#[derive(Debug, Args)]
pub struct PageArgs {
    /// At most N rows
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Start after this name (the last name of the previous page)
    #[arg(long, value_name = "NAME")]
    pub start_after: Option<String>,
}

impl PageArgs {
    pub fn page(&self) -> crate::scan::Page {
        crate::scan::Page { start_after: self.start_after.clone(), limit: self.limit }
    }
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// rbd://<fsid>/<pool>/<image>/<snap>, rbd://<image>, or an image id in --pool
    #[arg(value_name = "LOCATION|ID", value_parser = parse::typed::<ImageRef>("image name or location"))]
    pub target: ImageRef,
    #[command(flatten)]
    pub pool: PoolArg,
    #[command(flatten)]
    pub snap: SnapArg,
    /// Read every byte and also check md5 and the multihash
    #[arg(long)]
    pub deep: bool,
    /// Without a manifest: compute one from the snapshot's data and store it
    #[arg(long)]
    pub add_manifest: bool,
    /// Verify an interrupted upload anyway
    #[arg(long)]
    pub allow_incomplete: bool,
    /// Requests in flight [default: 16; OSD checksums: 4 x this]
    #[arg(long, value_name = "N", value_parser = parse::typed::<QueueDepth>("queue depth"))]
    pub queue_depth: Option<QueueDepth>,
}

#[derive(Debug, Args)]
pub struct GcArgs {
    #[command(flatten)]
    pub pool: PoolArg,
    /// Only uploads started at least this long ago (e.g. 3600, 30m, 2h, 1d, 0 for all);
    /// an upload still open by its client is never touched [default: 1h]
    #[arg(long, value_name = "AGE", value_parser = parse::typed::<Age>("age"))]
    pub older_than: Option<Age>,
    /// Print what would be removed
    #[arg(long)]
    pub dry_run: bool,
}

/// The flags of an image command that are settings, for the one layering.
pub fn setting_flags(cmd: &ImageCmd) -> Vec<FlagValue> {
    let mut out = vec![];
    let mut put = |setting: &'static str, flag: &'static str, v: Option<String>| {
        if let Some(value) = v {
            out.push(FlagValue { setting, flag, value });
        }
    };
    let pool = match cmd {
        ImageCmd::Upload(a) => &a.pool,
        ImageCmd::Download(a) => &a.pool,
        ImageCmd::Rm(a) => &a.pool,
        ImageCmd::Info(a) => &a.pool,
        ImageCmd::Ls(a) => &a.pool,
        ImageCmd::Gc(a) => &a.pool,
        ImageCmd::Verify(a) => &a.pool,
    };
    put("image_pool", "pool", pool.pool.as_ref().map(ToString::to_string));
    match cmd {
        ImageCmd::Upload(a) => {
            put("chunk_size", "object_size", a.object_size.map(|v| v.to_string()));
            put("hash", "hash", a.hash.map(|v| v.to_string()));
            put("features", "features", a.features.map(|v| v.to_string()));
            put("queue_depth", "queue_depth", a.queue_depth.map(|v| v.to_string()));
        }
        ImageCmd::Download(a) => put("queue_depth", "queue_depth", a.queue_depth.map(|v| v.to_string())),
        ImageCmd::Verify(a) => put("queue_depth", "queue_depth", a.queue_depth.map(|v| v.to_string())),
        _ => {}
    }
    out
}

pub fn run(ctx: &Context, cmd: ImageCmd) -> anyhow::Result<()> {
    let p = &ctx.printer;
    let s = &ctx.settings;
    let pool = s.image_pool.value.to_string();
    let target = |r: ImageRef, snap: SnapArg| Target::new(r, &pool, snap.snap.as_deref());
    match cmd {
        ImageCmd::Upload(a) => {
            let req = UploadRequest {
                source: Source::open(&a.source)?,
                id: a.id.map_or_else(|| crate::types::Uuid::new_v4().to_string(), |i| i.to_string()),
                pool: pool.clone(),
                chunk_size: s.chunk_size.value,
                size: a.size.map(|o| o.0),
                hash: s.hash.value,
                glance_checksums: a.checksum.as_deref() != Some("none"),
                features: s.features.value,
                queue_depth: s.queue_depth.value.get(),
                op_timeout: s.op_timeout.value.duration(),
                thin: s.thin.value,
                disk_format: a.disk_format,
                convert_to_raw: a.convert.is_some(),
            };
            let cluster = ctx.connect()?;
            p.report(&image::upload(&cluster, req, p)?)?;
        }
        ImageCmd::Download(a) => {
            let req = DownloadRequest {
                target: target(a.target, a.snap)?,
                default_pool: pool.clone(),
                output: a.output.filter(|o| o.as_os_str() != "-"),
                force: a.force,
                offset: a.offset.unwrap_or_default().0,
                length: a.length.map(|l| l.0),
                verify: match (a.no_verify, a.verify.as_deref()) {
                    (true, _) => image::Verify::None,
                    (false, Some("glance")) => image::Verify::Glance,
                    _ => image::Verify::Manifest,
                },
                allow_incomplete: a.allow_incomplete,
                queue_depth: s.queue_depth.value.get(),
                op_timeout: s.op_timeout.value.duration(),
            };
            if let Some(out) = &req.output {
                crate::endpoint::check_output(out, req.force)?;
            }
            let cluster = ctx.connect()?;
            let report = image::download(&cluster, &req, p)?;
            if req.output.is_none() { p.report_aside(&report)? } else { p.report(&report)? }
        }
        ImageCmd::Rm(a) => {
            let req = RemoveRequest {
                target: target(a.target, a.snap)?,
                default_pool: pool.clone(),
                if_exists: a.if_exists,
                dry_run: a.dry_run,
                retry: ctx.retry(),
            };
            let cluster = ctx.connect()?;
            let report = image::remove(&cluster, &req)?;
            if !report.dry_run {
                p.steps(&report.steps);
            }
            p.report(&report)?;
        }
        ImageCmd::Info(a) => {
            let t = target(a.target, a.snap)?;
            let cluster = ctx.connect()?;
            p.report(&image::info(&cluster, &t, &pool)?)?;
        }
        ImageCmd::Ls(a) => {
            let cluster = ctx.connect()?;
            let req = image::ListRequest {
                pool: pool.clone(),
                page: a.page.page(),
                names_only: a.names,
                no_headers: a.no_headers,
            };
            image::list(&cluster, &req, p)?;
        }
        ImageCmd::Gc(a) => {
            let older = a.older_than.map_or(image::GC_DEFAULT_AGE_S, |a| a.0);
            let cluster = ctx.connect()?;
            p.report(&image::gc(&cluster, &pool, older, a.dry_run, ctx.retry())?)?;
        }
        ImageCmd::Verify(a) => {
            let req = image::VerifyRequest {
                target: target(a.target, a.snap)?,
                default_pool: pool.clone(),
                deep: a.deep,
                add_manifest: a.add_manifest,
                allow_incomplete: a.allow_incomplete,
                queue_depth: s.queue_depth.value.get(),
                op_timeout: s.op_timeout.value.duration(),
            };
            let cluster = ctx.connect()?;
            p.report(&image::verify(&cluster, &req, p)?)?;
        }
    }
    Ok(())
}

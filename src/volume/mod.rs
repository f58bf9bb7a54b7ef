//! Cinder's RBD volume driver (seeds 001, 002): volumes, clones through
//! `<dest>.clone_snap`, clone depth, the `.deleted` rename and parent-chain cleanup,
//! snapshots, connection info, stats, import/export.
//!
//! `rules.rs` holds the decisions as pure functions; `plan.rs` the steps they produce;
//! one file per verb family does the reading and calls them. This file holds the clap
//! arguments, the shared [`Volumes`] context and the dispatch.

mod clone;
mod create;
mod info;
pub mod plan;
mod remove;
pub mod rules;

pub use clone::{clone_depth, parent_link};

use crate::ceph::{Cluster, CreateOptions, Pool, parse_features};
use crate::cli::{Context, VolumeCmd};
use crate::error::{Error, Result};
use crate::names::{self, Kind};
use crate::output::{Printer, Report};
use crate::size::{self, Unit, parse_size};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::path::PathBuf;
use std::time::Duration;

/// Everything the volume verbs share: one connection, one pool, the resolved settings.
pub struct Volumes<'c> {
    pub cluster: &'c Cluster,
    pub pool: Pool<'c>,
    pub create: CreateOptions,
    pub retries: u32,
    pub retry_interval: Duration,
    pub op_timeout: Duration,
    pub queue_depth: usize,
    pub printer: Printer,
}

impl<'c> Volumes<'c> {
    pub fn exec(&self) -> plan::Exec<'_, 'c> {
        plan::Exec {
            pool: &self.pool,
            retries: self.retries,
            retry_interval: self.retry_interval,
            create: self.create,
            printer: &self.printer,
        }
    }

    pub fn spec(&self, name: &str) -> String {
        format!("{}/{name}", self.pool.name())
    }

    pub fn not_found(&self, name: &str) -> Error {
        Error::not_found(format!("volume {}", self.spec(name)), Some("is the pool right? see --pool".to_string()))
    }

    /// Open, turning "not found" into the volume's own message.
    pub fn open(&self, name: &str) -> Result<crate::ceph::Image<'_>> {
        self.pool.open(name).map_err(|e| match e {
            Error::NotFound { .. } => self.not_found(name),
            e => e,
        })
    }
}

/// The report of every mutating volume verb: what was done (or would be).
#[derive(Debug, Serialize)]
pub struct VolumeReport {
    pub pool: String,
    pub volume: String,
    pub action: &'static str,
    /// Size after the action, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// How a create/clone was made: "empty", "cow-clone", "cow-clone+flatten", "copy", "import".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Why that method (e.g. why a clone from an image fell back to a copy).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub steps: Vec<String>,
    pub dry_run: bool,
    pub changed: bool,
}

impl VolumeReport {
    pub fn new(v: &Volumes<'_>, volume: &str, action: &'static str) -> Self {
        VolumeReport {
            pool: v.pool.name().to_string(),
            volume: volume.to_string(),
            action,
            size: None,
            method: None,
            reason: None,
            steps: vec![],
            dry_run: false,
            changed: false,
        }
    }
}

impl Report for VolumeReport {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let prefix = if self.dry_run { "would " } else { "" };
        for s in &self.steps {
            writeln!(out, "{prefix}{s}")?;
        }
        if !self.changed && !self.dry_run {
            writeln!(out, "{}/{}: nothing to do", self.pool, self.volume)?;
        }
        if let (Some(m), Some(r)) = (&self.method, &self.reason) {
            writeln!(out, "method: {m} ({r})")?;
        }
        if let Some(s) = self.size {
            writeln!(out, "{}/{}: {} ({} bytes)", self.pool, self.volume, size::human(s), s)?;
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct PoolArg {
    /// Pool [default: rbd, Cinder's rbd_pool]
    #[arg(long)]
    pub pool: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    /// Size: 10G, 10GiB, 512M, 1T, or a bare number of GiB (as Cinder)
    #[arg(long)]
    pub size: Option<String>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Object size, a power of two [default: 4MiB, order 22]
    #[arg(long, value_name = "SIZE")]
    pub object_size: Option<String>,
    /// RBD features, comma-separated [default: layering]
    #[arg(long)]
    pub features: Option<String>,
    /// Clone this protected snapshot (VOL@SNAP)
    #[arg(long, value_name = "VOL@SNAP", conflicts_with_all = ["from_volume", "from_image"])]
    pub from_snapshot: Option<String>,
    /// With --from-snapshot: flatten the new volume (rbd_flatten_volume_from_snapshot)
    #[arg(long)]
    pub flatten: bool,
    /// Clone this volume (as `volume clone`)
    #[arg(long, value_name = "SRC", conflicts_with = "from_image")]
    pub from_volume: Option<String>,
    /// COW-clone a Glance image location of this cluster, or copy it when that can't be done
    #[arg(long, value_name = "LOCATION")]
    pub from_image: Option<String>,
    /// With --from-image: ceph.conf of the cluster holding the image, if not this one
    #[arg(long, value_name = "FILE", requires = "from_image")]
    pub source_conf: Option<PathBuf>,
    /// An existing volume of the same size is a success (changed: false)
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct CloneArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub src: String,
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub dest: String,
    /// Grow the clone to this size if larger than the source
    #[arg(long)]
    pub size: Option<String>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// At this clone depth the new clone is flattened; 0 = full copy [default: 5]
    #[arg(long, value_name = "N")]
    pub max_clone_depth: Option<u32>,
    /// Cinder 2014 rule: at the maximum depth flatten the source instead of the clone
    #[arg(long)]
    pub flatten_source: bool,
    /// Print the steps without doing them
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct FlattenArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    #[command(flatten)]
    pub pool: PoolArg,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    #[command(flatten)]
    pub pool: PoolArg,
    /// A volume with user snapshots is moved to the RBD trash instead of refused
    #[arg(long)]
    pub trash: bool,
    /// Print the steps without doing them
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum SnapshotCmd {
    /// Create and protect a snapshot (Cinder's create_snapshot)
    Create(SnapArgs),
    /// Unprotect and remove a snapshot
    Rm(SnapRmArgs),
    /// List a volume's snapshots
    Ls(SnapLsArgs),
}

#[derive(Debug, Args)]
pub struct SnapArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub volume: String,
    #[arg(value_parser = crate::names::utf8_arg("snapshot name"))]
    pub snap: String,
    #[command(flatten)]
    pub pool: PoolArg,
    /// An existing snapshot is a success (changed: false)
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct SnapRmArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub volume: String,
    #[arg(value_parser = crate::names::utf8_arg("snapshot name"))]
    pub snap: String,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Flatten the snapshot's clones first, instead of refusing
    #[arg(long)]
    pub flatten_children: bool,
    /// Print the steps without doing them
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct SnapLsArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub volume: String,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Rows only, for scripts
    #[arg(long)]
    pub no_headers: bool,
}

#[derive(Debug, Args)]
pub struct ExtendArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    /// New size: 20G, 20GiB, or a bare number of GiB
    pub size: String,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Allow a smaller size (destroys the data beyond it)
    #[arg(long)]
    pub allow_shrink: bool,
}

#[derive(Debug, Args)]
pub struct InfoArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    #[command(flatten)]
    pub pool: PoolArg,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub pool: PoolArg,
    /// Include volumes renamed *.deleted
    #[arg(long)]
    pub all: bool,
    /// Rows only, for scripts
    #[arg(long)]
    pub no_headers: bool,
}

#[derive(Debug, Args)]
pub struct TreeArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    #[command(flatten)]
    pub pool: PoolArg,
}

#[derive(Debug, Args)]
pub struct ConnectionInfoArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    #[command(flatten)]
    pub pool: PoolArg,
    /// libvirt secret UUID [default: rbd_secret_uuid, else the cluster fsid]
    #[arg(long)]
    pub secret_uuid: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub pool: PoolArg,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    /// Output file, or - for stdout
    #[arg(value_name = "FILE|-")]
    pub output: PathBuf,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Replace an existing output file
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// File to import, or - for stdin
    #[arg(value_name = "FILE|-")]
    pub source: std::ffi::OsString,
    #[arg(value_parser = crate::names::utf8_arg("volume name"))]
    pub name: String,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Object size, a power of two [default: 4MiB]
    #[arg(long, value_name = "SIZE")]
    pub object_size: Option<String>,
}

/// A volume size: a bare number is GiB, as in Cinder.
pub fn parse_volume_size(s: &str) -> Result<u64> {
    parse_size(s, Unit::GiB)
}

fn pool_name(ctx: &Context, arg: &PoolArg) -> Result<String> {
    let p = arg.pool.clone().or_else(|| ctx.settings.string("volume_pool")).unwrap_or_else(|| "rbd".into());
    names::validate(Kind::Pool, &p)?;
    Ok(p)
}

fn create_options(ctx: &Context, object_size: &Option<String>, features: &Option<String>) -> Result<CreateOptions> {
    let bytes = match object_size {
        Some(s) => parse_size(s, Unit::Bytes)?,
        None => ctx.settings.bytes("object_size")?,
    };
    let features = match features {
        Some(f) => f.clone(),
        None => ctx.settings.string("features").unwrap_or_else(|| "layering".into()),
    };
    Ok(CreateOptions { order: size::object_order(bytes)?, features: parse_features(&features)?, stripe: None })
}

fn vol_name(name: &str) -> Result<String> {
    names::validate(Kind::Volume, name)?;
    Ok(name.to_string())
}

pub fn run(ctx: &Context, cmd: VolumeCmd) -> anyhow::Result<()> {
    let p = ctx.printer;
    // Validate what needs no cluster before connecting.
    let create_opts = match &cmd {
        VolumeCmd::Create(a) => create_options(ctx, &a.object_size, &a.features)?,
        VolumeCmd::Import(a) => create_options(ctx, &a.object_size, &None)?,
        _ => create_options(ctx, &None, &None)?,
    };
    let pool_arg = match &cmd {
        VolumeCmd::Create(a) => &a.pool,
        VolumeCmd::Import(a) => &a.pool,
        VolumeCmd::Clone(a) => &a.pool,
        VolumeCmd::Flatten(a) => &a.pool,
        VolumeCmd::Rm(a) => &a.pool,
        VolumeCmd::Snapshot(SnapshotCmd::Create(a)) => &a.pool,
        VolumeCmd::Snapshot(SnapshotCmd::Rm(a)) => &a.pool,
        VolumeCmd::Snapshot(SnapshotCmd::Ls(a)) => &a.pool,
        VolumeCmd::Extend(a) => &a.pool,
        VolumeCmd::Info(a) => &a.pool,
        VolumeCmd::Ls(a) => &a.pool,
        VolumeCmd::Tree(a) => &a.pool,
        VolumeCmd::ConnectionInfo(a) => &a.pool,
        VolumeCmd::Stats(a) => &a.pool,
        VolumeCmd::Export(a) => &a.pool,
    };
    let pool = pool_name(ctx, pool_arg)?;
    let cluster = ctx.connect()?;
    let v = Volumes {
        cluster: &cluster,
        pool: cluster.pool(&pool)?,
        create: create_opts,
        retries: ctx.settings.u64("retries")? as u32,
        retry_interval: ctx.settings.seconds("retry_interval")?,
        op_timeout: ctx.settings.seconds("op_timeout")?,
        queue_depth: ctx.queue_depth()?,
        printer: p,
    };
    match cmd {
        VolumeCmd::Create(a) => p.report(&create::create(&v, ctx, &a)?)?,
        VolumeCmd::Clone(a) => {
            let max = match a.max_clone_depth {
                Some(m) => m,
                None => ctx.settings.u64("max_clone_depth")? as u32,
            };
            let size = a.size.as_deref().map(parse_volume_size).transpose()?;
            p.report(&clone::clone(
                &v,
                &vol_name(&a.src)?,
                &vol_name(&a.dest)?,
                size,
                max,
                a.flatten_source,
                a.dry_run,
            )?)?
        }
        VolumeCmd::Flatten(a) => p.report(&clone::flatten(&v, &vol_name(&a.name)?)?)?,
        VolumeCmd::Rm(a) => p.report(&remove::remove(&v, &vol_name(&a.name)?, a.trash, a.dry_run)?)?,
        VolumeCmd::Snapshot(SnapshotCmd::Create(a)) => {
            names::validate(Kind::Snapshot, &a.snap)?;
            p.report(&remove::snapshot_create(&v, &vol_name(&a.volume)?, &a.snap, a.if_not_exists)?)?
        }
        VolumeCmd::Snapshot(SnapshotCmd::Rm(a)) => {
            names::validate(Kind::Snapshot, &a.snap)?;
            p.report(&remove::snapshot_remove(&v, &vol_name(&a.volume)?, &a.snap, a.flatten_children, a.dry_run)?)?
        }
        VolumeCmd::Snapshot(SnapshotCmd::Ls(a)) => {
            let mut l = info::snapshots(&v, &vol_name(&a.volume)?)?;
            l.no_headers = a.no_headers;
            p.report(&l)?
        }
        VolumeCmd::Extend(a) => {
            p.report(&create::extend(&v, &vol_name(&a.name)?, parse_volume_size(&a.size)?, a.allow_shrink)?)?
        }
        VolumeCmd::Info(a) => p.report(&info::info(&v, &vol_name(&a.name)?)?)?,
        VolumeCmd::Ls(a) => {
            let mut l = info::list(&v, a.all)?;
            l.no_headers = a.no_headers;
            p.report(&l)?
        }
        VolumeCmd::Tree(a) => p.report(&info::tree(&v, &vol_name(&a.name)?)?)?,
        VolumeCmd::ConnectionInfo(a) => {
            let secret = a.secret_uuid.or_else(|| ctx.settings.string("secret_uuid"));
            p.report(&info::connection_info(&v, ctx, &vol_name(&a.name)?, secret)?)?
        }
        VolumeCmd::Stats(_) => p.report(&info::stats(&v, ctx.settings.string("backend_name"))?)?,
        VolumeCmd::Export(a) => {
            let out = (a.output.as_os_str() != "-").then(|| a.output.clone());
            if let Some(o) = &out {
                crate::image::download_check_output(o, a.force)?;
            }
            let to_stdout = out.is_none();
            let report = create::export(&v, &vol_name(&a.name)?, out)?;
            if to_stdout { p.report_aside(&report)? } else { p.report(&report)? }
        }
        VolumeCmd::Import(a) => p.report(&create::import(&v, &a.source, &vol_name(&a.name)?)?)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_sizes_are_gib_when_bare() {
        assert_eq!(parse_volume_size("1").unwrap(), 1 << 30);
        assert_eq!(parse_volume_size("512M").unwrap(), 512 << 20);
        assert!(parse_volume_size("0").is_err());
        assert!(parse_volume_size("-3").is_err());
    }
}

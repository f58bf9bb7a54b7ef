//! `rbdctl volume ...`: the arguments of Cinder's verbs, and how they become requests
//! and the shared [`Volumes`] context.

use super::{Context, parse};
use crate::config::FlagValue;
use crate::endpoint::Source;
use crate::types::{Count, Features, Location, ObjectSize, PoolName, SnapName, Uuid, VolSnap, VolumeName, VolumeSize};
use crate::volume::{self, CreateFrom, CreateRequest, Volumes};
use clap::{Args, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum VolumeCmd {
    /// Create a volume: empty, or from a snapshot, a volume or an image
    Create(CreateArgs),
    /// Clone a volume through a protected "<DEST>.clone_snap" snapshot
    Clone(CloneArgs),
    /// Copy the parent's data into a clone and detach it
    Flatten(NameArgs),
    /// Delete a volume the way Cinder does
    Rm(RemoveArgs),
    /// Volume snapshots
    #[command(subcommand, subcommand_required = true, arg_required_else_help = true)]
    Snapshot(SnapshotCmd),
    /// Grow a volume
    Extend(ExtendArgs),
    /// Size, layout, snapshots, parent and clones of a volume
    Info(NameArgs),
    /// List volumes (hides *.deleted unless --all)
    Ls(ListArgs),
    /// The clone lineage of a volume: up to the root, down to every clone
    Tree(NameArgs),
    /// What Nova/libvirt need to attach the volume (Cinder's initialize_connection)
    ConnectionInfo(ConnectionInfoArgs),
    /// Pool capacity as Cinder reports it (get_volume_stats)
    Stats(StatsArgs),
    /// Stream a volume to a file or stdout (sparse, with progress)
    Export(ExportArgs),
    /// Stream a file or stdin into a new volume (sparse, with progress)
    Import(ImportArgs),
    /// The pool's RBD trash, filled by `volume rm --trash`: list, restore, purge
    #[command(subcommand, subcommand_required = true, arg_required_else_help = true)]
    Trash(TrashCmd),
}

#[derive(Debug, Subcommand)]
pub enum TrashCmd {
    /// List the trash entries of the pool (as `rbd trash ls --all`)
    Ls(TrashLsArgs),
    /// Put a trash entry back as a volume
    Restore(TrashRestoreArgs),
    /// Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)
    Purge(TrashPurgeArgs),
}

#[derive(Debug, Args)]
pub struct TrashLsArgs {
    #[command(flatten)]
    pub pool: PoolArg,
    /// Rows only, for scripts
    #[arg(long)]
    pub no_headers: bool,
}

#[derive(Debug, Args)]
pub struct TrashRestoreArgs {
    /// The entry: its id, or its volume name when only one entry has it
    #[arg(value_name = "ID|NAME")]
    pub entry: String,
    /// Restore under this name instead of the volume's own
    #[arg(long, value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: Option<VolumeName>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Print the step without doing it
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct TrashPurgeArgs {
    /// Only this entry (id, or volume name when only one entry has it), removed now
    #[arg(value_name = "ID|NAME")]
    pub entry: Option<String>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Print what would be removed
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

/// `--pool` of every volume command: Cinder's rbd_pool.
#[derive(Debug, Args)]
pub struct PoolArg {
    /// Pool [default: rbd, Cinder's rbd_pool]
    #[arg(long, value_parser = parse::typed::<PoolName>("pool name"))]
    pub pool: Option<PoolName>,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// The volume's name in the pool
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
    #[command(flatten)]
    pub pool: PoolArg,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The new volume's name
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
    /// Size: 10G, 10GiB, 512M, 1T, or a bare number of GiB (as Cinder)
    #[arg(long, value_parser = parse::typed::<VolumeSize>("size"))]
    pub size: Option<VolumeSize>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Object size, a power of two [default: 4MiB, order 22]
    #[arg(long, value_name = "SIZE", value_parser = parse::typed::<ObjectSize>("object size"))]
    pub object_size: Option<ObjectSize>,
    /// RBD features, comma-separated [default: layering]
    #[arg(long, value_parser = parse::typed::<Features>("features"))]
    pub features: Option<Features>,
    /// Clone this protected snapshot (VOL@SNAP)
    #[arg(long, value_name = "VOL@SNAP", value_parser = parse::typed::<VolSnap>("snapshot"), conflicts_with_all = ["from_volume", "from_image"])]
    pub from_snapshot: Option<VolSnap>,
    /// With --from-snapshot: flatten the new volume (rbd_flatten_volume_from_snapshot)
    #[arg(long)]
    pub flatten: bool,
    /// Clone this volume (as `volume clone`)
    #[arg(long, value_name = "SRC", value_parser = parse::typed::<VolumeName>("volume name"), conflicts_with = "from_image")]
    pub from_volume: Option<VolumeName>,
    /// COW-clone a Glance image location of this cluster, or copy it when that can't be done
    #[arg(long, value_name = "LOCATION", value_parser = parse::typed::<Location>("location"))]
    pub from_image: Option<Location>,
    /// With --from-image: ceph.conf of the cluster holding the image, if not this one
    #[arg(long, value_name = "FILE", requires = "from_image")]
    pub source_conf: Option<PathBuf>,
    /// With --from-image: use an interrupted upload anyway
    #[arg(long, requires = "from_image")]
    pub allow_incomplete: bool,
    /// An existing volume of the same size is a success (changed: false)
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct CloneArgs {
    /// The volume to clone
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub src: VolumeName,
    /// The new clone's name
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub dest: VolumeName,
    /// Grow the clone to this size if larger than the source
    #[arg(long, value_parser = parse::typed::<VolumeSize>("size"))]
    pub size: Option<VolumeSize>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// At this clone depth the new clone is flattened; 0 = full copy [default: 5]
    #[arg(long, value_name = "N", value_parser = parse::typed::<Count>("clone depth"))]
    pub max_clone_depth: Option<Count>,
    /// Cinder 2014 rule: at the maximum depth flatten the source instead of the clone
    #[arg(long)]
    pub flatten_source: bool,
    /// Print the steps without doing them
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The volume to delete
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
    #[command(flatten)]
    pub pool: PoolArg,
    /// A volume with user snapshots: remove them and move the volume to the RBD trash instead of refusing
    #[arg(long)]
    pub trash: bool,
    /// Print the steps without doing them
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct SnapArgs {
    /// The volume to snapshot
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub volume: VolumeName,
    /// The snapshot's name
    #[arg(value_parser = parse::typed::<SnapName>("snapshot name"))]
    pub snap: SnapName,
    #[command(flatten)]
    pub pool: PoolArg,
    /// An existing snapshot is a success (changed: false)
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct SnapRmArgs {
    /// The volume the snapshot belongs to
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub volume: VolumeName,
    /// The snapshot to remove
    #[arg(value_parser = parse::typed::<SnapName>("snapshot name"))]
    pub snap: SnapName,
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
    /// The volume whose snapshots to list
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub volume: VolumeName,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Rows only, for scripts
    #[arg(long)]
    pub no_headers: bool,
}

#[derive(Debug, Args)]
pub struct ExtendArgs {
    /// The volume to grow
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
    /// New size: 20G, 20GiB, or a bare number of GiB
    #[arg(value_parser = parse::typed::<VolumeSize>("size"))]
    pub size: VolumeSize,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Allow a smaller size (destroys the data beyond it)
    #[arg(long)]
    pub allow_shrink: bool,
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
pub struct ConnectionInfoArgs {
    /// The volume to attach
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
    #[command(flatten)]
    pub pool: PoolArg,
    /// libvirt secret UUID [default: rbd_secret_uuid, else the cluster fsid]
    #[arg(long, value_parser = parse::typed::<Uuid>("secret uuid"))]
    pub secret_uuid: Option<Uuid>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub pool: PoolArg,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The volume to export
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
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
    /// File to import (a regular file, a FIFO or a device), or - for stdin
    #[arg(value_name = "FILE|-")]
    pub source: OsString,
    /// The new volume's name
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Object size, a power of two [default: 4MiB]
    #[arg(long, value_name = "SIZE", value_parser = parse::typed::<ObjectSize>("object size"))]
    pub object_size: Option<ObjectSize>,
}

fn pool_arg(cmd: &VolumeCmd) -> &PoolArg {
    match cmd {
        VolumeCmd::Create(a) => &a.pool,
        VolumeCmd::Import(a) => &a.pool,
        VolumeCmd::Clone(a) => &a.pool,
        VolumeCmd::Flatten(a) | VolumeCmd::Info(a) | VolumeCmd::Tree(a) => &a.pool,
        VolumeCmd::Rm(a) => &a.pool,
        VolumeCmd::Snapshot(SnapshotCmd::Create(a)) => &a.pool,
        VolumeCmd::Snapshot(SnapshotCmd::Rm(a)) => &a.pool,
        VolumeCmd::Snapshot(SnapshotCmd::Ls(a)) => &a.pool,
        VolumeCmd::Extend(a) => &a.pool,
        VolumeCmd::Ls(a) => &a.pool,
        VolumeCmd::ConnectionInfo(a) => &a.pool,
        VolumeCmd::Stats(a) => &a.pool,
        VolumeCmd::Export(a) => &a.pool,
        VolumeCmd::Trash(TrashCmd::Ls(a)) => &a.pool,
        VolumeCmd::Trash(TrashCmd::Restore(a)) => &a.pool,
        VolumeCmd::Trash(TrashCmd::Purge(a)) => &a.pool,
    }
}

/// The flags of a volume command that are settings, for the one layering.
pub fn setting_flags(cmd: &VolumeCmd) -> Vec<FlagValue> {
    let mut out = vec![];
    let mut put = |setting: &'static str, flag: &'static str, v: Option<String>| {
        if let Some(value) = v {
            out.push(FlagValue { setting, flag, value });
        }
    };
    put("volume_pool", "pool", pool_arg(cmd).pool.as_ref().map(ToString::to_string));
    match cmd {
        VolumeCmd::Create(a) => {
            put("object_size", "object_size", a.object_size.map(|v| v.to_string()));
            put("features", "features", a.features.map(|v| v.to_string()));
        }
        VolumeCmd::Import(a) => put("object_size", "object_size", a.object_size.map(|v| v.to_string())),
        VolumeCmd::Clone(a) => put("max_clone_depth", "max_clone_depth", a.max_clone_depth.map(|v| v.to_string())),
        VolumeCmd::ConnectionInfo(a) => put("secret_uuid", "secret_uuid", a.secret_uuid.map(|v| v.to_string())),
        _ => {}
    }
    out
}

pub fn run(ctx: &Context, cmd: VolumeCmd) -> anyhow::Result<()> {
    let p = ctx.printer;
    let s = &ctx.settings;
    // What needs no cluster is checked before connecting.
    let (export_to, source) = match &cmd {
        VolumeCmd::Export(a) => {
            let out = (a.output.as_os_str() != "-").then(|| a.output.clone());
            if let Some(o) = &out {
                crate::endpoint::check_output(o, a.force)?;
            }
            (out, None)
        }
        VolumeCmd::Import(a) => (None, Some(Source::open(&a.source)?)),
        _ => (None, None),
    };
    let cluster = ctx.connect()?;
    let v = Volumes {
        cluster: &cluster,
        pool: cluster.pool(&s.volume_pool.value)?,
        create: crate::ceph::CreateOptions {
            order: s.object_size.value.order(),
            features: s.features.value.0,
            stripe: None,
        },
        retries: s.retries.value.0,
        retry_interval: s.retry_interval.value.duration(),
        op_timeout: s.op_timeout.value.duration(),
        queue_depth: s.queue_depth.value.get(),
        max_clone_depth: s.max_clone_depth.value.0,
        flatten_from_snapshot: s.flatten_volume_from_snapshot.value,
        image_pool: s.image_pool.value.to_string(),
        client_id: s.id.value.as_ref().map(ToString::to_string),
        cluster_name: s.cluster.value.clone(),
        connect: ctx.connect_options(),
        printer: p,
    };
    match cmd {
        VolumeCmd::Create(a) => {
            let from = match (a.from_snapshot, a.from_volume, a.from_image) {
                (Some(s), _, _) => Some(CreateFrom::Snapshot(s)),
                (_, Some(v), _) => Some(CreateFrom::Volume(v.to_string())),
                (_, _, Some(l)) => Some(CreateFrom::Image {
                    location: l,
                    source_conf: a.source_conf,
                    allow_incomplete: a.allow_incomplete,
                }),
                _ => None,
            };
            let req = CreateRequest {
                name: a.name.to_string(),
                size: a.size.map(|s| s.0),
                from,
                flatten: a.flatten,
                if_not_exists: a.if_not_exists,
                object_size: a.object_size.map(|o| o.bytes()),
            };
            p.report(&volume::create(&v, &req)?)?
        }
        VolumeCmd::Clone(a) => p.report(&volume::clone(
            &v,
            &a.src,
            &a.dest,
            a.size.map(|s| s.0),
            v.max_clone_depth,
            a.flatten_source,
            a.dry_run,
        )?)?,
        VolumeCmd::Flatten(a) => p.report(&volume::flatten(&v, &a.name)?)?,
        VolumeCmd::Rm(a) => p.report(&volume::remove(&v, &a.name, a.trash, a.dry_run)?)?,
        VolumeCmd::Snapshot(SnapshotCmd::Create(a)) => {
            p.report(&volume::snapshot_create(&v, &a.volume, &a.snap, a.if_not_exists)?)?
        }
        VolumeCmd::Snapshot(SnapshotCmd::Rm(a)) => {
            p.report(&volume::snapshot_remove(&v, &a.volume, &a.snap, a.flatten_children, a.dry_run)?)?
        }
        VolumeCmd::Snapshot(SnapshotCmd::Ls(a)) => {
            let mut l = volume::snapshots(&v, &a.volume)?;
            l.no_headers = a.no_headers;
            p.report(&l)?
        }
        VolumeCmd::Extend(a) => p.report(&volume::extend(&v, &a.name, a.size.0, a.allow_shrink)?)?,
        VolumeCmd::Info(a) => p.report(&volume::info(&v, &a.name)?)?,
        VolumeCmd::Ls(a) => {
            let mut l = volume::list(&v, a.all)?;
            l.no_headers = a.no_headers;
            p.report(&l)?
        }
        VolumeCmd::Tree(a) => p.report(&volume::tree(&v, &a.name)?)?,
        VolumeCmd::ConnectionInfo(a) => {
            let secret = s.secret_uuid.value.map(|u| u.to_string());
            p.report(&volume::connection_info(&v, &a.name, secret)?)?
        }
        VolumeCmd::Stats(_) => p.report(&volume::stats(&v, s.backend_name.value.clone())?)?,
        VolumeCmd::Export(a) => {
            let to_stdout = export_to.is_none();
            let report = volume::export(&v, &a.name, export_to)?;
            if to_stdout { p.report_aside(&report)? } else { p.report(&report)? }
        }
        VolumeCmd::Import(a) => p.report(&volume::import(&v, source.expect("opened above for import"), &a.name)?)?,
        VolumeCmd::Trash(TrashCmd::Ls(a)) => {
            let mut l = volume::trash_list(&v)?;
            l.no_headers = a.no_headers;
            p.report(&l)?
        }
        VolumeCmd::Trash(TrashCmd::Restore(a)) => {
            p.report(&volume::trash_restore(&v, &a.entry, a.name.as_deref(), a.dry_run)?)?
        }
        VolumeCmd::Trash(TrashCmd::Purge(a)) => p.report(&volume::trash_purge(&v, a.entry.as_deref(), a.dry_run)?)?,
    }
    Ok(())
}

//! `rbdctl volume ...`: the arguments of Cinder's verbs, and how they become requests
//! and the shared [`Volumes`] context.

use super::{Context, parse};
use crate::config::FlagValue;
use crate::endpoint::Source;
use crate::types::{
    ClientId, Count, Features, Location, ObjectSize, PoolName, QueueDepth, SnapName, Uuid, VolSnap, VolumeName,
    VolumeSize,
};
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
    /// Write a snapshot's changes as an "rbd diff v1" stream (as rbd export-diff)
    ExportDiff(ExportDiffArgs),
    /// Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)
    ImportDiff(ImportDiffArgs),
    /// Backups the way Cinder's Ceph backup driver makes them: incremental, restorable
    #[command(subcommand, subcommand_required = true, arg_required_else_help = true)]
    Backup(BackupCmd),
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

#[derive(Debug, Subcommand)]
pub enum BackupCmd {
    /// Back a volume up: full, or incremental from the latest backup's snapshot
    Create(BackupCreateArgs),
    /// List the backups in the backup pool (rbdctl's and Cinder's) with their chains
    Ls(BackupLsArgs),
    /// Restore a backup onto a volume (diff restore or full copy), then verify it
    Restore(BackupRestoreArgs),
    /// Delete a backup (Cinder's delete; refused if an incremental depends on it)
    Rm(BackupRmArgs),
}

#[derive(Debug, Args)]
pub struct ExportDiffArgs {
    /// The snapshot to export
    #[arg(value_name = "VOL@SNAP", value_parser = parse::typed::<VolSnap>("snapshot"))]
    pub snap: VolSnap,
    /// Output file, or - for stdout
    #[arg(value_name = "FILE|-")]
    pub output: PathBuf,
    /// Only the changes since this snapshot of the same volume
    #[arg(long, value_name = "SNAP", value_parser = parse::typed::<SnapName>("snapshot name"))]
    pub from_snap: Option<SnapName>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Replace an existing output file
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportDiffArgs {
    /// The diff stream, or - for stdin (staged to $TMPDIR and validated before applying)
    #[arg(value_name = "FILE|-")]
    pub source: OsString,
    /// The volume to apply it to
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
    #[command(flatten)]
    pub pool: PoolArg,
}

/// Where backups live: Cinder's backup_ceph_pool, backup_ceph_conf, backup_ceph_user.
#[derive(Debug, Args)]
pub struct BackupPoolArgs {
    /// The backup pool [default: backups]
    #[arg(long, value_name = "POOL", value_parser = parse::typed::<PoolName>("pool name"))]
    pub backup_pool: Option<PoolName>,
    /// ceph.conf of the cluster holding the backups, if not the volumes' cluster
    #[arg(long, value_name = "FILE")]
    pub backup_conf: Option<PathBuf>,
    /// Client id for --backup-conf's cluster [default: cinder]
    #[arg(long, value_name = "ID", value_parser = parse::typed::<ClientId>("client id"))]
    pub backup_user: Option<ClientId>,
}

#[derive(Debug, Args)]
pub struct BackupCreateArgs {
    /// The volume to back up
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub volume: VolumeName,
    /// The new backup's id [default: a new UUID]
    #[arg(long, value_name = "UUID", value_parser = parse::typed::<Uuid>("backup id"))]
    pub id: Option<Uuid>,
    /// Back up only the changes since the latest backup (full if there is none, or if its
    /// snapshot is gone from the volume)
    #[arg(long)]
    pub incremental: bool,
    /// Keep at most N backup snapshots on the volume, 0 = all [default: 0]
    #[arg(long, value_name = "N", value_parser = parse::typed::<Count>("snapshot count"))]
    pub max_snapshots: Option<Count>,
    #[command(flatten)]
    pub pool: PoolArg,
    #[command(flatten)]
    pub backup: BackupPoolArgs,
}

#[derive(Debug, Args)]
pub struct BackupLsArgs {
    /// Only this volume's backups
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub volume: Option<VolumeName>,
    #[command(flatten)]
    pub pool: PoolArg,
    #[command(flatten)]
    pub backup: BackupPoolArgs,
    /// Omit the header line
    #[arg(long)]
    pub no_headers: bool,
}

#[derive(Debug, Args)]
pub struct BackupRestoreArgs {
    /// The backup's id
    #[arg(value_name = "BACKUP")]
    pub backup: String,
    /// The volume to restore onto
    #[arg(long, value_name = "VOL", value_parser = parse::typed::<VolumeName>("volume name"))]
    pub to: VolumeName,
    /// Create the target volume at the backup's size
    #[arg(long)]
    pub create: bool,
    #[command(flatten)]
    pub pool: PoolArg,
    #[command(flatten)]
    pub backup_pool: BackupPoolArgs,
}

#[derive(Debug, Args)]
pub struct BackupRmArgs {
    /// The backup's id
    #[arg(value_name = "BACKUP")]
    pub backup: String,
    /// Also remove the incrementals that depend on it
    #[arg(long)]
    pub cascade: bool,
    #[command(flatten)]
    pub pool: PoolArg,
    #[command(flatten)]
    pub backup_pool: BackupPoolArgs,
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
    /// Size: 10G, 10GiB, 512M, 1T (a bare number is bytes, and must be whole MiB)
    #[arg(long, value_parser = parse::typed::<VolumeSize>("size"))]
    pub size: Option<VolumeSize>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Object size, a power of two (--chunk-size is an alias) [default: 4MiB, order 22]
    #[arg(long, alias = "chunk-size", value_name = "SIZE", value_parser = parse::typed::<ObjectSize>("object size"))]
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
    /// Grow the clone to this size (10G, 512M; a bare number is bytes) if larger than the source
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
    /// New size: 20G, 20GiB, 512M (a bare number is bytes, and must be whole MiB)
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
    /// Names only, from the pool directory without opening any volume (as cheap as `rbd ls`)
    #[arg(long)]
    pub names: bool,
    #[command(flatten)]
    pub page: super::image::PageArgs,
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
    /// Also sum the volumes' sizes (provisioned_capacity_gb): reads every volume of the pool
    #[arg(long)]
    pub provisioned: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The volume to export
    #[arg(value_parser = parse::typed::<VolumeName>("volume name"))]
    pub name: VolumeName,
    /// Output file, or - for stdout [default: -] (as `image download -o`)
    #[arg(short, long = "output", value_name = "FILE|-", conflicts_with = "output_positional")]
    pub output: Option<PathBuf>,
    /// The older spelling of -o FILE, kept for scripts
    #[arg(value_name = "FILE|-", hide = true)]
    pub output_positional: Option<PathBuf>,
    #[command(flatten)]
    pub pool: PoolArg,
    /// Replace an existing output file
    #[arg(long)]
    pub force: bool,
    /// AIO requests in flight [default: 16]
    #[arg(long, value_name = "N", value_parser = parse::typed::<QueueDepth>("queue depth"))]
    pub queue_depth: Option<QueueDepth>,
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
    /// Object size, a power of two (--chunk-size is an alias) [default: 4MiB]
    #[arg(long, alias = "chunk-size", value_name = "SIZE", value_parser = parse::typed::<ObjectSize>("object size"))]
    pub object_size: Option<ObjectSize>,
    /// What the file is (Glance's disk_format); data that contradicts it, or fails a safety
    /// check, is refused. A qcow2 is converted to raw (from stdin: staged to a temporary
    /// file in $TMPDIR first, since qcow2 needs seeks)
    #[arg(long, value_name = "FMT", default_value = "auto", value_parser = parse::disk_format())]
    pub disk_format: crate::inspect::Declared,
    /// AIO requests in flight [default: 16]
    #[arg(long, value_name = "N", value_parser = parse::typed::<QueueDepth>("queue depth"))]
    pub queue_depth: Option<QueueDepth>,
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
        VolumeCmd::ExportDiff(a) => &a.pool,
        VolumeCmd::ImportDiff(a) => &a.pool,
        VolumeCmd::Backup(BackupCmd::Create(a)) => &a.pool,
        VolumeCmd::Backup(BackupCmd::Ls(a)) => &a.pool,
        VolumeCmd::Backup(BackupCmd::Restore(a)) => &a.pool,
        VolumeCmd::Backup(BackupCmd::Rm(a)) => &a.pool,
    }
}

fn backup_pool_args(cmd: &VolumeCmd) -> Option<&BackupPoolArgs> {
    match cmd {
        VolumeCmd::Backup(BackupCmd::Create(a)) => Some(&a.backup),
        VolumeCmd::Backup(BackupCmd::Ls(a)) => Some(&a.backup),
        VolumeCmd::Backup(BackupCmd::Restore(a)) => Some(&a.backup_pool),
        VolumeCmd::Backup(BackupCmd::Rm(a)) => Some(&a.backup_pool),
        _ => None,
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
        VolumeCmd::Import(a) => {
            put("object_size", "object_size", a.object_size.map(|v| v.to_string()));
            put("queue_depth", "queue_depth", a.queue_depth.map(|v| v.to_string()));
        }
        VolumeCmd::Export(a) => put("queue_depth", "queue_depth", a.queue_depth.map(|v| v.to_string())),
        VolumeCmd::Clone(a) => put("max_clone_depth", "max_clone_depth", a.max_clone_depth.map(|v| v.to_string())),
        VolumeCmd::ConnectionInfo(a) => put("secret_uuid", "secret_uuid", a.secret_uuid.map(|v| v.to_string())),
        VolumeCmd::Backup(BackupCmd::Create(a)) => {
            put("backup_ceph_max_snapshots", "max_snapshots", a.max_snapshots.map(|v| v.to_string()))
        }
        _ => {}
    }
    if let Some(b) = backup_pool_args(cmd) {
        put("backup_ceph_pool", "backup_pool", b.backup_pool.as_ref().map(ToString::to_string));
        put("backup_ceph_conf", "backup_conf", b.backup_conf.as_ref().map(|p| p.display().to_string()));
        put("backup_ceph_user", "backup_user", b.backup_user.as_ref().map(ToString::to_string));
    }
    out
}

pub fn run(ctx: &Context, cmd: VolumeCmd) -> anyhow::Result<()> {
    let p = ctx.printer;
    let s = &ctx.settings;
    // What needs no cluster is checked before connecting.
    let (export_to, source) = match &cmd {
        VolumeCmd::Export(a) => {
            let given = a.output.as_ref().or(a.output_positional.as_ref());
            let out = given.filter(|o| o.as_os_str() != "-").cloned();
            if let Some(o) = &out {
                crate::endpoint::check_output(o, a.force)?;
            }
            (out, None)
        }
        VolumeCmd::Import(a) => (None, Some(Source::open(&a.source)?)),
        VolumeCmd::ExportDiff(a) => {
            let out = (a.output.as_os_str() != "-").then(|| a.output.clone());
            if let Some(o) = &out {
                crate::endpoint::check_output(o, a.force)?;
            }
            (out, None)
        }
        VolumeCmd::ImportDiff(a) => (None, Some(Source::open(&a.source)?)),
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
            done(&p, &volume::create(&v, &req)?)?
        }
        VolumeCmd::Clone(a) => done(
            &p,
            &volume::clone(&v, &a.src, &a.dest, a.size.map(|s| s.0), v.max_clone_depth, a.flatten_source, a.dry_run)?,
        )?,
        VolumeCmd::Flatten(a) => done(&p, &volume::flatten(&v, &a.name)?)?,
        VolumeCmd::Rm(a) => done(&p, &volume::remove(&v, &a.name, a.trash, a.dry_run)?)?,
        VolumeCmd::Snapshot(SnapshotCmd::Create(a)) => {
            done(&p, &volume::snapshot_create(&v, &a.volume, &a.snap, a.if_not_exists)?)?
        }
        VolumeCmd::Snapshot(SnapshotCmd::Rm(a)) => {
            done(&p, &volume::snapshot_remove(&v, &a.volume, &a.snap, a.flatten_children, a.dry_run)?)?
        }
        VolumeCmd::Snapshot(SnapshotCmd::Ls(a)) => {
            let mut l = volume::snapshots(&v, &a.volume)?;
            l.no_headers = a.no_headers;
            p.report(&l)?
        }
        VolumeCmd::Extend(a) => done(&p, &volume::extend(&v, &a.name, a.size.0, a.allow_shrink)?)?,
        VolumeCmd::Info(a) => p.report(&volume::info(&v, &a.name)?)?,
        VolumeCmd::Ls(a) => {
            let req =
                volume::ListRequest { all: a.all, page: a.page.page(), names_only: a.names, no_headers: a.no_headers };
            volume::list(&v, &req)?;
        }
        VolumeCmd::Tree(a) => p.report(&volume::tree(&v, &a.name)?)?,
        VolumeCmd::ConnectionInfo(a) => {
            let secret = s.secret_uuid.value.map(|u| u.to_string());
            p.report(&volume::connection_info(&v, &a.name, secret)?)?
        }
        VolumeCmd::Stats(a) => p.report(&volume::stats(&v, s.backend_name.value.clone(), a.provisioned)?)?,
        VolumeCmd::Export(a) => {
            let to_stdout = export_to.is_none();
            let report = volume::export(&v, &a.name, export_to)?;
            p.steps(&report.steps);
            if to_stdout { p.report_aside(&report)? } else { p.report(&report)? }
        }
        VolumeCmd::Import(a) => {
            done(&p, &volume::import(&v, source.expect("opened above for import"), &a.name, a.disk_format)?)?
        }
        VolumeCmd::Trash(TrashCmd::Ls(a)) => {
            let mut l = volume::trash_list(&v)?;
            l.no_headers = a.no_headers;
            p.report(&l)?
        }
        VolumeCmd::Trash(TrashCmd::Restore(a)) => {
            done(&p, &volume::trash_restore(&v, &a.entry, a.name.as_deref(), a.dry_run)?)?
        }
        VolumeCmd::Trash(TrashCmd::Purge(a)) => p.report(&volume::trash_purge(&v, a.entry.as_deref(), a.dry_run)?)?,
        VolumeCmd::ExportDiff(a) => {
            let to_stdout = export_to.is_none();
            let from = a.from_snap.as_ref().map(ToString::to_string);
            let report = volume::export_diff(&v, &a.snap.volume, &a.snap.snapshot, from.as_deref(), export_to)?;
            if to_stdout { p.report_aside(&report)? } else { p.report(&report)? }
        }
        VolumeCmd::ImportDiff(a) => {
            p.report(&volume::import_diff(&v, source.expect("opened above for import-diff"), &a.name)?)?
        }
        VolumeCmd::Backup(b) => run_backup(ctx, &v, b)?,
    }
    Ok(())
}

/// `volume backup ...`: the backup pool is on the volumes' cluster unless
/// backup_ceph_conf names another one (then reached as backup_ceph_user).
fn run_backup(ctx: &Context, v: &Volumes<'_>, cmd: BackupCmd) -> anyhow::Result<()> {
    use crate::volume::backup::{self, BackupPool, BackupSettings, CreateBackup, RestoreBackup};
    let s = &ctx.settings;
    let other = match &s.backup_ceph_conf.value {
        Some(conf) => {
            let opts = crate::ceph::ConnectOptions {
                conf: Some(conf.clone()),
                id: Some(s.backup_ceph_user.value.to_string()),
                keyring: None,
                ..ctx.connect_options()
            };
            Some(crate::ceph::Cluster::connect(&opts)?)
        }
        // Same cluster: creates and restores still get a client of their own for the
        // backup pool, so the reads and the writes travel on separate connections. A
        // client's connection to an OSD is served by one messenger thread, whose data
        // CRCs and copies bounded a backup on one connection (perf: half of all samples).
        None if matches!(cmd, BackupCmd::Create(_) | BackupCmd::Restore(_)) => {
            Some(crate::ceph::Cluster::connect(&v.connect)?)
        }
        None => None,
    };
    let cluster = other.as_ref().unwrap_or(v.cluster);
    let pool_name = s.backup_ceph_pool.value.to_string();
    let pool = cluster.pool(&pool_name).map_err(|e| match e {
        crate::error::Error::NotFound { what, .. } => crate::error::Error::not_found(
            what,
            Some(format!("create it: ceph osd pool create {pool_name} && rbd pool init {pool_name}")),
        ),
        e => e,
    })?;
    let bp = BackupPool { pool: &pool };
    let settings = BackupSettings {
        max_snapshots: s.backup_ceph_max_snapshots.value.0,
        discard_excess: s.restore_discard_excess_bytes.value,
        stripe_unit: u64::from(s.backup_ceph_stripe_unit.value.0),
        stripe_count: u64::from(s.backup_ceph_stripe_count.value.0),
    };
    let p = ctx.printer;
    match cmd {
        BackupCmd::Create(a) => {
            let req = CreateBackup {
                volume: a.volume.to_string(),
                id: a.id.map(|u| u.to_string()),
                incremental: a.incremental,
            };
            p.report(&backup::create(v, &bp, &settings, &req)?)?
        }
        BackupCmd::Ls(a) => {
            let mut l = backup::list(&bp, a.volume.as_ref().map(ToString::to_string).as_deref())?;
            l.no_headers = a.no_headers;
            p.report(&l)?
        }
        BackupCmd::Restore(a) => {
            let req = RestoreBackup { backup: a.backup, to: a.to.to_string(), create: a.create };
            p.report(&backup::restore(v, &bp, &settings, &req)?)?
        }
        BackupCmd::Rm(a) => p.report(&backup::remove(v, &bp, &a.backup, a.cascade)?)?,
    }
    Ok(())
}

/// Print a mutating verb's report: the steps not yet shown as progress (stderr, hidden by
/// -q; a dry run's steps are its result, on stdout), then the result.
fn done(p: &crate::output::Printer, report: &volume::VolumeReport) -> std::io::Result<()> {
    if !report.dry_run {
        p.steps(&report.steps);
    }
    p.report(report)
}

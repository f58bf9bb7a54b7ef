//! The clap tree, and the dispatch from each verb to its library function.
//!
//! Parsing only: arguments become typed requests here, settings are resolved once
//! (`config::Settings`), and the report that comes back is handed to the printer.
//! No Ceph logic lives here.

use crate::ceph::{Cluster, ConnectOptions};
use crate::config::{Inputs, Settings};
use crate::error::{Error, Result};
use crate::image;
use crate::mon::{self, Prefer};
use crate::output::{Format, Printer, Report};
use crate::transfer::HashAlgo;
use crate::volume;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::PathBuf;

const ABOUT: &str = "Glance's image store and Cinder's volume driver on Ceph RBD, in one command";

const AFTER_HELP: &str = "\
Exit codes: 0 ok, 1 failure, 2 invalid input, 3 not found, 4 already exists, 5 in use/busy,
6 permission denied, 7 no space/quota, 8 timeout/unreachable, 9 checksum mismatch,
130 SIGINT, 143 SIGTERM.
Environment: CEPH_CONF, CEPH_ARGS (as for Ceph's tools), RBDCTL_<SETTING> (see `rbdctl config show`).";

#[derive(Debug, Parser)]
#[command(name = "rbdctl", version, about = ABOUT, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    /// Client id to authenticate as, without "client." (before the subcommand; --user works anywhere)
    #[arg(long = "id", value_name = "CLIENT")]
    pub client_id: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Ceph configuration file [env: CEPH_CONF] (default: librados' own search)
    #[arg(short = 'c', long, global = true, value_name = "FILE")]
    pub conf: Option<PathBuf>,

    /// Client id to authenticate as, without "client." (same as --id)
    #[arg(long, global = true, value_name = "CLIENT")]
    pub user: Option<String>,

    /// Keyring file holding the client's key (never pass a key itself)
    #[arg(long, global = true, value_name = "FILE")]
    pub keyring: Option<PathBuf>,

    /// Cluster name, for the default conf and keyring paths
    #[arg(long, global = true, value_name = "NAME")]
    pub cluster: Option<String>,

    /// Output format
    #[arg(long, global = true, value_enum, default_value = "text")]
    pub format: Format,

    /// No progress bars or notes; results and errors only
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Log steps to stderr (-vv details, -vvv everything)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Seconds to connect (retries included) and for each monitor command [default: 30]
    #[arg(long, global = true, value_name = "SECONDS")]
    pub connect_timeout: Option<String>,

    /// Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]
    #[arg(long, global = true, value_name = "SECONDS")]
    pub op_timeout: Option<String>,

    /// Retries for connecting and for busy images (Cinder's rados_connection_retries) [default: 3]
    #[arg(long, global = true, value_name = "N")]
    pub retries: Option<String>,

    /// Seconds between retries, doubled each time (rados_connection_interval) [default: 5]
    #[arg(long, global = true, value_name = "SECONDS")]
    pub retry_interval: Option<String>,

    /// rbdctl's own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Read pool, user, conf and chunk size from a glance-api.conf
    #[arg(long, global = true, value_name = "FILE")]
    pub glance_config: Option<PathBuf>,

    /// With --glance-config: which store of enabled_backends (default: default_backend)
    #[arg(long, global = true, value_name = "NAME")]
    pub store: Option<String>,

    /// Read pool, user, conf and clone rules from a cinder.conf
    #[arg(long, global = true, value_name = "FILE")]
    pub cinder_config: Option<PathBuf>,

    /// With --cinder-config: which backend section (or volume_backend_name)
    #[arg(long, global = true, value_name = "NAME")]
    pub backend: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Glance images: upload, download, remove, inspect
    #[command(subcommand)]
    Image(ImageCmd),
    /// Cinder volumes: create, clone, snapshot, delete, extend, export
    #[command(subcommand)]
    Volume(VolumeCmd),
    /// Monitors
    #[command(subcommand)]
    Mon(MonCmd),
    /// Effective settings and where each came from
    #[command(subcommand)]
    Config(ConfigCmd),
    /// Print the exit-code table
    ExitCodes,
    /// Print a shell completion script
    #[command(hide = true)]
    Completions { shell: clap_complete::Shell },
    /// Write the man pages into a directory
    #[command(hide = true)]
    Manpages { dir: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum ImageCmd {
    /// Upload a file or stdin as a new image, snapshot it as "snap" and protect it
    Upload(image::UploadArgs),
    /// Download an image (whole, or a range) to a file or stdout, verifying its checksum
    Download(image::DownloadArgs),
    /// Unprotect and remove "snap", then remove the image
    Rm(image::RemoveArgs),
    /// Size, layout, snapshots, checksums, parent and clones of an image
    Info(image::InfoArgs),
    /// List the images of a pool
    Ls(image::ListArgs),
    /// Remove uploads left incomplete (killed before their snapshot was protected)
    Gc(image::GcArgs),
}

#[derive(Debug, Subcommand)]
pub enum VolumeCmd {
    /// Create a volume: empty, or from a snapshot, a volume or an image
    Create(volume::CreateArgs),
    /// Clone a volume through a protected "<DEST>.clone_snap" snapshot
    Clone(volume::CloneArgs),
    /// Copy the parent's data into a clone and detach it
    Flatten(volume::FlattenArgs),
    /// Delete a volume the way Cinder does
    Rm(volume::RemoveArgs),
    /// Volume snapshots
    #[command(subcommand)]
    Snapshot(volume::SnapshotCmd),
    /// Grow a volume
    Extend(volume::ExtendArgs),
    /// Size, layout, snapshots, parent and clones of a volume
    Info(volume::InfoArgs),
    /// List volumes (hides *.deleted unless --all)
    Ls(volume::ListArgs),
    /// The clone lineage of a volume: up to the root, down to every clone
    Tree(volume::TreeArgs),
    /// What Nova/libvirt need to attach the volume (Cinder's initialize_connection)
    ConnectionInfo(volume::ConnectionInfoArgs),
    /// Pool capacity as Cinder reports it (get_volume_stats)
    Stats(volume::StatsArgs),
    /// Stream a volume to a file or stdout (sparse, with progress)
    Export(volume::ExportArgs),
    /// Stream a file or stdin into a new volume (sparse, with progress)
    Import(volume::ImportArgs),
}

#[derive(Debug, Subcommand)]
pub enum MonCmd {
    /// Monitor hosts and ports from the monitor map
    Addrs {
        /// Which messenger address to report when a monitor has both
        #[arg(long, value_enum, default_value = "v1")]
        prefer: Prefer,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Every effective setting, its value and its source
    Show,
}

/// Everything a verb needs besides its own arguments.
pub struct Context {
    pub settings: Settings,
    pub printer: Printer,
}

impl Context {
    pub fn connect_options(&self) -> Result<ConnectOptions> {
        let s = &self.settings;
        Ok(ConnectOptions {
            conf: s.path("conf"),
            id: s.string("id"),
            keyring: s.path("keyring"),
            cluster: s.string("cluster"),
            connect_timeout: s.seconds("connect_timeout")?,
            op_timeout: s.seconds("op_timeout")?,
            retries: s.u64("retries")? as u32,
            retry_interval: s.seconds("retry_interval")?,
            extra: bulk_io_options(),
        })
    }

    pub fn connect(&self) -> Result<Cluster> {
        let opts = self.connect_options()?;
        if let Some(k) = &opts.keyring {
            warn_if_world_readable(&self.printer, k);
        }
        self.printer.log(1, format!("connecting (timeout {} s)", opts.connect_timeout.as_secs()));
        Cluster::connect(&opts)
    }

    /// How removals retry a busy image (`--retries`, `--retry-interval`).
    pub fn retry(&self) -> Result<crate::retry::Retry> {
        Ok(crate::retry::Retry {
            retries: self.settings.u64("retries")? as u32,
            interval: self.settings.seconds("retry_interval")?,
        })
    }

    pub fn queue_depth(&self) -> Result<usize> {
        let q = self.settings.u64("queue_depth")?;
        if !(1..=256).contains(&q) {
            return Err(Error::invalid(format!("invalid queue depth {q}: it must be between 1 and 256")));
        }
        Ok(q as usize)
    }

    pub fn hash(&self) -> Result<HashAlgo> {
        let h = self.settings.string("hash").unwrap_or_else(|| "sha512".into());
        HashAlgo::from_str(&h, true)
            .map_err(|_| Error::invalid(format!("invalid hash {h:?}: use sha256, sha512 or none")))
    }
}

/// librbd options for streaming whole images: our pipeline is the cache and the
/// read-ahead, so librbd's writearound cache only adds a copy, a lock and memory; and with
/// zero-copy writes librbd sends our buffers (the AIO completion owns them until the OSD
/// has acked, see ceph::Completion). Measured: scripts/bench, README "Performance".
pub fn bulk_io_options() -> Vec<(String, String)> {
    [("rbd_cache", "false"), ("rbd_disable_zero_copy_writes", "false")]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn warn_if_world_readable(printer: &Printer, path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(m) = std::fs::metadata(path)
        && m.permissions().mode() & 0o004 != 0
    {
        printer.warn(format!("keyring {} is readable by every user (chmod 600 it)", path.display()));
    }
}

/// Parse argv, run, print the error once; returns the exit code.
pub fn main_with_args(args: impl IntoIterator<Item = OsString>) -> i32 {
    let args: Vec<OsString> = args.into_iter().collect();
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) if !e.use_stderr() => {
            let _ = e.print(); // --help, --version
            return 0;
        }
        Err(e) => return usage_error(&e, &args),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return crate::error::exit::USAGE;
        }
    };
    let printer = Printer::new(cli.global.format, cli.global.quiet, cli.global.verbose);
    match run(cli, printer) {
        Ok(()) => 0,
        Err(err) if is_broken_pipe(&err) => 0, // `rbdctl ... | head`: the reader had enough
        Err(err) => {
            printer.error(&err);
            err.chain()
                .find_map(|e| e.downcast_ref::<Error>())
                .map(Error::exit_code)
                .unwrap_or(crate::error::exit::FAILURE)
        }
    }
}

/// A parse error as rbdctl's one line (or JSON object), exit 2: clap's first line names
/// the argument and the rule; --help has the rest.
fn usage_error(e: &clap::Error, args: &[OsString]) -> i32 {
    let rendered = e.render().to_string();
    // The message runs until the usage block ("required arguments ...:" lists them below).
    let first: Vec<&str> =
        rendered.lines().take_while(|l| !l.is_empty() && !l.starts_with("Usage:")).map(str::trim).collect();
    let first = first.join(" ").trim_start_matches("error: ").to_string();
    let message = format!("{first} (see rbdctl --help)");
    let json =
        args.windows(2).any(|w| w[0] == "--format" && w[1] == "json") || args.iter().any(|a| a == "--format=json");
    let printer = Printer::new(if json { Format::Json } else { Format::Text }, false, 0);
    printer.error(&anyhow::Error::new(Error::InvalidInput(message)));
    crate::error::exit::USAGE
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        matches!(e.downcast_ref::<Error>(), Some(Error::Io { cause, .. }) if cause.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn flags(cli: &Cli) -> Vec<(&'static str, String)> {
    let g = &cli.global;
    let mut out = vec![];
    let mut put = |name, v: Option<String>| {
        if let Some(v) = v {
            out.push((name, v));
        }
    };
    put("conf", g.conf.as_ref().map(|p| p.display().to_string()));
    put("id", cli.client_id.clone().or_else(|| g.user.clone()));
    put("keyring", g.keyring.as_ref().map(|p| p.display().to_string()));
    put("cluster", g.cluster.clone());
    put("connect_timeout", g.connect_timeout.clone());
    put("op_timeout", g.op_timeout.clone());
    put("retries", g.retries.clone());
    put("retry_interval", g.retry_interval.clone());
    out
}

pub fn run(cli: Cli, printer: Printer) -> anyhow::Result<()> {
    // Generators need neither settings nor a cluster.
    match &cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "rbdctl", &mut std::io::stdout());
            return Ok(());
        }
        Command::Manpages { dir } => return crate::docs::write_man_pages(dir).map_err(Into::into),
        Command::ExitCodes => return printer.report(&ExitCodes::new()).map_err(Into::into),
        _ => {}
    }
    let env = |k: &str| std::env::var(k).ok();
    let inputs = Inputs {
        config: cli.global.config.clone(),
        glance_config: cli.global.glance_config.clone(),
        store: cli.global.store.clone(),
        cinder_config: cli.global.cinder_config.clone(),
        backend: cli.global.backend.clone(),
        flags: flags(&cli),
        env: &env,
        home: std::env::var_os("HOME").map(PathBuf::from),
        search_system: true,
    };
    let settings = Settings::resolve(&inputs)?;
    for note in &settings.notes {
        printer.note(format!("rbdctl: {note}"));
    }
    let ctx = Context { settings, printer };
    match cli.command {
        Command::Image(cmd) => image::run(&ctx, cmd),
        Command::Volume(cmd) => volume::run(&ctx, cmd),
        Command::Mon(MonCmd::Addrs { prefer }) => {
            let cluster = ctx.connect()?;
            let addrs = mon::mon_addrs(&cluster, prefer)?;
            printer.report(&addrs)?;
            Ok(())
        }
        Command::Config(ConfigCmd::Show) => {
            printer.report(&ConfigShow { settings: ctx.settings.rows() })?;
            Ok(())
        }
        Command::ExitCodes | Command::Completions { .. } | Command::Manpages { .. } => unreachable!("handled above"),
    }
}

impl Report for mon::MonAddrs {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        for m in &self.monitors {
            if m.host.contains(':') {
                writeln!(out, "[{}]:{}", m.host, m.port)?;
            } else {
                writeln!(out, "{}:{}", m.host, m.port)?;
            }
        }
        Ok(())
    }
}

#[derive(serde::Serialize)]
struct ConfigShow {
    settings: Vec<crate::config::Row>,
}

impl Report for ConfigShow {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let rows: Vec<Vec<String>> = self
            .settings
            .iter()
            .map(|r| {
                let src = match &r.source {
                    crate::config::Source::Default => "default".to_string(),
                    crate::config::Source::RbdctlConfig { path } => format!("rbdctl config {path}"),
                    crate::config::Source::GlanceConfig { path, section, option } => {
                        format!("{path} [{section}] {option}")
                    }
                    crate::config::Source::CinderConfig { path, section, option } => {
                        format!("{path} [{section}] {option}")
                    }
                    crate::config::Source::Env { var } => format!("env {var}"),
                    crate::config::Source::Flag { flag } => format!("flag --{}", flag.replace('_', "-")),
                };
                vec![r.name.clone(), r.value.clone().unwrap_or_else(|| "-".into()), src]
            })
            .collect();
        crate::output::table(out, &["SETTING", "VALUE", "SOURCE"], &rows, false)
    }
}

#[derive(serde::Serialize)]
struct ExitCodeRow {
    code: i32,
    kind: &'static str,
    meaning: &'static str,
}

#[derive(serde::Serialize)]
struct ExitCodes {
    exit_codes: Vec<ExitCodeRow>,
}

impl ExitCodes {
    fn new() -> Self {
        let rows = crate::error::exit::TABLE.iter().map(|&(code, kind, meaning)| ExitCodeRow { code, kind, meaning });
        ExitCodes { exit_codes: rows.collect() }
    }
}

impl Report for ExitCodes {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        for r in &self.exit_codes {
            writeln!(out, "{:>3}  {:<18} {}", r.code, r.kind, r.meaning)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    #[test]
    fn image_upload_id_and_client_id_do_not_collide() {
        let cli = Cli::try_parse_from(["rbdctl", "--id", "glance", "image", "upload", "f", "--id", "img-1"]).unwrap();
        assert_eq!(cli.client_id.as_deref(), Some("glance"));
        match cli.command {
            Command::Image(ImageCmd::Upload(a)) => assert_eq!(a.id.as_deref(), Some("img-1")),
            other => panic!("{other:?}"),
        }
    }
}

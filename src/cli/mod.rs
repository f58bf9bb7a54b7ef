//! The command line: the clap tree, and the dispatch from each verb to its library
//! function. The only layer that knows clap.
//!
//! Values become their types in clap's value parsers ([`parse`]); settings, per-command
//! flags included, are resolved once (`config::Settings`); each family's file (`image.rs`,
//! `volume.rs`) turns its arguments into a typed request, calls the verb with a
//! connection and the printer, and prints the report. No Ceph logic lives here.

mod context;
pub mod docs;
#[cfg(test)]
mod hints;
mod image;
mod parse;
mod volume;

pub use context::Context;

use crate::config::{FlagValue, Inputs, Settings};
use crate::error::Error;
use crate::mon;
use crate::output::{Format, Printer, Report};
use crate::types::{Count, Seconds};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

const ABOUT: &str = "Glance's image store and Cinder's volume driver on Ceph RBD, in one command";

/// Rendered from the one exit-code table (`error::exit::TABLE`).
fn after_help() -> String {
    format!(
        "Exit codes (kinds; `rbdctl exit-codes` explains each): {}.\n\
         Environment: CEPH_CONF, CEPH_ARGS (as for Ceph's tools: --id/--user/--name too), \
         RBDCTL_<SETTING> (see `rbdctl config show`).",
        crate::error::exit::summary()
    )
}

/// The heading global options go under, after each command's own (as `uv help` does).
const GLOBAL: &str = "Global options";

#[derive(Debug, Parser)]
#[command(name = "rbdctl", version, about = ABOUT, after_help = after_help(), propagate_version = true)]
#[command(subcommand_required = true, arg_required_else_help = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    /// Client id to authenticate as, without "client." (before the subcommand; --user works anywhere)
    #[arg(long = "id", value_name = "CLIENT", value_parser = parse::typed::<crate::types::ClientId>("client id"), help_heading = GLOBAL)]
    pub client_id: Option<crate::types::ClientId>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Ceph configuration file [env: CEPH_CONF] (default: librados' own search)
    #[arg(short = 'c', long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub conf: Option<PathBuf>,

    /// Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)
    #[arg(long, global = true, value_name = "CLIENT", value_parser = parse::typed::<crate::types::ClientId>("client id"), help_heading = GLOBAL)]
    pub user: Option<crate::types::ClientId>,

    /// Keyring file holding the client's key (never pass a key itself)
    #[arg(long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub keyring: Option<PathBuf>,

    /// Cluster name, for the default conf and keyring paths
    #[arg(long, global = true, value_name = "NAME", help_heading = GLOBAL)]
    pub cluster: Option<String>,

    /// Output format
    #[arg(long, global = true, value_parser = parse::choice::<Format>(Format::NAMES), default_value = "text", help_heading = GLOBAL)]
    pub format: Format,

    /// No progress bars or notes; results and errors only
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// Log steps to stderr (-vv details, -vvv everything)
    #[arg(short, long, global = true, action = clap::ArgAction::Count, help_heading = GLOBAL)]
    pub verbose: u8,

    /// Seconds to connect (retries included) and for each monitor command [default: 30]
    #[arg(long, global = true, value_name = "SECONDS", allow_hyphen_values = true, value_parser = parse::typed::<Seconds>("seconds"), help_heading = GLOBAL)]
    pub connect_timeout: Option<Seconds>,

    /// Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]
    #[arg(long, global = true, value_name = "SECONDS", allow_hyphen_values = true, value_parser = parse::typed::<Seconds>("seconds"), help_heading = GLOBAL)]
    pub op_timeout: Option<Seconds>,

    /// Retries for connecting and for busy images (Cinder's rados_connection_retries) [default: 3]
    #[arg(long, global = true, value_name = "N", allow_hyphen_values = true, value_parser = parse::typed::<Count>("count"), help_heading = GLOBAL)]
    pub retries: Option<Count>,

    /// Seconds between retries, doubled each time (rados_connection_interval) [default: 5]
    #[arg(long, global = true, value_name = "SECONDS", allow_hyphen_values = true, value_parser = parse::typed::<Seconds>("seconds"), help_heading = GLOBAL)]
    pub retry_interval: Option<Seconds>,

    /// rbdctl's own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)
    #[arg(long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub config: Option<PathBuf>,

    /// Read pool, user, conf and chunk size from a glance-api.conf
    #[arg(long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub glance_config: Option<PathBuf>,

    /// With --glance-config: which store of enabled_backends (default: default_backend)
    #[arg(long, global = true, value_name = "NAME", help_heading = GLOBAL)]
    pub store: Option<String>,

    /// Read pool, user, conf and clone rules from a cinder.conf
    #[arg(long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub cinder_config: Option<PathBuf>,

    /// With --cinder-config: which backend section (or volume_backend_name)
    #[arg(long, global = true, value_name = "NAME", help_heading = GLOBAL)]
    pub backend: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Glance images: upload, download, remove, inspect
    #[command(subcommand, subcommand_required = true, arg_required_else_help = true)]
    Image(image::ImageCmd),
    /// Cinder volumes: create, clone, snapshot, delete, extend, export
    #[command(subcommand, subcommand_required = true, arg_required_else_help = true)]
    Volume(volume::VolumeCmd),
    /// Monitors
    #[command(subcommand, subcommand_required = true, arg_required_else_help = true)]
    Mon(MonCmd),
    /// Effective settings and where each came from
    #[command(subcommand, subcommand_required = true, arg_required_else_help = true)]
    Config(ConfigCmd),
    /// Print the exit-code table: every code and error kind
    ExitCodes {
        /// The README's Markdown table (scripts/gen writes it)
        #[arg(long, hide = true)]
        markdown: bool,
    },
    /// Print a shell completion script
    #[command(hide = true)]
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// Write the man pages into a directory
    #[command(hide = true)]
    Manpages {
        /// Directory to write rbdctl.1 and one page per subcommand into
        dir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum MonCmd {
    /// Monitor hosts and ports from the monitor map
    Addrs {
        /// Which messenger address to report when a monitor has both
        #[arg(long, value_parser = parse::choice::<mon::Prefer>(mon::Prefer::NAMES), default_value = "v1")]
        prefer: mon::Prefer,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Every effective setting, its value and its source
    Show,
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
        Err(e)
            if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand && !json_asked(&args) =>
        {
            // `rbdctl image` alone: that group's help, on stderr, exit 2 (in JSON mode,
            // the one-line error object below: stderr holds JSON only).
            let _ = e.print();
            return crate::error::exit::USAGE;
        }
        Err(e) => return usage_error(&e, &args),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return usage_error(&e, &args),
    };
    let printer = Printer::new(cli.global.format, cli.global.quiet, cli.global.verbose);
    crate::signals::set_json(printer.is_json());
    let result = run(cli, printer);
    // librados' own stderr lines from connecting, as warnings (JSON lines in JSON mode).
    for line in crate::ceph::take_librados_messages() {
        printer.warn(format!("librados: {line}"));
    }
    match result {
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
    let mut first = first.join(" ").trim_start_matches("error: ").to_string();
    if first.is_empty() || e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        first = format!("{} needs a subcommand", command_path(args));
    }
    let path = command_path(args);
    let message = match misplaced_client_id(e) {
        true => {
            let sub = path.strip_prefix("rbdctl ").unwrap_or("COMMAND");
            format!("{first}: put --id before the subcommand (rbdctl --id CLIENT {sub}), or use --user")
        }
        false => format!("{first} (see {path} --help)"),
    };
    let printer = Printer::new(if json_asked(args) { Format::Json } else { Format::Text }, false, 0);
    printer.error(&anyhow::Error::new(Error::InvalidInput(message)));
    crate::error::exit::USAGE
}

/// Whether the arguments ask for JSON, when clap could not parse them.
fn json_asked(args: &[OsString]) -> bool {
    let machine = |f: &OsString| f == "json" || f == "jsonl";
    args.windows(2).any(|w| w[0] == "--format" && machine(&w[1]))
        || args.iter().any(|a| a == "--format=json" || a == "--format=jsonl")
}

/// `image ls --id gl2`: the client's --id is a root option (upload's --id is the image id,
/// Glance's contract), so after the subcommand it is unknown.
fn misplaced_client_id(e: &clap::Error) -> bool {
    use clap::error::{ContextKind, ContextValue};
    e.kind() == clap::error::ErrorKind::UnknownArgument
        && matches!(e.get(ContextKind::InvalidArg), Some(ContextValue::String(a)) if a == "--id" || a.starts_with("--id="))
}

/// `rbdctl image upload` for `rbdctl -q image upload f --bogus`: the deepest subcommand
/// the arguments name, so a usage error points at that command's own help.
fn command_path(args: &[OsString]) -> String {
    let root = Cli::command();
    let mut path = vec!["rbdctl".to_string()];
    let mut cmd = &root;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if let Some(sub) = cmd.find_subcommand(arg) {
            path.push(sub.get_name().to_string());
            cmd = sub;
        }
    }
    path.join(" ")
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        matches!(e.downcast_ref::<Error>(), Some(Error::Io { cause, .. }) if cause.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Every setting given on the command line: the global flags, then the command's own
/// (`image upload --pool` is `image_pool`), so both go through the same layering and
/// validation as the environment and the files.
fn flags(cli: &Cli) -> Vec<FlagValue> {
    let g = &cli.global;
    let mut out = vec![];
    let mut put = |setting: &'static str, flag: &'static str, v: Option<String>| {
        if let Some(value) = v {
            out.push(FlagValue { setting, flag, value });
        }
    };
    put("conf", "conf", g.conf.as_ref().map(|p| p.display().to_string()));
    put("id", "id", cli.client_id.as_ref().or(g.user.as_ref()).map(ToString::to_string));
    put("keyring", "keyring", g.keyring.as_ref().map(|p| p.display().to_string()));
    put("cluster", "cluster", g.cluster.clone());
    put("connect_timeout", "connect_timeout", g.connect_timeout.map(|v| v.to_string()));
    put("op_timeout", "op_timeout", g.op_timeout.map(|v| v.to_string()));
    put("retries", "retries", g.retries.map(|v| v.to_string()));
    put("retry_interval", "retry_interval", g.retry_interval.map(|v| v.to_string()));
    match &cli.command {
        Command::Image(cmd) => out.extend(image::setting_flags(cmd)),
        Command::Volume(cmd) => out.extend(volume::setting_flags(cmd)),
        _ => {}
    }
    out
}

pub fn run(cli: Cli, printer: Printer) -> anyhow::Result<()> {
    // Generators need neither settings nor a cluster.
    match &cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut docs::completion_command(), "rbdctl", &mut std::io::stdout());
            return Ok(());
        }
        Command::Manpages { dir } => return docs::write_man_pages(dir).map_err(Into::into),
        Command::ExitCodes { markdown: true } => {
            use std::io::Write;
            return std::io::stdout().write_all(crate::error::exit::markdown().as_bytes()).map_err(Into::into);
        }
        Command::ExitCodes { .. } => return printer.report(&ExitCodes::new()).map_err(Into::into),
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
    dispatch(&ctx, cli.command).map_err(|mut err| {
        // The caps hint names the real client (errno mapping can't know it).
        if let Some(Error::PermissionDenied { client, .. }) = err.downcast_mut::<Error>() {
            client.get_or_insert_with(|| ctx.client_name());
        }
        err
    })
}

fn dispatch(ctx: &Context, command: Command) -> anyhow::Result<()> {
    let printer = ctx.printer;
    match command {
        Command::Image(cmd) => image::run(ctx, cmd),
        Command::Volume(cmd) => volume::run(ctx, cmd),
        Command::Mon(MonCmd::Addrs { prefer }) => {
            let cluster = ctx.connect()?;
            let addrs = mon::mon_addrs(&cluster, prefer)?;
            printer.report(&addrs)?;
            Ok(())
        }
        Command::Config(ConfigCmd::Show) => {
            printer.report(&ConfigShow { settings: ctx.settings.rows().to_vec() })?;
            Ok(())
        }
        Command::ExitCodes { .. } | Command::Completions { .. } | Command::Manpages { .. } => {
            unreachable!("handled above")
        }
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
        assert_eq!(cli.client_id.as_ref().map(|c| c.as_str()), Some("glance"));
        match cli.command {
            Command::Image(image::ImageCmd::Upload(a)) => assert_eq!(a.id.as_ref().map(|i| i.as_str()), Some("img-1")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn usage_errors_point_at_the_subcommand_help() {
        let args: Vec<OsString> = ["rbdctl", "-q", "image", "upload", "f", "--bogus"].map(OsString::from).to_vec();
        assert_eq!(command_path(&args), "rbdctl image upload");
        let args: Vec<OsString> = ["rbdctl", "--bogus"].map(OsString::from).to_vec();
        assert_eq!(command_path(&args), "rbdctl");
    }

    #[test]
    fn per_command_flags_become_settings_with_their_own_flag_name() {
        let cli = Cli::try_parse_from(["rbdctl", "volume", "clone", "a", "b", "--max-clone-depth", "2", "--pool", "v"])
            .unwrap();
        let got: Vec<(&str, &str, String)> = flags(&cli).into_iter().map(|f| (f.setting, f.flag, f.value)).collect();
        assert!(got.contains(&("max_clone_depth", "max_clone_depth", "2".into())), "{got:?}");
        assert!(got.contains(&("volume_pool", "pool", "v".into())), "{got:?}");
    }
}

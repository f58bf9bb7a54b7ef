//! Man pages from the clap tree (completions come from `rbdctl completions <shell>`).
//! `scripts/gen` writes both into the repo; a test checks they are fresh.

use super::Cli;
use crate::error::{Error, Result};
use clap::CommandFactory;
use std::path::Path;

/// Write `rbdctl.1` and one page per subcommand (`rbdctl-image-upload.1`, ...).
pub fn write_man_pages(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    let mut cmd = Cli::command();
    cmd.build();
    write_tree(&cmd, "rbdctl", dir)
}

fn write_tree(cmd: &clap::Command, name: &str, dir: &Path) -> Result<()> {
    let cmd = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    let man = clap_mangen::Man::new(cmd.clone());
    man.render(&mut buf).map_err(|e| Error::io("rendering a man page", e))?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buf).map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        write_tree(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}

/// The tree shell completions are generated from: the root's arguments and its visible
/// subcommands only, so the hidden generators (`completions`, `manpages`) are never
/// offered on tab (clap_complete lists hidden subcommands too).
pub fn completion_command() -> clap::Command {
    let root = Cli::command();
    let mut cmd = clap::Command::new("rbdctl").version(root.get_version().unwrap_or_default().to_string());
    for arg in root.get_arguments() {
        cmd = cmd.arg(arg.clone());
    }
    for sub in root.get_subcommands().filter(|s| !s.is_hide_set()) {
        cmd = cmd.subcommand(sub.clone());
    }
    cmd
}

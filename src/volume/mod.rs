//! (being written)
use crate::cli::Context;
use clap::{Args, Subcommand};
#[derive(Debug, Args)] pub struct CreateArgs { name: String }
#[derive(Debug, Args)] pub struct CloneArgs { name: String }
#[derive(Debug, Args)] pub struct FlattenArgs { name: String }
#[derive(Debug, Args)] pub struct RemoveArgs { name: String }
#[derive(Debug, Args)] pub struct ExtendArgs { name: String }
#[derive(Debug, Args)] pub struct InfoArgs { name: String }
#[derive(Debug, Args)] pub struct ListArgs { name: String }
#[derive(Debug, Args)] pub struct TreeArgs { name: String }
#[derive(Debug, Args)] pub struct ConnectionInfoArgs { name: String }
#[derive(Debug, Args)] pub struct StatsArgs { name: String }
#[derive(Debug, Args)] pub struct ExportArgs { name: String }
#[derive(Debug, Args)] pub struct ImportArgs { name: String }
#[derive(Debug, Subcommand)] pub enum SnapshotCmd { Ls(InfoArgs) }
pub fn run(_ctx: &Context, _cmd: crate::cli::VolumeCmd) -> anyhow::Result<()> { anyhow::bail!("volume commands are being written") }

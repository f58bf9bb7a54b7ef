//! Cinder's RBD volume driver (seeds 001, 002): volumes, clones through
//! `<dest>.clone_snap`, clone depth, the `.deleted` rename and parent-chain cleanup,
//! snapshots, connection info, stats, import/export.
//!
//! `rules.rs` holds the decisions as pure functions; `plan.rs` the steps they produce;
//! one file per verb family does the reading and calls them. This file holds the shared
//! [`Volumes`] context and the report. Verbs never see the command line or the settings
//! (the CLI builds `Volumes` from them), and never import the image family.

mod clone;
mod create;
mod info;
pub mod plan;
mod remove;
pub mod rules;
mod trash;

pub use clone::{clone, clone_depth, flatten, parent_link};
pub use create::{CreateFrom, CreateRequest, create, export, extend, import};
pub use info::{connection_info, info, list, snapshots, stats, tree};
pub use remove::{remove, snapshot_create, snapshot_remove};
pub use trash::{TrashList, TrashPurgeReport, trash_list, trash_purge, trash_restore};

use crate::ceph::{Cluster, ConnectOptions, CreateOptions, Pool};
use crate::error::{Error, Result};
use crate::output::{Printer, Report};
use crate::types::size;
use serde::Serialize;
use std::time::Duration;

/// Everything the volume verbs share: one connection, one pool, and the settings they
/// act on, already typed and layered.
pub struct Volumes<'c> {
    pub cluster: &'c Cluster,
    pub pool: Pool<'c>,
    pub create: CreateOptions,
    pub retries: u32,
    pub retry_interval: Duration,
    pub op_timeout: Duration,
    pub queue_depth: usize,
    /// Cinder's rbd_max_clone_depth.
    pub max_clone_depth: u32,
    /// Cinder's rbd_flatten_volume_from_snapshot.
    pub flatten_from_snapshot: bool,
    /// Where a one-component `rbd://<image>` location lives (Glance's pool).
    pub image_pool: String,
    /// The client id, for connection info (`auth_username`).
    pub client_id: Option<String>,
    pub cluster_name: String,
    /// How this connection was made, to connect to another cluster the same way.
    pub connect: ConnectOptions,
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

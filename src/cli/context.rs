//! What every command gets besides its own arguments: the resolved settings and the
//! printer, and from them the connection. Stays in the CLI layer (jj's CommandHelper):
//! verbs below never see it, only what it builds for them.

use crate::ceph::{Cluster, ConnectOptions};
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::retry::Retry;

pub struct Context {
    pub settings: Settings,
    pub printer: Printer,
}

impl Context {
    pub fn connect_options(&self) -> ConnectOptions {
        let s = &self.settings;
        ConnectOptions {
            conf: s.conf.value.clone(),
            id: s.id.value.as_ref().map(ToString::to_string),
            keyring: s.keyring.value.clone(),
            cluster: Some(s.cluster.value.clone()),
            connect_timeout: s.connect_timeout.value.duration(),
            op_timeout: s.op_timeout.value.duration(),
            retries: s.retries.value.0,
            retry_interval: s.retry_interval.value.duration(),
            extra: bulk_io_options(),
            capture_stderr: self.printer.is_json(),
        }
    }

    pub fn connect(&self) -> Result<Cluster> {
        let opts = self.connect_options();
        if let Some(k) = &opts.keyring {
            // librados would only say "authentication failed" (ENOENT at connect).
            if !k.exists() {
                return Err(Error::invalid(format!(
                    "keyring {} not found (check {})",
                    k.display(),
                    self.settings.keyring.source
                )));
            }
            warn_if_world_readable(&self.printer, k);
        }
        self.printer.log(1, format!("connecting (timeout {} s)", opts.connect_timeout.as_secs()));
        Cluster::connect(&opts)
    }

    /// The client name the connection authenticates as (`client.glance`).
    pub fn client_name(&self) -> String {
        format!("client.{}", self.settings.id.value.as_ref().map_or("admin", |id| id.as_str()))
    }

    /// How removals retry a busy image (`--retries`, `--retry-interval`).
    pub fn retry(&self) -> Retry {
        Retry { retries: self.settings.retries.value.0, interval: self.settings.retry_interval.value.duration() }
    }
}

/// librbd options for streaming whole images: our pipeline is the cache and the
/// read-ahead, so librbd's writearound cache only adds a copy, a lock and memory; and with
/// zero-copy writes librbd sends our buffers (the AIO completion owns them until the OSD
/// has acked, see ceph::Completion). Measured: scripts/bench, README "Performance".
fn bulk_io_options() -> Vec<(String, String)> {
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

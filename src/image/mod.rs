//! Glance's RBD image store: an image is an RBD image written in chunks, checksummed,
//! snapshotted as `snap` and protected; its location is `rbd://<fsid>/<pool>/<id>/snap`.
//!
//! One file per verb. Each verb takes a connection, a typed request and the printer,
//! and returns a report; this file holds what the verbs share: the target resolution
//! and the image metadata keys ([`meta`]). It never sees the command line or the
//! settings, and never imports the volume family.

mod download;
mod info;
mod remove;
mod upload;
mod verify;

pub use download::{DownloadReport, DownloadRequest, Verify, download};
pub use info::{GC_DEFAULT_AGE_S, GcReport, ImageInfo, ImageList, ManifestInfo, gc, info, list};
pub use remove::{RemoveReport, RemoveRequest, remove};
pub use upload::{UploadReport, UploadRequest, upload};
pub use verify::{VerifyReport, VerifyRequest, verify};

use crate::ceph::Cluster;
use crate::error::{Error, Result};
use crate::types::ImageRef;
pub use crate::types::Location;

/// Glance's snapshot name.
pub const SNAP: &str = crate::types::GLANCE_SNAP;

/// Image metadata written by rbdctl, readable by `rbd image-meta list`.
pub mod meta {
    pub const MD5: &str = "rbdctl.checksum.md5";
    /// `rbdctl.checksum.sha256` / `rbdctl.checksum.sha512`.
    pub const MULTIHASH_PREFIX: &str = "rbdctl.checksum.";
    pub const SIZE: &str = "rbdctl.size";
    /// Present while an upload is incomplete; cleared once `snap` is protected.
    pub const INCOMPLETE: &str = crate::integrity::INCOMPLETE_KEY;
}

/// What an image command acts on, before any cluster call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Location(Location),
    /// A bare id in `--pool`.
    Id {
        pool: String,
        id: String,
    },
}

/// Resolved: pool, image, snapshot to read (None = the head).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub pool: String,
    pub image: String,
    pub snapshot: Option<String>,
}

impl Target {
    /// A parsed reference, with the pool a bare id lives in.
    pub fn new(r: ImageRef, pool: &str) -> Target {
        match r {
            ImageRef::Location(l) => Target::Location(l),
            ImageRef::Id(id) => Target::Id { pool: pool.to_string(), id: id.to_string() },
        }
    }

    /// Check the fsid against this cluster's and fill in the pool of the short forms.
    pub fn resolve(&self, cluster: &Cluster, default_pool: &str) -> Result<Resolved> {
        match self {
            Target::Id { pool, id } => {
                Ok(Resolved { pool: pool.clone(), image: id.clone(), snapshot: Some(SNAP.to_string()) })
            }
            Target::Location(loc) => {
                if let Some(fsid) = &loc.fsid {
                    let ours = cluster.fsid()?;
                    if !fsid.eq_ignore_ascii_case(&ours) {
                        return Err(Error::invalid(format!(
                            "location {loc} belongs to cluster {fsid}, but this is cluster {ours} (point -c at that cluster's ceph.conf)"
                        )));
                    }
                }
                Ok(Resolved {
                    pool: loc.pool.clone().unwrap_or_else(|| default_pool.to_string()),
                    image: loc.image.clone(),
                    snapshot: loc.snapshot.clone(),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        let id = |s: &str| Target::new(s.parse().unwrap(), "images");
        assert_eq!(id("abc"), Target::Id { pool: "images".into(), id: "abc".into() });
        assert!(matches!(id("rbd://f/p/i/s"), Target::Location(_)));
        assert!("rbd://a/b".parse::<ImageRef>().is_err());
        assert!("a/b".parse::<ImageRef>().is_err());
    }
}

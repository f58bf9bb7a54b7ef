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
pub use info::{
    GC_DEFAULT_AGE_S, GcReport, ImageEntry, ImageInfo, ImageName, ListRequest, ManifestInfo, gc, info, list,
};
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
    pub use crate::types::glance_meta::{DISK_FORMAT, VIRTUAL_SIZE};
    /// Present while an upload is incomplete; cleared once `snap` is protected.
    pub const INCOMPLETE: &str = crate::integrity::INCOMPLETE_KEY;
}

/// What an image command acts on, before any cluster call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Location(Location),
    /// A bare id in `--pool`; `snap` is `--snap` (default: Glance's `snap`).
    Id {
        pool: String,
        id: String,
        snap: Option<String>,
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
    /// A parsed reference, with the pool a bare id lives in and `--snap`. A location that
    /// names another snapshot than `--snap` is refused; a one-component location takes it.
    pub fn new(r: ImageRef, pool: &str, snap: Option<&str>) -> Result<Target> {
        Ok(match r {
            ImageRef::Location(mut l) => {
                match (&l.snapshot, snap) {
                    (Some(have), Some(want)) if have != want => {
                        return Err(Error::invalid(format!(
                            "location {l} names snapshot {have:?}, but --snap says {want:?} (give one of them)"
                        )));
                    }
                    (None, Some(want)) => l.snapshot = Some(want.to_string()),
                    _ => {}
                }
                Target::Location(l)
            }
            ImageRef::Id(id) => {
                Target::Id { pool: pool.to_string(), id: id.to_string(), snap: snap.map(str::to_string) }
            }
        })
    }

    /// Whether the snapshot was named (a location's or --snap), not Glance's default.
    pub fn snap_named(&self) -> bool {
        match self {
            Target::Id { snap, .. } => snap.is_some(),
            Target::Location(l) => l.snapshot.is_some(),
        }
    }

    /// Check the fsid against this cluster's and fill in the pool of the short forms.
    pub fn resolve(&self, cluster: &Cluster, default_pool: &str) -> Result<Resolved> {
        match self {
            Target::Id { pool, id, snap } => Ok(Resolved {
                pool: pool.clone(),
                image: id.clone(),
                snapshot: Some(snap.clone().unwrap_or_else(|| SNAP.to_string())),
            }),
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

/// An image's snapshot that isn't there: not found, naming the snapshots the image has
/// (an image made by `rbd import` has none, one made by other tools other names), so
/// the operator picks one with --snap instead of rbdctl reading the live head unasked.
pub fn missing_snapshot(pool: &crate::ceph::Pool<'_>, image: &str, snap: &str) -> Error {
    let spec = format!("{}/{image}", pool.name());
    let head = pool.open_read_only(image, None);
    let names: Vec<String> =
        head.as_ref().ok().and_then(|h| h.snapshots().ok()).unwrap_or_default().into_iter().map(|s| s.name).collect();
    let incomplete = head.ok().and_then(|h| h.metadata_get(meta::INCOMPLETE).ok().flatten()).is_some();
    let hint = if incomplete {
        format!("{spec} is an upload that never finished; image gc removes it")
    } else if names.is_empty() {
        format!(
            "{spec} has no snapshots (made by rbd import?); snapshot it first: rbd snap create {spec}@{SNAP} && rbd snap protect {spec}@{SNAP}"
        )
    } else {
        format!("{spec} has snapshots {}; choose one with --snap NAME", names.join(", "))
    };
    Error::not_found(format!("snapshot {spec}@{snap}"), Some(hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        let id = |s: &str| Target::new(s.parse().unwrap(), "images", None).unwrap();
        assert_eq!(id("abc"), Target::Id { pool: "images".into(), id: "abc".into(), snap: None });
        let with = |s: &str, snap: &str| Target::new(s.parse().unwrap(), "images", Some(snap));
        assert_eq!(
            with("abc", "base").unwrap(),
            Target::Id { pool: "images".into(), id: "abc".into(), snap: Some("base".into()) }
        );
        assert!(with("rbd://f/p/i/s", "base").is_err(), "a location's snapshot and --snap disagree");
        assert!(with("rbd://f/p/i/base", "base").is_ok());
        match with("rbd://img", "base").unwrap() {
            Target::Location(l) => assert_eq!(l.snapshot.as_deref(), Some("base")),
            other => panic!("{other:?}"),
        }
        assert!(matches!(id("rbd://f/p/i/s"), Target::Location(_)));
        assert!("rbd://a/b".parse::<ImageRef>().is_err());
        assert!("a/b".parse::<ImageRef>().is_err());
    }
}

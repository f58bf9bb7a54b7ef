//! `rbd://` locations, exactly as Glance writes and reads them.
//!
//! Two forms: `rbd://<image>` (old-style, one component) and
//! `rbd://<fsid>/<pool>/<image>/<snap>`, each component URL-quoted with no safe
//! characters (`quote(s, '')`). Glance's rules, kept: the `rbd://` prefix, ASCII only,
//! exactly 1 or 4 components, no empty component. Pure: no I/O.

use crate::error::{Error, Result};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde::Serialize;

pub const PREFIX: &str = "rbd://";

/// Glance's snapshot name: every image it uploads is snapshotted and protected as `snap`.
pub const GLANCE_SNAP: &str = "snap";

/// Image metadata keys that `image upload` writes and `volume create --from-image` reads
/// (shared here because the two families never import each other).
pub mod glance_meta {
    /// Glance's disk_format of the stored bytes (`raw`, `qcow2`, ...), as inspected.
    pub const DISK_FORMAT: &str = "rbdctl.disk_format";
    /// The guest-visible size in bytes, from the format's header (raw: the size).
    pub const VIRTUAL_SIZE: &str = "rbdctl.virtual_size";
}

/// Python's `urllib.quote(s, '')` leaves `_.-~` unquoted too.
const QUOTE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'_').remove(b'.').remove(b'-').remove(b'~');

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub fsid: Option<String>,
    pub pool: Option<String>,
    pub image: String,
    pub snapshot: Option<String>,
}

fn quote(s: &str) -> String {
    utf8_percent_encode(s, QUOTE).to_string()
}

impl Location {
    pub fn new(fsid: &str, pool: &str, image: &str, snapshot: &str) -> Self {
        Location {
            fsid: Some(fsid.into()),
            pool: Some(pool.into()),
            image: image.into(),
            snapshot: Some(snapshot.into()),
        }
    }

    pub fn parse(uri: &str) -> Result<Location> {
        let bad = |why: &str| {
            Error::invalid(format!(
                "invalid location {uri:?}: {why} (expected rbd://<fsid>/<pool>/<image>/<snap> or rbd://<image>)"
            ))
        };
        let rest = uri.strip_prefix(PREFIX).ok_or_else(|| bad("it must start with rbd://"))?;
        if !uri.is_ascii() {
            return Err(bad("it contains non-ASCII characters (URL-quote them)"));
        }
        let pieces: Vec<&str> = rest.split('/').collect();
        if pieces.iter().any(|p| p.is_empty()) {
            return Err(bad("it has an empty component"));
        }
        let unquote = |p: &str| -> Result<String> {
            let s = percent_decode_str(p)
                .decode_utf8()
                .map_err(|_| bad("a component does not decode to UTF-8"))?
                .into_owned();
            if s.is_empty() { Err(bad("it has an empty component")) } else { Ok(s) }
        };
        match pieces.as_slice() {
            // Glance does not unquote the one-component form; neither do we.
            [image] => Ok(Location { fsid: None, pool: None, image: image.to_string(), snapshot: None }),
            [fsid, pool, image, snap] => Ok(Location {
                fsid: Some(unquote(fsid)?),
                pool: Some(unquote(pool)?),
                image: unquote(image)?,
                snapshot: Some(unquote(snap)?),
            }),
            other => Err(bad(&format!("it has {} components, it must have exactly 1 or 4", other.len()))),
        }
    }

    /// The URI Glance would store.
    pub fn uri(&self) -> String {
        match (&self.fsid, &self.pool, &self.snapshot) {
            (Some(f), Some(p), Some(s)) => {
                format!("{PREFIX}{}/{}/{}/{}", quote(f), quote(p), quote(&self.image), quote(s))
            }
            _ => format!("{PREFIX}{}", self.image),
        }
    }
}

impl std::str::FromStr for Location {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Location::parse(s)
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.uri())
    }
}

/// What an image command names: a location, or a bare image id (in the image pool).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageRef {
    Location(Location),
    Id(super::ImageName),
}

impl std::str::FromStr for ImageRef {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        if s.contains("://") || s.starts_with("rbd:") {
            Location::parse(s).map(ImageRef::Location)
        } else {
            s.parse().map(ImageRef::Id)
        }
    }
}

impl std::fmt::Display for ImageRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImageRef::Location(l) => l.fmt(f),
            ImageRef::Id(i) => i.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_components_round_trip_with_quoting() {
        let l = Location::new("fsid-1", "images", "my image/ü", "snap");
        let uri = l.uri();
        assert_eq!(uri, "rbd://fsid-1/images/my%20image%2F%C3%BC/snap");
        assert_eq!(Location::parse(&uri).unwrap(), l);
    }

    #[test]
    fn one_component_old_style() {
        let l = Location::parse("rbd://abc-123").unwrap();
        assert_eq!((l.image.as_str(), l.pool.as_deref(), l.snapshot.as_deref()), ("abc-123", None, None));
        assert_eq!(l.uri(), "rbd://abc-123");
    }

    #[test]
    fn every_bad_form_names_its_rule() {
        let cases = [
            ("http://a/b/c/d", "must start with rbd://"),
            ("rbd:/a", "must start with rbd://"),
            ("rbd://", "empty component"),
            ("rbd://a/b", "2 components"),
            ("rbd://a/b/c", "3 components"),
            ("rbd://a/b/c/d/e", "5 components"),
            ("rbd://f//i/s", "empty component"),
            ("rbd://f/p/i/", "empty component"),
            ("rbd://f/p/imäge/s", "non-ASCII"),
            ("rbd://f/p/%FF/s", "UTF-8"),
        ];
        for (uri, rule) in cases {
            let e = Location::parse(uri);
            match e {
                Err(Error::InvalidInput(m)) => assert!(m.contains(rule), "{uri}: {m}"),
                other => panic!("{uri}: expected invalid input, got {other:?}"),
            }
        }
    }
}

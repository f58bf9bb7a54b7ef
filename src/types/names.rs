//! Validation of image, volume, snapshot and pool names before any cluster call.
//!
//! librbd accepts almost anything and then fails late or oddly; we refuse early with a
//! message naming the rule. Pure.

use crate::error::{Error, Result};

/// What a name is for, to word the error.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Image,
    Volume,
    Snapshot,
    Pool,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Image => "image",
            Kind::Volume => "volume",
            Kind::Snapshot => "snapshot",
            Kind::Pool => "pool",
        }
    }
}

pub const MAX_NAME_BYTES: usize = 255;

pub fn validate(kind: Kind, name: &str) -> Result<()> {
    let w = kind.word();
    let bad = |why: &str| Err(Error::invalid(format!("invalid {w} name {name:?}: {why}")));
    if name.is_empty() {
        return bad("it is empty");
    }
    if name.trim().is_empty() {
        return bad("it is only white space");
    }
    if name.len() > MAX_NAME_BYTES {
        return bad(&format!("it is {} bytes long, the limit is {MAX_NAME_BYTES}", name.len()));
    }
    if name.contains('/') {
        return bad("'/' separates pool and name; give the pool with --pool");
    }
    if name.contains('@') {
        return bad("'@' separates image and snapshot");
    }
    if name.chars().any(|c| c.is_control()) {
        return bad("it contains control characters");
    }
    if name.starts_with('.') && matches!(kind, Kind::Image | Kind::Volume) {
        return bad("names starting with '.' are reserved by RBD");
    }
    Ok(())
}

/// A name from argv, which may not be UTF-8.
pub fn from_os(kind: Kind, raw: &std::ffi::OsStr) -> Result<String> {
    let s = raw
        .to_str()
        .ok_or_else(|| Error::invalid(format!("invalid {} name {raw:?}: it is not valid UTF-8", kind.word())))?;
    validate(kind, s)?;
    Ok(s.to_string())
}

/// A validated name of one kind: parsing checks the rules above, once.
macro_rules! name_type {
    ($(#[$doc:meta])* $name:ident, $kind:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> {
                validate($kind, s)?;
                Ok($name(s.to_string()))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

name_type!(
    /// A Glance image id: the RBD image's name in the image pool.
    ImageName,
    Kind::Image
);
name_type!(
    /// A Cinder volume: an RBD image's name in the volume pool.
    VolumeName,
    Kind::Volume
);
name_type!(
    /// An RBD snapshot name.
    SnapName,
    Kind::Snapshot
);
name_type!(
    /// A RADOS pool name.
    PoolName,
    Kind::Pool
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_names_are_refused_with_the_rule() {
        let long = "a".repeat(256);
        for (name, rule) in [
            ("", "empty"),
            ("   ", "white space"),
            ("a/b", "'/'"),
            ("a@b", "'@'"),
            (long.as_str(), "limit"),
            ("a\nb", "control"),
        ] {
            let e = validate(Kind::Image, name).unwrap_err().to_string();
            assert!(e.contains(rule), "{name:?}: {e}");
        }
        assert!(validate(Kind::Volume, "volume-1234.deleted").is_ok());
        assert!(validate(Kind::Snapshot, "backup.abc.snap.123").is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_is_refused() {
        use std::os::unix::ffi::OsStrExt;
        let raw = std::ffi::OsStr::from_bytes(b"ab\xffcd");
        assert!(from_os(Kind::Image, raw).unwrap_err().to_string().contains("UTF-8"));
    }
}

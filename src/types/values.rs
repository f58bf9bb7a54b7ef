//! Small values operators type: hash algorithm, queue depth, counts, seconds, ages,
//! client ids, UUIDs and `VOLUME@SNAPSHOT`. Each parses once (FromStr) into its type and
//! prints back (Display) in a form that parses to the same value. Pure: no I/O.

use super::names::{self, Kind};
use crate::error::{Error, Result};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// The stronger digest stored beside md5 (Glance's `hashing_algorithm`, its multihash).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HashAlgo {
    Sha256,
    Sha512,
    None,
}

impl HashAlgo {
    pub const NAMES: &[&str] = &["sha256", "sha512", "none"];

    pub fn name(self) -> &'static str {
        match self {
            HashAlgo::Sha256 => "sha256",
            HashAlgo::Sha512 => "sha512",
            HashAlgo::None => "none",
        }
    }

    /// A digest name as stored in image metadata (`none` is never stored).
    pub fn from_name(s: &str) -> Option<HashAlgo> {
        match s {
            "sha256" => Some(HashAlgo::Sha256),
            "sha512" => Some(HashAlgo::Sha512),
            _ => None,
        }
    }
}

impl FromStr for HashAlgo {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim() {
            "none" => Ok(HashAlgo::None),
            other => HashAlgo::from_name(other)
                .ok_or_else(|| Error::invalid(format!("invalid hash {s:?}: use sha256, sha512 or none"))),
        }
    }
}

impl fmt::Display for HashAlgo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A whole number, with the range in the message when it is out of range.
fn whole(s: &str, what: &str, min: u64, max: u64) -> Result<u64> {
    let t = s.trim();
    let bad = || Error::invalid(format!("invalid {what} {s:?}: expected an integer from {min} to {max}"));
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    match t.parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(bad()),
    }
}

/// AIO requests in flight: 1 to 256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueDepth(usize);

impl QueueDepth {
    pub const MAX: usize = 256;

    pub fn get(self) -> usize {
        self.0
    }
}

impl FromStr for QueueDepth {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        whole(s, "queue depth", 1, Self::MAX as u64).map(|n| QueueDepth(n as usize))
    }
}

impl fmt::Display for QueueDepth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A count that fits librados' and rbdctl's u32 fields (retries, clone depth). Parsing
/// refuses what doesn't fit instead of truncating: 4294967296 is an error, never 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Count(pub u32);

impl FromStr for Count {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        whole(s, "count", 0, u32::MAX.into()).map(|n| Count(n as u32))
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Whole seconds, 0 or more (`--op-timeout 0` = no librados op timeout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Seconds(pub u64);

impl Seconds {
    pub fn duration(self) -> Duration {
        Duration::from_secs(self.0)
    }
}

impl FromStr for Seconds {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        if t.starts_with('-') {
            return Err(Error::invalid(format!("invalid seconds {s:?}: it must not be negative")));
        }
        whole(s, "seconds", 0, u64::MAX).map(Seconds)
    }
}

impl fmt::Display for Seconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// An age: `90`, `30s`, `30m`, `2h`, `1d` (`image gc --older-than`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Age(pub u64);

impl FromStr for Age {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::invalid(format!("invalid age {s:?}: use seconds or a number with s, m, h or d (e.g. 2h)"));
        let t = s.trim();
        let (num, mult) = match t.char_indices().last() {
            Some((i, 's')) => (&t[..i], 1),
            Some((i, 'm')) => (&t[..i], 60),
            Some((i, 'h')) => (&t[..i], 3600),
            Some((i, 'd')) => (&t[..i], 86400),
            Some(_) => (t, 1),
            None => return Err(bad()),
        };
        num.trim().parse::<u64>().ok().and_then(|n| n.checked_mul(mult)).map(Age).ok_or_else(bad)
    }
}

impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}s", self.0)
    }
}

/// A Ceph client id without the `client.` prefix (`glance`, `cinder`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientId(String);

impl ClientId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for ClientId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        if t.is_empty() {
            Err(Error::invalid("invalid client id \"\": it is empty"))
        } else if let Some(bare) = t.strip_prefix("client.") {
            Err(Error::invalid(format!("invalid client id {s:?}: give it without the \"client.\" prefix ({bare:?})")))
        } else if t.contains(char::is_whitespace) {
            Err(Error::invalid(format!("invalid client id {s:?}: it contains white space")))
        } else {
            Ok(ClientId(t.to_string()))
        }
    }
}

impl fmt::Display for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A UUID, such as libvirt's secret uuid (`rbd_secret_uuid`), in its hyphenated form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Uuid(uuid::Uuid);

impl Uuid {
    pub fn new_v4() -> Self {
        Uuid(uuid::Uuid::new_v4())
    }
}

impl FromStr for Uuid {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        // Only the hyphenated form: the uuid crate also takes braces, URNs and bare hex,
        // which libvirt and Cinder don't.
        let groups: Vec<usize> = t.split('-').map(str::len).collect();
        match uuid::Uuid::parse_str(t) {
            Ok(u) if groups == [8, 4, 4, 4, 12] => Ok(Uuid(u)),
            _ => Err(Error::invalid(format!(
                "invalid UUID {s:?}: expected a UUID such as 457eb676-33da-42ec-9a8c-9293d545c337"
            ))),
        }
    }
}

impl fmt::Display for Uuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.hyphenated())
    }
}

/// `VOLUME@SNAPSHOT`, both parts valid names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolSnap {
    pub volume: String,
    pub snapshot: String,
}

impl FromStr for VolSnap {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let (volume, snapshot) =
            s.split_once('@').ok_or_else(|| Error::invalid(format!("{s:?}: expected VOLUME@SNAPSHOT")))?;
        names::validate(Kind::Volume, volume)?;
        names::validate(Kind::Snapshot, snapshot)?;
        Ok(VolSnap { volume: volume.to_string(), snapshot: snapshot.to_string() })
    }
}

impl fmt::Display for VolSnap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.volume, self.snapshot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_refuse_what_does_not_fit_instead_of_truncating() {
        assert_eq!("4294967295".parse::<Count>().unwrap(), Count(u32::MAX));
        let e = "4294967296".parse::<Count>().unwrap_err().to_string();
        assert!(e.contains("from 0 to 4294967295"), "{e}");
        assert!("-1".parse::<Count>().is_err());
    }

    #[test]
    fn seconds_queue_depth_and_ages() {
        assert_eq!("0".parse::<Seconds>().unwrap(), Seconds(0));
        assert!("-1".parse::<Seconds>().unwrap_err().to_string().contains("negative"));
        assert!("257".parse::<QueueDepth>().is_err());
        assert!("0".parse::<QueueDepth>().is_err());
        assert_eq!("16".parse::<QueueDepth>().unwrap().get(), 16);
        assert_eq!("2h".parse::<Age>().unwrap(), Age(7200));
        assert_eq!("1d".parse::<Age>().unwrap(), Age(86400));
        assert_eq!("90".parse::<Age>().unwrap(), Age(90));
        assert!("x".parse::<Age>().is_err());
        assert!("".parse::<Age>().is_err());
    }

    #[test]
    fn uuids_client_ids_and_volsnaps() {
        let u = "457EB676-33da-42ec-9a8c-9293d545c337".parse::<Uuid>().unwrap();
        assert_eq!(u.to_string(), "457eb676-33da-42ec-9a8c-9293d545c337");
        for bad in ["notauuid", "457eb67633da42ec9a8c9293d545c337", "{457eb676-33da-42ec-9a8c-9293d545c337}"] {
            assert!(bad.parse::<Uuid>().is_err(), "{bad}");
        }
        assert!("client.glance".parse::<ClientId>().unwrap_err().to_string().contains("\"glance\""));
        assert_eq!("v@s".parse::<VolSnap>().unwrap().to_string(), "v@s");
        assert!("v".parse::<VolSnap>().unwrap_err().to_string().contains("VOLUME@SNAPSHOT"));
        assert!("a/b@s".parse::<VolSnap>().is_err());
        assert_eq!("SHA512".to_lowercase().parse::<HashAlgo>().unwrap(), HashAlgo::Sha512);
    }
}

//! The table of settings (name, default, kind), where a value came from ([`Source`]), and
//! the validation of a raw value for its kind. Validation parses with the value types of
//! `crate::types`, the same parsers clap uses for flags, so a value is judged the same
//! whichever way it arrives; only the wording of "what was expected" lives here.

use crate::error::Error;
use crate::types::{ClientId, Count, Features, HashAlgo, ObjectSize, PoolName, QueueDepth, Seconds, Uuid};
use serde::Serialize;
use std::fmt;

// ---------------------------------------------------------------------------------------
// The settings
// ---------------------------------------------------------------------------------------

/// What a setting's value must look like. Each kind but `Text`, `Path` and `Bool` is a
/// value type of `crate::types`, whose parser is the validation.
#[derive(Debug, Clone, Copy)]
pub(super) enum Kind {
    /// Any non-empty text.
    Text,
    /// A file path (not checked for existence here: the connection code reports that).
    Path,
    /// A pool name ([`PoolName`]).
    Pool,
    /// A Ceph client id without the `client.` prefix ([`ClientId`]).
    ClientId,
    /// A whole number that fits in 32 bits ([`Count`]).
    Count,
    /// AIO requests in flight, 1 to 256 ([`QueueDepth`]).
    QueueDepth,
    /// Whole seconds ≥ `min` ([`Seconds`]).
    Seconds { min: u64 },
    /// An RBD object (or Glance chunk) size ([`ObjectSize`]).
    ObjectSize,
    /// true/false, yes/no, on/off, 1/0, any case (oslo.config's booleans).
    Bool,
    /// sha256, sha512 or none ([`HashAlgo`]).
    Hash,
    /// A comma list of RBD image feature names ([`Features`]).
    Features,
    /// A UUID, e.g. the libvirt secret ([`Uuid`]).
    Uuid,
}

pub(super) struct Spec {
    pub(super) name: &'static str,
    pub(super) default: Option<&'static str>,
    pub(super) kind: Kind,
}

const fn spec(name: &'static str, default: Option<&'static str>, kind: Kind) -> Spec {
    Spec { name, default, kind }
}

/// Every setting, in the order `rbdctl config show` lists them. The names are also the
/// keys of rbdctl's TOML file and, upper-cased after `RBDCTL_`, the environment variables.
pub(super) const SETTINGS: &[Spec] = &[
    // Connection.
    spec("conf", None, Kind::Path),
    spec("id", None, Kind::ClientId),
    spec("keyring", None, Kind::Path),
    spec("cluster", Some("ceph"), Kind::Text),
    spec("connect_timeout", Some("30"), Kind::Seconds { min: 1 }),
    spec("op_timeout", Some("60"), Kind::Seconds { min: 0 }),
    spec("retries", Some("3"), Kind::Count),
    spec("retry_interval", Some("5"), Kind::Seconds { min: 0 }),
    spec("queue_depth", Some("16"), Kind::QueueDepth),
    // Glance image store.
    spec("image_pool", Some("images"), Kind::Pool),
    spec("chunk_size", Some("8MiB"), Kind::ObjectSize),
    spec("hash", Some("sha512"), Kind::Hash),
    spec("thin", Some("true"), Kind::Bool),
    // Cinder volume driver.
    spec("volume_pool", Some("rbd"), Kind::Pool),
    spec("object_size", Some("4MiB"), Kind::ObjectSize),
    spec("features", Some("layering"), Kind::Features),
    spec("flatten_volume_from_snapshot", Some("false"), Kind::Bool),
    spec("max_clone_depth", Some("5"), Kind::Count),
    spec("secret_uuid", None, Kind::Uuid),
    spec("backend_name", None, Kind::Text),
    // Cinder's Ceph backup driver (`volume backup`); the names are Cinder's options.
    spec("backup_ceph_pool", Some("backups"), Kind::Pool),
    spec("backup_ceph_user", Some("cinder"), Kind::ClientId),
    spec("backup_ceph_conf", None, Kind::Path),
    spec("backup_ceph_chunk_size", Some("134217728"), Kind::Count),
    spec("backup_ceph_stripe_unit", Some("0"), Kind::Count),
    spec("backup_ceph_stripe_count", Some("0"), Kind::Count),
    spec("backup_ceph_max_snapshots", Some("0"), Kind::Count),
    spec("restore_discard_excess_bytes", Some("true"), Kind::Bool),
];

pub(super) fn find_spec(name: &str) -> Option<&'static Spec> {
    SETTINGS.iter().find(|s| s.name == name)
}

/// Never shown by `rows()`: anything named `key` or mentioning a secret, except the
/// libvirt secret's uuid (an identifier, not a secret).
pub(super) fn is_secret(name: &str) -> bool {
    name == "key" || (name.contains("secret") && name != "secret_uuid")
}

/// The names of all settings, in table order.
pub fn names() -> impl Iterator<Item = &'static str> {
    SETTINGS.iter().map(|s| s.name)
}

// ---------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    Default,
    RbdctlConfig {
        path: String,
    },
    GlanceConfig {
        path: String,
        section: String,
        option: String,
    },
    CinderConfig {
        path: String,
        section: String,
        option: String,
    },
    Env {
        var: String,
    },
    /// `flag` is the setting's name (`image_pool`); the option is `--image-pool`.
    Flag {
        flag: String,
    },
}

/// `image_pool` → `--image-pool`.
pub(super) fn flag_of(setting: &str) -> String {
    format!("--{}", setting.replace('_', "-"))
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => f.write_str("default"),
            Source::RbdctlConfig { path } => write!(f, "{path}"),
            Source::GlanceConfig { path, section, option } | Source::CinderConfig { path, section, option } => {
                write!(f, "{path} [{section}] {option}")
            }
            Source::Env { var } => write!(f, "${var}"),
            Source::Flag { flag } => f.write_str(&flag_of(flag)),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Value parsers: Err is what was expected, for the message
// ---------------------------------------------------------------------------------------

/// A parser's answer: the value, or what was expected (for the error message).
pub(super) type Parsed<T> = std::result::Result<T, String>;

/// `invalid value "lots" for rbd_max_clone_depth in [ceph-fast] of /etc/cinder/cinder.conf: expected an integer`
pub(super) fn invalid_value(raw: &str, setting: &str, source: &Source, expected: &str) -> Error {
    Error::invalid(format!("invalid value {raw:?} for {}: expected {expected}", describe(source, setting)))
}

/// The setting as its source names it.
pub(super) fn describe(source: &Source, setting: &str) -> String {
    match source {
        Source::Default => format!("{setting} (built-in default)"),
        Source::RbdctlConfig { path } => format!("{setting} in {path}"),
        Source::GlanceConfig { path, section, option } | Source::CinderConfig { path, section, option } => {
            format!("{option} in [{section}] of {path}")
        }
        Source::Env { var } => format!("{setting} from ${var}"),
        Source::Flag { flag } => flag_of(flag),
    }
}

/// Validate `raw` for `kind` with the value type's own parser (the one clap uses for the
/// same flag); on failure, say what was expected.
pub(super) fn check(kind: Kind, raw: &str) -> Parsed<()> {
    fn by<T: std::str::FromStr>(raw: &str, expected: impl FnOnce() -> String) -> Parsed<()> {
        raw.parse::<T>().map(drop).map_err(|_| expected())
    }
    if raw.is_empty() {
        return Err("a value".into());
    }
    match kind {
        Kind::Text | Kind::Path => Ok(()),
        Kind::Pool => raw.parse::<PoolName>().map(drop).map_err(|e| format!("a valid pool name ({e})")),
        Kind::ClientId => by::<ClientId>(raw, || match raw.strip_prefix("client.") {
            Some(bare) => format!("a client id without the \"client.\" prefix (e.g. {bare:?})"),
            None => "a client id without spaces".into(),
        }),
        Kind::Count => by::<Count>(raw, || format!("an integer from 0 to {}", u32::MAX)),
        Kind::QueueDepth => by::<QueueDepth>(raw, || format!("an integer from 1 to {}", QueueDepth::MAX)),
        Kind::Seconds { min } => match raw.parse::<Seconds>() {
            Ok(Seconds(n)) if n >= min => Ok(()),
            _ => Err(format!("an integer ≥ {min}")),
        },
        Kind::ObjectSize => by::<ObjectSize>(raw, || "a power of two from 4KiB to 32MiB (e.g. 4MiB, 8MiB)".into()),
        Kind::Bool => parse_bool(raw).map(drop),
        Kind::Hash => by::<HashAlgo>(raw, || format!("one of {}", HashAlgo::NAMES.join(", "))),
        Kind::Features => by::<Features>(raw, || {
            format!("a comma list of RBD features ({})", Features::creatable().collect::<Vec<_>>().join(", "))
        }),
        Kind::Uuid => by::<Uuid>(raw, || "a UUID such as 457eb676-33da-42ec-9a8c-9293d545c337".into()),
    }
}

pub(super) fn parse_uint(raw: &str, min: u64) -> Parsed<u64> {
    let s = raw.trim();
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("an integer".into());
    }
    if s.starts_with('-') {
        return Err(format!("an integer ≥ {min}"));
    }
    let v: u64 = s.parse().map_err(|_| "an integer that fits in 64 bits".to_string())?;
    if v < min { Err(format!("an integer ≥ {min}")) } else { Ok(v) }
}

pub(super) fn parse_bool(raw: &str) -> Parsed<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "1" => Ok(true),
        "false" | "no" | "off" | "0" => Ok(false),
        _ => Err("a boolean (true/false, yes/no, on/off, 1/0)".into()),
    }
}

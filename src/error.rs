//! The library's typed error: one variant per thing an operator can act on, each
//! carrying the object it concerns and, where there is one, the fix.
//!
//! The exit code of every variant is fixed here (and documented in the README and
//! the man page); `main` only looks it up. Nothing here talks to Ceph.

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input from the operator: a name, size, URI, flag or file.
    #[error("{0}")]
    InvalidInput(String),

    #[error("{what} not found{}", hint_suffix(.hint))]
    NotFound { what: String, hint: Option<String> },

    #[error("{what} already exists{}", hint_suffix(.hint))]
    AlreadyExists { what: String, hint: Option<String> },

    /// A snapshot or image that other images depend on.
    #[error("{what} is in use by {} (remove or flatten them first)", .by.join(", "))]
    InUse { what: String, by: Vec<String> },

    /// Someone holds the image open (watchers), or librbd answered EBUSY.
    #[error("{what} is busy{}", hint_suffix(.hint))]
    Busy { what: String, hint: Option<String> },

    #[error("{what} still has snapshots: {} (remove them first, or use --trash)", .snapshots.join(", "))]
    HasSnapshots { what: String, snapshots: Vec<String> },

    #[error("permission denied on {what} (check the client's caps: ceph auth get client.<id>)")]
    PermissionDenied { what: String },

    #[error("authentication failed for {what} (check --id and --keyring)")]
    AuthFailed { what: String },

    #[error("no space left for {what} (the pool is full or its quota is reached: ceph df, ceph osd pool get-quota)")]
    NoSpace { what: String },

    /// `seconds` 0: librados' own op timeout fired (its length is --op-timeout).
    #[error("{what} timed out{}{}", after(*.seconds), hint_suffix(.hint))]
    Timeout { what: String, seconds: u64, hint: Option<String> },

    #[error("{what} is read-only")]
    ReadOnly { what: String },

    #[error("checksum mismatch for {what}: stored {algo} {expected}, read {actual}")]
    ChecksumMismatch { what: String, algo: String, expected: String, actual: String },

    /// The image has no integrity manifest to check against.
    #[error("{what} has no manifest ({hint})")]
    NoManifest { what: String, hint: String },

    /// An upload that did not finish: refused by readers unless told otherwise.
    #[error("{what} is incomplete: {hint}")]
    Incomplete { what: String, hint: String },

    #[error("interrupted by {signal}{}", cleanup_suffix(.cleaned))]
    Interrupted { signal: Signal, cleaned: Option<String> },

    /// The cause is in the message (not a `#[source]`), so `{:#}` prints it once.
    #[error("{what}: {cause}")]
    Io { what: String, cause: std::io::Error },

    /// Any other librados/librbd failure, with the call and the errno. Also librbd's
    /// EINVAL for a request rbdctl validated: Ceph refused it, the operator did nothing
    /// wrong, so it is not `InvalidInput`.
    #[error("{what} failed: {} (errno {errno})", errno_text(*.errno))]
    Ceph { what: String, errno: i32 },

    /// The cluster answered, but not in the shape expected: a monmap without monitors, a
    /// mon command's reply that isn't JSON, a short read.
    #[error("unexpected answer from the cluster: {what}")]
    Protocol { what: String },

    /// A failure inside rbdctl itself (a digest library error, a clone loop in the
    /// metadata it walks): a bug or a corrupted cluster, worth a report.
    #[error("internal error: {what}")]
    Internal { what: String },
}

fn hint_suffix(hint: &Option<String>) -> String {
    hint.as_ref().map(|h| format!(" ({h})")).unwrap_or_default()
}

fn after(seconds: u64) -> String {
    if seconds == 0 { String::new() } else { format!(" after {seconds} s") }
}

fn cleanup_suffix(cleaned: &Option<String>) -> String {
    cleaned.as_ref().map(|c| format!("; {c}")).unwrap_or_default()
}

pub fn errno_text(errno: i32) -> String {
    std::io::Error::from_raw_os_error(errno).to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Signal {
    Sigint,
    Sigterm,
}

impl std::fmt::Display for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Signal::Sigint => "SIGINT",
            Signal::Sigterm => "SIGTERM",
        })
    }
}

/// The documented exit codes. Scripts depend on these numbers: never renumber.
pub mod exit {
    pub const OK: i32 = 0;
    pub const FAILURE: i32 = 1;
    pub const USAGE: i32 = 2;
    pub const NOT_FOUND: i32 = 3;
    pub const EXISTS: i32 = 4;
    pub const IN_USE: i32 = 5;
    pub const PERMISSION: i32 = 6;
    pub const NO_SPACE: i32 = 7;
    pub const TIMEOUT: i32 = 8;
    pub const CHECKSUM: i32 = 9;
    pub const NO_MANIFEST: i32 = 10;
    pub const INCOMPLETE: i32 = 11;
    pub const SIGINT: i32 = 130;
    pub const SIGTERM: i32 = 143;

    /// (code, kind, meaning) for the README, the man page and `rbdctl exit-codes`.
    pub const TABLE: &[(i32, &str, &str)] = &[
        (OK, "ok", "success (also: nothing to do, `changed: false`)"),
        (FAILURE, "failure", "any other failure (I/O error, unexpected Ceph error)"),
        (USAGE, "invalid_input", "bad usage or invalid input: flag, name, size, URI, file, config"),
        (NOT_FOUND, "not_found", "image, snapshot, volume or pool not found"),
        (EXISTS, "already_exists", "the image, volume or snapshot already exists"),
        (IN_USE, "in_use", "in use or busy: clones depend on it, snapshots remain, or it is open elsewhere"),
        (PERMISSION, "permission_denied", "permission denied or authentication failed"),
        (NO_SPACE, "no_space", "pool full or quota reached"),
        (TIMEOUT, "timeout", "cluster unreachable or an operation timed out"),
        (CHECKSUM, "checksum_mismatch", "data read back does not match its stored checksum"),
        (NO_MANIFEST, "no_manifest", "the image has no integrity manifest to verify against (see --add-manifest)"),
        (INCOMPLETE, "incomplete", "the image is an interrupted upload (see image gc, --allow-incomplete)"),
        (SIGINT, "interrupted", "interrupted by SIGINT (Ctrl-C), after cleaning up"),
        (SIGTERM, "interrupted", "terminated by SIGTERM, after cleaning up"),
    ];
}

impl Error {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidInput(msg.into())
    }

    pub fn not_found(what: impl Into<String>, hint: impl Into<Option<String>>) -> Self {
        Error::NotFound { what: what.into(), hint: hint.into() }
    }

    pub fn io(what: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { what: what.into(), cause: source }
    }

    /// The stable name of this error's class, `error.kind` in JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidInput(_) => "invalid_input",
            Error::NotFound { .. } => "not_found",
            Error::AlreadyExists { .. } => "already_exists",
            Error::InUse { .. } => "in_use",
            Error::Busy { .. } => "busy",
            Error::HasSnapshots { .. } => "has_snapshots",
            Error::PermissionDenied { .. } => "permission_denied",
            Error::AuthFailed { .. } => "auth_failed",
            Error::NoSpace { .. } => "no_space",
            Error::Timeout { .. } => "timeout",
            Error::ReadOnly { .. } => "read_only",
            Error::ChecksumMismatch { .. } => "checksum_mismatch",
            Error::NoManifest { .. } => "no_manifest",
            Error::Incomplete { .. } => "incomplete",
            Error::Interrupted { .. } => "interrupted",
            Error::Io { .. } => "io",
            Error::Ceph { .. } => "ceph",
            Error::Protocol { .. } => "protocol",
            Error::Internal { .. } => "internal",
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::InvalidInput(_) => exit::USAGE,
            Error::NotFound { .. } => exit::NOT_FOUND,
            Error::AlreadyExists { .. } => exit::EXISTS,
            Error::InUse { .. } | Error::Busy { .. } | Error::HasSnapshots { .. } => exit::IN_USE,
            Error::PermissionDenied { .. } | Error::AuthFailed { .. } => exit::PERMISSION,
            Error::NoSpace { .. } => exit::NO_SPACE,
            Error::Timeout { .. } => exit::TIMEOUT,
            Error::ChecksumMismatch { .. } => exit::CHECKSUM,
            Error::NoManifest { .. } => exit::NO_MANIFEST,
            Error::Incomplete { .. } => exit::INCOMPLETE,
            Error::Interrupted { signal: Signal::Sigint, .. } => exit::SIGINT,
            Error::Interrupted { signal: Signal::Sigterm, .. } => exit::SIGTERM,
            Error::ReadOnly { .. } => exit::PERMISSION,
            Error::Io { cause, .. } => match cause.kind() {
                std::io::ErrorKind::NotFound => exit::NOT_FOUND,
                std::io::ErrorKind::PermissionDenied => exit::PERMISSION,
                std::io::ErrorKind::AlreadyExists => exit::EXISTS,
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => exit::NO_SPACE,
                _ => exit::FAILURE,
            },
            Error::Ceph { .. } | Error::Protocol { .. } | Error::Internal { .. } => exit::FAILURE,
        }
    }

    /// Add what was being done when a lower layer failed, e.g. the pool hint.
    pub fn with_hint(mut self, text: &str) -> Self {
        match &mut self {
            Error::NotFound { hint, .. }
            | Error::AlreadyExists { hint, .. }
            | Error::Busy { hint, .. }
            | Error::Timeout { hint, .. }
                if hint.is_none() =>
            {
                *hint = Some(text.to_string());
            }
            _ => {}
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_a_distinct_documented_code() {
        let mut codes: Vec<i32> = exit::TABLE.iter().map(|(c, _, _)| *c).collect();
        let n = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), n, "exit codes must be distinct");
        let samples = [
            Error::invalid("x"),
            Error::not_found("image images/a", None),
            Error::AlreadyExists { what: "a".into(), hint: None },
            Error::InUse { what: "a".into(), by: vec!["rbd/b".into()] },
            Error::PermissionDenied { what: "a".into() },
            Error::NoSpace { what: "a".into() },
            Error::Timeout { what: "a".into(), seconds: 3, hint: None },
            Error::ChecksumMismatch { what: "a".into(), algo: "md5".into(), expected: "1".into(), actual: "2".into() },
            Error::Interrupted { signal: Signal::Sigint, cleaned: None },
            Error::Interrupted { signal: Signal::Sigterm, cleaned: None },
            Error::NoManifest { what: "a".into(), hint: "b".into() },
            Error::Incomplete { what: "a".into(), hint: "b".into() },
            Error::Ceph { what: "a".into(), errno: 5 },
        ];
        for e in samples {
            assert!(exit::TABLE.iter().any(|(c, _, _)| *c == e.exit_code()), "{e} has undocumented code");
        }
    }

    #[test]
    fn messages_name_the_object_and_the_fix() {
        let e = Error::not_found("image images/abc", Some("is the pool right? see --pool".into()));
        assert_eq!(e.to_string(), "image images/abc not found (is the pool right? see --pool)");
        let e = Error::InUse { what: "snapshot images/a@snap".into(), by: vec!["rbd/v1".into(), "rbd/v2".into()] };
        assert!(e.to_string().contains("rbd/v1, rbd/v2"));
    }
}

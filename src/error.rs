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

    /// `hint` is the way out the failing command offers (`volume rm` names its --trash):
    /// a hint may only name a flag of the command that failed.
    #[error("{what} still has snapshots: {}{}", .snapshots.join(", "), snapshots_hint(.hint))]
    HasSnapshots { what: String, snapshots: Vec<String>, hint: Option<String> },

    /// `client` is the client name the connection used (`client.glance`), when known.
    #[error("permission denied on {what} (check the client's caps: ceph auth get {})", .client.as_deref().unwrap_or("client.<id>"))]
    PermissionDenied { what: String, client: Option<String> },

    /// --user, not --id: that one goes before the subcommand (and is upload's image id after it).
    #[error("authentication failed for {what} (check the client name, --user, and its key, --keyring)")]
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

fn snapshots_hint(hint: &Option<String>) -> String {
    format!(" ({})", hint.as_deref().unwrap_or("remove them first"))
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

    /// The one source of the exit-code documentation: every `error.kind` the code can
    /// produce, with its code and meaning, as (code, kind, meaning). The README table,
    /// the man page, `rbdctl --help` and `rbdctl exit-codes` are all rendered from it,
    /// and a test checks that every kind [`super::Error`] produces is here with its code.
    pub const TABLE: &[(i32, &str, &str)] = &[
        (OK, "ok", "success (also: nothing to do, `changed: false`)"),
        (FAILURE, "failure", "any other failure"),
        (FAILURE, "io", "reading or writing a local file, device, pipe or stdout failed"),
        (FAILURE, "ceph", "librados/librbd failed in a way not listed here (the errno is in the message)"),
        (FAILURE, "protocol", "the cluster answered, but not in the expected shape"),
        (FAILURE, "internal", "a bug or corrupted metadata inside rbdctl's reach: please report it"),
        (
            USAGE,
            "invalid_input",
            "bad usage or invalid input: flag, name, size, URI; a missing local file, \
             ceph.conf, keyring, config file or output directory",
        ),
        (NOT_FOUND, "not_found", "image, snapshot, volume or pool not found in the cluster"),
        (EXISTS, "already_exists", "the image, volume, snapshot or output file already exists"),
        (IN_USE, "in_use", "clones depend on it"),
        (IN_USE, "busy", "it is open elsewhere (watchers) or librbd answered busy"),
        (IN_USE, "has_snapshots", "it still has snapshots"),
        (PERMISSION, "permission_denied", "the client's caps (or a local file's mode) do not allow it"),
        (PERMISSION, "auth_failed", "authentication failed: wrong client name or key"),
        (PERMISSION, "read_only", "the image or snapshot is read-only"),
        (NO_SPACE, "no_space", "pool full or quota reached"),
        (TIMEOUT, "timeout", "cluster unreachable or an operation timed out"),
        (CHECKSUM, "checksum_mismatch", "data read back does not match its stored checksum"),
        (
            NO_MANIFEST,
            "no_manifest",
            "the image has no integrity manifest to verify against (rbdctl image verify --add-manifest adds one)",
        ),
        (INCOMPLETE, "incomplete", "the image is an interrupted upload (rbdctl image gc removes it)"),
        (SIGINT, "interrupted", "interrupted by SIGINT (Ctrl-C), after cleaning up"),
        (SIGTERM, "interrupted", "terminated by SIGTERM, after cleaning up"),
    ];

    /// The code of a kind; a kind missing from the table is a bug the tests catch.
    pub fn code_of(kind: &str) -> i32 {
        TABLE.iter().find(|(_, k, _)| *k == kind).map_or(FAILURE, |(c, _, _)| *c)
    }

    /// `0 ok, 1 failure/io/ceph/..., 2 invalid_input, ...`: one line per code, for --help.
    pub fn summary() -> String {
        let mut lines: Vec<(i32, Vec<&str>)> = vec![];
        for &(code, kind, _) in TABLE {
            match lines.iter_mut().find(|(c, _)| *c == code) {
                Some((_, kinds)) => kinds.push(kind),
                None => lines.push((code, vec![kind])),
            }
        }
        lines.iter().map(|(c, k)| format!("{c} {}", k.join("/"))).collect::<Vec<_>>().join(", ")
    }

    /// The README's table (between its `exit-codes` markers), as Markdown.
    pub fn markdown() -> String {
        let mut out = String::from("| code | kind (`error.kind` in JSON) | meaning |\n| --- | --- | --- |\n");
        for &(code, kind, meaning) in TABLE {
            out.push_str(&format!("| {code} | `{kind}` | {meaning} |\n"));
        }
        out
    }
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
            // A local file's error is classed by its cause: one that isn't there is the
            // operator's input to fix (exit 2, with a missing ceph.conf or config file).
            Error::Io { cause, .. } => match cause.kind() {
                std::io::ErrorKind::NotFound => "invalid_input",
                std::io::ErrorKind::PermissionDenied => "permission_denied",
                std::io::ErrorKind::AlreadyExists => "already_exists",
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => "no_space",
                _ => "io",
            },
            Error::ChecksumMismatch { .. } => "checksum_mismatch",
            Error::NoManifest { .. } => "no_manifest",
            Error::Incomplete { .. } => "incomplete",
            Error::Interrupted { .. } => "interrupted",
            Error::Ceph { .. } => "ceph",
            Error::Protocol { .. } => "protocol",
            Error::Internal { .. } => "internal",
        }
    }

    /// The code [`exit::TABLE`] gives this error's kind (the table is the one source).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Interrupted { signal: Signal::Sigint, .. } => exit::SIGINT,
            Error::Interrupted { signal: Signal::Sigterm, .. } => exit::SIGTERM,
            e => exit::code_of(e.kind()),
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

    /// One error of every variant (and every class of local I/O error). The match below
    /// has no wildcard: a new variant does not compile until it is added here.
    fn one_of_each_kind() -> Vec<Error> {
        let io = |k: std::io::ErrorKind| Error::io("file f", std::io::Error::from(k));
        let all = vec![
            Error::invalid("x"),
            Error::not_found("image images/a", None),
            Error::AlreadyExists { what: "a".into(), hint: None },
            Error::InUse { what: "a".into(), by: vec!["rbd/b".into()] },
            Error::Busy { what: "a".into(), hint: None },
            Error::HasSnapshots { what: "a".into(), snapshots: vec!["s".into()], hint: None },
            Error::PermissionDenied { what: "a".into(), client: None },
            Error::AuthFailed { what: "a".into() },
            Error::NoSpace { what: "a".into() },
            Error::Timeout { what: "a".into(), seconds: 3, hint: None },
            Error::ReadOnly { what: "a".into() },
            Error::ChecksumMismatch { what: "a".into(), algo: "md5".into(), expected: "1".into(), actual: "2".into() },
            Error::Interrupted { signal: Signal::Sigint, cleaned: None },
            Error::Interrupted { signal: Signal::Sigterm, cleaned: None },
            io(std::io::ErrorKind::NotFound),
            io(std::io::ErrorKind::PermissionDenied),
            io(std::io::ErrorKind::AlreadyExists),
            io(std::io::ErrorKind::StorageFull),
            io(std::io::ErrorKind::QuotaExceeded),
            io(std::io::ErrorKind::BrokenPipe),
            Error::NoManifest { what: "a".into(), hint: "b".into() },
            Error::Incomplete { what: "a".into(), hint: "b".into() },
            Error::Ceph { what: "a".into(), errno: 5 },
            Error::Protocol { what: "a".into() },
            Error::Internal { what: "a".into() },
        ];
        for e in &all {
            match e {
                Error::InvalidInput(_)
                | Error::NotFound { .. }
                | Error::AlreadyExists { .. }
                | Error::InUse { .. }
                | Error::Busy { .. }
                | Error::HasSnapshots { .. }
                | Error::PermissionDenied { .. }
                | Error::AuthFailed { .. }
                | Error::NoSpace { .. }
                | Error::Timeout { .. }
                | Error::ReadOnly { .. }
                | Error::ChecksumMismatch { .. }
                | Error::NoManifest { .. }
                | Error::Incomplete { .. }
                | Error::Interrupted { .. }
                | Error::Io { .. }
                | Error::Ceph { .. }
                | Error::Protocol { .. }
                | Error::Internal { .. } => {}
            }
        }
        all
    }

    #[test]
    fn item12_every_kind_the_code_can_produce_is_in_the_exit_code_table() {
        for e in one_of_each_kind() {
            let (kind, code) = (e.kind(), e.exit_code());
            assert!(
                exit::TABLE.iter().any(|&(c, k, _)| c == code && k == kind),
                "{e:?}: kind {kind} with exit {code} is not in exit::TABLE"
            );
        }
        // And the table lists nothing the code can't produce (besides ok and failure).
        let produced: Vec<&str> = one_of_each_kind().iter().map(Error::kind).collect();
        for &(_, kind, _) in exit::TABLE {
            assert!(kind == "ok" || kind == "failure" || produced.contains(&kind), "{kind} is never produced");
        }
        // A kind has one code (interrupted: one per signal).
        for &(code, kind, _) in exit::TABLE.iter().filter(|(_, k, _)| *k != "interrupted") {
            assert!(exit::TABLE.iter().all(|&(c, k, _)| k != kind || c == code), "{kind} has two codes");
        }
    }

    #[test]
    fn item12_a_missing_local_file_is_invalid_input_exit_2() {
        let e = Error::io("source /nonexistent", std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!((e.kind(), e.exit_code()), ("invalid_input", exit::USAGE));
    }

    #[test]
    fn messages_name_the_object_and_the_fix() {
        let e = Error::not_found("image images/abc", Some("is the pool right? see --pool".into()));
        assert_eq!(e.to_string(), "image images/abc not found (is the pool right? see --pool)");
        let e = Error::InUse { what: "snapshot images/a@snap".into(), by: vec!["rbd/v1".into(), "rbd/v2".into()] };
        assert!(e.to_string().contains("rbd/v1, rbd/v2"));
    }
}

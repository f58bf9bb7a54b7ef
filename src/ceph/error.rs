//! errno → typed error. One function, so every FFI call site is one line.

use crate::error::Error;
use libc::c_int;

/// Map a librados/librbd return code: non-negative passes through, negative becomes the
/// typed error for `what` (e.g. "image images/abc").
pub fn check(ret: c_int, what: impl FnOnce() -> String) -> Result<c_int, Error> {
    if ret >= 0 { Ok(ret) } else { Err(errno_error(-ret, what())) }
}

pub fn errno_error(errno: i32, what: String) -> Error {
    match errno {
        libc::ENOENT => Error::NotFound { what, hint: None },
        libc::EEXIST => Error::AlreadyExists { what, hint: None },
        libc::EBUSY => Error::Busy { what, hint: None },
        libc::ENOTEMPTY => Error::HasSnapshots { what, snapshots: vec![], hint: None },
        libc::EPERM | libc::EACCES => Error::PermissionDenied { what, client: None },
        libc::ENOSPC | libc::EDQUOT => Error::NoSpace { what },
        libc::ETIMEDOUT => Error::Timeout {
            what,
            seconds: 0,
            hint: Some("the cluster did not answer within --op-timeout: is the pool full or over quota, or the cluster paused? see ceph -s".into()),
        },
        libc::EROFS => Error::ReadOnly { what },
        // A name too long is the operator's to fix. EINVAL and ERANGE are not: rbdctl
        // validates its input before calling, so librbd refusing the request is Ceph's
        // answer (an unprotected parent, a feature the cluster lacks), exit 1, not 2.
        libc::ENAMETOOLONG => Error::InvalidInput(format!("{what}: {}", crate::error::errno_text(errno))),
        _ => Error::Ceph { what, errno },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_errno_becomes_the_matching_class() {
        assert!(matches!(check(-libc::ENOENT, || "image rbd/x".into()), Err(Error::NotFound { .. })));
        assert!(matches!(check(-libc::EDQUOT, || "x".into()), Err(Error::NoSpace { .. })));
        assert!(matches!(check(-libc::EIO, || "x".into()), Err(Error::Ceph { errno: 5, .. })));
        assert_eq!(check(7, || unreachable!()).unwrap(), 7);
    }
}

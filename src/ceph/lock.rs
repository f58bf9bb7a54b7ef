//! An advisory exclusive lock (`cls_lock`, `rados_lock_exclusive`) on one RADOS object,
//! held while an [`ObjectLock`] lives.
//!
//! The lock is taken with a short duration and renewed by a thread every few seconds, so
//! a holder killed with SIGKILL blocks others only until the duration runs out (an
//! indefinite lock would outlive it until someone broke it by hand).

use super::cluster::Pool;
use super::error::check;
use crate::error::{Error, Result};
use libc::{c_char, size_t, timeval};
use std::ffi::CString;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

/// librados' LIBRADOS_LOCK_FLAG_RENEW.
const LOCK_FLAG_RENEW: u8 = 1;

/// Who holds a lock: `client.4123` and its cookie and address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locker {
    pub client: String,
    pub cookie: String,
    pub address: String,
}

/// A held lock; dropping it stops the renewals and unlocks.
pub struct ObjectLock<'p> {
    pool: &'p Pool<'p>,
    oid: CString,
    name: CString,
    cookie: CString,
    stop: Option<Sender<()>>,
    renewer: Option<JoinHandle<()>>,
}

/// The ioctx handle, sent to the renewal thread (librados ioctx ops are thread-safe;
/// the thread is joined before the lock, which borrows the pool, goes away).
struct RawIoctx(ceph::rados::rados_ioctx_t);
// SAFETY: see above; the pointer is only used for librados calls while the pool lives.
unsafe impl Send for RawIoctx {}

fn c(s: &str, what: &str) -> Result<CString> {
    CString::new(s).map_err(|_| Error::invalid(format!("{what} {s:?} contains a NUL byte")))
}

fn lock_call(
    io: ceph::rados::rados_ioctx_t,
    oid: &CString,
    name: &CString,
    cookie: &CString,
    desc: &CString,
    duration: Duration,
    flags: u8,
) -> i32 {
    let mut tv = timeval { tv_sec: duration.as_secs() as libc::time_t, tv_usec: 0 };
    // SAFETY: valid ioctx and C strings; tv is a local the call only reads.
    unsafe {
        ceph::rados::rados_lock_exclusive(
            io,
            oid.as_ptr(),
            name.as_ptr(),
            cookie.as_ptr(),
            desc.as_ptr(),
            &mut tv,
            flags,
        )
    }
}

impl<'p> Pool<'p> {
    /// Try to take the exclusive lock `name` on object `oid` (created if missing) with
    /// `cookie`, for `duration`, renewed every `duration / 4` while the returned value
    /// lives. `Ok(None)`: someone else holds it.
    pub fn try_lock_exclusive(
        &'p self,
        oid: &str,
        name: &str,
        cookie: &str,
        description: &str,
        duration: Duration,
    ) -> Result<Option<ObjectLock<'p>>> {
        let (coid, cname, ccookie, cdesc) =
            (c(oid, "object name")?, c(name, "lock name")?, c(cookie, "lock cookie")?, c(description, "lock text")?);
        let ret = lock_call(self.raw, &coid, &cname, &ccookie, &cdesc, duration, 0);
        if ret == -libc::EBUSY || ret == -libc::EEXIST {
            return Ok(None);
        }
        check(ret, || format!("locking object {oid} in pool {}", self.name()))?;
        let (tx, rx) = mpsc::channel::<()>();
        let io = RawIoctx(self.raw);
        let (o, n, k, d) = (coid.clone(), cname.clone(), ccookie.clone(), cdesc.clone());
        let renewer = std::thread::spawn(move || {
            let io = io;
            // A failed renewal is retried at the next tick; the lock may lapse only if
            // the cluster stops answering for the whole duration.
            while let Err(RecvTimeoutError::Timeout) = rx.recv_timeout(duration / 4) {
                lock_call(io.0, &o, &n, &k, &d, duration, LOCK_FLAG_RENEW);
            }
        });
        Ok(Some(ObjectLock {
            pool: self,
            oid: coid,
            name: cname,
            cookie: ccookie,
            stop: Some(tx),
            renewer: Some(renewer),
        }))
    }

    /// The holders of lock `name` on object `oid` (empty when none or no such object).
    pub fn lockers(&self, oid: &str, name: &str) -> Result<Vec<Locker>> {
        let (coid, cname) = (c(oid, "object name")?, c(name, "lock name")?);
        let mut cap = 4096usize;
        loop {
            let mut exclusive = 0;
            let (mut tag, mut clients, mut cookies, mut addrs) =
                (vec![0u8; cap], vec![0u8; cap], vec![0u8; cap], vec![0u8; cap]);
            let (mut tl, mut cl, mut kl, mut al): (size_t, size_t, size_t, size_t) = (cap, cap, cap, cap);
            // SAFETY: every buffer is `cap` bytes and its length is passed with it.
            let ret = unsafe {
                ceph::rados::rados_list_lockers(
                    self.raw,
                    coid.as_ptr(),
                    cname.as_ptr(),
                    &mut exclusive,
                    tag.as_mut_ptr() as *mut c_char,
                    &mut tl,
                    clients.as_mut_ptr() as *mut c_char,
                    &mut cl,
                    cookies.as_mut_ptr() as *mut c_char,
                    &mut kl,
                    addrs.as_mut_ptr() as *mut c_char,
                    &mut al,
                )
            } as i32;
            if ret == -libc::ERANGE && cap < (1 << 20) {
                cap *= 4;
                continue;
            }
            if ret == -libc::ENOENT {
                return Ok(vec![]);
            }
            check(ret, || format!("listing the lockers of object {oid}"))?;
            let split = |b: &[u8], n: usize| -> Vec<String> {
                b[..n.min(b.len())]
                    .split(|x| *x == 0)
                    .filter(|s| !s.is_empty())
                    .map(|s| String::from_utf8_lossy(s).into_owned())
                    .collect()
            };
            let (cs, ks, as_) = (split(&clients, cl), split(&cookies, kl), split(&addrs, al));
            return Ok(cs
                .into_iter()
                .enumerate()
                .map(|(i, client)| Locker {
                    client,
                    cookie: ks.get(i).cloned().unwrap_or_default(),
                    address: as_.get(i).cloned().unwrap_or_default(),
                })
                .collect());
        }
    }
}

impl Drop for ObjectLock<'_> {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.renewer.take() {
            let _ = t.join();
        }
        // SAFETY: valid ioctx and C strings. Failure (the lock lapsed) leaves nothing to undo.
        unsafe {
            ceph::rados::rados_unlock(self.pool.raw, self.oid.as_ptr(), self.name.as_ptr(), self.cookie.as_ptr())
        };
    }
}

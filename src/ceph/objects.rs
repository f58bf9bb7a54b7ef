//! Object-level librados reads: the OSD-side CRC-32C of one RADOS object, at the read
//! snapshot of the pool context, with many requests in flight.
//!
//! Only the checksum crosses the network, never the object's bytes: this is what lets
//! `image verify` check an image at the cost of a few bytes per object.

use super::cluster::Pool;
use super::error::check;
use super::ffi;
use crate::error::{Error, Result};
use libc::{c_char, c_int, time_t};
use std::ffi::{CStr, CString};
use std::marker::PhantomData;
use std::ptr;

/// What the OSD answered for one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ObjectCrc {
    /// Bytes the object stores (an RBD object stops at its last written byte).
    pub stored: u64,
    /// `ceph_crc32c(0xffffffff, stored bytes)`: the CRC register without inversions.
    pub raw: u32,
}

/// Outputs librados writes into while the request is in flight: boxed so their
/// addresses stay put.
struct Outputs {
    size: u64,
    mtime: time_t,
    stat_rval: c_int,
    csum_rval: c_int,
    csum: [u8; 8],
    init: [u8; 4],
    oid: CString,
}

/// A librados read op and its completion, created together and submitted at most once.
/// Dropping it waits for a submitted op before releasing both, so an owner declares it
/// BEFORE the boxed outputs librados writes into: fields drop in order, so the wait
/// comes before those outputs are freed.
pub(super) struct AioReadOp {
    pub(super) op: ffi::rados_read_op_t,
    completion: ffi::rados_completion_t,
    pending: bool,
}

impl AioReadOp {
    pub(super) fn new() -> Result<AioReadOp> {
        let mut completion: ffi::rados_completion_t = ptr::null_mut();
        // SAFETY: out-pointer to a local; no callbacks.
        let ret = unsafe { ceph::rados::rados_aio_create_completion(ptr::null_mut(), None, None, &mut completion) };
        check(ret, || "creating a librados completion".into())?;
        // SAFETY: creates a new op, released in Drop.
        let op = unsafe { ceph::rados::rados_create_read_op() };
        Ok(AioReadOp { op, completion, pending: false })
    }

    /// Submit the op on object `oid` of `pool`; librados' return code (negative: never
    /// submitted, nothing to wait for).
    pub(super) fn submit(&mut self, pool: &Pool<'_>, oid: &CStr) -> c_int {
        // SAFETY: valid op, ioctx, completion and C string; the owner keeps the outputs
        // the op writes into alive until this is dropped.
        let ret =
            unsafe { ceph::rados::rados_aio_read_op_operate(self.op, pool.raw, self.completion, oid.as_ptr(), 0) };
        self.pending = ret >= 0;
        ret
    }

    /// Wait for the submitted op and return its result. Blocks at most
    /// rados_osd_op_timeout, which the connection sets.
    pub(super) fn wait(&mut self) -> c_int {
        // SAFETY: valid completion; once complete, the return value and outputs are final.
        unsafe { ceph::rados::rados_aio_wait_for_complete(self.completion) };
        self.pending = false;
        // SAFETY: complete.
        unsafe { ceph::rados::rados_aio_get_return_value(self.completion) }
    }
}

impl Drop for AioReadOp {
    fn drop(&mut self) {
        if self.pending {
            // SAFETY: librados may still write into the owner's outputs: wait first.
            unsafe { ceph::rados::rados_aio_wait_for_complete(self.completion) };
        }
        // SAFETY: complete (or never submitted); each released once.
        unsafe {
            ceph::rados::rados_aio_release(self.completion);
            ceph::rados::rados_release_read_op(self.op);
        }
    }
}

/// One checksum request in flight. Dropping it waits for librados first.
pub struct CrcRequest<'p> {
    /// Declared before `out`: it waits for librados on drop (see [`AioReadOp`]).
    aio: AioReadOp,
    out: Box<Outputs>,
    _pool: PhantomData<&'p ()>,
}

// SAFETY: the request only holds librados handles (thread-safe) and its own boxed
// outputs; it is waited on by one thread at a time (`wait` takes `self`).
unsafe impl Send for CrcRequest<'_> {}

impl Pool<'_> {
    /// Read objects as of snapshot `snap_id` (a self-managed snapshot id: an RBD
    /// snapshot's id) from now on. Use a pool context of its own for this.
    pub fn set_read_snapshot(&mut self, snap_id: u64) {
        // SAFETY: valid ioctx; sets a field librados reads per op.
        unsafe { ceph::rados::rados_ioctx_snap_set_read(self.raw, snap_id) };
    }

    /// Ask the OSD for the CRC-32C of the whole object `oid` and its stored size.
    pub fn aio_object_crc32c(&self, oid: &str) -> Result<CrcRequest<'_>> {
        let name = CString::new(oid).map_err(|_| Error::invalid(format!("object name {oid:?} contains a NUL byte")))?;
        let mut out = Box::new(Outputs {
            size: 0,
            mtime: 0,
            stat_rval: 0,
            csum_rval: 0,
            csum: [0; 8],
            init: 0xffff_ffffu32.to_le_bytes(),
            oid: name,
        });
        let aio = AioReadOp::new()?;
        let op = aio.op;
        let o = &mut *out;
        // SAFETY: every out-pointer points into the boxed Outputs, which lives until the
        // request is dropped, and Drop waits for completion before freeing them. Offset
        // and length 0 ask for the whole object (PrimaryLogPG::do_checksum).
        unsafe {
            ceph::rados::rados_read_op_stat(op, &mut o.size, &mut o.mtime, &mut o.stat_rval);
            ffi::rados_read_op_checksum(
                op,
                ffi::LIBRADOS_CHECKSUM_TYPE_CRC32C,
                o.init.as_ptr() as *const c_char,
                o.init.len(),
                0,
                0,
                0,
                o.csum.as_mut_ptr() as *mut c_char,
                o.csum.len(),
                &mut o.csum_rval,
            );
        }
        let mut req = CrcRequest { aio, out, _pool: PhantomData };
        let ret = req.aio.submit(self, &req.out.oid);
        check(ret, || format!("asking for the checksum of object {oid}"))?;
        Ok(req)
    }
}

impl CrcRequest<'_> {
    /// The answer: `None` when the object does not exist (at the read snapshot).
    pub fn wait(mut self) -> Result<Option<ObjectCrc>> {
        let ret = self.aio.wait();
        let oid = self.out.oid.to_string_lossy().into_owned();
        if ret == -libc::ENOENT {
            return Ok(None);
        }
        let what = || format!("checksum of object {oid}");
        check(ret, what)?;
        check(self.out.stat_rval, what)?;
        check(self.out.csum_rval, what)?;
        let count = u32::from_le_bytes(self.out.csum[..4].try_into().expect("4 bytes"));
        let raw = match count {
            // An empty object: the register is still its initial value.
            0 if self.out.size == 0 => 0xffff_ffff,
            1 => u32::from_le_bytes(self.out.csum[4..].try_into().expect("4 bytes")),
            n => {
                return Err(Error::Protocol {
                    what: format!("{} came back with {n} values for {} bytes", what(), self.out.size),
                });
            }
        };
        Ok(Some(ObjectCrc { stored: self.out.size, raw }))
    }
}

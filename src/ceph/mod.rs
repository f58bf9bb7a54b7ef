//! The only module with `unsafe`: librados through the `ceph` crate's raw functions,
//! librbd through our own FFI in `ffi.rs`, and safe RAII wrappers over both.
//!
//! Every handle closes itself in `Drop`; a child handle borrows its parent so it can't
//! outlive it (`Image<'p>` borrows `Pool<'c>` borrows `Cluster`). Every negative return
//! code goes through [`check`] and becomes a typed [`crate::error::Error`] that names
//! the object. Nothing here knows about Glance, Cinder, the CLI or output.

mod cluster;
mod error;
mod ffi;
mod header;
mod image;
mod lock;
mod objects;
mod storage;
mod zero_chunks;

pub use cluster::{Cluster, ConnectOptions, Pool, PoolStat, take_librados_messages};
pub use error::{check, errno_error};
pub use header::{Header, ParentSpec, SnapRecord};
pub use image::{ChildInfo, Completion, CreateOptions, Image, ImageStat, ParentInfo, SnapInfo, TrashEntry, Watcher};
pub use lock::{Locker, ObjectLock};
pub use objects::{CrcRequest, ObjectCrc};
pub use storage::{ReadAtFn, ReadAtStorage};
pub use zero_chunks::{ZeroChunks, ZeroChunksRequest, xxh64};

/// The version of librbd we are linked against, as "major.minor.extra".
pub fn librbd_version() -> String {
    let (mut a, mut b, mut c) = (0, 0, 0);
    // SAFETY: rbd_version only writes three ints through the pointers we pass.
    unsafe { ffi::rbd_version(&mut a, &mut b, &mut c) };
    format!("{a}.{b}.{c}")
}

/// Tell the kernel a local file is read once, front to back (larger read-ahead).
/// A hint: failure changes nothing. Here because this module owns every `unsafe`.
pub fn advise_sequential(f: &std::fs::File) {
    use std::os::unix::io::AsRawFd;
    // SAFETY: posix_fadvise on a valid open fd has no memory effects.
    let _ = unsafe { libc::posix_fadvise(f.as_raw_fd(), 0, 0, libc::POSIX_FADV_SEQUENTIAL) };
}

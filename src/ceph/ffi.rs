//! Raw librbd declarations, hand-written from `/usr/include/rbd/librbd.h` (Ceph 16).
//!
//! Only what rbdctl calls is declared. Nothing outside `crate::ceph` may use these:
//! the safe wrappers in `image.rs` own every handle and turn every return code into
//! a typed error. Struct layouts are checked against the C header by a test in
//! `tests/layout.rs`.

#![allow(non_camel_case_types)]

use libc::{c_char, c_int, c_void, size_t, ssize_t, time_t};

pub use ceph::rados::rados_ioctx_t;

pub type rbd_image_t = *mut c_void;
pub type rbd_image_options_t = *mut c_void;
pub type rbd_completion_t = *mut c_void;
pub type rbd_callback_t = Option<unsafe extern "C" fn(cb: rbd_completion_t, arg: *mut c_void)>;
pub type librbd_progress_fn_t = Option<unsafe extern "C" fn(offset: u64, total: u64, ptr: *mut c_void) -> c_int>;
pub type rbd_diff_cb_t =
    Option<unsafe extern "C" fn(offset: u64, len: size_t, exists: c_int, arg: *mut c_void) -> c_int>;

pub const RBD_MAX_IMAGE_NAME_SIZE: usize = 96;
pub const RBD_MAX_BLOCK_NAME_SIZE: usize = 24;

pub const RBD_IMAGE_OPTION_FORMAT: c_int = 0;
pub const RBD_IMAGE_OPTION_FEATURES: c_int = 1;
pub const RBD_IMAGE_OPTION_ORDER: c_int = 2;
pub const RBD_IMAGE_OPTION_STRIPE_UNIT: c_int = 3;
pub const RBD_IMAGE_OPTION_STRIPE_COUNT: c_int = 4;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct rbd_image_info_t {
    pub size: u64,
    pub obj_size: u64,
    pub num_objs: u64,
    pub order: c_int,
    pub block_name_prefix: [c_char; RBD_MAX_BLOCK_NAME_SIZE],
    pub parent_pool: i64,
    pub parent_name: [c_char; RBD_MAX_IMAGE_NAME_SIZE],
}

#[repr(C)]
pub struct rbd_image_spec_t {
    pub id: *mut c_char,
    pub name: *mut c_char,
}

#[repr(C)]
pub struct rbd_linked_image_spec_t {
    pub pool_id: i64,
    pub pool_name: *mut c_char,
    pub pool_namespace: *mut c_char,
    pub image_id: *mut c_char,
    pub image_name: *mut c_char,
    pub trash: bool,
}

#[repr(C)]
pub struct rbd_snap_spec_t {
    pub id: u64,
    pub namespace_type: c_int,
    pub name: *mut c_char,
}

#[repr(C)]
pub struct rbd_snap_info_t {
    pub id: u64,
    pub size: u64,
    pub name: *const c_char,
}

#[repr(C)]
pub struct rbd_image_watcher_t {
    pub addr: *mut c_char,
    pub id: i64,
    pub cookie: u64,
}

/// `rbd_trash_image_source_t` is a C enum: an int.
#[repr(C)]
pub struct rbd_trash_image_info_t {
    pub id: *mut c_char,
    pub name: *mut c_char,
    pub source: c_int,
    pub deletion_time: time_t,
    pub deferment_end_time: time_t,
}

#[repr(C)]
pub struct timespec {
    pub tv_sec: time_t,
    pub tv_nsec: libc::c_long,
}

pub use ceph::rados::{rados_completion_t, rados_read_op_t};

/// `rados_checksum_type_t`'s LIBRADOS_CHECKSUM_TYPE_CRC32C (librados.h).
pub const LIBRADOS_CHECKSUM_TYPE_CRC32C: c_int = 2;

// The librados calls the `ceph` crate does not declare.
#[link(name = "rados")]
unsafe extern "C" {
    /// Ops on a full pool fail with EDQUOT/ENOSPC instead of blocking; deletes go through
    /// (what `rbd rm` sets).
    pub fn rados_set_pool_full_try(io: rados_ioctx_t);

    /// The OSD computes a checksum of the object's data and returns
    /// `[u32 count][count values]`, little-endian.
    pub fn rados_read_op_checksum(
        read_op: rados_read_op_t,
        type_: c_int,
        init_value: *const c_char,
        init_value_len: size_t,
        offset: u64,
        len: size_t,
        chunk_size: size_t,
        pchecksum: *mut c_char,
        checksum_len: size_t,
        prval: *mut c_int,
    );
}

#[link(name = "rbd")]
unsafe extern "C" {
    pub fn rbd_version(major: *mut c_int, minor: *mut c_int, extra: *mut c_int);

    pub fn rbd_image_options_create(opts: *mut rbd_image_options_t);
    pub fn rbd_image_options_destroy(opts: rbd_image_options_t);
    pub fn rbd_image_options_set_uint64(opts: rbd_image_options_t, optname: c_int, optval: u64) -> c_int;

    pub fn rbd_list2(io: rados_ioctx_t, images: *mut rbd_image_spec_t, max: *mut size_t) -> c_int;
    pub fn rbd_image_spec_list_cleanup(images: *mut rbd_image_spec_t, num: size_t);
    pub fn rbd_create4(io: rados_ioctx_t, name: *const c_char, size: u64, opts: rbd_image_options_t) -> c_int;
    pub fn rbd_clone3(
        p_ioctx: rados_ioctx_t,
        p_name: *const c_char,
        p_snapname: *const c_char,
        c_ioctx: rados_ioctx_t,
        c_name: *const c_char,
        c_opts: rbd_image_options_t,
    ) -> c_int;
    pub fn rbd_remove(io: rados_ioctx_t, name: *const c_char) -> c_int;
    pub fn rbd_rename(io: rados_ioctx_t, srcname: *const c_char, destname: *const c_char) -> c_int;
    pub fn rbd_trash_move(io: rados_ioctx_t, name: *const c_char, delay: u64) -> c_int;
    pub fn rbd_trash_list(io: rados_ioctx_t, entries: *mut rbd_trash_image_info_t, num: *mut size_t) -> c_int;
    pub fn rbd_trash_list_cleanup(entries: *mut rbd_trash_image_info_t, num: size_t);
    pub fn rbd_trash_remove(io: rados_ioctx_t, id: *const c_char, force: bool) -> c_int;
    pub fn rbd_trash_restore(io: rados_ioctx_t, id: *const c_char, name: *const c_char) -> c_int;

    pub fn rbd_open(io: rados_ioctx_t, name: *const c_char, image: *mut rbd_image_t, snap_name: *const c_char)
    -> c_int;
    pub fn rbd_open_read_only(
        io: rados_ioctx_t,
        name: *const c_char,
        image: *mut rbd_image_t,
        snap_name: *const c_char,
    ) -> c_int;
    pub fn rbd_open_by_id_read_only(
        io: rados_ioctx_t,
        id: *const c_char,
        image: *mut rbd_image_t,
        snap_name: *const c_char,
    ) -> c_int;
    pub fn rbd_close(image: rbd_image_t) -> c_int;

    pub fn rbd_stat(image: rbd_image_t, info: *mut rbd_image_info_t, infosize: size_t) -> c_int;
    pub fn rbd_get_size(image: rbd_image_t, size: *mut u64) -> c_int;
    pub fn rbd_get_features(image: rbd_image_t, features: *mut u64) -> c_int;
    pub fn rbd_get_overlap(image: rbd_image_t, overlap: *mut u64) -> c_int;
    pub fn rbd_get_stripe_unit(image: rbd_image_t, stripe_unit: *mut u64) -> c_int;
    pub fn rbd_get_stripe_count(image: rbd_image_t, stripe_count: *mut u64) -> c_int;
    pub fn rbd_get_id(image: rbd_image_t, id: *mut c_char, id_len: size_t) -> c_int;
    pub fn rbd_resize(image: rbd_image_t, size: u64) -> c_int;
    pub fn rbd_flush(image: rbd_image_t) -> c_int;

    pub fn rbd_read(image: rbd_image_t, ofs: u64, len: size_t, buf: *mut c_char) -> ssize_t;
    pub fn rbd_write(image: rbd_image_t, ofs: u64, len: size_t, buf: *const c_char) -> ssize_t;
    pub fn rbd_discard(image: rbd_image_t, ofs: u64, len: u64) -> c_int;
    pub fn rbd_write_zeroes(image: rbd_image_t, ofs: u64, len: size_t, zero_flags: c_int, op_flags: c_int) -> ssize_t;
    pub fn rbd_aio_write(image: rbd_image_t, off: u64, len: size_t, buf: *const c_char, c: rbd_completion_t) -> c_int;
    pub fn rbd_aio_read(image: rbd_image_t, off: u64, len: size_t, buf: *mut c_char, c: rbd_completion_t) -> c_int;
    pub fn rbd_aio_write_zeroes(
        image: rbd_image_t,
        off: u64,
        len: size_t,
        c: rbd_completion_t,
        zero_flags: c_int,
        op_flags: c_int,
    ) -> c_int;
    pub fn rbd_aio_create_completion(
        cb_arg: *mut c_void,
        complete_cb: rbd_callback_t,
        c: *mut rbd_completion_t,
    ) -> c_int;
    pub fn rbd_aio_get_return_value(c: rbd_completion_t) -> ssize_t;
    pub fn rbd_aio_release(c: rbd_completion_t);

    pub fn rbd_snap_list(image: rbd_image_t, snaps: *mut rbd_snap_info_t, max: *mut c_int) -> c_int;
    pub fn rbd_snap_list_end(snaps: *mut rbd_snap_info_t);
    pub fn rbd_snap_exists(image: rbd_image_t, snapname: *const c_char, exists: *mut bool) -> c_int;
    pub fn rbd_snap_create(image: rbd_image_t, snapname: *const c_char) -> c_int;
    pub fn rbd_snap_remove(image: rbd_image_t, snapname: *const c_char) -> c_int;
    pub fn rbd_snap_protect(image: rbd_image_t, snap_name: *const c_char) -> c_int;
    pub fn rbd_snap_unprotect(image: rbd_image_t, snap_name: *const c_char) -> c_int;
    pub fn rbd_snap_is_protected(image: rbd_image_t, snap_name: *const c_char, is_protected: *mut c_int) -> c_int;
    pub fn rbd_snap_set(image: rbd_image_t, snapname: *const c_char) -> c_int;
    pub fn rbd_snap_rollback(image: rbd_image_t, snapname: *const c_char) -> c_int;
    pub fn rbd_snap_get_timestamp(image: rbd_image_t, snap_id: u64, ts: *mut timespec) -> c_int;

    pub fn rbd_flatten_with_progress(image: rbd_image_t, cb: librbd_progress_fn_t, cbdata: *mut c_void) -> c_int;
    pub fn rbd_copy_with_progress3(
        image: rbd_image_t,
        dest_p: rados_ioctx_t,
        destname: *const c_char,
        dest_opts: rbd_image_options_t,
        cb: librbd_progress_fn_t,
        cbdata: *mut c_void,
    ) -> c_int;

    pub fn rbd_get_parent(
        image: rbd_image_t,
        parent_image: *mut rbd_linked_image_spec_t,
        parent_snap: *mut rbd_snap_spec_t,
    ) -> c_int;
    pub fn rbd_linked_image_spec_cleanup(image: *mut rbd_linked_image_spec_t);
    pub fn rbd_snap_spec_cleanup(snap: *mut rbd_snap_spec_t);
    pub fn rbd_list_children3(
        image: rbd_image_t,
        images: *mut rbd_linked_image_spec_t,
        max_images: *mut size_t,
    ) -> c_int;
    pub fn rbd_list_descendants(
        image: rbd_image_t,
        images: *mut rbd_linked_image_spec_t,
        max_images: *mut size_t,
    ) -> c_int;
    pub fn rbd_linked_image_spec_list_cleanup(images: *mut rbd_linked_image_spec_t, num: size_t);

    pub fn rbd_metadata_get(image: rbd_image_t, key: *const c_char, value: *mut c_char, val_len: *mut size_t) -> c_int;
    pub fn rbd_metadata_set(image: rbd_image_t, key: *const c_char, value: *const c_char) -> c_int;
    pub fn rbd_metadata_remove(image: rbd_image_t, key: *const c_char) -> c_int;
    pub fn rbd_metadata_list(
        image: rbd_image_t,
        start: *const c_char,
        max: u64,
        keys: *mut c_char,
        key_len: *mut size_t,
        values: *mut c_char,
        vals_len: *mut size_t,
    ) -> c_int;

    pub fn rbd_diff_iterate2(
        image: rbd_image_t,
        fromsnapname: *const c_char,
        ofs: u64,
        len: u64,
        include_parent: u8,
        whole_object: u8,
        cb: rbd_diff_cb_t,
        arg: *mut c_void,
    ) -> c_int;

    pub fn rbd_watchers_list(
        image: rbd_image_t,
        watchers: *mut rbd_image_watcher_t,
        max_watchers: *mut size_t,
    ) -> c_int;
    pub fn rbd_watchers_list_cleanup(watchers: *mut rbd_image_watcher_t, num: size_t);
}

/// The `#[repr(C)]` structs above are hand-written from librbd.h; this compiles a C
/// program against the installed header and compares every size and field offset with
/// Rust's, so a wrong layout fails here instead of corrupting memory. (A unit test, so
/// `ffi` can stay private to `ceph`.)
#[cfg(test)]
mod layout {
    use super as ffi;
    use std::mem::{offset_of, size_of};
    use std::process::Command;

    const PROGRAM: &str = r#"
#include <stdio.h>
#include <stddef.h>
#include <rbd/librbd.h>
#define S(t) printf("sizeof(" #t ") %zu\n", sizeof(t))
#define O(t, f) printf(#t " " #f " %zu\n", offsetof(t, f))
int main(void) {
    S(rbd_image_info_t); O(rbd_image_info_t, size); O(rbd_image_info_t, obj_size); O(rbd_image_info_t, num_objs);
    O(rbd_image_info_t, order); O(rbd_image_info_t, block_name_prefix); O(rbd_image_info_t, parent_pool); O(rbd_image_info_t, parent_name);
    S(rbd_image_spec_t); O(rbd_image_spec_t, id); O(rbd_image_spec_t, name);
    S(rbd_linked_image_spec_t); O(rbd_linked_image_spec_t, pool_id); O(rbd_linked_image_spec_t, pool_name);
    O(rbd_linked_image_spec_t, pool_namespace); O(rbd_linked_image_spec_t, image_id); O(rbd_linked_image_spec_t, image_name); O(rbd_linked_image_spec_t, trash);
    S(rbd_snap_spec_t); O(rbd_snap_spec_t, id); O(rbd_snap_spec_t, namespace_type); O(rbd_snap_spec_t, name);
    S(rbd_snap_info_t); O(rbd_snap_info_t, id); O(rbd_snap_info_t, size); O(rbd_snap_info_t, name);
    S(rbd_image_watcher_t); O(rbd_image_watcher_t, addr); O(rbd_image_watcher_t, id); O(rbd_image_watcher_t, cookie);
    S(rbd_trash_image_info_t); O(rbd_trash_image_info_t, id); O(rbd_trash_image_info_t, name); O(rbd_trash_image_info_t, source);
    O(rbd_trash_image_info_t, deletion_time); O(rbd_trash_image_info_t, deferment_end_time);
    printf("RBD_IMAGE_OPTION_FORMAT %d\n", RBD_IMAGE_OPTION_FORMAT);
    printf("RBD_IMAGE_OPTION_FEATURES %d\n", RBD_IMAGE_OPTION_FEATURES);
    printf("RBD_IMAGE_OPTION_ORDER %d\n", RBD_IMAGE_OPTION_ORDER);
    printf("RBD_IMAGE_OPTION_STRIPE_UNIT %d\n", RBD_IMAGE_OPTION_STRIPE_UNIT);
    printf("RBD_IMAGE_OPTION_STRIPE_COUNT %d\n", RBD_IMAGE_OPTION_STRIPE_COUNT);
    printf("LIBRADOS_CHECKSUM_TYPE_CRC32C %d\n", LIBRADOS_CHECKSUM_TYPE_CRC32C);
    return 0;
}
"#;

    fn c_layout() -> Vec<(String, usize)> {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("layout.c");
        let bin = dir.path().join("layout");
        std::fs::write(&src, PROGRAM).unwrap();
        let cc = Command::new("cc")
            .arg(&src)
            .arg("-o")
            .arg(&bin)
            .output()
            .expect("a C compiler (cc) is needed: apt-get install gcc");
        assert!(
            cc.status.success(),
            "compiling against librbd.h failed (is librbd-dev installed? scripts/deps):\n{}",
            String::from_utf8_lossy(&cc.stderr)
        );
        let out = Command::new(&bin).output().unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let (k, v) = l.rsplit_once(' ').unwrap();
                (k.to_string(), v.parse().unwrap())
            })
            .collect()
    }

    #[test]
    fn ffi_structs_match_librbd_h() {
        macro_rules! rust {
            ($t:ident) => {
                (concat!("sizeof(", stringify!($t), ")").to_string(), size_of::<ffi::$t>())
            };
            ($t:ident, $f:ident) => {
                (concat!(stringify!($t), " ", stringify!($f)).to_string(), offset_of!(ffi::$t, $f))
            };
        }
        let ours = vec![
            rust!(rbd_image_info_t),
            rust!(rbd_image_info_t, size),
            rust!(rbd_image_info_t, obj_size),
            rust!(rbd_image_info_t, num_objs),
            rust!(rbd_image_info_t, order),
            rust!(rbd_image_info_t, block_name_prefix),
            rust!(rbd_image_info_t, parent_pool),
            rust!(rbd_image_info_t, parent_name),
            rust!(rbd_image_spec_t),
            rust!(rbd_image_spec_t, id),
            rust!(rbd_image_spec_t, name),
            rust!(rbd_linked_image_spec_t),
            rust!(rbd_linked_image_spec_t, pool_id),
            rust!(rbd_linked_image_spec_t, pool_name),
            rust!(rbd_linked_image_spec_t, pool_namespace),
            rust!(rbd_linked_image_spec_t, image_id),
            rust!(rbd_linked_image_spec_t, image_name),
            rust!(rbd_linked_image_spec_t, trash),
            rust!(rbd_snap_spec_t),
            rust!(rbd_snap_spec_t, id),
            rust!(rbd_snap_spec_t, namespace_type),
            rust!(rbd_snap_spec_t, name),
            rust!(rbd_snap_info_t),
            rust!(rbd_snap_info_t, id),
            rust!(rbd_snap_info_t, size),
            rust!(rbd_snap_info_t, name),
            rust!(rbd_image_watcher_t),
            rust!(rbd_image_watcher_t, addr),
            rust!(rbd_image_watcher_t, id),
            rust!(rbd_image_watcher_t, cookie),
            rust!(rbd_trash_image_info_t),
            rust!(rbd_trash_image_info_t, id),
            rust!(rbd_trash_image_info_t, name),
            rust!(rbd_trash_image_info_t, source),
            rust!(rbd_trash_image_info_t, deletion_time),
            rust!(rbd_trash_image_info_t, deferment_end_time),
            ("RBD_IMAGE_OPTION_FORMAT".to_string(), ffi::RBD_IMAGE_OPTION_FORMAT as usize),
            ("RBD_IMAGE_OPTION_FEATURES".to_string(), ffi::RBD_IMAGE_OPTION_FEATURES as usize),
            ("RBD_IMAGE_OPTION_ORDER".to_string(), ffi::RBD_IMAGE_OPTION_ORDER as usize),
            ("RBD_IMAGE_OPTION_STRIPE_UNIT".to_string(), ffi::RBD_IMAGE_OPTION_STRIPE_UNIT as usize),
            ("RBD_IMAGE_OPTION_STRIPE_COUNT".to_string(), ffi::RBD_IMAGE_OPTION_STRIPE_COUNT as usize),
            ("LIBRADOS_CHECKSUM_TYPE_CRC32C".to_string(), ffi::LIBRADOS_CHECKSUM_TYPE_CRC32C as usize),
        ];
        let theirs = c_layout();
        assert_eq!(ours.len(), theirs.len(), "every checked item must come from both sides");
        for (k, v) in &ours {
            let c = theirs.iter().find(|(ck, _)| ck == k).unwrap_or_else(|| panic!("{k} missing from the C side"));
            assert_eq!(*v, c.1, "{k}: Rust has {v}, librbd.h has {}", c.1);
        }
    }
}

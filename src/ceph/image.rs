//! Safe librbd: image creation and removal on a pool, and the `Image` handle.
//!
//! `Image<'p>` closes itself on drop and borrows its pool. AIO goes through
//! [`Completion`], which owns its buffer until librbd is done with it, so no buffer can
//! be freed or reused while librbd still reads or writes it. C callbacks catch panics
//! and return non-zero to cancel, never unwinding into C.

use super::cluster::Pool;
use super::error::check;
use super::ffi::{self, rbd_completion_t, rbd_image_t};
use crate::error::{Error, Result};
use libc::{c_char, c_int, c_void, size_t};
use std::ffi::{CStr, CString};
use std::marker::PhantomData;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

fn cstr(s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| Error::invalid(format!("name {s:?} contains a NUL byte")))
}

fn opt_cstr(s: Option<&str>) -> Result<Option<CString>> {
    s.map(cstr).transpose()
}

fn opt_ptr(c: &Option<CString>) -> *const c_char {
    c.as_ref().map_or(ptr::null(), |c| c.as_ptr())
}

/// # Safety
/// `p` must be NULL or a valid NUL-terminated string.
unsafe fn owned(p: *const c_char) -> String {
    if p.is_null() { String::new() } else { unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned() }
}

/// How to create (or clone into) an image.
#[derive(Debug, Clone, Copy)]
pub struct CreateOptions {
    /// log2 of the object size (22 = 4 MiB, 23 = 8 MiB).
    pub order: u8,
    pub features: u64,
    pub stripe: Option<(u64, u64)>,
}

/// librbd's image options, destroyed on drop.
struct ImageOptions(ffi::rbd_image_options_t);

impl ImageOptions {
    /// `with_order: false` for clones: librbd refuses a clone whose object size differs
    /// from its parent's (EINVAL), and without one it inherits the parent's, as Cinder's
    /// clones always did.
    fn new(o: &CreateOptions, with_order: bool) -> Result<Self> {
        let mut raw = ptr::null_mut();
        // SAFETY: out-pointer to a local; destroyed in Drop.
        unsafe { ffi::rbd_image_options_create(&mut raw) };
        let opts = ImageOptions(raw);
        let set = |key, value| {
            // SAFETY: valid options handle.
            check(unsafe { ffi::rbd_image_options_set_uint64(opts.0, key, value) }, || "image options".into())
        };
        set(ffi::RBD_IMAGE_OPTION_FORMAT, 2)?;
        set(ffi::RBD_IMAGE_OPTION_FEATURES, o.features)?;
        if with_order {
            set(ffi::RBD_IMAGE_OPTION_ORDER, o.order as u64)?;
        }
        if let Some((unit, count)) = o.stripe {
            set(ffi::RBD_IMAGE_OPTION_STRIPE_UNIT, unit)?;
            set(ffi::RBD_IMAGE_OPTION_STRIPE_COUNT, count)?;
        }
        Ok(opts)
    }
}

impl Drop for ImageOptions {
    fn drop(&mut self) {
        // SAFETY: created by rbd_image_options_create, destroyed once.
        unsafe { ffi::rbd_image_options_destroy(self.0) };
    }
}

impl<'c> Pool<'c> {
    fn spec(&self, image: &str) -> String {
        format!("{}/{image}", self.name())
    }

    pub fn create_image(&self, name: &str, size: u64, opts: &CreateOptions) -> Result<()> {
        let n = cstr(name)?;
        let o = ImageOptions::new(opts, true)?;
        // SAFETY: valid ioctx, C string and options handle.
        let ret = unsafe { ffi::rbd_create4(self.raw, n.as_ptr(), size, o.0) };
        check(ret, || format!("image {}", self.spec(name))).map(drop)
    }

    /// Open read-write at the head, or read-only at a snapshot.
    pub fn open(&self, name: &str) -> Result<Image<'_>> {
        self.open_inner(name, None, false)
    }

    pub fn open_read_only(&self, name: &str, snap: Option<&str>) -> Result<Image<'_>> {
        self.open_inner(name, snap, true)
    }

    fn open_inner(&self, name: &str, snap: Option<&str>, read_only: bool) -> Result<Image<'_>> {
        let n = cstr(name)?;
        let s = opt_cstr(snap)?;
        let mut raw: rbd_image_t = ptr::null_mut();
        // SAFETY: valid ioctx, C strings that outlive the call, out-pointer to a local.
        let ret = unsafe {
            if read_only {
                ffi::rbd_open_read_only(self.raw, n.as_ptr(), &mut raw, opt_ptr(&s))
            } else {
                ffi::rbd_open(self.raw, n.as_ptr(), &mut raw, opt_ptr(&s))
            }
        };
        let spec = match snap {
            Some(s) => format!("snapshot {}@{s}", self.spec(name)),
            None => format!("image {}", self.spec(name)),
        };
        if ret == -libc::ENOENT && !read_only && self.open_read_only(name, snap).is_ok() {
            return Err(self.refused_on_full_pool(name, "opened for writing"));
        }
        check(ret, || spec.clone())?;
        Ok(Image { raw, spec: self.spec(name), abandoned: Default::default(), _pool: PhantomData })
    }

    /// librbd answers ENOENT for an image that exists when a write it needs is refused
    /// on a full pool (seen with `rbd rm` too: the trash entry can't be added).
    fn refused_on_full_pool(&self, name: &str, verb: &str) -> Error {
        Error::NoSpace { what: format!("image {}: it exists, but librbd can't have it {verb}", self.spec(name)) }
    }

    pub fn exists(&self, name: &str) -> Result<bool> {
        match self.open_read_only(name, None) {
            Ok(_) => Ok(true),
            Err(Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub fn list_images(&self) -> Result<Vec<String>> {
        Ok(self.list_specs()?.into_iter().map(|(name, _)| name).collect())
    }

    /// (name, id) of every image, sorted by name: from the directory's omap where it
    /// holds them all (see `directory_specs`), else from `rbd_list2`.
    pub(super) fn list_specs(&self) -> Result<Vec<(String, String)>> {
        if let Some(specs) = self.directory_specs()? {
            return Ok(specs);
        }
        let mut cap: size_t = 64;
        loop {
            let mut specs: Vec<ffi::rbd_image_spec_t> = Vec::with_capacity(cap);
            let mut n = cap;
            // SAFETY: buffer of `cap` specs; librbd fills `n` and sets n on -ERANGE.
            let ret = unsafe { ffi::rbd_list2(self.raw, specs.as_mut_ptr(), &mut n) };
            if ret == -libc::ERANGE {
                cap = n.max(cap * 2);
                continue;
            }
            check(ret, || format!("listing images in pool {}", self.name()))?;
            // SAFETY: librbd initialised the first n entries; cleaned up right after copying.
            unsafe { specs.set_len(n) };
            let mut names: Vec<(String, String)> =
                specs.iter().map(|s| unsafe { (owned(s.name), owned(s.id)) }).collect();
            unsafe { ffi::rbd_image_spec_list_cleanup(specs.as_mut_ptr(), n) };
            names.sort();
            return Ok(names);
        }
    }

    /// Other clients holding `name` open: our own watch (an open handle here) is left out.
    pub fn watchers(&self, name: &str) -> Result<Vec<Watcher>> {
        // SAFETY: a valid ioctx's cluster handle; reading its instance id has no effects.
        let me = unsafe { ceph::rados::rados_get_instance_id(ceph::rados::rados_ioctx_get_cluster(self.raw)) };
        let all = self.open_read_only(name, None)?.watchers()?;
        Ok(all.into_iter().filter(|w| w.id as u64 != me).collect())
    }

    pub fn remove_image(&self, name: &str) -> Result<()> {
        let n = cstr(name)?;
        // SAFETY: valid ioctx and C string.
        let ret = unsafe { ffi::rbd_remove(self.raw, n.as_ptr()) };
        if ret == -libc::ENOENT && self.list_images().is_ok_and(|names| names.iter().any(|n| n == name)) {
            return Err(self.refused_on_full_pool(name, "removed"));
        }
        check(ret, || format!("image {}", self.spec(name))).map(drop)
    }

    pub fn rename_image(&self, from: &str, to: &str) -> Result<()> {
        let (f, t) = (cstr(from)?, cstr(to)?);
        // SAFETY: valid ioctx and C strings.
        let ret = unsafe { ffi::rbd_rename(self.raw, f.as_ptr(), t.as_ptr()) };
        check(ret, || format!("renaming image {} to {to}", self.spec(from))).map(drop)
    }

    pub fn trash_move(&self, name: &str) -> Result<()> {
        let n = cstr(name)?;
        // SAFETY: valid ioctx and C string.
        let ret = unsafe { ffi::rbd_trash_move(self.raw, n.as_ptr(), 0) };
        check(ret, || format!("moving image {} to the trash", self.spec(name))).map(drop)
    }

    /// The pool's RBD trash, as `rbd trash ls --all` lists it.
    pub fn trash_list(&self) -> Result<Vec<TrashEntry>> {
        let mut cap: size_t = 32;
        loop {
            let mut raw: Vec<ffi::rbd_trash_image_info_t> = Vec::with_capacity(cap);
            let mut n = cap;
            // SAFETY: buffer of `cap` entries; librbd fills `n`, or sets it on -ERANGE.
            let ret = unsafe { ffi::rbd_trash_list(self.raw, raw.as_mut_ptr(), &mut n) };
            if ret == -libc::ERANGE {
                cap = n.max(cap * 2);
                continue;
            }
            check(ret, || format!("listing the trash of pool {}", self.name()))?;
            // SAFETY: librbd initialised the first n entries; cleaned up right after copying.
            unsafe { raw.set_len(n) };
            let out = raw
                .iter()
                .map(|e| TrashEntry {
                    // SAFETY: librbd's NUL-terminated strings, alive until the cleanup below.
                    id: unsafe { owned(e.id) },
                    name: unsafe { owned(e.name) },
                    source: match e.source {
                        0 => "user",
                        1 => "mirroring",
                        2 => "migration",
                        3 => "removing",
                        4 => "user_parent",
                        _ => "unknown",
                    },
                    deleted_at: e.deletion_time,
                    deferment_end: e.deferment_end_time,
                })
                .collect();
            // SAFETY: the n entries librbd filled, cleaned once.
            unsafe { ffi::rbd_trash_list_cleanup(raw.as_mut_ptr(), n) };
            return Ok(out);
        }
    }

    /// Open an image read-only by its id (a trash entry has no name to open it by).
    pub fn open_by_id_read_only(&self, id: &str) -> Result<Image<'_>> {
        let i = cstr(id)?;
        let mut raw: rbd_image_t = ptr::null_mut();
        // SAFETY: valid ioctx, C string that outlives the call, out-pointer to a local.
        let ret = unsafe { ffi::rbd_open_by_id_read_only(self.raw, i.as_ptr(), &mut raw, ptr::null()) };
        check(ret, || format!("image id {id} in pool {}", self.name()))?;
        Ok(Image { raw, spec: format!("{}/{id}", self.name()), abandoned: Default::default(), _pool: PhantomData })
    }

    /// Remove a trash entry by id; `force` also removes one whose deferment has not ended.
    pub fn trash_remove(&self, id: &str, force: bool) -> Result<()> {
        let i = cstr(id)?;
        // SAFETY: valid ioctx and C string.
        let ret = unsafe { ffi::rbd_trash_remove(self.raw, i.as_ptr(), force) };
        check(ret, || format!("trash entry {id} in pool {}", self.name())).map(drop)
    }

    /// Restore a trash entry by id under `name`.
    pub fn trash_restore(&self, id: &str, name: &str) -> Result<()> {
        let (i, n) = (cstr(id)?, cstr(name)?);
        // SAFETY: valid ioctx and C strings.
        let ret = unsafe { ffi::rbd_trash_restore(self.raw, i.as_ptr(), n.as_ptr()) };
        check(ret, || format!("image {} (restoring trash entry {id})", self.spec(name))).map(drop)
    }

    /// Clone `parent_pool/parent@snap` (a protected snapshot) as `child` in this pool.
    pub fn clone_image(
        &self,
        parent_pool: &Pool<'_>,
        parent: &str,
        snap: &str,
        child: &str,
        opts: &CreateOptions,
    ) -> Result<()> {
        let (p, s, c) = (cstr(parent)?, cstr(snap)?, cstr(child)?);
        let o = ImageOptions::new(opts, false)?;
        // SAFETY: valid ioctxs, C strings and options handle.
        let ret = unsafe { ffi::rbd_clone3(parent_pool.raw, p.as_ptr(), s.as_ptr(), self.raw, c.as_ptr(), o.0) };
        check(ret, || format!("image {}", self.spec(child))).map(drop)
    }
}

/// An entry of a pool's RBD trash.
#[derive(Debug, Clone)]
pub struct TrashEntry {
    pub id: String,
    pub name: String,
    /// librbd's source: "user" (rbd trash mv, volume rm --trash), "removing" (an
    /// `rbd rm` that did not finish), "user_parent", "mirroring", "migration".
    pub source: &'static str,
    /// Unix seconds.
    pub deleted_at: i64,
    /// Unix seconds before which a purge leaves it (unless forced).
    pub deferment_end: i64,
}

#[derive(Debug, Clone, Copy)]
pub struct ImageStat {
    pub size: u64,
    pub object_size: u64,
    pub objects: u64,
    pub order: u8,
}

#[derive(Debug, Clone)]
pub struct SnapInfo {
    pub id: u64,
    pub name: String,
    pub size: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParentInfo {
    pub pool: String,
    pub pool_namespace: String,
    pub image: String,
    pub image_id: String,
    pub snapshot: String,
    pub trash: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildInfo {
    pub pool: String,
    pub image: String,
    /// librbd's internal id (names the header object `rbd_header.<id>`).
    pub image_id: String,
    pub trash: bool,
}

#[derive(Debug, Clone)]
pub struct Watcher {
    pub address: String,
    pub id: i64,
    pub cookie: u64,
}

/// An open image. Closed on drop; can't outlive its pool.
pub struct Image<'p> {
    raw: rbd_image_t,
    spec: String,
    /// Set when a request on this handle was abandoned after its deadline: librbd may
    /// still use the handle, so `Drop` leaks it instead of closing it (closing would
    /// block on the stuck request). The rule lives here so no caller can forget it.
    abandoned: std::sync::atomic::AtomicBool,
    _pool: PhantomData<&'p ()>,
}

impl Drop for Image<'_> {
    fn drop(&mut self) {
        if self.abandoned.load(std::sync::atomic::Ordering::SeqCst) {
            return; // leaked on purpose: see `abandoned`
        }
        // SAFETY: raw came from rbd_open*, closed once; Completions borrow the image so
        // none is in flight, and none was abandoned (checked above).
        unsafe { ffi::rbd_close(self.raw) };
    }
}

/// Shared between a Completion and librbd's callback thread.
#[derive(Default)]
struct Signal {
    done: Mutex<bool>,
    cond: Condvar,
}

unsafe extern "C" fn on_complete(_c: rbd_completion_t, arg: *mut c_void) {
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: arg is the Arc<Signal> leaked in Completion::new; reclaimed exactly
        // once here, since librbd calls this exactly once per completion.
        let signal = unsafe { Arc::from_raw(arg as *const Signal) };
        *signal.done.lock().unwrap_or_else(|e| e.into_inner()) = true;
        signal.cond.notify_all();
    }));
}

/// One AIO request in flight. Owns its buffer until librbd is done with it.
pub struct Completion<'i, B> {
    raw: rbd_completion_t,
    signal: Arc<Signal>,
    buf: Option<B>,
    /// The image's `abandoned` flag, set by [`Completion::abandon`].
    abandoned: &'i std::sync::atomic::AtomicBool,
}

impl<'i, B> Completion<'i, B> {
    fn new(buf: B, abandoned: &'i std::sync::atomic::AtomicBool) -> Result<Self> {
        let signal = Arc::new(Signal::default());
        let arg = Arc::into_raw(signal.clone()) as *mut c_void;
        let mut raw = ptr::null_mut();
        // SAFETY: out-pointer to a local; on failure we reclaim the leaked Arc.
        let ret = unsafe { ffi::rbd_aio_create_completion(arg, Some(on_complete), &mut raw) };
        if ret < 0 {
            drop(unsafe { Arc::from_raw(arg as *const Signal) });
            check(ret, || "creating an AIO completion".into())?;
        }
        Ok(Completion { raw, signal, buf: Some(buf), abandoned })
    }

    pub fn is_done(&self) -> bool {
        *self.signal.done.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Wait until librbd finishes (or `deadline` passes: then `Err(self)` comes back and
    /// the caller must [`Completion::abandon`] it or wait again).
    pub fn wait(mut self, deadline: Option<Instant>) -> std::result::Result<(B, isize), Self> {
        {
            let mut done = self.signal.done.lock().unwrap_or_else(|e| e.into_inner());
            while !*done {
                match deadline {
                    None => done = self.signal.cond.wait(done).unwrap_or_else(|e| e.into_inner()),
                    Some(d) => {
                        let now = Instant::now();
                        if now >= d {
                            drop(done);
                            return Err(self);
                        }
                        done = self.signal.cond.wait_timeout(done, d - now).unwrap_or_else(|e| e.into_inner()).0;
                    }
                }
            }
        }
        // SAFETY: the completion has fired; its return value is final.
        let ret = unsafe { ffi::rbd_aio_get_return_value(self.raw) };
        let buf = self.buf.take().expect("buffer present until completion");
        Ok((buf, ret as isize))
    }

    /// Give up on a request librbd may still be working on: its buffer and completion
    /// are leaked on purpose, since librbd may still touch them. Only for a process that
    /// is about to report a timeout and exit.
    pub fn abandon(self) {
        self.abandoned.store(true, std::sync::atomic::Ordering::SeqCst);
        std::mem::forget(self);
    }
}

impl<B> Drop for Completion<'_, B> {
    fn drop(&mut self) {
        // Wait so librbd never touches a freed buffer, then release.
        let mut done = self.signal.done.lock().unwrap_or_else(|e| e.into_inner());
        while !*done {
            done = self.signal.cond.wait(done).unwrap_or_else(|e| e.into_inner());
        }
        drop(done);
        // SAFETY: complete, released once.
        unsafe { ffi::rbd_aio_release(self.raw) };
    }
}

/// A Rust panic caught in a C callback, kept until the C call returns and then raised
/// again (git2's `panic::wrap` / `panic::check`): unwinding through C is undefined, and
/// turning the panic into an errno would lose it.
type Stash = Option<Box<dyn std::any::Any + Send>>;

/// Re-raise a panic stashed by a callback, once the C call is over.
fn check_stash(stash: &mut Stash) {
    if let Some(payload) = stash.take() {
        std::panic::resume_unwind(payload);
    }
}

/// State for a progress callback: the user's closure, and its panic if it panicked.
struct ProgressCtx<'a> {
    f: &'a mut dyn FnMut(u64, u64) -> bool,
    panic: Stash,
}

unsafe extern "C" fn progress_trampoline(offset: u64, total: u64, ptr: *mut c_void) -> c_int {
    // SAFETY: ptr is the &mut ProgressCtx passed for the duration of the call.
    let ctx = unsafe { &mut *(ptr as *mut ProgressCtx<'_>) };
    if ctx.panic.is_some() {
        return -libc::ECANCELED;
    }
    match catch_unwind(AssertUnwindSafe(|| (ctx.f)(offset, total))) {
        Ok(true) => 0,
        Ok(false) => -libc::ECANCELED,
        Err(payload) => {
            ctx.panic = Some(payload);
            -libc::ECANCELED
        }
    }
}

struct DiffCtx<'a> {
    f: &'a mut dyn FnMut(u64, u64, bool),
    panic: Stash,
}

unsafe extern "C" fn diff_trampoline(offset: u64, len: size_t, exists: c_int, arg: *mut c_void) -> c_int {
    // SAFETY: arg is the &mut DiffCtx passed for the duration of the call.
    let ctx = unsafe { &mut *(arg as *mut DiffCtx<'_>) };
    if ctx.panic.is_some() {
        return -libc::ECANCELED;
    }
    match catch_unwind(AssertUnwindSafe(|| (ctx.f)(offset, len as u64, exists != 0))) {
        Ok(()) => 0,
        Err(payload) => {
            ctx.panic = Some(payload);
            -libc::ECANCELED
        }
    }
}

impl<'p> Image<'p> {
    /// `pool/name`, for messages.
    pub fn spec(&self) -> &str {
        &self.spec
    }

    fn what(&self) -> String {
        format!("image {}", self.spec)
    }

    fn snap_what(&self, snap: &str) -> String {
        format!("snapshot {}@{snap}", self.spec)
    }

    pub fn stat(&self) -> Result<ImageStat> {
        let mut info = std::mem::MaybeUninit::<ffi::rbd_image_info_t>::zeroed();
        // SAFETY: buffer of exactly the struct's size.
        let ret = unsafe { ffi::rbd_stat(self.raw, info.as_mut_ptr(), std::mem::size_of::<ffi::rbd_image_info_t>()) };
        check(ret, || self.what())?;
        // SAFETY: zeroed, then filled by librbd.
        let info = unsafe { info.assume_init() };
        Ok(ImageStat { size: info.size, object_size: info.obj_size, objects: info.num_objs, order: info.order as u8 })
    }

    pub fn size(&self) -> Result<u64> {
        let mut s = 0;
        // SAFETY: out-pointer to a local.
        check(unsafe { ffi::rbd_get_size(self.raw, &mut s) }, || self.what())?;
        Ok(s)
    }

    pub fn features(&self) -> Result<u64> {
        let mut f = 0;
        // SAFETY: out-pointer to a local.
        check(unsafe { ffi::rbd_get_features(self.raw, &mut f) }, || self.what())?;
        Ok(f)
    }

    pub fn overlap(&self) -> Result<u64> {
        let mut o = 0;
        // SAFETY: out-pointer to a local.
        check(unsafe { ffi::rbd_get_overlap(self.raw, &mut o) }, || self.what())?;
        Ok(o)
    }

    /// (stripe unit, stripe count); (object size, 1) is the default layout.
    pub fn stripe(&self) -> Result<(u64, u64)> {
        let (mut unit, mut count) = (0, 0);
        // SAFETY: out-pointers to locals.
        check(unsafe { ffi::rbd_get_stripe_unit(self.raw, &mut unit) }, || self.what())?;
        check(unsafe { ffi::rbd_get_stripe_count(self.raw, &mut count) }, || self.what())?;
        Ok((unit, count))
    }

    /// The RADOS name prefix of the image's data objects (`rbd_data.<id>`).
    pub fn block_name_prefix(&self) -> Result<String> {
        let mut info = std::mem::MaybeUninit::<ffi::rbd_image_info_t>::zeroed();
        // SAFETY: buffer of exactly the struct's size.
        let ret = unsafe { ffi::rbd_stat(self.raw, info.as_mut_ptr(), std::mem::size_of::<ffi::rbd_image_info_t>()) };
        check(ret, || self.what())?;
        // SAFETY: zeroed, then filled by librbd; the array is NUL-padded and we read
        // at most its length.
        let info = unsafe { info.assume_init() };
        let bytes: Vec<u8> = info.block_name_prefix.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    pub fn id(&self) -> Result<String> {
        let mut buf = [0 as c_char; 64];
        // SAFETY: buffer length passed with the buffer.
        check(unsafe { ffi::rbd_get_id(self.raw, buf.as_mut_ptr(), buf.len()) }, || self.what())?;
        Ok(unsafe { owned(buf.as_ptr()) })
    }

    pub fn resize(&self, size: u64) -> Result<()> {
        // SAFETY: valid handle.
        check(unsafe { ffi::rbd_resize(self.raw, size) }, || format!("resizing {}", self.what())).map(drop)
    }

    pub fn flush(&self) -> Result<()> {
        // SAFETY: valid handle.
        check(unsafe { ffi::rbd_flush(self.raw) }, || format!("flushing {}", self.what())).map(drop)
    }

    /// Read at `offset` into `buf`; returns the bytes read (short only at the end).
    pub fn read(&self, offset: u64, buf: &mut [u8]) -> Result<usize> {
        // SAFETY: buf is valid for buf.len() bytes for the duration of the call.
        let ret = unsafe { ffi::rbd_read(self.raw, offset, buf.len(), buf.as_mut_ptr() as *mut c_char) };
        if ret < 0 {
            check(ret as c_int, || format!("reading {}", self.what()))?;
        }
        Ok(ret as usize)
    }

    pub fn write(&self, offset: u64, buf: &[u8]) -> Result<()> {
        // SAFETY: buf is valid for buf.len() bytes for the duration of the call.
        let ret = unsafe { ffi::rbd_write(self.raw, offset, buf.len(), buf.as_ptr() as *const c_char) };
        if ret < 0 {
            check(ret as c_int, || format!("writing {}", self.what()))?;
        }
        Ok(())
    }

    pub fn discard(&self, offset: u64, len: u64) -> Result<()> {
        // SAFETY: valid handle.
        check(unsafe { ffi::rbd_discard(self.raw, offset, len) }, || format!("discarding in {}", self.what())).map(drop)
    }

    /// Make `[offset, offset+len)` read as zeros without sending zeros: librbd discards
    /// (deletes or truncates) what it can and zeroes only partial objects. Unlike
    /// [`Image::discard`], never skipped below `rbd_discard_granularity_bytes`.
    pub fn write_zeroes(&self, offset: u64, len: u64) -> Result<()> {
        // size_t is the length type; split so each call's length fits in 1 GiB.
        let mut done = 0u64;
        while done < len {
            let n = (len - done).min(1 << 30);
            // SAFETY: valid handle, no buffers.
            let ret = unsafe { ffi::rbd_write_zeroes(self.raw, offset + done, n as size_t, 0, 0) };
            check(ret as c_int, || format!("zeroing {n} bytes at {} in {}", offset + done, self.what()))?;
            done += n;
        }
        Ok(())
    }

    /// Start an asynchronous write of `buf[..len]` at `offset`.
    pub fn aio_write<B: AsRef<[u8]>>(&self, offset: u64, buf: B, len: usize) -> Result<Completion<'_, B>> {
        let c = Completion::new(buf, &self.abandoned)?;
        let data = c.buf.as_ref().expect("buffer").as_ref();
        assert!(len <= data.len());
        // SAFETY: the completion owns the buffer (heap storage does not move) until it
        // has fired, and its Drop waits for that.
        let ret = unsafe { ffi::rbd_aio_write(self.raw, offset, len, data.as_ptr() as *const c_char, c.raw) };
        if ret < 0 {
            // Never submitted: the callback will not fire, so mark done ourselves.
            *c.signal.done.lock().unwrap_or_else(|e| e.into_inner()) = true;
            drop(unsafe { Arc::from_raw(Arc::as_ptr(&c.signal)) });
            check(ret, || format!("writing {}", self.what()))?;
        }
        Ok(c)
    }

    /// Start an asynchronous [`Image::write_zeroes`] of `[offset, offset+len)`, `len` at
    /// most 1 GiB. `buf` is only carried (so it can go with the pipelined writes' queue).
    pub fn aio_write_zeroes<B>(&self, offset: u64, len: u64, buf: B) -> Result<Completion<'_, B>> {
        assert!(len <= 1 << 30, "split zero ranges into pieces of at most 1 GiB");
        let c = Completion::new(buf, &self.abandoned)?;
        // SAFETY: valid handle and completion; no buffers.
        let ret = unsafe { ffi::rbd_aio_write_zeroes(self.raw, offset, len as size_t, c.raw, 0, 0) };
        if ret < 0 {
            // Never submitted: the callback will not fire, so mark done ourselves.
            *c.signal.done.lock().unwrap_or_else(|e| e.into_inner()) = true;
            drop(unsafe { Arc::from_raw(Arc::as_ptr(&c.signal)) });
            check(ret, || format!("zeroing {len} bytes at {offset} in {}", self.what()))?;
        }
        Ok(c)
    }

    /// Start an asynchronous read of `len` bytes at `offset` into `buf`.
    pub fn aio_read<B: AsMut<[u8]>>(&self, offset: u64, buf: B, len: usize) -> Result<Completion<'_, B>> {
        let mut c = Completion::new(buf, &self.abandoned)?;
        let data = c.buf.as_mut().expect("buffer").as_mut();
        assert!(len <= data.len());
        let p = data.as_mut_ptr() as *mut c_char;
        // SAFETY: as for aio_write; the buffer is exclusively the completion's.
        let ret = unsafe { ffi::rbd_aio_read(self.raw, offset, len, p, c.raw) };
        if ret < 0 {
            *c.signal.done.lock().unwrap_or_else(|e| e.into_inner()) = true;
            drop(unsafe { Arc::from_raw(Arc::as_ptr(&c.signal)) });
            check(ret, || format!("reading {}", self.what()))?;
        }
        Ok(c)
    }

    pub fn snapshots(&self) -> Result<Vec<SnapInfo>> {
        let mut cap: c_int = 16;
        loop {
            let mut snaps: Vec<ffi::rbd_snap_info_t> = Vec::with_capacity(cap as usize + 1);
            let mut n = cap;
            // SAFETY: buffer of cap entries; librbd sets n on -ERANGE.
            let ret = unsafe { ffi::rbd_snap_list(self.raw, snaps.as_mut_ptr(), &mut n) };
            if ret == -libc::ERANGE {
                cap = n.max(cap * 2);
                continue;
            }
            let count = check(ret, || format!("listing snapshots of {}", self.what()))? as usize;
            // SAFETY: librbd filled `count` entries; freed by rbd_snap_list_end after copying.
            unsafe { snaps.set_len(count) };
            let out =
                snaps.iter().map(|s| SnapInfo { id: s.id, size: s.size, name: unsafe { owned(s.name) } }).collect();
            if count > 0 {
                unsafe { ffi::rbd_snap_list_end(snaps.as_mut_ptr()) };
            }
            return Ok(out);
        }
    }

    pub fn snap_exists(&self, snap: &str) -> Result<bool> {
        let s = cstr(snap)?;
        let mut exists = false;
        // SAFETY: valid handle, C string and out-pointer.
        check(unsafe { ffi::rbd_snap_exists(self.raw, s.as_ptr(), &mut exists) }, || self.snap_what(snap))?;
        Ok(exists)
    }

    pub fn snap_create(&self, snap: &str) -> Result<()> {
        let s = cstr(snap)?;
        // SAFETY: valid handle and C string.
        check(unsafe { ffi::rbd_snap_create(self.raw, s.as_ptr()) }, || self.snap_what(snap)).map(drop)
    }

    /// Put the head back to the contents of `snap`.
    pub fn snap_rollback(&self, snap: &str) -> Result<()> {
        let c = cstr(snap)?;
        // SAFETY: valid handle and C string.
        check(unsafe { ffi::rbd_snap_rollback(self.raw, c.as_ptr()) }, || {
            format!("rolling {} back to snapshot {snap}", self.what())
        })
        .map(drop)
    }

    pub fn snap_remove(&self, snap: &str) -> Result<()> {
        let s = cstr(snap)?;
        // SAFETY: valid handle and C string.
        check(unsafe { ffi::rbd_snap_remove(self.raw, s.as_ptr()) }, || self.snap_what(snap)).map(drop)
    }

    pub fn snap_protect(&self, snap: &str) -> Result<()> {
        let s = cstr(snap)?;
        // SAFETY: valid handle and C string.
        check(unsafe { ffi::rbd_snap_protect(self.raw, s.as_ptr()) }, || self.snap_what(snap)).map(drop)
    }

    pub fn snap_unprotect(&self, snap: &str) -> Result<()> {
        let s = cstr(snap)?;
        // SAFETY: valid handle and C string.
        check(unsafe { ffi::rbd_snap_unprotect(self.raw, s.as_ptr()) }, || self.snap_what(snap)).map(drop)
    }

    /// Clean-up after a failure: remove `snap` if it exists, unprotecting it first.
    /// Missing is success; the first real error is returned.
    pub fn snap_discard(&self, snap: &str) -> Result<()> {
        if !self.snap_exists(snap)? {
            return Ok(());
        }
        if self.snap_is_protected(snap)? {
            self.snap_unprotect(snap)?;
        }
        match self.snap_remove(snap) {
            Err(Error::NotFound { .. }) => Ok(()),
            other => other,
        }
    }

    pub fn snap_is_protected(&self, snap: &str) -> Result<bool> {
        let s = cstr(snap)?;
        let mut p: c_int = 0;
        // SAFETY: valid handle, C string and out-pointer.
        check(unsafe { ffi::rbd_snap_is_protected(self.raw, s.as_ptr(), &mut p) }, || self.snap_what(snap))?;
        Ok(p != 0)
    }

    /// Read from `snap` from now on (`None`: the head).
    pub fn snap_set(&self, snap: Option<&str>) -> Result<()> {
        let s = opt_cstr(snap)?;
        // SAFETY: valid handle; NULL means the head.
        check(unsafe { ffi::rbd_snap_set(self.raw, opt_ptr(&s)) }, || self.snap_what(snap.unwrap_or("-"))).map(drop)
    }

    /// Seconds since the epoch at which snapshot `id` was taken.
    pub fn snap_timestamp(&self, id: u64) -> Result<i64> {
        let mut ts = ffi::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: out-pointer to a local of the C layout.
        check(unsafe { ffi::rbd_snap_get_timestamp(self.raw, id, &mut ts) }, || self.what())?;
        Ok(ts.tv_sec)
    }

    /// Copy the parent's data into this clone; `progress(done, total)` returns false to cancel.
    pub fn flatten(&self, progress: &mut dyn FnMut(u64, u64) -> bool) -> Result<()> {
        let mut ctx = ProgressCtx { f: progress, panic: None };
        // SAFETY: ctx outlives the synchronous call; the trampoline catches panics.
        let ret = unsafe {
            ffi::rbd_flatten_with_progress(self.raw, Some(progress_trampoline), &mut ctx as *mut _ as *mut c_void)
        };
        check_stash(&mut ctx.panic);
        check(ret, || format!("flattening {}", self.what())).map(drop)
    }

    /// Full copy into `dest_pool/dest` (created with `opts`), sparse, with progress.
    pub fn copy_to(
        &self,
        dest_pool: &Pool<'_>,
        dest: &str,
        opts: &CreateOptions,
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<()> {
        let d = cstr(dest)?;
        let o = ImageOptions::new(opts, true)?;
        let mut ctx = ProgressCtx { f: progress, panic: None };
        // SAFETY: as for flatten; the destination ioctx outlives the call.
        let ret = unsafe {
            ffi::rbd_copy_with_progress3(
                self.raw,
                dest_pool.raw,
                d.as_ptr(),
                o.0,
                Some(progress_trampoline),
                &mut ctx as *mut _ as *mut c_void,
            )
        };
        check_stash(&mut ctx.panic);
        check(ret, || format!("copying {} to {}/{dest}", self.what(), dest_pool.name())).map(drop)
    }

    /// The parent of a clone, or `None`.
    pub fn parent(&self) -> Result<Option<ParentInfo>> {
        let mut img: ffi::rbd_linked_image_spec_t = unsafe { std::mem::zeroed() };
        let mut snap: ffi::rbd_snap_spec_t = unsafe { std::mem::zeroed() };
        // SAFETY: out-pointers to locals; cleaned up below on success.
        let ret = unsafe { ffi::rbd_get_parent(self.raw, &mut img, &mut snap) };
        if ret == -libc::ENOENT {
            return Ok(None);
        }
        check(ret, || format!("parent of {}", self.what()))?;
        let info = unsafe {
            ParentInfo {
                pool: owned(img.pool_name),
                pool_namespace: owned(img.pool_namespace),
                image: owned(img.image_name),
                image_id: owned(img.image_id),
                snapshot: owned(snap.name),
                trash: img.trash,
            }
        };
        unsafe {
            ffi::rbd_linked_image_spec_cleanup(&mut img);
            ffi::rbd_snap_spec_cleanup(&mut snap);
        }
        Ok(Some(info))
    }

    /// Clones of the snapshot this handle is set to (see [`Image::children_of`]).
    pub fn children(&self) -> Result<Vec<ChildInfo>> {
        // SAFETY (of the call inside): buffer of cap entries; librbd sets n on -ERANGE.
        self.linked_images(|raw, specs, n| unsafe { ffi::rbd_list_children3(raw, specs, n) }, "clones")
    }

    /// Every clone of this image's snapshots, and their clones, down the whole tree
    /// (`rbd children --descendants`): librbd reads each level's child records from the
    /// headers without opening the clones. At a snapshot, only that snapshot's.
    pub fn descendants(&self) -> Result<Vec<ChildInfo>> {
        // SAFETY (of the call inside): as for `children`.
        self.linked_images(|raw, specs, n| unsafe { ffi::rbd_list_descendants(raw, specs, n) }, "descendants")
    }

    fn linked_images(
        &self,
        call: impl Fn(rbd_image_t, *mut ffi::rbd_linked_image_spec_t, *mut size_t) -> c_int,
        what: &str,
    ) -> Result<Vec<ChildInfo>> {
        let mut cap: size_t = 16;
        loop {
            let mut specs: Vec<ffi::rbd_linked_image_spec_t> = Vec::with_capacity(cap);
            let mut n = cap;
            let ret = call(self.raw, specs.as_mut_ptr(), &mut n);
            if ret == -libc::ERANGE {
                cap = n.max(cap * 2);
                continue;
            }
            check(ret, || format!("listing {what} of {}", self.what()))?;
            // SAFETY: n entries initialised; cleaned up after copying.
            unsafe { specs.set_len(n) };
            let out = specs
                .iter()
                .map(|s| unsafe {
                    ChildInfo {
                        pool: owned(s.pool_name),
                        image: owned(s.image_name),
                        image_id: owned(s.image_id),
                        trash: s.trash,
                    }
                })
                .collect();
            unsafe { ffi::rbd_linked_image_spec_list_cleanup(specs.as_mut_ptr(), n) };
            return Ok(out);
        }
    }

    /// Clones of snapshot `snap`, through this handle: `rbd_snap_set` there and back to
    /// the head, instead of a second open at the snapshot (which re-reads the header).
    /// librbd reads the clone-v2 records from the header and the clone-v1 ones from each
    /// pool's `rbd_children` object (one op per pool): v1 is what `auto` picks while
    /// `require_min_compat_client` is below mimic, so neither can be left out.
    pub fn children_of(&self, snap: &str) -> Result<Vec<ChildInfo>> {
        self.snap_set(Some(snap))?;
        let children = self.children();
        let back = self.snap_set(None);
        let children = children?;
        back?;
        Ok(children)
    }

    pub fn metadata_get(&self, key: &str) -> Result<Option<String>> {
        let k = cstr(key)?;
        let mut cap: size_t = 256;
        loop {
            let mut buf = vec![0u8; cap];
            let mut n = cap;
            // SAFETY: buffer of cap bytes; librbd sets n on -ERANGE.
            let ret = unsafe { ffi::rbd_metadata_get(self.raw, k.as_ptr(), buf.as_mut_ptr() as *mut c_char, &mut n) };
            match ret {
                r if r == -libc::ERANGE => cap = n.max(cap * 2),
                r if r == -libc::ENOENT => return Ok(None),
                r => {
                    check(r, || format!("metadata {key} of {}", self.what()))?;
                    let s =
                        CStr::from_bytes_until_nul(&buf).map(|c| c.to_string_lossy().into_owned()).unwrap_or_default();
                    return Ok(Some(s));
                }
            }
        }
    }

    pub fn metadata_set(&self, key: &str, value: &str) -> Result<()> {
        let (k, v) = (cstr(key)?, cstr(value)?);
        // SAFETY: valid handle and C strings.
        check(unsafe { ffi::rbd_metadata_set(self.raw, k.as_ptr(), v.as_ptr()) }, || {
            format!("metadata {key} of {}", self.what())
        })
        .map(drop)
    }

    pub fn metadata_remove(&self, key: &str) -> Result<()> {
        let k = cstr(key)?;
        // SAFETY: valid handle and C string.
        let ret = unsafe { ffi::rbd_metadata_remove(self.raw, k.as_ptr()) };
        if ret == -libc::ENOENT {
            return Ok(());
        }
        check(ret, || format!("metadata {key} of {}", self.what())).map(drop)
    }

    /// All metadata, sorted by key.
    pub fn metadata(&self) -> Result<Vec<(String, String)>> {
        let empty = cstr("")?;
        let (mut kcap, mut vcap): (size_t, size_t) = (4096, 4096);
        loop {
            let mut keys = vec![0u8; kcap];
            let mut vals = vec![0u8; vcap];
            let (mut kn, mut vn) = (kcap, vcap);
            // SAFETY: buffers of the given sizes; librbd sets the sizes on -ERANGE.
            let ret = unsafe {
                ffi::rbd_metadata_list(
                    self.raw,
                    empty.as_ptr(),
                    0,
                    keys.as_mut_ptr() as *mut c_char,
                    &mut kn,
                    vals.as_mut_ptr() as *mut c_char,
                    &mut vn,
                )
            };
            if ret == -libc::ERANGE {
                kcap = kn.max(kcap * 2);
                vcap = vn.max(vcap * 2);
                continue;
            }
            check(ret, || format!("listing metadata of {}", self.what()))?;
            let split = |b: &[u8], n: usize| -> Vec<String> {
                b[..n.min(b.len())]
                    .split(|c| *c == 0)
                    .filter(|s| !s.is_empty())
                    .map(|s| String::from_utf8_lossy(s).into_owned())
                    .collect()
            };
            let ks = split(&keys, kn);
            let vs = split(&vals, vn);
            return Ok(ks.into_iter().zip(vs).collect());
        }
    }

    /// Call `f(offset, len, exists)` for every allocated extent in `[offset, offset+len)`
    /// of the current snapshot, parent data included.
    pub fn allocated_extents(&self, offset: u64, len: u64, f: &mut dyn FnMut(u64, u64, bool)) -> Result<()> {
        self.changed_extents(None, offset, len, true, f)
    }

    /// Call `f(offset, len, exists)` for every extent of `[offset, offset+len)` that changed
    /// between `from_snap` (or the image's creation) and the current snapshot: `exists`
    /// false means it reads as zeros now. `rbd export-diff`'s walk; `include_parent` is
    /// false for a diff between two snapshots of the same image (as rbd does).
    pub fn changed_extents(
        &self,
        from_snap: Option<&str>,
        offset: u64,
        len: u64,
        include_parent: bool,
        f: &mut dyn FnMut(u64, u64, bool),
    ) -> Result<()> {
        let from = opt_cstr(from_snap)?;
        let mut ctx = DiffCtx { f, panic: None };
        // SAFETY: ctx and the C string outlive the synchronous call; the trampoline catches panics.
        let ret = unsafe {
            ffi::rbd_diff_iterate2(
                self.raw,
                opt_ptr(&from),
                offset,
                len,
                u8::from(include_parent),
                0,
                Some(diff_trampoline),
                &mut ctx as *mut _ as *mut c_void,
            )
        };
        check_stash(&mut ctx.panic);
        check(ret, || match from_snap {
            Some(s) => format!("listing extents of {} changed since snapshot {s}", self.what()),
            None => format!("listing allocated extents of {}", self.what()),
        })
        .map(drop)
    }

    /// Clients that hold the image open.
    pub fn watchers(&self) -> Result<Vec<Watcher>> {
        let mut cap: size_t = 8;
        loop {
            let mut ws: Vec<ffi::rbd_image_watcher_t> = Vec::with_capacity(cap);
            let mut n = cap;
            // SAFETY: buffer of cap entries; librbd sets n on -ERANGE.
            let ret = unsafe { ffi::rbd_watchers_list(self.raw, ws.as_mut_ptr(), &mut n) };
            if ret == -libc::ERANGE {
                cap = n.max(cap * 2);
                continue;
            }
            check(ret, || format!("listing watchers of {}", self.what()))?;
            unsafe { ws.set_len(n) };
            let out =
                ws.iter().map(|w| Watcher { address: unsafe { owned(w.addr) }, id: w.id, cookie: w.cookie }).collect();
            unsafe { ffi::rbd_watchers_list_cleanup(ws.as_mut_ptr(), n) };
            return Ok(out);
        }
    }
}

#[cfg(test)]
mod panic_tests {
    use super::*;

    #[test]
    fn a_callback_panic_is_raised_again_after_the_c_call() {
        let mut f = |_: u64, _: u64| -> bool { panic!("boom in a progress callback") };
        let mut ctx = ProgressCtx { f: &mut f, panic: None };
        // Called as librbd would: twice; the second call must not run the closure again.
        let ptr = &mut ctx as *mut _ as *mut c_void;
        // SAFETY: ptr points at a live ProgressCtx for both calls.
        let first = unsafe { progress_trampoline(0, 10, ptr) };
        let second = unsafe { progress_trampoline(5, 10, ptr) };
        assert_eq!((first, second), (-libc::ECANCELED, -libc::ECANCELED));
        let raised = std::panic::catch_unwind(AssertUnwindSafe(|| check_stash(&mut ctx.panic)));
        let payload = raised.expect_err("the stashed panic is raised");
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"boom in a progress callback"));
    }
}

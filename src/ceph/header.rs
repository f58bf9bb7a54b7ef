//! Reading RBD image headers with librados, without opening the images: what the
//! listings need, at a fraction of librbd's cost (an open is about 8 OSD ops, reads
//! every snapshot record, builds a copy of the Ceph config and, for a clone, opens
//! the parent too).
//!
//! The OSD ops the listings use, all read-only `cls_rbd` methods (src/cls/rbd/cls_rbd.cc), and the
//! objects they go to:
//! - `rbd_header.<id>`, ONE compound read op per image (several `exec` in one message):
//!   `rbd.get_size(CEPH_NOSNAP)` -> (order u8, size u64);
//!   `rbd.get_snapcontext` -> (seq u64, snapshot ids `vector<u64>`);
//!   `rbd.metadata_list(start_after "rbdctl.", max 64)` -> `map<string, bufferlist>`;
//!   `rbd.parent_get` -> `ParentImageSpec` (pool id -1: no parent; ENOEXEC without the
//!   layering feature, allowed to fail); `rbd.parent_overlap_get(CEPH_NOSNAP)` ->
//!   `optional<u64>` (none: the head itself no longer has the parent, only snapshots);
//! - and only for an image with snapshots, a second compound op on its header: per
//!   snapshot `rbd.snapshot_get(id)` -> `SnapshotInfo` (name, size, v2 child count) and
//!   `rbd.get_protection_status(id)` -> u8;
//! - `rbd_children` of each pool: `rbd.get_children(pool id, image id, snap id)` ->
//!   `set<string>`, the clone-v1 children of one snapshot (only where asked for);
//! - `rbd_directory`: `rbd.dir_get_name(id)` -> name, for a parent's name.
//!
//! The pool directory itself comes from `rbd_directory`'s `rbd.dir_list` (1 op per 1,024
//! images; `rbd_list2` for a pool with old-format images).
//!
//! One write lives here too, for `volume clone` of a golden image:
//! `rbd.set_protection_status` on a snapshot just made, with an empty notify on the
//! header after it (see `Pool::protect_new_snapshot`). Decoding follows Ceph's encoding: little-endian integers, strings and
//! containers as a u32 count then the items, versioned structs as (version u8,
//! compat u8, length u32) then their fields.

use super::cluster::{Cluster, Pool};
use super::error::check;
use crate::error::{Error, Result};
use ceph::rados;
use libc::{c_char, c_int, size_t};
use std::collections::VecDeque;
use std::ffi::CString;
use std::ptr;

const CEPH_NOSNAP: u64 = u64::MAX - 1;
const FAILOK: c_int = 2; // LIBRADOS_OP_FLAG_FAILOK

/// A Ceph-encoded buffer being read.
struct Cursor<'a> {
    b: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.b.len() < n {
            return Err(Error::Protocol { what: "an RBD header record is shorter than its encoding says".into() });
        }
        let (a, rest) = self.b.split_at(n);
        self.b = rest;
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }
    fn bytes(&mut self) -> Result<&'a [u8]> {
        let n = self.u32()? as usize;
        self.take(n)
    }
    fn string(&mut self) -> Result<String> {
        Ok(String::from_utf8_lossy(self.bytes()?).into_owned())
    }
    /// A versioned struct's (version, compat, length) header: the struct's own cursor.
    fn versioned(&mut self) -> Result<Cursor<'a>> {
        let _version = self.u8()?;
        let _compat = self.u8()?;
        let n = self.u32()? as usize;
        Ok(Cursor { b: self.take(n)? })
    }
}

fn encode_string(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// The parent of a clone as its header records it (ids, not names).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParentSpec {
    pub pool_id: i64,
    pub namespace: String,
    pub image_id: String,
    pub snap_id: u64,
}

/// One snapshot as its header records it.
#[derive(Debug, Clone)]
pub struct SnapRecord {
    pub id: u64,
    pub name: String,
    pub size: u64,
    pub protected: bool,
    /// Clone-v2 children (tracked in the header); clone-v1 ones are in `rbd_children`.
    pub v2_children: u32,
    /// Clone-v1 children, when asked for (`read_headers` with pools) and readable.
    pub v1_children: Option<u32>,
}

/// What the listings need of one image, from its header object.
#[derive(Debug, Clone)]
pub struct Header {
    pub name: String,
    pub id: String,
    pub size: u64,
    pub order: u8,
    pub snap_ids: Vec<u64>,
    /// The image's `rbdctl.*` metadata (at most 64 keys).
    pub metadata: Vec<(String, String)>,
    /// The head's parent: what `rbd info` shows.
    pub parent: Option<ParentSpec>,
    /// The parent the header records for the head or for some snapshot: a clone
    /// flattened without deep-flatten keeps it while its older snapshots depend on it.
    pub parent_record: Option<ParentSpec>,
    /// Read only when asked for (`with_snapshots`), else empty.
    pub snapshots: Vec<SnapRecord>,
}

/// One `exec` of a compound op: its output buffer and return value, written by librados
/// when the op completes (so it lives in a Box that does not move).
struct ExecOut {
    buf: *mut c_char,
    len: size_t,
    prval: c_int,
}

/// A compound read op of `cls_rbd` calls in flight on one object.
struct ExecOp {
    op: rados::rados_read_op_t,
    comp: rados::rados_completion_t,
    outs: Box<[ExecOut]>,
    done: bool,
}

impl ExecOp {
    fn is_complete(&self) -> bool {
        // SAFETY: a submitted completion; polling has no other effect.
        self.done || unsafe { rados::rados_aio_is_complete(self.comp) } != 0
    }

    /// Start `calls` (method, input, may fail) on `oid` as one OSD request.
    fn start(pool: &Pool<'_>, oid: &str, calls: &[(&str, Vec<u8>, bool)]) -> Result<ExecOp> {
        let oid_c = CString::new(oid).map_err(|_| Error::invalid(format!("object name {oid:?}")))?;
        let cls = c"rbd";
        let methods: Vec<CString> =
            calls.iter().map(|(m, _, _)| CString::new(*m).expect("method names have no NUL")).collect();
        // SAFETY: creates a new op handle, released in Drop.
        let op = unsafe { rados::rados_create_read_op() };
        let mut comp = ptr::null_mut();
        // SAFETY: out-pointer to a local; no callbacks (we wait on it).
        let ret = unsafe { rados::rados_aio_create_completion(ptr::null_mut(), None, None, &mut comp) };
        if ret < 0 {
            // SAFETY: op was created above and is released once.
            unsafe { rados::rados_release_read_op(op) };
            check(ret, || "creating a librados completion".into())?;
        }
        let outs: Box<[ExecOut]> = calls.iter().map(|_| ExecOut { buf: ptr::null_mut(), len: 0, prval: 0 }).collect();
        let mut me = ExecOp { op, comp, outs, done: false };
        for (i, (_, input, may_fail)) in calls.iter().enumerate() {
            let out = &mut me.outs[i];
            // SAFETY: valid op; librados copies the input into the op at this call; the
            // out-pointers are in a boxed slice that outlives the op (Drop waits for it).
            unsafe {
                rados::rados_read_op_exec(
                    me.op,
                    cls.as_ptr(),
                    methods[i].as_ptr(),
                    input.as_ptr() as *const c_char,
                    input.len(),
                    &mut out.buf,
                    &mut out.len,
                    &mut out.prval,
                );
                if *may_fail {
                    rados::rados_read_op_set_flags(me.op, FAILOK);
                }
            }
        }
        // SAFETY: valid op, ioctx, completion and C string (copied by librados).
        let ret = unsafe { rados::rados_aio_read_op_operate(me.op, pool.raw, me.comp, oid_c.as_ptr(), 0) };
        if ret < 0 {
            me.done = true; // never submitted: nothing will complete
            check(ret, || format!("reading {oid}"))?;
        }
        Ok(me)
    }

    /// Wait for it: the op's return code, and each call's output or negative errno.
    fn wait(mut self) -> (c_int, Vec<std::result::Result<Vec<u8>, c_int>>) {
        // SAFETY: a submitted completion; waiting has no other effect.
        unsafe { rados::rados_aio_wait_for_complete(self.comp) };
        self.done = true;
        // SAFETY: complete, so the return value and outputs are final.
        let ret = unsafe { rados::rados_aio_get_return_value(self.comp) };
        let outs = self
            .outs
            .iter()
            .map(|o| {
                if o.prval < 0 {
                    Err(o.prval)
                } else if o.buf.is_null() {
                    Ok(vec![])
                } else {
                    // SAFETY: librados allocated len bytes at buf for this call.
                    Ok(unsafe { std::slice::from_raw_parts(o.buf as *const u8, o.len) }.to_vec())
                }
            })
            .collect();
        (ret, outs)
    }
}

impl Drop for ExecOp {
    fn drop(&mut self) {
        if !self.done {
            // SAFETY: a submitted completion: wait so librados no longer writes to outs.
            unsafe { rados::rados_aio_wait_for_complete(self.comp) };
        }
        for o in self.outs.iter() {
            if !o.buf.is_null() {
                // SAFETY: allocated by librados for this op, freed once.
                unsafe { rados::rados_buffer_free(o.buf) };
            }
        }
        // SAFETY: both created in `start`, released once, after completion.
        unsafe {
            rados::rados_aio_release(self.comp);
            rados::rados_release_read_op(self.op);
        }
    }
}

fn decode_head(name: &str, id: &str, outs: &[std::result::Result<Vec<u8>, c_int>]) -> Result<Header> {
    let bad = |what: &str, e: c_int| errno(e, format!("{what} of image {name}"));
    let size = outs[0].as_ref().map_err(|e| bad("size", *e))?;
    let mut c = Cursor { b: size };
    let (order, size) = (c.u8()?, c.u64()?);
    let snapc = outs[1].as_ref().map_err(|e| bad("snapshot context", *e))?;
    let mut c = Cursor { b: snapc };
    let _seq = c.u64()?;
    let snap_ids = (0..c.u32()?).map(|_| c.u64()).collect::<Result<Vec<_>>>()?;
    let metadata = match &outs[2] {
        Ok(b) => {
            let mut c = Cursor { b };
            (0..c.u32()?).map(|_| Ok((c.string()?, c.string()?))).collect::<Result<Vec<_>>>()?
        }
        Err(e) => return Err(bad("metadata", *e)),
    };
    let parent_record = match &outs[3] {
        Ok(b) => {
            let mut s = Cursor { b }.versioned()?;
            let spec = ParentSpec {
                pool_id: s.u64()? as i64,
                namespace: s.string()?,
                image_id: s.string()?,
                snap_id: s.u64()?,
            };
            (spec.pool_id >= 0 && !spec.image_id.is_empty()).then_some(spec)
        }
        // No layering feature (ENOEXEC) or no parent record (ENOENT): not a clone.
        Err(e) if *e == -libc::ENOEXEC || *e == -libc::ENOENT => None,
        Err(e) => return Err(bad("parent", *e)),
    };
    // optional<u64>: a presence byte, then the overlap.
    let head_has_parent = match outs.get(4) {
        Some(Ok(b)) => b.first().is_some_and(|present| *present != 0),
        Some(Err(e)) if *e == -libc::ENOEXEC || *e == -libc::ENOENT => false,
        Some(Err(e)) => return Err(bad("parent overlap", *e)),
        None => parent_record.is_some(),
    };
    Ok(Header {
        parent: parent_record.clone().filter(|_| head_has_parent),
        parent_record,
        name: name.to_string(),
        id: id.to_string(),
        size,
        order,
        snap_ids,
        metadata,
        snapshots: vec![],
    })
}

fn decode_snapshot(info: &[u8], protection: &[u8]) -> Result<SnapRecord> {
    let mut s = Cursor { b: info }.versioned()?;
    let id = s.u64()?;
    let _namespace = s.versioned()?;
    let name = s.string()?;
    let size = s.u64()?;
    let (_sec, _nsec) = (s.u32()?, s.u32()?);
    let v2_children = s.u32()?;
    // RBD_PROTECTION_STATUS_PROTECTED = 2 (1 is "unprotecting").
    let protected = Cursor { b: protection }.u8()? == 2;
    Ok(SnapRecord { id, name, size, protected, v2_children, v1_children: None })
}

/// `rbd.snapshot_get` and `rbd.get_protection_status` of each snapshot.
fn snapshot_calls(snap_ids: &[u64]) -> Vec<(&'static str, Vec<u8>, bool)> {
    snap_ids
        .iter()
        .flat_map(|s| {
            [
                ("snapshot_get", s.to_le_bytes().to_vec(), true),
                ("get_protection_status", s.to_le_bytes().to_vec(), true),
            ]
        })
        .collect()
}

fn decode_snapshots(id: &str, outs: &[std::result::Result<Vec<u8>, c_int>]) -> Result<Vec<SnapRecord>> {
    let mut out = vec![];
    for pair in outs.chunks(2) {
        match (&pair[0], &pair[1]) {
            (Ok(info), Ok(prot)) => out.push(decode_snapshot(info, prot)?),
            // Removed between the two reads.
            (Err(e), _) | (_, Err(e)) if *e == -libc::ENOENT => {}
            (Err(e), _) | (_, Err(e)) => return Err(errno(*e, format!("a snapshot of image id {id}"))),
        }
    }
    Ok(out)
}

/// A header being read by `read_headers`: its head op, then its snapshots' ops, then done.
enum Entry {
    Head { name: String, id: String, op: ExecOp },
    Snaps { header: Header, op: ExecOp, v1: Vec<ExecOp> },
    Done { name: String, header: Option<Header> },
}

fn errno(e: c_int, what: String) -> Error {
    super::error::errno_error(-e, what)
}

impl Pool<'_> {
    /// This pool's id in the OSD map.
    pub fn id(&self) -> i64 {
        // SAFETY: valid ioctx; reads the cached osdmap.
        unsafe { rados::rados_ioctx_get_id(self.raw) }
    }

    /// The images of the pool as (name, id), sorted by name.
    pub fn list_image_ids(&self) -> Result<Vec<(String, String)>> {
        self.list_specs()
    }

    /// (name, id) of the pool's format-2 images in name order, from `rbd_directory`'s
    /// `rbd.dir_list` (start after a name, at most 1,024 per op), as `rbd_list2` reads
    /// them, but once: `rbd_list2` needs a buffer as large as the list, so a first call
    /// learns the count and a second lists it all again, and librbd holds its own copies
    /// of the list meanwhile (at 100,000 images the peak RSS of `image ls` was 56 MiB).
    /// `None` when the directory's data holds old-format images (a tmap, which `rbd_list2`
    /// also decodes): the caller asks librbd then.
    pub(super) fn directory_specs(&self) -> Result<Option<Vec<(String, String)>>> {
        let (mut size, mut mtime): (u64, libc::time_t) = (0, 0);
        // SAFETY: valid ioctx, C string and out-pointers to locals.
        let ret = unsafe { rados::rados_stat(self.raw, c"rbd_directory".as_ptr(), &mut size, &mut mtime) };
        if ret == -libc::ENOENT {
            return Ok(Some(vec![])); // no image was ever made in this pool
        }
        check(ret, || format!("the image directory of pool {}", self.name()))?;
        if size > 0 {
            return Ok(None);
        }
        const PAGE: u64 = 1024;
        let mut out: Vec<(String, String)> = vec![];
        loop {
            let mut input = vec![];
            encode_string(&mut input, out.last().map_or("", |(name, _)| name.as_str()));
            input.extend_from_slice(&PAGE.to_le_bytes());
            let (ret, outs) = ExecOp::start(self, "rbd_directory", &[("dir_list", input, false)])?.wait();
            if ret == -libc::ENOENT {
                return Ok(Some(out)); // removed meanwhile: the pool's last image went
            }
            check(ret, || format!("listing the images of pool {}", self.name()))?;
            let b = outs.into_iter().next().and_then(|o| o.ok()).unwrap_or_default();
            let mut c = Cursor { b: &b };
            let n = c.u32()?;
            for _ in 0..n {
                out.push((c.string()?, c.string()?));
            }
            if u64::from(n) < PAGE {
                out.sort_unstable(); // the OSD's key order is already this one
                return Ok(Some(out));
            }
        }
    }

    /// Read the headers of `images` (name, id) with up to `window` ops in flight and call
    /// `sink` with each, in the order given. `None`: no such header (removed meanwhile,
    /// or an old-format image: the caller may open it instead). With `with_snapshots`, an
    /// image with snapshots costs a second op, plus one per pool of `v1_pools` whose
    /// `rbd_children` are asked for the snapshots' clone-v1 children. Those are started
    /// as soon as the head is in, not when its turn comes, so they overlap the rest.
    /// `sink` returning false stops early.
    pub fn read_headers(
        &self,
        images: &[(String, String)],
        window: usize,
        with_snapshots: bool,
        v1_pools: &[Pool<'_>],
        mut sink: impl FnMut(&str, Option<Header>) -> Result<bool>,
    ) -> Result<()> {
        let mut start_after = Vec::new();
        encode_string(&mut start_after, "rbdctl.");
        start_after.extend_from_slice(&64u64.to_le_bytes());
        let head_calls = [
            ("get_size", CEPH_NOSNAP.to_le_bytes().to_vec(), false),
            ("get_snapcontext", vec![], false),
            ("metadata_list", start_after, true),
            ("parent_get", vec![], true),
            ("parent_overlap_get", CEPH_NOSNAP.to_le_bytes().to_vec(), true),
        ];
        let mut next = images.iter();
        let mut flight: VecDeque<Entry> = VecDeque::new();
        loop {
            while flight.len() < window.max(1) {
                let Some((name, id)) = next.next() else { break };
                let op = ExecOp::start(self, &format!("rbd_header.{id}"), &head_calls)?;
                flight.push_back(Entry::Head { name: name.clone(), id: id.clone(), op });
            }
            if flight.is_empty() {
                return Ok(());
            }
            // Heads that are in: start their snapshot reads now.
            for entry in flight.iter_mut() {
                if matches!(entry, Entry::Head { op, .. } if op.is_complete()) {
                    self.advance(entry, with_snapshots, v1_pools)?;
                }
            }
            while !matches!(flight[0], Entry::Done { .. }) {
                self.advance(&mut flight[0], with_snapshots, v1_pools)?;
            }
            let Some(Entry::Done { name, header }) = flight.pop_front() else { unreachable!("checked above") };
            if !sink(&name, header)? {
                return Ok(());
            }
        }
    }

    /// Move one entry of `read_headers` a stage on, waiting for its op(s).
    fn advance(&self, entry: &mut Entry, with_snapshots: bool, v1_pools: &[Pool<'_>]) -> Result<()> {
        let taken = std::mem::replace(entry, Entry::Done { name: String::new(), header: None });
        *entry = match taken {
            Entry::Head { name, id, op } => {
                let (ret, outs) = op.wait();
                if ret == -libc::ENOENT {
                    Entry::Done { name, header: None }
                } else if ret < 0 {
                    return Err(errno(ret, format!("reading the header of image {}/{name}", self.name())));
                } else {
                    let header = decode_head(&name, &id, &outs)?;
                    if with_snapshots && !header.snap_ids.is_empty() {
                        let op = ExecOp::start(self, &format!("rbd_header.{id}"), &snapshot_calls(&header.snap_ids))?;
                        let v1 = v1_pools
                            .iter()
                            .map(|p| ExecOp::start(p, "rbd_children", &self.v1_calls(&id, &header.snap_ids)))
                            .collect::<Result<Vec<_>>>()?;
                        Entry::Snaps { header, op, v1 }
                    } else {
                        Entry::Done { name, header: Some(header) }
                    }
                }
            }
            Entry::Snaps { mut header, op, v1 } => {
                let (ret, outs) = op.wait();
                if ret == -libc::ENOENT {
                    Entry::Done { name: header.name, header: None }
                } else {
                    check(ret, || format!("reading the snapshots of image {}/{}", self.name(), header.name))?;
                    header.snapshots = decode_snapshots(&header.id, &outs)?;
                    let mut v1_counts: Option<Vec<u32>> = Some(vec![0; header.snap_ids.len()]);
                    for op in v1 {
                        let (ret, outs) = op.wait();
                        match ret {
                            r if r == -libc::ENOENT => continue,
                            r if r == -libc::EPERM || r == -libc::EACCES => v1_counts = None,
                            r => check(r, || "listing clone-v1 children".to_string()).map(drop)?,
                        }
                        if let Some(counts) = v1_counts.as_mut() {
                            for (i, out) in outs.iter().enumerate() {
                                if let Ok(b) = out
                                    && !b.is_empty()
                                {
                                    counts[i] += Cursor { b }.u32()?;
                                }
                            }
                        }
                    }
                    if !v1_pools.is_empty() {
                        for s in header.snapshots.iter_mut() {
                            let i = header.snap_ids.iter().position(|id| *id == s.id);
                            s.v1_children = match (&v1_counts, i) {
                                (Some(c), Some(i)) => Some(c[i]),
                                _ => None,
                            };
                        }
                    }
                    Entry::Done { name: header.name.clone(), header: Some(header) }
                }
            }
            done @ Entry::Done { .. } => done,
        };
        Ok(())
    }

    /// `rbd.get_children` of each snapshot of image `image_id` (in this pool), for a
    /// compound op on some pool's `rbd_children`.
    fn v1_calls(&self, image_id: &str, snap_ids: &[u64]) -> Vec<(&'static str, Vec<u8>, bool)> {
        snap_ids
            .iter()
            .map(|s| {
                let mut input = (self.id() as u64).to_le_bytes().to_vec();
                encode_string(&mut input, image_id);
                input.extend_from_slice(&s.to_le_bytes());
                ("get_children", input, true)
            })
            .collect()
    }

    /// Every snapshot's record of image `id`, in one compound op.
    pub fn snapshot_records(&self, id: &str, snap_ids: &[u64]) -> Result<Vec<SnapRecord>> {
        let (ret, outs) = ExecOp::start(self, &format!("rbd_header.{id}"), &snapshot_calls(snap_ids))?.wait();
        check(ret, || format!("reading the snapshots of image id {id} in {}", self.name()))?;
        decode_snapshots(id, &outs)
    }

    /// The clones of each of `snap_ids` of image `image_id` (in this pool), as
    /// (pool, image) sorted, without opening anything: the clone-v2 records of all the
    /// snapshots in one op on the header (`rbd.children_list`), the clone-v1 ones in one
    /// op per pool on its `rbd_children` (`rbd.get_children` per snapshot), and the
    /// children's names in one op per pool on its `rbd_directory` (`rbd.dir_get_name`
    /// per child). librbd's `rbd_list_children3` does the same reads once per snapshot.
    /// A clone in the trash is shown by its id, as `<id> (in the trash)`.
    pub fn snapshot_children(&self, image_id: &str, snap_ids: &[u64]) -> Result<Vec<Vec<(String, String)>>> {
        Ok(self
            .snapshot_clones(image_id, snap_ids)?
            .into_iter()
            .map(|snap| snap.into_iter().map(|c| (c.pool, c.image)).collect())
            .collect())
    }

    /// [`Pool::snapshot_children`] with each clone's id and whether it is in the trash.
    pub fn snapshot_clones(&self, image_id: &str, snap_ids: &[u64]) -> Result<Vec<Vec<super::ChildInfo>>> {
        let mut ids: Vec<Vec<(i64, String)>> = vec![vec![]; snap_ids.len()];
        if snap_ids.is_empty() {
            return Ok(vec![]);
        }
        let calls: Vec<(&str, Vec<u8>, bool)> =
            snap_ids.iter().map(|s| ("children_list", s.to_le_bytes().to_vec(), true)).collect();
        let (ret, outs) = ExecOp::start(self, &format!("rbd_header.{image_id}"), &calls)?.wait();
        check(ret, || format!("listing the clones of image id {image_id} in {}", self.name()))?;
        for (i, out) in outs.iter().enumerate() {
            match out {
                Ok(b) if !b.is_empty() => {
                    let mut c = Cursor { b };
                    for _ in 0..c.u32()? {
                        let mut spec = c.versioned()?;
                        // ChildImageSpec v2: pool id, image id, then (added in v2) namespace.
                        let (pool_id, id) = (spec.u64()? as i64, spec.string()?);
                        ids[i].push((pool_id, id));
                    }
                }
                Ok(_) => {}
                Err(e) if *e == -libc::ENOENT => {}
                Err(e) => return Err(errno(*e, format!("the clones of image id {image_id}"))),
            }
        }
        // SAFETY: a valid ioctx's cluster handle.
        let cluster = unsafe { rados::rados_ioctx_get_cluster(self.raw) };
        let mut pools = std::collections::HashMap::new();
        for name in pool_names(cluster)? {
            let pool = match self.sibling(&name) {
                Ok(p) => p,
                Err(Error::NotFound { .. }) => continue, // removed meanwhile
                Err(e) => return Err(e),
            };
            let calls: Vec<(&str, Vec<u8>, bool)> = snap_ids
                .iter()
                .map(|s| {
                    let mut input = (self.id() as u64).to_le_bytes().to_vec();
                    encode_string(&mut input, image_id);
                    input.extend_from_slice(&s.to_le_bytes());
                    ("get_children", input, true)
                })
                .collect();
            let (ret, outs) = ExecOp::start(&pool, "rbd_children", &calls)?.wait();
            if ret != -libc::ENOENT {
                check(ret, || format!("listing clone-v1 children in pool {name}"))?;
                for (i, out) in outs.iter().enumerate() {
                    if let Ok(b) = out
                        && !b.is_empty()
                    {
                        let mut c = Cursor { b };
                        for _ in 0..c.u32()? {
                            ids[i].push((pool.id(), c.string()?));
                        }
                    }
                }
            }
            pools.insert(pool.id(), pool);
        }
        // Names, one op per pool that has children.
        let mut names = std::collections::HashMap::new();
        let mut wanted: std::collections::BTreeMap<i64, Vec<String>> = Default::default();
        for (pool_id, id) in ids.iter().flatten() {
            wanted.entry(*pool_id).or_default().push(id.clone());
        }
        for (pool_id, child_ids) in wanted {
            let Some(pool) = pools.get(&pool_id) else { continue };
            let calls: Vec<(&str, Vec<u8>, bool)> = child_ids
                .iter()
                .map(|id| {
                    let mut input = vec![];
                    encode_string(&mut input, id);
                    ("dir_get_name", input, true)
                })
                .collect();
            let (ret, outs) = ExecOp::start(pool, "rbd_directory", &calls)?.wait();
            check(ret, || format!("image names in pool {}", pool.name()))?;
            for (id, out) in child_ids.iter().zip(outs) {
                let (name, trash) = match out {
                    Ok(b) => (Cursor { b: &b }.string()?, false),
                    Err(_) => (format!("{id} (in the trash)"), true),
                };
                let child =
                    super::ChildInfo { pool: pool.name().to_string(), image: name, image_id: id.clone(), trash };
                names.insert((pool_id, id.clone()), child);
            }
        }
        Ok(ids
            .into_iter()
            .map(|snap| {
                let mut v: Vec<super::ChildInfo> = snap.into_iter().filter_map(|k| names.get(&k).cloned()).collect();
                v.sort_by(|a, b| (&a.pool, &a.image).cmp(&(&b.pool, &b.image)));
                v
            })
            .collect())
    }

    /// An image's id from its name (`rbd_directory`, one op).
    pub fn image_id(&self, name: &str) -> Result<String> {
        self.directory_lookup("dir_get_id", name, || format!("image {}/{name}", self.name()))
    }

    /// The parent image `id`'s header records, for its head or a snapshot (one op).
    pub fn parent_record(&self, id: &str) -> Result<Option<ParentSpec>> {
        Ok(self.read_header("", id)?.parent_record)
    }

    /// The header of image `id`, named `name`, without its snapshots (one op).
    pub fn read_header(&self, name: &str, id: &str) -> Result<Header> {
        let mut found = None;
        self.read_headers(&[(name.to_string(), id.to_string())], 1, false, &[], |_, h| {
            found = h;
            Ok(true)
        })?;
        found.ok_or_else(|| Error::not_found(format!("image id {id} in pool {}", self.name()), None))
    }

    /// Protect snapshot `snap` of image `id`, one of its newest snapshots (just made),
    /// as librbd's `snap_protect` does, minus the refresh that comes first there: after a
    /// snapshot's creation the handle must refresh, which reads every snapshot record
    /// (hundreds on a golden image, one per clone made from it: a third of a clone's
    /// time at 200). The ops: `rbd.get_snapcontext` and `rbd.snapshot_get` of the 4
    /// newest ids (one read) to find `snap`'s id, `rbd.set_protection_status(id,
    /// PROTECTED)` (one write; the class checks the layering feature), then an empty
    /// notify on the header, which librbd's watchers take as "header updated" (its
    /// legacy form) and refresh on, as after librbd's own protect.
    ///
    /// `Ok(false)`, having changed nothing, when `snap` is not among the 4 newest, is
    /// already protected, or the image lacks layering: the caller asks librbd, which
    /// says why.
    pub fn protect_new_snapshot(&self, id: &str, snap: &str) -> Result<bool> {
        let oid = format!("rbd_header.{id}");
        let what = || format!("snapshot {}@{snap} (image id {id})", self.name());
        let (ret, outs) = ExecOp::start(self, &oid, &[("get_snapcontext", vec![], false)])?.wait();
        check(ret, what)?;
        let snapc = outs.into_iter().next().and_then(|o| o.ok()).unwrap_or_default();
        let mut c = Cursor { b: &snapc };
        let _seq = c.u64()?;
        // Newest first: librbd's snapshot context order.
        let newest = (0..c.u32()?.min(4)).map(|_| c.u64()).collect::<Result<Vec<_>>>()?;
        if newest.is_empty() {
            return Ok(false); // removed meanwhile: librbd says so
        }
        let (ret, outs) = ExecOp::start(self, &oid, &snapshot_calls(&newest))?.wait();
        check(ret, what)?;
        let Some(record) = decode_snapshots(id, &outs)?.into_iter().find(|r| r.name == snap) else {
            return Ok(false);
        };
        if record.protected {
            return Ok(false);
        }
        let mut input = record.id.to_le_bytes().to_vec();
        input.push(2); // RBD_PROTECTION_STATUS_PROTECTED
        let oid_c = CString::new(oid.as_str()).map_err(|_| Error::invalid(format!("object name {oid:?}")))?;
        let mut prval: c_int = 0;
        // SAFETY: a new op handle, released below; the C strings and input outlive the
        // synchronous operate, and librados copies the input at exec.
        let ret = unsafe {
            let op = rados::rados_create_write_op();
            rados::rados_write_op_exec(
                op,
                c"rbd".as_ptr(),
                c"set_protection_status".as_ptr(),
                input.as_ptr() as *const c_char,
                input.len(),
                &mut prval,
            );
            let ret = rados::rados_write_op_operate(op, self.raw, oid_c.as_ptr(), ptr::null_mut(), 0);
            rados::rados_release_write_op(op);
            ret
        };
        if ret == -libc::ENOEXEC {
            return Ok(false); // no layering feature
        }
        check(ret, what)?;
        let (mut reply, mut reply_len): (*mut c_char, size_t) = (ptr::null_mut(), 0);
        // SAFETY: valid ioctx and C string; an empty payload; the reply buffer librados
        // allocates is freed once below. Like librbd, the outcome of the notify itself
        // (a watcher that did not answer in time) does not undo the protection.
        unsafe {
            rados::rados_notify2(self.raw, oid_c.as_ptr(), ptr::null(), 0, 5000, &mut reply, &mut reply_len);
            if !reply.is_null() {
                rados::rados_buffer_free(reply);
            }
        }
        Ok(true)
    }

    /// An image's name from its id (`rbd_directory`, one op).
    pub fn image_name(&self, id: &str) -> Result<String> {
        self.directory_lookup("dir_get_name", id, || format!("image id {id} in pool {}", self.name()))
    }

    /// One `rbd_directory` call that maps a string to a string (name <-> id).
    fn directory_lookup(&self, method: &'static str, key: &str, what: impl FnOnce() -> String) -> Result<String> {
        let mut input = vec![];
        encode_string(&mut input, key);
        let (ret, outs) = ExecOp::start(self, "rbd_directory", &[(method, input, false)])?.wait();
        check(ret, what)?;
        let b = outs.into_iter().next().and_then(|o| o.ok()).unwrap_or_default();
        Cursor { b: &b }.string()
    }
}

impl Cluster {
    /// A pool's name from its id, from the OSD map this client already has.
    pub fn pool_name(&self, id: i64) -> Result<String> {
        let mut buf = vec![0u8; 256];
        // SAFETY: buffer length passed with the buffer.
        let ret =
            unsafe { rados::rados_pool_reverse_lookup(self.raw(), id, buf.as_mut_ptr() as *mut c_char, buf.len()) };
        check(ret, || format!("pool id {id}"))?;
        Ok(std::ffi::CStr::from_bytes_until_nul(&buf).map(|c| c.to_string_lossy().into_owned()).unwrap_or_default())
    }

    /// Every pool's name (from the OSD map this client already has).
    pub fn pool_names(&self) -> Result<Vec<String>> {
        pool_names(self.raw())
    }
}

fn pool_names(cluster: rados::rados_t) -> Result<Vec<String>> {
    {
        let mut cap = 4096;
        loop {
            let mut buf = vec![0u8; cap];
            // SAFETY: buffer length passed with the buffer; librados returns the length needed.
            let ret = unsafe { rados::rados_pool_list(cluster, buf.as_mut_ptr() as *mut c_char, buf.len()) };
            let n = check(ret, || "listing pools".into())? as usize;
            if n > cap {
                cap = n;
                continue;
            }
            return Ok(buf[..n]
                .split(|b| *b == 0)
                .filter(|s| !s.is_empty())
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .collect());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_a_snapshot_record_as_the_osd_sends_it() {
        // `rbd.snapshot_get` of snapshot 4 "snap" (10 MiB, a user snapshot), captured
        // from a Pacific OSD; then a protection status of 2 (protected).
        let info = b"\x01\x01.\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x01\x01\x04\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00snap\x00\x00\xa0\x00\x00\x00\x00\x00\x9f\xb7\x02k`W&\x11\x03\x00\x00\x00";
        let s = decode_snapshot(info, b"\x02").unwrap();
        assert_eq!((s.id, s.name.as_str(), s.size, s.protected, s.v2_children), (4, "snap", 10 << 20, true, 3));
        assert!(!decode_snapshot(info, b"\x01").unwrap().protected, "unprotecting is not protected");
        assert!(decode_snapshot(&info[..20], b"\x02").is_err(), "a short record is refused");
    }

    #[test]
    fn decodes_the_head_calls() {
        let outs = vec![
            Ok(b"\x16\x00\x00\xa0\x00\x00\x00\x00\x00".to_vec()),
            Ok(b"\x05\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00".to_vec()),
            Ok(b"\x01\x00\x00\x00\x13\x00\x00\x00rbdctl.checksum.md5\x03\x00\x00\x00abc".to_vec()),
            Ok(b"\x01\x01$\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0c\x00\x00\x00102f15ccc2fd\x04\x00\x00\x00\x00\x00\x00\x00".to_vec()),
        ];
        let h = decode_head("c1", "1039929d90db", &outs).unwrap();
        assert_eq!((h.order, h.size, h.snap_ids.clone()), (22, 10 << 20, vec![5]));
        assert_eq!(h.metadata, vec![("rbdctl.checksum.md5".to_string(), "abc".to_string())]);
        let p = h.parent.unwrap();
        assert_eq!((p.pool_id, p.image_id.as_str(), p.snap_id), (2, "102f15ccc2fd", 4));
        // No parent: pool id -1.
        let mut none = outs.clone();
        none[3] = Ok(b"\x01\x01\x18\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\xfe\xff\xff\xff\xff\xff\xff\xff".to_vec());
        assert!(decode_head("t1", "x", &none).unwrap().parent.is_none());
        none[3] = Err(-libc::ENOEXEC);
        assert!(decode_head("t1", "x", &none).unwrap().parent.is_none(), "no layering feature");
    }
}

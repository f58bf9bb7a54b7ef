//! The chunked, pipelined I/O engine shared by image upload/download and volume
//! import/export.
//!
//! Shape: a reader thread fills buffers from a fixed pool; the calling thread keeps up
//! to `queue_depth` librbd AIO requests in flight, in order; one thread per digest
//! hashes the same buffers in order (no copies: they share an `Arc`), and buffers go
//! back to the pool when the last user drops them. Memory is bounded by the pool
//! (`queue_depth + 4` buffers of `io_size`) whatever the image size. All-zero chunks
//! are never written (uploads stay thin) and unallocated extents are never read
//! (downloads become holes). Every wait has a deadline, so a stalled cluster ends in a
//! timeout error, never a hang; SIGINT/SIGTERM end the transfer between chunks.

use crate::ceph::{Completion, Image, errno_error};
use crate::error::{Error, Result};
use crate::manifest::{BadObject, Builder, Manifest};
use crate::output::Printer;
use crate::signals;
pub use crate::types::HashAlgo;
use indicatif::ProgressBar;
use serde::Serialize;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{Read, Write};
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, SyncSender};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// Run one long operation as a job: signals are caught (so Ctrl-C lets it clean up), a
/// progress bar is drawn while it runs and cleared after, and on failure `cleanup` runs
/// before the error is returned. Every transfer and every librbd copy or flatten goes
/// through here, so none forgets one of the three. (A handle whose request timed out is
/// leaked by `ceph::Image` itself; callers need do nothing about it.)
pub fn job<T>(
    printer: &Printer,
    total: Option<u64>,
    what: &str,
    work: impl FnOnce(&ProgressBar) -> Result<T>,
    cleanup: impl FnOnce(),
) -> Result<T> {
    signals::install();
    let pb = printer.progress(total, what);
    let r = work(&pb);
    pb.finish_and_clear();
    if r.is_err() {
        cleanup();
    }
    r
}

#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// Bytes per AIO request; the object size or 4 MiB, whichever is smaller, keeps
    /// requests object-aligned while bounding memory.
    pub io_size: usize,
    pub queue_depth: usize,
    /// Past this (plus a grace period) without a reply, a request is abandoned.
    pub op_timeout: Duration,
    /// Skip writing all-zero chunks (Glance's rbd_thin_provisioning).
    pub thin: bool,
}

impl Tuning {
    pub fn for_object_size(object_size: u64, queue_depth: usize, op_timeout: Duration) -> Self {
        Tuning { io_size: object_size.min(4 << 20) as usize, queue_depth: queue_depth.max(1), op_timeout, thin: true }
    }

    /// Reads hold each request's bytes twice (librados receives, librbd copies into our
    /// buffer), and glibc keeps librados' freed reply buffers in its per-thread arenas
    /// (its mmap threshold rises to their size), so peak RSS grows with the bytes in
    /// flight well past their sum. Downloads use 1 MiB requests at the same depth:
    /// 512 MiB dense, peak RSS 72-114 MiB against 106-174 MiB at 2 MiB (190 MiB at
    /// 4 MiB), in the same time. Fixing the mmap threshold instead cost 0.2 s of page
    /// faults per 512 MiB.
    pub fn for_reading(object_size: u64, queue_depth: usize, op_timeout: Duration) -> Self {
        Tuning {
            io_size: object_size.min(1 << 20) as usize,
            ..Self::for_object_size(object_size, queue_depth, op_timeout)
        }
    }

    fn deadline(&self) -> Option<Instant> {
        Some(Instant::now() + self.op_timeout + Duration::from_secs(5))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Multihash {
    pub algo: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Digests {
    /// `None` when not asked for (`--checksum none`, `--no-verify`, manifest-only checks).
    pub md5: Option<String>,
    pub multihash: Option<Multihash>,
}

/// What a transfer computes besides moving the bytes; nothing by default, so a
/// transfer that checks nothing hashes nothing.
#[derive(Debug, Clone, Default)]
pub struct Checks {
    /// Glance's `checksum`.
    pub md5: bool,
    /// Glance's `os_hash_value` (sha256 / sha512).
    pub multihash: Option<HashAlgo>,
    /// Record a manifest of objects of this size (uploads, copies).
    pub record: Option<u64>,
    /// Check every object read against this manifest (downloads, copies); a range reads
    /// its first and last objects whole so they can be checked.
    pub verify: Option<Arc<Manifest>>,
}

impl Checks {
    /// md5 plus an optional multihash: what Glance stores.
    pub fn glance(multihash: Option<HashAlgo>) -> Checks {
        Checks { md5: true, multihash: multihash.filter(|a| *a != HashAlgo::None), ..Checks::default() }
    }
}

/// Digests through OpenSSL: md5 sets the pace of every transfer (it can't be split
/// across threads), and OpenSSL's assembly is 20-35 % faster than md-5 here (sha512:
/// 35-55 % over sha2). See the README's "Stack" note and scripts/bench.
struct Hasher(openssl::hash::Hasher);

impl Hasher {
    fn new(algo: openssl::hash::MessageDigest) -> Result<Hasher> {
        openssl::hash::Hasher::new(algo)
            .map(Hasher)
            .map_err(|e| Error::Internal { what: format!("starting a digest ({e})") })
    }

    fn update(&mut self, d: &[u8]) -> std::result::Result<(), openssl::error::ErrorStack> {
        self.0.update(d)
    }

    fn hex(mut self) -> std::result::Result<String, openssl::error::ErrorStack> {
        Ok(self.0.finish()?.iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// A pool buffer with the bytes it holds; returns itself to the pool on drop.
struct Chunk {
    buf: Vec<u8>,
    len: usize,
    offset: u64,
    home: Sender<Vec<u8>>,
}

impl Chunk {
    fn data(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        let _ = self.home.send(std::mem::take(&mut self.buf));
    }
}

impl AsMut<[u8]> for Chunk {
    fn as_mut(&mut self) -> &mut [u8] {
        &mut self.buf
    }
}

/// A chunk shared between librbd (upload), the hashers and the writer.
#[derive(Clone)]
struct Shared(Arc<Chunk>);

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        &self.0.buf
    }
}

/// What flows, in order, to the hashers and the writer. `keep` is the part of the chunk
/// that belongs to the output (a ranged download reads its edge objects whole, for the
/// manifest, but writes and hashes only the range).
#[derive(Clone)]
enum Piece {
    Data { chunk: Shared, keep: Range<usize> },
    Zeros { len: u64 },
}

impl Piece {
    fn data(chunk: Shared) -> Piece {
        let len = chunk.0.len;
        Piece::Data { chunk, keep: 0..len }
    }

    /// Bytes of the output this piece stands for.
    fn output_len(&self) -> u64 {
        match self {
            Piece::Data { keep, .. } => keep.len() as u64,
            Piece::Zeros { len } => *len,
        }
    }
}

static ZEROS: [u8; 1 << 16] = [0; 1 << 16];

pub use crate::manifest::is_zero;

fn buffer_pool(tuning: &Tuning) -> (Sender<Vec<u8>>, Receiver<Vec<u8>>) {
    let (tx, rx) = mpsc::channel();
    for _ in 0..tuning.queue_depth + 4 {
        tx.send(vec![0u8; tuning.io_size]).expect("receiver alive");
    }
    (tx, rx)
}

/// One thread per digest, each fed the same pieces in order, and one for the manifest.
struct Hashers {
    feeds: Vec<SyncSender<Piece>>,
    threads: Vec<JoinHandle<std::result::Result<String, openssl::error::ErrorStack>>>,
    md5: bool,
    multihash: Option<HashAlgo>,
    /// The manifest's thread: fed whole chunks (edges of a range included), never holes.
    manifest: Option<(SyncSender<Piece>, JoinHandle<Builder>)>,
}

impl Hashers {
    fn start(checks: &Checks, depth: usize) -> Result<Hashers> {
        use openssl::hash::MessageDigest;
        let mut hashers = vec![];
        if checks.md5 {
            hashers.push(Hasher::new(MessageDigest::md5())?);
        }
        match checks.multihash {
            Some(HashAlgo::Sha256) => hashers.push(Hasher::new(MessageDigest::sha256())?),
            Some(HashAlgo::Sha512) => hashers.push(Hasher::new(MessageDigest::sha512())?),
            _ => {}
        }
        let object_size = checks.record.or(checks.verify.as_ref().map(|m| m.object_size));
        let manifest = object_size.map(|os| {
            let (tx, rx) = mpsc::sync_channel::<Piece>(depth * 2);
            let t = thread::spawn(move || {
                let mut b = Builder::new(os);
                for piece in rx {
                    if let Piece::Data { chunk, .. } = piece {
                        b.add(chunk.0.offset, chunk.0.data());
                    }
                }
                b
            });
            (tx, t)
        });
        let (mut feeds, mut threads) = (vec![], vec![]);
        for mut h in hashers {
            let (tx, rx) = mpsc::sync_channel::<Piece>(depth * 2);
            feeds.push(tx);
            threads.push(thread::spawn(move || {
                for piece in rx {
                    match piece {
                        Piece::Data { chunk, keep } => h.update(&chunk.0.data()[keep])?,
                        Piece::Zeros { len, .. } => {
                            let mut left = len;
                            while left > 0 {
                                let n = left.min(ZEROS.len() as u64) as usize;
                                h.update(&ZEROS[..n])?;
                                left -= n as u64;
                            }
                        }
                    }
                }
                h.hex()
            }));
        }
        Ok(Hashers {
            feeds,
            threads,
            md5: checks.md5,
            multihash: checks.multihash.filter(|a| *a != HashAlgo::None),
            manifest,
        })
    }

    fn feed(&self, piece: &Piece) {
        if piece.output_len() > 0 {
            for f in &self.feeds {
                // A hasher only stops when its feed is closed, so send cannot fail.
                let _ = f.send(piece.clone());
            }
        }
        if let (Some((f, _)), Piece::Data { .. }) = (&self.manifest, piece) {
            let _ = f.send(piece.clone());
        }
    }

    /// The digests, and the manifest builder if one was asked for.
    fn finish(self) -> Result<(Digests, Option<Builder>)> {
        drop(self.feeds);
        let builder = self.manifest.map(|(feed, t)| {
            drop(feed);
            t.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        let mut hexes = vec![];
        for t in self.threads {
            let hex = t.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            hexes.push(hex.map_err(|e| Error::Internal { what: format!("computing a digest ({e})") })?);
        }
        let mut hexes = hexes.into_iter();
        let md5 = if self.md5 { hexes.next() } else { None };
        let multihash =
            self.multihash.zip(hexes.next()).map(|(a, v)| Multihash { algo: a.name().to_string(), value: v });
        Ok((Digests { md5, multihash }, builder))
    }
}

/// Wait for one request; a deadline miss abandons it and every later one.
fn reap<B>(
    c: Completion<'_, B>,
    queue: &mut VecDeque<(Completion<'_, B>, u64, usize)>,
    offset: u64,
    len: usize,
    tuning: &Tuning,
    image: &Image<'_>,
    verb: &str,
) -> Result<B> {
    match c.wait(tuning.deadline()) {
        Ok((buf, ret)) if ret >= 0 => {
            if verb == "reading" && (ret as usize) != len {
                return Err(Error::Protocol {
                    what: format!("short read of image {} at offset {offset} ({ret} of {len} bytes)", image.spec()),
                });
            }
            Ok(buf)
        }
        Ok((_, ret)) => Err(errno_error(-(ret as i32), format!("{verb} image {} at offset {offset}", image.spec()))),
        Err(stuck) => {
            stuck.abandon();
            for (c, _, _) in queue.drain(..) {
                c.abandon();
            }
            Err(Error::Timeout {
                what: format!("{verb} image {}", image.spec()),
                seconds: tuning.op_timeout.as_secs() + 5,
                hint: Some(
                    "the cluster stopped answering: is the pool full, over quota, or paused? see ceph -s".into(),
                ),
            })
        }
    }
}

/// Read `buf` full unless the stream ends first; returns the bytes read.
fn read_full(src: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match src.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

pub struct UploadResult {
    pub bytes: u64,
    /// Bytes actually written (non-zero chunks); the rest stayed unallocated.
    pub written: u64,
    pub digests: Digests,
    /// With `Checks::record`: the manifest of what was written (no snapshot named yet).
    pub manifest: Option<Manifest>,
}

/// How big the image is while uploading.
#[derive(Debug, Clone, Copy)]
pub enum SizePolicy {
    /// `--size` given (or a regular file): created at this size; the stream must match.
    Exact(u64),
    /// A pipe: grow in large steps, trim to the exact size at the end.
    Grow { current: u64 },
}

/// Shared by upload (`--size`), import and copies (no such flag): names no flag.
const SIZE_HINT: &str = "the source changed while it was read, or the size given for it is wrong";

/// What a reader thread hands the writer, in order: bytes read, or a run the source
/// knows reads as zeros (a disk image's unallocated or zero clusters), hashed but never
/// read nor written.
enum Unit {
    Data(Chunk),
    Zeros { offset: u64, len: u64 },
}

/// Stream `source` into `image` from offset 0.
pub fn upload(
    image: &Image<'_>,
    source: Box<dyn Read + Send>,
    size: SizePolicy,
    tuning: &Tuning,
    checks: &Checks,
    source_name: &str,
    pb: &ProgressBar,
) -> Result<UploadResult> {
    let (home, free) = buffer_pool(tuning);
    let (units_tx, units) = mpsc::sync_channel::<std::io::Result<Unit>>(tuning.queue_depth);
    let reader_home = home.clone();
    let reader = thread::spawn(move || {
        let mut src = source;
        let mut offset = 0u64;
        while let Ok(mut buf) = free.recv() {
            let n = match read_full(&mut *src, &mut buf) {
                Ok(n) => n,
                Err(e) => {
                    let _ = units_tx.send(Err(e));
                    return;
                }
            };
            let last = n < buf.len();
            let chunk = Chunk { buf, len: n, offset, home: reader_home.clone() };
            if n > 0 && units_tx.send(Ok(Unit::Data(chunk))).is_err() {
                return;
            }
            offset += n as u64;
            if last {
                return;
            }
        }
    });
    drop(home);
    let result = write_units(image, &units, size, tuning, Hashers::start(checks, tuning.queue_depth)?, source_name, pb);
    drop(units);
    // After a failure the reader may be blocked on its source (a pipe): leave it.
    if result.is_ok() {
        let _ = reader.join();
    }
    result
}

/// A disk image read as the raw disk it describes (a qcow2 through imago): random
/// access, and it knows which runs read as zeros, so those are never read or written.
pub trait RawSource: Send {
    /// The virtual (guest-visible) size.
    fn virtual_size(&self) -> u64;
    /// From `offset` (below the virtual size): the length of the run, at most `max`, and whether it
    /// may hold data (`false`: it reads as zeros).
    fn extent(&mut self, offset: u64, max: u64) -> std::io::Result<(u64, bool)>;
    /// Fill `buf` with the raw bytes at `offset` (zeros where nothing is stored).
    fn read_at(&mut self, offset: u64, buf: &mut [u8]) -> std::io::Result<()>;
}

/// Write the raw disk `source` describes into `image` (already `source.len()` bytes) in
/// one pass: object-aligned units that read as zeros are hashed but neither read nor
/// written; the others are read whole and written unless all zero. The digests are over
/// the raw bytes, as if the raw disk had been uploaded.
pub fn upload_raw(
    image: &Image<'_>,
    source: Box<dyn RawSource>,
    tuning: &Tuning,
    checks: &Checks,
    source_name: &str,
    pb: &ProgressBar,
) -> Result<UploadResult> {
    let total = source.virtual_size();
    let (home, free) = buffer_pool(tuning);
    let (units_tx, units) = mpsc::sync_channel::<std::io::Result<Unit>>(tuning.queue_depth);
    let reader_home = home.clone();
    let unit_len = tuning.io_size as u64;
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop_reader = stop.clone();
    let reader = thread::spawn(move || {
        let mut src = source;
        let mut offset = 0u64;
        while offset < total {
            let len = (unit_len - offset % unit_len).min(total - offset);
            let unit = (|| -> std::io::Result<Unit> {
                let mut pos = offset;
                let mut data = false;
                while pos < offset + len && !data {
                    let (run, has_data) = src.extent(pos, offset + len - pos)?;
                    if run == 0 {
                        return Err(std::io::Error::other(format!("no mapping at offset {pos}")));
                    }
                    data = has_data;
                    pos += run;
                }
                if !data {
                    return Ok(Unit::Zeros { offset, len });
                }
                let mut buf = loop {
                    match free.recv_timeout(Duration::from_millis(100)) {
                        Ok(buf) => break buf,
                        // Buffers of abandoned requests never come back: stop when told.
                        Err(_) if stop_reader.load(std::sync::atomic::Ordering::SeqCst) => {
                            return Err(std::io::Error::other("the writer stopped"));
                        }
                        Err(_) => continue,
                    }
                };
                src.read_at(offset, &mut buf[..len as usize])?;
                Ok(Unit::Data(Chunk { buf, len: len as usize, offset, home: reader_home.clone() }))
            })();
            let failed = unit.is_err();
            if units_tx.send(unit).is_err() || failed {
                return;
            }
            offset += len;
        }
    });
    drop(home);
    let hashers = Hashers::start(checks, tuning.queue_depth)?;
    let result = write_units(image, &units, SizePolicy::Exact(total), tuning, hashers, source_name, pb);
    drop(units);
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    // Joined even after a failure: the source (and whatever it borrows through its read
    // function) is released only once the reader ends, and it never waits on a pipe.
    let _ = reader.join();
    result
}

/// The writing half of an upload: hash every unit in order, write the non-zero ones
/// with up to `queue_depth` requests in flight, and check the size.
fn write_units(
    image: &Image<'_>,
    units: &Receiver<std::io::Result<Unit>>,
    size: SizePolicy,
    tuning: &Tuning,
    hashers: Hashers,
    source_name: &str,
    pb: &ProgressBar,
) -> Result<UploadResult> {
    let mut queue: VecDeque<(Completion<'_, Shared>, u64, usize)> = VecDeque::new();
    let (mut bytes, mut written) = (0u64, 0u64);
    let mut image_size = match size {
        SizePolicy::Exact(n) => n,
        SizePolicy::Grow { current } => current,
    };
    loop {
        signals::check()?;
        let unit = match units.recv_timeout(Duration::from_millis(100)) {
            Ok(u) => u.map_err(|e| Error::io(format!("reading {source_name}"), e))?,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let end = match &unit {
            Unit::Data(chunk) => chunk.offset + chunk.len as u64,
            Unit::Zeros { offset, len } => offset + len,
        };
        match size {
            SizePolicy::Exact(n) if end > n => {
                return Err(Error::invalid(format!(
                    "{source_name} is longer than the declared size of {n} bytes ({SIZE_HINT})"
                )));
            }
            SizePolicy::Grow { .. } if end > image_size => {
                // Doubling keeps resizes to a handful per upload (Glance resized per chunk).
                image_size = end.max(image_size.saturating_mul(2)).max(1 << 30);
                image.resize(image_size)?;
            }
            _ => {}
        }
        bytes = end;
        match unit {
            Unit::Zeros { len, .. } => hashers.feed(&Piece::Zeros { len }),
            Unit::Data(chunk) => {
                let (offset, len) = (chunk.offset, chunk.len);
                let zero = is_zero(chunk.data());
                let shared = Shared(Arc::new(chunk));
                hashers.feed(&Piece::data(shared.clone()));
                if !(zero && tuning.thin) {
                    while queue.len() >= tuning.queue_depth {
                        let (c, o, l) = queue.pop_front().expect("non-empty");
                        reap(c, &mut queue, o, l, tuning, image, "writing")?;
                    }
                    queue.push_back((image.aio_write(offset, shared, len)?, offset, len));
                    written += len as u64;
                }
            }
        }
        pb.set_position(bytes);
    }
    while let Some((c, o, l)) = queue.pop_front() {
        reap(c, &mut queue, o, l, tuning, image, "writing")?;
    }
    if let SizePolicy::Exact(n) = size
        && bytes < n
    {
        return Err(Error::invalid(format!(
            "{source_name} ended after {bytes} bytes, shorter than the declared size of {n} bytes ({SIZE_HINT})"
        )));
    }
    if image_size != bytes {
        image.resize(bytes)?;
    }
    image.flush()?;
    let (digests, builder) = hashers.finish()?;
    let manifest = builder.map(|b| b.finish(bytes, None)).transpose()?;
    Ok(UploadResult { bytes, written, digests, manifest })
}

/// Where downloaded bytes go.
pub enum Sink {
    /// A regular file: positioned writes, unallocated ranges left as holes.
    File(File),
    /// A pipe or stdout: sequential, zeros written out.
    Stream(Box<dyn Write + Send>),
}

pub struct DownloadResult {
    pub bytes: u64,
    /// Bytes actually read from the cluster (allocated extents).
    pub read: u64,
    pub digests: Digests,
    /// With `Checks::verify`: the objects that did not match (empty: all did).
    pub bad_objects: Option<Vec<BadObject>>,
    /// With `Checks::record`: the manifest of what was read.
    pub manifest: Option<Manifest>,
}

/// Allocated extents of `[offset, offset+len)`, sorted and merged.
fn allocated(image: &Image<'_>, offset: u64, len: u64) -> Result<Vec<(u64, u64)>> {
    let mut ext: Vec<(u64, u64)> = Vec::new();
    image.allocated_extents(offset, len, &mut |o, l, exists| {
        if exists {
            ext.push((o, o + l));
        }
    })?;
    ext.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::with_capacity(ext.len());
    for (s, e) in ext {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    Ok(merged)
}

/// Object-aligned units of `[start, end)`: (offset, len, allocated?).
fn plan_units(start: u64, end: u64, unit: u64, extents: &[(u64, u64)]) -> Vec<(u64, u64, bool)> {
    let mut out = Vec::new();
    let mut pos = start;
    let mut i = 0;
    while pos < end {
        let next = ((pos / unit) + 1) * unit;
        let stop = next.min(end);
        while i < extents.len() && extents[i].1 <= pos {
            i += 1;
        }
        let hit = i < extents.len() && extents[i].0 < stop;
        out.push((pos, stop - pos, hit));
        pos = stop;
    }
    out
}

fn writer_thread(sink: Sink, base: u64, total: u64, rx: Receiver<Piece>) -> JoinHandle<std::io::Result<()>> {
    thread::spawn(move || match sink {
        Sink::File(f) => {
            for piece in rx {
                if let Piece::Data { chunk, keep } = piece {
                    let data = &chunk.0.data()[keep.clone()];
                    if !is_zero(data) {
                        f.write_all_at(data, chunk.0.offset + keep.start as u64 - base)?;
                    }
                }
            }
            // No fsync, as `rbd export`: the bytes are verified; durability is the
            // page cache's job, and an fsync of a large image doubled download time here.
            f.set_len(total)
        }
        Sink::Stream(w) => {
            let mut w = std::io::BufWriter::with_capacity(1 << 20, w);
            for piece in rx {
                match piece {
                    Piece::Data { chunk, keep } => w.write_all(&chunk.0.data()[keep])?,
                    Piece::Zeros { len, .. } => {
                        let mut left = len;
                        while left > 0 {
                            let n = left.min(ZEROS.len() as u64) as usize;
                            w.write_all(&ZEROS[..n])?;
                            left -= n as u64;
                        }
                    }
                }
            }
            w.flush()
        }
    })
}

/// Stream `[offset, offset+length)` of `image` (opened at its snapshot) into `sink`.
pub fn download(
    image: &Image<'_>,
    offset: u64,
    length: u64,
    sink: Sink,
    tuning: &Tuning,
    checks: &Checks,
    pb: &ProgressBar,
) -> Result<DownloadResult> {
    let end = offset + length;
    // Checked against a manifest, a range reads its first and last objects whole (their
    // digests cover them whole); only `[offset, end)` reaches the hashers and the output.
    let (read_start, read_end) = match &checks.verify {
        Some(m) if length > 0 => (
            offset / m.object_size * m.object_size,
            end.div_ceil(m.object_size).saturating_mul(m.object_size).min(m.size),
        ),
        _ => (offset, end),
    };
    let extents = allocated(image, read_start, read_end - read_start)?;
    let units = plan_units(read_start, read_end, tuning.io_size as u64, &extents);
    let (home, free) = buffer_pool(tuning);
    let hashers = Hashers::start(checks, tuning.queue_depth)?;
    let (to_writer, writer_rx) = mpsc::sync_channel::<Piece>(tuning.queue_depth * 2);
    let writer = writer_thread(sink, offset, length, writer_rx);

    // The writer only stops early on an error of its own; that error (disk full, broken
    // pipe) is the one to report, so a failed send just ends the loop.
    let writer_gone = || Error::io("writing the output", std::io::Error::other("the writer stopped"));
    // In flight, in order: reads, each with the holes that come before it.
    let mut queue: VecDeque<(Completion<'_, Chunk>, u64, usize)> = VecDeque::new();
    let mut holes_before: VecDeque<Vec<(u64, u64)>> = VecDeque::new();
    let mut trailing_holes: Vec<(u64, u64)> = Vec::new();
    let mut read = 0u64;
    let mut done = 0u64;
    let clip = |o: u64, l: u64| (o.max(offset), (o + l).min(end));
    let emit = |piece: Piece, done: &mut u64| -> Result<()> {
        let len = piece.output_len();
        hashers.feed(&piece);
        if len > 0 {
            to_writer.send(piece).map_err(|_| writer_gone())?;
        }
        *done += len;
        pb.set_position(*done);
        Ok(())
    };
    let pumped = (|| -> Result<()> {
        let mut units = units.into_iter();
        loop {
            signals::check()?;
            // Fill the queue.
            while queue.len() < tuning.queue_depth {
                let Some((o, l, hit)) = units.next() else { break };
                if !hit {
                    trailing_holes.push((o, l));
                    continue;
                }
                let mut buf = free.recv().expect("pool sender alive");
                buf.resize(tuning.io_size, 0);
                let chunk = Chunk { buf, len: l as usize, offset: o, home: home.clone() };
                holes_before.push_back(std::mem::take(&mut trailing_holes));
                queue.push_back((image.aio_read(o, chunk, l as usize)?, o, l as usize));
                read += l;
            }
            let Some((c, o, l)) = queue.pop_front() else { break };
            for (ho, hl) in holes_before.pop_front().unwrap_or_default() {
                let (s, e) = clip(ho, hl);
                if e > s {
                    emit(Piece::Zeros { len: e - s }, &mut done)?;
                }
            }
            let chunk = reap(c, &mut queue, o, l, tuning, image, "reading")?;
            let (s, e) = clip(o, l as u64);
            let keep = if e > s { (s - o) as usize..(e - o) as usize } else { 0..0 };
            emit(Piece::Data { chunk: Shared(Arc::new(chunk)), keep }, &mut done)?;
        }
        for (ho, hl) in std::mem::take(&mut trailing_holes) {
            let (s, e) = clip(ho, hl);
            if e > s {
                emit(Piece::Zeros { len: e - s }, &mut done)?;
            }
        }
        Ok(())
    })();
    drop(to_writer);
    let written = writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    match (pumped, written) {
        (_, Err(e)) => return Err(Error::io("writing the output", e)),
        (Err(e), Ok(())) => return Err(e),
        (Ok(()), Ok(())) => {}
    }
    let (digests, builder) = hashers.finish()?;
    let (mut bad_objects, mut manifest) = (None, None);
    if let Some(b) = builder {
        match &checks.verify {
            Some(m) => bad_objects = Some(b.compare(m, m.objects_in(offset, length))?),
            None => manifest = Some(b.finish(end, None)?),
        }
    }
    Ok(DownloadResult { bytes: done, read, digests, bad_objects, manifest })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_detection() {
        assert!(is_zero(&[]));
        assert!(is_zero(&vec![0u8; 200_000]));
        let mut v = vec![0u8; 200_000];
        v[199_999] = 1;
        assert!(!is_zero(&v));
    }

    #[test]
    fn units_are_object_aligned_and_marked_allocated() {
        let u = plan_units(0, 10, 4, &[(5, 6)]);
        assert_eq!(u, vec![(0, 4, false), (4, 4, true), (8, 2, false)]);
        let u = plan_units(3, 9, 4, &[]);
        assert_eq!(u, vec![(3, 1, false), (4, 4, false), (8, 1, false)]);
        let u = plan_units(0, 8, 4, &[(0, 1), (7, 8)]);
        assert_eq!(u, vec![(0, 4, true), (4, 4, true)]);
    }

    #[test]
    fn hashers_agree_with_known_digests() {
        let h = Hashers::start(&Checks::glance(Some(HashAlgo::Sha256)), 4).unwrap();
        h.feed(&Piece::Zeros { len: 3 });
        let (d, _) = h.finish().unwrap();
        // md5 and sha256 of three zero bytes.
        assert_eq!(d.md5.as_deref(), Some("693e9af84d3dfcc71e640e005bdc5e2e"));
        assert_eq!(d.multihash.unwrap().value, "709e80c88487a2411e1ee4dfb9f22a861492d20c4765150c0c794abd70f8147c");
    }
}

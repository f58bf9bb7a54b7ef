//! `volume export-diff` and `volume import-diff` (the `rbd diff v1` stream, see
//! [`crate::diffstream`]), and the extent engine they share with `volume backup`: walk the
//! extents that changed between two snapshots with `diff_iterate`, read the data ones with
//! pipelined AIO, and hand each piece in order to a sink: a diff stream, or another image.
//!
//! Zero extents, and the [`ZERO_BLOCK`]-aligned blocks of data pieces that read as all
//! zeros, are passed on as [`Piece::Zero`]; an image sink turns them into `write_zeroes`,
//! which librbd carries out as object discards and truncates (nothing at all for an
//! object the object map says does not exist): no zero bytes are sent. The blocks
//! matter for incrementals: for an object created after the parent snapshot,
//! `diff_iterate` reports one extent from the object's start to the end of the write, so
//! a 64 KiB write would otherwise send up to 4 MiB, mostly zeros.
//!
//! Hostile input: `import-diff` never applies a record before the whole stream has been
//! validated. A file is validated in place; stdin is first staged to an unlinked file in
//! `$TMPDIR` (so a pipe costs local disk space equal to the stream) and then validated.

use super::Volumes;
use crate::ceph::{Completion, Image, errno_error};
use crate::diffstream::{DiffError, DiffHeader, DiffReader, DiffWriter, MAX_PIECE, Record, validate};
use crate::endpoint::{Output, Source, open_output};
use crate::error::{Error, Result};
use crate::output::Report;
use crate::signals;
use crate::transfer::{self, Sink, is_zero};
use indicatif::ProgressBar;
use serde::Serialize;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Granularity of zero detection in data pieces: small enough that a 64 KiB write in a
/// new object sends 64 KiB, large enough that splitting costs nothing measurable (one
/// memcmp per block; data runs stay whole).
pub(crate) const ZERO_BLOCK: u64 = 64 << 10;

/// Cut `len` bytes of `data` read at image offset `offset` into runs of whole
/// [`ZERO_BLOCK`]s (aligned to the image, the first and last may be partial) that are all
/// zeros or not: `(start, end, has_data)` within `data`, in order, adjacent runs of the
/// same kind merged.
pub(crate) fn zero_runs(offset: u64, data: &[u8]) -> Vec<(usize, usize, bool)> {
    let mut runs: Vec<(usize, usize, bool)> = vec![];
    let mut at = 0usize;
    while at < data.len() {
        let next = ((offset + at as u64) / ZERO_BLOCK + 1) * ZERO_BLOCK - offset;
        let end = (next as usize).min(data.len());
        let has_data = !is_zero(&data[at..end]);
        match runs.last_mut() {
            Some(last) if last.2 == has_data => last.1 = end,
            _ => runs.push((at, end, has_data)),
        }
        at = end;
    }
    runs
}

thread_local! {
    /// Piece buffers whose writes have completed, for the next reads: a fresh 4 MiB
    /// buffer costs a memset or page faults on every piece (perf: ~6 % of a full backup).
    static SPARE: std::cell::RefCell<Vec<Vec<u8>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Buffers kept for reuse (two queues' worth at the default depth).
const SPARE_MAX: usize = 32;

/// A buffer of `len` bytes, reused when one is spare.
fn take_buffer(len: usize) -> Vec<u8> {
    match SPARE.with(|s| s.borrow_mut().pop()) {
        Some(mut b) if b.capacity() >= len => {
            b.resize(len, 0);
            b
        }
        _ => vec![0u8; len],
    }
}

/// Give a buffer back for [`take_buffer`].
fn give_buffer(b: Vec<u8>) {
    SPARE.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() < SPARE_MAX && b.capacity() >= MAX_PIECE {
            s.push(b);
        }
    });
}

/// One piece of a change walk, in offset order.
pub(crate) enum Piece {
    Data { offset: u64, buf: Vec<u8> },
    Zero { offset: u64, len: u64 },
}

/// What a walk moved.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WalkStats {
    /// Bytes of data pieces (what crosses the wire to the sink).
    pub data_bytes: u64,
    /// Bytes passed on as zeros (discards).
    pub zero_bytes: u64,
}

/// How a walk does its I/O.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Io {
    pub piece: usize,
    pub queue_depth: usize,
    pub op_timeout: Duration,
}

impl Io {
    pub fn new(v: &Volumes<'_>) -> Io {
        Io { piece: MAX_PIECE, queue_depth: v.queue_depth.max(1), op_timeout: v.op_timeout }
    }

    fn deadline(&self) -> Option<Instant> {
        (!self.op_timeout.is_zero()).then(|| Instant::now() + self.op_timeout + Duration::from_secs(5))
    }

    fn timeout(&self, what: String) -> Error {
        Error::Timeout {
            what,
            seconds: self.op_timeout.as_secs() + 5,
            hint: Some("the cluster stopped answering: is the pool full, or an OSD down? see ceph -s".into()),
        }
    }
}

/// The extents of `src` (opened at the end snapshot) that changed since `from_snap`
/// (`None`: since creation), within `[0, size)`: `(offset, len, has_data)`.
pub(crate) fn changed_extents(src: &Image<'_>, from_snap: Option<&str>, size: u64) -> Result<Vec<(u64, u64, bool)>> {
    let mut out: Vec<(u64, u64, bool)> = vec![];
    src.changed_extents(from_snap, 0, size, true, &mut |o, l, e| out.push((o, l, e)))?;
    out.sort_by_key(|e| e.0);
    Ok(out)
}

/// Read the `extents` of `src` with up to `io.queue_depth` reads in flight, and give
/// every piece, in order, to `sink`. Stops between pieces on SIGINT/SIGTERM.
pub(crate) fn walk(
    src: &Image<'_>,
    extents: &[(u64, u64, bool)],
    io: &Io,
    pb: &ProgressBar,
    sink: &mut dyn FnMut(Piece) -> Result<()>,
) -> Result<WalkStats> {
    let mut stats = WalkStats::default();
    // The plan: every extent cut into pieces of at most io.piece bytes.
    let mut plan = extents.iter().flat_map(|&(off, len, data)| {
        let step = if data { io.piece as u64 } else { len.max(1) };
        (0..len.div_ceil(step)).map(move |i| {
            let o = off + i * step;
            (o, step.min(off + len - o), data)
        })
    });
    enum Pending<'i> {
        Read(Completion<'i, Vec<u8>>, u64, usize),
        Zero(u64, u64),
    }
    let mut queue: VecDeque<Pending<'_>> = VecDeque::new();
    let mut in_flight = 0usize;
    let mut spare: Vec<Vec<u8>> = vec![];
    loop {
        while in_flight < io.queue_depth {
            let Some((o, l, data)) = plan.next() else { break };
            if data {
                let buf = spare.pop().unwrap_or_else(|| take_buffer(io.piece));
                queue.push_back(Pending::Read(src.aio_read(o, buf, l as usize)?, o, l as usize));
                in_flight += 1;
            } else {
                queue.push_back(Pending::Zero(o, l));
            }
        }
        let Some(front) = queue.pop_front() else { break };
        // On a signal, dropping the queue waits for the reads in flight (Completion's Drop).
        signals::check()?;
        match front {
            Pending::Zero(o, l) => {
                stats.zero_bytes += l;
                pb.inc(l);
                sink(Piece::Zero { offset: o, len: l })?;
            }
            Pending::Read(c, o, l) => {
                in_flight -= 1;
                let buf = match c.wait(io.deadline()) {
                    Ok((buf, ret)) if ret as usize == l => buf,
                    Ok((_, ret)) if ret < 0 => {
                        return Err(errno_error(-(ret as i32), format!("reading {} at offset {o}", src.spec())));
                    }
                    Ok((_, ret)) => {
                        return Err(Error::Protocol {
                            what: format!("short read of {} at offset {o} ({ret} of {l} bytes)", src.spec()),
                        });
                    }
                    Err(stuck) => {
                        stuck.abandon();
                        for p in queue.drain(..) {
                            if let Pending::Read(c, ..) = p {
                                c.abandon();
                            }
                        }
                        return Err(io.timeout(format!("reading {}", src.spec())));
                    }
                };
                pb.inc(l as u64);
                let runs = zero_runs(o, &buf[..l]);
                if let [(_, _, true)] = runs[..] {
                    stats.data_bytes += l as u64;
                    let mut buf = buf;
                    buf.truncate(l);
                    sink(Piece::Data { offset: o, buf })?;
                    continue;
                }
                for (start, end, data) in runs {
                    let (at, n) = (o + start as u64, (end - start) as u64);
                    if data {
                        stats.data_bytes += n;
                        sink(Piece::Data { offset: at, buf: buf[start..end].to_vec() })?;
                    } else {
                        stats.zero_bytes += n;
                        sink(Piece::Zero { offset: at, len: n })?;
                    }
                }
                spare.push(buf);
            }
        }
    }
    Ok(stats)
}

/// A sink that writes pieces into an image: data with pipelined AIO writes, zeros with
/// pipelined AIO `write_zeroes`. [`ImageSink::finish`] waits for every write and flushes.
pub(crate) struct ImageSink<'i> {
    img: &'i Image<'i>,
    io: Io,
    pending: VecDeque<(Completion<'i, Vec<u8>>, u64)>,
    /// The image reads as zeros wherever it is not written (just created, or empty):
    /// zero pieces are skipped.
    onto_zeros: bool,
}

impl<'i> ImageSink<'i> {
    pub fn new(img: &'i Image<'i>, io: Io) -> Self {
        ImageSink { img, io, pending: VecDeque::new(), onto_zeros: false }
    }

    /// A sink into an image that reads as zeros where it is not written (a new image, or
    /// one without data): zero pieces cost nothing.
    pub fn onto_zeros(img: &'i Image<'i>, io: Io) -> Self {
        ImageSink { img, io, pending: VecDeque::new(), onto_zeros: true }
    }

    pub fn put(&mut self, piece: Piece) -> Result<()> {
        match piece {
            Piece::Data { offset, buf } => {
                let len = buf.len();
                let c = self.img.aio_write(offset, buf, len)?;
                self.pending.push_back((c, offset));
                while self.pending.len() > self.io.queue_depth {
                    self.reap_one()?;
                }
                Ok(())
            }
            Piece::Zero { .. } if self.onto_zeros => Ok(()),
            Piece::Zero { offset, len } => {
                let mut done = 0;
                while done < len {
                    let n = (len - done).min(1 << 30);
                    let c = self.img.aio_write_zeroes(offset + done, n, Vec::new())?;
                    self.pending.push_back((c, offset + done));
                    while self.pending.len() > self.io.queue_depth {
                        self.reap_one()?;
                    }
                    done += n;
                }
                Ok(())
            }
        }
    }

    fn reap_one(&mut self) -> Result<()> {
        let Some((c, offset)) = self.pending.pop_front() else { return Ok(()) };
        match c.wait(self.io.deadline()) {
            Ok((buf, ret)) if ret >= 0 => {
                give_buffer(buf);
                Ok(())
            }
            Ok((_, ret)) => Err(errno_error(-(ret as i32), format!("writing {} at offset {offset}", self.img.spec()))),
            Err(stuck) => {
                stuck.abandon();
                for (c, _) in self.pending.drain(..) {
                    c.abandon();
                }
                Err(self.io.timeout(format!("writing {}", self.img.spec())))
            }
        }
    }

    pub fn finish(mut self) -> Result<()> {
        while !self.pending.is_empty() {
            self.reap_one()?;
        }
        self.img.flush()
    }
}

impl Drop for ImageSink<'_> {
    fn drop(&mut self) {
        // On an early return, wait for what is in flight (Completion's Drop does) so no
        // write lands after the caller has started cleaning up.
        self.pending.clear();
    }
}

/// A sink that reads the same range back from an image (pipelined AIO, like the writes)
/// and checks it against each piece: data byte for byte, zeros as zeros. The first
/// difference is a [`Error::ChecksumMismatch`] naming the offset, with the sha256 of what
/// was expected and of what was read.
/// A read in flight, its offset and length, and the expected bytes (`None`: zeros).
type PendingCompare<'i> = (Completion<'i, Vec<u8>>, u64, usize, Option<Vec<u8>>);

pub(crate) struct CompareSink<'i> {
    img: &'i Image<'i>,
    io: Io,
    pending: VecDeque<PendingCompare<'i>>,
    spare: Vec<Vec<u8>>,
}

impl<'i> CompareSink<'i> {
    pub fn new(img: &'i Image<'i>, io: Io) -> Self {
        CompareSink { img, io, pending: VecDeque::new(), spare: vec![] }
    }

    pub fn put(&mut self, piece: Piece) -> Result<()> {
        match piece {
            Piece::Data { offset, buf } => self.read(offset, buf.len(), Some(buf)),
            Piece::Zero { offset, len } => {
                let mut at = 0;
                while at < len {
                    let n = (len - at).min(self.io.piece as u64);
                    self.read(offset + at, n as usize, None)?;
                    at += n;
                }
                Ok(())
            }
        }
    }

    fn read(&mut self, offset: u64, len: usize, expect: Option<Vec<u8>>) -> Result<()> {
        let buf = self.spare.pop().unwrap_or_else(|| vec![0u8; self.io.piece]);
        let c = self.img.aio_read(offset, buf, len)?;
        self.pending.push_back((c, offset, len, expect));
        while self.pending.len() > self.io.queue_depth {
            self.reap_one()?;
        }
        Ok(())
    }

    fn reap_one(&mut self) -> Result<()> {
        let Some((c, offset, len, expect)) = self.pending.pop_front() else { return Ok(()) };
        let got = match c.wait(self.io.deadline()) {
            Ok((buf, ret)) if ret as usize == len => buf,
            Ok((_, ret)) if ret < 0 => {
                return Err(errno_error(-(ret as i32), format!("reading {} back at offset {offset}", self.img.spec())));
            }
            Ok((_, ret)) => {
                return Err(Error::Protocol {
                    what: format!("short read of {} at offset {offset} ({ret} of {len} bytes)", self.img.spec()),
                });
            }
            Err(stuck) => {
                stuck.abandon();
                for (c, ..) in self.pending.drain(..) {
                    c.abandon();
                }
                return Err(self.io.timeout(format!("reading {} back", self.img.spec())));
            }
        };
        let same = match &expect {
            Some(want) => got[..len] == want[..],
            None => is_zero(&got[..len]),
        };
        if !same {
            let hex = |b: &[u8]| openssl::sha::sha256(b).iter().map(|x| format!("{x:02x}")).collect::<String>();
            let zeros;
            let want: &[u8] = match &expect {
                Some(w) => w,
                None => {
                    zeros = vec![0u8; len];
                    &zeros
                }
            };
            let first = got[..len].iter().zip(want).position(|(a, b)| a != b).unwrap_or(0) as u64;
            return Err(Error::ChecksumMismatch {
                what: format!("{} at offset {} (in the {len} bytes from {offset})", self.img.spec(), offset + first),
                algo: "sha256".into(),
                expected: hex(want),
                actual: hex(&got[..len]),
            });
        }
        self.spare.push(got);
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        while !self.pending.is_empty() {
            self.reap_one()?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// export-diff / import-diff
// ---------------------------------------------------------------------------------------

/// The report of `volume export-diff` and `volume import-diff`.
#[derive(Debug, Serialize)]
pub struct DiffReport {
    pub pool: String,
    pub volume: String,
    pub action: &'static str,
    /// "-" for stdout/stdin.
    pub file: String,
    pub from_snap: Option<String>,
    pub to_snap: Option<String>,
    /// The image size the stream carries.
    pub size: u64,
    /// Bytes of `'w'` records, and of `'z'` records.
    pub data_bytes: u64,
    pub zero_bytes: u64,
    /// Length of the whole stream.
    pub stream_bytes: u64,
    pub elapsed_s: f64,
    pub changed: bool,
}

impl Report for DiffReport {
    fn text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let range = match (&self.from_snap, &self.to_snap) {
            (Some(f), Some(t)) => format!("{f}..{t}"),
            (None, Some(t)) => format!("..{t}"),
            (Some(f), None) => format!("{f}..HEAD"),
            (None, None) => "..HEAD".into(),
        };
        let verb = if self.action == "export-diff" { "exported" } else { "imported" };
        writeln!(
            out,
            "{verb} {} ({range}) {} {}: {} data bytes, {} zeroed, stream {} bytes, {:.2} s",
            format_args!("{}/{}", self.pool, self.volume),
            if self.action == "export-diff" { "to" } else { "from" },
            self.file,
            self.data_bytes,
            self.zero_bytes,
            self.stream_bytes,
            self.elapsed_s
        )
    }
}

fn diff_err(e: DiffError, what: &str) -> Error {
    match e {
        DiffError::Io { source, .. } => Error::io(what.to_string(), source),
        e => Error::invalid(format!("{what}: {e} (not an rbd diff stream rbdctl or rbd can apply)")),
    }
}

/// `rbd export-diff [--from-snap S] VOL@SNAP FILE|-`.
pub fn export_diff(
    v: &Volumes<'_>,
    name: &str,
    snap: &str,
    from_snap: Option<&str>,
    output: Option<PathBuf>,
) -> Result<DiffReport> {
    let started = Instant::now();
    let img = v.pool.open_read_only(name, Some(snap)).map_err(|e| match e {
        Error::NotFound { .. } => Error::not_found(
            format!("snapshot {}@{snap}", v.spec(name)),
            Some("list them with: rbdctl volume snapshot ls".to_string()),
        ),
        e => e,
    })?;
    if let Some(f) = from_snap
        && !img.snap_exists(f)?
    {
        return Err(Error::not_found(format!("snapshot {}@{f} (--from-snap)", v.spec(name)), None));
    }
    let size = img.size()?;
    let extents = changed_extents(&img, from_snap, size)?;
    let total: u64 = extents.iter().map(|e| e.1).sum();
    let Output { sink, removable } = open_output(output.as_deref())?;
    let file_name = output.as_ref().map_or("-".into(), |p| p.display().to_string());
    let w: Box<dyn Write> = match sink {
        Sink::File(f) => Box::new(f),
        Sink::Stream(s) => s,
    };
    let header = DiffHeader { from_snap: from_snap.map(String::from), to_snap: Some(snap.to_string()), size };
    let io = Io::new(v);
    let work = |pb: &ProgressBar| -> Result<(WalkStats, u64)> {
        let mut dw =
            DiffWriter::new(BufWriter::with_capacity(1 << 20, w), &header).map_err(|e| diff_err(e, &file_name))?;
        let stats = walk(&img, &extents, &io, pb, &mut |p| {
            match p {
                Piece::Data { offset, buf } => dw.write_data(offset, &buf),
                Piece::Zero { offset, len } => dw.write_zero(offset, len),
            }
            .map_err(|e| diff_err(e, &file_name))
        })?;
        let n = dw.bytes_written() + 1;
        dw.finish().map_err(|e| diff_err(e, &file_name))?;
        Ok((stats, n))
    };
    let (stats, stream_bytes) =
        transfer::job(&v.printer, Some(total), &format!("export-diff {name}@{snap}"), work, || {
            Output::discard(&removable)
        })?;
    Ok(DiffReport {
        pool: v.pool.name().to_string(),
        volume: name.to_string(),
        action: "export-diff",
        file: file_name,
        from_snap: from_snap.map(String::from),
        to_snap: Some(snap.to_string()),
        size,
        data_bytes: stats.data_bytes,
        zero_bytes: stats.zero_bytes,
        stream_bytes,
        elapsed_s: started.elapsed().as_secs_f64(),
        changed: removable.is_some() || output.is_none(),
    })
}

/// Stdin copied to an unlinked file, so it can be validated before anything is applied.
fn stage(mut r: impl Read) -> Result<File> {
    let dir = std::env::temp_dir();
    let path = dir.join(format!("rbdctl-import-diff.{}.{}", std::process::id(), uuid::Uuid::new_v4().simple()));
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| Error::io(format!("staging stdin in {} (set TMPDIR elsewhere?)", dir.display()), e))?;
    let _ = std::fs::remove_file(&path);
    std::io::copy(&mut r, &mut f).map_err(|e| Error::io(format!("staging stdin in {}", dir.display()), e))?;
    f.seek(SeekFrom::Start(0)).map_err(|e| Error::io("staged stdin", e))?;
    Ok(f)
}

/// `rbd import-diff FILE|- VOL`: validate the whole stream, check its snapshots against
/// the volume as rbd does (`'f'` must exist, `'t'` must not), then resize to `'s'`, apply
/// the records, and create the `'t'` snapshot.
pub fn import_diff(v: &Volumes<'_>, source: Source, name: &str) -> Result<DiffReport> {
    let started = Instant::now();
    let file_name = match &source {
        Source::Stdin => "-".to_string(),
        Source::File { path, .. } => path.display().to_string(),
    };
    let mut file = match source {
        Source::Stdin => stage(std::io::stdin().lock())?,
        Source::File { file, .. } => file,
    };
    let summary = validate(BufReader::with_capacity(1 << 20, &mut file)).map_err(|e| diff_err(e, &file_name))?;
    file.seek(SeekFrom::Start(0)).map_err(|e| Error::io(file_name.clone(), e))?;
    let img = v.open(name)?;
    let h = &summary.header;
    if let Some(f) = &h.from_snap
        && !img.snap_exists(f)?
    {
        return Err(Error::not_found(
            format!("snapshot {}@{f}, the start of the diff in {file_name}", v.spec(name)),
            Some("a diff applies only on top of the snapshot it starts from".to_string()),
        ));
    }
    if let Some(t) = &h.to_snap
        && img.snap_exists(t)?
    {
        return Err(Error::AlreadyExists {
            what: format!("snapshot {}@{t}, the end of the diff in {file_name}", v.spec(name)),
            hint: Some("this diff was applied already".into()),
        });
    }
    let old_size = img.size()?;
    let io = Io::new(v);
    let total = summary.data_bytes + summary.zero_bytes;
    let work = |pb: &ProgressBar| -> Result<()> {
        if old_size != h.size {
            img.resize(h.size)?;
        }
        let mut reader =
            DiffReader::new(BufReader::with_capacity(1 << 20, &mut file)).map_err(|e| diff_err(e, &file_name))?;
        let mut sink = ImageSink::new(&img, io);
        while let Some(rec) = reader.next_record().map_err(|e| diff_err(e, &file_name))? {
            signals::check()?;
            match rec {
                Record::Data { offset, data } => {
                    pb.inc(data.len() as u64);
                    sink.put(Piece::Data { offset, buf: data.to_vec() })?
                }
                Record::Zero { offset, len } => {
                    pb.inc(len);
                    sink.put(Piece::Zero { offset, len })?
                }
            }
        }
        sink.finish()?;
        if let Some(t) = &h.to_snap {
            img.snap_create(t)?;
        }
        Ok(())
    };
    // A failure part-way leaves the volume's head partly written (as rbd import-diff
    // does), but never the end snapshot: a retry applies the same stream again.
    transfer::job(&v.printer, Some(total), &format!("import-diff into {name}"), work, || {})?;
    Ok(DiffReport {
        pool: v.pool.name().to_string(),
        volume: name.to_string(),
        action: "import-diff",
        file: file_name,
        from_snap: h.from_snap.clone(),
        to_snap: h.to_snap.clone(),
        size: h.size,
        data_bytes: summary.data_bytes,
        zero_bytes: summary.zero_bytes,
        stream_bytes: summary.stream_len,
        elapsed_s: started.elapsed().as_secs_f64(),
        changed: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_runs_cut_at_aligned_blocks_and_merge_neighbours() {
        let b = ZERO_BLOCK as usize;
        let mut data = vec![0u8; 4 * b];
        data[b + 10] = 1; // block 1 has data
        data[3 * b] = 7; // block 3 too
        assert_eq!(zero_runs(0, &data), [(0, b, false), (b, 2 * b, true), (2 * b, 3 * b, false), (3 * b, 4 * b, true)]);
        // Unaligned start: the first run ends at the image's block boundary.
        let off = ZERO_BLOCK - 100;
        let mut d = vec![0u8; 100 + b + 50];
        d[100 + b + 10] = 1;
        assert_eq!(zero_runs(off, &d), [(0, 100 + b, false), (100 + b, 100 + b + 50, true)]);
        // All data stays one run; all zeros one run; empty nothing.
        assert_eq!(zero_runs(0, &vec![1u8; 3 * b]), [(0, 3 * b, true)]);
        assert_eq!(zero_runs(5, &vec![0u8; 3 * b]), [(0, 3 * b, false)]);
        assert!(zero_runs(0, &[]).is_empty());
    }
}

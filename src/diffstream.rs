//! The `rbd diff` stream format: what `rbd export-diff` writes and `rbd import-diff` reads
//! (`doc/dev/rbd-diff.rst` in Ceph), matched against Pacific (16.2) `src/tools/rbd/action/`
//! `Export.cc` and `Import.cc`. This module owns encoding and decoding only: [`DiffWriter`]
//! writes v1 streams, [`DiffReader`] reads v1 and v2 streams, [`validate`] reads a whole stream
//! without applying it. It must not touch a cluster, a file system path or the rest of rbdctl
//! (no `crate::` imports), so it can be fuzzed and reused by the image, volume and backup code.
//!
//! Input is treated as hostile: a record's claimed length is never allocated up front; `'w'`
//! payloads come back as [`Record::Data`] pieces of at most [`MAX_PIECE`] bytes and the buffer
//! grows only as bytes actually arrive. Every format check that rbd makes is made here, plus
//! stricter ones (listed on [`DiffError`]), so a v1 stream we accept is one `rbd import-diff`
//! can parse; it still checks the snapshots against the image (`'f'` must exist, `'t'` not).
//!
//! Validation happens as the reader goes: a caller that applies records while reading has
//! already written the pieces before a later error. To refuse a malformed stream before
//! writing anything, run [`validate`] over it first; that needs a second pass, so for a pipe
//! the caller must either stage the stream (to a file) or accept that validation happens as
//! it applies.

use std::io::{self, BufReader, Read, Write};

/// First bytes of a v1 stream (`RBD_DIFF_BANNER` in `Utils.h`).
pub const BANNER_V1: &[u8; 12] = b"rbd diff v1\n";
/// First bytes of a v2 stream (`RBD_DIFF_BANNER_V2`); Pacific writes v2 only inside
/// `rbd export --export-format 2`, never from `rbd export-diff`.
pub const BANNER_V2: &[u8; 12] = b"rbd diff v2\n";
/// Longest snapshot name accepted: `Import.cc` reads names with `read_string(fd, 4096, ..)`.
pub const MAX_NAME_LEN: u32 = 4096;
/// Largest [`Record::Data`] piece, and so the largest buffer a reader holds.
pub const MAX_PIECE: usize = 4 << 20;

const TAG_FROM_SNAP: u8 = b'f';
const TAG_TO_SNAP: u8 = b't';
const TAG_SIZE: u8 = b's';
const TAG_PROTECTED: u8 = b'p';
const TAG_WRITE: u8 = b'w';
const TAG_ZERO: u8 = b'z';
const TAG_END: u8 = b'e';

/// Which banner a stream starts with. v2 puts a le64 payload length after every tag but `'e'`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffFormat {
    V1,
    V2,
}

/// The metadata records before the first data record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiffHeader {
    /// `'f'`: the snapshot the diff starts from; `None` for a diff from the image's creation.
    pub from_snap: Option<String>,
    /// `'t'`: the snapshot the diff ends at; `None` when exported from the image head.
    /// `rbd import-diff` creates this snapshot after applying the data.
    pub to_snap: Option<String>,
    /// `'s'`: the image size at the end snapshot; the importer resizes the image to it.
    pub size: u64,
}

/// One data record. A `'w'` record longer than [`MAX_PIECE`] comes back as several `Data`
/// pieces with consecutive offsets; applying them in order is the same as applying the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record<'a> {
    Data { offset: u64, data: &'a [u8] },
    Zero { offset: u64, len: u64 },
}

/// What [`validate`] found in a complete, well-formed stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffSummary {
    pub format: DiffFormat,
    pub header: DiffHeader,
    /// `'p'` (v2 only in practice): whether the end snapshot was protected.
    pub snap_protected: Option<bool>,
    /// `'w'` records (not pieces) and the bytes they carry.
    pub data_records: u64,
    pub data_bytes: u64,
    /// `'z'` records and the bytes they zero.
    pub zero_records: u64,
    pub zero_bytes: u64,
    /// v2 records with tags this reader does not know, skipped by their length as rbd does.
    pub skipped_records: u64,
    /// Length of the whole stream, banner to `'e'` inclusive.
    pub stream_len: u64,
}

/// Why a stream was refused. `at` is always a byte offset from the start of the stream: the
/// offset of the offending record's tag, or of the banner.
///
/// Stricter than Pacific's `rbd import-diff`, which: skips an unknown v1 tag as a one-byte
/// record; ignores the v2 length of known tags (we check it, but accept 1 or 8 for `'p'`);
/// accepts `'s'` anywhere or never, repeated header records, header records after data, data
/// before `'s'`, empty, NUL-containing and non-UTF-8 names, and extents past the image size
/// (librbd refuses those later, after earlier records were applied); stops reading at `'e'`
/// (only [`validate`] and [`DiffReader::expect_eof`] refuse trailing bytes).
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    #[error("rbd diff: I/O error at byte {at}: {source}")]
    Io { at: u64, source: io::Error },
    #[error("rbd diff: bad banner {found:?} at byte 0 (want \"rbd diff v1\\n\" or \"rbd diff v2\\n\")")]
    BadBanner { found: String },
    #[error("rbd diff: truncated {what} in the record at byte {at}: stream ends at byte {eof_at}")]
    Truncated { what: &'static str, at: u64, eof_at: u64 },
    #[error("rbd diff: stream ends at byte {at} without the end record 'e'")]
    MissingEnd { at: u64 },
    #[error("rbd diff: unknown tag {} at byte {at}", show_tag(*.tag))]
    UnknownTag { tag: u8, at: u64 },
    #[error("rbd diff: record {} at byte {at} claims {claimed} payload bytes, its content needs {expected}", show_tag(*.tag))]
    BadLength { tag: u8, at: u64, claimed: u64, expected: u64 },
    #[error("rbd diff: snapshot name at byte {at} is {len} bytes long (at most {MAX_NAME_LEN})")]
    NameTooLong { at: u64, len: u64 },
    #[error("rbd diff: snapshot name at byte {at} {reason}")]
    BadName { at: u64, reason: &'static str },
    #[error("rbd diff: second {} record at byte {at}", show_tag(*.tag))]
    DuplicateHeader { tag: u8, at: u64 },
    #[error("rbd diff: header record {} at byte {at} comes after the first data record", show_tag(*.tag))]
    HeaderAfterData { tag: u8, at: u64 },
    #[error("rbd diff: record {} at byte {at} comes before the image size record 's'", show_tag(*.tag))]
    MissingSize { tag: u8, at: u64 },
    #[error("rbd diff: extent at byte {at} (offset {offset}, length {len}) runs past the end of u64")]
    ExtentOverflow { at: u64, offset: u64, len: u64 },
    #[error("rbd diff: extent at byte {at} (offset {offset}, length {len}) ends past the image size {size}")]
    ExtentBeyondSize { at: u64, offset: u64, len: u64, size: u64 },
    #[error("rbd diff: trailing bytes at byte {at}, after the end record 'e'")]
    TrailingBytes { at: u64 },
    #[error("rbd diff: the stream was already refused; nothing more is read after byte {at}")]
    AlreadyFailed { at: u64 },
}

impl DiffError {
    /// The byte offset the error names (0 for a bad banner).
    pub fn offset(&self) -> u64 {
        match self {
            DiffError::BadBanner { .. } => 0,
            DiffError::Io { at, .. }
            | DiffError::Truncated { at, .. }
            | DiffError::MissingEnd { at }
            | DiffError::UnknownTag { at, .. }
            | DiffError::BadLength { at, .. }
            | DiffError::NameTooLong { at, .. }
            | DiffError::BadName { at, .. }
            | DiffError::DuplicateHeader { at, .. }
            | DiffError::HeaderAfterData { at, .. }
            | DiffError::MissingSize { at, .. }
            | DiffError::ExtentOverflow { at, .. }
            | DiffError::ExtentBeyondSize { at, .. }
            | DiffError::TrailingBytes { at }
            | DiffError::AlreadyFailed { at } => *at,
        }
    }
}

/// A tag for a one-line message: printable ASCII quoted, anything else in hex.
fn show_tag(tag: u8) -> String {
    if tag.is_ascii_graphic() { format!("'{}'", tag as char) } else { format!("0x{tag:02x}") }
}

/// Checks a snapshot name as both sides need it. rbd keeps names as `std::string` but hands
/// them to librbd through `c_str()`, so a NUL would silently name another snapshot; non-UTF-8
/// is refused because rbdctl's API (and every name rbdctl creates) is `&str`, and a lossy
/// conversion would also name another snapshot. rbd never writes an empty name (no `'f'`/`'t'`
/// record instead), and an empty `'t'` would make import-diff skip the snapshot silently.
fn check_name(bytes: &[u8], at: u64) -> Result<&str, DiffError> {
    if bytes.is_empty() {
        return Err(DiffError::BadName { at, reason: "is empty" });
    }
    if bytes.len() as u64 > u64::from(MAX_NAME_LEN) {
        return Err(DiffError::NameTooLong { at, len: bytes.len() as u64 });
    }
    if bytes.contains(&0) {
        return Err(DiffError::BadName { at, reason: "contains a NUL byte" });
    }
    std::str::from_utf8(bytes).map_err(|_| DiffError::BadName { at, reason: "is not UTF-8" })
}

/// Checks an extent against the image size; shared by writer and reader so both refuse the same.
fn check_extent(at: u64, offset: u64, len: u64, size: u64) -> Result<(), DiffError> {
    let end = offset.checked_add(len).ok_or(DiffError::ExtentOverflow { at, offset, len })?;
    if end > size {
        return Err(DiffError::ExtentBeyondSize { at, offset, len, size });
    }
    Ok(())
}

/// Writes a v1 stream, the only format `rbd import-diff` reads, in the order `rbd export-diff`
/// writes it: banner, `'f'`, `'t'`, `'s'`, data records, `'e'`. Extents are checked against
/// the header's size so a stream we write is one we (and rbd) accept. Wrap a file in a
/// `BufWriter`: records are written in several small `write_all` calls.
pub struct DiffWriter<W: Write> {
    w: W,
    size: u64,
    pos: u64,
}

impl<W: Write> DiffWriter<W> {
    /// Writes the banner and the header records.
    pub fn new(w: W, header: &DiffHeader) -> Result<Self, DiffError> {
        let mut me = DiffWriter { w, size: header.size, pos: 0 };
        let mut head = BANNER_V1.to_vec();
        for (tag, name) in [(TAG_FROM_SNAP, &header.from_snap), (TAG_TO_SNAP, &header.to_snap)] {
            if let Some(name) = name {
                check_name(name.as_bytes(), head.len() as u64)?;
                head.push(tag);
                head.extend_from_slice(&(name.len() as u32).to_le_bytes());
                head.extend_from_slice(name.as_bytes());
            }
        }
        head.push(TAG_SIZE);
        head.extend_from_slice(&header.size.to_le_bytes());
        me.put(&head)?;
        Ok(me)
    }

    /// Writes one `'w'` record carrying `data` at `offset`.
    pub fn write_data(&mut self, offset: u64, data: &[u8]) -> Result<(), DiffError> {
        self.extent(TAG_WRITE, offset, data.len() as u64)?;
        self.put(data)
    }

    /// Writes one `'w'` record of `len` bytes copied from `src`, for extents too large to hold
    /// in memory. If `src` ends early the stream is left incomplete (and the error says so);
    /// the caller must discard it.
    pub fn write_data_from<R: Read>(&mut self, offset: u64, len: u64, src: R) -> Result<(), DiffError> {
        let at = self.pos;
        self.extent(TAG_WRITE, offset, len)?;
        let copied = io::copy(&mut src.take(len), &mut self.w).map_err(|source| DiffError::Io { at, source })?;
        self.pos += copied;
        if copied < len {
            return Err(DiffError::Truncated { what: "write data (source ended early)", at, eof_at: self.pos });
        }
        Ok(())
    }

    /// Writes one `'z'` record: `len` bytes at `offset` read as zeros after import.
    pub fn write_zero(&mut self, offset: u64, len: u64) -> Result<(), DiffError> {
        self.extent(TAG_ZERO, offset, len)
    }

    /// Bytes written so far, banner included.
    pub fn bytes_written(&self) -> u64 {
        self.pos
    }

    /// Writes `'e'`, flushes, and hands back the writer.
    pub fn finish(mut self) -> Result<W, DiffError> {
        self.put(&[TAG_END])?;
        let at = self.pos;
        self.w.flush().map_err(|source| DiffError::Io { at, source })?;
        Ok(self.w)
    }

    fn extent(&mut self, tag: u8, offset: u64, len: u64) -> Result<(), DiffError> {
        check_extent(self.pos, offset, len, self.size)?;
        let mut rec = [0u8; 17];
        rec[0] = tag;
        rec[1..9].copy_from_slice(&offset.to_le_bytes());
        rec[9..17].copy_from_slice(&len.to_le_bytes());
        self.put(&rec)
    }

    fn put(&mut self, bytes: &[u8]) -> Result<(), DiffError> {
        let at = self.pos;
        self.w.write_all(bytes).map_err(|source| DiffError::Io { at, source })?;
        self.pos += bytes.len() as u64;
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Between records.
    Records,
    /// Inside a `'w'` record: `remaining` payload bytes go to `offset` next.
    Data {
        offset: u64,
        remaining: u64,
    },
    /// A `'z'` record read while looking for the end of the header, not yet returned.
    PendingZero {
        offset: u64,
        len: u64,
    },
    Ended,
    Failed,
}

/// Reads a v1 or v2 stream record by record. Give it a buffered reader (`BufReader` over a
/// file): tags and fields are read a few bytes at a time. It reads nothing past `'e'`, so in a
/// `rbd export --export-format 2` file the next diff starts where this one ended (pass
/// `&mut reader` and build a new `DiffReader` for each).
pub struct DiffReader<R: Read> {
    r: R,
    pos: u64,
    format: DiffFormat,
    header: DiffHeader,
    snap_protected: Option<bool>,
    state: State,
    saw_size: bool,
    /// Offset of the tag of the `'w'` record being read, for errors about its payload.
    record_at: u64,
    buf: Vec<u8>,
    skipped: u64,
    data_records: u64,
    data_bytes: u64,
    zero_records: u64,
    zero_bytes: u64,
}

/// What [`DiffReader::advance`] produced; the `Data` bytes are in `buf`.
enum Step {
    Data { offset: u64 },
    Zero { offset: u64, len: u64 },
}

impl<R: Read> DiffReader<R> {
    /// Reads the banner and the header records, up to the first data record or `'e'`.
    pub fn new(r: R) -> Result<Self, DiffError> {
        let mut me = DiffReader {
            r,
            pos: 0,
            format: DiffFormat::V1,
            header: DiffHeader::default(),
            snap_protected: None,
            state: State::Records,
            saw_size: false,
            record_at: 0,
            buf: Vec::new(),
            skipped: 0,
            data_records: 0,
            data_bytes: 0,
            zero_records: 0,
            zero_bytes: 0,
        };
        let mut banner = [0u8; 12];
        let got = me.fill(&mut banner)?;
        me.format = match &banner {
            _ if got < banner.len() => None,
            b if b == BANNER_V1 => Some(DiffFormat::V1),
            b if b == BANNER_V2 => Some(DiffFormat::V2),
            _ => None,
        }
        .ok_or_else(|| DiffError::BadBanner { found: String::from_utf8_lossy(&banner[..got]).into_owned() })?;
        me.read_header()?;
        Ok(me)
    }

    pub fn format(&self) -> DiffFormat {
        self.format
    }

    pub fn header(&self) -> &DiffHeader {
        &self.header
    }

    /// The `'p'` record, if any: whether the end snapshot was protected when exported.
    pub fn snap_protected(&self) -> Option<bool> {
        self.snap_protected
    }

    /// v2 records with unknown tags skipped so far.
    pub fn skipped_records(&self) -> u64 {
        self.skipped
    }

    /// Bytes consumed so far, banner included.
    pub fn position(&self) -> u64 {
        self.pos
    }

    /// The next data record or piece of one, or `None` after `'e'`. After an error every call
    /// fails: the stream position is no longer at a record boundary.
    pub fn next_record(&mut self) -> Result<Option<Record<'_>>, DiffError> {
        let result = self.advance();
        if result.is_err() {
            self.state = State::Failed;
        }
        match result? {
            None => Ok(None),
            Some(Step::Zero { offset, len }) => Ok(Some(Record::Zero { offset, len })),
            Some(Step::Data { offset }) => Ok(Some(Record::Data { offset, data: &self.buf })),
        }
    }

    /// Reads and discards any records left, then fails unless the stream ends right after
    /// `'e'`. `rbd import-diff` never looks past `'e'`; [`validate`] calls this to be stricter,
    /// so junk appended to a file is noticed. Not for a diff inside an export-format-2 file,
    /// where the next diff follows.
    pub fn expect_eof(&mut self) -> Result<(), DiffError> {
        while self.next_record()?.is_some() {}
        let at = self.pos;
        let mut one = [0u8; 1];
        match self.fill(&mut one)? {
            0 => Ok(()),
            _ => Err(DiffError::TrailingBytes { at }),
        }
    }

    /// The inner reader, positioned just after what was read.
    pub fn into_inner(self) -> R {
        self.r
    }

    fn read_header(&mut self) -> Result<(), DiffError> {
        loop {
            let at = self.pos;
            let Some(tag) = self.read_tag()? else {
                return Err(DiffError::MissingEnd { at });
            };
            let claimed = self.read_claimed_len(tag, at)?;
            match tag {
                TAG_FROM_SNAP | TAG_TO_SNAP => {
                    let name = self.read_name(tag, at, claimed)?;
                    let slot = if tag == TAG_FROM_SNAP { &mut self.header.from_snap } else { &mut self.header.to_snap };
                    if slot.is_some() {
                        return Err(DiffError::DuplicateHeader { tag, at });
                    }
                    *slot = Some(name);
                }
                TAG_SIZE => {
                    expect_len(tag, at, claimed, 8)?;
                    if self.saw_size {
                        return Err(DiffError::DuplicateHeader { tag, at });
                    }
                    self.header.size = self.read_u64(at, "image size")?;
                    self.saw_size = true;
                }
                TAG_PROTECTED => {
                    // Pacific's exporter writes a length of 8 before the 1-byte flag, and its
                    // importer reads 1 byte whatever the length says; accept both lengths.
                    if let Some(claimed) = claimed.filter(|&c| c != 1 && c != 8) {
                        return Err(DiffError::BadLength { tag, at, claimed, expected: 1 });
                    }
                    if self.snap_protected.is_some() {
                        return Err(DiffError::DuplicateHeader { tag, at });
                    }
                    let mut b = [0u8; 1];
                    self.read_exact(&mut b, at, "protection flag")?;
                    self.snap_protected = Some(b[0] != 0);
                }
                TAG_WRITE | TAG_ZERO | TAG_END => {
                    if !self.saw_size {
                        return Err(DiffError::MissingSize { tag, at });
                    }
                    return self.start_data(tag, at, claimed);
                }
                _ => self.skip_unknown(tag, at, claimed)?,
            }
        }
    }

    fn advance(&mut self) -> Result<Option<Step>, DiffError> {
        loop {
            match self.state {
                State::Failed => return Err(DiffError::AlreadyFailed { at: self.pos }),
                State::Ended => return Ok(None),
                State::PendingZero { offset, len } => {
                    self.state = State::Records;
                    return Ok(Some(Step::Zero { offset, len }));
                }
                State::Data { remaining: 0, .. } => self.state = State::Records,
                State::Data { offset, remaining } => {
                    let n = remaining.min(MAX_PIECE as u64);
                    self.buf.clear();
                    // take + read_to_end grows the buffer as bytes arrive, so a record that
                    // claims 4 MiB in a 100-byte stream costs about 100 bytes, not 4 MiB.
                    let at = self.pos;
                    let got = (&mut self.r)
                        .take(n)
                        .read_to_end(&mut self.buf)
                        .map_err(|source| DiffError::Io { at, source })? as u64;
                    self.pos += got;
                    if got < n {
                        return Err(DiffError::Truncated { what: "write data", at: self.record_at, eof_at: self.pos });
                    }
                    self.state = State::Data { offset: offset + n, remaining: remaining - n };
                    return Ok(Some(Step::Data { offset }));
                }
                State::Records => {
                    let at = self.pos;
                    let Some(tag) = self.read_tag()? else {
                        return Err(DiffError::MissingEnd { at });
                    };
                    let claimed = self.read_claimed_len(tag, at)?;
                    match tag {
                        TAG_FROM_SNAP | TAG_TO_SNAP | TAG_SIZE | TAG_PROTECTED => {
                            return Err(DiffError::HeaderAfterData { tag, at });
                        }
                        TAG_WRITE | TAG_ZERO | TAG_END => self.start_data(tag, at, claimed)?,
                        _ => self.skip_unknown(tag, at, claimed)?,
                    }
                }
            }
        }
    }

    /// Reads the fixed part of a `'w'`/`'z'` record (or takes `'e'`) and sets the state.
    fn start_data(&mut self, tag: u8, at: u64, claimed: Option<u64>) -> Result<(), DiffError> {
        if tag == TAG_END {
            self.state = State::Ended;
            return Ok(());
        }
        let offset = self.read_u64(at, "extent offset")?;
        let len = self.read_u64(at, "extent length")?;
        if let Some(claimed) = claimed {
            // None: 16 + len does not fit a u64, so no claimed length can be right.
            let expected = if tag == TAG_WRITE { len.checked_add(16) } else { Some(16) };
            if expected != Some(claimed) {
                return Err(DiffError::BadLength { tag, at, claimed, expected: expected.unwrap_or(u64::MAX) });
            }
        }
        check_extent(at, offset, len, self.header.size)?;
        if tag == TAG_WRITE {
            self.data_records += 1;
            self.data_bytes += len;
            self.record_at = at;
            self.state = State::Data { offset, remaining: len };
        } else {
            self.zero_records += 1;
            self.zero_bytes += len;
            self.state = State::PendingZero { offset, len };
        }
        Ok(())
    }

    /// v2 says unknown tags are skipped by their length, and Pacific's importer does so; v1
    /// has no length, so an unknown tag there means the stream cannot be followed any further.
    fn skip_unknown(&mut self, tag: u8, at: u64, claimed: Option<u64>) -> Result<(), DiffError> {
        let Some(claimed) = claimed else {
            return Err(DiffError::UnknownTag { tag, at });
        };
        let skipped = io::copy(&mut (&mut self.r).take(claimed), &mut io::sink())
            .map_err(|source| DiffError::Io { at: self.pos, source })?;
        self.pos += skipped;
        if skipped < claimed {
            return Err(DiffError::Truncated { what: "skipped record", at, eof_at: self.pos });
        }
        self.skipped += 1;
        Ok(())
    }

    /// In v2 every tag but `'e'` is followed by a le64 payload length.
    fn read_claimed_len(&mut self, tag: u8, at: u64) -> Result<Option<u64>, DiffError> {
        if self.format == DiffFormat::V2 && tag != TAG_END {
            return Ok(Some(self.read_u64(at, "record length")?));
        }
        Ok(None)
    }

    fn read_name(&mut self, tag: u8, at: u64, claimed: Option<u64>) -> Result<String, DiffError> {
        let mut len = [0u8; 4];
        self.read_exact(&mut len, at, "snapshot name length")?;
        let len = u32::from_le_bytes(len);
        // Checked before reading, so an absurd length never becomes an allocation.
        if len > MAX_NAME_LEN {
            return Err(DiffError::NameTooLong { at, len: u64::from(len) });
        }
        if let Some(claimed) = claimed {
            let expected = 4 + u64::from(len);
            if claimed != expected {
                return Err(DiffError::BadLength { tag, at, claimed, expected });
            }
        }
        let mut name = vec![0u8; len as usize];
        self.read_exact(&mut name, at, "snapshot name")?;
        Ok(check_name(&name, at)?.to_owned())
    }

    fn read_tag(&mut self) -> Result<Option<u8>, DiffError> {
        let mut tag = [0u8; 1];
        Ok(if self.fill(&mut tag)? == 1 { Some(tag[0]) } else { None })
    }

    fn read_u64(&mut self, at: u64, what: &'static str) -> Result<u64, DiffError> {
        let mut b = [0u8; 8];
        self.read_exact(&mut b, at, what)?;
        Ok(u64::from_le_bytes(b))
    }

    fn read_exact(&mut self, buf: &mut [u8], at: u64, what: &'static str) -> Result<(), DiffError> {
        if self.fill(buf)? < buf.len() {
            return Err(DiffError::Truncated { what, at, eof_at: self.pos });
        }
        Ok(())
    }

    /// Reads until `buf` is full or the stream ends; returns how much was read.
    fn fill(&mut self, buf: &mut [u8]) -> Result<usize, DiffError> {
        let mut got = 0;
        while got < buf.len() {
            match self.r.read(&mut buf[got..]) {
                Ok(0) => break,
                Ok(n) => {
                    got += n;
                    self.pos += n as u64;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(source) => return Err(DiffError::Io { at: self.pos, source }),
            }
        }
        Ok(got)
    }
}

/// In v2, a known record's payload length must match its content. Pacific's importer ignores
/// it, but its exporter always writes it right (except for `'p'`, handled by the caller).
fn expect_len(tag: u8, at: u64, claimed: Option<u64>, expected: u64) -> Result<(), DiffError> {
    match claimed {
        Some(claimed) if claimed != expected => Err(DiffError::BadLength { tag, at, claimed, expected }),
        _ => Ok(()),
    }
}

/// Reads a whole stream without applying it, so a caller can refuse a malformed file before
/// writing anything. Stricter than `rbd import-diff` in one more way: bytes after `'e'` are an
/// error (rbd stops reading at `'e'` and ignores them).
pub fn validate<R: Read>(r: R) -> Result<DiffSummary, DiffError> {
    let mut rd = DiffReader::new(BufReader::new(r))?;
    while rd.next_record()?.is_some() {}
    let stream_len = rd.pos;
    rd.expect_eof()?;
    Ok(DiffSummary {
        format: rd.format,
        header: rd.header.clone(),
        snap_protected: rd.snap_protected,
        data_records: rd.data_records,
        data_bytes: rd.data_bytes,
        zero_records: rd.zero_records,
        zero_bytes: rd.zero_bytes,
        skipped_records: rd.skipped,
        stream_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    // Written by Pacific 16.2.15's `rbd`; see tests/fixtures/diff/README.txt.
    const FIX_FULL: &[u8] = include_bytes!("../tests/fixtures/diff/fix-full.diff");
    const FIX_INCR: &[u8] = include_bytes!("../tests/fixtures/diff/fix-incr.diff");
    const FIX_EXPORT_V2: &[u8] = include_bytes!("../tests/fixtures/diff/fix-export-v2.img");
    // sha256 of `rbd export rbd/<img>@s1 -` and `@s2`, recorded by make-fixtures.py.
    const SHA_S1: &str = "cd60742e0eed0ada293c1ca6765a24fd269ccbff0f9b8cd805753795a3b2ba67";
    const SHA_S2: &str = "364db38c035194e4e6696061eeff39d09911a48657e9f13ec48ef2bebb0fc62c";
    const M: u64 = 1 << 20;

    fn sha(bytes: &[u8]) -> String {
        Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Applies one diff to an in-memory image as `rbd import-diff` would: resize, then records.
    fn apply<R: Read>(img: &mut Vec<u8>, rd: &mut DiffReader<R>) {
        img.resize(rd.header().size as usize, 0);
        while let Some(rec) = rd.next_record().unwrap() {
            match rec {
                Record::Data { offset, data } => {
                    assert!(data.len() <= MAX_PIECE);
                    img[offset as usize..offset as usize + data.len()].copy_from_slice(data);
                }
                Record::Zero { offset, len } => img[offset as usize..(offset + len) as usize].fill(0),
            }
        }
    }

    fn err(stream: &[u8]) -> DiffError {
        validate(stream).expect_err("stream should be refused")
    }

    /// A v1 stream by hand: banner + records, little-endian.
    fn v1(records: &[&[u8]]) -> Vec<u8> {
        let mut s = BANNER_V1.to_vec();
        records.iter().for_each(|r| s.extend_from_slice(r));
        s
    }

    fn size_rec(size: u64) -> Vec<u8> {
        [&[b's'][..], &size.to_le_bytes()].concat()
    }

    fn extent(tag: u8, offset: u64, len: u64) -> Vec<u8> {
        [&[tag][..], &offset.to_le_bytes(), &len.to_le_bytes()].concat()
    }

    fn name_rec(tag: u8, name: &[u8]) -> Vec<u8> {
        [&[tag][..], &(name.len() as u32).to_le_bytes(), name].concat()
    }

    #[test]
    fn writer_emits_the_exact_v1_bytes_of_the_spec() {
        let header = DiffHeader { from_snap: Some("a".into()), to_snap: Some("bc".into()), size: 4096 };
        let mut w = DiffWriter::new(Vec::new(), &header).unwrap();
        w.write_data(16, b"hi").unwrap();
        w.write_zero(512, 1024).unwrap();
        let out = w.finish().unwrap();
        let mut want = b"rbd diff v1\n".to_vec();
        want.extend_from_slice(b"f\x01\x00\x00\x00a");
        want.extend_from_slice(b"t\x02\x00\x00\x00bc");
        want.extend_from_slice(b"s\x00\x10\x00\x00\x00\x00\x00\x00");
        want.extend_from_slice(b"w\x10\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00hi");
        want.extend_from_slice(b"z\x00\x02\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00");
        want.push(b'e');
        assert_eq!(out, want);
    }

    #[test]
    fn writer_without_snapshots_writes_only_the_size_like_rbd() {
        let out = DiffWriter::new(Vec::new(), &DiffHeader { size: 7, ..Default::default() }).unwrap().finish().unwrap();
        assert_eq!(out, b"rbd diff v1\ns\x07\x00\x00\x00\x00\x00\x00\x00e");
    }

    #[test]
    fn round_trip_splits_large_writes_into_bounded_pieces() {
        let header = DiffHeader { from_snap: Some("snap-1".into()), to_snap: Some("snap-2".into()), size: 16 * M };
        let big: Vec<u8> = (0..MAX_PIECE + 10).map(|i| (i % 251) as u8 + 1).collect();
        let mut w = DiffWriter::new(Vec::new(), &header).unwrap();
        w.write_data(M, &big).unwrap();
        w.write_zero(10 * M, M).unwrap();
        w.write_data_from(12 * M, 3, &b"xyz..."[..]).unwrap();
        let written = w.bytes_written();
        let out = w.finish().unwrap();
        assert_eq!(out.len() as u64, written + 1);

        let mut rd = DiffReader::new(&out[..]).unwrap();
        assert_eq!(rd.format(), DiffFormat::V1);
        assert_eq!(rd.header(), &header);
        assert_eq!(rd.next_record().unwrap(), Some(Record::Data { offset: M, data: &big[..MAX_PIECE] }));
        assert_eq!(
            rd.next_record().unwrap(),
            Some(Record::Data { offset: M + MAX_PIECE as u64, data: &big[MAX_PIECE..] })
        );
        assert_eq!(rd.next_record().unwrap(), Some(Record::Zero { offset: 10 * M, len: M }));
        assert_eq!(rd.next_record().unwrap(), Some(Record::Data { offset: 12 * M, data: b"xyz" }));
        assert_eq!(rd.next_record().unwrap(), None);
        assert_eq!(rd.next_record().unwrap(), None);
        rd.expect_eof().unwrap();

        // expect_eof reads what is left first: here the zero record and the last piece.
        let mut rd = DiffReader::new(&out[..]).unwrap();
        assert!(rd.next_record().unwrap().is_some());
        rd.expect_eof().unwrap();
        assert_eq!(rd.position(), out.len() as u64);

        let sum = validate(&out[..]).unwrap();
        assert_eq!((sum.data_records, sum.data_bytes), (2, big.len() as u64 + 3));
        assert_eq!((sum.zero_records, sum.zero_bytes), (1, M));
        assert_eq!(sum.stream_len, out.len() as u64);
    }

    #[test]
    fn writer_refuses_what_the_reader_would_refuse() {
        let h = DiffHeader { size: 100, ..Default::default() };
        let mut w = DiffWriter::new(Vec::new(), &h).unwrap();
        assert!(matches!(w.write_data(99, b"ab"), Err(DiffError::ExtentBeyondSize { offset: 99, len: 2, .. })));
        assert!(matches!(w.write_zero(u64::MAX, 2), Err(DiffError::ExtentOverflow { .. })));
        assert!(matches!(w.write_data_from(0, 10, &b"abc"[..]), Err(DiffError::Truncated { .. })));
        for bad in ["", "a\0b"] {
            let h = DiffHeader { to_snap: Some(bad.into()), ..h.clone() };
            assert!(matches!(DiffWriter::new(Vec::new(), &h), Err(DiffError::BadName { .. })), "{bad:?}");
        }
        let h = DiffHeader { from_snap: Some("x".repeat(4097)), ..h };
        assert!(matches!(DiffWriter::new(Vec::new(), &h), Err(DiffError::NameTooLong { len: 4097, .. })));
    }

    #[test]
    fn real_full_and_incremental_diffs_rebuild_rbd_export() {
        let mut img = Vec::new();
        let mut rd = DiffReader::new(FIX_FULL).unwrap();
        assert_eq!(rd.header(), &DiffHeader { from_snap: None, to_snap: Some("s1".into()), size: 8 * M });
        apply(&mut img, &mut rd);
        assert_eq!(sha(&img), SHA_S1);

        let mut rd = DiffReader::new(FIX_INCR).unwrap();
        let want = DiffHeader { from_snap: Some("s1".into()), to_snap: Some("s2".into()), size: 8 * M + 64 * 1024 };
        assert_eq!(rd.header(), &want);
        apply(&mut img, &mut rd);
        assert_eq!(sha(&img), SHA_S2);

        let full = validate(FIX_FULL).unwrap();
        assert_eq!((full.format, full.data_records, full.data_bytes, full.zero_records), (DiffFormat::V1, 4, 25088, 0));
        assert_eq!(full.stream_len, FIX_FULL.len() as u64);
        let incr = validate(FIX_INCR).unwrap();
        assert_eq!((incr.data_records, incr.data_bytes), (2, 3100 + 4096));
        assert_eq!((incr.zero_records, incr.zero_bytes), (2, 4096 + 8192));
        assert_eq!(incr.snap_protected, None);
    }

    #[test]
    fn real_v2_diffs_inside_rbd_export_format_2_rebuild_the_image() {
        // The image header of `rbd export --export-format 2`: banner, tag + le64 length +
        // payload records up to 'E', then the diffs banner and a le64 count of v2 diffs.
        let mut cur = io::Cursor::new(FIX_EXPORT_V2);
        let mut banner = [0u8; 13];
        cur.read_exact(&mut banner).unwrap();
        assert_eq!(&banner, b"rbd image v2\n");
        loop {
            let mut tag = [0u8; 1];
            cur.read_exact(&mut tag).unwrap();
            if tag[0] == b'E' {
                break;
            }
            let mut len = [0u8; 8];
            cur.read_exact(&mut len).unwrap();
            cur.set_position(cur.position() + u64::from_le_bytes(len));
        }
        let mut diffs_banner = [0u8; 19 + 8];
        cur.read_exact(&mut diffs_banner).unwrap();
        assert_eq!(&diffs_banner[..19], b"rbd image diffs v2\n");
        assert_eq!(u64::from_le_bytes(diffs_banner[19..].try_into().unwrap()), 3);

        let snaps = [(None, Some("s1")), (Some("s1"), Some("s2")), (Some("s2"), None)];
        let mut img = Vec::new();
        for (i, (from, to)) in snaps.iter().enumerate() {
            let mut rd = DiffReader::new(&mut cur).unwrap();
            assert_eq!(rd.format(), DiffFormat::V2);
            assert_eq!(rd.header().from_snap.as_deref(), *from);
            assert_eq!(rd.header().to_snap.as_deref(), *to);
            // Pacific writes 'p' (with a length of 8 for a 1-byte flag) only for an end snapshot.
            assert_eq!(rd.snap_protected(), to.map(|_| false));
            apply(&mut img, &mut rd);
            if i == 0 {
                assert_eq!(sha(&img), SHA_S1);
            }
        }
        assert_eq!(sha(&img), SHA_S2, "nothing changed after s2, so head == s2");
        assert_eq!(cur.position(), FIX_EXPORT_V2.len() as u64, "each reader stopped right after its 'e'");
    }

    /// A v2 stream by hand, per Import.cc: every tag but 'e' is followed by a le64 length.
    #[test]
    fn v2_stream_with_protection_and_an_unknown_tag() {
        let mut s = BANNER_V2.to_vec();
        for (tag, payload) in [
            (b'f', [&3u32.to_le_bytes()[..], b"old"].concat()),
            (b't', [&3u32.to_le_bytes()[..], b"new"].concat()),
            (b'p', vec![1]),
            (b's', 8192u64.to_le_bytes().to_vec()),
            (b'X', b"future".to_vec()),
            (b'w', [&100u64.to_le_bytes()[..], &4u64.to_le_bytes(), b"data"].concat()),
            (b'Y', vec![]),
            (b'z', [4096u64.to_le_bytes(), 4096u64.to_le_bytes()].concat()),
        ] {
            s.push(tag);
            s.extend_from_slice(&(payload.len() as u64).to_le_bytes());
            s.extend_from_slice(&payload);
        }
        s.push(b'e');
        let mut rd = DiffReader::new(&s[..]).unwrap();
        assert_eq!(rd.format(), DiffFormat::V2);
        let want = DiffHeader { from_snap: Some("old".into()), to_snap: Some("new".into()), size: 8192 };
        assert_eq!(rd.header(), &want);
        assert_eq!(rd.snap_protected(), Some(true));
        assert_eq!(rd.next_record().unwrap(), Some(Record::Data { offset: 100, data: b"data" }));
        assert_eq!(rd.next_record().unwrap(), Some(Record::Zero { offset: 4096, len: 4096 }));
        assert_eq!(rd.next_record().unwrap(), None);
        let sum = validate(&s[..]).unwrap();
        assert_eq!((sum.skipped_records, sum.snap_protected, sum.stream_len), (2, Some(true), s.len() as u64));

        // A known record whose v2 length disagrees with its content.
        let mut bad = BANNER_V2.to_vec();
        bad.extend_from_slice(&[&[b's'][..], &7u64.to_le_bytes(), &8192u64.to_le_bytes()].concat());
        assert!(matches!(err(&bad), DiffError::BadLength { tag: b's', at: 12, claimed: 7, expected: 8 }));
        // 'e' carries no length in v2: a length there would be read as the next tag.
        let mut end = BANNER_V2.to_vec();
        end.extend_from_slice(&[&[b's'][..], &8u64.to_le_bytes(), &0u64.to_le_bytes(), b"e"].concat());
        assert_eq!(validate(&end[..]).unwrap().stream_len, end.len() as u64);
    }

    #[test]
    fn every_malformation_is_a_typed_error_naming_its_offset() {
        let s0 = size_rec(4096);
        // (stream, is it the right error, offset it must name)
        type Case = (Vec<u8>, fn(&DiffError) -> bool, u64);
        let cases: Vec<Case> = vec![
            (b"rbd diff v3\nse".to_vec(), |e| matches!(e, DiffError::BadBanner { .. }), 0),
            (b"rbd d".to_vec(), |e| matches!(e, DiffError::BadBanner { .. }), 0),
            (v1(&[&s0, b"q"]), |e| matches!(e, DiffError::UnknownTag { tag: b'q', .. }), 21),
            (v1(&[b"s\x00\x10"]), |e| matches!(e, DiffError::Truncated { what: "image size", .. }), 12),
            (v1(&[&s0, &extent(b'w', 0, 10), b"12345"]), |e| matches!(e, DiffError::Truncated { .. }), 21),
            (v1(&[&s0, &extent(b'z', 0, 10)[..9]]), |e| matches!(e, DiffError::Truncated { .. }), 21),
            (v1(&[&s0]), |e| matches!(e, DiffError::MissingEnd { .. }), 21),
            (v1(&[&s0, &extent(b'z', 0, 10)]), |e| matches!(e, DiffError::MissingEnd { .. }), 38),
            (v1(&[b"f\x01\x10\x00\x00"]), |e| matches!(e, DiffError::NameTooLong { len: 4097, .. }), 12),
            (v1(&[b"f\xff\xff\xff\xff"]), |e| matches!(e, DiffError::NameTooLong { .. }), 12),
            (v1(&[&name_rec(b't', b"\xff\xfe")]), |e| matches!(e, DiffError::BadName { .. }), 12),
            (v1(&[&name_rec(b't', b"a\0")]), |e| matches!(e, DiffError::BadName { .. }), 12),
            (v1(&[&name_rec(b'f', b"")]), |e| matches!(e, DiffError::BadName { .. }), 12),
            (v1(&[&s0, &s0]), |e| matches!(e, DiffError::DuplicateHeader { tag: b's', .. }), 21),
            (
                v1(&[&name_rec(b't', b"a"), &name_rec(b't', b"b")]),
                |e| matches!(e, DiffError::DuplicateHeader { .. }),
                18,
            ),
            (v1(&[&s0, &extent(b'z', 0, 1), &s0]), |e| matches!(e, DiffError::HeaderAfterData { tag: b's', .. }), 38),
            (
                v1(&[&s0, &extent(b'z', 0, 1), &name_rec(b'f', b"x")]),
                |e| matches!(e, DiffError::HeaderAfterData { tag: b'f', .. }),
                38,
            ),
            (v1(&[&extent(b'w', 0, 0)]), |e| matches!(e, DiffError::MissingSize { tag: b'w', .. }), 12),
            (v1(&[b"e"]), |e| matches!(e, DiffError::MissingSize { tag: b'e', .. }), 12),
            (
                v1(&[&size_rec(u64::MAX), &extent(b'z', u64::MAX, 2)]),
                |e| matches!(e, DiffError::ExtentOverflow { .. }),
                21,
            ),
            (v1(&[&s0, &extent(b'z', 4000, 97)]), |e| matches!(e, DiffError::ExtentBeyondSize { size: 4096, .. }), 21),
            (v1(&[&s0, b"e", b"junk"]), |e| matches!(e, DiffError::TrailingBytes { .. }), 22),
        ];
        for (stream, is, at) in cases {
            let e = err(&stream);
            assert!(is(&e), "{stream:?}: wrong error {e:?}");
            assert_eq!(e.offset(), at, "{e}");
            let msg = e.to_string();
            assert!(msg.starts_with("rbd diff: ") && !msg.contains('\n'), "{msg}");
            assert!(msg.contains(&format!("byte {at}")), "{msg}");
        }
    }

    #[test]
    fn a_reader_that_failed_stays_failed() {
        let s = v1(&[&size_rec(4096), &extent(b'z', 0, 1), b"q", b"e"]);
        let mut rd = DiffReader::new(&s[..]).unwrap();
        assert!(rd.next_record().unwrap().is_some());
        assert!(matches!(rd.next_record(), Err(DiffError::UnknownTag { .. })));
        assert!(matches!(rd.next_record(), Err(DiffError::AlreadyFailed { .. })));
        assert!(matches!(rd.expect_eof(), Err(DiffError::AlreadyFailed { .. })));
    }

    #[test]
    fn hostile_length_claims_fail_fast_without_allocating() {
        // 'w' claiming u64::MAX - 1 bytes, inside a u64::MAX image, with 10 bytes present.
        let s = v1(&[&size_rec(u64::MAX), &extent(b'w', 0, u64::MAX - 1), b"0123456789"]);
        let mut rd = DiffReader::new(&s[..]).unwrap();
        let e = rd.next_record().unwrap_err();
        assert!(matches!(e, DiffError::Truncated { what: "write data", at: 21, eof_at } if eof_at == s.len() as u64));
        assert!(rd.buf.capacity() < 4096, "buffer grew to {}", rd.buf.capacity());

        // v2: an unknown tag and a 'w' record claiming u64::MAX payload bytes.
        let mut s = BANNER_V2.to_vec();
        s.extend_from_slice(&[&[b's'][..], &8u64.to_le_bytes(), &u64::MAX.to_le_bytes()].concat());
        let mut skip = s.clone();
        skip.extend_from_slice(&[&[b'X'][..], &u64::MAX.to_le_bytes(), b"abc"].concat());
        assert!(matches!(err(&skip), DiffError::Truncated { what: "skipped record", at: 29, .. }));
        s.extend_from_slice(
            &[&[b'w'][..], &u64::MAX.to_le_bytes(), &0u64.to_le_bytes(), &u64::MAX.to_le_bytes()].concat(),
        );
        assert!(matches!(err(&s), DiffError::BadLength { tag: b'w', claimed: u64::MAX, .. }));

        // A name length of u32::MAX is refused before anything is read.
        assert!(matches!(err(&v1(&[b"t\xff\xff\xff\xff"])), DiffError::NameTooLong { len: 0xffff_ffff, .. }));
    }

    #[test]
    fn io_errors_carry_the_offset() {
        struct Broken(usize);
        impl Read for Broken {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = self.0.min(buf.len());
                if n == 0 {
                    return Err(io::Error::other("disk on fire"));
                }
                buf[..n].copy_from_slice(&BANNER_V1[..n]);
                self.0 -= n;
                Ok(n)
            }
        }
        let e = DiffReader::new(Broken(12)).err().unwrap();
        assert!(matches!(e, DiffError::Io { at: 12, .. }), "{e:?}");
        assert_eq!(e.to_string(), "rbd diff: I/O error at byte 12: disk on fire");
    }
}

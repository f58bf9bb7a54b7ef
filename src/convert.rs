//! Reading a disk image as the raw disk it describes (issue 12, Glance's image-conversion
//! plugin and Cinder's `fetch_to_raw`): a qcow2 (v2 or v3, compressed clusters included)
//! through the `imago` crate, opened read-only with every implicit open denied, so a
//! backing file or an external data file named in the image can never be followed
//! (OSSA-2024-001), even if the inspector in front of it missed one.
//!
//! This module owns the choice of what can be converted and how a [`DiskReader`] maps
//! and reads; the writing is the transfer engine's (`transfer::upload_raw`). It must not
//! decide whether an image is safe (that is `inspect`), nor touch the cluster except
//! through the read function a caller hands it.

use crate::ceph::{ReadAtFn, ReadAtStorage};
use crate::endpoint::Source;
use crate::error::{Error, Result};
use crate::inspect::{Declared, DiskFormat, Inspection, Inspector, Refusal, declared_matches, inspect_seekable};
use crate::transfer::RawSource;
use imago::qcow2::Qcow2;
use imago::{DenyImplicitOpenGate, DynStorage, FormatAccess, FormatDriverBuilder, Mapping};
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom};
use std::sync::{Arc, Mutex};

type Access = FormatAccess<Box<dyn DynStorage>>;

/// The formats rbdctl converts to raw.
pub const CONVERTIBLE: &[DiskFormat] = &[DiskFormat::Qcow2];

/// A disk image opened for reading as raw.
pub struct DiskReader {
    access: Access,
    name: String,
}

impl std::fmt::Debug for DiskReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DiskReader({}, {} bytes)", self.name, self.access.size())
    }
}

/// Why a format is not converted, as a one-line error naming it and the way out.
pub fn unsupported(format: DiskFormat, name: &str) -> Error {
    Error::invalid(format!(
        "{name} is {format}, which rbdctl cannot convert to raw (it converts qcow2); convert it first: qemu-img convert -f {} -O raw {name} {name}.raw",
        format.qemu_name()
    ))
}

impl DiskReader {
    /// Open an already opened local file (a staged stdin included) holding `format`.
    pub fn from_file(file: std::fs::File, format: DiskFormat, name: &str) -> Result<DiskReader> {
        let storage = imago::file::File::try_from(file).map_err(|e| Error::io(format!("opening {name}"), e))?;
        Self::open(Box::new(storage), format, name)
    }

    /// Open an image of `size` bytes read through `read` (an RBD snapshot).
    pub fn from_read_at(read: ReadAtFn, size: u64, format: DiskFormat, name: &str) -> Result<DiskReader> {
        Self::open(Box::new(ReadAtStorage::new(name, size, read)), format, name)
    }

    fn open(storage: Box<dyn DynStorage>, format: DiskFormat, name: &str) -> Result<DiskReader> {
        let driver = match format {
            DiskFormat::Qcow2 => Qcow2::<Box<dyn DynStorage>>::builder(storage)
                .write(false)
                .open(DenyImplicitOpenGate::default())
                .map_err(|e| Error::invalid(format!("{name} is not a qcow2 image imago can read: {e}")))?,
            other => return Err(unsupported(other, name)),
        };
        Ok(DiskReader { access: FormatAccess::new(driver), name: name.to_string() })
    }
}

impl RawSource for DiskReader {
    fn virtual_size(&self) -> u64 {
        self.access.size()
    }

    fn extent(&mut self, offset: u64, max: u64) -> io::Result<(u64, bool)> {
        let (mapping, len) = self.access.get_mapping(offset, max)?;
        let data = match mapping {
            Mapping::Zero { .. } => false,
            // Past the image's end (cannot happen below its size): nothing to read.
            Mapping::Eof { .. } => return Ok((max, false)),
            // Raw data, and compressed clusters (read through the driver).
            _ => true,
        };
        Ok((len.min(max), data))
    }

    fn read_at(&mut self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        self.access.read(buf, offset).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", self.name)))
    }
}

/// How much of a stream (stdin, a FIFO) is held to decide its format before anything is
/// written; every format the inspector knows decides within its first 64 KiB, except a
/// VHDX whose metadata region sits further in (qemu puts it at 2 MiB).
pub const STREAM_HEAD_MAX: usize = 16 << 20;

/// A source, inspected and judged: what it is, and how to read it.
pub struct Prepared {
    /// The inspector's verdict. For a stream it is provisional (its end can still refuse
    /// it, or find a fixed VHD's footer): [`Body::Stream::watch`] gives the final one.
    pub found: Inspection,
    pub body: Body,
}

pub enum Body {
    /// The bytes as they are.
    Stream {
        reader: Box<dyn Read + Send>,
        /// Its length when known in advance (a regular file).
        known: Option<u64>,
        /// For a stream: the inspector that sees every byte, for the final verdict.
        watch: Option<Arc<Mutex<Option<Inspector>>>>,
    },
    /// Read through imago as the raw disk it describes.
    Convert(DiskReader),
}

/// The refusal of the inspector as rbdctl's error: exit 2, naming the source and rule.
pub fn refused(name: &str, r: &Refusal) -> Error {
    Error::invalid(format!("refusing {name}: {} (rule {})", r.message, r.rule))
}

/// Judge a verdict against the declared format (Glance's require_image_format_match).
pub fn judge(name: &str, verdict: std::result::Result<Inspection, Refusal>, declared: Declared) -> Result<Inspection> {
    let found = verdict.map_err(|r| refused(name, &r))?;
    if let Declared::Format(d) = declared {
        declared_matches(d, &found).map_err(|r| refused(name, &r))?;
    }
    Ok(found)
}

/// Inspect `source` before anything is written, refuse it if it fails a safety check or
/// contradicts `declared`, and say how to read it. With `to_raw`, anything that is not raw
/// data is converted (a stream that is not raw is staged to an unlinked temporary file
/// first, because a qcow2 needs seeks); a format that cannot be converted is refused,
/// naming it.
pub fn prepare(source: Source, declared: Declared, to_raw: bool) -> Result<Prepared> {
    let name = source.name();
    match source {
        Source::File { file, len: Some(len), .. } => prepare_file(file, len, &name, declared, to_raw),
        Source::File { file, len: None, .. } => prepare_stream(Box::new(file), &name, declared, to_raw),
        Source::Stdin => prepare_stream(Box::new(std::io::stdin()), &name, declared, to_raw),
    }
}

fn prepare_file(mut file: File, len: u64, name: &str, declared: Declared, to_raw: bool) -> Result<Prepared> {
    let verdict = inspect_seekable(&mut file).map_err(|e| Error::io(format!("reading {name}"), e))?;
    let found = judge(name, verdict, declared)?;
    if to_raw && !found.format.is_raw_data() {
        return Ok(Prepared { body: Body::Convert(DiskReader::from_file(file, found.format, name)?), found });
    }
    file.seek(SeekFrom::Start(0)).map_err(|e| Error::io(format!("reading {name}"), e))?;
    Ok(Prepared { found, body: Body::Stream { reader: Box::new(file), known: Some(len), watch: None } })
}

fn prepare_stream(mut stream: Box<dyn Read + Send>, name: &str, declared: Declared, to_raw: bool) -> Result<Prepared> {
    let mut inspector = Inspector::new();
    let mut head = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut ended = false;
    while inspector.peek().is_none() {
        if head.len() >= STREAM_HEAD_MAX {
            return Err(Error::invalid(format!(
                "refusing {name}: its format is not decided within its first {} MiB (upload it from a file instead)",
                STREAM_HEAD_MAX >> 20
            )));
        }
        let want = buf.len().min(STREAM_HEAD_MAX - head.len());
        let n = match stream.read(&mut buf[..want]) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::io(format!("reading {name}"), e)),
        };
        if n == 0 {
            ended = true;
            break;
        }
        inspector.feed(&buf[..n]);
        head.extend_from_slice(&buf[..n]);
    }
    let (verdict, watch) = if ended {
        (inspector.finish(), None)
    } else {
        (inspector.peek().expect("loop ends on a verdict"), Some(Arc::new(Mutex::new(Some(inspector)))))
    };
    let found = judge(name, verdict, declared)?;
    if to_raw && !found.format.is_raw_data() {
        if !CONVERTIBLE.contains(&found.format) {
            return Err(unsupported(found.format, name));
        }
        let (file, len) = stage(&mut io::Cursor::new(head).chain(stream), name)?;
        return prepare_file(file, len, name, declared, to_raw);
    }
    let rest: Box<dyn Read + Send> = match &watch {
        Some(w) => Box::new(Watched { inner: stream, inspector: w.clone() }),
        None => stream,
    };
    let reader = Box::new(io::Cursor::new(head).chain(rest));
    Ok(Prepared { found, body: Body::Stream { reader, known: None, watch } })
}

/// The final verdict of a streamed source, once the transfer has read all of it.
pub fn finish_watch(watch: &Arc<Mutex<Option<Inspector>>>) -> std::result::Result<Inspection, Refusal> {
    let inspector = watch.lock().unwrap_or_else(|e| e.into_inner()).take().expect("finished once");
    inspector.finish()
}

/// A reader that shows every byte it passes to an inspector.
struct Watched {
    inner: Box<dyn Read + Send>,
    inspector: Arc<Mutex<Option<Inspector>>>,
}

impl Read for Watched {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(i) = self.inspector.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            i.feed(&buf[..n]);
        }
        Ok(n)
    }
}

/// Copy a stream into a temporary file that is unlinked at once (so nothing is left
/// whatever happens), for a conversion that needs seeks. Cinder stages the same way.
fn stage(stream: &mut dyn Read, name: &str) -> Result<(File, u64)> {
    let dir = std::env::temp_dir();
    let path = dir.join(format!(".rbdctl-stage-{}", uuid::Uuid::new_v4()));
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| Error::io(format!("staging {name} in {}", dir.display()), e))?;
    let _ = std::fs::remove_file(&path);
    let len = io::copy(stream, &mut file).map_err(|e| Error::io(format!("staging {name} in {}", dir.display()), e))?;
    Ok((file, len))
}

/// An RBD image (at a snapshot) as `Read + Seek`, for the inspector.
pub struct ImageReader<'a, 'p> {
    image: &'a crate::ceph::Image<'p>,
    len: u64,
    pos: u64,
}

impl<'a, 'p> ImageReader<'a, 'p> {
    pub fn new(image: &'a crate::ceph::Image<'p>) -> Result<Self> {
        Ok(ImageReader { len: image.size()?, image, pos: 0 })
    }
}

impl Read for ImageReader<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let want = (self.len.saturating_sub(self.pos)).min(buf.len() as u64) as usize;
        if want == 0 {
            return Ok(0);
        }
        let n = self.image.read(self.pos, &mut buf[..want]).map_err(io::Error::other)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for ImageReader<'_, '_> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.pos = match to {
            SeekFrom::Start(o) => o,
            SeekFrom::End(d) => self.len.saturating_add_signed(d),
            SeekFrom::Current(d) => self.pos.saturating_add_signed(d),
        };
        Ok(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn qemu_img(args: &[&str]) {
        let out = Command::new("qemu-img").args(args).output().expect("qemu-img is installed (scripts/deps)");
        assert!(out.status.success(), "qemu-img {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// 4 MiB: 1 MiB of pattern, 2 MiB of zeros, 1 MiB of pattern.
    fn raw_disk() -> Vec<u8> {
        let mut data = vec![0u8; 4 << 20];
        for (i, b) in data.iter_mut().enumerate().filter(|(i, _)| *i < (1 << 20) || *i >= (3 << 20)) {
            *b = (i * 7 % 251) as u8 + 1;
        }
        data
    }

    /// Read a whole source through the RawSource interface, counting data runs.
    fn read_all(r: &mut dyn RawSource) -> (Vec<u8>, u64) {
        let len = r.virtual_size();
        let mut out = vec![0u8; len as usize];
        let (mut pos, mut data_bytes) = (0u64, 0u64);
        while pos < len {
            let (run, data) = r.extent(pos, len - pos).unwrap();
            assert!(run > 0);
            if data {
                r.read_at(pos, &mut out[pos as usize..(pos + run) as usize]).unwrap();
                data_bytes += run;
            }
            pos += run;
        }
        (out, data_bytes)
    }

    #[test]
    fn qcow2_plain_and_compressed_read_back_as_the_raw_disk() {
        let dir = tempfile::tempdir().unwrap();
        let raw = dir.path().join("d.raw");
        std::fs::write(&raw, raw_disk()).unwrap();
        for (name, extra) in [("p.qcow2", None), ("c.qcow2", Some("-c")), ("v2.qcow2", Some("compat=0.10"))] {
            let q = dir.path().join(name);
            let (r, q) = (raw.to_str().unwrap(), q.to_str().unwrap());
            match extra {
                None => qemu_img(&["convert", "-f", "raw", "-O", "qcow2", r, q]),
                Some("-c") => qemu_img(&["convert", "-c", "-f", "raw", "-O", "qcow2", r, q]),
                Some(o) => qemu_img(&["convert", "-f", "raw", "-O", "qcow2", "-o", o, r, q]),
            }
            let mut disk = DiskReader::from_file(File::open(q).unwrap(), DiskFormat::Qcow2, name).unwrap();
            let (bytes, data) = read_all(&mut disk);
            assert!(bytes == raw_disk(), "{name} reads back as the raw disk");
            assert!(data <= 2 << 20, "{name}: the zero middle is not data ({data} bytes mapped)");
            // The same through the read-function storage (how an RBD snapshot is read).
            let file = std::fs::read(q).unwrap();
            let len = file.len() as u64;
            let read: ReadAtFn = Box::new(move |off, buf| {
                buf.copy_from_slice(&file[off as usize..off as usize + buf.len()]);
                Ok(())
            });
            let mut disk = DiskReader::from_read_at(read, len, DiskFormat::Qcow2, name).unwrap();
            assert!(read_all(&mut disk).0 == raw_disk(), "{name} through ReadAtStorage");
        }
    }

    /// Found by fuzzing (fuzz/corpus/convert/5b5ae714...): a crafted qcow2 whose tables
    /// point past the end of the file made the read function be called past the end.
    #[test]
    fn a_crafted_qcow2_never_reads_outside_the_given_bytes() {
        let bytes: &'static [u8] = include_bytes!("../fuzz/corpus/convert/5b5ae71495da529af4094cb3ae9e35728ed48fcb");
        let len = bytes.len() as u64;
        let read: ReadAtFn = Box::new(move |off, buf| {
            assert!(off + buf.len() as u64 <= len, "read {off}+{} past {len}", buf.len());
            buf.copy_from_slice(&bytes[off as usize..off as usize + buf.len()]);
            Ok(())
        });
        if let Ok(mut disk) = DiskReader::from_read_at(read, len, DiskFormat::Qcow2, "crafted.qcow2") {
            let limit = disk.virtual_size().min(1 << 20);
            let mut buf = vec![0u8; 64 * 1024];
            let mut pos = 0;
            while pos < limit {
                let Ok((run, data)) = disk.extent(pos, limit - pos) else { break };
                let step = if data { run.min(buf.len() as u64) } else { run };
                if data && disk.read_at(pos, &mut buf[..step as usize]).is_err() {
                    break;
                }
                pos += step;
            }
        }
    }

    /// The second line of defence: even if the inspector missed a backing or data file,
    /// imago is opened with every implicit open denied, so it refuses to follow one.
    #[test]
    fn imago_never_follows_a_backing_or_data_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
        qemu_img(&["create", "-q", "-f", "qcow2", &p("base.qcow2"), "1M"]);
        qemu_img(&["create", "-q", "-f", "qcow2", "-b", &p("base.qcow2"), "-F", "qcow2", &p("o.qcow2")]);
        qemu_img(&["create", "-q", "-f", "qcow2", "-o", &format!("data_file={}", p("x.raw")), &p("d.qcow2"), "1M"]);
        for name in ["o.qcow2", "d.qcow2"] {
            let e = DiskReader::from_file(File::open(p(name)).unwrap(), DiskFormat::Qcow2, name).unwrap_err();
            assert_eq!(e.exit_code(), crate::error::exit::USAGE, "{e}");
        }
        let e = DiskReader::from_file(File::open(p("base.qcow2")).unwrap(), DiskFormat::Vmdk, "x.vmdk").unwrap_err();
        assert!(e.to_string().contains("x.vmdk is vmdk, which rbdctl cannot convert"), "{e}");
    }
}

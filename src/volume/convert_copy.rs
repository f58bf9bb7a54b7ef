//! `volume create --from-image` and `volume import` for images that are not raw:
//! Cinder's `_is_cloneable` (clone only when disk_format is raw) and `fetch_to_raw`, done
//! in one pass: imago reads the qcow2 in place (an RBD snapshot or a local file) and the
//! transfer engine writes the raw disk into the new volume, zero runs skipped. Cinder's
//! `check_virtual_size` refuses a volume smaller than the image's virtual size.
//!
//! Owns the format decision for a Glance image and the converted copy; the clone itself
//! and the plain copy stay in `create.rs`.

use super::Volumes;
use crate::ceph::{Cluster, Pool, ReadAtFn};
use crate::convert::{self, DiskReader, ImageReader};
use crate::error::{Error, Result};
use crate::inspect::{Declared, DiskFormat, inspect_seekable};
use crate::integrity;
use crate::manifest::{self, BadObject, Manifest};
use crate::transfer::{self, RawSource, Tuning};
use crate::types::glance_meta;
use crate::types::size;
use std::io;
use std::sync::mpsc;

/// What a Glance image holds, and how that was learnt.
#[derive(Debug, Clone)]
pub(super) struct SourceFormat {
    pub format: DiskFormat,
    /// "recorded at upload" or "inspected", for the report's reason.
    pub how: &'static str,
}

impl SourceFormat {
    /// Why a clone is (or is not) made, for the report.
    pub fn reason(&self) -> String {
        if self.format.is_raw_data() {
            format!("disk_format {} ({}) is raw data, so a COW clone is the volume", self.format, self.how)
        } else {
            format!(
                "disk_format {} ({}) is not raw: a clone would show the VM the {} container, so it is converted to raw while copying (Cinder's fetch_to_raw)",
                self.format, self.how, self.format
            )
        }
    }
}

/// The image's recorded disk_format (written by `image upload` after inspecting it), or,
/// for an image without rbdctl's metadata, the inspector's verdict on the snapshot's
/// bytes. A refusal (a qcow2 with a backing file...) is an error: nothing is made.
pub(super) fn source_format(pool: &Pool<'_>, image: &str, snap: Option<&str>) -> Result<SourceFormat> {
    let head = pool.open_read_only(image, None)?;
    if let Some(format) = head.metadata_get(glance_meta::DISK_FORMAT)?.and_then(|f| f.parse::<DiskFormat>().ok()) {
        return Ok(SourceFormat { format, how: "recorded at upload" });
    }
    let spec = spec(pool, image, snap);
    let src = pool.open_read_only(image, snap)?;
    let verdict =
        inspect_seekable(&mut ImageReader::new(&src)?).map_err(|e| Error::io(format!("reading {spec}"), e))?;
    let found = convert::judge(&spec, verdict, Declared::Auto)?;
    Ok(SourceFormat { format: found.format, how: "inspected" })
}

fn spec(pool: &Pool<'_>, image: &str, snap: Option<&str>) -> String {
    format!("{}/{image}{}", pool.name(), snap.map(|s| format!("@{s}")).unwrap_or_default())
}

/// Cinder's check_virtual_size: a volume smaller than what the image holds is refused.
pub(super) fn check_virtual_size(what: &str, virtual_size: u64, size: Option<u64>) -> Result<()> {
    match size {
        Some(s) if virtual_size > s => Err(Error::invalid(format!(
            "{what} has a virtual size of {} ({virtual_size} bytes), larger than --size {} ({s} bytes); give --size {virtual_size} or more",
            size::human(virtual_size),
            size::human(s)
        ))),
        _ => Ok(()),
    }
}

/// Make the new volume `dest` from `reader` (a disk image read as raw): create it at
/// `max(size, virtual size)`, write the raw disk, and remove it again on any failure.
/// Returns the volume's size and the bytes written.
pub(super) fn write_volume(
    v: &Volumes<'_>,
    reader: DiskReader,
    what: &str,
    dest: &str,
    size: Option<u64>,
) -> Result<(u64, u64)> {
    let virtual_size = reader.virtual_size();
    check_virtual_size(what, virtual_size, size)?;
    let final_size = size.unwrap_or(virtual_size).max(virtual_size);
    v.pool
        .create_image(dest, virtual_size, &v.create)
        .map_err(|e| e.with_hint("pick another name, or remove it first"))?;
    crate::signals::set_abandon_hint(format!(
        "the partial volume {} is left: rbdctl volume rm --pool {} {dest} removes it",
        v.spec(dest),
        v.pool.name()
    ));
    let tuning = Tuning::for_object_size(1 << v.create.order, v.queue_depth, v.op_timeout);
    // Record the manifest of the raw bytes written, as import and the raw copy do (for
    // the head as written); a volume stores no Glance checksum, so nothing else is hashed.
    let record = transfer::Checks { record: Some(1 << v.create.order), ..Default::default() };
    let copy = |pb: &indicatif::ProgressBar| {
        v.pool.open(dest).and_then(|img| {
            let o = transfer::upload_raw(&img, Box::new(reader), &tuning, &record, what, pb)?;
            match &o.manifest {
                // A volume grown past the virtual size is no longer what the manifest describes.
                Some(m) if final_size == virtual_size => crate::integrity::store(&img, m)?,
                _ => {}
            }
            Ok(o)
        })
    };
    let remove_dest = || drop(v.pool.remove_image(dest));
    let outcome = transfer::job(&v.printer, Some(virtual_size), &format!("converting {what}"), copy, remove_dest)?;
    if final_size != virtual_size
        && let Err(e) = v.pool.open(dest).and_then(|img| img.resize(final_size))
    {
        remove_dest();
        return Err(e);
    }
    Ok((final_size, outcome.written))
}

/// The source of a conversion as its server thread reads it: every object a read
/// touches is checked against the source's manifest the first time (issue 13, item 4:
/// copies verify what they read). imago reads at scattered offsets, so an object is read
/// whole once, its CRC-32C compared, and kept while the reads stay inside it (a qcow2's
/// clusters mostly come in order); later reads of an object already checked go straight
/// to librbd. A snapshot does not change, so once checked is enough.
struct VerifiedSource<'a> {
    image: &'a crate::ceph::Image<'a>,
    manifest: Option<Manifest>,
    checked: Vec<bool>,
    /// The last object read whole: its index and bytes.
    kept: Option<(u64, Vec<u8>)>,
    /// The first object that did not match; every later read fails.
    bad: Option<Vec<BadObject>>,
}

impl<'a> VerifiedSource<'a> {
    fn new(image: &'a crate::ceph::Image<'a>, manifest: Option<Manifest>) -> Self {
        let checked = vec![false; manifest.as_ref().map_or(0, |m| m.objects.len())];
        VerifiedSource { image, manifest, checked, kept: None, bad: None }
    }

    /// Fill `buf` from `[offset, offset+len)` of the image, exactly.
    fn read_exact(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        let mut done = 0;
        while done < buf.len() {
            match self.image.read(offset + done as u64, &mut buf[done..]) {
                Ok(0) => return Err(io::Error::other(format!("short read at offset {}", offset + done as u64))),
                Ok(n) => done += n,
                Err(e) => return Err(io::Error::other(e)),
            }
        }
        Ok(())
    }

    fn read_at(&mut self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        if self.bad.is_some() {
            return Err(io::Error::other("the source does not match its manifest"));
        }
        let Some(m) = &self.manifest else { return self.read_exact(offset, buf) };
        let end = offset + buf.len() as u64;
        if end > m.size {
            return Err(io::Error::other(format!("read past the end of the source, at offset {offset}")));
        }
        for index in m.objects_in(offset, buf.len() as u64) {
            let r = m.object_range(index);
            let (from, to) = (offset.max(r.start), end.min(r.end));
            let piece = &mut buf[(from - offset) as usize..(to - offset) as usize];
            if self.kept.as_ref().is_none_or(|(i, _)| *i != index) {
                if self.checked.get(index as usize) == Some(&true) {
                    self.read_exact(from, piece)?;
                    continue;
                }
                let mut whole = self.kept.take().map(|(_, b)| b).unwrap_or_default();
                whole.resize((r.end - r.start) as usize, 0);
                self.read_exact(r.start, &mut whole)?;
                if let Some(bad) = m.check(index, !manifest::raw(!0, &whole)) {
                    self.bad = Some(vec![bad]);
                    return Err(io::Error::other("the source does not match its manifest"));
                }
                if let Some(c) = self.checked.get_mut(index as usize) {
                    *c = true;
                }
                self.kept = Some((index, whole));
            }
            let (_, whole) = self.kept.as_ref().expect("kept above");
            piece.copy_from_slice(&whole[(from - r.start) as usize..(to - r.start) as usize]);
        }
        Ok(())
    }
}

/// Copy `src_pool/image@snap` of cluster `src`, a disk image in `format`, into the new
/// volume `dest` as raw, reading the source in place (no temp file). librbd handles
/// can't leave their thread, so one scoped thread owns the source and serves imago's
/// reads over a channel. Every object read is checked against the source's manifest
/// (exit 9 naming the first that differs, the new volume removed). Also returns whether
/// there was a manifest to check against.
#[allow(clippy::too_many_arguments)]
pub(super) fn copy_converted(
    v: &Volumes<'_>,
    src: &Cluster,
    src_pool: &str,
    image: &str,
    snap: Option<&str>,
    format: DiskFormat,
    dest: &str,
    size: Option<u64>,
) -> Result<(u64, u64, bool)> {
    let what = format!("{src_pool}/{image}{}", snap.map(|s| format!("@{s}")).unwrap_or_default());
    let (len, manifest) = {
        let pool = src.pool(src_pool)?;
        let img = pool.open_read_only(image, snap)?;
        let st = img.stat()?;
        let m = integrity::load(&img)?.filter(|m| integrity::describes(m, snap, st.size, st.object_size));
        (st.size, m)
    };
    if manifest.is_none() {
        v.printer.note(format!(
            "rbdctl: {what} has no manifest; not verified (add one: rbdctl image verify --add-manifest)"
        ));
    }
    let verified = manifest.is_some();
    let what_read = what.clone();
    type Request = (u64, usize, mpsc::Sender<io::Result<Vec<u8>>>);
    let (requests, served) = mpsc::channel::<Request>();
    std::thread::scope(|s| {
        let server = s.spawn(move || -> Result<()> {
            let pool = src.pool(src_pool)?;
            let img = pool.open_read_only(image, snap)?;
            let mut source = VerifiedSource::new(&img, manifest);
            for (offset, len, reply) in served {
                let mut buf = vec![0u8; len];
                let r = source.read_at(offset, &mut buf);
                let _ = reply.send(r.map(|()| buf));
            }
            match source.bad.as_deref().and_then(|b| b.first().map(|f| (b, f))) {
                Some((bad, first)) => Err(integrity::mismatch(&what_read, bad, first)),
                None => Ok(()),
            }
        });
        let read: ReadAtFn = Box::new(move |offset, buf| {
            let (tx, rx) = mpsc::channel();
            requests.send((offset, buf.len(), tx)).map_err(|_| io::Error::other("the reader of the source stopped"))?;
            let data = rx.recv().map_err(|_| io::Error::other("the reader of the source stopped"))??;
            buf.copy_from_slice(&data);
            Ok(())
        });
        // The reader (and with it `requests`) is dropped inside, so the server ends.
        let made =
            DiskReader::from_read_at(read, len, format, &what).and_then(|r| write_volume(v, r, &what, dest, size));
        let served = server.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        // The server's error first: a mismatch reaches imago only as an I/O error.
        match (made, served) {
            (Ok((size, written)), Ok(())) => Ok((size, written, verified)),
            (_, Err(e)) | (Err(e), Ok(())) => Err(e),
        }
    })
}

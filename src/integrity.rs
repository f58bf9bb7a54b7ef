//! Integrity of images on the cluster: where the manifest is stored (image metadata),
//! the OSD-side check of an image's objects, and the refusal of incomplete uploads.
//!
//! Shared by the image family (upload, download, verify) and the volume family (copies,
//! import, export); the manifest itself is pure logic in [`crate::manifest`].

use crate::ceph::{CrcRequest, Image, Pool};
use crate::error::{Error, Result};
use crate::manifest::{self, BadObject, Manifest};
use std::collections::VecDeque;

/// Image metadata key of the manifest (docs/manifest.md).
pub const MANIFEST_KEY: &str = "rbdctl.manifest";
/// Present while an upload is incomplete; cleared once its snapshot is protected.
pub const INCOMPLETE_KEY: &str = "rbdctl.incomplete";
/// Keys only an rbdctl upload writes: an image with one of them but without its
/// snapshot is an upload that did not finish. (Not the manifest: imports and copies
/// into volumes, which have no snapshot, record one too.)
const UPLOAD_KEYS: &[&str] = &["rbdctl.checksum.md5", "rbdctl.size"];

/// The stored manifest, if any. A stored one that can't be parsed is an error, never
/// "no manifest": it would hide damage.
pub fn load(image: &Image<'_>) -> Result<Option<Manifest>> {
    image.metadata_get(MANIFEST_KEY)?.map(|t| Manifest::decode(&t)).transpose()
}

pub fn store(image: &Image<'_>, m: &Manifest) -> Result<()> {
    image.metadata_set(MANIFEST_KEY, &m.encode())
}

/// Does `m` describe what is read from this image at `snapshot`?
pub fn describes(m: &Manifest, snapshot: Option<&str>, size: u64, object_size: u64) -> bool {
    m.snapshot.as_deref() == snapshot && m.size == size && m.object_size == object_size
}

/// Refuse an upload that did not finish: marked incomplete, or made by rbdctl (its
/// metadata) but without `snap`. `head` is the image opened at its head.
pub fn refuse_incomplete(head: &Image<'_>, snap: &str, pool: &str) -> Result<()> {
    let marked = head.metadata_get(INCOMPLETE_KEY)?.is_some();
    let snapless = !marked && !head.snap_exists(snap)? && {
        let mut ours = false;
        for k in UPLOAD_KEYS {
            ours |= head.metadata_get(k)?.is_some();
        }
        ours
    };
    if marked || snapless {
        let name = head.spec().rsplit('/').next().unwrap_or(head.spec()).to_string();
        return Err(Error::Incomplete {
            what: format!("upload {}", head.spec()),
            // Two literals: the gc command is quoted whole, the override is this command's flag.
            hint: format!(
                "it was interrupted: {}, or pass --allow-incomplete to read {name} anyway",
                format_args!("run `rbdctl image gc --pool {pool} --older-than 0` to remove it")
            ),
        });
    }
    Ok(())
}

/// What the OSDs answered for an image's objects.
#[derive(Debug, Default, Clone)]
pub struct OsdCheck {
    /// Objects checked.
    pub objects: u64,
    /// Objects that don't exist at the snapshot (zeros, unless a parent holds them).
    pub absent: u64,
    /// Objects read through librbd instead (parent data, or more stored than the image holds).
    pub read_locally: u64,
    /// Payload bytes the client received: 8 per checksum answer plus what was read locally.
    pub bytes_received: u64,
    pub bad: Vec<BadObject>,
}

/// Standard CRC-32C of `[start, end)` of `image`, read through librbd.
fn read_crc(image: &Image<'_>, start: u64, end: u64, received: &mut u64) -> Result<u32> {
    let mut buf = vec![0u8; (end - start).min(4 << 20) as usize];
    let (mut reg, mut pos) = (!0u32, start);
    while pos < end {
        let n = ((end - pos) as usize).min(buf.len());
        let got = image.read(pos, &mut buf[..n])?;
        if got != n {
            return Err(Error::Protocol { what: format!("short read of {} at offset {pos}", image.spec()) });
        }
        reg = manifest::raw(reg, &buf[..n]);
        pos += n as u64;
        *received += n as u64;
    }
    Ok(!reg)
}

/// Ask the OSDs for the CRC-32C of every object in `objects` at the snapshot `snap_id`
/// of `image` (opened at that snapshot), `depth` requests in flight, and compare with
/// `m`. Only checksums cross the network. `snap_pool` is a pool context of the image's
/// pool reserved for this (its read snapshot is set here).
pub fn verify_on_osds(
    mut snap_pool: Pool<'_>,
    image: &Image<'_>,
    snap_id: u64,
    m: &Manifest,
    objects: std::ops::Range<u64>,
    depth: usize,
    progress: &dyn Fn(u64),
) -> Result<OsdCheck> {
    let (unit, count) = image.stripe()?;
    if (unit, count) != (m.object_size, 1) {
        return Err(Error::invalid(format!(
            "{} is striped (stripe unit {unit}, count {count}): its objects don't hold whole byte ranges; use --deep",
            image.spec()
        )));
    }
    let prefix = image.block_name_prefix()?;
    let has_parent = image.parent()?.is_some();
    snap_pool.set_read_snapshot(snap_id);
    let mut report = OsdCheck::default();
    let mut queue: VecDeque<(u64, CrcRequest<'_>)> = VecDeque::new();
    let mut next = objects.start;
    let settle = |index: u64, answer: Option<crate::ceph::ObjectCrc>, report: &mut OsdCheck| -> Result<()> {
        let r = m.object_range(index);
        let len = r.end - r.start;
        let crc = match answer {
            Some(a) => {
                report.bytes_received += 8;
                match manifest::from_osd(a.raw, a.stored, len) {
                    Some(c) => c,
                    None => {
                        report.read_locally += 1;
                        read_crc(image, r.start, r.end, &mut report.bytes_received)?
                    }
                }
            }
            None if has_parent => {
                report.absent += 1;
                report.read_locally += 1;
                read_crc(image, r.start, r.end, &mut report.bytes_received)?
            }
            None => {
                report.absent += 1;
                manifest::zeros_crc(len)
            }
        };
        report.objects += 1;
        if let Some(bad) = m.check(index, crc) {
            report.bad.push(bad);
        }
        progress(r.end);
        Ok(())
    };
    loop {
        crate::signals::check()?;
        while queue.len() < depth && next < objects.end {
            let oid = format!("{prefix}.{next:016x}");
            queue.push_back((next, snap_pool.aio_object_crc32c(&oid)?));
            next += 1;
        }
        let Some((index, req)) = queue.pop_front() else { break };
        let answer = req.wait()?;
        settle(index, answer, &mut report)?;
    }
    Ok(report)
}

/// The error for objects that don't match: the first named with its byte range.
pub fn mismatch(what: &str, bad: &[crate::manifest::BadObject], first: &crate::manifest::BadObject) -> Error {
    let more = if bad.len() > 1 { format!(" and {} more object(s)", bad.len() - 1) } else { String::new() };
    Error::ChecksumMismatch {
        what: format!("{what} object {} (bytes {}..{}){more}", first.index, first.offset, first.offset + first.length),
        algo: crate::manifest::ALGO.to_string(),
        expected: first.expected.clone(),
        actual: first.actual.clone(),
    }
}

/// The standard CRC-32C (zero-padded to the object's length in an image of `size` bytes)
/// of each object in `objects` of `image` at snapshot `snap_id`, as the OSDs compute it:
/// only checksums cross the network. For recording a manifest of data already written
/// (a backup's incremental), where [`verify_on_osds`] compares with one. `snap_pool` is a
/// pool context of the image's pool reserved for this.
pub fn object_crcs_on_osds(
    mut snap_pool: Pool<'_>,
    image: &Image<'_>,
    snap_id: u64,
    (size, object_size): (u64, u64),
    objects: &[u64],
    depth: usize,
) -> Result<Vec<(u64, u32)>> {
    let (unit, count) = image.stripe()?;
    if (unit, count) != (object_size, 1) || image.parent()?.is_some() {
        // Objects that don't hold whole byte ranges, or a parent's data: read them.
        let mut received = 0;
        return objects
            .iter()
            .map(|&i| {
                let (start, end) = (i * object_size, ((i + 1) * object_size).min(size));
                Ok((i, read_crc(image, start, end, &mut received)?))
            })
            .collect();
    }
    let prefix = image.block_name_prefix()?;
    snap_pool.set_read_snapshot(snap_id);
    let mut out = Vec::with_capacity(objects.len());
    let mut queue: VecDeque<(u64, CrcRequest<'_>)> = VecDeque::new();
    let mut next = objects.iter();
    loop {
        crate::signals::check()?;
        while queue.len() < depth.max(1) {
            let Some(&i) = next.next() else { break };
            queue.push_back((i, snap_pool.aio_object_crc32c(&format!("{prefix}.{i:016x}"))?));
        }
        let Some((i, req)) = queue.pop_front() else { break };
        let (start, end) = (i * object_size, ((i + 1) * object_size).min(size));
        let crc = match req.wait()? {
            None => manifest::zeros_crc(end - start),
            Some(a) => match manifest::from_osd(a.raw, a.stored, end - start) {
                Some(c) => c,
                None => read_crc(image, start, end, &mut 0)?,
            },
        };
        out.push((i, crc));
    }
    Ok(out)
}

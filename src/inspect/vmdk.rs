//! VMDK: the hosted sparse extent header ("KDMV"), its embedded text descriptor, the
//! stream-optimized footer, and bare text descriptor files. Same rules as oslo's
//! `VMDKInspector`: only monolithicSparse and streamOptimized, the descriptor at sector
//! 1, every descriptor line understood, no extent naming a path.
//!
//! Pure parsing over captured bytes; must not decide which bytes are captured (that is
//! `stream.rs`, from [`SparseHeader::descriptor`] and [`SparseHeader::has_footer`]).

use super::formats::{le32, le64, quote, truncated};
use super::{DiskFormat, Inspection, Refusal};

pub(crate) const MAGIC: &[u8] = b"KDMV";
/// VMware 3 "COWD" sparse files: qemu's vmdk driver probes them too, so they must not
/// pass as raw; no OpenStack consumer accepts them, so they are refused.
pub(crate) const MAGIC_COWD: &[u8] = b"COWD";
/// The hosted sparse extent header fields read here end at byte 64.
pub(crate) const HEADER_LEN: usize = 64;
/// qemu (and oslo) expect the embedded descriptor at sector 1 and cap it below 1 MiB.
pub(crate) const DESC_OFFSET: u64 = 0x200;
pub(crate) const DESC_MAX: usize = (1 << 20) - 1;
/// Marker + footer header + end-of-stream marker.
pub(crate) const FOOTER_LEN: usize = 1536;
const GD_AT_END: u64 = u64::MAX;
/// oslo decides "this may be a text descriptor file" from its 512-byte header region.
pub(crate) const TEXT_SNIFF: usize = 512;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SparseHeader {
    version: u32,
    capacity: u64,
    desc_sec: u64,
    desc_num: u64,
    gd_offset: u64,
}

impl SparseHeader {
    /// Parse and check a KDMV header (oslo's post_process checks, which oslo raises as
    /// format errors; here they are refusals, since qemu would still probe it as vmdk).
    pub(crate) fn parse(head: &[u8]) -> Result<SparseHeader, Refusal> {
        if head.len() < HEADER_LEN {
            return Err(truncated(DiskFormat::Vmdk, HEADER_LEN, head.len()));
        }
        let h = SparseHeader {
            version: le32(head, 4).unwrap_or(0),
            capacity: le64(head, 12).unwrap_or(0),
            desc_sec: le64(head, 28).unwrap_or(0),
            desc_num: le64(head, 36).unwrap_or(0),
            gd_offset: le64(head, 56).unwrap_or(0),
        };
        if !(1..=3).contains(&h.version) {
            return Err(Refusal::new(
                "vmdk-version",
                format!("vmdk sparse header has version {}: refused, only versions 1 to 3 can be checked", h.version),
            ));
        }
        if h.desc_sec.checked_mul(512) != Some(DESC_OFFSET) {
            return Err(Refusal::new(
                "vmdk-descriptor-offset",
                format!("vmdk descriptor is at sector {} instead of 1: refused (as oslo and qemu)", h.desc_sec),
            )
            .found(h.inspection(None)));
        }
        Ok(h)
    }

    /// Where the embedded descriptor is: (offset, length).
    pub(crate) fn descriptor(&self) -> (u64, usize) {
        let len = self.desc_num.saturating_mul(512).min(DESC_MAX as u64) as usize;
        (DESC_OFFSET, len)
    }

    /// A stream-optimized image whose grain directory offset is "at the end": the real
    /// header is the footer in the last 1536 bytes, which must agree with this one.
    pub(crate) fn has_footer(&self) -> bool {
        self.gd_offset == GD_AT_END
    }

    pub(crate) fn inspection(&self, create_type: Option<&str>) -> Inspection {
        let found = Inspection::new(DiskFormat::Vmdk, self.capacity.checked_mul(512));
        match create_type {
            Some(t) => found.with_subformat(t),
            None => found,
        }
    }
}

/// oslo's "is this header region text?": every byte printable ASCII or whitespace.
pub(crate) fn looks_like_text(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && bytes.iter().all(|&b| (0x20..0x7f).contains(&b) || matches!(b, b'\t' | b'\n' | 0x0b..=0x0d | 0x1c..=0x1f))
}

/// The descriptor's text: cut at the first NUL (the embedded one is NUL-padded), ASCII
/// only, lowercased (VMDK descriptors are case-insensitive; oslo compares lowercase).
fn descriptor_text(raw: &[u8]) -> Option<String> {
    let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
    let text = &raw[..end];
    text.is_ascii().then(|| String::from_utf8_lossy(text).to_ascii_lowercase())
}

/// `createType="..."`, as oslo extracts it (at most 64 characters).
fn create_type(text: &str) -> Option<&str> {
    let start = text.find("createtype=\"")? + "createtype=\"".len();
    let len = text[start..].find('"')?;
    (len < 64).then(|| &text[start..start + len])
}

/// For a file that is only text: is it a VMDK descriptor at all (oslo's format_match)?
pub(crate) fn text_is_descriptor(raw: &[u8]) -> bool {
    descriptor_text(raw).is_some_and(|t| create_type(&t).is_some())
}

/// oslo's `check_descriptor`, in its order: createType, then every line understood, then
/// extents. `embedded`: the descriptor inside a sparse file (its extent names the file
/// itself, and qemu ignores it) versus a bare descriptor file, whose extents always name
/// other files: oslo lets a bare descriptor through when no extent contains "/", but a
/// relative name still reads a neighbouring file (another staged image), so here a bare
/// descriptor is refused outright once the createType and path checks have spoken.
pub(crate) fn check_descriptor(raw: &[u8], header: Option<&SparseHeader>) -> Result<Inspection, Refusal> {
    let base = |t: Option<&str>| match header {
        Some(h) => h.inspection(t),
        None => Inspection::new(DiskFormat::Vmdk, None).with_subformat(t.unwrap_or("unknown")),
    };
    let Some(text) = descriptor_text(raw).filter(|t| !t.trim().is_empty()) else {
        return Err(
            Refusal::new("vmdk-descriptor", "vmdk descriptor is missing or not ASCII text: refused").found(base(None))
        );
    };
    let ctype = create_type(&text);
    let found = base(ctype);
    match ctype {
        Some("monolithicsparse" | "streamoptimized") => {}
        other => {
            return Err(Refusal::new(
                "vmdk-create-type",
                format!(
                    "vmdk createType is {}: refused, only monolithicSparse and streamOptimized keep all data inside the image (OSSA-2023-002)",
                    other.map(|t| format!("{t:?}")).unwrap_or_else(|| "missing".into())
                ),
            )
            .found(found));
        }
    }
    let mut extents = Vec::new();
    for line in text.split('\n').map(str::trim) {
        if line.is_empty() || line.starts_with('#') || line.starts_with("ddb") {
            continue;
        }
        let key = line.split('=').next().unwrap_or("");
        if line.contains('=') && !key.contains(' ') {
            continue;
        }
        if matches!(line.split(' ').next(), Some("rw" | "rdonly" | "noaccess")) {
            extents.push(line);
            continue;
        }
        return Err(Refusal::new(
            "vmdk-descriptor",
            format!(
                "vmdk descriptor has a line that is not a header, extent or ddb entry ({}): refused",
                quote(line.as_bytes())
            ),
        )
        .found(found));
    }
    if let Some(line) = extents.iter().find(|l| l.contains('/')) {
        return Err(Refusal::new(
            "vmdk-extent-path",
            format!(
                "vmdk extent names a path ({}): refused, an extent reads a host file (OSSA-2023-002)",
                quote(line.as_bytes())
            ),
        )
        .found(found));
    }
    let Some(first) = extents.first() else {
        return Err(Refusal::new("vmdk-descriptor", "vmdk descriptor defines no extents: refused").found(found));
    };
    if header.is_none() {
        return Err(Refusal::new(
            "vmdk-extent-file",
            format!("vmdk is a bare descriptor whose extent reads another file ({}): refused, only single-file VMDKs are accepted", quote(first.as_bytes())),
        )
        .found(found));
    }
    Ok(found)
}

/// oslo's `check_footer` on the last 1536 bytes: footer marker, a footer header that
/// agrees with the head one and does not point at yet another footer, end-of-stream
/// marker.
pub(crate) fn check_footer(header: &SparseHeader, tail: &[u8]) -> Result<(), Refusal> {
    let bad = |why: &str| {
        Err(Refusal::new("vmdk-footer", format!("vmdk stream footer {why}: refused")).found(header.inspection(None)))
    };
    if tail.len() < FOOTER_LEN {
        return bad("is missing (the stream is shorter than a footer)");
    }
    let tail = &tail[tail.len() - FOOTER_LEN..];
    let marker =
        |m: &[u8], ty: u32| le32(m, 8) == Some(0) && le32(m, 12) == Some(ty) && m[16..512].iter().all(|&b| b == 0);
    if !marker(&tail[..512], 3) {
        return bad("marker is invalid");
    }
    if !marker(&tail[1024..], 0) || le64(&tail[1024..], 0) != Some(0) {
        return bad("end-of-stream marker is invalid");
    }
    let f = &tail[512..1024];
    if !f.starts_with(MAGIC) {
        return bad("signature does not match the header");
    }
    let footer = SparseHeader {
        version: le32(f, 4).unwrap_or(0),
        capacity: le64(f, 12).unwrap_or(0),
        desc_sec: le64(f, 28).unwrap_or(0),
        desc_num: le64(f, 36).unwrap_or(0),
        gd_offset: le64(f, 56).unwrap_or(0),
    };
    if footer.version != header.version {
        return bad("version does not match the header");
    }
    if (footer.desc_sec, footer.desc_num) != (header.desc_sec, header.desc_num) {
        return bad("points at a different descriptor than the header");
    }
    if footer.gd_offset == GD_AT_END {
        return bad("points at another footer");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(desc_sec: u64, gd: u64) -> Vec<u8> {
        let mut h = vec![0u8; 512];
        h[..4].copy_from_slice(MAGIC);
        h[4] = 1;
        h[12..20].copy_from_slice(&131072u64.to_le_bytes());
        h[28..36].copy_from_slice(&desc_sec.to_le_bytes());
        h[36..44].copy_from_slice(&20u64.to_le_bytes());
        h[56..64].copy_from_slice(&gd.to_le_bytes());
        h
    }

    #[test]
    fn sparse_header_rules() {
        let h = SparseHeader::parse(&header(1, 21)).unwrap();
        assert_eq!(h.descriptor(), (0x200, 20 * 512));
        assert!(!h.has_footer());
        assert_eq!(SparseHeader::parse(&header(2, 21)).unwrap_err().rule, "vmdk-descriptor-offset");
        // u64 overflow in desc_sec * 512 is a refusal, not a panic.
        assert_eq!(SparseHeader::parse(&header(u64::MAX, 21)).unwrap_err().rule, "vmdk-descriptor-offset");
        let mut huge = header(1, GD_AT_END);
        huge[36..44].copy_from_slice(&u64::MAX.to_le_bytes());
        huge[12..20].copy_from_slice(&u64::MAX.to_le_bytes());
        let h = SparseHeader::parse(&huge).unwrap();
        assert_eq!(h.descriptor().1, DESC_MAX);
        assert!(h.has_footer());
        assert_eq!(h.inspection(None).virtual_size, None);
        assert_eq!(SparseHeader::parse(&header(1, 0)[..40]).unwrap_err().rule, "truncated-header");
    }

    #[test]
    fn descriptor_rules() {
        let h = SparseHeader::parse(&header(1, 21)).unwrap();
        let good = b"# Disk DescriptorFile\nversion=1\nCID=1\nparentCID=ffffffff\ncreateType=\"monolithicSparse\"\nRW 131072 SPARSE \"a.vmdk\"\nddb.virtualHWVersion = \"4\"\n\0\0\0";
        assert_eq!(check_descriptor(good, Some(&h)).unwrap().subformat.as_deref(), Some("monolithicsparse"));
        let flat = b"createType=\"monolithicFlat\"\nRW 2048 FLAT \"a-flat.vmdk\" 0\n";
        assert_eq!(check_descriptor(flat, Some(&h)).unwrap_err().rule, "vmdk-create-type");
        let path = b"createType=\"streamOptimized\"\nRW 2048 SPARSE \"/etc/shadow\"\n";
        assert_eq!(check_descriptor(path, Some(&h)).unwrap_err().rule, "vmdk-extent-path");
        let junk = b"createType=\"streamOptimized\"\nRW 2048 SPARSE \"a\"\nwhat is this\n";
        assert_eq!(check_descriptor(junk, Some(&h)).unwrap_err().rule, "vmdk-descriptor");
        let none = b"createType=\"streamOptimized\"\n";
        assert_eq!(check_descriptor(none, Some(&h)).unwrap_err().rule, "vmdk-descriptor");
        assert_eq!(check_descriptor(b"\0", Some(&h)).unwrap_err().rule, "vmdk-descriptor");
        assert_eq!(check_descriptor("createType=\"é\"".as_bytes(), Some(&h)).unwrap_err().rule, "vmdk-descriptor");
        // A bare descriptor file always reads another file.
        assert_eq!(check_descriptor(good, None).unwrap_err().rule, "vmdk-extent-file");
        // createType longer than oslo's 64-character bound is "not found".
        let long = format!("createType=\"{}\"\n", "x".repeat(100));
        assert!(!text_is_descriptor(long.as_bytes()));
    }
}

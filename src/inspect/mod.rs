//! Disk image format inspection: which format a stream of bytes really is, its virtual
//! size, and whether it is safe to hand to qemu (issue 12). A pure-Rust, single-pass
//! port of oslo.utils' `imageutils/format_inspector.py` (same magic numbers, offsets and
//! safety checks) plus Glance's `require_image_format_match`.
//!
//! This module owns the verdict types ([`DiskFormat`], [`Inspection`], [`Refusal`]), the
//! declared-versus-found rule ([`declared_matches`]) and the seekable-file convenience
//! ([`inspect_file`]); the streaming engine is [`Inspector`] in `stream.rs`. It must not
//! run a subprocess, touch the cluster, or depend on the rest of rbdctl (its error type,
//! the CLI, the settings, the image or volume families): callers map a
//! [`Refusal`] into their own error type.

mod formats;
mod stream;
mod vhdx;
mod vmdk;

#[cfg(test)]
mod tests;

use std::fmt;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;
use std::str::FromStr;

use serde::Serialize;

pub use stream::{HEAD_LEN, Inspector, TAIL_LEN};

/// A disk format by Glance's `disk_format` name (oslo's names for `gpt`, `mbr`, `luks`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiskFormat {
    Raw,
    Qcow2,
    Vmdk,
    /// qemu calls it `vpc`; Glance and oslo call it `vhd`.
    Vhd,
    Vhdx,
    Vdi,
    Qed,
    Iso,
    /// A raw disk whose first sector is a protective MBR in front of a GPT.
    Gpt,
    /// A raw disk with a legacy MBR partition table. oslo reports both as `gpt`; they are
    /// told apart here because an operator reading "gpt" for a DOS-partitioned disk would
    /// rightly distrust the tool.
    Mbr,
    Luks,
}

impl DiskFormat {
    pub const ALL: [DiskFormat; 11] = [
        DiskFormat::Raw,
        DiskFormat::Qcow2,
        DiskFormat::Vmdk,
        DiskFormat::Vhd,
        DiskFormat::Vhdx,
        DiskFormat::Vdi,
        DiskFormat::Qed,
        DiskFormat::Iso,
        DiskFormat::Gpt,
        DiskFormat::Mbr,
        DiskFormat::Luks,
    ];

    /// The Glance `disk_format` name.
    pub fn name(self) -> &'static str {
        match self {
            DiskFormat::Raw => "raw",
            DiskFormat::Qcow2 => "qcow2",
            DiskFormat::Vmdk => "vmdk",
            DiskFormat::Vhd => "vhd",
            DiskFormat::Vhdx => "vhdx",
            DiskFormat::Vdi => "vdi",
            DiskFormat::Qed => "qed",
            DiskFormat::Iso => "iso",
            DiskFormat::Gpt => "gpt",
            DiskFormat::Mbr => "mbr",
            DiskFormat::Luks => "luks",
        }
    }

    /// Whether the bytes are the disk itself, so a COW clone of them is a usable volume:
    /// raw, a partitioned disk (gpt, mbr), an ISO, and a LUKS container (Cinder stores
    /// encrypted volumes as raw LUKS).
    pub fn is_raw_data(self) -> bool {
        matches!(self, DiskFormat::Raw | DiskFormat::Gpt | DiskFormat::Mbr | DiskFormat::Iso | DiskFormat::Luks)
    }

    /// The name `qemu-img -f` takes for this data: ISO and partitioned disks are raw to
    /// qemu, and VHD is `vpc`.
    pub fn qemu_name(self) -> &'static str {
        match self {
            DiskFormat::Raw | DiskFormat::Iso | DiskFormat::Gpt | DiskFormat::Mbr => "raw",
            DiskFormat::Vhd => "vpc",
            other => other.name(),
        }
    }
}

impl fmt::Display for DiskFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for DiskFormat {
    type Err = String;

    /// Glance's names, case-insensitive; qemu's `vpc` is accepted for `vhd`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        if lower == "vpc" {
            return Ok(DiskFormat::Vhd);
        }
        DiskFormat::ALL.into_iter().find(|f| f.name() == lower).ok_or_else(|| {
            let names: Vec<&str> = DiskFormat::ALL.iter().map(|f| f.name()).collect();
            format!("unknown disk format {s:?} (expected one of: {})", names.join(", "))
        })
    }
}

impl Serialize for DiskFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// What the data is, once it has passed every safety check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Inspection {
    pub format: DiskFormat,
    /// The guest-visible size in bytes: from the format's header, or the stream length for
    /// raw data (and gpt/mbr, which are raw disks). `None` while the stream has not ended
    /// (raw) or when the format does not record one (a UDF-only ISO).
    pub virtual_size: Option<u64>,
    /// The variant, where it matters to a reader: a VMDK's createType (lowercase, as
    /// oslo compares it), `fixed`/`dynamic` for VHD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subformat: Option<String>,
}

impl Inspection {
    pub(crate) fn new(format: DiskFormat, virtual_size: Option<u64>) -> Self {
        Inspection { format, virtual_size, subformat: None }
    }

    pub(crate) fn with_subformat(mut self, subformat: &str) -> Self {
        self.subformat = Some(subformat.to_string());
        self
    }
}

/// Why the data must not be stored or handed to qemu. `rule` is a stable short id (for
/// tests, logs and scripts); `message` is one line naming the rule's reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    pub rule: &'static str,
    pub message: String,
    /// What was recognised before the refusal, when it was a single format (a QED image's
    /// size, a qcow2 with a backing file): lets a caller log what it refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<Inspection>,
}

impl Refusal {
    pub(crate) fn new(rule: &'static str, message: impl Into<String>) -> Self {
        Refusal { rule, message: message.into(), found: None }
    }

    pub(crate) fn found(mut self, found: Inspection) -> Self {
        self.found = Some(found);
        self
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Refusal {}

/// Glance's `require_image_format_match`: the declared `disk_format` must be what the
/// data is. The exceptions are the ones OpenStack makes:
/// - declared `raw`: a GPT or MBR partitioned disk is raw data (Glance's conversion plugin
///   and Nova turn a detected `gpt` into `raw`), and so is a LUKS container (Cinder treats
///   `luks` as `raw`, and uploads encrypted volumes as `raw`). Any other rich format
///   claimed as raw is refused: a qcow2 stored as "raw" is read as qcow2 by the next tool
///   that probes it, which is how OSSA-2024-001/002 reached host files.
/// - declared `iso`: an ISO (the finder already resolved a hybrid ISO+GPT/MBR to `iso`).
/// - declared `gpt` or `mbr`: either (oslo does not tell them apart).
pub fn declared_matches(declared: DiskFormat, found: &Inspection) -> Result<(), Refusal> {
    use DiskFormat::*;
    let ok = match (declared, found.format) {
        (a, b) if a == b => true,
        (Raw, Gpt | Mbr | Luks) => true,
        (Gpt, Mbr) | (Mbr, Gpt) => true,
        _ => false,
    };
    if ok {
        return Ok(());
    }
    let why = if declared == Raw {
        "refused, a rich format stored as raw is read as that format by the next tool that probes it (OSSA-2024-001)"
    } else {
        "refused, the data contradicts the declared disk_format (Glance require_image_format_match)"
    };
    Err(Refusal::new(
        "format-mismatch",
        format!("declared disk_format {declared} but the data is {}: {why}", found.format),
    )
    .found(found.clone()))
}

/// Inspect a seekable file without reading all of it: the head, only the regions a
/// format points at, and the tail. The outer `io::Result` is the file's own I/O; the inner
/// result is the verdict, exactly as [`Inspector::finish`] would give for the whole stream.
pub fn inspect_file(path: impl AsRef<Path>) -> io::Result<Result<Inspection, Refusal>> {
    inspect_seekable(&mut File::open(path)?)
}

/// [`inspect_file`] for anything seekable (an open file, an RBD snapshot); leaves the
/// position anywhere.
pub fn inspect_seekable<R: Read + Seek>(file: &mut R) -> io::Result<Result<Inspection, Refusal>> {
    let len = file.seek(SeekFrom::End(0))?;
    file.seek(SeekFrom::Start(0))?;
    let mut inspector = Inspector::new();
    let mut buf = vec![0u8; 64 * 1024];
    let tail_start = len.saturating_sub(TAIL_LEN as u64);
    let mut pos = 0u64;
    while pos < len {
        // Skip ahead to the next byte any format still wants, or to the tail. Nothing
        // before the tail is ever needed twice, so the skip only moves forward.
        let target = match inspector.next_needed() {
            Some(off) => off.min(tail_start),
            None => tail_start,
        };
        if target > pos {
            inspector.skip(target - pos);
            file.seek(SeekFrom::Start(target))?;
            pos = target;
            continue;
        }
        let want = (len - pos).min(buf.len() as u64) as usize;
        let n = file.read(&mut buf[..want])?;
        if n == 0 {
            // The file shrank under us: judge what was there.
            break;
        }
        inspector.feed(&buf[..n]);
        pos += n as u64;
    }
    Ok(inspector.finish())
}

/// What an operator declares with `--disk-format`: Glance's `disk_format`, or `auto`
/// for whatever the data is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Declared {
    #[default]
    Auto,
    Format(DiskFormat),
}

impl Declared {
    /// Every value `--disk-format` takes, for help and completions.
    pub const NAMES: &[&str] =
        &["auto", "raw", "qcow2", "vmdk", "vhd", "vhdx", "vdi", "qed", "iso", "gpt", "mbr", "luks"];
}

impl FromStr for Declared {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("auto") {
            return Ok(Declared::Auto);
        }
        s.parse()
            .map(Declared::Format)
            .map_err(|e: String| e.replace("expected one of: ", "expected auto, or one of: "))
    }
}

impl fmt::Display for Declared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Declared::Auto => f.write_str("auto"),
            Declared::Format(d) => d.fmt(f),
        }
    }
}

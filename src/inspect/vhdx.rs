//! VHDX: the file identifier, the region table at 192 KiB, the metadata table it points
//! at, and the Virtual Disk Size item the metadata table points at (oslo's
//! `VHDXInspector`, same GUIDs and limits).
//!
//! Pure parsing of one region at a time; each step answers where the next region is, and
//! `stream.rs` captures it as the stream passes. Must not read past what it is given.

use super::Refusal;
use super::formats::{le16, le32, le64};

pub(crate) const IDENT: &[u8] = b"vhdxfile";
pub(crate) const REGION_TABLE: u64 = 192 * 1024;
pub(crate) const REGION_TABLE_LEN: usize = 64 * 1024;
/// A metadata table header plus at most 2047 32-byte entries (as oslo and qemu).
pub(crate) const METADATA_TABLE_LEN: usize = 32 * 2048;
const MAX_ENTRIES: u32 = 2047;

/// The MS-GUIDs as they are stored (first three fields little-endian).
const METADATA_REGION: [u8; 16] = guid("8B7CA206-4790-4B9A-B8FE-575F050F886E");
const VIRTUAL_DISK_SIZE: [u8; 16] = guid("2FA54224-CD1B-4876-B211-5DBED83BF4B8");

const fn hex(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => panic!("not a hex digit"),
    }
}

/// A GUID's text form to its on-disk bytes, at compile time.
const fn guid(text: &str) -> [u8; 16] {
    let t = text.as_bytes();
    let mut digits = [0u8; 32];
    let (mut i, mut n) = (0, 0);
    while i < t.len() {
        if t[i] != b'-' {
            digits[n] = hex(t[i]);
            n += 1;
        }
        i += 1;
    }
    let mut big = [0u8; 16];
    let mut k = 0;
    while k < 16 {
        big[k] = digits[2 * k] << 4 | digits[2 * k + 1];
        k += 1;
    }
    [
        big[3], big[2], big[1], big[0], big[5], big[4], big[7], big[6], big[8], big[9], big[10], big[11], big[12],
        big[13], big[14], big[15],
    ]
}

fn malformed(why: String) -> Refusal {
    Refusal::new("vhdx-malformed", format!("vhdx {why}: refused, its virtual size and layout cannot be checked"))
}

/// The region table (captured at 192 KiB): the metadata region's file offset.
pub(crate) fn metadata_offset(table: &[u8]) -> Result<u64, Refusal> {
    if le32(table, 0) != Some(0x6967_6572) {
        return Err(malformed("region table signature \"regi\" missing at 192 KiB".into()));
    }
    let count = le32(table, 8).unwrap_or(0);
    if count > MAX_ENTRIES {
        return Err(malformed(format!("region table has {count} entries (limit {MAX_ENTRIES})")));
    }
    for i in 0..count as usize {
        let at = 16 + 32 * i;
        let Some(entry) = table.get(at..at + 32) else {
            break;
        };
        if entry[..16] == METADATA_REGION {
            return Ok(le64(entry, 16).unwrap_or(0));
        }
    }
    Err(malformed("region table has no metadata region".into()))
}

/// How many bytes of the metadata table are needed, once its header is in: `None` until
/// 32 bytes are there.
pub(crate) fn metadata_table_needs(table: &[u8]) -> Option<usize> {
    let count = le16(table, 10)? as usize;
    Some(32 + 32 * count.min(MAX_ENTRIES as usize))
}

/// The metadata table: the Virtual Disk Size item's offset from the start of the
/// metadata region.
pub(crate) fn size_item_offset(table: &[u8]) -> Result<u64, Refusal> {
    if !table.starts_with(b"metadata") {
        return Err(malformed("metadata region signature missing".into()));
    }
    let count = u32::from(le16(table, 10).unwrap_or(0));
    if count > MAX_ENTRIES {
        return Err(malformed(format!("metadata table has {count} entries (limit {MAX_ENTRIES})")));
    }
    for i in 0..count as usize {
        let at = 32 + 32 * i;
        let Some(entry) = table.get(at..at + 32) else {
            break;
        };
        if entry[..16] == VIRTUAL_DISK_SIZE {
            return Ok(u64::from(le32(entry, 16).unwrap_or(0)));
        }
    }
    Err(malformed("metadata table has no virtual disk size".into()))
}

pub(crate) fn virtual_size(item: &[u8]) -> Result<u64, Refusal> {
    le64(item, 0).ok_or_else(|| malformed("virtual disk size item is cut short".into()))
}

/// The refusal for a region a single pass can no longer read (it lies before a region
/// that pointed at it, outside the retained head).
pub(crate) fn unreachable(what: &str, offset: u64) -> Refusal {
    malformed(format!("{what} at offset {offset:#x} precedes the structure that points at it"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_stored_mixed_endian() {
        assert_eq!(METADATA_REGION[..4], [0x06, 0xA2, 0x7C, 0x8B]);
        assert_eq!(METADATA_REGION[4..8], [0x90, 0x47, 0x9A, 0x4B]);
        assert_eq!(METADATA_REGION[8..], [0xB8, 0xFE, 0x57, 0x5F, 0x05, 0x0F, 0x88, 0x6E]);
        assert_eq!(VIRTUAL_DISK_SIZE[..4], [0x24, 0x42, 0xA5, 0x2F]);
    }

    #[test]
    fn tables_with_absurd_counts_are_refused() {
        let mut t = vec![0u8; 64];
        t[..4].copy_from_slice(b"regi");
        t[8..12].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(metadata_offset(&t).unwrap_err().rule, "vhdx-malformed");
        t[8..12].copy_from_slice(&5u32.to_le_bytes());
        assert!(metadata_offset(&t).is_err());
        let mut m = vec![0u8; 32];
        m[..8].copy_from_slice(b"metadata");
        m[10..12].copy_from_slice(&u16::MAX.to_le_bytes());
        assert!(size_item_offset(&m).is_err());
        assert_eq!(metadata_table_needs(&m), Some(32 + 32 * 2047));
        assert!(virtual_size(&[1, 2, 3]).is_err());
    }
}

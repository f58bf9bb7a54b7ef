//! Reading any bytes as a qcow2 through imago, as `--convert raw` and `volume create
//! --from-image` do: opening, mapping and reading never panic, every mapped run is
//! non-empty and inside the disk, and nothing is ever read outside the given bytes
//! (imago is opened with implicit opens denied, through a read function over them).
//!
//! Input: the image file itself (the corpus seeds are small qemu-made qcow2 files with
//! 512-byte clusters: plain, compressed, v2). Only the first MiB of the virtual disk is
//! walked, so a header claiming exabytes stays fast.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rbdctl::ceph::ReadAtFn;
use rbdctl::convert::DiskReader;
use rbdctl::inspect::DiskFormat;
use rbdctl::transfer::RawSource;

const WALK: u64 = 1 << 20;

fuzz_target!(|data: &[u8]| {
    let bytes = data.to_vec();
    let len = bytes.len() as u64;
    let read: ReadAtFn = Box::new(move |offset, buf| {
        let end = offset.checked_add(buf.len() as u64).expect("imago asks within u64");
        assert!(end <= len, "read {offset}+{} past the {len} bytes given", buf.len());
        buf.copy_from_slice(&bytes[offset as usize..end as usize]);
        Ok(())
    });
    let Ok(mut disk) = DiskReader::from_read_at(read, len, DiskFormat::Qcow2, "fuzz.qcow2") else {
        return;
    };
    let limit = disk.virtual_size().min(WALK);
    let mut buf = vec![0u8; 64 * 1024];
    let mut pos = 0u64;
    while pos < limit {
        let Ok((run, has_data)) = disk.extent(pos, limit - pos) else { return };
        assert!(run > 0 && run <= limit - pos, "run {run} at {pos} of {limit}");
        let step = if has_data { run.min(buf.len() as u64) } else { run };
        if has_data && disk.read_at(pos, &mut buf[..step as usize]).is_err() {
            return;
        }
        pos += step;
    }
});

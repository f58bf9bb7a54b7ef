//! Which fixed-size chunks of a stretch of one RADOS object hold only zeros, as the OSD
//! sees them at the pool context's read snapshot, without the bytes crossing the network.
//!
//! One read op carries two chunked checksums of the same range: CRC-32C and xxHash64 with
//! a caller-chosen seed (`rados_read_op_checksum`; PrimaryLogPG::do_checksum reads the
//! range once per checksum and answers `[u32 count][count values]`). A chunk counts as
//! zeros only when BOTH equal the values of a chunk of zeros. Why two: a backup that
//! took a non-zero chunk for zeros would lose data silently, and with CRC-32C alone
//! that happens to a random chunk with probability 2^-32, about once per 16 TiB read at
//! 64 KiB chunks, which is not rare enough for a backup; and CRC-32C is linear, so
//! data crafted to collide with zeros is easy to write. xxHash64 adds 64 bits with a
//! seed drawn per backup, so such data can't be prepared in advance either. The cost is
//! 12 bytes per chunk on the wire and a second hash pass on the OSD over data it has
//! just read (cached).

use super::cluster::Pool;
use super::error::check;
use super::ffi;
use super::objects::AioReadOp;
use crate::error::{Error, Result};
use libc::{c_char, c_int};
use std::ffi::CString;
use std::marker::PhantomData;

/// Outputs librados writes into while the request is in flight: boxed (and the vectors
/// never resized) so their addresses stay put.
struct Outputs {
    crc_rval: c_int,
    xxh_rval: c_int,
    crc: Vec<u8>,
    xxh: Vec<u8>,
    crc_init: [u8; 4],
    xxh_init: [u8; 8],
    oid: CString,
}

/// The zero-chunk values for one chunk size and seed, computed once per walk.
#[derive(Debug, Clone, Copy)]
pub struct ZeroChunks {
    pub chunk: u64,
    pub seed: u64,
    /// `ceph_crc32c(0xffffffff, zeros)`: the raw register the OSD answers.
    crc: u32,
    xxh: u64,
}

impl ZeroChunks {
    pub fn new(chunk: u64, seed: u64) -> ZeroChunks {
        let zeros = vec![0u8; chunk as usize];
        ZeroChunks { chunk, seed, crc: crate::manifest::raw(!0, &zeros), xxh: xxh64(seed, &zeros) }
    }
}

/// One request in flight. Dropping it waits for librados first.
pub struct ZeroChunksRequest<'p> {
    /// Declared before `out`: it waits for librados on drop (see [`AioReadOp`]).
    aio: AioReadOp,
    out: Box<Outputs>,
    count: usize,
    zeros: ZeroChunks,
    _pool: PhantomData<&'p ()>,
}

// SAFETY: only librados handles (thread-safe) and its own boxed outputs; waited on by
// one thread (`wait` takes `self`).
unsafe impl Send for ZeroChunksRequest<'_> {}

impl Pool<'_> {
    /// Ask which `zeros.chunk`-byte chunks of `[offset, offset+len)` of object `oid` are
    /// all zeros. `offset` and `len` must be multiples of the chunk size, and the range
    /// within what the object stores (the OSD refuses it otherwise: see
    /// [`ZeroChunksRequest::wait`]).
    pub fn aio_zero_chunks(
        &self,
        oid: &str,
        offset: u64,
        len: u64,
        zeros: ZeroChunks,
    ) -> Result<ZeroChunksRequest<'_>> {
        let name = CString::new(oid).map_err(|_| Error::invalid(format!("object name {oid:?} contains a NUL byte")))?;
        if zeros.chunk == 0 || len == 0 || !offset.is_multiple_of(zeros.chunk) || !len.is_multiple_of(zeros.chunk) {
            return Err(Error::Internal {
                what: format!("zero-chunk query of {oid} at {offset}+{len} with chunk {}", zeros.chunk),
            });
        }
        let count = (len / zeros.chunk) as usize;
        let mut out = Box::new(Outputs {
            crc_rval: 0,
            xxh_rval: 0,
            crc: vec![0; 4 + 4 * count],
            xxh: vec![0; 4 + 8 * count],
            crc_init: 0xffff_ffffu32.to_le_bytes(),
            xxh_init: zeros.seed.to_le_bytes(),
            oid: name,
        });
        let aio = AioReadOp::new()?;
        let op = aio.op;
        let o = &mut *out;
        // SAFETY: every pointer points into the boxed Outputs (the vectors are never
        // resized), which live until the request is dropped; Drop waits for completion.
        unsafe {
            ffi::rados_read_op_checksum(
                op,
                ffi::LIBRADOS_CHECKSUM_TYPE_CRC32C,
                o.crc_init.as_ptr() as *const c_char,
                o.crc_init.len(),
                offset,
                len as usize,
                zeros.chunk as usize,
                o.crc.as_mut_ptr() as *mut c_char,
                o.crc.len(),
                &mut o.crc_rval,
            );
            ffi::rados_read_op_checksum(
                op,
                ffi::LIBRADOS_CHECKSUM_TYPE_XXHASH64,
                o.xxh_init.as_ptr() as *const c_char,
                o.xxh_init.len(),
                offset,
                len as usize,
                zeros.chunk as usize,
                o.xxh.as_mut_ptr() as *mut c_char,
                o.xxh.len(),
                &mut o.xxh_rval,
            );
        }
        let mut req = ZeroChunksRequest { aio, out, count, zeros, _pool: PhantomData };
        let ret = req.aio.submit(self, &req.out.oid);
        check(ret, || format!("asking which chunks of object {oid} are zeros"))?;
        Ok(req)
    }
}

impl ZeroChunksRequest<'_> {
    /// One flag per chunk, `true` = all zeros. `None` when the OSD can't tell: the object
    /// does not exist at the read snapshot (a clone's data still in its parent), or the
    /// range is not all stored (EINVAL/ERANGE), or the answer has the wrong length; the
    /// caller then reads the range through librbd.
    pub fn wait(mut self) -> Result<Option<Vec<bool>>> {
        let ret = self.aio.wait();
        let unknown = |r: c_int| r == -libc::ENOENT || r == -libc::EINVAL || r == -libc::ERANGE;
        if unknown(ret) || unknown(self.out.crc_rval) || unknown(self.out.xxh_rval) {
            return Ok(None);
        }
        let oid = self.out.oid.to_string_lossy().into_owned();
        let what = || format!("zero-chunk checksums of object {oid}");
        check(ret, what)?;
        check(self.out.crc_rval, what)?;
        check(self.out.xxh_rval, what)?;
        let n = |b: &[u8]| u32::from_le_bytes(b[..4].try_into().expect("4 bytes")) as usize;
        if n(&self.out.crc) != self.count || n(&self.out.xxh) != self.count {
            return Ok(None);
        }
        let z = self.zeros;
        Ok(Some(
            (0..self.count)
                .map(|i| {
                    let crc = u32::from_le_bytes(self.out.crc[4 + 4 * i..8 + 4 * i].try_into().expect("4 bytes"));
                    let xxh = u64::from_le_bytes(self.out.xxh[4 + 8 * i..12 + 8 * i].try_into().expect("8 bytes"));
                    crc == z.crc && xxh == z.xxh
                })
                .collect(),
        ))
    }
}

const P1: u64 = 0x9E37_79B1_85EB_CA87;
const P2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const P3: u64 = 0x1656_67B1_9E37_79F9;
const P4: u64 = 0x85EB_CA77_C2B2_AE63;
const P5: u64 = 0x27D4_EB2F_1656_67C5;

fn round(acc: u64, lane: u64) -> u64 {
    acc.wrapping_add(lane.wrapping_mul(P2)).rotate_left(31).wrapping_mul(P1)
}

fn merge(acc: u64, v: u64) -> u64 {
    (acc ^ round(0, v)).wrapping_mul(P1).wrapping_add(P4)
}

/// XXH64 (the OSD's `Checksummer::xxhash64`: `XXH64(data, len, seed)`), for the value of
/// a chunk of zeros. A wrong value here would only make every chunk look non-zero (read,
/// never skipped), and the backup tests would see the bytes read.
pub fn xxh64(seed: u64, data: &[u8]) -> u64 {
    let le64 = |b: &[u8]| u64::from_le_bytes(b[..8].try_into().expect("8 bytes"));
    let mut rest = data;
    let mut h = if data.len() >= 32 {
        let mut v = [seed.wrapping_add(P1).wrapping_add(P2), seed.wrapping_add(P2), seed, seed.wrapping_sub(P1)];
        while rest.len() >= 32 {
            for (i, v) in v.iter_mut().enumerate() {
                *v = round(*v, le64(&rest[8 * i..]));
            }
            rest = &rest[32..];
        }
        let mut h = v[0]
            .rotate_left(1)
            .wrapping_add(v[1].rotate_left(7))
            .wrapping_add(v[2].rotate_left(12))
            .wrapping_add(v[3].rotate_left(18));
        for v in v {
            h = merge(h, v);
        }
        h
    } else {
        seed.wrapping_add(P5)
    };
    h = h.wrapping_add(data.len() as u64);
    while rest.len() >= 8 {
        h = (h ^ round(0, le64(rest))).rotate_left(27).wrapping_mul(P1).wrapping_add(P4);
        rest = &rest[8..];
    }
    if rest.len() >= 4 {
        let k = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes")) as u64;
        h = (h ^ k.wrapping_mul(P1)).rotate_left(23).wrapping_mul(P2).wrapping_add(P3);
        rest = &rest[4..];
    }
    for &b in rest {
        h = (h ^ (b as u64).wrapping_mul(P5)).rotate_left(11).wrapping_mul(P1);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(P2);
    h ^= h >> 29;
    h = h.wrapping_mul(P3);
    h ^ (h >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xxh64_known_values() {
        // The reference implementation's values (xxhsum -H64 / XXH64 test vectors).
        assert_eq!(xxh64(0, b""), 0xEF46_DB37_51D8_E999);
        assert_eq!(xxh64(0, b"a"), 0xD24E_C4F1_A98C_6E5B);
        assert_eq!(xxh64(0, b"abc"), 0x44BC_2CF5_AD77_0999);
        // 39 bytes: the 32-byte stripes, then 4-byte and single-byte tails (python-xxhash's example).
        assert_eq!(xxh64(0, b"Nobody inspects the spammish repetition"), 0xFBCE_A83C_8A37_8BF1);
    }
}

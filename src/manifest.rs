//! The integrity manifest: one CRC-32C per RADOS object of an image, all-zero objects
//! marked, and a digest of the digests (the construction of blkhash: a digest per block,
//! a known digest for zero blocks, a digest over the digests).
//!
//! CRC-32C, because it is the one checksum of librados' `rados_read_op_checksum`
//! (xxhash32, xxhash64, crc32c) whose value for "bytes followed by n zeros" follows
//! from the value for "bytes" and n alone. An RBD object is stored only up to its last
//! written byte, and how far that is depends on how it was written (thin uploads skip
//! zero chunks, librbd trims on resize), not on the image's content; with CRC-32C the
//! OSD checksums what it stores and we extend that to the object's full length with
//! [`shift`], so a digest depends on content only. See docs/manifest.md.
//!
//! Pure logic, no I/O. [`Builder`] takes `(offset, bytes)` extents in any order (each
//! byte at most once; bytes never fed are zeros, as the unallocated parts of an image),
//! so an upload, an import, a copy or a backup can record a manifest in the pass that
//! moves the data. [`Manifest`] is the finished record: encoding, decoding, the expected
//! digest of each object, and the comparison used by `image verify` and downloads.

use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

static ZEROS: [u8; 1 << 16] = [0; 1 << 16];

/// memcmp against a zero page: vectorised by libc, far faster than a byte loop.
pub fn is_zero(data: &[u8]) -> bool {
    data.chunks(ZEROS.len()).all(|c| c == &ZEROS[..c.len()])
}

/// The only algorithm of format version 1.
pub const ALGO: &str = "crc32c";
const VERSION: &str = "rbdctl-manifest/1";

/// CRC-32C (Castagnoli), reflected polynomial.
const POLY: u32 = 0x82F6_3B78;

/// The CRC register fed with `data`, starting from `register`, without the usual
/// inversions (Ceph's `ceph_crc32c(seed, data, len)` has these semantics).
pub fn raw(register: u32, data: &[u8]) -> u32 {
    !crc32c::crc32c_append(!register, data)
}

const fn gf2_times(mat: &[u32; 32], mut vec: u32) -> u32 {
    let mut sum = 0;
    let mut i = 0;
    while vec != 0 {
        if vec & 1 != 0 {
            sum ^= mat[i];
        }
        vec >>= 1;
        i += 1;
    }
    sum
}

const fn gf2_square(mat: &[u32; 32]) -> [u32; 32] {
    let mut square = [0u32; 32];
    let mut n = 0;
    while n < 32 {
        square[n] = gf2_times(mat, mat[n]);
        n += 1;
    }
    square
}

/// `ZERO_BYTES[k]`: the GF(2) operator that advances a raw CRC-32C register over 2^k zero
/// bytes (zlib's crc32_combine operators). Computed at compile time: [`shift`] runs once
/// or more per object of every backup, upload and verify, and squaring the operators
/// anew on each call (three 32x32 matrix products per bit of the length) was ~7 % of a
/// full backup's CPU. 64 entries cover every u64 length.
static ZERO_BYTES: [[u32; 32]; 64] = {
    // One zero bit: the CRC polynomial in the first row, then the shift.
    let mut one_bit = [0u32; 32];
    one_bit[0] = POLY;
    let mut n = 1;
    while n < 32 {
        one_bit[n] = 1 << (n - 1);
        n += 1;
    }
    let two_bits = gf2_square(&one_bit);
    let four_bits = gf2_square(&two_bits);
    let mut table = [[0u32; 32]; 64];
    table[0] = gf2_square(&four_bits); // one byte
    let mut k = 1;
    while k < 64 {
        table[k] = gf2_square(&table[k - 1]);
        k += 1;
    }
    table
};

/// The raw register after `zeros` more zero bytes: `raw(r, 0^n)` in O(log n) matrix-vector
/// products with the precomputed operators. This is what lets a digest ignore where an
/// object's stored bytes end.
pub fn shift(register: u32, zeros: u64) -> u32 {
    let (mut crc, mut len, mut k) = (register, zeros, 0);
    while len != 0 && crc != 0 {
        if len & 1 != 0 {
            crc = gf2_times(&ZERO_BYTES[k], crc);
        }
        len >>= 1;
        k += 1;
    }
    crc
}

/// Standard CRC-32C of `len` zero bytes.
pub fn zeros_crc(len: u64) -> u32 {
    !shift(!0, len)
}

/// The standard CRC-32C of a whole object from what an OSD answers for it: `osd_raw` =
/// `ceph_crc32c(0xffffffff, stored bytes)` over `stored` bytes, the object being
/// `len` bytes long (the rest zeros). `None` when more is stored than the object holds.
pub fn from_osd(osd_raw: u32, stored: u64, len: u64) -> Option<u32> {
    len.checked_sub(stored).map(|pad| !shift(osd_raw, pad))
}

/// The digest of one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectDigest {
    /// Every byte is zero (never written, or written with zeros).
    Zero,
    /// Standard CRC-32C of the object's bytes, zero-padded to its length.
    Crc(u32),
}

/// A finished manifest: the image size and object size fix the object boundaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub size: u64,
    pub object_size: u64,
    /// The snapshot it describes (`snap` for uploads), `None` for an image's head.
    pub snapshot: Option<String>,
    pub objects: Vec<ObjectDigest>,
}

/// One object that does not match.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BadObject {
    pub index: u64,
    /// Byte range in the image, `[offset, offset+length)`.
    pub offset: u64,
    pub length: u64,
    pub expected: String,
    pub actual: String,
}

impl std::fmt::Display for BadObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "object {} (bytes {}..{}): expected crc32c {}, found {}",
            self.index,
            self.offset,
            self.offset + self.length,
            self.expected,
            self.actual
        )
    }
}

pub fn hex(crc: u32) -> String {
    format!("{crc:08x}")
}

impl Manifest {
    pub fn object_count(size: u64, object_size: u64) -> u64 {
        size.div_ceil(object_size)
    }

    /// Byte range of object `index` within the image.
    pub fn object_range(&self, index: u64) -> Range<u64> {
        let start = index * self.object_size;
        start..(start + self.object_size).min(self.size)
    }

    /// Objects that hold any byte of `[offset, offset+len)`.
    pub fn objects_in(&self, offset: u64, len: u64) -> Range<u64> {
        if len == 0 {
            return 0..0;
        }
        offset / self.object_size..(offset + len).div_ceil(self.object_size)
    }

    /// The standard CRC-32C object `index` must have.
    pub fn expected(&self, index: u64) -> u32 {
        match self.objects[index as usize] {
            ObjectDigest::Crc(c) => c,
            ObjectDigest::Zero => {
                let r = self.object_range(index);
                zeros_crc(r.end - r.start)
            }
        }
    }

    /// Compare object `index` with a computed CRC-32C.
    pub fn check(&self, index: u64, actual: u32) -> Option<BadObject> {
        let expected = self.expected(index);
        (expected != actual).then(|| {
            let r = self.object_range(index);
            BadObject { index, offset: r.start, length: r.end - r.start, expected: hex(expected), actual: hex(actual) }
        })
    }

    pub fn zero_objects(&self) -> u64 {
        self.objects.iter().filter(|o| **o == ObjectDigest::Zero).count() as u64
    }

    /// The digest of the digests: sha256 over each object's CRC-32C as 4 big-endian
    /// bytes, in object order (zero objects contribute the CRC of their zeros). Two
    /// images with the same object size and content have the same root.
    pub fn root(&self) -> String {
        let mut h = openssl::sha::Sha256::new();
        for i in 0..self.objects.len() as u64 {
            h.update(&self.expected(i).to_be_bytes());
        }
        h.finish().iter().fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
    }

    /// The stored form (docs/manifest.md): one line of space-separated fields.
    pub fn encode(&self) -> String {
        let mut entries = String::with_capacity(self.objects.len() * 9);
        let mut i = 0;
        while i < self.objects.len() {
            if !entries.is_empty() {
                entries.push(',');
            }
            match self.objects[i] {
                ObjectDigest::Crc(c) => {
                    let _ = write!(entries, "{c:08x}");
                    i += 1;
                }
                ObjectDigest::Zero => {
                    let run = self.objects[i..].iter().take_while(|o| **o == ObjectDigest::Zero).count();
                    entries.push('z');
                    if run > 1 {
                        let _ = write!(entries, "{run}");
                    }
                    i += run;
                }
            }
        }
        format!(
            "{VERSION} algo={ALGO} size={} object_size={} snapshot={} root={} objects={}",
            self.size,
            self.object_size,
            self.snapshot.as_deref().unwrap_or("-"),
            self.root(),
            if entries.is_empty() { "-" } else { &entries }
        )
    }

    /// Parse the stored form; anything unexpected is refused (a manifest that can't be
    /// read proves nothing).
    pub fn decode(text: &str) -> Result<Manifest> {
        let bad = |why: &str| Error::Protocol { what: format!("the stored manifest is malformed: {why}") };
        let mut fields = text.split(' ');
        if fields.next() != Some(VERSION) {
            return Err(bad(&format!("it does not start with {VERSION}")));
        }
        let mut kv = BTreeMap::new();
        for f in fields {
            let (k, v) = f.split_once('=').ok_or_else(|| bad(&format!("field {f:?} has no '='")))?;
            if kv.insert(k, v).is_some() {
                return Err(bad(&format!("field {k} appears twice")));
            }
        }
        let get = |k: &str| kv.get(k).copied().ok_or_else(|| bad(&format!("field {k} is missing")));
        if get("algo")? != ALGO {
            return Err(bad(&format!("algorithm {} is not {ALGO}", get("algo")?)));
        }
        let num = |k: &str| get(k)?.parse::<u64>().map_err(|_| bad(&format!("{k} is not a number")));
        let (size, object_size) = (num("size")?, num("object_size")?);
        if object_size == 0 || !object_size.is_power_of_two() {
            return Err(bad("object_size is not a power of two"));
        }
        let count = Self::object_count(size, object_size);
        let mut objects = Vec::with_capacity(count.min(1 << 24) as usize);
        let list = get("objects")?;
        if list != "-" {
            for e in list.split(',') {
                if let Some(run) = e.strip_prefix('z') {
                    let n: u64 = if run.is_empty() { 1 } else { run.parse().map_err(|_| bad("bad zero run"))? };
                    if n == 0 || objects.len() as u64 + n > count {
                        return Err(bad("more objects than the size holds"));
                    }
                    objects.extend(std::iter::repeat_n(ObjectDigest::Zero, n as usize));
                } else if e.len() == 8 && e.bytes().all(|b| b.is_ascii_hexdigit()) {
                    objects.push(ObjectDigest::Crc(u32::from_str_radix(e, 16).map_err(|_| bad("bad digest"))?));
                } else {
                    return Err(bad(&format!("entry {e:?} is neither a digest nor a zero run")));
                }
            }
        }
        if objects.len() as u64 != count {
            return Err(bad(&format!("{} entries for {count} objects", objects.len())));
        }
        let snapshot = match get("snapshot")? {
            "-" => None,
            s => Some(s.to_string()),
        };
        let m = Manifest { size, object_size, snapshot, objects };
        if m.root() != get("root")? {
            return Err(bad("its root digest does not match its entries"));
        }
        Ok(m)
    }
}

/// A run of fed bytes inside one object: its raw CRC from a zero register.
#[derive(Debug, Clone, Copy)]
struct Segment {
    len: u64,
    raw: u32,
    zero: bool,
}

/// Collects extents for a range of objects and produces their digests. Extents may come
/// in any order; each byte may be fed once.
#[derive(Debug)]
pub struct Builder {
    object_size: u64,
    /// Objects in progress: start within the object -> segment. Adjacent segments are
    /// merged at once, so in-order feeding keeps one per object.
    open: BTreeMap<u64, BTreeMap<u64, Segment>>,
    /// A byte fed twice: a bug in the caller; reported by `finish`.
    overlap: Option<u64>,
}

impl Builder {
    /// A builder for an image of objects of `object_size` bytes (a power of two). The
    /// image size is only needed at the end, so a stream of unknown length can be fed.
    pub fn new(object_size: u64) -> Builder {
        assert!(object_size.is_power_of_two(), "object size {object_size} is a power of two");
        Builder { object_size, open: BTreeMap::new(), overlap: None }
    }

    pub fn object_size(&self) -> u64 {
        self.object_size
    }

    /// Feed `data` found at image offset `offset`.
    pub fn add(&mut self, offset: u64, data: &[u8]) {
        let mut pos = 0usize;
        while pos < data.len() {
            let at = offset + pos as u64;
            let in_obj = at % self.object_size;
            let n = ((self.object_size - in_obj) as usize).min(data.len() - pos);
            let piece = &data[pos..pos + n];
            let zero = is_zero(piece);
            let seg = Segment { len: n as u64, raw: if zero { 0 } else { raw(0, piece) }, zero };
            self.insert(at / self.object_size, in_obj, seg);
            pos += n;
        }
    }

    fn insert(&mut self, object: u64, start: u64, seg: Segment) {
        let segs = self.open.entry(object).or_default();
        let end = start + seg.len;
        if let Some((&s, p)) = segs.range(..end).next_back()
            && s + p.len > start
        {
            self.overlap.get_or_insert(object * self.object_size + start);
            return;
        }
        let (mut start, mut seg) = (start, seg);
        // Merge with the segment that ends where this one starts...
        if let Some((&s, p)) = segs.range(..start).next_back()
            && s + p.len == start
        {
            let p = *p;
            segs.remove(&s);
            seg = Segment { len: p.len + seg.len, raw: shift(p.raw, seg.len) ^ seg.raw, zero: p.zero && seg.zero };
            start = s;
        }
        // ...and with the one that starts where this one ends.
        if let Some(n) = segs.remove(&(start + seg.len)) {
            seg = Segment { len: seg.len + n.len, raw: shift(seg.raw, n.len) ^ n.raw, zero: seg.zero && n.zero };
        }
        segs.insert(start, seg);
    }

    /// The digest of object `index` from what was fed (gaps are zeros).
    fn digest(&self, index: u64, size: u64) -> ObjectDigest {
        let start = index * self.object_size;
        let len = (start + self.object_size).min(size) - start;
        let Some(segs) = self.open.get(&index) else { return ObjectDigest::Zero };
        if segs.values().all(|s| s.zero) {
            return ObjectDigest::Zero;
        }
        let (mut reg, mut pos) = (0u32, 0u64);
        for (&s, seg) in segs {
            reg = shift(reg, s - pos + seg.len) ^ seg.raw;
            pos = s + seg.len;
        }
        reg = shift(reg, len.saturating_sub(pos));
        ObjectDigest::Crc(!(shift(!0, len) ^ reg))
    }

    /// The standard CRC-32C of object `index` as fed so far (gaps as zeros).
    pub fn crc(&self, index: u64, size: u64) -> u32 {
        let start = index * self.object_size;
        let len = (start + self.object_size).min(size) - start;
        match self.digest(index, size) {
            ObjectDigest::Zero => zeros_crc(len),
            ObjectDigest::Crc(c) => c,
        }
    }

    fn check_overlap(&self) -> Result<()> {
        match self.overlap {
            Some(at) => Err(Error::Internal { what: format!("the manifest was fed byte {at} twice") }),
            None => Ok(()),
        }
    }

    /// The manifest of the whole image.
    /// The manifest of the whole image of `size` bytes.
    pub fn finish(self, size: u64, snapshot: Option<&str>) -> Result<Manifest> {
        self.check_overlap()?;
        let count = Manifest::object_count(size, self.object_size);
        let past_end = self.open.iter().next_back().is_some_and(|(&i, segs)| {
            i >= count || segs.iter().next_back().is_some_and(|(&s, g)| i * self.object_size + s + g.len > size)
        });
        if past_end {
            return Err(Error::Internal { what: "the manifest was fed bytes past the image's end".into() });
        }
        let objects = (0..count).map(|i| self.digest(i, size)).collect();
        Ok(Manifest { size, object_size: self.object_size, snapshot: snapshot.map(str::to_string), objects })
    }

    /// Compare the objects `objects` (fed in full, gaps as zeros) with `manifest`. A zero
    /// object that was never fed costs nothing.
    pub fn compare(self, manifest: &Manifest, objects: Range<u64>) -> Result<Vec<BadObject>> {
        self.check_overlap()?;
        if manifest.object_size != self.object_size {
            return Err(Error::Internal { what: "compared with a manifest of another object size".into() });
        }
        Ok(objects
            .filter(|&i| manifest.objects[i as usize] != ObjectDigest::Zero || self.open.contains_key(&i))
            .filter_map(|i| manifest.check(i, self.crc(i, manifest.size)))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(n: usize, seed: u8) -> Vec<u8> {
        (0..n).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed) | 1).collect()
    }

    #[test]
    fn crc32c_known_values_and_raw_semantics() {
        // RFC 3720's test vector: 32 bytes of zeros.
        assert_eq!(crc32c::crc32c(&[0u8; 32]), 0x8a91_36aa);
        assert_eq!(zeros_crc(32), 0x8a91_36aa);
        assert_eq!(crc32c::crc32c(b"123456789"), 0xe306_9283);
        // Ceph's own test (src/test/common/test_crc32c.cc): ceph_crc32c(0, "foo bar baz") = 4119623852.
        assert_eq!(raw(0, b"foo bar baz"), 4_119_623_852);
    }

    #[test]
    fn shift_equals_feeding_zeros() {
        for n in [0u64, 1, 3, 8, 100, 4096, 65_537] {
            let d = data(37, 5);
            let r = raw(7, &d);
            assert_eq!(shift(r, n), raw(r, &vec![0; n as usize]), "n={n}");
        }
        assert_eq!(from_osd(raw(!0, b"ab"), 2, 5), Some(crc32c::crc32c(b"ab\0\0\0")));
        assert_eq!(from_osd(0, 6, 5), None);
    }

    /// The operator squaring of zlib's crc32_combine, recomputed on every call: what
    /// [`shift`] did before its operators were precomputed; the table must agree with it.
    fn shift_by_squaring(register: u32, zeros: u64) -> u32 {
        if zeros == 0 || register == 0 {
            return register;
        }
        let mut odd = [0u32; 32];
        odd[0] = POLY;
        for (n, slot) in odd.iter_mut().enumerate().skip(1) {
            *slot = 1 << (n - 1);
        }
        let mut even = gf2_square(&odd);
        odd = gf2_square(&even);
        let (mut crc, mut len) = (register, zeros);
        loop {
            even = gf2_square(&odd);
            if len & 1 != 0 {
                crc = gf2_times(&even, crc);
            }
            len >>= 1;
            if len == 0 {
                break;
            }
            odd = gf2_square(&even);
            if len & 1 != 0 {
                crc = gf2_times(&odd, crc);
            }
            len >>= 1;
            if len == 0 {
                break;
            }
        }
        crc
    }

    #[test]
    fn precomputed_shift_equals_operator_squaring() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let lens = [0u64, 1, 2, 7, 8, 4095, 4096, 65_536, 4 << 20, (4 << 20) - 1, 1 << 40, u64::MAX];
        for &n in &lens {
            for r in [0u32, 1, 0xffff_ffff, 0x1234_5678] {
                assert_eq!(shift(r, n), shift_by_squaring(r, n), "r={r:#x} n={n}");
            }
        }
        for _ in 0..2000 {
            let (r, n) = (next() as u32, next() >> (next() % 64));
            assert_eq!(shift(r, n), shift_by_squaring(r, n), "r={r:#x} n={n}");
        }
    }

    #[test]
    fn any_order_gives_the_in_order_digest() {
        let img = {
            let mut v = data(10_000, 9);
            v[4096..8192].fill(0);
            v
        };
        let mut a = Builder::new(4096);
        a.add(0, &img);
        let a = a.finish(10_000, Some("snap")).unwrap();
        let mut b = Builder::new(4096);
        for (o, l) in [(9000u64, 1000usize), (100, 3000), (0, 100), (3100, 5900)] {
            b.add(o, &img[o as usize..o as usize + l]);
        }
        assert_eq!(b.finish(10_000, Some("snap")).unwrap(), a);
        assert_eq!(a.objects[1], ObjectDigest::Zero);
        assert_eq!(a.objects[0], ObjectDigest::Crc(crc32c::crc32c(&img[..4096])));
        // The last, partial object is digested at its own length.
        assert_eq!(a.objects[2], ObjectDigest::Crc(crc32c::crc32c(&img[8192..])));
    }

    #[test]
    fn holes_are_zeros_and_zero_data_is_marked() {
        let mut v = vec![0u8; 8192];
        v[5000] = 1;
        let mut full = Builder::new(4096);
        full.add(0, &v);
        let mut sparse = Builder::new(4096);
        sparse.add(4096, &v[4096..6000]);
        sparse.add(0, &[0; 10]);
        let (full, sparse) = (full.finish(8192, None).unwrap(), sparse.finish(8192, None).unwrap());
        assert_eq!(full, sparse);
        assert_eq!(full.objects[0], ObjectDigest::Zero);
        assert_eq!(full.zero_objects(), 1);
    }

    #[test]
    fn empty_and_one_byte_images() {
        let m = Builder::new(4096).finish(0, Some("snap")).unwrap();
        assert!(m.objects.is_empty());
        assert_eq!(Manifest::decode(&m.encode()).unwrap(), m);
        let mut b = Builder::new(1 << 22);
        b.add(0, b"x");
        let m = b.finish(1, Some("snap")).unwrap();
        assert_eq!(m.objects, vec![ObjectDigest::Crc(crc32c::crc32c(b"x"))]);
        assert_eq!(Manifest::decode(&m.encode()).unwrap(), m);
    }

    #[test]
    fn encoding_round_trips_and_refuses_damage() {
        let mut b = Builder::new(4096);
        b.add(0, &data(5000, 1));
        b.add(30_000, &data(10_000, 2));
        let m = b.finish(40_000, Some("snap")).unwrap();
        let text = m.encode();
        assert!(text.contains(",z5,"), "{text}");
        assert_eq!(Manifest::decode(&text).unwrap(), m);
        let first = hex(m.expected(0));
        for damaged in [
            text.replacen(&first, "00000000", 1),
            text.replace("z5", "z4"),
            text.replace("algo=crc32c", "algo=md5"),
            text.replace("rbdctl-manifest/1", "rbdctl-manifest/2"),
            format!("{text} size=1"),
        ] {
            assert!(Manifest::decode(&damaged).is_err(), "{damaged}");
        }
    }

    #[test]
    fn compare_names_the_object_and_its_range() {
        let img = data(12_288, 3);
        let mut b = Builder::new(4096);
        b.add(0, &img);
        let m = b.finish(12_288, None).unwrap();
        let mut bad = img.clone();
        bad[5000] ^= 0xff;
        let mut c = Builder::new(4096);
        c.add(4096, &bad[4096..12_288]);
        let found = c.compare(&m, m.objects_in(4096, 8192)).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].index, found[0].offset, found[0].length), (1, 4096, 4096));
        assert_eq!(m.objects_in(4095, 2), 0..2);
    }

    #[test]
    fn feeding_a_byte_twice_is_an_error() {
        let mut b = Builder::new(4096);
        b.add(0, &[1; 100]);
        b.add(50, &[1; 100]);
        assert!(b.finish(8192, None).is_err());
        let mut b = Builder::new(4096);
        b.add(8000, &[1; 100]);
        assert!(b.finish(8050, None).is_err(), "past the end");
    }
}

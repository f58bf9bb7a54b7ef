//! Sizes as operators type them (`10G`, `10GiB`, `10Gi`, `512M`, `1.5T`, a bare number) → bytes.
//!
//! The one size grammar of rbdctl: flags, environment variables and config files all
//! parse sizes here. Every unit is binary (G = GiB), as in `rbd` and Cinder. A bare number
//! is bytes for every flag (issue 11: one rule). Volume sizes used to read it as GiB, so
//! [`VolumeSize`] refuses a bare number that is not a whole number of MiB instead of
//! reading an old script's `--size 10` as 10 bytes. Pure: no I/O.

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Bytes,
    GiB,
}

const UNITS: &[(&str, u32)] = &[
    ("", 0),
    ("b", 0),
    ("k", 10),
    ("ki", 10),
    ("kb", 10),
    ("kib", 10),
    ("m", 20),
    ("mi", 20),
    ("mb", 20),
    ("mib", 20),
    ("g", 30),
    ("gi", 30),
    ("gb", 30),
    ("gib", 30),
    ("t", 40),
    ("ti", 40),
    ("tb", 40),
    ("tib", 40),
    ("p", 50),
    ("pi", 50),
    ("pb", 50),
    ("pib", 50),
];

/// Parse a positive size. `bare` is the unit of a number without a suffix.
pub fn parse_size(text: &str, bare: Unit) -> Result<u64> {
    let bad =
        |why: &str| Error::invalid(format!("invalid size {text:?}: {why} (examples: 10G, 10GiB, 512M, 1T, 4096B)"));
    let s = text.trim();
    if s.is_empty() {
        return Err(bad("empty"));
    }
    if s.starts_with('-') {
        return Err(bad("must be greater than zero"));
    }
    let split = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let unit = unit.trim().to_ascii_lowercase();
    let shift = if unit.is_empty() {
        if bare == Unit::GiB { 30 } else { 0 }
    } else {
        UNITS.iter().find(|(u, _)| *u == unit).map(|(_, s)| *s).ok_or_else(|| bad("unknown unit"))?
    };
    let (int_part, frac_part) = match num.split_once('.') {
        Some((i, f)) => (i, f),
        None => (num, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(bad("no number"));
    }
    if frac_part.contains('.')
        || !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad("not a number"));
    }
    if frac_part.len() > 9 {
        return Err(bad("too many decimals"));
    }
    let int: u128 = if int_part.is_empty() { 0 } else { int_part.parse().map_err(|_| bad("too large"))? };
    let frac: u128 = if frac_part.is_empty() { 0 } else { frac_part.parse().map_err(|_| bad("not a number"))? };
    let denom = 10u128.pow(frac_part.len() as u32);
    let scaled = int
        .checked_mul(denom)
        .and_then(|v| v.checked_add(frac))
        .and_then(|v| v.checked_mul(1u128 << shift))
        .ok_or_else(|| bad("too large"))?;
    if scaled % denom != 0 {
        return Err(bad("not a whole number of bytes"));
    }
    let bytes = scaled / denom;
    if bytes == 0 {
        return Err(bad("must be greater than zero"));
    }
    u64::try_from(bytes).map_err(|_| bad("larger than 16 EiB"))
}

/// An object/chunk size: a power of two between 4 KiB and 32 MiB, as librbd requires.
/// Returns the order (log2).
pub fn object_order(bytes: u64) -> Result<u8> {
    if !bytes.is_power_of_two() || !(1 << 12..=1 << 25).contains(&bytes) {
        return Err(Error::invalid(format!(
            "invalid chunk/object size {bytes} bytes: it must be a power of two between 4KiB and 32MiB (e.g. 4MiB, 8MiB)"
        )));
    }
    Ok(bytes.trailing_zeros() as u8)
}

/// A size in bytes, greater than zero; a bare number is bytes (`--size` of an upload).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ByteSize(pub u64);

impl std::str::FromStr for ByteSize {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        parse_size(s, Unit::Bytes).map(ByteSize)
    }
}

impl std::fmt::Display for ByteSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&exact(self.0))
    }
}

/// A byte offset or length that may be zero (`--offset 0`, `--size 0` of an empty upload).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Offset(pub u64);

impl std::str::FromStr for Offset {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        if s.trim() == "0" { Ok(Offset(0)) } else { parse_size(s, Unit::Bytes).map(Offset) }
    }
}

impl std::fmt::Display for Offset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&exact(self.0))
    }
}

/// A volume size. A bare number is bytes, as everywhere; but rbdctl once read it as GiB
/// (Cinder's unit), so one that is not a whole number of MiB (`--size 10`) is refused
/// with the spelling that was probably meant, never silently made a 10-byte volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct VolumeSize(pub u64);

impl std::str::FromStr for VolumeSize {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bytes = parse_size(s, Unit::Bytes)?;
        let bare = s.trim().bytes().all(|b| b.is_ascii_digit());
        if bare && !bytes.is_multiple_of(1 << 20) {
            let t = s.trim();
            return Err(Error::invalid(format!(
                "invalid size {t:?}: a bare number is bytes, and a volume of {t} bytes is surely not meant; \
                 write the unit: {t}G for {t} GiB, {t}M for {t} MiB"
            )));
        }
        Ok(VolumeSize(bytes))
    }
}

impl std::fmt::Display for VolumeSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&exact(self.0))
    }
}

/// An RBD object size (Glance's chunk size): a power of two from 4 KiB to 32 MiB, as
/// librbd requires. Carries its order (log2), which is what librbd takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ObjectSize(u64);

impl ObjectSize {
    pub fn from_bytes(bytes: u64) -> Result<Self> {
        object_order(bytes).map(|_| ObjectSize(bytes))
    }

    pub fn from_order(order: u8) -> Result<Self> {
        Self::from_bytes(1u64.checked_shl(order.into()).unwrap_or(0))
    }

    pub fn bytes(self) -> u64 {
        self.0
    }

    pub fn order(self) -> u8 {
        self.0.trailing_zeros() as u8
    }
}

impl std::str::FromStr for ObjectSize {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Self::from_bytes(parse_size(s, Unit::Bytes)?)
    }
}

impl std::fmt::Display for ObjectSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&exact(self.0))
    }
}

/// The shortest exact spelling in the grammar above: `8MiB`, `4096`, `1536KiB`.
pub fn exact(bytes: u64) -> String {
    for (unit, shift) in [("TiB", 40), ("GiB", 30), ("MiB", 20), ("KiB", 10)] {
        if bytes != 0 && bytes.is_multiple_of(1u64 << shift) {
            return format!("{}{unit}", bytes >> shift);
        }
    }
    bytes.to_string()
}

/// `8388608` → `8 MiB`, for text output only (JSON carries bytes).
pub fn human(bytes: u64) -> String {
    humansize::format_size(bytes, humansize::BINARY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_forms() {
        assert_eq!(parse_size("10G", Unit::Bytes).unwrap(), 10 << 30);
        assert_eq!(parse_size("10GiB", Unit::Bytes).unwrap(), 10 << 30);
        assert_eq!(parse_size("10gb", Unit::Bytes).unwrap(), 10 << 30);
        assert_eq!(parse_size("512M", Unit::Bytes).unwrap(), 512 << 20);
        assert_eq!(parse_size("1T", Unit::Bytes).unwrap(), 1 << 40);
        assert_eq!(parse_size("1.5G", Unit::Bytes).unwrap(), 3 << 29);
        assert_eq!(parse_size("4096", Unit::Bytes).unwrap(), 4096);
        assert_eq!(parse_size("4096B", Unit::GiB).unwrap(), 4096);
        assert_eq!(parse_size("3", Unit::GiB).unwrap(), 3 << 30, "bare number = GiB, as Cinder");
        assert_eq!(parse_size(" 8 MiB ", Unit::Bytes).unwrap(), 8 << 20);
        assert_eq!(parse_size("512Ki", Unit::Bytes).unwrap(), 512 << 10);
        assert_eq!(parse_size("4Mi", Unit::GiB).unwrap(), 4 << 20);
    }

    #[test]
    fn typed_sizes_round_trip_through_display() {
        for text in ["8MiB", "4097", "1536KiB", "3GiB"] {
            let b: ByteSize = text.parse().unwrap();
            assert_eq!(b.to_string(), text);
        }
        assert_eq!("10G".parse::<VolumeSize>().unwrap().0, 10 << 30);
        assert_eq!("0".parse::<Offset>().unwrap().0, 0);
        assert!("0".parse::<ByteSize>().is_err());
        let o: ObjectSize = "8M".parse().unwrap();
        assert_eq!((o.bytes(), o.order(), o.to_string()), (8 << 20, 23, "8MiB".to_string()));
        assert!("3M".parse::<ObjectSize>().is_err());
    }

    #[test]
    fn item10_size_a_bare_number_is_bytes_everywhere() {
        // Upload's --size (Offset), object sizes and volume sizes read a bare number alike.
        assert_eq!("1048576".parse::<Offset>().unwrap().0, 1 << 20);
        assert_eq!("1048576".parse::<VolumeSize>().unwrap().0, 1 << 20);
        assert_eq!("4194304".parse::<ObjectSize>().unwrap().bytes(), 4 << 20);
        // The old volume reading (GiB) is refused loudly, naming the spelling to use.
        let e = "10".parse::<VolumeSize>().unwrap_err().to_string();
        assert!(e.contains("bare number is bytes") && e.contains("10G for 10 GiB"), "{e}");
        assert!("1024".parse::<VolumeSize>().is_err(), "1024 meant 1 TiB once");
        assert_eq!("1.5K".parse::<VolumeSize>().unwrap().0, 1536, "with a unit any size goes");
    }

    #[test]
    fn junk_zero_negative_and_overflow_are_refused() {
        for bad in [
            "",
            "0",
            "0G",
            "-1",
            "-1G",
            "1.5.G",
            "G",
            "abc",
            "10X",
            "1e3",
            "18446744073709551616",
            "17179869184G",
            "0.5B",
            ".",
        ] {
            let e = parse_size(bad, Unit::GiB).unwrap_err();
            assert!(matches!(e, Error::InvalidInput(_)), "{bad:?} gave {e}");
            assert!(e.to_string().contains("invalid size"), "{e}");
        }
    }

    #[test]
    fn object_sizes_are_powers_of_two_in_range() {
        assert_eq!(object_order(8 << 20).unwrap(), 23);
        assert_eq!(object_order(4 << 20).unwrap(), 22);
        for bad in [0, 1000, 3 << 20, 2048, 64 << 20] {
            assert!(object_order(bad).is_err(), "{bad}");
        }
    }
}

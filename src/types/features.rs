//! RBD image features: the one table of their names and bits, as `rbd` spells them.
//!
//! Settings, flags and reports all go through here, so "which features exist" has one
//! answer. Only the features `rbd create --image-feature` accepts can be asked for; the
//! others (set by librbd itself) are only ever reported. Pure: no I/O.

use crate::error::{Error, Result};
use std::fmt;
use std::str::FromStr;

/// (bit, name, can be asked for at create time).
const TABLE: &[(u64, &str, bool)] = &[
    (1 << 0, "layering", true),
    (1 << 1, "striping", true),
    (1 << 2, "exclusive-lock", true),
    (1 << 3, "object-map", true),
    (1 << 4, "fast-diff", true),
    (1 << 5, "deep-flatten", true),
    (1 << 6, "journaling", true),
    (1 << 7, "data-pool", true),
    (1 << 8, "operations", false),
    (1 << 9, "migrating", false),
    (1 << 10, "non-primary", false),
    (1 << 11, "dirty-cache", false),
];

/// A set of RBD image features (librbd's bit mask).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Features(pub u64);

impl Features {
    pub const LAYERING: Features = Features(1);

    /// The names of the set bits, in table order (for reports).
    pub fn names(self) -> Vec<String> {
        TABLE.iter().filter(|(b, _, _)| self.0 & b != 0).map(|(_, n, _)| n.to_string()).collect()
    }

    /// The names that can be asked for, for error messages and help.
    pub fn creatable() -> impl Iterator<Item = &'static str> {
        TABLE.iter().filter(|(_, _, c)| *c).map(|(_, n, _)| *n)
    }
}

impl FromStr for Features {
    type Err = Error;

    /// `layering,exclusive-lock` → bits. At least one name; unknown or librbd-internal
    /// names are an error listing the ones that can be asked for.
    fn from_str(list: &str) -> Result<Self> {
        let mut bits = 0;
        let known = || Features::creatable().collect::<Vec<_>>().join(", ");
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (b, _, _) = TABLE
                .iter()
                .find(|(_, n, c)| *c && *n == name)
                .ok_or_else(|| Error::invalid(format!("unknown RBD feature {name:?} (known: {})", known())))?;
            bits |= b;
        }
        if bits == 0 {
            return Err(Error::invalid(format!("no RBD feature given (known: {})", known())));
        }
        Ok(Features(bits))
    }
}

impl fmt::Display for Features {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.names().join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_bits_round_trip() {
        let f: Features = "layering, exclusive-lock,object-map".parse().unwrap();
        assert_eq!(f.0, 1 | 4 | 8);
        assert_eq!(f.to_string(), "layering,exclusive-lock,object-map");
        assert_eq!(Features(1 << 9).names(), ["migrating"]);
    }

    #[test]
    fn unknown_internal_and_empty_lists_are_refused() {
        for bad in ["lay", "operations", "", " , "] {
            let e = bad.parse::<Features>().unwrap_err().to_string();
            assert!(e.contains("layering, striping"), "{bad:?}: {e}");
        }
    }
}

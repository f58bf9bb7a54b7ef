//! Sizes: never a panic, never zero, and a bare number in GiB is the same
//! number in bytes times 2^30 whenever both fit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rbdctl::types::size::{Unit, object_order, parse_size};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let bytes = parse_size(text, Unit::Bytes);
    let gib = parse_size(text, Unit::GiB);
    for r in [&bytes, &gib] {
        if let Ok(n) = r {
            assert!(*n > 0, "{text:?} parsed to 0");
            let _ = object_order(*n);
        }
    }
    let bare = text.trim();
    if !bare.is_empty() && bare.bytes().all(|b| b.is_ascii_digit()) {
        if let (Ok(b), Ok(g)) = (&bytes, &gib) {
            assert_eq!(b.checked_mul(1 << 30), Some(*g), "{text:?}: bare GiB is not bytes * 2^30");
        }
    }
});

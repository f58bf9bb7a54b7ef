//! `rbd://` locations: parsing any UTF-8 never panics, and whatever parses
//! round-trips through `uri()` to the same location.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rbdctl::types::Location;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(loc) = Location::parse(text) {
        let uri = loc.uri();
        match Location::parse(&uri) {
            Ok(again) => assert_eq!(again, loc, "{text:?} -> {uri:?} parsed differently"),
            Err(e) => panic!("{text:?} parsed, but its uri() {uri:?} does not: {e}"),
        }
    }
});

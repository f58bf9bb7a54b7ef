//! Monitor maps: any JSON document, with either messenger preference, gives a
//! result or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rbdctl::mon::{Prefer, parse_monmap, split_host_port};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = split_host_port(text);
    }
    let Ok(map) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    for prefer in [Prefer::V1, Prefer::V2] {
        if let Ok(addrs) = parse_monmap(&map, prefer) {
            assert_eq!(addrs.hosts.len(), addrs.monitors.len());
            assert_eq!(addrs.ports.len(), addrs.monitors.len());
        }
    }
});

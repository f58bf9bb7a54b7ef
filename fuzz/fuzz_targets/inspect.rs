//! Disk image inspection: any bytes, fed in any chunking, never panic; the verdict does
//! not depend on the chunking nor on reading a file with seeks (`inspect_file`); a
//! refusal `peek` gives is final; memory stays bounded.
//!
//! Input: a mode byte, then the stream. An even mode byte means the rest is the stream
//! as is (the corpus seeds: the first 4 KiB of qemu-made images); an odd one means the
//! rest is a list of `[gap][length][bytes]` segments laid out with zeros between them
//! (a gap of n > 0 starts the segment n - 1 pages after the next 4 KiB boundary), so a short input can reach a VHDX region table at 192 KiB and beyond.
//! The mode byte's upper bits choose the chunk size.
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;
use rbdctl::inspect::{DiskFormat, Inspector, declared_matches, inspect_file};

const MAX_STREAM: usize = 4 << 20;

fn expand(mut rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let [gap, len, tail @ ..] = rest {
        let len = (*len as usize).min(tail.len());
        // A gap of n > 0 pages: to the next 4 KiB boundary, then n - 1 pages further.
        let at = if *gap == 0 { out.len() } else { out.len().div_ceil(4096) * 4096 + (*gap as usize - 1) * 4096 };
        if at + len > MAX_STREAM {
            break;
        }
        out.resize(at, 0);
        out.extend_from_slice(&tail[..len]);
        rest = &tail[len..];
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        assert_eq!(Inspector::new().finish().unwrap().virtual_size, Some(0));
        return;
    };
    let stream = if mode & 1 == 0 { rest.to_vec() } else { expand(rest) };
    // At most ~2048 feeds, so multi-MiB sparse streams stay fast to fuzz.
    let chunk = ((mode as usize >> 1) * 37 + 1).max(stream.len() / 2048 + 1);

    let mut chunked = Inspector::new();
    let mut early = None;
    for piece in stream.chunks(chunk) {
        chunked.feed(piece);
        if early.is_none() {
            early = chunked.peek();
        }
        assert!(chunked.retained() <= 3 << 20, "retains {} bytes", chunked.retained());
    }
    let _ = chunked.needs_until();
    let _ = chunked.next_needed();
    let verdict = chunked.finish();

    let mut whole = Inspector::new();
    whole.feed(&stream);
    assert_eq!(whole.finish(), verdict, "one feed and chunks of {chunk} disagree");

    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(&stream).unwrap();
    file.flush().unwrap();
    assert_eq!(inspect_file(file.path()).unwrap(), verdict, "inspect_file and streaming disagree");

    if let Some(Err(refusal)) = early {
        assert_eq!(verdict.as_ref().map_err(|r| r.rule), Err(refusal.rule), "peek refused, finish must too");
    }
    match &verdict {
        Ok(found) => {
            assert!(declared_matches(found.format, found).is_ok());
            for declared in DiskFormat::ALL {
                let _ = declared_matches(declared, found);
            }
            let _ = serde_json::to_string(found).unwrap();
        }
        Err(refusal) => {
            assert!(!refusal.message.contains('\n'), "{refusal:?}");
            let _ = serde_json::to_string(refusal).unwrap();
        }
    }
});

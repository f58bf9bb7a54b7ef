//! `rbd diff` streams: any bytes through `DiffReader` end in a record stream or a typed
//! error, never a panic; no data piece exceeds `MAX_PIECE` or the header's image size;
//! `validate` agrees with reading record by record; and whatever validates re-encodes
//! through `DiffWriter` into a v1 stream that validates to the same totals.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rbdctl::diffstream::{DiffReader, DiffWriter, MAX_PIECE, Record, validate};

fuzz_target!(|data: &[u8]| {
    let summary = validate(data);
    let Ok(mut rd) = DiffReader::new(data) else {
        assert!(summary.is_err(), "validate accepted what DiffReader::new refused");
        return;
    };
    let header = rd.header().clone();
    let mut out = DiffWriter::new(Vec::new(), &header).expect("a header that was read can be written");
    let (mut data_bytes, mut zero_bytes) = (0u64, 0u64);
    let ended = loop {
        match rd.next_record() {
            Ok(None) => break true,
            Err(_) => break false,
            Ok(Some(Record::Data { offset, data })) => {
                assert!(data.len() <= MAX_PIECE, "piece of {} bytes", data.len());
                assert!(offset + data.len() as u64 <= header.size, "piece past the image size");
                data_bytes += data.len() as u64;
                out.write_data(offset, data).expect("a piece that was read can be written");
            }
            Ok(Some(Record::Zero { offset, len })) => {
                assert!(offset.checked_add(len).is_some_and(|end| end <= header.size));
                zero_bytes += len;
                out.write_zero(offset, len).expect("a zero extent that was read can be written");
            }
        }
    };
    let clean_end = ended && rd.expect_eof().is_ok();
    assert_eq!(summary.is_ok(), clean_end, "validate disagrees with reading record by record");
    if let Ok(s) = summary {
        assert_eq!((s.data_bytes, s.zero_bytes), (data_bytes, zero_bytes));
        let again = validate(&out.finish().unwrap()[..]).expect("what DiffWriter writes validates");
        assert_eq!(again.header, s.header);
        assert_eq!((again.data_bytes, again.zero_bytes), (data_bytes, zero_bytes));
    }
});

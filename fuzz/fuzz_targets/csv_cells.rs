//! The spreadsheet CSV writer: any cells written are read back as the same cells (neutralised
//! when a spreadsheet would take them for a formula), in the same number, and no cell read back
//! starts with a formula character.
#![no_main]
use app::server::spreadsheet::{neutralised, SpreadsheetCsv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let cells: Vec<&str> = text.split('\u{1f}').collect();
    let mut csv = SpreadsheetCsv::default();
    csv.row(&cells).expect("writing to memory");
    let bytes = csv.finish().expect("writing to memory");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&bytes[3..]);
    let record = reader.records().next().expect("one row").expect("a valid row");
    assert_eq!(record.len(), cells.len());
    for (read, written) in record.iter().zip(&cells) {
        assert_eq!(read, neutralised(written));
        assert!(!read.starts_with(['=', '+', '-', '@', '\t', '\r']));
    }
});

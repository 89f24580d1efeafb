//! CSV for spreadsheet programs: UTF-8 with a byte order mark (so Arabic names show correctly),
//! and no cell a spreadsheet would run as a formula.
use super::error::ServiceError;

/// A CSV file being written, row by row.
pub struct SpreadsheetCsv {
    out: csv::Writer<Vec<u8>>,
}

impl Default for SpreadsheetCsv {
    fn default() -> Self {
        SpreadsheetCsv { out: csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec()) }
    }
}

/// A cell as typed, unless a spreadsheet would take it for a formula (OWASP's rule: a leading
/// `=`, `+`, `-`, `@`, tab or carriage return). Such a cell gets a leading apostrophe, which
/// spreadsheets read as "this is text" and do not show: a phone number such as `+970 2 277 0000`
/// stays readable instead of becoming a broken formula.
pub fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

impl SpreadsheetCsv {
    /// # Errors
    /// `Internal` if the writer fails (it writes to memory).
    pub fn row<I, S>(&mut self, cells: I) -> Result<(), ServiceError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells.into_iter().map(|cell| neutralised(cell.as_ref()).into_owned()).collect();
        self.out.write_record(&cells).map_err(|e| ServiceError::Internal(format!("csv: {e}")))
    }

    /// The file's bytes.
    ///
    /// # Errors
    /// `Internal` if the writer fails.
    pub fn finish(self) -> Result<Vec<u8>, ServiceError> {
        self.out.into_inner().map_err(|e| ServiceError::Internal(format!("csv: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_plain_cells_stay() {
        let mut csv = SpreadsheetCsv::default();
        csv.row(["=1+2", "+970 2 277 0000", "-5", "@SUM(A1)", "\tx", "الخليل", "a=b", ""]).unwrap();
        let text = String::from_utf8(csv.finish().unwrap()).unwrap();
        assert_eq!(text, "\u{feff}'=1+2,'+970 2 277 0000,'-5,'@SUM(A1),'\tx,الخليل,a=b,\n");
    }
}

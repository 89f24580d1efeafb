//! Reading the files banks export: a CSV statement through its saved column mapping, and an
//! ISO 20022 camt.053 statement. Only credits (money received) become lines; debits are skipped.
//! Each line carries a key of its own, so a second import of the same file records nothing twice.
use crate::finance::entities::statement_mapping;
use crate::finance::{minor_digits, parse_amount, DateOrder, TransferFields};
use chrono::NaiveDate;
use quick_xml::events::Event;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// The largest statement file finance may import: a year of a busy account in camt.053.
pub const STATEMENT_MOST_BYTES: usize = 16 * 1024 * 1024;

/// A credit line of a statement: the transfer it records, and its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementLine {
    pub transfer: TransferFields,
    pub key: String,
}

/// Why a statement cannot be imported: the line of a CSV file (or the entry of a camt.053 file,
/// `in_xml`), the column (or element) at fault if one is, and the message key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineProblem {
    pub line: usize,
    pub column: Option<String>,
    pub key: &'static str,
    pub in_xml: bool,
}

impl LineProblem {
    fn new(line: usize, column: Option<&str>, key: &'static str) -> Self {
        LineProblem { line, column: column.map(str::to_string), key, in_xml: false }
    }

    fn in_entry(entry: usize, element: Option<&str>, key: &'static str) -> Self {
        LineProblem { in_xml: true, ..Self::new(entry, element, key) }
    }
}

/// Deeper than this, an XML file is no bank statement (camt.053 nests about a dozen levels).
const DEEPEST_XML: usize = 64;

/// Whether a file is XML (camt.053) rather than CSV: its first characters, not its name.
pub fn is_xml(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

/// Keys for lines of a file: a line's fields hashed with how many identical lines came before
/// it in the same file, so two equal transfers in one statement stay two, and the same file
/// imported again gives the same keys.
#[derive(Default)]
struct Keys(HashMap<String, usize>);

impl Keys {
    fn of(&mut self, account: &str, transfer: &TransferFields, bank_ref: Option<&str>) -> String {
        let identity = match bank_ref {
            // The bank's own reference for the entry, with its date and amount: some banks write
            // the same reference ("NONREF") on every entry.
            Some(reference) => format!(
                "ref|{account}|{reference}|{}|{}|{}",
                transfer.received_on, transfer.amount_minor, transfer.currency
            ),
            None => format!(
                "line|{account}|{}|{}|{}|{}|{}",
                transfer.received_on, transfer.amount_minor, transfer.currency, transfer.payer, transfer.reference
            ),
        };
        let seen = self.0.entry(identity.clone()).or_default();
        *seen += 1;
        let digest = Sha256::digest(format!("{identity}|{seen}").as_bytes());
        format!("statement:{}", hex::encode(digest))
    }
}

/// A date as the mapping says the bank writes it (`-`, `/` or `.` between the parts; a time
/// after a space or `T` is left out).
pub fn parse_bank_date(typed: &str, order: DateOrder) -> Option<NaiveDate> {
    let date = typed.trim().split([' ', 'T']).next()?;
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let (year, month, day) = match order {
        // A bank that writes 31.03.2027 while the mapping says year first: the four digits say.
        DateOrder::Ymd if c.len() == 4 => (c, b, a),
        DateOrder::Ymd => (a, b, c),
        DateOrder::Dmy => (c, b, a),
        DateOrder::Mdy => (c, a, b),
    };
    if year.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// An amount in the statement's writing: a leading `-` (or a trailing one, or parentheses) is a
/// debit; an empty or zero amount (a balance line, the other column of a debit) is no credit.
enum Amount {
    Credit(i64),
    NoCredit,
    Unreadable,
}

fn read_amount(typed: &str, digits: u32) -> Amount {
    let typed = typed.trim().trim_start_matches('+');
    let debit = typed.starts_with('-') || typed.ends_with('-') || (typed.starts_with('(') && typed.ends_with(')'));
    if debit || typed.is_empty() {
        return Amount::NoCredit;
    }
    match parse_amount(typed, digits) {
        Some(0) => Amount::NoCredit,
        None => Amount::Unreadable,
        Some(minor) => Amount::Credit(minor),
    }
}

/// A one-line text from a bank file: spaces collapsed, characters no text may hold dropped,
/// cut at `max` characters (a bank's long reference must not refuse the whole statement).
fn bank_text(value: &str, max: usize) -> String {
    let cleaned: String = value.chars().filter(|c| !crate::domain::is_forbidden_char(*c)).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(max).collect()
}

/// The credit lines of a CSV statement read through `mapping`.
///
/// # Errors
/// The first line that cannot be read, or a column the mapping names that the file lacks.
pub fn read_csv(text: &str, mapping: &statement_mapping::Model) -> Result<Vec<StatementLine>, LineProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(mapping.delimiter.byte())
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| LineProblem::new(1, None, "error-statement-unreadable"))?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|header| header.trim().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| LineProblem::new(1, Some(name), "error-statement-column-missing"))
    };
    let date_at = column(&mapping.date_column)?;
    let amount_at = column(&mapping.amount_column)?;
    let payer_at = column(&mapping.payer_column)?;
    let reference_at = column(&mapping.reference_column)?;
    let currency_at = mapping.currency_column.as_deref().map(column).transpose()?;
    let mut keys = Keys::default();
    let mut lines = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        let record = record.map_err(|_| LineProblem::new(line, None, "error-statement-unreadable"))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |at: usize| record.get(at).unwrap_or_default();
        let currency = currency_at.map_or(mapping.default_currency.clone(), |at| cell(at).trim().to_ascii_uppercase());
        let Some(digits) = minor_digits(&currency) else {
            return Err(LineProblem::new(line, mapping.currency_column.as_deref(), "error-statement-currency"));
        };
        let amount_minor = match read_amount(cell(amount_at), digits) {
            Amount::NoCredit => continue,
            Amount::Unreadable => {
                return Err(LineProblem::new(line, Some(&mapping.amount_column), "error-statement-amount"))
            }
            Amount::Credit(minor) => minor,
        };
        let received_on = parse_bank_date(cell(date_at), mapping.date_order)
            .ok_or_else(|| LineProblem::new(line, Some(&mapping.date_column), "error-statement-date"))?;
        let payer = bank_text(cell(payer_at), 300);
        let transfer = TransferFields {
            received_on,
            amount_minor,
            currency,
            payer: if payer.is_empty() { "—".into() } else { payer },
            reference: bank_text(cell(reference_at), 300),
        };
        // By the mapping's id: correcting a mapping's columns keeps the keys of its lines.
        let key = keys.of(&format!("mapping-{}", mapping.id), &transfer, None);
        lines.push(StatementLine { transfer, key });
    }
    Ok(lines)
}

/// One `Ntry` of camt.053 as it is read.
#[derive(Default)]
struct Entry {
    amount: Option<String>,
    currency: String,
    credit: bool,
    /// `BOOK` (or no status); pending and informational entries are not money received yet.
    status: Option<String>,
    booked: Option<String>,
    valued: Option<String>,
    bank_ref: Option<String>,
    payer: Option<String>,
    references: Vec<String>,
    additional: Option<String>,
}

/// The credit entries of an ISO 20022 camt.053 statement (any version: elements are read by
/// their local names), each keyed by its account and the bank's reference when it has one.
///
/// # Errors
/// An entry that cannot be read (its number among the file's entries), or XML that is not
/// well formed or holds no statement.
pub fn read_camt053(text: &str) -> Result<Vec<StatementLine>, LineProblem> {
    // Text is not trimmed piece by piece: "Trésor public &amp; Lyon" comes in three pieces.
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut account = String::new();
    let mut entry: Option<Entry> = None;
    let mut entries = 0usize;
    let mut statements = 0usize;
    let mut text_buffer = String::new();
    let mut keys = Keys::default();
    let mut lines = Vec::new();
    let broken = |entries: usize| LineProblem::in_entry(entries.max(1), None, "error-statement-unreadable");
    loop {
        match reader.read_event().map_err(|_| broken(entries))? {
            Event::Start(start) => {
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                match name.as_str() {
                    "Stmt" => statements += 1,
                    "Ntry" => {
                        entries += 1;
                        entry = Some(Entry::default());
                    }
                    "Amt" if path.last().is_some_and(|p| p == "Ntry") => {
                        if let (Some(entry), Ok(Some(ccy))) = (entry.as_mut(), start.try_get_attribute("Ccy")) {
                            entry.currency = String::from_utf8_lossy(&ccy.value).trim().to_ascii_uppercase();
                        }
                    }
                    _ => {}
                }
                path.push(name);
                if path.len() > DEEPEST_XML {
                    return Err(broken(entries));
                }
                text_buffer.clear();
            }
            Event::Text(content) => text_buffer.push_str(&content.decode().map_err(|_| broken(entries))?),
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref().map_err(|_| broken(entries))? {
                    Some(c) => c.to_string(),
                    None => match reference.decode().map_err(|_| broken(entries))?.as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        _ => String::new(),
                    },
                };
                text_buffer.push_str(&resolved);
            }
            Event::CData(content) => text_buffer.push_str(&String::from_utf8_lossy(&content)),
            Event::End(_) => {
                let value = std::mem::take(&mut text_buffer);
                let ends = |tail: &[&str]| path.len() >= tail.len() && path[path.len() - tail.len()..] == *tail;
                if entry.is_none() && (ends(&["Acct", "Id", "IBAN"]) || ends(&["Acct", "Id", "Othr", "Id"])) {
                    account = value.trim().to_string();
                }
                if let Some(current) = entry.as_mut() {
                    if ends(&["Ntry", "Amt"]) {
                        current.amount = Some(value);
                    } else if (ends(&["Ntry", "Sts"]) || ends(&["Ntry", "Sts", "Cd"])) && !value.trim().is_empty() {
                        current.status = Some(value.trim().to_ascii_uppercase());
                    } else if ends(&["Ntry", "CdtDbtInd"]) {
                        current.credit = value.trim() == "CRDT";
                    } else if ends(&["Ntry", "BookgDt", "Dt"]) || ends(&["Ntry", "BookgDt", "DtTm"]) {
                        current.booked = Some(value);
                    } else if ends(&["Ntry", "ValDt", "Dt"]) || ends(&["Ntry", "ValDt", "DtTm"]) {
                        current.valued = Some(value);
                    } else if ends(&["Ntry", "AcctSvcrRef"]) {
                        current.bank_ref = Some(value.trim().to_string())
                            .filter(|r| !r.is_empty() && !r.eq_ignore_ascii_case("NONREF"));
                    } else if ends(&["Ntry", "AddtlNtryInf"]) {
                        current.additional = Some(value);
                    } else if path.iter().any(|p| p == "RltdPties")
                        && (ends(&["Dbtr", "Nm"]) || ends(&["Dbtr", "Pty", "Nm"]))
                        && current.payer.is_none()
                    {
                        current.payer = Some(value);
                    } else if ends(&["RmtInf", "Ustrd"]) || ends(&["CdtrRefInf", "Ref"]) {
                        current.references.push(value);
                    }
                }
                if path.last().is_some_and(|p| p == "Ntry") {
                    if let Some(done) = entry.take() {
                        if let Some(line) = camt_line(done, entries, &account, &mut keys)? {
                            lines.push(line);
                        }
                    }
                }
                path.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !path.is_empty() {
        return Err(broken(entries));
    }
    if statements == 0 {
        return Err(LineProblem::in_entry(1, None, "error-statement-not-camt"));
    }
    Ok(lines)
}

/// An entry read to its end: a credit line, `None` for a debit.
fn camt_line(
    entry: Entry,
    number: usize,
    account: &str,
    keys: &mut Keys,
) -> Result<Option<StatementLine>, LineProblem> {
    if !entry.credit || entry.status.as_deref().is_some_and(|status| status != "BOOK") {
        return Ok(None);
    }
    let digits = minor_digits(&entry.currency)
        .ok_or_else(|| LineProblem::in_entry(number, Some("Ccy"), "error-statement-currency"))?;
    let amount_minor = entry
        .amount
        .as_deref()
        .and_then(|a| parse_amount(a.trim(), digits))
        .filter(|a| *a > 0)
        .ok_or_else(|| LineProblem::in_entry(number, Some("Amt"), "error-statement-amount"))?;
    let received_on = entry
        .booked
        .or(entry.valued)
        .and_then(|d| parse_bank_date(&d, DateOrder::Ymd))
        .ok_or_else(|| LineProblem::in_entry(number, Some("BookgDt"), "error-statement-date"))?;
    let reference =
        if entry.references.is_empty() { entry.additional.unwrap_or_default() } else { entry.references.join(" ") };
    let payer = bank_text(&entry.payer.unwrap_or_default(), 300);
    let transfer = TransferFields {
        received_on,
        amount_minor,
        currency: entry.currency,
        payer: if payer.is_empty() { "—".into() } else { payer },
        reference: bank_text(&reference, 300),
    };
    let key = keys.of(account, &transfer, entry.bank_ref.as_deref());
    Ok(Some(StatementLine { transfer, key }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finance::Delimiter;

    fn mapping() -> statement_mapping::Model {
        statement_mapping::Model {
            id: 1,
            name: "Crédit Agricole".into(),
            delimiter: Delimiter::Semicolon,
            date_column: "Date".into(),
            date_order: DateOrder::Dmy,
            amount_column: "Montant".into(),
            currency_column: None,
            default_currency: "EUR".into(),
            payer_column: "Libellé".into(),
            reference_column: "Référence".into(),
            updated_at: chrono::Utc::now(),
            updated_by: "test".into(),
        }
    }

    #[test]
    fn a_csv_statement_gives_its_credits_with_stable_keys() {
        let text = "\u{feff}Date;Libellé;Référence;Montant\n\
                    31/01/2027;Ville de Lyon;COTISATION 2027-0001;1 200,00\n\
                    31/01/2027;Frais bancaires;;-12,50\n\
                    31/01/2027;Solde;;\n\
                    01/02/2027;Ville de Lyon;COTISATION 2027-0001;1 200,00\n\
                    01/02/2027;Ville de Lyon;COTISATION 2027-0001;1 200,00\n";
        let lines = read_csv(text, &mapping()).unwrap();
        assert_eq!(lines.len(), 3, "the debit is skipped");
        assert_eq!(lines[0].transfer.amount_minor, 120_000);
        assert_eq!(lines[0].transfer.received_on, NaiveDate::from_ymd_opt(2027, 1, 31).unwrap());
        assert_eq!(lines[0].transfer.reference, "COTISATION 2027-0001");
        assert_ne!(lines[1].key, lines[2].key, "two equal transfers stay two");
        let again = read_csv(text, &mapping()).unwrap();
        assert_eq!(lines.iter().map(|l| &l.key).collect::<Vec<_>>(), again.iter().map(|l| &l.key).collect::<Vec<_>>());
    }

    #[test]
    fn a_csv_problem_names_its_line_and_column() {
        let missing = read_csv("Date;Libellé;Montant\n", &mapping()).unwrap_err();
        assert_eq!(missing, LineProblem::new(1, Some("Référence"), "error-statement-column-missing"));
        let bad_date = read_csv("Date;Libellé;Référence;Montant\n2027-13-01;X;;5\n", &mapping()).unwrap_err();
        assert_eq!(bad_date, LineProblem::new(2, Some("Date"), "error-statement-date"));
        let bad_amount = read_csv("Date;Libellé;Référence;Montant\n01/02/2027;X;;abc\n", &mapping()).unwrap_err();
        assert_eq!(bad_amount.key, "error-statement-amount");
    }

    #[test]
    fn dates_in_each_order() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 31);
        assert_eq!(parse_bank_date("2027-03-31", DateOrder::Ymd), day);
        assert_eq!(parse_bank_date("31.03.2027", DateOrder::Ymd), day);
        assert_eq!(parse_bank_date("31/03/2027", DateOrder::Dmy), day);
        assert_eq!(parse_bank_date("03/31/2027 10:00", DateOrder::Mdy), day);
        assert_eq!(parse_bank_date("2027-03-31T10:00:00+02:00", DateOrder::Ymd), day);
        assert_eq!(parse_bank_date("31/03/27", DateOrder::Dmy), None);
    }

    #[test]
    fn a_camt053_statement_gives_its_credits() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
<Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">1200.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2027-02-03</Dt></BookgDt>
<AcctSvcrRef>BANK-0001</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Tr&#233;sor public &amp; Lyon</Nm></Pty></Dbtr></RltdPties>
<RmtInf><Ustrd>COTISATION 2027-0001</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="EUR">15.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2027-02-03</Dt></BookgDt></Ntry>
<Ntry><Amt Ccy="EUR">90.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts><BookgDt><Dt>2027-02-04</Dt></BookgDt></Ntry>
<Ntry><Amt Ccy="JOD">500.000</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><DtTm>2027-02-04T09:00:00</DtTm></BookgDt>
<AddtlNtryInf>Greater Amman Municipality dues</AddtlNtryInf></Ntry>
</Stmt></BkToCstmrStmt></Document>"#;
        let lines = read_camt053(xml).unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].transfer.payer, "Trésor public & Lyon");
        assert_eq!(lines[0].transfer.reference, "COTISATION 2027-0001");
        assert_eq!(lines[0].transfer.amount_minor, 120_000);
        assert_eq!(lines[1].transfer.amount_minor, 500_000);
        assert_eq!(lines[1].transfer.currency, "JOD");
        assert_eq!(lines[1].transfer.reference, "Greater Amman Municipality dues");
        assert_eq!(lines[0].key, read_camt053(xml).unwrap()[0].key);
    }

    #[test]
    fn xml_that_is_not_a_statement_is_refused() {
        assert_eq!(read_camt053("<html><body/></html>").unwrap_err().key, "error-statement-not-camt");
        assert_eq!(read_camt053("<Document><Stmt><Ntry>").unwrap_err().key, "error-statement-unreadable");
        let deep = format!("<Document><Stmt>{}", "<a>".repeat(100));
        assert_eq!(read_camt053(&deep).unwrap_err(), LineProblem::in_entry(1, None, "error-statement-unreadable"));
        assert!(is_xml(b"\xEF\xBB\xBF  <?xml"));
        assert!(!is_xml(b"Date;Montant"));
    }
}

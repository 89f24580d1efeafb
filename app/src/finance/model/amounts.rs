//! Amounts as people type them, in a currency's minor units.

/// The digits after the decimal point of an ISO 4217 currency (2 for EUR, 3 for JOD, 0 for
/// JPY); `None` for a code that is not one, or names no money (gold, testing codes).
#[cfg(feature = "ssr")]
pub fn minor_digits(code: &str) -> Option<u32> {
    iso_currency::Currency::from_code(code)?.exponent().map(u32::from)
}

/// Currencies are checked on the server only.
#[cfg(not(feature = "ssr"))]
pub fn minor_digits(_code: &str) -> Option<u32> {
    None
}

/// The most an amount may be, in minor units: more than any network's dues.
const MAX_MINOR: i64 = 1_000_000_000_000;

/// An amount as people type it, in minor units of a currency with `digits` decimals: "1500",
/// "1 500,50", "1,500.50", "1.500,50". The last `.` or `,` is the decimal separator when at most
/// `digits` digits follow it; other separators group thousands. `None` for anything else, a
/// negative amount or one past the limit.
pub fn parse_amount(typed: &str, digits: u32) -> Option<i64> {
    let compact: String = typed.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).collect();
    if compact.is_empty() || !compact.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let (whole, fraction) = match compact.rfind(['.', ',']) {
        Some(at) if compact.len() - at - 1 <= digits as usize => (&compact[..at], &compact[at + 1..]),
        _ => (compact.as_str(), ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if whole.is_empty() && fraction.is_empty() || fraction.len() > digits as usize {
        return None;
    }
    let scale = 10i64.checked_pow(digits)?;
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let fraction: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse::<i64>().ok()? * 10i64.pow(digits - u32::try_from(fraction.len()).ok()?)
    };
    let minor = whole.checked_mul(scale)?.checked_add(fraction)?;
    (minor <= MAX_MINOR).then_some(minor)
}

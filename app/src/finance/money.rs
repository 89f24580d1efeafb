//! Amounts written for people: digits grouped as each language writes them, and in words for
//! invoices (English and French from `num2words`; Arabic here, which it does not know).
use crate::finance::minor_digits;
use crate::i18n::Lang;

/// `minor` units of `currency` as a reader of `lang` writes them, with the code after the
/// amount: "1,500.00 EUR", "1 500,00 EUR" (narrow no-break space), "1,500.00 EUR" in Arabic
/// pages too (the network writes Western digits; the code reads the same in every language).
pub fn format(lang: Lang, minor: i64, currency: &str) -> String {
    let digits = minor_digits(currency).unwrap_or(2);
    let (group, decimal) = match lang {
        Lang::Fr => ('\u{202f}', ','),
        Lang::En | Lang::Ar => (',', '.'),
    };
    let scale = 10i64.pow(digits);
    let sign = if minor < 0 { "-" } else { "" };
    let whole = (minor / scale).unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let fraction = if digits == 0 {
        String::new()
    } else {
        format!("{decimal}{:0width$}", (minor % scale).unsigned_abs(), width = digits as usize)
    };
    format!("{sign}{grouped}{fraction}\u{a0}{currency}")
}

/// The amount in words for an invoice, as a sentence of `lang`: the whole units in words, the
/// currency's code, and the minor units as a fraction ("… and 50/100").
pub fn in_words(lang: Lang, minor: i64, currency: &str) -> String {
    let digits = minor_digits(currency).unwrap_or(2);
    let scale = 10u64.pow(digits);
    let amount = minor.unsigned_abs();
    let words = cardinal(lang, amount / scale);
    let args = [("words", words), ("currency", currency.to_string())];
    match amount % scale {
        0 => crate::i18n::translate(lang, "invoice-words-whole", &args),
        fraction => {
            let fraction = format!("{fraction:0width$}/{scale}", width = digits as usize);
            let [words, currency] = args;
            crate::i18n::translate(lang, "invoice-words-fraction", &[words, currency, ("fraction", fraction)])
        }
    }
}

/// A whole number in words.
pub fn cardinal(lang: Lang, n: u64) -> String {
    let other = match lang {
        Lang::Ar => return arabic(n),
        Lang::En => num2words::Lang::English,
        Lang::Fr => num2words::Lang::French,
    };
    num2words::Num2Words::parse(&n.to_string())
        .and_then(|words| words.lang(other).cardinal().to_words().ok())
        .unwrap_or_else(|| n.to_string())
}

const ONES: [&str; 11] = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const TENS: [&str; 10] = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
const HUNDREDS: [&str; 10] =
    ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"];

/// Below a hundred.
fn arabic_tens(n: usize) -> String {
    match n {
        0..=10 => ONES[n].to_string(),
        11 => "أحد عشر".to_string(),
        12 => "اثنا عشر".to_string(),
        13..=19 => format!("{} عشر", ONES[n - 10]),
        _ if n.is_multiple_of(10) => TENS[n / 10].to_string(),
        _ => format!("{} و{}", ONES[n % 10], TENS[n / 10]),
    }
}

/// Below a thousand; `counting` when a noun (thousand, million) follows, which takes the
/// construct form of two hundred ("مئتا ألف").
fn arabic_hundreds(n: usize, counting: bool) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let hundreds = if counting && hundreds == 2 && rest == 0 { "مئتا" } else { HUNDREDS[hundreds] };
    match (hundreds.is_empty(), rest) {
        (true, _) => arabic_tens(rest),
        (false, 0) => hundreds.to_string(),
        (false, _) => format!("{hundreds} و{}", arabic_tens(rest)),
    }
}

/// A whole number in Arabic words, as invoices write amounts (the nominative, the counted noun
/// in the form its number asks for: ثلاثة آلاف، أحد عشر ألفًا، مئة ألف).
pub fn arabic(n: u64) -> String {
    if n == 0 {
        return "صفر".to_string();
    }
    const SCALES: [(u64, [&str; 4]); 3] = [
        (1_000_000_000, ["مليار", "ملياران", "مليارات", "مليارًا"]),
        (1_000_000, ["مليون", "مليونان", "ملايين", "مليونًا"]),
        (1_000, ["ألف", "ألفان", "آلاف", "ألفًا"]),
    ];
    let mut parts = Vec::new();
    let mut rest = n;
    // Past the milliards, the count of milliards is itself written in words.
    if rest >= 1_000_000_000_000 {
        parts.push(format!("{} مليار", arabic(rest / 1_000_000_000)));
        rest %= 1_000_000_000;
    }
    for (value, [one, two, few, many]) in SCALES {
        let count = usize::try_from(rest / value).unwrap_or(0);
        rest %= value;
        let part = match (count, count % 100) {
            (0, _) => continue,
            (1, _) => one.to_string(),
            (2, _) => two.to_string(),
            (_, 3..=10) => format!("{} {few}", arabic_hundreds(count, true)),
            (_, 11..=99) => format!("{} {many}", arabic_hundreds(count, true)),
            _ => format!("{} {one}", arabic_hundreds(count, true)),
        };
        parts.push(part);
    }
    if rest > 0 {
        parts.push(arabic_hundreds(usize::try_from(rest).unwrap_or(0), false));
    }
    parts.join(" و")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_numbers_in_words() {
        for (n, words) in [
            (0, "صفر"),
            (1, "واحد"),
            (11, "أحد عشر"),
            (12, "اثنا عشر"),
            (15, "خمسة عشر"),
            (21, "واحد وعشرون"),
            (100, "مئة"),
            (250, "مئتان وخمسون"),
            (1_000, "ألف"),
            (2_000, "ألفان"),
            (3_500, "ثلاثة آلاف وخمسمئة"),
            (11_000, "أحد عشر ألفًا"),
            (100_000, "مئة ألف"),
            (200_000, "مئتا ألف"),
            (103_000, "مئة وثلاثة آلاف"),
            (2_500_000, "مليونان وخمسمئة ألف"),
            (7_000_000, "سبعة ملايين"),
        ] {
            assert_eq!(arabic(n), words, "{n}");
        }
    }

    #[test]
    fn amounts_as_each_language_writes_them() {
        assert_eq!(format(Lang::En, 150_050, "EUR"), "1,500.50\u{a0}EUR");
        assert_eq!(format(Lang::Fr, 150_050, "EUR"), "1\u{202f}500,50\u{a0}EUR");
        assert_eq!(format(Lang::Ar, 1_500_250, "JOD"), "1,500.250\u{a0}JOD");
        assert_eq!(format(Lang::En, 1_500, "JPY"), "1,500\u{a0}JPY");
        assert_eq!(format(Lang::En, -2_500, "EUR"), "-25.00\u{a0}EUR");
        assert_eq!(cardinal(Lang::Fr, 1_580), "mille cinq cent quatre-vingts");
        assert_eq!(cardinal(Lang::En, 1_500), "one thousand five hundred");
    }
}

//! Every Fluent key exists in Arabic, English and French, none is empty, every key the code uses
//! exists, and every key in the files is used somewhere.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 3] = ["ar", "en", "fr"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path, extension));
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
    found
}

/// Message ids and whether each has a value, from every `.ftl` file of one language.
fn messages(lang: &str) -> BTreeMap<String, bool> {
    let mut found = BTreeMap::new();
    for file in files(&workspace().join("locales").join(lang), "ftl") {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if let Some((id, value)) = line.split_once(" =") {
                if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                    let continued = lines.get(i + 1).is_some_and(|next| next.starts_with("    "));
                    let previous = found.insert(id.to_string(), !value.trim().is_empty() || continued);
                    assert!(previous.is_none(), "{id} defined twice in {lang}");
                }
            }
        }
    }
    found
}

/// Prefixes only message ids use (CSS classes and ids also contain hyphens).
const MESSAGE_PREFIXES: [&str; 4] = ["error-", "role-", "area-", "email-"];
/// Calls whose first string argument is a message id.
const TRANSLATING_CALLS: [&str; 5] = ["tr!(", "move_tr!(", "tr_key(", "translate(lang, ", "t("];

/// The string literals of the Rust sources that look like message ids, and among them those that
/// are certainly used as one (an argument of a translating call, or a message-only prefix).
fn literals_in_code() -> (BTreeSet<String>, BTreeSet<String>) {
    let mut found = BTreeSet::new();
    let mut references = BTreeSet::new();
    for dir in ["app/src", "server/src"] {
        for file in files(&workspace().join(dir), "rs") {
            let text = std::fs::read_to_string(file).unwrap();
            let mut rest = text.as_str();
            while let Some(start) = rest.find('"') {
                let after = &rest[start + 1..];
                let Some(end) = after.find('"') else { break };
                let literal = &after[..end];
                if literal.contains('-')
                    && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !literal.starts_with('-')
                {
                    found.insert(literal.to_string());
                    let before = text[..text.len() - rest.len() + start].trim_end_matches([' ', '\n']);
                    if TRANSLATING_CALLS.iter().any(|call| before.ends_with(call.trim_end()))
                        || MESSAGE_PREFIXES.iter().any(|prefix| literal.starts_with(prefix))
                    {
                        references.insert(literal.to_string());
                    }
                }
                rest = &after[end + 1..];
            }
        }
    }
    (found, references)
}

#[test]
fn every_language_has_every_key_with_a_value() {
    let english = messages("en");
    assert!(english.len() > 50, "locales/en has its messages");
    for lang in LANGUAGES {
        let these = messages(lang);
        let missing: Vec<_> = english.keys().filter(|k| !these.contains_key(*k)).collect();
        let extra: Vec<_> = these.keys().filter(|k| !english.contains_key(*k)).collect();
        let empty: Vec<_> = these.iter().filter(|(_, has_value)| !**has_value).map(|(k, _)| k).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
        assert!(empty.is_empty(), "{lang} has empty messages: {empty:?}");
    }
}

#[test]
fn keys_used_in_code_exist_and_every_key_is_used() {
    let keys: BTreeSet<String> = messages("en").into_keys().collect();
    let (literals, references) = literals_in_code();
    assert!(references.contains("sign-in-title") && references.contains("error-email-invalid"), "the scan finds uses");

    let unused: Vec<_> = keys.iter().filter(|k| !literals.contains(*k)).collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");

    let missing: Vec<_> = references.iter().filter(|l| !keys.contains(*l)).collect();
    assert!(missing.is_empty(), "keys the code uses but locales lack: {missing:?}");
}

/// Each message's body (the lines after `id =` that are indented), for one language.
fn message_bodies(lang: &str) -> BTreeMap<String, String> {
    let mut bodies = BTreeMap::new();
    for file in files(&workspace().join("locales").join(lang), "ftl") {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if let Some((id, value)) = line.split_once(" =").filter(|(id, _)| !id.starts_with(' ')) {
                current = Some(id.to_string());
                bodies.insert(id.to_string(), value.to_string());
            } else if let (Some(id), true) = (&current, line.starts_with("    ")) {
                let body = bodies.get_mut(id).unwrap();
                body.push('\n');
                body.push_str(line);
            } else {
                current = None;
            }
        }
    }
    bodies
}

const PLURAL_KEYS: [&str; 5] = ["[zero]", "[one]", "[two]", "[few]", "[many]"];

/// Fluent's plural rules get Arabic wrong past 100, so every plural message selects on the app's
/// `PLURAL()`; at every count from 0 to 1,000 each language shows the form of the count's CLDR
/// category (the same text as the category's first count, the number aside).
#[test]
fn plural_messages_take_the_right_form_at_every_count() {
    use app::i18n::{plural_category, translate, Lang};
    let mut plural_messages = BTreeSet::new();
    for lang in LANGUAGES {
        for (id, body) in message_bodies(lang) {
            if PLURAL_KEYS.iter().any(|key| body.contains(key)) {
                assert!(body.contains("PLURAL($"), "{lang} {id} selects on a bare number: use PLURAL()");
                plural_messages.insert(id);
            }
        }
    }
    assert!(plural_messages.contains("directory-count"), "{plural_messages:?}");
    for id in &plural_messages {
        for lang in Lang::ALL {
            let say = |n: u64| translate(lang, id, &[("count", n.to_string())]).replace(&n.to_string(), "#");
            let mut first_of: BTreeMap<&str, u64> = BTreeMap::new();
            for n in 0..=1000u64 {
                let category = plural_category(lang, n);
                let first = *first_of.entry(category).or_insert(n);
                assert_eq!(say(n), say(first), "{lang} {id} at {n} ({category}, like {first})");
            }
            let forms: BTreeSet<String> = first_of.values().map(|n| say(*n)).collect();
            assert_eq!(forms.len(), first_of.len(), "{lang} {id}: one form per category {first_of:?}");
        }
    }
}

/// The categories against CLDR's own samples (plurals.xml), past the first hundred too.
#[test]
fn plural_categories_follow_cldr() {
    use app::i18n::{plural_category, Lang};
    let samples: [(Lang, &str, &[u64]); 10] = [
        (Lang::Ar, "zero", &[0]),
        (Lang::Ar, "one", &[1]),
        (Lang::Ar, "two", &[2]),
        (Lang::Ar, "few", &[3, 10, 103, 106, 110, 1003]),
        (Lang::Ar, "many", &[11, 26, 99, 111, 113, 199, 1011]),
        (Lang::Ar, "other", &[100, 101, 102, 200, 202, 1000, 10000]),
        (Lang::En, "one", &[1]),
        (Lang::En, "other", &[0, 2, 16, 100, 1000]),
        (Lang::Fr, "one", &[0, 1]),
        (Lang::Fr, "other", &[2, 17, 100, 1000, 10000]),
    ];
    for (lang, category, counts) in samples {
        for n in counts {
            assert_eq!(plural_category(lang, *n), category, "{lang} {n}");
        }
    }
    assert_eq!(plural_category(Lang::Fr, 1_000_000), "many");
}

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use skrifa::MetadataProvider;

use fluent_templates::fluent_bundle::FluentValue;

use super::glossary::{glossary, terms_first_shown_without_english};
use super::{LOCALES, Language};
use crate::lesson::{Check, built_in};
use crate::surface::zoo_entries;

/// The messages of `language` read straight from its files (a second reading, independent of
/// the loader): id → the placeables it uses.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language.tag());
    let mut messages = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("the language's folder")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable file");
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            // `id = text`, or `id =` with the text on the indented lines below.
            let definition = line
                .split_once(" = ")
                .or_else(|| Some((line.strip_suffix(" =")?, "")));
            let body = match definition {
                Some((id, body)) if !line.starts_with(' ') => {
                    let previous = messages.insert(id.to_owned(), BTreeSet::new());
                    assert!(previous.is_none(), "{id} twice in {}", language.tag());
                    current = Some(id.to_owned());
                    body
                }
                _ => line,
            };
            let id = current.as_ref().expect("a continuation after a message");
            let placeables = messages.get_mut(id).expect("the message");
            for part in body.split("{ $").skip(1) {
                let name = part.split(' ').next().unwrap_or_default();
                placeables.insert(name.to_owned());
            }
        }
    }
    messages
}

#[test]
fn every_message_is_translated_into_both_scripts_with_the_same_placeables() {
    let english = messages(Language::English);
    assert!(english.len() > 50, "{}", english.len());
    for language in [Language::SimplifiedChinese, Language::TraditionalChinese] {
        let translated = messages(language);
        for (id, placeables) in &english {
            let theirs = translated.get(id);
            assert!(
                theirs.is_some(),
                "{id} has no {} translation",
                language.tag()
            );
            assert_eq!(theirs, Some(placeables), "{id} in {}", language.tag());
            // The loader has it in this language itself, and it formats without errors.
            let args: HashMap<&str, FluentValue> = (placeables.iter())
                .map(|name| (name.as_str(), FluentValue::from("1")))
                .collect();
            let found = LOCALES.lookup_single_language(&language.identifier(), id, Some(&args));
            assert!(found.is_ok(), "{id} in {}: {found:?}", language.tag());
        }
        // Every lesson has its title, claim and control in both scripts, the claim with the
        // quantities of the lesson file's own; nothing is left over.
        let lessons = built_in().expect("the lessons");
        let mut expected: BTreeSet<String> = english.keys().cloned().collect();
        for lesson in &lessons {
            for part in ["title", "topic", "claim", "control", "explanation"] {
                expected.insert(format!("lesson-{}-{part}", lesson.name));
            }
            // The names of the two networks a comparison plots.
            if let Check::TrainingGap { names, .. } = &lesson.check {
                for index in 0..names.len() {
                    expected.insert(format!("lesson-{}-figure-name-{index}", lesson.name));
                }
            }
            let id = format!("lesson-{}-claim", lesson.name);
            assert_eq!(
                translated.get(&id),
                Some(&claim_quantities(&lesson.claim)),
                "{id} in {}",
                language.tag()
            );
        }
        // Every zoo surface has its title, note and parameter docs.
        for entry in zoo_entries() {
            let name = entry.name;
            expected.insert(format!("surface-{name}-title"));
            expected.insert(format!("surface-{name}-note"));
            for param in entry.params {
                expected.insert(format!("surface-{name}-param-{}", param.name));
            }
        }
        let found: BTreeSet<String> = translated.keys().cloned().collect();
        assert_eq!(found, expected, "{}", language.tag());
    }
}

#[test]
fn explanations_give_each_terms_english_the_first_time_and_keep_the_paragraphs() {
    for lesson in built_in().expect("the lessons") {
        let paragraphs = lesson
            .explanation_in(Language::English)
            .split("\n\n")
            .count();
        for language in [Language::SimplifiedChinese, Language::TraditionalChinese] {
            let text = lesson.explanation_in(language);
            assert_eq!(
                text.split("\n\n").count(),
                paragraphs,
                "{} in {}: {text}",
                lesson.name,
                language.tag()
            );
            assert!(!text.contains("\n\n\n") && !text.contains(" \n"), "{text}");
            let missing = terms_first_shown_without_english(&text, language, glossary());
            assert!(
                missing.is_empty(),
                "{} in {}: first shown without its English: {missing:?}",
                lesson.name,
                language.tag()
            );
        }
    }
}

/// The placeables a translated claim uses for the English template's quantities: `{k}` is
/// `k`, a share `{k:%}` is `k_percent`, a difference of shares `{k:pp}` is `k_pp`.
fn claim_quantities(template: &str) -> BTreeSet<String> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(quantity, _)| match quantity.split_once(':') {
            Some((key, "%")) => format!("{key}_percent"),
            Some((key, _)) => format!("{key}_pp"),
            None => quantity.to_owned(),
        })
        .collect()
}

/// Measured quantities by name.
fn measured(values: &[(&str, f64)]) -> BTreeMap<String, f64> {
    values.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
}

#[test]
fn claims_in_chinese_carry_the_measured_numbers() {
    let lessons = built_in().expect("the lessons");
    let lesson = |name: &str| lessons.iter().find(|l| l.name == name).expect(name);
    let saddle = measured(&[
        ("gradient_norm", 0.0),
        ("h11", 0.0),
        ("h12", -2.0),
        ("h22", 0.0),
        ("lambda_min", -2.0),
        ("lambda_max", 2.0),
        ("u_x", std::f64::consts::FRAC_1_SQRT_2),
        ("u_y", std::f64::consts::FRAC_1_SQRT_2),
        ("drop", 0.009975),
    ]);
    let claim = lesson("saddle").claim_in(Language::SimplifiedChinese, &saddle);
    assert!(claim.starts_with("在原点 ‖∇L‖ = 0，"), "{claim}");
    assert!(claim.contains("H = [[0, -2], [-2, 0]]"), "{claim}");
    assert!(claim.contains("让损失降低 0.009975"), "{claim}");
    let shares = measured(&[
        ("test_accuracy", 0.95),
        ("shifted_accuracy", 0.65),
        ("gap", 0.3),
        ("test_accuracy_large", 0.97),
        ("shifted_accuracy_large", 0.66),
    ]);
    let claim = lesson("mismatch").claim_in(Language::TraditionalChinese, &shares);
    assert!(claim.contains("分對 95 %"), "{claim}");
    assert!(claim.contains("差距 30 個百分點"), "{claim}");
    let english = lesson("mismatch").claim_in(Language::English, &shares);
    assert!(
        english.contains("(a gap of 30 percentage points)"),
        "{english}"
    );
}

#[test]
fn messages_fill_their_placeables_without_isolation_marks() {
    let args = [("shown", "12".to_owned()), ("last", "3000".to_owned())];
    assert_eq!(
        Language::English.text_with("toolbar-step-counter", &args),
        "step 12 / 3000"
    );
    assert_eq!(
        Language::SimplifiedChinese.text_with("toolbar-step-counter", &args),
        "第 12 / 3000 步"
    );
    assert_eq!(Language::TraditionalChinese.text("menu-file"), "檔案");
    assert_eq!(Language::SimplifiedChinese.text("menu-file"), "文件");
}

#[test]
fn locales_name_their_language_and_script() {
    for (locale, language) in [
        ("en_US.UTF-8", Some(Language::English)),
        ("zh_CN.UTF-8", Some(Language::SimplifiedChinese)),
        ("zh-SG", Some(Language::SimplifiedChinese)),
        ("zh", Some(Language::SimplifiedChinese)),
        ("zh-Hans", Some(Language::SimplifiedChinese)),
        ("zh_TW.UTF-8", Some(Language::TraditionalChinese)),
        ("zh_HK", Some(Language::TraditionalChinese)),
        ("zh-Hant-TW", Some(Language::TraditionalChinese)),
        ("de_DE.UTF-8", None),
        ("C", None),
    ] {
        assert_eq!(Language::from_locale(locale), language, "{locale}");
    }
    assert!("klingon".parse::<Language>().is_err());
}

/// The characters the font at `path` (under assets/fonts) maps.
fn font_characters(path: &str) -> BTreeSet<char> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/fonts")
        .join(path);
    let data = std::fs::read(&file).expect("the font");
    let font = skrifa::FontRef::new(&data).expect("an OpenType font");
    font.charmap()
        .mappings()
        .filter_map(|(code, _)| char::from_u32(code))
        .collect()
}

#[test]
fn every_character_of_the_translations_is_in_the_bundled_font() {
    let fonts = [
        (Language::SimplifiedChinese, "NotoSansCJKsc-Losscape.otf"),
        (Language::TraditionalChinese, "NotoSansCJKtc-Losscape.otf"),
    ];
    // What the other fonts draw: egui's defaults and DejaVu Sans come first in the chain.
    let mut drawn = font_characters("DejaVuSans.ttf");
    drawn.extend((' '..='~').chain(['\u{a0}']));
    for (language, font) in fonts {
        let cjk = font_characters(font);
        assert!(cjk.len() > 3_000, "{font}: {}", cjk.len());
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(language.tag());
        for entry in std::fs::read_dir(folder).expect("the folder") {
            let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("text");
            for c in text.chars().filter(|c| !c.is_control()) {
                assert!(
                    cjk.contains(&c) || drawn.contains(&c),
                    "{c:?} (U+{:04X}) of {} is in no bundled font",
                    c as u32,
                    language.tag()
                );
            }
        }
        for term in glossary() {
            for c in term.text(language).chars() {
                assert!(
                    cjk.contains(&c) || drawn.contains(&c),
                    "{c:?} of the glossary"
                );
            }
        }
        assert!(cjk.contains(&language.native_name().chars().next().unwrap_or(' ')));
    }
}

/// The message ids `src/` names literally: every literal passed to `Message::new`, `text`, `tr` or
/// `text_with`, and every literal of the families errors and notices use (`"spec-not-finite"`,
/// `"notice-saved"`, …, also where a function returns one), with the file it is in.
fn message_ids_in_source() -> Vec<(String, String)> {
    const CALLS: [&str; 5] = [
        "Message::new(",
        "SpecError::new(",
        "text(",
        "text_with(",
        "tr(",
    ];
    const FAMILIES: [&str; 11] = [
        "spec-",
        "nn-",
        "saved-",
        "run-",
        "diverged-",
        "setting-",
        "file-",
        "scenario-",
        "cli-",
        "notice-",
        "path-",
    ];
    let is_id = |literal: &str| {
        !literal.is_empty()
            && !literal.ends_with('-')
            && (literal.chars()).all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let mut found = Vec::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            let pieces: Vec<&str> = text.split('"').collect();
            for (before, literal) in pieces.iter().zip(&pieces[1..]).step_by(2) {
                // A call by its whole name: `tr(` but not `from_str(`.
                let called = CALLS.iter().any(|call| {
                    before.strip_suffix(call).is_some_and(|rest| {
                        rest.chars()
                            .next_back()
                            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
                    })
                });
                let family = FAMILIES.iter().any(|f| literal.starts_with(f));
                if is_id(literal) && (called || family) && literal.contains('-') {
                    found.push((literal.to_string(), path.display().to_string()));
                }
            }
        }
    }
    found
}

#[test]
fn every_message_id_the_code_names_exists() {
    let english = messages(Language::English);
    let ids = message_ids_in_source();
    assert!(ids.len() > 300, "{}", ids.len());
    let missing: Vec<_> = (ids.iter())
        .filter(|(id, _)| !english.contains_key(id))
        .collect();
    assert!(missing.is_empty(), "no such message: {missing:?}");
}

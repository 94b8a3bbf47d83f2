//! The lecture's terms in English, 简体中文 and 繁體中文 (`assets/glossary.toml`): shown in the
//! help window, and the rule the Chinese lesson explanations follow — the first time a term
//! appears, its English follows in brackets, as in 鞍点（saddle point）.

use std::sync::OnceLock;

use serde::Deserialize;

use super::Language;

/// One term of the lecture.
#[derive(Clone, Debug, Deserialize)]
pub struct Term {
    /// As on the lecture's slides.
    pub en: String,
    /// In simplified characters.
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    /// In traditional characters, with the lecture's Taiwanese terms.
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
}

impl Term {
    /// The term in `language`.
    pub fn text(&self, language: Language) -> &str {
        match language {
            Language::English => &self.en,
            Language::SimplifiedChinese => &self.zh_hans,
            Language::TraditionalChinese => &self.zh_hant,
        }
    }
}

#[derive(Deserialize)]
struct GlossaryFile {
    term: Vec<Term>,
}

/// The glossary file's terms, in its order, or why the bundled file does not parse.
fn parsed(text: &str) -> Result<Vec<Term>, String> {
    toml::from_str::<GlossaryFile>(text)
        .map(|file| file.term)
        .map_err(|e| format!("assets/glossary.toml: {e}"))
}

/// The lecture's terms, in the glossary file's order. The file is compiled in and a test
/// parses it, so it is empty only in a build whose own test fails.
pub fn glossary() -> &'static [Term] {
    static TERMS: OnceLock<Vec<Term>> = OnceLock::new();
    TERMS.get_or_init(|| parsed(include_str!("../../assets/glossary.toml")).unwrap_or_default())
}

/// The glossary terms whose first appearance in `text` (in `language`) is not followed by
/// their English in brackets. Where terms overlap, the longest one is read, as a reader
/// does: 小批次 is "small batch", not 批次 after 小.
pub fn terms_first_shown_without_english(
    text: &str,
    language: Language,
    terms: &[Term],
) -> Vec<String> {
    let mut by_length: Vec<&Term> = terms.iter().collect();
    by_length.sort_by_key(|term| std::cmp::Reverse(term.text(language).chars().count()));
    let mut seen = Vec::new();
    let mut missing = Vec::new();
    let mut rest = text;
    while let Some(next) = rest.chars().next() {
        let found = by_length
            .iter()
            .find(|term| rest.starts_with(term.text(language)));
        let Some(term) = found else {
            rest = &rest[next.len_utf8()..];
            continue;
        };
        rest = &rest[term.text(language).len()..];
        if seen.contains(&term.en) {
            continue;
        }
        seen.push(term.en.clone());
        let english = format!("（{}）", term.en);
        if !rest.to_lowercase().starts_with(&english.to_lowercase()) {
            missing.push(term.text(language).to_owned());
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_glossary_has_the_lectures_terms_in_three_scripts() {
        let terms = parsed(include_str!("../../assets/glossary.toml")).expect("it parses");
        assert_eq!(terms.len(), glossary().len());
        let term = |en: &str| terms.iter().find(|t| t.en == en).expect(en);
        assert_eq!(term("Hessian").zh_hans, "海森矩阵");
        assert_eq!(term("Hessian").zh_hant, "黑塞矩陣");
        assert_eq!(term("epoch").zh_hant, "回合");
        assert_eq!(term("saddle point").text(Language::English), "saddle point");
        for term in &terms {
            assert!(!term.en.is_empty() && !term.zh_hans.is_empty() && !term.zh_hant.is_empty());
        }
        assert!(parsed("[[term]]\nen = \"x\"").is_err());
    }

    #[test]
    fn a_terms_first_appearance_needs_its_english_and_the_longest_term_is_read() {
        let terms = glossary();
        let zh = Language::SimplifiedChinese;
        let check = |text: &str| terms_first_shown_without_english(text, zh, terms);
        assert!(check("鞍点（saddle point）是临界点（critical point）。鞍点很常见。").is_empty());
        assert_eq!(check("鞍点很常见。鞍点（saddle point）"), ["鞍点"]);
        // 小批次 is its own term: the batch after 小 is not a first "批次".
        assert_eq!(check("小批次（small batch）和批次"), ["批次"]);
        assert!(check("小批次（small batch）和批次（batch）").is_empty());
        assert_eq!(
            check("批次标准化（batch normalization）后的学习率"),
            ["学习率"]
        );
        let hant = Language::TraditionalChinese;
        let text = "黑塞矩陣（Hessian）";
        assert!(terms_first_shown_without_english(text, hant, terms).is_empty());
        assert!(terms_first_shown_without_english("海森矩阵", hant, terms).is_empty());
    }
}

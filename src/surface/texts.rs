//! A zoo surface's title, note and parameter docs in the interface's language: the English in
//! the family files, the translations in `locales/<tag>/surfaces.ftl`. Formulas and other
//! surfaces (a typed formula, a trained network) keep their own text.

use serde::{Serialize, Serializer};

use super::{Axes, Family, ParamValue, SurfaceInfo, ZooEntry, zoo_entries};
use crate::i18n::Language;

/// The zoo surface `name`'s text `part` (`title`, `note`, `param-<key>`) in `language`: its
/// `english` in English, or for a surface outside the zoo.
fn zoo_text(name: &str, part: &str, english: &str, language: Language) -> String {
    if language == Language::English || !zoo_entries().any(|e| e.name == name) {
        english.to_owned()
    } else {
        language.text(&format!("surface-{name}-{part}"))
    }
}

impl Family {
    /// The family's heading in menus and tables, in `language`.
    pub fn title_in(self, language: Language) -> String {
        let key = match self {
            Family::BowlsAndRavines => "family-bowls",
            Family::Saddles => "family-saddles",
            Family::ManyMinima => "family-many-minima",
            Family::PlateausAndCliffs => "family-plateaus",
            Family::Lecture => "family-lecture",
            Family::Networks => "family-networks",
            Family::Custom => "surface-custom",
        };
        language.text(key)
    }
}

impl Axes {
    /// The titles of the x and y axes in `language`.
    pub fn titles_in(self, language: Language) -> [String; 2] {
        let key = match self {
            Axes::Weights => "weights",
            Axes::Logits => "logits",
            Axes::WeightAndBias => "weight-and-bias",
            Axes::RandomDirections => "random-directions",
            Axes::TopEigenvectors => "top-eigenvectors",
        };
        ["x", "y"].map(|axis| language.text(&format!("axis-{key}-{axis}")))
    }
}

/// In JSON, the axes are their English titles.
impl Serialize for Axes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.titles_in(Language::English).serialize(serializer)
    }
}

impl ZooEntry {
    /// The title in `language`.
    pub fn title_in(&self, language: Language) -> String {
        zoo_text(self.name, "title", self.title, language)
    }
}

impl SurfaceInfo {
    /// The title in `language`.
    pub fn title_in(&self, language: Language) -> String {
        zoo_text(&self.name, "title", &self.title, language)
    }

    /// The teaching note in `language`.
    pub fn note_in(&self, language: Language) -> String {
        zoo_text(&self.name, "note", &self.note, language)
    }

    /// What `param` changes, in `language`.
    pub fn param_doc_in(&self, param: &ParamValue, language: Language) -> String {
        let part = format!("param-{}", param.spec.name);
        zoo_text(&self.name, &part, param.spec.doc, language)
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Language;
    use crate::surface::{Axes, Family, build_surface, zoo_entries};

    #[test]
    fn zoo_texts_follow_the_language_and_other_surfaces_keep_theirs() {
        let ravine = build_surface("ravine", &[]).expect("the ravine");
        let info = ravine.info();
        assert_eq!(info.title_in(Language::English), info.title);
        assert_eq!(
            info.title_in(Language::SimplifiedChinese),
            "峡谷（病态的二次函数）"
        );
        assert!(
            info.note_in(Language::TraditionalChinese)
                .starts_with("一條又長又窄的山谷")
        );
        let kappa = &info.params[0];
        assert_eq!(info.param_doc_in(kappa, Language::English), kappa.spec.doc);
        assert!(
            info.param_doc_in(kappa, Language::SimplifiedChinese)
                .starts_with("条件数")
        );
        let saddle = zoo_entries()
            .find(|e| e.name == "saddle")
            .expect("the saddle");
        assert_eq!(saddle.title_in(Language::TraditionalChinese), "鞍面");
        let formula = build_surface("expr:x^2+y^2", &[]).expect("a formula");
        let info = formula.info();
        assert_eq!(info.title_in(Language::SimplifiedChinese), info.title);
        assert_eq!(info.note_in(Language::SimplifiedChinese), info.note);
        assert_eq!(Family::Saddles.title_in(Language::English), "Saddles");
        assert_eq!(
            Axes::Weights.titles_in(Language::English),
            ["x  (w1)", "y  (w2)"]
        );
        let [w, b] = Axes::WeightAndBias.titles_in(Language::SimplifiedChinese);
        assert_eq!((w.as_str(), b.as_str()), ("x  (权重 w)", "y  (偏置 b)"));
        let json = serde_json::to_string(&Axes::Logits).ok();
        assert_eq!(
            json.as_deref(),
            Some(r#"["x  (logit y₁)","y  (logit y₂)"]"#)
        );
        assert_eq!(
            Family::Saddles.title_in(Language::TraditionalChinese),
            "鞍面"
        );
    }
}

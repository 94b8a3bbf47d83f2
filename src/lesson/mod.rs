//! Lessons: each topic of the lecture as a scenario, a short explanation and a claim whose
//! numbers are measured, not written. The lesson files are human-readable TOML in
//! `assets/lessons/`, built into the program.

mod check;
mod setup;

use serde::{Deserialize, Serialize};

pub use check::Check;
pub use setup::Setup;

use crate::format::number;

/// The lesson files built into the program: (file name, text), in file-name order.
const BUILT_IN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// One lesson.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Short name, as in `losscape lesson check NAME`.
    pub name: String,
    /// Title shown in large type.
    pub title: String,
    /// The lecture topic.
    pub topic: String,
    /// A few sentences on what to watch.
    pub explanation: String,
    /// The claim, with `{quantity}` where a measured number goes.
    pub claim: String,
    /// The scenario.
    pub setup: Setup,
    /// How the claim is measured.
    pub check: Check,
}

/// A lesson run headless: its claim with the measured numbers, and whether it holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The lesson's name.
    pub name: String,
    /// The claim with every measured number filled in.
    pub claim: String,
    /// Whether the measurement supports the claim.
    pub holds: bool,
    /// Every measured quantity by name.
    pub measured: std::collections::BTreeMap<String, f64>,
}

impl Lesson {
    /// Parses a lesson file. The explanation's lines, wrapped in the file, are joined into
    /// paragraphs, so that the panel wraps them to its own width (in presentation mode too).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut lesson: Self = toml::from_str(text).map_err(|e| e.to_string())?;
        lesson.setup.validate()?;
        lesson.explanation = paragraphs(&lesson.explanation);
        Ok(lesson)
    }

    /// Runs the scenario headless and measures the claim.
    pub fn check(&self) -> Result<Report, String> {
        let measurement = self.check.measure(&self.setup)?;
        let mut claim = self.claim.clone();
        for (key, value) in &measurement.measured {
            claim = claim.replace(&format!("{{{key}}}"), &quantity(*value));
        }
        Ok(Report {
            name: self.name.clone(),
            claim,
            holds: measurement.holds,
            measured: measurement.measured,
        })
    }
}

/// A measured number as the claim prints it: counts whole, the rest to 4 significant digits.
fn quantity(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        number(Some(v), 4)
    }
}

/// `text` with the lines of each paragraph joined by spaces; paragraphs (separated by blank
/// lines) stay apart.
fn paragraphs(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let joined: Vec<String> = (lines.split(|line| line.is_empty()))
        .filter(|lines| !lines.is_empty())
        .map(|lines| lines.join(" "))
        .collect();
    joined.join("\n\n")
}

/// Every built-in lesson, in file order; a file that does not parse is an error naming it.
pub fn built_in() -> Result<Vec<Lesson>, String> {
    BUILT_IN
        .iter()
        .map(|(file, text)| Lesson::parse(text).map_err(|e| format!("lesson file {file}: {e}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explanations_are_joined_into_paragraphs() {
        let text = "\nA valley whose floor\n  is straight.\n\n\nThen it bends.  \n";
        assert_eq!(
            paragraphs(text),
            "A valley whose floor is straight.\n\nThen it bends."
        );
        for lesson in built_in().expect("the built-in lessons parse") {
            assert!(!lesson.explanation.contains('\n'), "{}", lesson.name);
            assert!(lesson.explanation.len() > 100, "{}", lesson.name);
        }
    }
}

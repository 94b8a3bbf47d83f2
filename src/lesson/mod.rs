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
        let claim = filled(&self.claim, &measurement.measured);
        Ok(Report {
            name: self.name.clone(),
            claim,
            holds: measurement.holds,
            measured: measurement.measured,
        })
    }
}

/// `claim` with its quantities filled in from `measured` (see [`quantity`]).
fn filled<'a>(claim: &str, measured: impl IntoIterator<Item = (&'a String, &'a f64)>) -> String {
    let mut claim = claim.to_owned();
    for (key, value) in measured {
        claim = claim.replace(&format!("{{{key}}}"), &quantity(*value));
        let percent = quantity(100.0 * value);
        claim = claim.replace(&format!("{{{key}:%}}"), &format!("{percent} %"));
        claim = claim.replace(
            &format!("{{{key}:pp}}"),
            &format!("{percent} percentage points"),
        );
    }
    claim
}

/// A measured number as the claim prints it (`{key}`): counts whole, the rest to 4 significant
/// digits. A share prints as a percentage with `{key:%}`, a difference of shares in percentage
/// points with `{key:pp}`.
fn quantity(v: f64) -> String {
    // Whole up to rounding, so that 100 × 0.29 (28.999999999999996) prints 29.
    if (v - v.round()).abs() <= 1e-9 * v.abs().max(1.0) && v.abs() < 1e15 {
        format!("{:.0}", v.round())
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
    fn claims_print_counts_numbers_and_shares() {
        let measured: std::collections::BTreeMap<String, f64> = [
            ("steps", 773.0),
            ("kappa", 98.3712),
            ("train", 1.0),
            ("test", 0.29),
            ("gap", 0.35),
            ("small_gap", 0.043333),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let claim = "{steps} steps, κ {kappa}: {train:%} vs {test:%}, a gap of {gap:pp}; \
                     then {small_gap:pp}.";
        assert_eq!(
            filled(claim, &measured),
            "773 steps, κ 98.37: 100 % vs 29 %, a gap of 35 percentage points; \
             then 4.333 percentage points."
        );
    }

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

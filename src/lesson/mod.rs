//! Lessons: each topic of the lecture as a scenario, a short explanation and a claim whose
//! numbers are measured, not written, with a control setup on which the same claim must come
//! out false. The lesson files are human-readable TOML in `assets/lessons/`, built into the
//! program, numbered in the lecture's order.

mod batch_checks;
mod caption;
mod check;
mod error;
mod fit_checks;
mod network;
mod network_checks;
mod setup;
mod split_view;
mod surface_checks;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use caption::{Caption, CaptionArg};
pub use check::{Check, Figure, Series};
pub use error::LessonError;
pub use network::{FULL_BATCH, NetworkSetup, Trained, parse_widths, widths_text};
pub use setup::{NETWORK_SURFACE, Overlay, Setup};
pub use split_view::{NetworkFlip, RacerFlip, SplitView};

use crate::format::number;
use crate::i18n::Language;
use crate::progress::Progress;

/// The lesson files built into the program: (file name, text), in file-name order.
const BUILT_IN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// One lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// Short name, as in `losscape lesson check NAME`.
    pub name: String,
    /// Title shown in large type.
    pub title: String,
    /// The lecture topic, in the lecture's words.
    pub topic: String,
    /// The lecture points it covers: row numbers of the lecture's point-by-point list.
    pub covers: Vec<u32>,
    /// A few sentences on what to watch.
    pub explanation: String,
    /// The claim, with `{quantity}` where a measured number goes.
    pub claim: String,
    /// The scenario.
    pub setup: Setup,
    /// How the claim is measured.
    pub check: Check,
    /// The control: a changed setup on which the same claim must come out false.
    pub control: Control,
}

/// A lesson's control: its setup and check with some settings changed, and why the claim
/// should then fail.
#[derive(Clone, Debug, PartialEq)]
pub struct Control {
    /// What was changed and why the claim should no longer hold.
    pub why: String,
    /// The lesson's setup with the control's changes.
    pub setup: Setup,
    /// The lesson's check with the control's changes.
    pub check: Check,
}

/// A lesson file as written: the setup and check as tables, so that the control's changes
/// can be laid over them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    name: String,
    title: String,
    topic: String,
    covers: Vec<u32>,
    explanation: String,
    claim: String,
    setup: toml::Table,
    check: toml::Table,
    control: ControlFile,
}

/// The `[control]` section: `why`, and the settings of `[setup]` and `[check]` it changes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ControlFile {
    why: String,
    #[serde(default)]
    setup: toml::Table,
    #[serde(default)]
    check: toml::Table,
}

/// A lesson run headless: its claim with the measured numbers, whether it holds, and whether
/// it also holds on the control (it must not).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The lesson's name.
    pub name: String,
    /// The claim with every measured number filled in.
    pub claim: String,
    /// Whether the measurement supports the claim.
    pub holds: bool,
    /// Every measured quantity by name.
    pub measured: BTreeMap<String, f64>,
    /// Whether the same claim holds on the control setup (a claim that can fail: false).
    pub control_holds: bool,
    /// What the control changes.
    pub control: String,
    /// The control's measured quantities.
    pub control_measured: BTreeMap<String, f64>,
    /// The measurement as a picture, for claims about many cases.
    pub figure: Option<Figure>,
}

impl Lesson {
    /// The title in `language` (the lesson file's own, in English).
    pub fn title_in(&self, language: Language) -> String {
        match language {
            Language::English => self.title.clone(),
            _ => language.text(&format!("lesson-{}-title", self.name)),
        }
    }

    /// The claim in `language` with the `measured` numbers filled in: the lesson file's own
    /// in English, its translation otherwise (a share `{k:%}` is passed as `k_percent`, with its
    /// " %", a difference of shares `{k:pp}` as the bare number `k_pp`).
    pub fn claim_in(&self, language: Language, measured: &BTreeMap<String, f64>) -> String {
        if language == Language::English {
            return filled(&self.claim, measured);
        }
        let mut args = Vec::new();
        for (key, &value) in measured {
            let percent = quantity(100.0 * value);
            args.push((key.clone(), quantity(value)));
            args.push((format!("{key}_percent"), format!("{percent} %")));
            args.push((format!("{key}_pp"), percent));
        }
        let args: Vec<(&str, String)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        language.text_with(&format!("lesson-{}-claim", self.name), &args)
    }

    /// The lecture topic in `language` (the lesson file's own, in the slides' English).
    pub fn topic_in(&self, language: Language) -> String {
        match language {
            Language::English => self.topic.clone(),
            _ => language.text(&format!("lesson-{}-topic", self.name)),
        }
    }

    /// The explanation in `language`: paragraphs separated by blank lines, each one line.
    pub fn explanation_in(&self, language: Language) -> String {
        match language {
            Language::English => self.explanation.clone(),
            _ => language.text(&format!("lesson-{}-explanation", self.name)),
        }
    }

    /// What the control changes and why the claim should then fail, in `language`.
    pub fn control_in(&self, language: Language) -> String {
        match language {
            Language::English => self.control.why.clone(),
            _ => language.text(&format!("lesson-{}-control", self.name)),
        }
    }

    /// Parses a lesson file. The explanation's lines, wrapped in the file, are joined into
    /// paragraphs, so that the panel wraps them to its own width (in presentation mode too).
    pub fn parse(text: &str) -> Result<Self, LessonError> {
        let file: LessonFile = toml::from_str(text)?;
        let built =
            |setup: toml::Table, check: toml::Table| -> Result<(Setup, Check), LessonError> {
                let setup: Setup = toml::Value::Table(setup)
                    .try_into()
                    .map_err(LessonError::within("[setup]"))?;
                let check: Check = toml::Value::Table(check)
                    .try_into()
                    .map_err(LessonError::within("[check]"))?;
                setup.validate()?;
                Ok((setup, check))
            };
        let (setup, check) = built(file.setup.clone(), file.check.clone())?;
        let (control_setup, control_check) = built(
            overlaid(file.setup, file.control.setup),
            overlaid(file.check, file.control.check),
        )
        .map_err(LessonError::within("control"))?;
        if (&control_setup, &control_check) == (&setup, &check) {
            return Err(LessonError::UnchangedControl);
        }
        Ok(Self {
            name: file.name,
            title: file.title,
            topic: file.topic,
            covers: file.covers,
            explanation: paragraphs(&file.explanation),
            claim: file.claim,
            setup,
            check,
            control: Control {
                why: file.control.why.trim().to_owned(),
                setup: control_setup,
                check: control_check,
            },
        })
    }

    /// Runs the scenario and its control headless and measures the claim on both.
    pub fn check(&self) -> Result<Report, LessonError> {
        self.check_with(&Progress::new())
    }

    /// [`Lesson::check`], counting long measurements on `progress`; a cancel ends it with an
    /// error.
    pub fn check_with(&self, progress: &Progress) -> Result<Report, LessonError> {
        let measurement = self.check.measure(&self.setup, progress)?;
        let control = (self.control.check)
            .measure(&self.control.setup, progress)
            .map_err(LessonError::within("control"))?;
        let claim = filled(&self.claim, &measurement.measured);
        Ok(Report {
            name: self.name.clone(),
            claim,
            holds: measurement.holds,
            measured: measurement.measured,
            control_holds: control.holds,
            control: self.control.why.clone(),
            control_measured: control.measured,
            figure: measurement.figure,
        })
    }
}

/// `base` with `changes` laid over it: tables are merged key by key, anything else replaced.
pub(super) fn overlaid(mut base: toml::Table, changes: toml::Table) -> toml::Table {
    for (key, change) in changes {
        let merged = match (base.remove(&key), change) {
            (Some(toml::Value::Table(old)), toml::Value::Table(new)) => {
                toml::Value::Table(overlaid(old, new))
            }
            (_, new) => new,
        };
        base.insert(key, merged);
    }
    base
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
    // Whole up to rounding, so that 100 × 0.29 (28.999999999999996) prints 29; a tiny
    // number is not 0.
    let whole = v == 0.0 || v.round() != 0.0;
    if whole && (v - v.round()).abs() <= 1e-9 * v.abs().max(1.0) && v.abs() < 1e15 {
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
pub fn built_in() -> Result<Vec<Lesson>, LessonError> {
    BUILT_IN
        .iter()
        .map(|(file, text)| {
            Lesson::parse(text).map_err(LessonError::within(format!("lesson file {file}")))
        })
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
            ("gradient", 2.746e-10),
            ("zero", 0.0),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let claim = "{steps} steps, κ {kappa}: {train:%} vs {test:%}, a gap of {gap:pp}; \
                     then {small_gap:pp}; ‖g‖ {gradient}, {zero}.";
        assert_eq!(
            filled(claim, &measured),
            "773 steps, κ 98.37: 100 % vs 29 %, a gap of 35 percentage points; \
             then 4.333 percentage points; ‖g‖ 2.746e-10, 0."
        );
    }

    #[test]
    fn controls_are_laid_over_the_setup() {
        let base: toml::Table =
            toml::from_str("steps = 10\nracers = [\"sgd\"]\n[network]\nhidden = [4]\nepochs = 3")
                .unwrap();
        let changes: toml::Table =
            toml::from_str("racers = [\"adam\"]\n[network]\nhidden = []").unwrap();
        let merged = overlaid(base, changes);
        let expected: toml::Table =
            toml::from_str("steps = 10\nracers = [\"adam\"]\n[network]\nhidden = []\nepochs = 3")
                .unwrap();
        assert_eq!(merged, expected);
    }

    #[test]
    fn a_lesson_needs_a_control_that_changes_something() {
        let lesson = |control: &str| {
            format!(
                "name = \"n\"\ntitle = \"t\"\ntopic = \"p\"\ncovers = [13]\n\
                 explanation = \"e\"\nclaim = \"c\"\n\
                 [setup]\nsurface = \"tiny-net\"\nracers = [\"sgd\"]\nstart = [0, 0]\nsteps = 5\n\
                 [check]\nkind = \"saddle\"\nat = [0, 0]\nstep = 0.1\n{control}"
            )
        };
        let missing = Lesson::parse(&lesson("")).unwrap_err().to_string();
        assert!(missing.contains("control"), "{missing}");
        let same = Lesson::parse(&lesson("[control]\nwhy = \"w\"")).unwrap_err();
        assert!(matches!(same, LessonError::UnchangedControl), "{same}");
        let moved = Lesson::parse(&lesson("[control]\nwhy = \"w\"\ncheck = { at = [1, 1] }"))
            .expect("a control that moves the point parses");
        assert!(matches!(
            moved.control.check,
            Check::Saddle { at: [1.0, 1.0], .. }
        ));
        let report = moved.check().unwrap();
        assert!(report.holds && !report.control_holds);
    }

    /// Why built-in lesson `file` is refused once `edit` changed it (as it is, it parses).
    fn refused_after(file: &str, edit: impl Fn(&str) -> String) -> String {
        let (_, text) = BUILT_IN.iter().find(|(f, _)| f.contains(file)).unwrap();
        assert!(Lesson::parse(text).is_ok());
        Lesson::parse(&edit(text)).unwrap_err().to_string()
    }

    #[test]
    fn a_coordinate_beyond_y_is_refused_when_the_file_is_read() {
        let axis_2 = |text: &str| text.replacen("axis = 1", "axis = 2", 1);
        let refused = refused_after("17-stuck-large-gradient", axis_2);
        assert!(
            refused.contains("axis must be 0 (x) or 1 (y), not 2"),
            "{refused}"
        );
    }

    #[test]
    fn a_check_without_its_threshold_is_refused_naming_it() {
        let without_flat = |text: &str| {
            let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("flat = ")).collect();
            kept.join("\n")
        };
        let refused = refused_after("24-cross-entropy-logits", without_flat);
        assert!(refused.contains("missing field `flat`"), "{refused}");
    }

    #[test]
    fn explanations_are_joined_into_paragraphs() {
        let text = "\nA valley whose floor\n  is straight.\n\n\nThen it bends.  \n";
        assert_eq!(
            paragraphs(text),
            "A valley whose floor is straight.\n\nThen it bends."
        );
        for lesson in built_in().expect("the built-in lessons parse") {
            let lines = lesson.explanation.replace("\n\n", " ");
            assert!(!lines.contains('\n'), "{}", lesson.name);
            assert!(lesson.explanation.len() > 100, "{}", lesson.name);
        }
    }
}

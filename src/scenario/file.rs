//! Scenario files: the whole setup (surface, parameters, racers, toggles, view) as
//! human-readable TOML with a version, read without ever touching the current setup when the
//! file is wrong (the app writes them whole, see `app::safe_write`).

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::de::{DeTable, DeValue};

use super::state::AppState;
use crate::i18n::Message;

/// The format version this build writes, and the newest it reads. Version 2 ends with
/// [`END_LINE`], so that a file cut short is told from a complete one; version 3 writes the
/// network's hidden widths as a list, `[16, 16]`, where earlier versions wrote text, `"16,16"`
/// (both still read).
pub const SCENARIO_VERSION: u32 = 3;

/// The last line of a scenario file since version 2.
const END_LINE: &str = "# end of scenario";

/// A scenario file's contents.
#[derive(Serialize, Deserialize)]
struct Scenario {
    /// Format version.
    version: u32,
    /// The setup.
    setup: AppState,
}

/// The setup as scenario text.
pub fn scenario_text(state: &AppState) -> Result<String, Message> {
    let scenario = Scenario {
        version: SCENARIO_VERSION,
        setup: state.clone(),
    };
    let body = toml::to_string_pretty(&scenario)
        .map_err(|e| Message::new("scenario-not-written").arg("error", e))?;
    Ok(format!("# Losscape scenario\n{body}{END_LINE}\n"))
}

/// The setup in scenario text, or why it cannot be read. The TOML reader's own words (in
/// English) say what it could not parse.
pub fn parse_scenario(text: &str) -> Result<AppState, Message> {
    #[derive(Deserialize)]
    struct Versioned {
        version: Option<u32>,
    }
    // The version is read first, so a newer file is named as such rather than as broken.
    let version = toml::from_str::<Versioned>(text)
        .map_err(|e| Message::new("scenario-unreadable").arg("error", e.message()))?
        .version
        .ok_or_else(|| Message::new("scenario-no-version"))?;
    if version > SCENARIO_VERSION {
        return Err(Message::new("scenario-newer")
            .arg("version", version)
            .arg("readable", SCENARIO_VERSION));
    }
    // Every field has a default, so a file cut at a line's end (even in a number: "0.004"
    // cut to "0") could still parse: the end line says it is whole.
    if version >= 2 && text.trim_end().lines().next_back() != Some(END_LINE) {
        return Err(Message::new("scenario-cut-short").arg("end", END_LINE));
    }
    let scenario: Scenario = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|span| line_number(text, span.start));
        let problem = Message::new("scenario-toml").arg("error", e.message());
        at_line(
            line,
            ["scenario-damaged", "scenario-damaged-at-line"],
            problem,
        )
    })?;
    scenario.setup.validated().map_err(|e| {
        let key = format!("setup.{}", e.key);
        let line = line_of(text, &key);
        at_line(
            line,
            ["scenario-refused", "scenario-refused-at-line"],
            e.message,
        )
        .arg("key", key)
    })
}

/// The message about `problem`, of id `keys[0]`, or `keys[1]` with the line when it is known.
fn at_line(line: Option<usize>, keys: [&'static str; 2], problem: Message) -> Message {
    let message = match line {
        Some(n) => Message::new(keys[1]).arg("line", n),
        None => Message::new(keys[0]),
    };
    message.part("problem", problem)
}

/// The line (from 1) that holds byte `offset` of `text`.
fn line_number(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    1 + text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// The line of `key` (`setup.racers[1].optimizer.lr`) in the scenario `text`, or of the
/// deepest part of it the file spells out (a field left at its default is not written).
fn line_of(text: &str, key: &str) -> Option<usize> {
    let document = DeTable::parse(text).ok()?;
    let root = DeValue::Table(document.into_inner());
    let mut value = &root;
    let mut found = None;
    for part in key.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        let Some(mut next) = value.get(name) else {
            break;
        };
        if let Some(i) = index {
            match next.get_ref().get(i) {
                Some(element) => next = element,
                None => break,
            }
        }
        // Tables made implicitly by a deeper header have no place of their own.
        let span = next.span();
        if span.end > span.start {
            found = Some(line_number(text, span.start));
        }
        value = next.get_ref();
    }
    found
}

/// Reads a setup from `path`.
pub fn open_scenario(path: &Path) -> Result<AppState, Message> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Message::new("file-not-read")
            .arg("path", path.display())
            .arg("error", e)
    })?;
    scenario_in_file(path, &text)
}

/// The setup in `text`, read from the file `path`; what is wrong names the file.
pub fn scenario_in_file(path: &Path, text: &str) -> Result<AppState, Message> {
    parse_scenario(text).map_err(|e| {
        Message::new("scenario-in-file")
            .arg("path", path.display())
            .part("problem", e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::{RacerFlip, SplitView};
    use crate::scenario::{MAX_RACERS, ShownSurface};

    /// The setup in `text`, or why not in English.
    fn parse(text: &str) -> Result<AppState, String> {
        parse_scenario(text).map_err(|e| e.to_string())
    }

    #[test]
    fn scenarios_round_trip_and_bad_files_say_why() {
        let mut state = AppState::default();
        state.surface.shown = ShownSurface::Zoo {
            name: "ravine".into(),
            params: vec![("kappa".into(), 250.0)],
        };
        state.racers[1].optimizer.momentum = 0.95;
        state.view.three_d = true;
        state.noise = 0.3;
        let text = scenario_text(&state).unwrap();
        assert!(
            text.contains("version = 3") && text.contains("kappa"),
            "{text}"
        );
        assert_eq!(parse(&text).unwrap(), state);
        // Cut anywhere, even after a whole line that still parses, the file is refused.
        for cut in [
            text.len() * 2 / 3,
            text.len() / 2,
            text.len() - END_LINE.len() - 2,
        ] {
            let e = parse(&text[..cut]).unwrap_err();
            assert!(e.contains("damaged") || e.contains("readable"), "{e}");
        }
        let cut_at_a_line = &text[..text.find("[setup.view]").expect("a view table")];
        assert!(parse(cut_at_a_line).unwrap_err().contains("cut short"));
        // Files of version 1, written before the end line, still open, and files before
        // version 3 with the hidden widths as text.
        let list_at = text.find("hidden = [").expect("the hidden widths");
        let list_end = list_at + text[list_at..].find(']').expect("the list's end");
        let version_2 = text
            .replace("version = 3", "version = 2")
            .replace(&text[list_at..=list_end], "hidden = \"16, 16\"");
        assert!(version_2.contains("hidden = \"16, 16\""), "{version_2}");
        assert_eq!(parse(&version_2).unwrap(), state);
        let old = version_2
            .replace("version = 2", "version = 1")
            .replace(END_LINE, "");
        assert_eq!(parse(&old).unwrap(), state);
        let bad_text = version_2.replace("\"16, 16\"", "\"16,x\"");
        let e = parse(&bad_text).unwrap_err();
        assert!(e.contains("whole numbers like 16,16, not \"x\""), "{e}");
        let newer = text.replace("version = 3", "version = 7");
        assert!(parse(&newer).unwrap_err().contains("newer Losscape"));
        assert!(parse("just some words").unwrap_err().contains("not a"));
        assert!(
            parse("[setup]\nnoise = 1.0\n")
                .unwrap_err()
                .contains("no version")
        );
        let wrong_type = text.replace("noise = 0.3", "noise = \"loud\"");
        assert!(parse(&wrong_type).unwrap_err().contains("damaged"));
    }

    #[test]
    fn settings_beyond_the_apps_controls_are_refused() {
        let split = AppState {
            compare: Some(SplitView::Racers(RacerFlip::NoNoise)),
            ..AppState::default()
        };
        let text = scenario_text(&split).unwrap();
        // Each message names the key and the line that holds the value.
        let refused = |from: &str, to: &str, needle: &str| {
            let line = 1 + text.lines().position(|l| l.contains(from)).expect(from);
            let e = parse(&text.replacen(from, to, 1)).unwrap_err();
            assert!(e.contains(needle), "{to}: {e}");
            assert!(e.contains(&format!(" at line {line}: ")), "{to}: {e}");
        };
        // A budget of 10⁹ steps would hold the window for minutes and fill the memory.
        refused(
            "steps = 3000",
            "steps = 1000000000",
            "step budget 1000000000",
        );
        refused("steps = 3000", "steps = 0", "step budget 0");
        refused("speed = 4.0", "speed = 1e9", "speed");
        refused("noise = 0.0", "noise = nan", "noise");
        refused("batch = 1", "batch = 0", "batch size");
        // An array written over several lines is placed at its key's line.
        let line = 1 + text.lines().position(|l| l.contains("start = [")).unwrap();
        let e = parse(&text.replacen("-1.5,", "inf,", 1)).unwrap_err();
        assert!(e.contains("racer 1's start"), "{e}");
        assert!(e.contains(&format!("start at line {line}: ")), "{e}");
        refused(
            "lr = 0.0005",
            "lr = nan",
            "racer 1's optimizer: sgd: lr must be a finite",
        );
        refused("pitch = 0.6", "pitch = inf", "elevation");
        refused(
            "compare = \"racers:no-noise\"",
            "compare = \"racers:upside-down\"",
            "split view",
        );
        refused("zoom = 1.0", "zoom = 50.0", "zoom 50");
        refused(
            "samples = 400",
            "samples = 18446744073709551615",
            "examples",
        );
        refused("epochs = 60", "epochs = 100001", "epochs 100001");
        refused("hidden = [", "hidden = [-1, ", "hidden widths are a list");
        refused("hidden = [", "hidden = [2048, ", "a layer of 2048");
        refused(
            "optimizer = \"adam:lr=0.01\"",
            "optimizer = \"adam:lr=-1\"",
            "setup.network.optimizer",
        );
        // The data set's own noise is not written; a noise set is checked like the rest.
        let noisy = text.replacen("[setup.network]\n", "[setup.network]\nnoise = 3.0\n", 1);
        let e = parse(&noisy).unwrap_err();
        assert!(e.starts_with("setup.network.noise at line"), "{e}");
        assert!(e.contains("noise 3 is outside"), "{e}");
        refused(
            "schedule = \"constant\"",
            "schedule = \"wobbly\"",
            "schedule",
        );
        refused(
            "name = \"rosenbrock\"",
            "name = \"nowhere\"",
            "unknown surface",
        );
        let e = parse(&text.replacen("lr = 0.0005", "lr = nan", 1)).unwrap_err();
        assert!(e.starts_with("setup.racers[0].optimizer.lr at line"), "{e}");
        // A formula that does not parse is named by its key.
        let formula = text.replacen("name = \"rosenbrock\"", "name = \"expr:\"", 1);
        let formula = formula.replacen("x^2 - y^2", "x^^2 - y^2", 1);
        let e = parse(&formula).unwrap_err();
        assert!(e.starts_with("setup.surface.formula at line"), "{e}");
        // A value of the wrong type is placed too, by the TOML parser.
        let line = 1 + text
            .lines()
            .position(|l| l.contains("noise = 0.0"))
            .unwrap();
        let e = parse(&text.replacen("noise = 0.0", "noise = \"loud\"", 1)).unwrap_err();
        assert!(e.contains(&format!("damaged at line {line}")), "{e}");
        let mut crowd = AppState::default();
        crowd.racers = vec![crowd.racers[0].clone(); MAX_RACERS + 1];
        let e = parse(&scenario_text(&crowd).unwrap()).unwrap_err();
        assert!(e.contains("number of racers 17"), "{e}");
        // A selected racer beyond the last is the last.
        let last = parse(&text.replacen("selected = 0", "selected = 9", 1)).unwrap();
        assert_eq!(last.selected, last.racers.len() - 1);
    }
}

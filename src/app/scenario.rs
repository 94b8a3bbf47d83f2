//! Scenario files: the whole setup (surface, parameters, racers, toggles, view) as
//! human-readable TOML with a version, written whole (see `safe_write`) and read without ever touching the
//! current setup when the file is wrong.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::safe_write::Destination;
use super::state::AppState;

/// The format version this build writes, and the newest it reads. Version 2 ends with
/// [`END_LINE`], so that a file cut short is told from a complete one.
pub const SCENARIO_VERSION: u32 = 2;

/// The last line of a version-2 scenario file.
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
pub fn scenario_text(state: &AppState) -> Result<String, String> {
    let scenario = Scenario {
        version: SCENARIO_VERSION,
        setup: state.clone(),
    };
    let body = toml::to_string_pretty(&scenario).map_err(|e| e.to_string())?;
    Ok(format!("# Losscape scenario\n{body}{END_LINE}\n"))
}

/// The setup in scenario text, or why it cannot be read.
pub fn parse_scenario(text: &str) -> Result<AppState, String> {
    #[derive(Deserialize)]
    struct Versioned {
        version: Option<u32>,
    }
    // The version is read first, so a newer file is named as such rather than as broken.
    let version = toml::from_str::<Versioned>(text)
        .map_err(|e| format!("not a readable scenario file: {}", e.message()))?
        .version
        .ok_or("not a scenario file: it has no version")?;
    if version > SCENARIO_VERSION {
        return Err(format!(
            "written by a newer Losscape (format version {version}); this one reads up to \
             version {SCENARIO_VERSION}"
        ));
    }
    // Every field has a default, so a file cut at a line's end (even in a number: "0.004"
    // cut to "0") could still parse: the end line says it is whole.
    if version >= 2 && text.trim_end().lines().next_back() != Some(END_LINE) {
        return Err(format!(
            "the scenario is damaged: it is cut short (its last line should be '{END_LINE}')"
        ));
    }
    let scenario: Scenario =
        toml::from_str(text).map_err(|e| format!("the scenario is damaged: {}", e.message()))?;
    scenario.setup.validated()
}

/// Writes the setup into `to` (whole, or not at all).
pub fn save_scenario(state: &AppState, to: &Destination) -> Result<(), String> {
    to.write(scenario_text(state)?.as_bytes())
}

/// Reads a setup from `path`.
pub fn open_scenario(path: &Path) -> Result<AppState, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("could not read {}: {e}", path.display()))?;
    parse_scenario(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::safe_write::ReadOnly;
    use crate::app::state::MAX_RACERS;

    #[test]
    fn scenarios_round_trip_and_bad_files_say_why() {
        let mut state = AppState::default();
        state.surface.name = "ravine".into();
        state.surface.params = vec![("kappa".into(), 250.0)];
        state.racers[1].optimizer.momentum = 0.95;
        state.view.three_d = true;
        state.noise = 0.3;
        let text = scenario_text(&state).unwrap();
        assert!(
            text.contains("version = 2") && text.contains("kappa"),
            "{text}"
        );
        assert_eq!(parse_scenario(&text).unwrap(), state);
        // Cut anywhere, even after a whole line that still parses, the file is refused.
        for cut in [
            text.len() * 2 / 3,
            text.len() / 2,
            text.len() - END_LINE.len() - 2,
        ] {
            let e = parse_scenario(&text[..cut]).unwrap_err();
            assert!(e.contains("damaged") || e.contains("readable"), "{e}");
        }
        let cut_at_a_line = &text[..text.find("[setup.view]").expect("a view table")];
        assert!(
            parse_scenario(cut_at_a_line)
                .unwrap_err()
                .contains("cut short")
        );
        // Files of version 1, written before the end line, still open.
        let old = text
            .replace("version = 2", "version = 1")
            .replace(END_LINE, "");
        assert_eq!(parse_scenario(&old).unwrap(), state);
        let newer = text.replace("version = 2", "version = 7");
        assert!(
            parse_scenario(&newer)
                .unwrap_err()
                .contains("newer Losscape")
        );
        assert!(
            parse_scenario("just some words")
                .unwrap_err()
                .contains("not a")
        );
        assert!(
            parse_scenario("[setup]\nnoise = 1.0\n")
                .unwrap_err()
                .contains("no version")
        );
        let wrong_type = text.replace("noise = 0.3", "noise = \"loud\"");
        assert!(parse_scenario(&wrong_type).unwrap_err().contains("damaged"));
    }

    #[test]
    fn settings_beyond_the_apps_controls_are_refused() {
        let text = scenario_text(&AppState::default()).unwrap();
        let refused = |from: &str, to: &str, needle: &str| {
            assert!(text.contains(from), "{from}");
            let e = parse_scenario(&text.replacen(from, to, 1)).unwrap_err();
            assert!(e.contains(needle), "{to}: {e}");
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
        refused("-1.5,", "inf,", "racer 1's start");
        refused(
            "lr = 0.0005",
            "lr = nan",
            "racer 1's optimizer: sgd: lr must be a finite",
        );
        let mut crowd = AppState::default();
        crowd.racers = vec![crowd.racers[0].clone(); MAX_RACERS + 1];
        let e = parse_scenario(&scenario_text(&crowd).unwrap()).unwrap_err();
        assert!(e.contains("number of racers 17"), "{e}");
        // A selected racer beyond the last is the last.
        let last = parse_scenario(&text.replacen("selected = 0", "selected = 9", 1)).unwrap();
        assert_eq!(last.selected, last.racers.len() - 1);
    }

    #[test]
    fn saving_is_atomic_and_opening_reads_it_back() {
        let dir = std::env::temp_dir().join(format!("losscape-scenario-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("race.toml");
        let state = AppState::default();
        let to = Destination::check(&path, ReadOnly::Refuse).unwrap();
        save_scenario(&state, &to).unwrap();
        assert!(!dir.join("race.toml.partial").exists());
        assert_eq!(open_scenario(&path).unwrap(), state);
        assert!(
            open_scenario(&dir.join("missing.toml"))
                .unwrap_err()
                .contains("could not read")
        );
        assert!(Destination::check(&dir.join("no/such/dir.toml"), ReadOnly::Refuse).is_err());
        std::fs::remove_dir_all(&dir).ok();
    }
}

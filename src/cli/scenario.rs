//! `losscape scenario check FILE`: whether the app would open a scenario file, so that a
//! teacher can check the files they hand out.

use std::io::Write;
use std::path::PathBuf;

use crate::i18n::Language;

/// The scenario subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum ScenarioCommand {
    /// Check a scenario file: one line saying what it sets up when the app would open it,
    /// else the app's own message (and exit code 2).
    Check {
        /// The scenario file (.toml).
        file: PathBuf,
    },
}

/// Runs a `scenario` subcommand.
pub fn execute(
    command: ScenarioCommand,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let ScenarioCommand::Check { file } = command;
    check(&file, language, out)
}

/// Reads `file` as the app would open it, and says what it sets up.
fn check(file: &std::path::Path, language: Language, out: &mut dyn Write) -> anyhow::Result<()> {
    let state = crate::scenario::open_scenario(file)?;
    let surface = if state.surface.is_formula() {
        format!("f(x, y) = {}", state.surface.formula)
    } else {
        state.surface.name()
    };
    let args = [
        ("file", file.display().to_string()),
        ("surface", surface),
        ("racers", state.racers.len().to_string()),
        ("steps", state.steps.to_string()),
    ];
    let key = if state.racers.len() == 1 {
        "cli-scenario-opens-one-racer"
    } else {
        "cli-scenario-opens"
    };
    writeln!(out, "{}", language.text_with(key, &args))?;
    Ok(())
}

//! `losscape lesson …`: list the lessons, or run them headless and print their measured claims.

use std::io::Write;

use super::table::render;
use crate::i18n::{Language, Message};
use crate::lesson::{Report, built_in};

/// The lesson subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum LessonCommand {
    /// List the lessons in the lecture's order.
    List {
        /// Print JSON: a list of {name, topic, title, covers}.
        #[arg(long)]
        json: bool,
    },
    /// Run lessons headless: the claim with its measured numbers, and whether it holds.
    Check {
        /// The lesson's name (see `losscape lesson list`).
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        name: Option<String>,
        /// Every lesson.
        #[arg(long)]
        all: bool,
        /// Print JSON: a list of {name, claim, holds, measured, control_holds, control,
        /// control_measured}.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a `lesson` subcommand.
pub fn execute(
    command: LessonCommand,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let lessons = built_in()?;
    match command {
        LessonCommand::List { json } => {
            if json {
                let list: Vec<_> = (lessons.iter())
                    .map(|l| {
                        serde_json::json!({
                            "name": l.name,
                            "topic": l.topic,
                            "title": l.title,
                            "covers": l.covers,
                        })
                    })
                    .collect();
                writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = lessons
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let covers: Vec<String> = l.covers.iter().map(u32::to_string).collect();
                    vec![
                        format!("{}", i + 1),
                        l.name.clone(),
                        l.title_in(language),
                        covers.join(", "),
                    ]
                })
                .collect();
            let header = [
                "#".to_owned(),
                language.text("cli-lesson-name"),
                language.text("cli-lesson-title"),
                language.text("cli-lesson-points"),
            ];
            write!(out, "{}", render(&header, &rows))?;
            Ok(())
        }
        LessonCommand::Check { name, all: _, json } => {
            let chosen: Vec<_> = match &name {
                Some(n) => {
                    let Some(lesson) = lessons.iter().find(|l| &l.name == n) else {
                        let known: Vec<&str> = lessons.iter().map(|l| l.name.as_str()).collect();
                        let unknown = Message::new("cli-unknown-lesson")
                            .arg("name", n)
                            .arg("known", known.join(", "));
                        return Err(unknown.into());
                    };
                    vec![lesson]
                }
                None => lessons.iter().collect(),
            };
            let reports = chosen
                .iter()
                .map(|l| {
                    l.check().map_err(|e| {
                        Message::new("cli-lesson-failed")
                            .arg("name", &l.name)
                            .arg("problem", e)
                    })
                })
                .collect::<Result<Vec<Report>, Message>>()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&reports)?)?;
            } else {
                for (lesson, r) in chosen.iter().zip(&reports) {
                    let mark = if r.holds {
                        "cli-lesson-holds"
                    } else {
                        "cli-lesson-does-not-hold"
                    };
                    let verdict = if r.control_holds {
                        "cli-lesson-control-holds"
                    } else {
                        "cli-lesson-control-fails"
                    };
                    let control = [("control", lesson.control_in(language))];
                    writeln!(
                        out,
                        "{} — {}\n  {}\n  {}",
                        r.name,
                        language.text(mark),
                        lesson.claim_in(language, &r.measured),
                        language.text_with(verdict, &control)
                    )?;
                }
            }
            let failed = reports.iter().filter(|r| !r.holds).count();
            let vacuous = reports.iter().filter(|r| r.control_holds).count();
            if failed + vacuous > 0 {
                out.flush()?;
                let summary = Message::new("cli-lessons-failed")
                    .arg("count", reports.len())
                    .arg("failed", failed)
                    .arg("vacuous", vacuous);
                return Err(summary.into());
            }
            Ok(())
        }
    }
}

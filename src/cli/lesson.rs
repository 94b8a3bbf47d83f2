//! `losscape lesson …`: list the lessons, or run them headless and print their measured claims.

use std::io::Write;

use anyhow::bail;

use super::table::render;
use crate::lesson::{Report, built_in};

/// The lesson subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum LessonCommand {
    /// List the lessons in order.
    List,
    /// Run lessons headless: the claim with its measured numbers, and whether it holds.
    Check {
        /// The lesson's name (see `losscape lesson list`).
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        name: Option<String>,
        /// Every lesson.
        #[arg(long)]
        all: bool,
        /// Print JSON: a list of {name, claim, holds, measured}.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a `lesson` subcommand.
pub fn execute(command: LessonCommand, out: &mut dyn Write) -> anyhow::Result<()> {
    let lessons = built_in().map_err(anyhow::Error::msg)?;
    match command {
        LessonCommand::List => {
            let rows: Vec<Vec<String>> = lessons
                .iter()
                .map(|l| vec![l.name.clone(), l.topic.clone(), l.title.clone()])
                .collect();
            write!(out, "{}", render(&["name", "topic", "title"], &rows))?;
            Ok(())
        }
        LessonCommand::Check { name, all: _, json } => {
            let chosen: Vec<_> = match &name {
                Some(n) => {
                    let Some(lesson) = lessons.iter().find(|l| &l.name == n) else {
                        let known: Vec<&str> = lessons.iter().map(|l| l.name.as_str()).collect();
                        bail!("unknown lesson '{n}'; lessons: {}", known.join(", "));
                    };
                    vec![lesson]
                }
                None => lessons.iter().collect(),
            };
            let reports = chosen
                .iter()
                .map(|l| {
                    l.check()
                        .map_err(|e| anyhow::anyhow!("lesson {}: {e}", l.name))
                })
                .collect::<anyhow::Result<Vec<Report>>>()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&reports)?)?;
            } else {
                for r in &reports {
                    let mark = if r.holds { "holds" } else { "DOES NOT HOLD" };
                    writeln!(out, "{} — {mark}\n  {}", r.name, r.claim)?;
                }
            }
            let failed = reports.iter().filter(|r| !r.holds).count();
            if failed > 0 {
                out.flush()?;
                bail!("{failed} of {} claims do not hold", reports.len());
            }
            Ok(())
        }
    }
}

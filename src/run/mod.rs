//! One optimizer on one surface over time ([`Run`]), and several at once ([`Race`]).

mod config;
mod race;
#[allow(clippy::module_inception)]
mod run;
pub mod trajectory;

pub use config::{LIMITS, Limits, RunConfig, RunError};
pub use race::{Race, Standing, standings};
pub use run::{Milestone, Run, Sample, Status};

//! Losscape: loss surfaces, optimizers and Hessians for teaching why networks fail to train.
//!
//! The library holds all numerics and the headless CLI; the desktop app lives behind the
//! `app` feature. See `docs/architecture.md` for the layers and the module map.

pub mod analysis;
#[cfg(feature = "app")]
pub mod app;
pub mod cli;
pub mod format;
pub mod grid;
#[cfg(feature = "app")]
pub mod headless;
pub mod i18n;
pub mod lesson;
pub mod nn;
pub mod optim;
pub mod progress;
pub mod run;
pub mod scenario;
pub mod surface;

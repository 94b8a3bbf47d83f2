//! The desktop front-end (feature `app`): the surface view with animated optimizer races, the
//! racers and surface panels, curves, the Hessian probe and the leaderboard.
//!
//! [`LossApp`] owns the persisted [`AppState`](crate::scenario::AppState) and the computed scene (`scene::Scene`); panels draw
//! from them and return [`Command`]s, applied once after the frame.

mod basin_overlay;
mod colors;
mod command;
mod compare;
mod critical_search;
mod curve_data;
mod curves;
mod export;
mod exporter;
mod file_window;
mod fonts;
mod hyper_window;
mod job;
mod lessons;
mod loss_app;
mod network;
mod network_window;
mod path_pieces;
mod path_work;
mod racers_panel;
mod rate_axis;
mod readout;
mod recent_paths;
mod render;
mod safe_write;
mod scenario;
mod scene;
mod share_link;
mod share_window;
mod step_through;
mod surface_3d;
mod surface_panel;
mod surface_view;
mod thinning;
mod toolbar;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
mod web_files;
#[cfg(target_arch = "wasm32")]
mod web_worker;
mod window_capture;
mod worker;

pub use command::Command;
pub use compare::ComparePane;
pub use file_window::FileAction;
pub use loss_app::{Clock, JobKind, LossApp, restore};
pub use rate_axis::RateAxis;
pub use render::{GIF_DELAY_MS, Gif, render_gif, render_view, save_png};
pub use safe_write::{Destination, ReadOnly};
pub use scenario::save_scenario;
pub use scene::PathState;
#[cfg(target_arch = "wasm32")]
pub use web::run_web;
pub use worker::answer as answer_worker_request;

/// Opens the Losscape window and runs until it is closed.
#[cfg(not(target_arch = "wasm32"))]
pub fn run_native() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Losscape")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([900.0, 600.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Losscape",
        options,
        Box::new(|cc| Ok(Box::new(LossApp::new(cc)))),
    )
}

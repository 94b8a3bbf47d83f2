//! The critical-point search: Newton's method from a grid of starts over the surface, in the
//! background; what it finds joins the surface's documented critical points in the view.

use eframe::egui;

use super::job::{Job, Running, as_running, take_finished};
use crate::analysis::{FoundPoint, find_critical_points_with};
use crate::i18n::Message;
use crate::surface::Surface;

/// Starts per side of the search's grid.
const SEARCH_GRID: usize = 41;

/// The search running, if one is.
#[derive(Default)]
pub struct CriticalSearch {
    job: Option<Job<Vec<FoundPoint>>>,
}

impl CriticalSearch {
    /// Starts searching `surface` (a search still running is dropped, so it stops).
    pub fn start(&mut self, surface: &Surface, ctx: &egui::Context) {
        let surface = surface.clone();
        self.job = Some(Job::spawn(
            Message::new("job-critical"),
            ctx,
            move |progress| find_critical_points_with(&surface, SEARCH_GRID, progress),
        ));
    }

    /// Stops a running search (its surface is no longer shown).
    pub fn stop(&mut self) {
        self.job = None;
    }

    /// Takes what a finished search found; a cancelled one keeps what it had found and says
    /// how many.
    pub fn poll(&mut self) -> Option<(Vec<FoundPoint>, Option<Message>)> {
        let (points, cancelled) = take_finished(&mut self.job)?;
        let notice =
            cancelled.then(|| Message::new("notice-critical-cancelled").arg("found", points.len()));
        Some((points, notice))
    }

    /// Its background job, for the app's registry.
    pub fn job(&self) -> Option<&dyn Running> {
        as_running(&self.job)
    }
}

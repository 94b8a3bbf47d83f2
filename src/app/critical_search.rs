//! The critical-point search: Newton's method from a grid of starts over the surface, in the
//! background; what it finds joins the surface's documented critical points in the view.

use eframe::egui;

use super::job::{Job, Running, as_running, take_finished};
use crate::analysis::{CriticalPointSearch, FoundPoint};
use crate::i18n::Message;
use crate::surface::Surface;

/// Starts per side of the search's grid.
const SEARCH_GRID: usize = 41;

/// Seeds per piece on each thread: Newton from one seed on a network's surface can take a
/// tenth of a second in the browser.
const SEEDS_PER_THREAD: usize = 1;

/// The search running, if one is.
#[derive(Default)]
pub struct CriticalSearch {
    job: Option<Job<Vec<FoundPoint>>>,
}

impl CriticalSearch {
    /// Starts searching `surface` (a search still running is dropped, so it stops), a few
    /// seeds per piece: in the browser the page keeps drawing (on a network's surface the
    /// search takes many seconds).
    pub fn start(&mut self, surface: &Surface, ctx: &egui::Context) {
        let surface = surface.clone();
        let mut search = None;
        self.job = Some(Job::spawn_in_pieces(
            Message::new("job-critical"),
            ctx,
            move |progress| {
                let search = search.get_or_insert_with(|| {
                    CriticalPointSearch::new(surface.clone(), SEARCH_GRID, progress)
                });
                search.piece(SEEDS_PER_THREAD * rayon::current_num_threads(), progress)
            },
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

//! The basin-map overlay: where the selected racer ends from every start of the surface,
//! computed in the background whenever the overlay is on and the map is out of date. The
//! overlay owns its map, its texture and its job.

use eframe::egui;

use super::colors::basin_image;
use super::job::{Job, Running, as_running, set_up_first, take_finished};
use crate::analysis::{BasinMap, BasinWork};
use crate::i18n::Message;
use crate::progress::Progress;
use crate::run::RunConfig;
use crate::scenario::{AppState, SurfaceChoice};
use crate::surface::Surface;

/// Cells per side of the map.
const BASIN_GRID: usize = 64;
/// Most updates per start of the map (and per cell of the hyper-parameter map).
pub const BASIN_STEPS: u64 = 2000;
/// Cells per piece on each thread (of the hyper-parameter map too).
pub const CELLS_PER_THREAD: usize = 4;

/// What a map is computed for: the surface and the racer's run (its start aside: the map covers
/// every start), or why it cannot run.
type BasinKey = (SurfaceChoice, Result<RunConfig, Message>);

/// The overlay's map, shown or being computed.
#[derive(Default)]
pub struct BasinOverlay {
    /// What the map shown or being computed is for.
    key: Option<BasinKey>,
    /// The finished map and its texture.
    pub map: Option<(BasinMap, egui::TextureHandle)>,
    /// The map being computed.
    job: Option<Job<Result<BasinMap, Message>>>,
}

impl BasinOverlay {
    /// Starts the map of `state`'s selected racer on `surface` when the overlay is on and the
    /// map is out of date.
    pub fn update(&mut self, state: &AppState, surface: &Surface, ctx: &egui::Context) {
        if !state.view.basins || surface.is_expensive() {
            return;
        }
        let Some(racer) = state.racers.get(state.selected) else {
            return;
        };
        let config = racer.run_config(state).map(|mut c| {
            c.max_steps = c.max_steps.min(BASIN_STEPS);
            c
        });
        let key = (state.surface.clone(), config.clone());
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.key = Some(key);
        self.map = None;
        let surface = surface.clone();
        let start = move |progress: &Progress| {
            let config = config?;
            let steps = config.max_steps;
            BasinWork::new(surface, &config, BASIN_GRID, steps, progress).map_err(|e| e.message())
        };
        // A few cells per piece: in the browser the page keeps drawing.
        let piece = |work: &mut BasinWork, progress: &Progress| {
            work.piece(CELLS_PER_THREAD * rayon::current_num_threads(), progress)
        };
        let pieces = set_up_first(start, piece);
        self.job = Some(Job::spawn_in_pieces(
            Message::new("job-basins"),
            ctx,
            pieces,
        ));
    }

    /// Takes a finished map, or says why there is none. A cancelled map has cells never run,
    /// so it is not shown and the overlay turns off (`shown`).
    pub fn poll(&mut self, shown: &mut bool, ctx: &egui::Context) -> Option<Message> {
        match take_finished(&mut self.job)? {
            (Ok(_), true) => {
                self.key = None;
                *shown = false;
                None
            }
            (Ok(map), false) => {
                let texture =
                    ctx.load_texture("basins", basin_image(&map), egui::TextureOptions::NEAREST);
                self.map = Some((map, texture));
                None
            }
            (Err(e), _) => Some(Message::new("notice-no-basins").part("reason", e)),
        }
    }

    /// The map's texture, once computed.
    pub fn texture(&self) -> Option<egui::TextureId> {
        self.map.as_ref().map(|(_, texture)| texture.id())
    }

    /// A map is being computed.
    pub fn computing(&self) -> bool {
        self.job.is_some()
    }

    /// Its background job, for the app's registry.
    pub fn job(&self) -> Option<&dyn Running> {
        as_running(&self.job)
    }
}

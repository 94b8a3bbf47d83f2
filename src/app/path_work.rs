//! The racers' paths: computed within the frame when that is quick, in the background when it
//! would hold the frame. The path work owns that job and what a step is predicted to cost.

use eframe::egui;

use super::job::{Job, Running, as_running, take_finished};
use super::path_pieces::paths_in_pieces;
use super::scene::{Path, Scene, compute_paths, seconds_each};
use crate::i18n::Message;
use crate::progress::Progress;
use crate::scenario::AppState;
use crate::surface::Surface;

/// The longest the paths are computed for within a frame, in seconds. In the browser a job
/// runs on the page's one thread as well, so only what is long enough to deserve the progress
/// overlay goes there.
const AT_ONCE_SECONDS: f64 = if cfg!(target_arch = "wasm32") {
    0.1
} else {
    0.05
};

/// Paths being computed in the background, and the cost of a step on this surface.
#[derive(Default)]
pub struct PathWork {
    /// The paths being computed.
    job: Option<Job<Vec<Path>>>,
    /// The racers that job computes, in its order.
    racers: Vec<usize>,
    /// What one optimizer step costs on this surface: one gradient timed when the surface was
    /// chosen, then the last paths computed at once.
    seconds_per_step: Option<f64>,
}

impl PathWork {
    /// Times a gradient of `surface` at `start`, so that long paths on costly surfaces go to
    /// the background from the start.
    pub fn time_surface(&mut self, surface: &Surface, start: [f64; 2]) {
        self.seconds_per_step = Some(seconds_each(|| {
            std::hint::black_box(surface.gradient(start));
        }));
    }

    /// Whether `steps` optimizer steps would take more than [`AT_ONCE_SECONDS`].
    pub fn too_long(&self, steps: f64) -> bool {
        self.seconds_per_step.map_or(0.0, |s| s * steps) > AT_ONCE_SECONDS
    }

    /// Recomputes the paths of racer `only` (or of all) into `scene`: at once when that is
    /// quick, in the background on expensive surfaces and when the last paths computed at once
    /// say these would take more than [`AT_ONCE_SECONDS`] (many racers, a large budget, a long
    /// formula); racers show [`super::scene::PathState::Computing`] until theirs arrives. A
    /// newer request replaces a running one and takes over its racers. Returns the steps and
    /// seconds of paths computed at once.
    pub fn recompute(
        &mut self,
        scene: &mut Scene,
        state: &AppState,
        only: Option<usize>,
        ctx: &egui::Context,
    ) -> Option<(f64, f64)> {
        let n = state.racers.len();
        let mut indices: Vec<usize> = match only {
            Some(i) => vec![i],
            None => (0..n).collect(),
        };
        // The running request stops (dropped) and its racers join this one.
        if self.job.take().is_some() {
            indices.append(&mut self.racers);
            indices.sort_unstable();
            indices.dedup();
        }
        indices.retain(|&i| i < n);
        let steps = indices.len() as f64 * state.steps as f64;
        if !scene.surface.is_expensive() && !self.too_long(steps) {
            let started = web_time::Instant::now();
            let paths = compute_paths(&scene.surface, state, &indices, &Progress::new());
            let seconds = started.elapsed().as_secs_f64();
            if steps >= 10_000.0 {
                self.seconds_per_step = Some(seconds / steps);
            }
            scene.install_paths(state, &indices, paths);
            return Some((steps, seconds));
        }
        scene.await_paths(state, &indices);
        let (surface, state, racers) = (scene.surface.clone(), state.clone(), indices.clone());
        self.job = Some(Job::spawn_in_pieces(
            Message::new("job-paths"),
            ctx,
            paths_in_pieces(surface, state, racers),
        ));
        self.racers = indices;
        None
    }

    /// Installs finished paths in `scene`; after a cancel, the racers finished before it keep
    /// their paths and the others say so.
    pub fn poll(&mut self, scene: &mut Scene, state: &AppState) {
        if let Some((paths, _)) = take_finished(&mut self.job) {
            let racers = std::mem::take(&mut self.racers);
            scene.install_paths(state, &racers, paths);
        }
    }

    /// Its background job, for the app's registry.
    pub fn job(&self) -> Option<&dyn Running> {
        as_running(&self.job)
    }
}

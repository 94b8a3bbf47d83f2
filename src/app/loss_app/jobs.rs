//! The app's background work: refining the grid, basin and hyper-parameter maps, and taking
//! finished results.

use eframe::egui;

use super::*;
use crate::progress::Progress;

/// The longest the paths are computed for within a frame, in seconds. In the browser a job
/// runs on the page's one thread as well, so only what is long enough to deserve the progress
/// overlay goes there.
const AT_ONCE_SECONDS: f64 = if cfg!(target_arch = "wasm32") {
    0.1
} else {
    0.05
};

impl LossApp {
    /// Recomputes the paths of racer `only` (or of all): at once when that is quick, in the
    /// background on expensive surfaces and when the last paths computed at once say these
    /// would take more than [`AT_ONCE_SECONDS`] (many racers, a large budget, a long formula);
    /// racers show [`super::super::scene::COMPUTING_PATH`] until theirs arrives. A newer
    /// request replaces a running one and takes over its racers.
    pub(super) fn recompute_paths(&mut self, only: Option<usize>, ctx: &egui::Context) {
        let n = self.state.racers.len();
        if let Some(pane) = &mut self.compare {
            let every_path = n as f64 * self.state.steps as f64;
            let predicted = self.seconds_per_step.map_or(0.0, |s| s * every_path);
            pane.update(&self.state, predicted > AT_ONCE_SECONDS, ctx);
        }
        let mut indices: Vec<usize> = match only {
            Some(i) => vec![i],
            None => (0..n).collect(),
        };
        // The running request stops (dropped) and its racers join this one.
        if self.jobs.paths.take().is_some() {
            indices.append(&mut self.path_racers);
            indices.sort_unstable();
            indices.dedup();
        }
        indices.retain(|&i| i < n);
        let steps = indices.len() as f64 * self.state.steps as f64;
        let predicted = self.seconds_per_step.map_or(0.0, |s| s * steps);
        if !self.scene.surface.is_expensive() && predicted <= AT_ONCE_SECONDS {
            let started = web_time::Instant::now();
            let paths = compute_paths(&self.scene.surface, &self.state, &indices, &Progress::new());
            let seconds = started.elapsed().as_secs_f64();
            if steps >= 10_000.0 {
                self.seconds_per_step = Some(seconds / steps);
            }
            #[cfg(target_arch = "wasm32")]
            {
                self.page.timed_paths(steps, seconds * 1000.0);
            }
            self.scene.install_paths(&self.state, &indices, paths);
            return;
        }
        self.scene.await_paths(&self.state, &indices);
        let (surface, state, racers) = (
            self.scene.surface.clone(),
            self.state.clone(),
            indices.clone(),
        );
        let job = Job::spawn(Message::new("job-paths"), ctx, move |progress| {
            compute_paths(&surface, &state, &racers, progress)
        });
        self.jobs.paths = Some(job);
        self.path_racers = indices;
    }

    /// Trains the Network window's network for the surface in the background; the surface
    /// follows when it is done (see `poll_jobs`).
    pub(super) fn train_network_surface(&mut self, ctx: &egui::Context) {
        self.network.start(&self.state.network, ctx);
    }

    /// Samples the fine grid in the background (a sampling still running is dropped, so it
    /// stops).
    pub(super) fn refine_grid(&mut self, ctx: &egui::Context) {
        let (surface, log) = (self.scene.surface.clone(), self.state.view.log_scale);
        let label = Message::new("job-grid");
        let pieces = ShadedGrid::fine_in_pieces(surface, log);
        self.jobs.grid = Some(Job::spawn_in_pieces(label, ctx, pieces));
    }

    /// Starts the basin map of the selected racer when it is shown and out of date.
    pub(super) fn update_basins(&mut self, ctx: &egui::Context) {
        if !self.state.view.basins || self.scene.surface.is_expensive() {
            return;
        }
        let Some(racer) = self.state.racers.get(self.state.selected) else {
            return;
        };
        // The map covers every start, so the racer's own start does not matter.
        let config = racer.run_config(&self.state).map(|mut c| {
            c.max_steps = c.max_steps.min(BASIN_STEPS);
            c
        });
        let key = (self.state.surface.clone(), config.clone());
        if self.basin_key.as_ref() == Some(&key) {
            return;
        }
        self.basin_key = Some(key);
        self.basins = None;
        let surface = self.scene.surface.clone();
        let label = Message::new("job-basins");
        self.jobs.basins = Some(Job::spawn(label, ctx, move |progress| {
            let config = config?;
            let steps = config.max_steps;
            basin_map_with(&surface, &config, BASIN_GRID, steps, progress).map_err(|e| e.message())
        }));
    }

    /// Takes finished background results.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        if let Some(trained) = self.network.poll(ctx) {
            let shown = self.shown_network.as_ref().map(|n| &n.settings);
            if self.state.surface.name == NETWORK_SURFACE
                && trained == self.state.network
                && shown != Some(&trained)
            {
                self.change_surface(self.state.surface.clone(), ctx);
            }
        }
        if let Some(pane) = &mut self.compare {
            // The network shown, once it is the one the settings ask for.
            let shown = (self.shown_network.as_ref())
                .map(|n| &n.settings)
                .filter(|&s| *s == self.state.network);
            pane.poll(&self.state, shown, ctx);
        }
        // A cancelled job's racers keep the paths finished before the cancel; the others say so.
        if let Some((paths, _)) = take_finished(&mut self.jobs.paths) {
            let racers = std::mem::take(&mut self.path_racers);
            self.scene.install_paths(&self.state, &racers, paths);
        }
        if let Some(open) = &mut self.lesson
            && let Some((report, cancelled)) = take_finished(&mut open.job)
        {
            // A lesson file's own problem is the author's, in English; a cancel is the user's.
            open.report = Some(report.map_err(|e| {
                if cancelled {
                    Message::new("lesson-cancelled")
                } else {
                    Message::new("lesson-failed").arg("reason", e)
                }
            }));
        }
        self.save_window_capture(ctx);
        if let Some((result, _)) = take_finished(&mut self.jobs.export) {
            match result {
                Ok(done) => self.report_done(done, ctx),
                Err(e) => {
                    self.notice = Some(Message::new("notice-not-exported").part("reason", e));
                }
            }
        }
        let nearest = egui::TextureOptions::NEAREST;
        if let Some(notice) = self.hyper_map.poll(self.state.steps, ctx) {
            self.notice = Some(notice);
        }
        match take_finished(&mut self.jobs.basins) {
            Some((Ok(_), true)) => {
                self.basin_key = None;
                self.state.view.basins = false;
            }
            Some((Ok(map), false)) => {
                let image = crate::app::colors::basin_image(&map);
                self.basins = Some((map, ctx.load_texture("basins", image, nearest)));
            }
            Some((Err(e), _)) => {
                self.notice = Some(Message::new("notice-no-basins").part("reason", e));
            }
            None => {}
        }
        if let Some((shaded, cancelled)) = take_finished(&mut self.jobs.grid)
            && !cancelled
            && shaded.grid.domain == self.scene.surface.domain()
        {
            self.scene.install_grid(shaded, self.state.view.log_scale);
        }
        if let Some((points, cancelled)) = take_finished(&mut self.jobs.critical) {
            if cancelled {
                let found = Message::new("notice-critical-cancelled").arg("found", points.len());
                self.notice = Some(found);
            }
            self.scene.found = points;
        }
    }

    /// Once the window's picture has arrived, saves it in the background; says so when the
    /// graphics backend sends none.
    fn save_window_capture(&mut self, ctx: &egui::Context) {
        let Some(capture) = &self.window_capture else {
            return;
        };
        match capture.poll(ctx.input(|i| i.time)) {
            Capture::Waiting => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                return;
            }
            Capture::Taken(image) => {
                let to = capture.to.clone();
                let label = Message::new("job-window");
                self.jobs.export = Some(Job::spawn(label, ctx, move |_| {
                    save_png(&image, &to)?;
                    let [width, height] = image.size;
                    Ok(Message::new("notice-exported-window")
                        .arg("width", width)
                        .arg("height", height)
                        .arg("path", to.named.display()))
                }));
            }
            Capture::TimedOut => {
                self.notice = Some(Message::new("notice-no-window-picture"));
            }
        }
        self.window_capture = None;
    }
}

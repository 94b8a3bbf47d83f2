//! The app's background work: refining the grid, basin and hyper-parameter maps, and taking
//! finished results.

use eframe::egui;

use super::*;

impl LossApp {
    /// Recomputes the paths of racer `only` (or of all), and the split view's when it
    /// shows racers (see [`PathWork::recompute`]).
    pub(super) fn recompute_paths(&mut self, only: Option<usize>, ctx: &egui::Context) {
        if let Some(pane) = &mut self.compare {
            let every_path = self.state.racers.len() as f64 * self.state.steps as f64;
            pane.update(&self.state, self.paths.too_long(every_path), ctx);
        }
        let timed = (self.paths).recompute(&mut self.scene, &self.state, only, ctx);
        #[cfg(target_arch = "wasm32")]
        if let Some((steps, seconds)) = timed {
            self.page.timed_paths(steps, seconds * 1000.0);
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = timed;
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
        self.grid_job = Some(Job::spawn_in_pieces(label, ctx, pieces));
    }

    /// Takes finished background results.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        if let Some(trained) = self.network.poll(ctx) {
            let shown = self.shown_network.as_ref().map(|n| &n.settings);
            if self.state.surface.is_network()
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
        self.paths.poll(&mut self.scene, &self.state);
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
        match self.exporter.poll(ctx) {
            Some(Ok(done)) => self.report_done(done, ctx),
            Some(Err(refused)) => self.notice = Some(refused),
            None => {}
        }
        if let Some(notice) = self.hyper_map.poll(self.state.steps, ctx) {
            self.notice = Some(notice);
        }
        if let Some(notice) = self.basins.poll(&mut self.state.view.basins, ctx) {
            self.notice = Some(notice);
        }
        if let Some((shaded, cancelled)) = take_finished(&mut self.grid_job)
            && !cancelled
            && shaded.grid.domain == self.scene.surface.domain()
        {
            self.scene.install_grid(shaded, self.state.view.log_scale);
        }
        if let Some((points, notice)) = self.critical.poll() {
            self.scene.found = points;
            if notice.is_some() {
                self.notice = notice;
            }
        }
    }
}

//! The app's background work: refining the grid, basin and hyper-parameter maps, and taking
//! finished results.

use eframe::egui;

use super::*;

impl LossApp {
    /// The running job's label, progress, and whether it was cancelled.
    pub fn job_status(&self) -> Option<(&str, f32)> {
        if let Some(j) = &self.critical_job {
            return Some((&j.label, j.fraction()));
        }
        if let Some(j) = &self.basin_job {
            return Some((&j.label, j.fraction()));
        }
        if let Some(j) = &self.hyper_job {
            return Some((&j.label, j.fraction()));
        }
        if let Some(j) = &self.export_job {
            return Some((&j.label, j.fraction()));
        }
        self.grid_job
            .as_ref()
            .map(|j| (j.label.as_str(), j.fraction()))
    }

    /// Samples the fine grid in the background.
    pub(super) fn refine_grid(&mut self, ctx: &egui::Context) {
        let surface = self.scene.surface.clone();
        self.grid_job = Some(Job::spawn("Refining the surface", ctx, move |progress| {
            progress.start(1);
            let grid = Grid::sample(&surface, surface.domain(), FINE_GRID);
            progress.tick();
            grid
        }));
    }

    /// Starts the basin map of the selected racer when it is shown and out of date.
    pub(super) fn update_basins(&mut self, ctx: &egui::Context) {
        if !self.state.view.basins {
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
        let key = format!("{:?}|{:?}", self.state.surface, config);
        if self.basin_key.as_deref() == Some(key.as_str()) {
            return;
        }
        self.basin_key = Some(key);
        self.basins = None;
        let surface = self.scene.surface.clone();
        self.basin_job = Some(Job::spawn("Mapping basins", ctx, move |progress| {
            let config = config?;
            let steps = config.max_steps;
            basin_map_with(&surface, &config, BASIN_GRID, steps, progress)
                .map_err(|e| e.to_string())
        }));
    }

    /// Starts the hyper-parameter map when its window is open and it is out of date. Moving the
    /// racer's own learning rate or second value inside the map does not recompute it.
    pub(super) fn update_hyper_map(&mut self, ctx: &egui::Context) {
        if !self.show_hyper_map {
            return;
        }
        let Some(racer) = self.state.racers.get(self.state.selected) else {
            return;
        };
        let (key_name, _) = second_axis(racer.optimizer.kind);
        let config = racer.run_config(&self.state).map(|mut c| {
            c.max_steps = c.max_steps.min(BASIN_STEPS);
            c
        });
        let mut neutral = config.clone();
        if let Ok(c) = &mut neutral {
            c.optimizer.lr = 1.0;
            let _ = c.optimizer.set(key_name, "0");
        }
        let key = format!("{:?}|{:?}|{:?}", self.state.surface, racer.start, neutral);
        if self.hyper_key.as_deref() == Some(key.as_str()) {
            return;
        }
        self.hyper_key = Some(key);
        self.hyper = None;
        let surface = self.scene.surface.clone();
        let start = racer.start;
        let lr = racer.optimizer.lr.max(1e-8);
        let milestone = match surface.best_known_value() {
            Some(f) => Milestone::Loss(f + 1e-6),
            None => Milestone::GradNorm(1e-6),
        };
        self.hyper_job = Some(Job::spawn(
            "Mapping hyper-parameters",
            ctx,
            move |progress| {
                let config = config?;
                let range = [lr / 100.0, lr * 100.0];
                let n = crate::app::hyper_window::HYPER_GRID;
                hyperparameter_map(&surface, start, &config, range, n, milestone, progress)
                    .map_err(|e| e.to_string())
            },
        ));
    }

    /// Takes finished background results.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        self.network.poll(ctx);
        if let Some(open) = &mut self.lesson
            && let Some((report, _)) = take_finished(&mut open.job)
        {
            open.report = Some(report);
        }
        if let Some((result, _)) = take_finished(&mut self.export_job) {
            self.notice = Some(result.unwrap_or_else(|e| format!("Not exported: {e}")));
        }
        let nearest = egui::TextureOptions::NEAREST;
        match take_finished(&mut self.hyper_job) {
            Some((Ok(map), _)) => {
                let image =
                    crate::app::hyper_window::hyper_image(&map, self.state.steps.min(BASIN_STEPS));
                self.hyper = Some((map, ctx.load_texture("hyper-map", image, nearest)));
            }
            Some((Err(e), _)) => self.notice = Some(format!("No hyper-parameter map: {e}")),
            None => {}
        }
        match take_finished(&mut self.basin_job) {
            Some((Ok(_), true)) => {
                self.basin_key = None;
                self.state.view.basins = false;
            }
            Some((Ok(map), false)) => {
                let image = crate::app::colors::basin_image(&map);
                self.basins = Some((map, ctx.load_texture("basins", image, nearest)));
            }
            Some((Err(e), _)) => self.notice = Some(format!("No basin map: {e}")),
            None => {}
        }
        if let Some((grid, _)) = take_finished(&mut self.grid_job)
            && grid.domain == self.scene.surface.domain()
        {
            self.scene.set_grid(grid, self.state.view.log_scale);
        }
        if let Some((points, cancelled)) = take_finished(&mut self.critical_job) {
            if cancelled {
                self.notice = Some(format!(
                    "Critical-point search cancelled: {} points found so far are shown.",
                    points.len()
                ));
            }
            self.scene.found = points;
        }
    }
}

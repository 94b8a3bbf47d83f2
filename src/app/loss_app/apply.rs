//! Applying the commands a frame collected: every change to the setup goes through here.

use eframe::egui;

use super::*;

impl LossApp {
    /// Applies one command.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        let state = &mut self.state;
        match command {
            Command::SelectSurface(name) => {
                let mut choice = state.surface.clone();
                if choice.name != name {
                    choice.params.clear();
                }
                choice.name = name;
                self.change_surface(choice, ctx);
            }
            Command::SetSurfaceParam(key, value) => {
                let mut choice = state.surface.clone();
                choice.params.retain(|(k, _)| *k != key);
                choice.params.push((key, value));
                self.change_surface(choice, ctx);
            }
            Command::SetFormula(text) => {
                let mut choice = state.surface.clone();
                choice.name = "expr:".into();
                choice.formula = text;
                self.change_surface(choice, ctx);
            }
            Command::UpdateRacer(i, racer) => {
                if let Some(slot) = state.racers.get_mut(i) {
                    *slot = racer;
                    self.scene.recompute_run(&self.state, i);
                }
            }
            Command::AddRacer => {
                let base = state
                    .racers
                    .get(state.selected)
                    .cloned()
                    .unwrap_or_default();
                self.push_racer(base);
            }
            Command::DuplicateRacer(i) => {
                if let Some(racer) = state.racers.get(i).cloned() {
                    self.push_racer(racer);
                }
            }
            Command::RemoveRacer(i) => {
                if i < state.racers.len() {
                    state.racers.remove(i);
                    state.selected = state.selected.min(state.racers.len().saturating_sub(1));
                    self.scene.recompute_runs(&self.state);
                }
            }
            Command::SelectRacer(i) => state.selected = i.min(state.racers.len().saturating_sub(1)),
            Command::MoveStart(i, p) => {
                if let Some(r) = state.racers.get_mut(i)
                    && p.iter().all(|v| v.is_finite())
                {
                    r.start = p;
                    self.scene.recompute_run(&self.state, i);
                }
            }
            Command::SetNoise { noise, batch, seed } => {
                state.noise = noise.max(0.0);
                state.batch = batch.max(1);
                state.seed = seed;
                self.scene.recompute_runs(&self.state);
            }
            Command::SetSteps(steps) => {
                state.steps = steps.clamp(1, 200_000);
                self.scene.recompute_runs(&self.state);
            }
            Command::SetView(view) => {
                let rescale = view.log_scale != state.view.log_scale;
                state.view = view;
                if rescale {
                    self.scene.rescale(self.state.view.log_scale);
                }
            }
            Command::TogglePlay => {
                if !self.clock.playing && self.clock.shown >= self.scene.last_step() as f64 {
                    self.clock.shown = 0.0;
                }
                self.clock.playing = !self.clock.playing;
            }
            Command::Step => {
                self.clock.playing = false;
                self.clock.shown =
                    (self.clock.shown.floor() + 1.0).min(self.scene.last_step() as f64);
            }
            Command::StepBack => {
                self.clock.playing = false;
                self.clock.shown = (self.clock.shown.ceil() - 1.0).max(0.0);
            }
            Command::Reset => self.clock = Clock::default(),
            Command::SetSpeed(speed) => state.speed = speed.clamp(0.05, 10_000.0),
            Command::FindCriticalPoints => {
                let surface = self.scene.surface.clone();
                self.critical_job = Some(Job::spawn(
                    "Searching for critical points",
                    ctx,
                    move |progress| find_critical_points_with(&surface, 41, progress),
                ));
            }
            Command::CancelJob => {
                if let Some(j) = &self.critical_job {
                    j.cancel();
                }
                if let Some(j) = &self.basin_job {
                    j.cancel();
                }
                if let Some(j) = &self.hyper_job {
                    j.cancel();
                }
            }
            Command::TogglePresentation => state.presentation = !state.presentation,
            Command::ToggleHelp => self.show_help = !self.show_help,
            Command::ToggleHyperMap => self.show_hyper_map = !self.show_hyper_map,
            Command::ToggleNetwork => self.show_network = !self.show_network,
            Command::Toggle3d => state.view.three_d = !state.view.three_d,
            Command::OpenLesson(i) => self.open_lesson(i, ctx),
            Command::CloseLesson => self.lesson = None,
            Command::ShowFileDialog(action) => self.file_dialog = Some(FileDialog::new(action)),
            Command::CloseFileDialog => self.file_dialog = None,
            Command::SaveScenario(path) => {
                self.notice = Some(match save_scenario(&self.state, &path) {
                    Ok(()) => format!("Saved the scenario to {}.", path.display()),
                    Err(e) => format!("Not saved: {e}"),
                });
                self.file_dialog = None;
            }
            Command::OpenScenario(path) => {
                match open_scenario(&path).and_then(|state| self.install(state, ctx)) {
                    Ok(()) => {
                        self.notice = Some(format!("Opened {}.", path.display()));
                        self.file_dialog = None;
                    }
                    Err(e) => {
                        self.notice = Some(format!("Not opened, the setup is unchanged: {e}"))
                    }
                }
            }
            Command::ExportPng(path, size) => {
                let (state, shown) = (self.state.clone(), self.clock.shown);
                self.export_job = Some(Job::spawn("Drawing the PNG", ctx, move |_| {
                    let image = render_view(state, size, Some(shown));
                    save_png(&image, &path)?;
                    Ok(format!("Exported the view to {}.", path.display()))
                }));
                self.file_dialog = None;
            }
            Command::ExportGif(path, size, frames) => {
                let state = self.state.clone();
                self.export_job = Some(Job::spawn("Drawing the GIF", ctx, move |progress| {
                    let images = render_frames(state, size, frames, progress);
                    if progress.is_cancelled() {
                        return Err("cancelled".into());
                    }
                    save_gif(&images, 80, &path)?;
                    Ok(format!(
                        "Exported {} frames to {}.",
                        images.len(),
                        path.display()
                    ))
                }));
                self.file_dialog = None;
            }
            Command::ExportTrajectories(path) => {
                let json = path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("json"));
                let text = trajectories(&self.state, &self.scene, json);
                self.notice = Some(match write_atomically(&path, text.as_bytes()) {
                    Ok(()) => format!("Exported the trajectories to {}.", path.display()),
                    Err(e) => format!("Not exported: {e}"),
                });
                self.file_dialog = None;
            }
        }
    }

    /// Replaces the whole setup, if its surface builds; otherwise nothing changes.
    fn install(&mut self, state: AppState, ctx: &egui::Context) -> Result<(), String> {
        let surface = build_choice(&state.surface)?;
        self.state = state;
        self.surface_error = None;
        self.lesson = None;
        self.scene.set_surface(surface, &self.state);
        self.clock = Clock::default();
        self.critical_job = None;
        self.refine_grid(ctx);
        Ok(())
    }

    /// Sets up lesson `index` (surface, racers, budget, noise) and starts measuring its claim.
    fn open_lesson(&mut self, index: usize, ctx: &egui::Context) {
        let Some(lesson) = self.lessons.get(index).cloned() else {
            return;
        };
        let state = lesson_state(&lesson, &self.state);
        match build_choice(&state.surface) {
            Ok(surface) => {
                self.state = state;
                self.surface_error = None;
                self.scene.set_surface(surface, &self.state);
                self.clock = Clock::default();
                self.critical_job = None;
                self.refine_grid(ctx);
                self.lesson = Some(OpenLesson::open(index, lesson, ctx));
            }
            Err(e) => {
                self.notice = Some(format!("Lesson '{}' could not be set up: {e}", lesson.name))
            }
        }
    }

    /// Appends a copy of `racer` with the next colour, selects it and computes its path.
    fn push_racer(&mut self, racer: RacerSettings) {
        let index = self.state.racers.len();
        self.state.racers.push(RacerSettings {
            color: RACER_COLORS[index % RACER_COLORS.len()],
            ..racer
        });
        self.state.selected = index;
        self.scene.recompute_runs(&self.state);
    }

    /// Builds and shows a new surface choice; a choice that does not build is refused with a
    /// message and the current surface stays.
    fn change_surface(&mut self, choice: crate::app::state::SurfaceChoice, ctx: &egui::Context) {
        match build_choice(&choice) {
            Ok(surface) => {
                let reset_starts = surface.domain() != self.scene.surface.domain();
                self.state.surface = choice;
                self.surface_error = None;
                if reset_starts {
                    let start = surface.info().starts[0];
                    for r in &mut self.state.racers {
                        r.start = start;
                    }
                }
                self.scene.set_surface(surface, &self.state);
                self.clock = Clock::default();
                self.critical_job = None;
                self.refine_grid(ctx);
            }
            Err(e) => {
                if choice.name == "expr:" {
                    self.state.surface.formula = choice.formula;
                }
                self.surface_error = Some(e);
            }
        }
    }
}

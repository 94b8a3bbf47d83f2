//! The app: persisted setup, computed scene, animation clock, background jobs, and the frame.

use eframe::egui;

use super::command::Command;
use super::export::trajectories;
use super::file_window::{FileDialog, file_dialog_ui};
use super::headless::{render_view, save_png};
use super::job::{Job, take_finished};
use super::lessons::{OpenLesson, lesson_panel_ui, lesson_state};
use super::scenario::{open_scenario, save_scenario, write_atomically};
use super::scene::{FINE_GRID, Scene, build_choice};
use super::state::{AppState, RACER_COLORS, RacerSettings};
use super::thinning::ThinCache;
use super::{
    curves, hyper_window, racers_panel, readout, step_through, surface_3d, surface_panel,
    surface_view, toolbar,
};
use crate::analysis::{
    BasinMap, FoundPoint, HyperMap, basin_map_with, find_critical_points_with, hyperparameter_map,
    second_axis,
};
use crate::grid::Grid;
use crate::lesson::{Lesson, built_in};
use crate::run::Milestone;

/// Cells per side of the basin map.
const BASIN_GRID: usize = 64;
/// Most updates per start of the basin map.
const BASIN_STEPS: u64 = 2000;

/// Key of the persisted setup (JSON text) in eframe's storage.
const STORAGE_KEY: &str = "losscape-setup";

/// The setup stored by the last session: defaults when there is none, and defaults with a
/// message saying why when it no longer parses.
pub fn restore(stored: Option<&str>) -> (AppState, Option<String>) {
    match stored.map(serde_json::from_str::<AppState>) {
        None => (AppState::default(), None),
        Some(Ok(state)) => (state, None),
        Some(Err(e)) => (
            AppState::default(),
            Some(format!(
                "The saved setup could not be read ({e}); starting from the defaults."
            )),
        ),
    }
}

/// Which step the animation shows, and whether it moves.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Clock {
    /// The step shown; fractional while playing slower than one step per frame.
    pub shown: f64,
    /// Advancing every frame.
    pub playing: bool,
}

/// The Losscape app.
pub struct LossApp {
    /// The setup (persisted).
    pub state: AppState,
    /// What is computed from it.
    pub scene: Scene,
    /// The animation.
    pub clock: Clock,
    /// A message shown above the view until dismissed (restore failures and the like).
    pub notice: Option<String>,
    /// Why the last surface change was refused, shown beside the surface picker.
    pub surface_error: Option<String>,
    /// The keyboard-shortcut window is open.
    pub show_help: bool,
    /// The racer whose start point is being dragged.
    pub dragging: Option<usize>,
    /// The pointer's position on the surface, while it hovers the view.
    pub hover: Option<[f64; 2]>,
    /// The surface view's screen transform from the last frame, to find start points under
    /// the pointer before the plot is drawn.
    pub view_transform: Option<egui_plot::PlotTransform>,
    heatmap: Option<(egui::TextureHandle, u64)>,
    curvature: Option<(egui::TextureHandle, u64)>,
    grid_job: Option<Job<Grid>>,
    critical_job: Option<Job<Vec<FoundPoint>>>,
    basin_job: Option<Job<Result<BasinMap, String>>>,
    /// What the basin map (shown or being computed) was computed for.
    basin_key: Option<String>,
    /// The finished basin map and its overlay texture.
    pub basins: Option<(BasinMap, egui::TextureHandle)>,
    /// The hyper-parameter map window is open.
    pub show_hyper_map: bool,
    hyper_job: Option<Job<Result<HyperMap, String>>>,
    /// What the hyper-parameter map was computed for.
    hyper_key: Option<String>,
    /// The finished hyper-parameter map and its texture.
    pub hyper: Option<(HyperMap, egui::TextureHandle)>,
    replay: step_through::ReplayCache,
    /// Thinned trails, curves and contours, kept between frames.
    pub(super) thin_cache: ThinCache,
    /// The 3-D view's surface mesh and what it was built for.
    pub(super) surface_mesh: Option<(String, std::sync::Arc<egui::Mesh>)>,
    /// The built-in lessons.
    pub lessons: Vec<Lesson>,
    /// The lesson on screen.
    pub lesson: Option<OpenLesson>,
    /// The file dialog, while open.
    pub file_dialog: Option<FileDialog>,
    export_job: Option<Job<Result<String, String>>>,
}

impl LossApp {
    /// The app as eframe creates it: the setup restored from storage when it parses.
    pub fn new(cc: &eframe::CreationContext<'_>) -> Self {
        let stored = cc.storage.and_then(|s| s.get_string(STORAGE_KEY));
        let (state, notice) = restore(stored.as_deref());
        let mut app = Self::with_state(state, &cc.egui_ctx);
        if notice.is_some() {
            app.notice = notice;
        }
        app
    }

    /// The app with a given setup (tests and lessons start here); the fine grid is sampled in
    /// the background.
    pub fn with_state(state: AppState, ctx: &egui::Context) -> Self {
        let mut app = Self::build(state, ctx);
        app.refine_grid(ctx);
        app
    }

    /// The app with a given setup, its fine grid (and basin map, when shown) computed at once,
    /// for drawing without a window (exports, benchmarks).
    pub fn for_export(state: AppState, ctx: &egui::Context) -> Self {
        let mut app = Self::build(state, ctx);
        let surface = &app.scene.surface;
        let grid = Grid::sample(surface, surface.domain(), FINE_GRID);
        app.scene.set_grid(grid, app.state.view.log_scale);
        app.update_basins(ctx);
        while app.basin_job.is_some() {
            std::thread::sleep(std::time::Duration::from_millis(2));
            app.poll_jobs(ctx);
        }
        app
    }

    fn build(state: AppState, ctx: &egui::Context) -> Self {
        ctx.set_visuals(egui::Visuals::light());
        super::fonts::install(ctx);
        let (lessons, lesson_error) = match built_in() {
            Ok(lessons) => (lessons, None),
            Err(e) => (
                Vec::new(),
                Some(format!("The lessons could not be read: {e}")),
            ),
        };
        let surface_error = build_choice(&state.surface).err();
        let scene = Scene::new(&state);
        Self {
            state,
            scene,
            clock: Clock::default(),
            notice: surface_error
                .as_ref()
                .map(|e| {
                    format!("The saved surface could not be built ({e}); showing the default.")
                })
                .or(lesson_error),
            surface_error,
            show_help: false,
            dragging: None,
            hover: None,
            view_transform: None,
            heatmap: None,
            curvature: None,
            grid_job: None,
            critical_job: None,
            basin_job: None,
            basin_key: None,
            basins: None,
            show_hyper_map: false,
            hyper_job: None,
            hyper_key: None,
            hyper: None,
            replay: step_through::ReplayCache::default(),
            thin_cache: ThinCache::default(),
            surface_mesh: None,
            lessons,
            lesson: None,
            file_dialog: None,
            export_job: None,
        }
    }

    /// The heatmap texture, uploaded again when the grid changed.
    pub fn heatmap_texture(&mut self, ctx: &egui::Context) -> egui::TextureId {
        let version = self.scene.grid_version;
        match &mut self.heatmap {
            Some((texture, v)) if *v == version => texture.id(),
            slot => {
                let image = super::colors::grid_image(&self.scene.grid, &self.scene.scaling);
                let texture = ctx.load_texture("heatmap", image, egui::TextureOptions::LINEAR);
                let id = texture.id();
                *slot = Some((texture, version));
                id
            }
        }
    }

    /// The curvature-map overlay texture, computed and uploaded when the surface changed.
    pub fn curvature_texture(&mut self, ctx: &egui::Context) -> egui::TextureId {
        let version = self.scene.grid_version;
        match &mut self.curvature {
            Some((texture, v)) if *v == version => texture.id(),
            slot => {
                let n = super::scene::CURVATURE_GRID;
                let image = super::colors::curvature_image(self.scene.curvature(), n);
                let texture = ctx.load_texture("curvature", image, egui::TextureOptions::NEAREST);
                let id = texture.id();
                *slot = Some((texture, version));
                id
            }
        }
    }

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
    fn refine_grid(&mut self, ctx: &egui::Context) {
        let surface = self.scene.surface.clone();
        self.grid_job = Some(Job::spawn("Refining the surface", ctx, move |progress| {
            progress.start(1);
            let grid = Grid::sample(&surface, surface.domain(), FINE_GRID);
            progress.tick();
            grid
        }));
    }

    /// Starts the basin map of the selected racer when it is shown and out of date.
    fn update_basins(&mut self, ctx: &egui::Context) {
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
    fn update_hyper_map(&mut self, ctx: &egui::Context) {
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
                let n = super::hyper_window::HYPER_GRID;
                hyperparameter_map(&surface, start, &config, range, n, milestone, progress)
                    .map_err(|e| e.to_string())
            },
        ));
    }

    /// Takes finished background results.
    fn poll_jobs(&mut self, ctx: &egui::Context) {
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
                    super::hyper_window::hyper_image(&map, self.state.steps.min(BASIN_STEPS));
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
                let image = super::colors::basin_image(&map);
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
    fn change_surface(&mut self, choice: super::state::SurfaceChoice, ctx: &egui::Context) {
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

    /// Advances the animation by one frame's worth of steps.
    fn tick(&mut self, ctx: &egui::Context) {
        let last = self.scene.last_step() as f64;
        if self.clock.playing {
            self.clock.shown = (self.clock.shown + self.state.speed).min(last);
            if self.clock.shown >= last {
                self.clock.playing = false;
            }
            ctx.request_repaint();
        }
        let measuring = self.lesson.as_ref().is_some_and(|l| l.job.is_some());
        let busy = measuring
            || self.export_job.is_some()
            || self.grid_job.is_some()
            || self.critical_job.is_some()
            || self.basin_job.is_some()
            || self.hyper_job.is_some();
        if busy {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Keyboard shortcuts (ignored while a text field has focus).
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        if ctx.egui_wants_keyboard_input() {
            return Vec::new();
        }
        // In presentation mode with a lesson open, ← and → move between lessons.
        let lesson = self
            .lesson
            .as_ref()
            .filter(|_| self.state.presentation)
            .map(|l| l.index);
        ctx.input(|i| {
            let mut commands = Vec::new();
            let pressed = |k| i.key_pressed(k);
            if pressed(egui::Key::Space) {
                commands.push(Command::TogglePlay);
            }
            match lesson {
                Some(index) => {
                    if pressed(egui::Key::ArrowRight) && index + 1 < self.lessons.len() {
                        commands.push(Command::OpenLesson(index + 1));
                    }
                    if pressed(egui::Key::ArrowLeft) && index > 0 {
                        commands.push(Command::OpenLesson(index - 1));
                    }
                }
                None => {
                    if pressed(egui::Key::ArrowRight) {
                        commands.push(Command::Step);
                    }
                    if pressed(egui::Key::ArrowLeft) {
                        commands.push(Command::StepBack);
                    }
                }
            }
            if pressed(egui::Key::R) {
                commands.push(Command::Reset);
            }
            if pressed(egui::Key::F) {
                commands.push(Command::TogglePresentation);
            }
            if pressed(egui::Key::Num3) {
                commands.push(Command::Toggle3d);
            }
            if pressed(egui::Key::Questionmark) || pressed(egui::Key::F1) {
                commands.push(Command::ToggleHelp);
            }
            commands
        })
    }
}

impl LossApp {
    /// One frame of the whole app: panels, view, windows; then the commands are applied.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_jobs(&ctx);
        self.update_basins(&ctx);
        self.update_hyper_map(&ctx);
        ctx.set_zoom_factor(if self.state.presentation { 1.5 } else { 1.0 });
        let mut commands = self.shortcuts(&ctx);
        egui::Panel::top("toolbar").show(ui, |ui| {
            commands.extend(toolbar::toolbar_ui(ui, self));
        });
        if !self.state.presentation {
            egui::Panel::left("setup")
                .resizable(true)
                .default_size(310.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        commands.extend(surface_panel::surface_panel_ui(ui, self));
                        ui.separator();
                        commands.extend(racers_panel::racers_panel_ui(
                            ui,
                            &self.state,
                            &self.scene,
                        ));
                    });
                });
            egui::Panel::bottom("curves")
                .resizable(true)
                .min_size(220.0)
                .default_size(260.0)
                .show(ui, |ui| {
                    curves::curves_ui(
                        ui,
                        &self.state,
                        &self.scene,
                        self.clock.shown,
                        &mut self.thin_cache,
                    )
                });
        }
        egui::Panel::right("readout")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    readout::readout_ui(ui, &self.state, &self.scene, self.hover, self.clock.shown);
                    if !self.clock.playing {
                        ui.separator();
                        step_through::step_through_ui(
                            ui,
                            &self.state,
                            &self.scene,
                            self.clock.shown,
                            &mut self.replay,
                        );
                    }
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(notice) = self.notice.clone() {
                ui.horizontal(|ui| {
                    ui.colored_label(egui::Color32::from_rgb(160, 90, 0), notice);
                    if ui.small_button("Dismiss").clicked() {
                        self.notice = None;
                    }
                });
            }
            if let Some(open) = &self.lesson {
                commands.extend(lesson_panel_ui(ui, open, self.lessons.len()));
            }
            commands.extend(self.view_ui(ui));
            commands.extend(toolbar::job_overlay(&ctx, ui.max_rect(), self));
        });
        if self.show_help {
            toolbar::help_window(&ctx, &mut self.show_help);
        }
        commands.extend(hyper_window::hyper_window(&ctx, self));
        if let Some(dialog) = &mut self.file_dialog {
            commands.extend(file_dialog_ui(&ctx, dialog));
        }
        for command in commands {
            self.apply(command, &ctx);
        }
        self.tick(&ctx);
    }

    /// The surface view, 2-D or 3-D as chosen.
    pub fn view_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        if self.state.view.three_d {
            surface_3d::surface_3d_ui(ui, self)
        } else {
            surface_view::surface_view_ui(ui, self)
        }
    }
}

impl eframe::App for LossApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = serde_json::to_string(&self.state) {
            storage.set_string(STORAGE_KEY, text);
        }
    }
}

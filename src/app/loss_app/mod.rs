//! The app: persisted setup, computed scene, animation clock and the frame; applying commands
//! (`apply`) and background work (`jobs`) live beside it.

mod apply;
mod background;
mod jobs;
mod notice;

use eframe::egui;

use super::basin_overlay::BasinOverlay;
use super::command::Command;
use super::compare::{self, ComparePane};
use super::critical_search::CriticalSearch;
use super::export::trajectories;
use super::exporter::Exporter;
use super::file_window::{FileAction, FileDialog, file_dialog_ui};
use super::hyper_window::HyperMapWindow;
use super::job::{Job, take_finished};
use super::lessons::{OpenLesson, lesson_panel_ui};
use super::network::NetworkSession;
use super::network_window::NetworkWindow;
use super::path_work::PathWork;
use super::recent_paths::RecentPaths;
use super::scenario::save_scenario;
use super::scene::{Scene, ShadedGrid, fallback_surface, grid_sizes};
use super::share_link::read as read_link;
use super::share_window::ShareWindow;
use super::thinning::ThinCache;
use super::{
    curves, hyper_window, network_window, racers_panel, readout, step_through, surface_3d,
    surface_panel, surface_view, toolbar,
};
use crate::grid::Grid;
use crate::i18n::{Language, Message};
use crate::lesson::{Lesson, SplitView, built_in};
use crate::nn::SavedNetwork;
use crate::scenario::{
    AppState, MAX_RACERS, RACER_COLORS, RacerSettings, ShownSurface, SurfaceChoice,
};
use crate::scenario::{NETWORK_SURFACE, NetworkSurface, kept};
use crate::scenario::{open_scenario, scenario_in_file};
use crate::surface::Surface;
pub use background::JobKind;
use notice::notice_ui;
use std::sync::Arc;

/// Key of the persisted setup (JSON text) in eframe's storage.
const STORAGE_KEY: &str = "losscape-setup";
/// Key of the persisted [`RecentPaths`] (JSON text).
const RECENT_PATHS_KEY: &str = "losscape-recent-paths";
/// Key of the persisted interface language (JSON text: `"en"`, `"zh-Hans"`, `"zh-Hant"`).
const LANGUAGE_KEY: &str = "losscape-language";
/// Storage key of the address share links point to (the desktop app's; the page knows its own).
const SHARE_SITE_KEY: &str = "losscape-share-site";

/// The setup stored by the last session: defaults when there is none, and defaults with a
/// message saying why when it no longer parses.
pub fn restore(stored: Option<&str>) -> (AppState, Option<Message>) {
    let parsed = stored.map(|text| {
        // serde_json's own words (in English) say where the text stops making sense.
        let state = serde_json::from_str::<AppState>(text)
            .map_err(|e| Message::new("notice-setup-unreadable-json").arg("error", e))?;
        state.validated().map_err(|e| e.message)
    });
    match parsed {
        None => (AppState::default(), None),
        Some(Ok(state)) => (state, None),
        Some(Err(e)) => (
            AppState::default(),
            Some(Message::new("notice-setup-unreadable").part("reason", e)),
        ),
    }
}

/// The surface to show for `state` now, and whether the Network window's network must train
/// first (in the background; the default surface shows meanwhile).
fn surface_now(state: &AppState) -> (Result<Surface, Message>, bool) {
    if state.surface.is_network() && kept(&state.network).is_none() {
        (Ok(fallback_surface()), true)
    } else {
        (state.surface.build(&state.network), false)
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
    /// The message of the last action (see `notice`): what went wrong, or what was done.
    pub notice: Option<Message>,
    /// The notice that says something was done, and the input time it fades at (what went
    /// wrong stays until dismissed).
    notice_fades: Option<(Message, f64)>,
    /// Why the last surface change was refused, shown beside the surface picker.
    pub surface_error: Option<Message>,
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
    /// The basin-map overlay, its map and its job.
    pub basins: BasinOverlay,
    /// The critical-point search.
    critical: CriticalSearch,
    /// The racers' paths computed in the background.
    paths: PathWork,
    /// The hyper-parameter map window, its map and its job.
    pub hyper_map: HyperMapWindow,
    /// The share-link window.
    pub share: ShareWindow,
    /// The browser page: the address's share link and the app's timing.
    #[cfg(target_arch = "wasm32")]
    page: super::web::Page,
    /// The browser's file picker, for what opens a file.
    #[cfg(target_arch = "wasm32")]
    picker: super::web_files::Picker,
    /// The Network window: open or not, where, and the hidden widths as typed.
    pub network_window: NetworkWindow,
    /// The Network window's training session.
    pub network: NetworkSession,
    replay: step_through::ReplayCache,
    /// Thinned trails, curves and contours, kept between frames.
    pub(super) thin_cache: ThinCache,
    /// The 3-D view's surface mesh and what it was built for.
    pub(super) surface_mesh: Option<(String, std::sync::Arc<egui::Mesh>)>,
    /// The split view's second pane, while the view is split.
    pub compare: Option<ComparePane>,
    /// The built-in lessons.
    pub lessons: Vec<Lesson>,
    /// The lesson on screen.
    pub lesson: Option<OpenLesson>,
    /// The file dialog, while open.
    pub file_dialog: Option<FileDialog>,
    /// Where the file dialog last read or wrote, persisted.
    recent_paths: RecentPaths,
    /// The picture exports (view, race, window) and their job.
    exporter: Exporter,
    /// The surface being sampled on the fine grid.
    grid_job: Option<Job<ShadedGrid>>,
    /// The interface's language (persisted apart from the setup: a scenario file does not
    /// change it).
    pub language: Language,
    /// The network surface shown, if the surface is the Network window's network.
    pub shown_network: Option<Arc<NetworkSurface>>,
    /// The network surface shown before it, to compare conditioning with.
    pub previous_network: Option<Arc<NetworkSurface>>,
}

impl LossApp {
    /// The app as eframe creates it: restored from its storage.
    pub fn new(cc: &eframe::CreationContext<'_>) -> Self {
        Self::restored(cc.storage, &cc.egui_ctx)
    }

    /// The app as `storage` left it: the setup when it parses, the recent paths, and the
    /// language (the first time, the environment's).
    pub fn restored(storage: Option<&dyn eframe::Storage>, ctx: &egui::Context) -> Self {
        let stored = storage.and_then(|s| s.get_string(STORAGE_KEY));
        let (state, notice) = restore(stored.as_deref());
        let mut app = Self::with_state(state, ctx);
        // Only conveniences: what no longer parses is forgotten.
        app.recent_paths = storage
            .and_then(|s| s.get_string(RECENT_PATHS_KEY))
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        let language = storage
            .and_then(|s| s.get_string(LANGUAGE_KEY))
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_else(Language::from_environment);
        app.set_language(language, ctx);
        #[cfg(target_arch = "wasm32")]
        {
            app.share.site = super::web::page_address().unwrap_or_default();
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            app.share.site = storage
                .and_then(|s| s.get_string(SHARE_SITE_KEY))
                .unwrap_or_default();
        }
        if notice.is_some() {
            app.notice = notice;
        }
        app
    }

    /// Shows the interface in `language`, its font first among the Chinese ones.
    pub(super) fn set_language(&mut self, language: Language, ctx: &egui::Context) {
        self.language = language;
        super::fonts::install(ctx, language);
    }

    /// The app with a given setup (tests and lessons start here); the fine grid is sampled in
    /// the background, and so are the paths on expensive surfaces. A network surface not
    /// trained yet is trained in the background too; the default surface shows meanwhile.
    pub fn with_state(state: AppState, ctx: &egui::Context) -> Self {
        let (surface, untrained) = surface_now(&state);
        let mut app = Self::build(state, surface, ctx);
        if untrained {
            app.train_network_surface(ctx);
        }
        app.recompute_paths(None, ctx);
        app.refine_grid(ctx);
        app
    }

    /// The app with a given setup, its paths, fine grid (and basin map, when shown) computed
    /// at once, for drawing without a window (exports, benchmarks), its words in `language`.
    pub fn for_export(state: AppState, language: Language, ctx: &egui::Context) -> Self {
        let surface = state.surface.build(&state.network);
        let mut app = Self::build(state, surface, ctx);
        app.set_language(language, ctx);
        app.scene.recompute_runs(&app.state);
        let surface = &app.scene.surface;
        let grid = Grid::sample(surface, surface.domain(), grid_sizes(surface).1);
        app.scene.set_grid(grid, app.state.view.log_scale);
        app.basins.update(&app.state, &app.scene.surface, ctx);
        while app.basins.computing() {
            std::thread::sleep(std::time::Duration::from_millis(2));
            app.poll_jobs(ctx);
        }
        app
    }

    fn build(state: AppState, surface: Result<Surface, Message>, ctx: &egui::Context) -> Self {
        ctx.set_visuals(egui::Visuals::light());
        super::fonts::install(ctx, Language::English);
        let (lessons, lesson_error) = match built_in() {
            Ok(lessons) => (lessons, None),
            Err(e) => (
                Vec::new(),
                Some(Message::new("notice-lessons-unreadable").arg("reason", e)),
            ),
        };
        let (surface, surface_error) = match surface {
            Ok(surface) => (surface, None),
            Err(e) => (fallback_surface(), Some(e)),
        };
        let shown_network = (surface.name() == NETWORK_SURFACE)
            .then(|| kept(&state.network))
            .flatten();
        let scene = Scene::new(surface, &state);
        // A split view whose surface no longer builds is dropped quietly: it is a view, not work.
        let compare =
            (state.compare.as_ref()).and_then(|view| ComparePane::new(view, &state, ctx).ok());
        Self {
            compare,
            state,
            scene,
            clock: Clock::default(),
            notice_fades: None,
            notice: (surface_error.clone())
                .map(|e| Message::new("notice-surface-unbuildable").part("reason", e))
                .or(lesson_error),
            surface_error,
            show_help: false,
            dragging: None,
            hover: None,
            view_transform: None,
            heatmap: None,
            curvature: None,
            basins: BasinOverlay::default(),
            critical: CriticalSearch::default(),
            hyper_map: HyperMapWindow::default(),
            share: ShareWindow::default(),
            #[cfg(target_arch = "wasm32")]
            page: super::web::Page::default(),
            #[cfg(target_arch = "wasm32")]
            picker: super::web_files::Picker::default(),
            network_window: NetworkWindow::default(),
            network: NetworkSession::default(),
            replay: step_through::ReplayCache::default(),
            thin_cache: ThinCache::default(),
            surface_mesh: None,
            lessons,
            lesson: None,
            file_dialog: None,
            recent_paths: RecentPaths::default(),
            exporter: Exporter::default(),
            grid_job: None,
            language: Language::English,
            paths: PathWork::default(),
            shown_network,
            previous_network: None,
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
        if self.busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Keyboard shortcuts (ignored while a text field has focus).
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        if ctx.egui_wants_keyboard_input() {
            return Vec::new();
        }
        let mut commands = Vec::new();
        for action in [FileAction::OpenScenario, FileAction::SaveScenario] {
            if let Some(shortcut) = action.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                commands.push(Command::ShowFileDialog(action));
            }
        }
        // In presentation mode with a lesson open, ← and → move between lessons.
        let lesson = self
            .lesson
            .as_ref()
            .filter(|_| self.state.presentation)
            .map(|l| l.index);
        ctx.input(|i| {
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
            // Escape closes the shortcuts, then leaves presentation mode (the file dialog
            // closes itself, even while its path is being typed).
            if pressed(egui::Key::Escape) && self.file_dialog.is_none() {
                if self.show_help {
                    commands.push(Command::ToggleHelp);
                } else if self.state.presentation {
                    commands.push(Command::TogglePresentation);
                }
            }
        });
        commands
    }
}

/// The smallest window, in points, that the layout is made for.
const LAYOUT_SIZE: egui::Vec2 = egui::vec2(1000.0, 650.0);

/// How much presentation mode enlarges everything in a window of `size` points (at zoom 1):
/// up to 1.5×, as far as the layout still gets [`LAYOUT_SIZE`] — on a 1280 × 800 projector
/// 1.23×, so that the surface keeps its room.
fn presentation_zoom(size: egui::Vec2) -> f32 {
    // In hundredths, so that rounding in the window size never changes it from frame to frame.
    let room = ((size / LAYOUT_SIZE).min_elem() * 100.0).floor() / 100.0;
    room.clamp(1.0, 1.5)
}

impl LossApp {
    /// One frame of the whole app: panels, view, windows; then the commands are applied.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_jobs(&ctx);
        self.basins.update(&self.state, &self.scene.surface, &ctx);
        self.hyper_map
            .update(&self.state, &self.scene.surface, &ctx);
        let zoom = if self.state.presentation {
            presentation_zoom(ctx.content_rect().size() * ctx.zoom_factor())
        } else {
            1.0
        };
        if (zoom - ctx.zoom_factor()).abs() > 1e-3 {
            ctx.set_zoom_factor(zoom);
        }
        let mut commands = self.shortcuts(&ctx);
        egui::Panel::top("toolbar").show(ui, |ui| {
            commands.extend(toolbar::toolbar_ui(ui, self));
        });
        // Windows stay below the toolbar, so that they never cover its buttons.
        let windows_area = ui.available_rect_before_wrap();
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
                            self.language,
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
                        self.language,
                    )
                });
        }
        egui::Panel::right("readout")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    readout::readout_ui(
                        ui,
                        &self.state,
                        &self.scene,
                        self.hover,
                        self.clock.shown,
                        self.language,
                    );
                    if !self.clock.playing {
                        ui.separator();
                        step_through::step_through_ui(
                            ui,
                            &self.state,
                            &self.scene,
                            self.clock.shown,
                            &mut self.replay,
                            self.language,
                        );
                    }
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let done = self.fade_notice(&ctx);
            if let Some(notice) = &self.notice
                && notice_ui(&ctx, ui.max_rect(), notice, done, self.language)
            {
                self.notice = None;
            }
            if let Some(open) = &self.lesson {
                commands.extend(lesson_panel_ui(ui, open, self.lessons.len(), self.language));
            }
            commands.extend(self.view_ui(ui));
            commands.extend(toolbar::job_overlay(&ctx, ui.max_rect(), self));
        });
        if self.show_help {
            toolbar::help_window(&ctx, windows_area, &mut self.show_help, self.language);
        }
        commands.extend(hyper_window::hyper_window(&ctx, windows_area, self));
        network_window::network_window(&ctx, windows_area, self);
        if let Some(dialog) = &mut self.file_dialog {
            commands.extend(file_dialog_ui(&ctx, windows_area, dialog, self.language));
        }
        if self.share.open {
            let link = self.share.link(&self.state, self.lesson_name());
            commands.extend(self.share.ui(&ctx, windows_area, link, self.language));
        }
        for command in commands {
            self.apply(command, &ctx);
        }
        self.tick(&ctx);
    }

    /// The name of the lesson on screen, if one is.
    pub fn lesson_name(&self) -> Option<&str> {
        self.lesson.as_ref().map(|open| open.lesson.name.as_str())
    }

    /// The surface view, 2-D or 3-D as chosen.
    pub fn view_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        if self.state.view.three_d {
            return surface_3d::surface_3d_ui(ui, self);
        }
        if self.compare.is_none() {
            return surface_view::surface_view_ui(ui, self);
        }
        // Split: the main pane (interactive) on the left, the compared surface on the right.
        let mut commands = Vec::new();
        ui.columns(2, |columns| {
            compare::main_pane_title_ui(&mut columns[0], self);
            commands.extend(surface_view::surface_view_ui(&mut columns[0], self));
            commands.extend(compare::compare_pane_ui(&mut columns[1], self));
        });
        commands
    }
}

impl eframe::App for LossApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        #[cfg(target_arch = "wasm32")]
        {
            if let Some(link) = self.page.take_typed_link() {
                self.open_link(&link, ui.ctx());
            }
            if let Some(picked) = self.picker.take() {
                let super::web_files::Picked { action, name, text } = picked;
                match text {
                    Ok(text) => self.apply(Command::OpenText { action, name, text }, ui.ctx()),
                    Err(e) => {
                        self.notice = Some(Message::new("notice-not-opened").part("reason", e));
                    }
                }
            }
        }
        self.frame_ui(ui);
        #[cfg(target_arch = "wasm32")]
        {
            let frame_ms = _frame.info().cpu_usage.map(|s| s * 1000.0);
            let start = self.state.racers.get(self.state.selected).map(|r| r.start);
            let start_at = self.view_transform.zip(start).map(|(t, [x, y])| {
                let at = t.position_from_point(&egui_plot::PlotPoint::new(x, y));
                let zoom = ui.ctx().zoom_factor();
                [at.x * zoom, at.y * zoom]
            });
            let lesson = self.lesson.as_ref().map(|l| l.lesson.name.as_str());
            self.page.update(&self.state, lesson, frame_ms, start_at);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = serde_json::to_string(&self.state) {
            storage.set_string(STORAGE_KEY, text);
        }
        if let Ok(text) = serde_json::to_string(&self.recent_paths) {
            storage.set_string(RECENT_PATHS_KEY, text);
        }
        if let Ok(text) = serde_json::to_string(&self.language) {
            storage.set_string(LANGUAGE_KEY, text);
        }
        storage.set_string(SHARE_SITE_KEY, self.share.site.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presentation_enlarges_as_far_as_the_window_has_room() {
        let zoom = |w, h| presentation_zoom(egui::vec2(w, h));
        assert_eq!(zoom(1920.0, 1080.0), 1.5);
        assert_eq!(zoom(1600.0, 1000.0), 1.5);
        assert_eq!(zoom(1280.0, 800.0), 1.23);
        assert_eq!(zoom(1366.0, 768.0), 1.18);
        assert_eq!(zoom(900.0, 600.0), 1.0);
    }
}

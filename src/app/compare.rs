//! The split view: a second surface beside the main one, with the same racers from the same
//! starts, animated in step — MSE beside cross-entropy, raw beside normalized features, or the
//! Network window's network with a switch flipped: batch norm, input normalization, or the
//! full batch in place of mini-batches; or the same surface with the racers' schedule or noise
//! flipped.

use std::borrow::Cow;
use std::sync::Arc;

use eframe::egui::{self, RichText};
use egui_plot::Plot;

use super::command::Command;
use super::job::{Job, Running, as_running, take_finished};
use super::loss_app::LossApp;
use super::path_pieces::paths_in_pieces;
use super::scene::{Path, Scene, ShadedGrid};
use super::surface_view::Pane;
use crate::i18n::{Language, Message};
use crate::lesson::{FULL_BATCH, NetworkSetup};
use crate::lesson::{NetworkFlip, RacerFlip, SplitView};
use crate::progress::Progress;
use crate::scenario::AppState;
use crate::scenario::{NETWORK_SURFACE, NetworkSurface, SurfaceTraining};
use crate::surface::{Family, build_surface, zoo_entries};

/// A flipped network, trained and sliced, with its fine grid.
type Built = Result<(Arc<NetworkSurface>, ShadedGrid), Message>;

/// The pieces that sample and shade a surface's fine grid.
type GridPieces = Box<dyn FnMut(&Progress) -> Option<ShadedGrid> + Send>;

/// The second pane: its scene (surface, fine grid, paths), heatmap texture, and the paths
/// being computed in the background when they take too long for a frame. A flipped network's
/// pane trains that network in the background first.
pub struct ComparePane {
    /// The surface, its grid and the racers' paths on it (none while the network trains).
    pub scene: Option<Scene>,
    heatmap: Option<(egui::TextureHandle, u64)>,
    job: Option<Job<Vec<Path>>>,
    /// The fine grid, sampled in the background while the coarse one shows.
    grid_job: Option<Job<ShadedGrid>>,
    /// For a flipped network: the switch, the flipped settings, and their training while it
    /// runs.
    flip: Option<(NetworkFlip, NetworkSetup)>,
    /// For the main surface with the racers flipped: the flip.
    pub racers: Option<RacerFlip>,
    building: Option<Job<Built>>,
    /// Why the flipped network could not be shown.
    pub error: Option<Message>,
}

/// The Network window's settings with the switch `flip` flipped (for the full batch: set).
fn flipped(network: &NetworkSetup, flip: NetworkFlip) -> NetworkSetup {
    let mut settings = network.clone();
    match flip {
        NetworkFlip::BatchNorm => settings.batch_norm = !settings.batch_norm,
        NetworkFlip::NormalizeInputs => settings.normalize_inputs = !settings.normalize_inputs,
        NetworkFlip::FullBatch => settings.batch = FULL_BATCH,
    }
    settings
}

/// The setup with every racer flipped by `flip`.
fn racers_flipped(state: &AppState, flip: RacerFlip) -> AppState {
    let mut flipped = state.clone();
    match flip {
        RacerFlip::ConstantSchedule => {
            for racer in &mut flipped.racers {
                racer.schedule = "constant".into();
            }
        }
        RacerFlip::NoNoise => flipped.noise = 0.0,
    }
    flipped
}

/// What the racers' flipped setting is, for the pane titles: "constant learning rate",
/// "noise σ = 0.1, B = 4", ….
fn racers_label(state: &AppState, flip: RacerFlip, language: Language) -> String {
    match flip {
        RacerFlip::ConstantSchedule => match state.racers.iter().find(|r| r.schedule != "constant")
        {
            Some(racer) => {
                language.text_with("compare-schedule", &[("schedule", racer.schedule.clone())])
            }
            None => language.text("compare-constant-rate"),
        },
        RacerFlip::NoNoise if state.noise > 0.0 => {
            let args = [
                ("noise", state.noise.to_string()),
                ("batch", state.batch.to_string()),
            ];
            language.text_with("compare-noise", &args)
        }
        RacerFlip::NoNoise => language.text("compare-no-noise"),
    }
}

/// The message key of the split view's menu entry for each flip of the racers.
fn racers_title(flip: RacerFlip) -> &'static str {
    match flip {
        RacerFlip::ConstantSchedule => "compare-racers-constant",
        RacerFlip::NoNoise => "compare-racers-no-noise",
    }
}

/// The message key of the split view's menu entry for each switch.
fn flip_title(flip: NetworkFlip) -> &'static str {
    match flip {
        NetworkFlip::BatchNorm => "compare-flip-batch-norm",
        NetworkFlip::NormalizeInputs => "compare-flip-inputs",
        NetworkFlip::FullBatch => "compare-flip-full-batch",
    }
}

impl ComparePane {
    /// The pane for `view`: another surface or the main one with the racers flipped, shown at
    /// once on its coarse grid (surfaces too costly for that are refused with the reason)
    /// while the fine grid and the racers' paths are computed in the background; or the
    /// network with a switch flipped, trained in the background (beside the network surface
    /// only).
    pub fn new(view: &SplitView, state: &AppState, ctx: &egui::Context) -> Result<Self, Message> {
        let mut pane = Self {
            scene: None,
            heatmap: None,
            job: None,
            grid_job: None,
            flip: None,
            racers: None,
            building: None,
            error: None,
        };
        let surface = match view {
            SplitView::Network(flip) => {
                if !state.surface.is_network() {
                    return Err(Message::new("compare-flip-needs-network"));
                }
                pane.build_flipped(*flip, &state.network, state.view.log_scale, ctx)?;
                return Ok(pane);
            }
            SplitView::Racers(flip) => {
                if state.surface.is_network() {
                    return Err(Message::new("compare-racers-need-zoo"));
                }
                pane.racers = Some(*flip);
                state.surface.build(&state.network)?
            }
            SplitView::Surface(name) => build_surface(name, &[]).map_err(|e| e.message())?,
        };
        if surface.is_expensive() {
            return Err(Message::new("compare-too-costly").arg("surface", surface.name()));
        }
        pane.scene = Some(Scene::new(surface.clone(), &pane.racers_state(state)));
        pane.update(state, true, ctx);
        let log = state.view.log_scale;
        pane.grid_job = Some(Job::spawn_in_pieces(
            Message::new("job-split-grid"),
            ctx,
            ShadedGrid::fine_in_pieces(surface, log),
        ));
        Ok(pane)
    }

    /// Trains `network` with switch `flip` flipped, and samples its surface (colours on a log
    /// scale when `log`), in the background; refuses settings that cannot train.
    fn build_flipped(
        &mut self,
        flip: NetworkFlip,
        network: &NetworkSetup,
        log: bool,
        ctx: &egui::Context,
    ) -> Result<(), Message> {
        let settings = flipped(network, flip);
        let mut training = SurfaceTraining::new(&settings)?;
        // The training an epoch per piece, then the surface's grid a row per piece.
        let mut sampling: Option<(Arc<NetworkSurface>, GridPieces)> = None;
        self.building = Some(Job::spawn_in_pieces(
            Message::new("compare-training").part("switch", settings.switch(flip)),
            ctx,
            move |progress| match &mut sampling {
                None => {
                    let network = match training.piece(progress)? {
                        Ok(network) => network,
                        Err(e) => return Some(Err(e)),
                    };
                    let rows = ShadedGrid::fine_in_pieces(network.surface.clone(), log);
                    sampling = Some((network, Box::new(rows)));
                    None
                }
                Some((network, rows)) => Some(Ok((Arc::clone(network), rows(progress)?))),
            },
        ));
        self.flip = Some((flip, settings));
        self.scene = None;
        self.error = None;
        Ok(())
    }

    /// The setup as this pane shows it: the racers flipped, if it flips them.
    fn racers_state<'a>(&self, state: &'a AppState) -> Cow<'a, AppState> {
        match self.racers {
            Some(flip) => Cow::Owned(racers_flipped(state, flip)),
            None => Cow::Borrowed(state),
        }
    }

    /// Recomputes every racer's path after the setup changed: at once, or, when the main
    /// pane's paths go to the background because they would hold the frame (and always on a
    /// network's surface), there too.
    pub fn update(&mut self, state: &AppState, in_background: bool, ctx: &egui::Context) {
        self.job = None; // A computation still running stops.
        let state = &*self.racers_state(state);
        let Some(scene) = &mut self.scene else {
            return;
        };
        if !in_background && !scene.surface.is_expensive() {
            scene.recompute_runs(state);
            return;
        }
        let all: Vec<usize> = (0..state.racers.len()).collect();
        scene.await_paths(state, &all);
        let (surface, state) = (scene.surface.clone(), state.clone());
        self.job = Some(Job::spawn_in_pieces(
            Message::new("job-split-paths"),
            ctx,
            paths_in_pieces(surface, state, all),
        ));
    }

    /// The flipped network's training, for the app's registry.
    pub fn training_job(&self) -> Option<&dyn Running> {
        as_running(&self.building)
    }

    /// The paths' background job, for the app's registry.
    pub fn paths_job(&self) -> Option<&dyn Running> {
        as_running(&self.job)
    }

    /// The fine grid's background job, for the app's registry.
    pub fn grid_job(&self) -> Option<&dyn Running> {
        as_running(&self.grid_job)
    }

    /// Installs what was computed in the background: a flipped network's surface (then its
    /// paths follow), or the paths. When the main pane shows another network (`shown`), the
    /// flipped one follows it.
    pub fn poll(&mut self, state: &AppState, shown: Option<&NetworkSetup>, ctx: &egui::Context) {
        let outdated = (self.flip.as_ref().zip(shown))
            .filter(|((flip, settings), shown)| flipped(shown, *flip) != *settings)
            .map(|((flip, _), _)| *flip);
        if let (Some(flip), Some(shown)) = (outdated, shown)
            && let Err(e) = self.build_flipped(flip, shown, state.view.log_scale, ctx)
        {
            self.error = Some(e);
        }
        if let Some((built, cancelled)) = take_finished(&mut self.building) {
            match built {
                Ok((network, shaded)) if !cancelled => {
                    let mut scene = Scene::new(network.surface.clone(), state);
                    scene.install_grid(shaded, state.view.log_scale);
                    self.scene = Some(scene);
                    self.heatmap = None;
                    self.update(state, true, ctx);
                }
                Ok(_) => self.error = Some(Message::new("network-cancelled")),
                Err(e) => self.error = Some(e),
            }
        }
        if let Some((shaded, false)) = take_finished(&mut self.grid_job)
            && let Some(scene) = &mut self.scene
        {
            scene.install_grid(shaded, state.view.log_scale);
        }
        if let Some((paths, _)) = take_finished(&mut self.job) {
            let state = &*self.racers_state(state);
            if let Some(scene) = &mut self.scene {
                let all: Vec<usize> = (0..paths.len()).collect();
                scene.install_paths(state, &all, paths);
            }
        }
    }

    /// How far the flipped network's training is, with what it trains, in `language`.
    pub fn training(&self, language: Language) -> Option<(String, f32)> {
        let (job, (flip, settings)) = self.building.as_ref().zip(self.flip.as_ref())?;
        let switch = settings.switch_label(*flip, language);
        let label = language.text_with("compare-training", &[("switch", switch)]);
        Some((label, job.fraction()))
    }

    /// What each pane shows flipped, for a flipped network or flipped racers:
    /// [main, this one].
    pub fn switch_labels(&self, state: &AppState, language: Language) -> Option<[String; 2]> {
        if let Some(flip) = self.racers {
            let flipped = racers_flipped(state, flip);
            return Some([
                racers_label(state, flip, language),
                racers_label(&flipped, flip, language),
            ]);
        }
        let (flip, settings) = self.flip.as_ref()?;
        Some([
            state.network.switch_label(*flip, language),
            settings.switch_label(*flip, language),
        ])
    }

    /// Re-scales its colours (log or linear).
    pub fn rescale(&mut self, log: bool) {
        if let Some(scene) = &mut self.scene {
            scene.rescale(log);
        }
    }

    fn texture(&mut self, ctx: &egui::Context) -> Option<egui::TextureId> {
        let scene = self.scene.as_ref()?;
        let version = scene.grid_version;
        Some(match &mut self.heatmap {
            Some((texture, v)) if *v == version => texture.id(),
            slot => {
                let image = super::colors::grid_image(&scene.grid, &scene.scaling);
                let texture = ctx.load_texture("compare-heatmap", image, Default::default());
                let id = texture.id();
                *slot = Some((texture, version));
                id
            }
        })
    }
}

/// The second pane: its title and close button, then the surface with the racers' paths at
/// the main view's step (it shows; dragging and clicking stay in the main pane), or, while a
/// flipped network trains, its progress.
pub fn compare_pane_ui(ui: &mut egui::Ui, app: &mut LossApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(pane) = app.compare.as_mut() else {
        return commands;
    };
    let language = app.language;
    let switch = pane
        .switch_labels(&app.state, language)
        .map(|[_, mine]| mine);
    // The button first and the title cut to the column: a long title never pushes the button
    // out of the view.
    ui.horizontal(|ui| {
        if ui
            .small_button(language.text("compare-close"))
            .on_hover_text(language.text("compare-close-split"))
            .clicked()
        {
            commands.push(Command::SetCompare(None));
        }
        if let Some(scene) = &pane.scene {
            pane_title_ui(ui, scene, switch.as_deref(), language);
        }
    });
    if let Some(error) = &pane.error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            crate::format::one_line(
                &Message::new("compare-not-shown")
                    .part("reason", error.clone())
                    .text(language),
            ),
        );
        return commands;
    }
    if let Some((label, fraction)) = pane.training(language) {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.add(egui::ProgressBar::new(fraction).text(format!("{label}…")));
        });
        return commands;
    }
    let Some(texture) = pane.texture(ui.ctx()) else {
        return commands;
    };
    let Some(scene) = &pane.scene else {
        return commands;
    };
    let domain = scene.surface.domain();
    let [x_title, y_title] = scene.surface.info().axes.titles_in(app.language);
    let plot = Plot::new(("compare-view", scene.surface.name()))
        .default_x_bounds(domain.x[0], domain.x[1])
        .default_y_bounds(domain.y[0], domain.y[1])
        .show_grid(false)
        .x_axis_label(x_title)
        .y_axis_label(y_title);
    let plot = if app.state.view.equal_aspect {
        plot.data_aspect(1.0)
    } else {
        plot
    };
    let drawn = Pane {
        scene,
        layers: [("compare surface", Some(texture)), ("", None), ("", None)],
        prefix: "compare ",
        language: app.language,
    };
    let state = &*pane.racers_state(&app.state);
    let (shown, cache) = (app.clock.shown, &mut app.thin_cache);
    plot.show(ui, |plot_ui| drawn.draw(plot_ui, state, shown, None, cache));
    commands
}

/// The main pane's title above it, while the view is split.
pub fn main_pane_title_ui(ui: &mut egui::Ui, app: &LossApp) {
    let switch = (app.compare.as_ref())
        .and_then(|pane| pane.switch_labels(&app.state, app.language))
        .map(|[main, _]| main);
    ui.horizontal(|ui| pane_title_ui(ui, &app.scene, switch.as_deref(), app.language));
}

/// A pane's title: its surface's (after the network's switch, for a flipped network), cut to
/// one line (in full, with the formula, on hover).
fn pane_title_ui(ui: &mut egui::Ui, scene: &Scene, switch: Option<&str>, language: Language) {
    let info = scene.surface.info();
    let surface = if info.name == NETWORK_SURFACE {
        language.text("surface-network")
    } else {
        info.title_in(language)
    };
    let title = match switch {
        Some(switch) => language.text_with(
            "compare-pane-title",
            &[("switch", switch.to_owned()), ("surface", surface)],
        ),
        None => surface,
    };
    ui.add(egui::Label::new(RichText::new(&title).strong()).truncate())
        .on_hover_text(format!("{title}\n{}", info.formula));
}

/// The View menu's split-view entry: a surface to show beside the main one, or none.
pub fn compare_menu_ui(ui: &mut egui::Ui, app: &LossApp, commands: &mut Vec<Command>) {
    let tr = |key: &str| app.language.text(key);
    ui.menu_button(tr("compare-menu"), |ui| {
        if app.compare.is_some() && ui.button(tr("compare-close-split")).clicked() {
            commands.push(Command::SetCompare(None));
        }
        for family in Family::ALL {
            let entries: Vec<_> = zoo_entries()
                .filter(|e| e.family == family && e.family != Family::Networks)
                .collect();
            if entries.is_empty() {
                continue;
            }
            ui.menu_button(family.title_in(app.language), |ui| {
                for entry in entries {
                    let view = SplitView::Surface(entry.name.into());
                    let current = app.state.compare.as_ref() == Some(&view);
                    let title = entry.title_in(app.language);
                    if ui.selectable_label(current, title).clicked() {
                        commands.push(Command::SetCompare(Some(view)));
                    }
                }
            });
        }
        if !app.state.surface.is_network() {
            ui.separator();
            for flip in RacerFlip::ALL {
                let view = SplitView::Racers(flip);
                let current = app.state.compare.as_ref() == Some(&view);
                if ui
                    .selectable_label(current, tr(racers_title(flip)))
                    .on_hover_text(tr("compare-racers-tip"))
                    .clicked()
                {
                    commands.push(Command::SetCompare(Some(view)));
                }
            }
        }
        if app.state.surface.is_network() {
            ui.separator();
            for flip in NetworkFlip::ALL {
                let view = SplitView::Network(flip);
                let current = app.state.compare.as_ref() == Some(&view);
                if ui
                    .selectable_label(current, tr(flip_title(flip)))
                    .on_hover_text(tr("compare-flip-tip"))
                    .clicked()
                {
                    commands.push(Command::SetCompare(Some(view)));
                }
            }
        }
    })
    .response
    .on_hover_text(tr("compare-menu-tip"));
}

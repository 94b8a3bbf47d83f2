//! The split view: a second surface beside the main one, with the same racers from the same
//! starts, animated in step — MSE beside cross-entropy, raw beside normalized features.

use eframe::egui::{self, RichText};
use egui_plot::Plot;

use super::command::Command;
use super::job::{Job, take_finished};
use super::loss_app::LossApp;
use super::scene::{Path, Scene, compute_paths, grid_sizes};
use super::state::AppState;
use super::surface_view::Pane;
use crate::grid::Grid;
use crate::surface::{Family, Surface, build_surface, zoo_entries};

/// The second pane: its scene (surface, fine grid, paths), heatmap texture, and the paths
/// being computed in the background when they take too long for a frame.
pub struct ComparePane {
    /// The surface, its grid and the racers' paths on it.
    pub scene: Scene,
    heatmap: Option<(egui::TextureHandle, u64)>,
    job: Option<Job<Vec<Path>>>,
}

impl ComparePane {
    /// The pane for surface `name` (a zoo name or `expr:<formula>`), with every racer's path
    /// computed at once; surfaces too costly for that are refused with the reason.
    pub fn new(name: &str, state: &AppState) -> Result<Self, String> {
        let surface = build_surface(name, &[]).map_err(|e| e.to_string())?;
        if surface.is_expensive() {
            return Err(format!(
                "{} is too costly to compute beside the main surface",
                surface.info().title
            ));
        }
        let mut scene = Scene::new(surface.clone(), state);
        scene.set_grid(fine_grid(&surface), state.view.log_scale);
        scene.recompute_runs(state);
        Ok(Self {
            scene,
            heatmap: None,
            job: None,
        })
    }

    /// Recomputes every racer's path after the setup changed: at once, or, when the main
    /// pane's paths go to the background because they would hold the frame, there too.
    pub fn update(&mut self, state: &AppState, in_background: bool, ctx: &egui::Context) {
        if let Some(job) = self.job.take() {
            job.cancel();
        }
        if !in_background {
            self.scene.recompute_runs(state);
            return;
        }
        let all: Vec<usize> = (0..state.racers.len()).collect();
        self.scene.await_paths(state, &all);
        let (surface, state) = (self.scene.surface.clone(), state.clone());
        self.job = Some(Job::spawn(
            "Computing the paths beside",
            ctx,
            move |progress| compute_paths(&surface, &state, &all, progress),
        ));
    }

    /// Installs the paths computed in the background, once they are there.
    pub fn poll(&mut self, state: &AppState) {
        if let Some((paths, _)) = take_finished(&mut self.job) {
            let all: Vec<usize> = (0..paths.len()).collect();
            self.scene.install_paths(state, &all, paths);
        }
    }

    /// Re-scales its colours (log or linear).
    pub fn rescale(&mut self, log: bool) {
        self.scene.rescale(log);
    }

    fn texture(&mut self, ctx: &egui::Context) -> egui::TextureId {
        let version = self.scene.grid_version;
        match &mut self.heatmap {
            Some((texture, v)) if *v == version => texture.id(),
            slot => {
                let image = super::colors::grid_image(&self.scene.grid, &self.scene.scaling);
                let texture = ctx.load_texture("compare-heatmap", image, Default::default());
                let id = texture.id();
                *slot = Some((texture, version));
                id
            }
        }
    }
}

/// The fine grid of a surface cheap enough to sample at once.
fn fine_grid(surface: &Surface) -> Grid {
    Grid::sample(surface, surface.domain(), grid_sizes(surface).1)
}

/// The second pane: its title and close button, then the surface with the racers' paths at
/// the main view's step (it shows; dragging and clicking stay in the main pane).
pub fn compare_pane_ui(ui: &mut egui::Ui, app: &mut LossApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(pane) = app.compare.as_mut() else {
        return commands;
    };
    // The button first and the title cut to the column: a long title never pushes the button
    // out of the view.
    ui.horizontal(|ui| {
        if ui
            .small_button("✕ Close")
            .on_hover_text("Close the split view")
            .clicked()
        {
            commands.push(Command::SetCompare(None));
        }
        pane_title_ui(ui, &pane.scene);
    });
    let texture = pane.texture(ui.ctx());
    let domain = pane.scene.surface.domain();
    let axes = pane.scene.surface.info().axes;
    let plot = Plot::new(("compare-view", pane.scene.surface.name()))
        .default_x_bounds(domain.x[0], domain.x[1])
        .default_y_bounds(domain.y[0], domain.y[1])
        .show_grid(false)
        .x_axis_label(axes[0])
        .y_axis_label(axes[1]);
    let plot = if app.state.view.equal_aspect {
        plot.data_aspect(1.0)
    } else {
        plot
    };
    let drawn = Pane {
        scene: &pane.scene,
        layers: [("compare surface", Some(texture)), ("", None), ("", None)],
        prefix: "compare ",
    };
    let (state, shown, cache) = (&app.state, app.clock.shown, &mut app.thin_cache);
    plot.show(ui, |plot_ui| drawn.draw(plot_ui, state, shown, None, cache));
    commands
}

/// The main pane's title above it, while the view is split.
pub fn main_pane_title_ui(ui: &mut egui::Ui, app: &LossApp) {
    ui.horizontal(|ui| pane_title_ui(ui, &app.scene));
}

/// A pane's title: its surface's, cut to one line (in full, with the formula, on hover).
fn pane_title_ui(ui: &mut egui::Ui, scene: &Scene) {
    let info = scene.surface.info();
    ui.add(egui::Label::new(RichText::new(&info.title).strong()).truncate())
        .on_hover_text(format!("{}\n{}", info.title, info.formula));
}

/// The View menu's split-view entry: a surface to show beside the main one, or none.
pub fn compare_menu_ui(ui: &mut egui::Ui, app: &LossApp, commands: &mut Vec<Command>) {
    ui.menu_button("Split view: compare with…", |ui| {
        if app.compare.is_some() && ui.button("Close the split view").clicked() {
            commands.push(Command::SetCompare(None));
        }
        for family in Family::ALL {
            let entries: Vec<_> = zoo_entries()
                .filter(|e| e.family == family && e.family != Family::Networks)
                .collect();
            if entries.is_empty() {
                continue;
            }
            ui.menu_button(family.title(), |ui| {
                for entry in entries {
                    let current = app.state.compare.as_deref() == Some(entry.name);
                    if ui.selectable_label(current, entry.title).clicked() {
                        commands.push(Command::SetCompare(Some(entry.name.into())));
                    }
                }
            });
        }
    })
    .response
    .on_hover_text(
        "Show a second surface beside this one, with the same racers from the same starts, \
         animated in step",
    );
}

//! The hyper-parameter map window: steps to arrive over (learning rate, momentum or β₁) for the
//! selected racer on this surface and start, with the racer's own setting as a draggable point.
//! The window owns its state and its background job.

use eframe::egui::{self, Color32};
use egui_plot::{MarkerShape, Plot, PlotImage, PlotPoint, Points};

use super::basin_overlay::{BASIN_STEPS, CELLS_PER_THREAD};
use super::command::Command;
use super::job::{Job, Running, as_running, set_up_first, take_finished};
use super::loss_app::LossApp;
use crate::analysis::{HyperGrid, HyperMap, HyperMapWork, second_axis};
use crate::format::number;
use crate::i18n::{Language, Message};
use crate::optim::ValueMut;
use crate::progress::Progress;
use crate::run::{Milestone, RunConfig};
use crate::scenario::{AppState, SurfaceChoice};
use crate::surface::Surface;

/// Cells per side of the map.
const HYPER_GRID: usize = 40;

/// What a map is computed for: the surface, the racer's start, and its run with the two mapped
/// hyper-parameters set aside (moving them inside the map keeps it), or why it cannot run.
type HyperKey = (SurfaceChoice, [f64; 2], Result<RunConfig, Message>);

/// The window's state: open or not, the map it shows, and the map being computed.
#[derive(Default)]
pub struct HyperMapWindow {
    /// The window is open.
    pub open: bool,
    /// What the map shown or being computed is for.
    key: Option<HyperKey>,
    /// The finished map and its texture.
    pub map: Option<(HyperMap, egui::TextureHandle)>,
    /// The map being computed.
    job: Option<Job<Result<HyperMap, Message>>>,
}

impl HyperMapWindow {
    /// Starts the map for `state`'s selected racer on `surface` when the window is open and
    /// the map is out of date.
    pub fn update(&mut self, state: &AppState, surface: &Surface, ctx: &egui::Context) {
        if !self.open || surface.is_expensive() {
            return;
        }
        let Some(racer) = state.racers.get(state.selected) else {
            return;
        };
        let (second, _) = second_axis(racer.optimizer.kind);
        let config = racer.run_config(state).map(|mut c| {
            c.max_steps = c.max_steps.min(BASIN_STEPS);
            c
        });
        let mut neutral = config.clone();
        if let Ok(c) = &mut neutral {
            c.optimizer.lr = 1.0;
            if let ValueMut::Number(value, _) = c.optimizer.value_mut(second) {
                *value = 0.0;
            }
        }
        let key = (state.surface.clone(), racer.start, neutral);
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.key = Some(key);
        self.map = None;
        let surface = surface.clone();
        let start = racer.start;
        let lr = racer.optimizer.lr.max(1e-8);
        let milestone = match surface.best_known_value() {
            Some(f) => Milestone::Loss(f + 1e-6),
            None => Milestone::GradNorm(1e-6),
        };
        let grid = HyperGrid {
            start,
            lr_range: [lr / 100.0, lr * 100.0],
            n: HYPER_GRID,
            milestone,
        };
        let start = move |progress: &Progress| {
            HyperMapWork::new(surface, &config?, grid, progress).map_err(|e| e.message())
        };
        // A few cells per piece: in the browser the page keeps drawing.
        let piece = |work: &mut HyperMapWork, progress: &Progress| {
            work.piece(CELLS_PER_THREAD * rayon::current_num_threads(), progress)
        };
        let pieces = set_up_first(start, piece);
        self.job = Some(Job::spawn_in_pieces(Message::new("job-hyper"), ctx, pieces));
    }

    /// Takes a finished map (coloured for a budget of `steps`), or says why there is none: a
    /// cancelled map has cells never run, so it is not shown and the window closes.
    pub fn poll(&mut self, steps: u64, ctx: &egui::Context) -> Option<Message> {
        match take_finished(&mut self.job)? {
            (Ok(_), true) => {
                self.key = None;
                self.open = false;
                Some(Message::new("notice-hyper-cancelled"))
            }
            (Ok(map), false) => {
                let image = hyper_image(&map, steps.min(BASIN_STEPS));
                let texture = ctx.load_texture("hyper-map", image, egui::TextureOptions::NEAREST);
                self.map = Some((map, texture));
                None
            }
            (Err(e), _) => Some(Message::new("notice-no-hyper-map").part("reason", e)),
        }
    }

    /// Its background job, for the app's registry.
    pub fn job(&self) -> Option<&dyn Running> {
        as_running(&self.job)
    }
}

/// The map as an image (row 0 at the top): fast arrivals bright, slow ones dark, grey where the
/// run never arrived, dark red where it diverged.
fn hyper_image(map: &HyperMap, max_steps: u64) -> egui::ColorImage {
    let n = map.lrs.len();
    let mut pixels = Vec::with_capacity(n * n);
    let top = (max_steps.max(2) as f64).ln();
    for j in (0..n).rev() {
        for i in 0..n {
            let c = j * n + i;
            pixels.push(match (map.steps[c], map.diverged[c]) {
                (_, true) => Color32::from_rgb(110, 20, 20),
                (Some(s), _) => {
                    let t = 1.0 - (s.max(1) as f64).ln() / top;
                    let c = colorous::VIRIDIS.eval_continuous(t.clamp(0.0, 1.0));
                    Color32::from_rgb(c.r, c.g, c.b)
                }
                (None, false) => Color32::from_gray(200),
            });
        }
    }
    egui::ColorImage::new([n, n], pixels)
}

/// The cell nearest to `at` = (log₁₀ learning rate, second value), as an index into the map's
/// cells (row-major by the second value).
fn cell_at(map: &HyperMap, at: [f64; 2]) -> usize {
    let n = map.lrs.len();
    let nearest = |values: &mut dyn Iterator<Item = f64>, x: f64| {
        values
            .enumerate()
            .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
            .map_or(0, |(i, _)| i)
    };
    let i = nearest(&mut map.lrs.iter().map(|lr| lr.log10()), at[0]);
    let j = nearest(&mut map.values.iter().copied(), at[1]);
    j * n + i
}

/// One cell in words: its setting and what the run did with `budget` steps.
fn describe(map: &HyperMap, cell: usize, budget: u64, language: Language) -> String {
    let n = map.lrs.len();
    let (lr, value) = (map.lrs[cell % n], map.values[cell / n]);
    let mut args = vec![
        ("lr", number(Some(lr), 3)),
        ("key", map.parameter.key().to_owned()),
        ("value", number(Some(value), 3)),
    ];
    let key = match (map.steps[cell], map.diverged[cell]) {
        (_, true) => "hyper-cell-diverges",
        (Some(1), _) => "hyper-cell-one-step",
        (Some(steps), _) => {
            args.push(("steps", steps.to_string()));
            "hyper-cell-arrives"
        }
        (None, false) => {
            args.push(("budget", budget.to_string()));
            "hyper-cell-never"
        }
    };
    language.text_with(key, &args)
}

/// Draws the window; dragging or clicking the map sets the selected racer's two values.
pub fn hyper_window(ctx: &egui::Context, area: egui::Rect, app: &mut LossApp) -> Vec<Command> {
    let language = app.language;
    let tr = |key: &str| language.text(key);
    let mut commands = Vec::new();
    let mut open = app.hyper_map.open;
    egui::Window::new(tr("toolbar-hyper-map"))
        .open(&mut open)
        .default_pos(area.min + egui::vec2(8.0, 8.0))
        .constrain_to(area)
        .default_size([460.0, 460.0])
        .show(ctx, |ui| {
            let Some(racer) = app.state.racers.get(app.state.selected).cloned() else {
                ui.label(tr("hyper-no-racer"));
                return;
            };
            if app.scene.surface.is_expensive() {
                ui.label(tr("maps-expensive"));
                return;
            }
            let Some((map, texture)) = &app.hyper_map.map else {
                ui.label(tr("hyper-computing"));
                return;
            };
            let about = [
                ("optimizer", racer.optimizer.kind.name().to_owned()),
                ("x", format!("{:.3}", racer.start[0])),
                ("y", format!("{:.3}", racer.start[1])),
            ];
            ui.label(language.text_with("hyper-about", &about));
            let n = map.lrs.len();
            let (x0, x1) = (map.lrs[0].log10(), map.lrs[n - 1].log10());
            let (y0, y1) = (map.values[0], map.values[n - 1]);
            let (dx, dy) = ((x1 - x0) / (n - 1) as f64, (y1 - y0) / (n - 1) as f64);
            let current = [
                racer.optimizer.lr.log10(),
                racer.optimizer.number(map.parameter).unwrap_or(y0),
            ];
            let texture = texture.id();
            // Two rows for the readout below, which wraps in a narrow window.
            let readout_height = 2.0 * ui.text_style_height(&egui::TextStyle::Body) + 8.0;
            let response = Plot::new("hyper-map")
                .height((ui.available_height() - readout_height).max(120.0))
                .x_axis_label(tr("hyper-axis"))
                .y_axis_label(map.parameter.key())
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .show(ui, |plot_ui| {
                    plot_ui.image(
                        PlotImage::new(
                            "map",
                            texture,
                            PlotPoint::new(0.5 * (x0 + x1), 0.5 * (y0 + y1)),
                            [(x1 - x0 + dx) as f32, (y1 - y0 + dy) as f32],
                        )
                        .allow_hover(false),
                    );
                    plot_ui.points(
                        Points::new("setting", vec![current])
                            .shape(MarkerShape::Circle)
                            .filled(false)
                            .radius(9.0)
                            .color(Color32::WHITE),
                    );
                    plot_ui.points(
                        Points::new("setting core", vec![current])
                            .shape(MarkerShape::Circle)
                            .radius(4.0)
                            .color(super::colors::racer_color(racer.color)),
                    );
                });
            let plot = &response.response;
            let budget = app.state.steps.min(BASIN_STEPS);
            match plot.hover_pos() {
                Some(pos) => {
                    let v = response.transform.value_from_position(pos);
                    let cell = cell_at(map, [v.x, v.y]);
                    let cell = [("cell", describe(map, cell, budget, language))];
                    ui.label(language.text_with("hyper-at-pointer", &cell));
                }
                None => {
                    ui.weak(tr("hyper-hover"));
                }
            }
            let pressed = ui.input(|i| i.pointer.primary_down());
            if (plot.clicked() || (plot.hovered() && pressed))
                && let Some(pos) = ui.input(|i| i.pointer.interact_pos())
            {
                let v = response.transform.value_from_position(pos);
                let mut updated = racer.clone();
                updated.optimizer.lr = 10f64.powf(v.x.clamp(x0, x1));
                let second = v.y.clamp(y0, y1);
                if let ValueMut::Number(value, _) = updated.optimizer.value_mut(map.parameter) {
                    *value = second;
                    commands.push(Command::UpdateRacer(app.state.selected, updated));
                }
            }
        });
    app.hyper_map.open = open;
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_found_under_the_pointer_and_told_in_words() {
        let map = HyperMap {
            lrs: vec![0.001, 0.01, 0.1],
            parameter: crate::optim::HyperParameter::Momentum,
            values: vec![0.0, 0.5],
            steps: vec![Some(900), Some(120), None, None, Some(1), None],
            diverged: vec![false, false, true, false, false, false],
        };
        // log₁₀ 0.01 = −2 is column 1; 0.4 is nearest to row 1 (0.5).
        assert_eq!(cell_at(&map, [-2.1, 0.4]), 4);
        assert_eq!(cell_at(&map, [-9.0, -5.0]), 0);
        assert_eq!(cell_at(&map, [5.0, 5.0]), 5);
        assert_eq!(
            describe(&map, 0, 2000, Language::English),
            "lr 0.00100, momentum 0 → arrives in 900 steps"
        );
        assert_eq!(
            describe(&map, 4, 2000, Language::English),
            "lr 0.0100, momentum 0.500 → arrives in 1 step"
        );
        assert_eq!(
            describe(&map, 2, 2000, Language::English),
            "lr 0.100, momentum 0 → diverges"
        );
        assert_eq!(
            describe(&map, 2, 2000, Language::SimplifiedChinese),
            "lr 0.100，momentum 0 → 发散"
        );
        assert_eq!(
            describe(&map, 5, 2000, Language::English),
            "lr 0.100, momentum 0.500 → not within 2000 steps"
        );
    }
}

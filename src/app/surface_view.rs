//! The surface view: heatmap, contours, critical points, trails with labelled heads, draggable
//! start points, and the gradient / momentum / eigenvector overlays.

use eframe::egui::{self, Color32, RichText};
use egui_plot::{Arrows, Line, MarkerShape, Plot, PlotImage, PlotPoint, Points, Text};

use super::colors::racer_color;
use super::command::Command;
use super::loss_app::LossApp;
use super::scene::Scene;
use super::thinning::{ThinCache, per_pixels};
use crate::analysis::{probe, symmetric_eigen2};
use crate::i18n::Language;
use crate::optim::ScheduleKind;
use crate::run::{Run, Sample, Status};
use crate::scenario::AppState;
use crate::surface::Kind;

/// Screen distance (points) within which the pointer grabs a start point.
const GRAB_RADIUS: f32 = 12.0;

/// Draws the surface view and turns clicks and drags into commands.
pub fn surface_view_ui(ui: &mut egui::Ui, app: &mut LossApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let texture = app.heatmap_texture(ui.ctx());
    // Maps of every pixel are off where each evaluation is a pass over a data set.
    let maps = !app.scene.surface.is_expensive();
    let basins = (maps && app.state.view.basins)
        .then(|| app.basins.texture())
        .flatten();
    let curvature = (maps && app.state.view.curvature_map).then(|| app.curvature_texture(ui.ctx()));
    let domain = app.scene.surface.domain();
    let [x_title, y_title] = app.scene.surface.info().axes.titles_in(app.language);
    let pointer = ui.input(|i| i.pointer.hover_pos());
    let near_start = match (pointer, &app.view_transform) {
        (Some(pos), Some(t)) => app.state.racers.iter().position(|r| {
            let p = t.position_from_point(&PlotPoint::new(r.start[0], r.start[1]));
            p.distance(pos) <= GRAB_RADIUS
        }),
        _ => None,
    };
    let grabbing = app.dragging.is_some() || near_start.is_some();
    let mut plot = Plot::new(("surface-view", app.scene.surface.name()))
        .default_x_bounds(domain.x[0], domain.x[1])
        .default_y_bounds(domain.y[0], domain.y[1])
        .allow_drag(!grabbing)
        .allow_double_click_reset(true)
        .show_grid(false)
        .x_axis_label(x_title)
        .y_axis_label(y_title);
    if app.state.view.equal_aspect {
        plot = plot.data_aspect(1.0);
    }
    let pane = Pane {
        scene: &app.scene,
        layers: [
            ("surface", Some(texture)),
            ("basins", basins),
            ("curvature", curvature),
        ],
        prefix: "",
        language: app.language,
    };
    let (state, shown, hover, cache) =
        (&app.state, app.clock.shown, app.hover, &mut app.thin_cache);
    let response = plot.show(ui, |plot_ui| pane.draw(plot_ui, state, shown, hover, cache));
    let transform = response.transform;
    let plot_response = &response.response;
    let to_point = |pos: egui::Pos2| {
        let v = transform.value_from_position(pos);
        [v.x, v.y]
    };
    app.hover = plot_response.hover_pos().map(to_point);
    let pressed = ui.input(|inp| inp.pointer.primary_pressed());
    if pressed
        && plot_response.hovered()
        && let Some(i) = near_start
    {
        app.dragging = Some(i);
        commands.push(Command::SelectRacer(i));
    }
    if let Some(i) = app.dragging {
        match ui.input(|inp| inp.pointer.interact_pos()) {
            Some(pos) if ui.input(|inp| inp.pointer.primary_down()) => {
                commands.push(Command::MoveStart(i, to_point(pos)));
            }
            _ => app.dragging = None,
        }
    } else if plot_response.clicked()
        && near_start.is_none()
        && let Some(pos) = plot_response.interact_pointer_pos()
    {
        commands.push(Command::MoveStart(app.state.selected, to_point(pos)));
    }
    app.view_transform = Some(transform);
    if app.state.surface.is_network()
        && let Some(fraction) = app.network.progress()
        && app.shown_network.as_ref().map(|n| &n.settings) != Some(&app.state.network)
    {
        training_veil(ui, plot_response.rect, fraction);
    }
    commands
}

/// Over the view while the network whose surface it will show trains: the surface under it is
/// not that network's yet.
fn training_veil(ui: &mut egui::Ui, rect: egui::Rect, fraction: f32) {
    ui.painter()
        .rect_filled(rect, 0.0, Color32::from_white_alpha(215));
    let text = "Training the network: its error surface appears here when training ends.\n\
                The Network window shows it learning.";
    // At the top: the Network window often covers the view's lower part.
    let top = egui::pos2(rect.center().x - 240.0, rect.top() + 12.0);
    let inner = egui::Rect::from_min_size(top, egui::vec2(480.0, 80.0));
    ui.scope_builder(egui::UiBuilder::new().max_rect(inner), |ui| {
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(text).size(15.0));
            ui.add(egui::ProgressBar::new(fraction).show_percentage());
        });
    });
}

/// One pane of the view: a scene, the images laid over its domain, and the prefix that keeps
/// its thinned lines apart from another pane's.
pub(super) struct Pane<'a> {
    /// The surface, grid, contours and paths.
    pub scene: &'a Scene,
    /// The heatmap and optional overlays, each covering exactly the domain.
    pub layers: [(&'static str, Option<egui::TextureId>); 3],
    /// Prefix of the pane's entries in the thinning cache.
    pub prefix: &'static str,
    /// The language of the racers' labels.
    pub language: Language,
}

impl Pane<'_> {
    /// Draws the images, contours, critical points, trails with their heads and the eigenvector
    /// crosses of the scene at step `shown`.
    pub(super) fn draw(
        &self,
        plot_ui: &mut egui_plot::PlotUi<'_>,
        state: &AppState,
        shown: f64,
        hover: Option<[f64; 2]>,
        cache: &mut ThinCache,
    ) {
        let scene = self.scene;
        let domain = scene.surface.domain();
        // Trails thinned to a pixel (they are 2.5 wide), contours to two (smooth and thin).
        let spacing = per_pixels(plot_ui.transform(), 1.0);
        let contour_spacing = per_pixels(plot_ui.transform(), 2.0);
        for (name, layer) in self.layers {
            if let Some(texture) = layer {
                let [w, h] = domain.size();
                let [cx, cy] = domain.center();
                plot_ui.image(
                    PlotImage::new(name, texture, PlotPoint::new(cx, cy), [w as f32, h as f32])
                        .allow_hover(false),
                );
            }
        }
        if state.view.contours {
            for (k, line) in scene.contours.iter().enumerate() {
                let name = format!("{}contour {k}", self.prefix);
                let points = cache.line(
                    &name,
                    scene.grid_version,
                    contour_spacing,
                    line.points.len(),
                    |j| line.points[j],
                );
                plot_ui.line(
                    Line::new(name, points)
                        .color(Color32::from_black_alpha(70))
                        .width(1.0)
                        .allow_hover(false),
                );
            }
        }
        if state.view.critical_points {
            critical_points(plot_ui, app_critical(scene));
        }
        let heads: Vec<Option<[f64; 2]>> = scene
            .runs
            .iter()
            .map(|r| r.run().map(|run| shown_head(run, shown).point))
            .collect();
        for (i, (racer, run)) in state.racers.iter().zip(&scene.runs).enumerate() {
            let color = racer_color(racer.color);
            start_marker(plot_ui, i, racer.start, color, state.selected == i);
            if let Some(run) = run.run() {
                // Labels of heads that sit together are stacked instead of overprinted: a
                // label runs to the right of its head, so heads side by side count as together.
                let [width, height] = domain.size();
                let close = |q: &Option<[f64; 2]>| match (q, heads[i]) {
                    (Some(q), Some(h)) => {
                        (q[0] - h[0]).abs() < 0.2 * width && (q[1] - h[1]).abs() < 0.03 * height
                    }
                    _ => false,
                };
                let line = heads[..i].iter().filter(|q| close(q)).count();
                let name = format!("{}trail {i}", self.prefix);
                let samples = run.trail();
                let count = shown_count(run, shown);
                let points = cache.line(&name, scene.runs_version, spacing, count, |k| {
                    samples[k].point
                });
                plot_ui.line(Line::new(name, points).color(color).width(2.5));
                let extent = domain.extent();
                head(
                    plot_ui,
                    i,
                    run,
                    shown,
                    color,
                    line,
                    state,
                    extent,
                    self.language,
                );
            }
        }
        if state.view.eigen_cross {
            let racers = heads
                .iter()
                .enumerate()
                .filter_map(|(i, h)| h.map(|h| (i, h)));
            for (i, p) in racers {
                eigen_cross(plot_ui, &format!("racer {i}"), scene, p, domain.extent());
            }
            if let Some(p) = hover {
                eigen_cross(plot_ui, "cursor", scene, p, domain.extent());
            }
        }
    }
}

/// Documented critical points, then those found by the search.
fn app_critical(scene: &super::scene::Scene) -> Vec<([f64; 2], Kind, bool)> {
    let documented = scene
        .surface
        .info()
        .critical_points
        .iter()
        .map(|c| (c.at, c.kind, true));
    let found = scene.found.iter().map(|p| ([p.x, p.y], p.kind, false));
    documented.chain(found).collect()
}

fn critical_points(plot_ui: &mut egui_plot::PlotUi<'_>, points: Vec<([f64; 2], Kind, bool)>) {
    for (k, (at, kind, documented)) in points.into_iter().enumerate() {
        let shape = match kind {
            Kind::Minimum => MarkerShape::Circle,
            Kind::Maximum => MarkerShape::Up,
            Kind::Saddle => MarkerShape::Plus,
            Kind::Degenerate => MarkerShape::Square,
        };
        let color = if documented {
            Color32::from_gray(20)
        } else {
            Color32::from_rgb(90, 60, 140)
        };
        plot_ui.points(
            Points::new(format!("{kind} {k}"), vec![at])
                .shape(shape)
                .radius(if documented { 5.0 } else { 4.0 })
                .filled(kind == Kind::Minimum)
                .color(color),
        );
    }
}

fn start_marker(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    i: usize,
    at: [f64; 2],
    color: Color32,
    selected: bool,
) {
    plot_ui.points(
        Points::new(format!("start {i}"), vec![at])
            .shape(MarkerShape::Circle)
            .filled(false)
            .radius(if selected { 9.0 } else { 7.0 })
            .color(color),
    );
}

/// The sample at the shown step (or the run's last one).
pub(super) fn shown_head(run: &Run, shown: f64) -> &Sample {
    shown_trail(run, shown).next_back().unwrap_or(run.current())
}

/// The trail's samples up to the shown step (at least the first).
pub(super) fn shown_trail(run: &Run, shown: f64) -> std::collections::vec_deque::Iter<'_, Sample> {
    run.trail().range(..shown_count(run, shown))
}

/// How many of the trail's samples are shown (at least the first).
fn shown_count(run: &Run, shown: f64) -> usize {
    let samples = run.trail();
    let upto = samples.partition_point(|s| (s.step as f64) <= shown).max(1);
    upto.min(samples.len())
}

/// A racer's name on the canvas and in the leaderboard: its optimizer's short name, and its
/// schedule when the rate is not constant (two AdaGrads, one decaying, stay apart).
pub(super) fn racer_name(run: &Run) -> String {
    let config = run.config();
    let name = config.optimizer.short_name();
    match config.schedule.kind {
        ScheduleKind::Constant => name.to_owned(),
        _ => format!("{name} · {}", config.schedule.name()),
    }
}

/// The text at a racer's head: its name, "⚑ k" once it arrived, "✕ diverged at k" when the
/// shown head is where it blew up (in `language`); and whether it did.
pub(super) fn head_label(
    run: &Run,
    shown: f64,
    head: &Sample,
    language: Language,
) -> (String, bool) {
    let mut label = racer_name(run);
    if let Some(step) = run.milestone_step().filter(|&s| (s as f64) <= shown) {
        label.push_str(&format!("  ⚑ {step}"));
    }
    let diverged = matches!(run.status(), Status::Diverged { step, .. }
        if head.step + 1 >= *step && shown >= head.step as f64);
    if let Status::Diverged { step, .. } = run.status()
        && diverged
    {
        label.push_str(&language.text_with("racers-diverged", &[("step", step.to_string())]));
    }
    (label, diverged)
}

/// The head of a trail with its label (on text line `line` below the head, so that labels of
/// heads at one spot stack) and the overlays at the head.
#[allow(clippy::too_many_arguments)]
fn head(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    i: usize,
    run: &Run,
    shown: f64,
    color: Color32,
    line: usize,
    state: &crate::scenario::AppState,
    extent: f64,
    language: Language,
) {
    let mut latest = shown_trail(run, shown).rev();
    let Some(head) = latest.next() else {
        return;
    };
    let before = latest.next();
    plot_ui.points(
        Points::new(format!("head {i}"), vec![head.point])
            .shape(MarkerShape::Circle)
            .filled(true)
            .radius(6.0)
            .color(color),
    );
    let (label, diverged) = head_label(run, shown, head, language);
    if diverged {
        plot_ui.points(
            Points::new(format!("diverged {i}"), vec![head.point])
                .shape(MarkerShape::Cross)
                .radius(10.0)
                .color(color),
        );
    }
    plot_ui.text(
        Text::new(
            format!("label {i}"),
            PlotPoint::new(head.point[0], head.point[1]),
            RichText::new(format!("{}   {label}", "\n".repeat(line)))
                .color(color)
                .strong()
                .size(15.0),
        )
        .anchor(egui::Align2::LEFT_TOP),
    );
    if state.view.arrows
        && let Some(before) = before
    {
        update_arrows(plot_ui, i, before, head, color, extent);
    }
    if state.view.effective_step && before.is_some() {
        effective_step(plot_ui, i, head, color, extent);
    }
}

/// The learning rate each coordinate got in the update that led to the head, as a horizontal
/// and a vertical bar (the longer is 6 % of the domain) with their ratio: equal for SGD,
/// unequal where AdaGrad, RMSProp or Adam rescale a ravine's coordinates.
fn effective_step(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    i: usize,
    head: &Sample,
    color: Color32,
    extent: f64,
) {
    let [ex, ey] = head.effective_lr.map(f64::abs);
    let largest = ex.max(ey);
    if !(largest.is_finite() && largest > 0.0) {
        return;
    }
    let half = |e: f64| 0.06 * extent * e / largest;
    let [x, y] = head.point;
    let bars = [
        ("x", [[x - half(ex), y], [x + half(ex), y]]),
        ("y", [[x, y - half(ey)], [x, y + half(ey)]]),
    ];
    for (axis, ends) in bars {
        plot_ui.line(
            Line::new(format!("step size {axis} {i}"), ends.to_vec())
                .color(color.gamma_multiply(0.7))
                .width(5.0)
                .allow_hover(false),
        );
    }
    let ratio = if ex <= ey {
        format!("ηx : ηy = 1 : {}", ratio_text(ey / ex))
    } else {
        format!("ηx : ηy = {} : 1", ratio_text(ex / ey))
    };
    plot_ui.text(
        Text::new(
            format!("step sizes {i}"),
            PlotPoint::new(x, y + half(ey)),
            RichText::new(ratio).color(color).size(13.0),
        )
        .anchor(egui::Align2::CENTER_BOTTOM),
    );
}

/// A ratio of at least 1, briefly: "37.2", "1.2e4".
fn ratio_text(v: f64) -> String {
    if v < 1000.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.1e}")
    }
}

/// The lecture's picture at the last update: the gradient part (the gradient times this
/// step's per-coordinate learning rate), the rest (momentum), and their sum, the actual step.
/// All three share one scale, chosen so the longest is a tenth of the domain; "×k" says how much
/// they are magnified (or shrunk).
fn update_arrows(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    i: usize,
    before: &Sample,
    head: &Sample,
    color: Color32,
    extent: f64,
) {
    let origin = before.point;
    let update = head.update;
    let gradient_step = [
        -head.effective_lr[0] * before.gradient[0],
        -head.effective_lr[1] * before.gradient[1],
    ];
    let momentum = [update[0] - gradient_step[0], update[1] - gradient_step[1]];
    let longest = [update, gradient_step, momentum]
        .iter()
        .map(|v| v[0].hypot(v[1]))
        .fold(0.0, f64::max);
    if !(longest.is_finite() && longest > 0.0) {
        return;
    }
    let scale = 0.1 * extent / longest;
    let at = |v: [f64; 2]| [origin[0] + scale * v[0], origin[1] + scale * v[1]];
    let grad_tip = at(gradient_step);
    let update_tip = at(update);
    plot_ui.arrows(
        Arrows::new(format!("gradient step {i}"), vec![origin], vec![grad_tip])
            .color(Color32::from_rgb(200, 40, 40))
            .tip_length(10.0),
    );
    plot_ui.arrows(
        Arrows::new(format!("momentum {i}"), vec![grad_tip], vec![update_tip])
            .color(Color32::from_rgb(40, 90, 200))
            .tip_length(10.0),
    );
    plot_ui.arrows(
        Arrows::new(format!("update {i}"), vec![origin], vec![update_tip])
            .color(color)
            .tip_length(12.0),
    );
    let magnification = if scale >= 1.0 {
        format!(" ×{scale:.0}")
    } else {
        format!(" ×{scale:.2}")
    };
    plot_ui.text(
        Text::new(
            format!("scale {i}"),
            PlotPoint::new(update_tip[0], update_tip[1]),
            RichText::new(magnification).color(color).small(),
        )
        .anchor(egui::Align2::LEFT_TOP),
    );
}

/// The Hessian's eigenvectors at `p`, each scaled by |λ|/max|λ|: blue for positive curvature,
/// red for negative.
fn eigen_cross(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    name: &str,
    scene: &super::scene::Scene,
    p: [f64; 2],
    extent: f64,
) {
    let reading = probe(&scene.surface, p);
    let eigen = symmetric_eigen2(reading.hessian);
    let largest = eigen.values[0].abs().max(eigen.values[1].abs());
    if !(largest.is_finite() && largest > 0.0) {
        return;
    }
    for (k, (lambda, v)) in eigen.values.iter().zip(eigen.vectors).enumerate() {
        let half = 0.08 * extent * lambda.abs() / largest;
        let color = if *lambda >= 0.0 {
            Color32::from_rgb(30, 90, 200)
        } else {
            Color32::from_rgb(210, 40, 40)
        };
        plot_ui.line(
            Line::new(
                format!("eigen {name} {k}"),
                vec![
                    [p[0] - half * v[0], p[1] - half * v[1]],
                    [p[0] + half * v[0], p[1] + half * v[1]],
                ],
            )
            .color(color)
            .width(3.0)
            .allow_hover(false),
        );
    }
}

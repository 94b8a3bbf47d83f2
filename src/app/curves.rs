//! Curves beside the surface, synced to the animation: loss, gradient norm, learning rate and
//! the stability gauge, one line per racer.

use eframe::egui;
use egui_plot::{Line, Plot, VLine};

use super::colors::racer_color;
use super::curve_data::up_to;
use super::rate_axis::RateAxis;
use super::scene::Scene;
use super::thinning::{ThinCache, per_pixels};
use crate::i18n::Language;
use crate::scenario::AppState;

/// Picks racer i's points of one curve from the scene.
type Points = fn(&Scene, usize) -> &[[f64; 2]];

/// One of the plots.
struct CurveSpec {
    id: &'static str,
    title: String,
    tooltip: String,
    /// Racer i's points.
    points: Points,
    /// Racer i's second, dashed line.
    dashed: Option<Points>,
    /// Draw the edge of stability η·λmax = 2.
    stability_edge: bool,
    /// For rates, their axis: from 0 (a constant rate is a flat line above it rather than a
    /// line in an arbitrary range) or, when a few values dwarf the rest, log₁₀.
    rate_axis: Option<fn(&Scene) -> RateAxis>,
}

/// What every plot shares.
struct CurveView<'a> {
    size: [f32; 2],
    state: &'a AppState,
    scene: &'a Scene,
    shown: f64,
}

/// Draws the curves side by side.
pub fn curves_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    scene: &Scene,
    shown: f64,
    cache: &mut ThinCache,
    language: Language,
) {
    let tr = |key: &str| language.text(key);
    // Losses are shown as log₁₀(f − f_ref): f_ref is the documented minimum, or the lowest
    // loss any racer reached, so the curve can fall to the floor of float precision.
    let loss_title = if scene.surface.best_known_value().is_some() {
        tr("curve-loss-minimum")
    } else {
        tr("curve-loss-best")
    };
    let specs = [
        CurveSpec {
            id: "loss",
            title: loss_title,
            tooltip: tr("curve-loss-tip"),
            points: |s, i| &s.curves[i].loss,
            dashed: None,
            stability_edge: false,
            rate_axis: None,
        },
        CurveSpec {
            id: "grad-norm",
            title: tr("curve-gradient"),
            tooltip: tr("curve-gradient-tip"),
            points: |s, i| &s.curves[i].grad_norm,
            dashed: None,
            stability_edge: false,
            rate_axis: None,
        },
        CurveSpec {
            id: "lr",
            title: tr("curve-rate"),
            tooltip: tr("curve-rate-tip"),
            points: |s, i| &s.curves[i].lr,
            dashed: Some(|s, i| &s.curves[i].scheduled_lr),
            stability_edge: false,
            rate_axis: Some(|s| s.lr_axis),
        },
        CurveSpec {
            id: "stability",
            title: tr("curve-stability"),
            tooltip: tr("curve-stability-tip"),
            points: |s, i| &s.gauges[i],
            dashed: None,
            stability_edge: true,
            rate_axis: Some(|s| s.stability_axis),
        },
    ];
    let width = (ui.available_width() - 24.0) / specs.len() as f32;
    // Each column, a one-line title over its plot, stays within the panel: a taller one would
    // grow the panel on every frame. The panel's frame is filled to its edge whatever the
    // rounding. Measured before the row: inside a horizontal layout only the row's height is
    // available.
    let available = ui.available_height();
    ui.set_min_height(available);
    let title = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let height = (available - title - 1.0).max(80.0);
    let view = CurveView {
        size: [width, height],
        state,
        scene,
        shown,
    };
    ui.horizontal(|ui| {
        for spec in &specs {
            curve(ui, spec, &view, cache);
        }
    });
}

fn curve(ui: &mut egui::Ui, spec: &CurveSpec, view: &CurveView<'_>, cache: &mut ThinCache) {
    let [width, height] = view.size;
    let (scene, shown) = (view.scene, view.shown);
    let axis = spec.rate_axis.map(|axis| axis(scene));
    let y = |value: f64| axis.map_or(value, |axis| axis.y(value));
    let title = axis.map_or_else(|| spec.title.clone(), |axis| axis.title(&spec.title));
    ui.vertical(|ui| {
        ui.set_width(width);
        ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate())
            .on_hover_text(&spec.tooltip);
        let mut plot = Plot::new(spec.id).height(height).allow_scroll(false);
        if axis == Some(RateAxis::Linear) {
            plot = plot.include_y(0.0);
        }
        if spec.stability_edge {
            plot = plot.include_y(y(2.5));
        }
        plot.show(ui, |plot_ui| {
            let spacing = per_pixels(plot_ui.transform(), 1.0);
            let racers = view.state.racers.iter().take(scene.curves.len());
            for (i, racer) in racers.enumerate() {
                let color = racer_color(racer.color);
                let lines = [(spec.points, false)]
                    .into_iter()
                    .chain(spec.dashed.map(|d| (d, true)));
                for (points, dashed) in lines {
                    let source = up_to(points(scene, i), shown);
                    if source.is_empty() {
                        continue;
                    }
                    // The axis changes only with the paths, which renews the cache's version.
                    let name = format!("{} {i}{}", spec.id, if dashed { " dashed" } else { "" });
                    let points =
                        cache.line(&name, scene.runs_version, spacing, source.len(), |k| {
                            [source[k][0], y(source[k][1])]
                        });
                    let line = Line::new(name, points).color(color);
                    plot_ui.line(if dashed {
                        line.width(1.5).style(egui_plot::LineStyle::dashed_dense())
                    } else {
                        line.width(2.0)
                    });
                }
            }
            if spec.stability_edge {
                plot_ui.line(
                    Line::new(
                        "edge of stability",
                        vec![[0.0, y(2.0)], [shown.max(1.0), y(2.0)]],
                    )
                    .color(egui::Color32::from_rgb(200, 40, 40))
                    .style(egui_plot::LineStyle::dashed_loose()),
                );
            }
            plot_ui.vline(VLine::new("now", shown).color(egui::Color32::from_gray(150)));
        });
    });
}

//! Curves beside the surface, synced to the animation: loss, gradient norm, learning rate.

use eframe::egui;
use egui_plot::{Line, Plot, VLine};

use super::colors::racer_color;
use super::scene::Scene;
use super::state::AppState;
use crate::run::Sample;

/// Draws the three curves side by side.
pub fn curves_ui(ui: &mut egui::Ui, state: &AppState, scene: &Scene, shown: f64) {
    // Losses are shown as log₁₀(f − f_ref): f_ref is the documented minimum, or the lowest
    // loss any racer reached, so the curve can fall to the floor of float precision.
    let reference = scene.surface.best_known_value().unwrap_or_else(|| {
        scene
            .runs
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .map(|r| r.best_loss())
            .fold(f64::INFINITY, f64::min)
    });
    let loss_label = if scene.surface.best_known_value().is_some() {
        "log₁₀(f − f*)"
    } else {
        "log₁₀(f − best f)"
    };
    let width = (ui.available_width() - 24.0) / 4.0;
    // Measured before the row: inside a horizontal layout only the row's height is available.
    let height = (ui.available_height() - 28.0).max(80.0);
    ui.horizontal(|ui| {
        let size = [width, height];
        curve(ui, "loss", loss_label, size, state, scene, shown, |s| {
            log10_floor(s.loss - reference)
        });
        curve(
            ui,
            "grad-norm",
            "log₁₀ ‖∇f‖",
            size,
            state,
            scene,
            shown,
            |s| log10_floor(s.grad_norm()),
        );
        curve(
            ui,
            "lr",
            "learning rate (mean effective)",
            size,
            state,
            scene,
            shown,
            |s| 0.5 * (s.effective_lr[0] + s.effective_lr[1]),
        );
        stability_ui(ui, size, state, scene, shown);
    });
}

/// η·λmax along each path against the line 2, above which plain gradient descent on the local
/// quadratic would diverge.
fn stability_ui(
    ui: &mut egui::Ui,
    [width, height]: [f32; 2],
    state: &AppState,
    scene: &Scene,
    shown: f64,
) {
    ui.vertical(|ui| {
        ui.set_width(width);
        ui.label(egui::RichText::new("stability η·λmax  (> 2: unstable)").strong())
            .on_hover_text(
                "The step size times the steepest curvature where the step was taken. Above 2, \
                 plain gradient descent overshoots and the oscillation grows.",
            );
        Plot::new("stability")
            .height(height)
            .include_y(0.0)
            .include_y(2.5)
            .allow_scroll(false)
            .show(ui, |plot_ui| {
                for (i, (racer, gauge)) in state.racers.iter().zip(&scene.gauges).enumerate() {
                    let points: Vec<[f64; 2]> = gauge
                        .iter()
                        .take_while(|p| p[0] <= shown.max(1.0))
                        .filter(|p| p[1].is_finite())
                        .copied()
                        .collect();
                    plot_ui.line(
                        Line::new(format!("stability {i}"), points)
                            .color(racer_color(racer.color))
                            .width(2.0),
                    );
                }
                let end = shown.max(1.0);
                plot_ui.line(
                    Line::new("edge of stability", vec![[0.0, 2.0], [end, 2.0]])
                        .color(egui::Color32::from_rgb(200, 40, 40))
                        .style(egui_plot::LineStyle::dashed_loose()),
                );
                plot_ui.vline(VLine::new("now", shown).color(egui::Color32::from_gray(150)));
            });
    });
}

/// log₁₀ of a non-negative quantity, floored at −16 (float precision) so zero stays drawable.
fn log10_floor(v: f64) -> f64 {
    v.max(1e-16).log10()
}

#[allow(clippy::too_many_arguments)]
fn curve(
    ui: &mut egui::Ui,
    id: &str,
    title: &str,
    [width, height]: [f32; 2],
    state: &AppState,
    scene: &Scene,
    shown: f64,
    y: impl Fn(&Sample) -> f64,
) {
    ui.vertical(|ui| {
        ui.set_width(width);
        ui.label(egui::RichText::new(format!("{title}  vs step")).strong());
        Plot::new(id)
            .height(height)
            .allow_scroll(false)
            .show(ui, |plot_ui| {
                for (i, (racer, run)) in state.racers.iter().zip(&scene.runs).enumerate() {
                    let Ok(run) = run else { continue };
                    let points: Vec<[f64; 2]> = run
                        .trail()
                        .iter()
                        // The lr of row 0 is that of the first update: draw from step 1.
                        .skip(usize::from(id == "lr"))
                        .take_while(|s| s.step as f64 <= shown.max(1.0))
                        .map(|s| [s.step as f64, y(s)])
                        .filter(|p| p[1].is_finite())
                        .collect();
                    plot_ui.line(
                        Line::new(format!("{id} {i}"), points)
                            .color(racer_color(racer.color))
                            .width(2.0),
                    );
                }
                plot_ui.vline(VLine::new("now", shown).color(egui::Color32::from_gray(150)));
            });
    });
}

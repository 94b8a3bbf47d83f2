//! The Hessian probe at the cursor (or the selected racer's head), and the leaderboard.

use eframe::egui::{self, RichText};

use super::colors::racer_color;
use super::scene::Scene;
use super::surface_view::racer_name;
use crate::analysis::{Probe, probe};
use crate::format::number;
use crate::i18n::Language;
use crate::run::standings;
use crate::scenario::AppState;
use crate::surface::Kind;

/// Draws the probe readout and the leaderboard.
pub fn readout_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    scene: &Scene,
    hover: Option<[f64; 2]>,
    shown: f64,
    language: Language,
) {
    let tr = |key: &str| language.text(key);
    let head = scene
        .runs
        .get(state.selected)
        .and_then(|r| r.run())
        .map(|run| {
            let samples = run.trail();
            let upto = samples.partition_point(|s| (s.step as f64) <= shown).max(1);
            samples
                .get(upto - 1)
                .map_or(run.current().point, |s| s.point)
        });
    let (at, whose) = match (hover, head) {
        (Some(p), _) => (p, "probe-at-cursor"),
        (None, Some(p)) => (p, "probe-at-racer"),
        (None, None) => (scene.surface.domain().center(), "probe-at-centre"),
    };
    ui.heading(tr("probe-heading"));
    let point = [
        ("x", format!("{:.4}", at[0])),
        ("y", format!("{:.4}", at[1])),
    ];
    ui.label(RichText::new(language.text_with(whose, &point)).small());
    probe_ui(ui, &probe(&scene.surface, at), language);
    ui.separator();
    leaderboard_ui(ui, state, scene, language);
}

fn probe_ui(ui: &mut egui::Ui, p: &Probe, language: Language) {
    let tr = |key: &str| language.text(key);
    // Significant digits, so that a loss of 3e-7 or a stable rate of 2e-5 is not read as 0.
    let g = |v: f64| number(Some(v), 5);
    let line = |ui: &mut egui::Ui, name: &str, value: String, meaning: String| {
        ui.horizontal_wrapped(|ui| {
            ui.strong(name);
            ui.monospace(value);
        });
        ui.label(RichText::new(meaning).small().weak());
    };
    if !p.value.is_finite() {
        line(ui, "f", g(p.value), tr("probe-undefined"));
        return;
    }
    line(ui, "f", g(p.value), tr("probe-value"));
    line(
        ui,
        "∇f",
        format!(
            "({}, {})  ‖∇f‖ = {}",
            g(p.gradient[0]),
            g(p.gradient[1]),
            g(p.gradient_norm)
        ),
        if p.gradient_norm < 1e-6 {
            tr("probe-gradient-zero")
        } else {
            tr("probe-gradient")
        },
    );
    line(
        ui,
        "λ",
        format!("{}, {}", g(p.eigenvalues[0]), g(p.eigenvalues[1])),
        tr("probe-eigenvalues"),
    );
    let kind = match p.kind {
        Some(Kind::Minimum) => "minimum",
        Some(Kind::Maximum) => "maximum",
        Some(Kind::Saddle) => "saddle",
        Some(Kind::Degenerate) => "degenerate",
        None => "none",
    };
    line(
        ui,
        &tr("probe-kind"),
        tr(&format!("probe-kind-{kind}")),
        tr(&format!("probe-kind-{kind}-tip")),
    );
    line(
        ui,
        "κ",
        p.condition_number.map_or("∞".into(), |c| format!("{c:.1}")),
        tr("probe-condition"),
    );
    line(
        ui,
        "2/λmax",
        p.stable_lr.map_or("—".into(), g),
        tr("probe-stable-rate"),
    );
}

fn leaderboard_ui(ui: &mut egui::Ui, state: &AppState, scene: &Scene, language: Language) {
    let tr = |key: &str| language.text(key);
    ui.heading(tr("leaderboard-heading"));
    let target = match scene.surface.best_known_value() {
        Some(f) => language.text_with("leaderboard-arrived-value", &[("best", number(Some(f), 5))]),
        None => tr("leaderboard-arrived-gradient"),
    };
    ui.label(RichText::new(target).small());
    // Racers that could not run are left out; `racer` indexes the runs that did.
    let running: Vec<(usize, &crate::run::Run)> = scene
        .runs
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.run().map(|r| (i, r)))
        .collect();
    let rows = standings(running.iter().map(|(_, r)| *r));
    egui::Grid::new("leaderboard").striped(true).show(ui, |ui| {
        ui.strong("#");
        for key in ["racer", "steps", "best", "final", "diverged"] {
            ui.strong(tr(&format!("leaderboard-{key}")));
        }
        ui.end_row();
        for row in rows {
            // The runs follow the racers a frame late after a removal: a run without its
            // racer is not listed.
            let Some(&(index, run)) = running.get(row.racer) else {
                continue;
            };
            let Some(racer) = state.racers.get(index) else {
                continue;
            };
            ui.label(row.rank.to_string());
            ui.colored_label(racer_color(racer.color), racer_name(run))
                .on_hover_text(&row.optimizer);
            ui.label(row.steps_to_target.map_or("—".into(), |s| s.to_string()));
            ui.label(number(Some(row.best_loss), 4));
            ui.label(number(Some(row.final_loss), 4));
            ui.label(row.diverged_step.map_or("—".into(), |s| s.to_string()));
            ui.end_row();
        }
    });
}

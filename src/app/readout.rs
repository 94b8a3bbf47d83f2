//! The Hessian probe at the cursor (or the selected racer's head), and the leaderboard.

use eframe::egui::{self, RichText};

use super::colors::racer_color;
use super::scene::Scene;
use super::state::AppState;
use super::surface_view::racer_name;
use crate::analysis::{Probe, probe};
use crate::format::number;
use crate::run::standings;
use crate::surface::Kind;

/// Draws the probe readout and the leaderboard.
pub fn readout_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    scene: &Scene,
    hover: Option<[f64; 2]>,
    shown: f64,
) {
    let head = scene
        .runs
        .get(state.selected)
        .and_then(|r| r.as_ref().ok())
        .map(|run| {
            let samples = run.trail();
            let upto = samples.partition_point(|s| (s.step as f64) <= shown).max(1);
            samples
                .get(upto - 1)
                .map_or(run.current().point, |s| s.point)
        });
    let (at, whose) = match (hover, head) {
        (Some(p), _) => (p, "at the cursor"),
        (None, Some(p)) => (p, "at the selected racer"),
        (None, None) => (scene.surface.domain().center(), "at the centre"),
    };
    ui.heading("Hessian probe");
    ui.label(RichText::new(format!("({:.4}, {:.4}) — {whose}", at[0], at[1])).small());
    probe_ui(ui, &probe(&scene.surface, at));
    ui.separator();
    leaderboard_ui(ui, state, scene);
}

fn probe_ui(ui: &mut egui::Ui, p: &Probe) {
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
        let why = "Not defined here (as ln or sqrt of a negative number): no gradient, no \
                   curvature, and a racer cannot start here.";
        line(ui, "f", g(p.value), why.into());
        return;
    }
    line(ui, "f", g(p.value), "The loss here.".into());
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
            "Almost zero: a critical point. The Hessian tells which kind.".into()
        } else {
            "Gradient descent steps against this arrow.".into()
        },
    );
    line(
        ui,
        "λ",
        format!("{}, {}", g(p.eigenvalues[0]), g(p.eigenvalues[1])),
        "Curvature along the two principal directions (the Hessian's eigenvalues).".into(),
    );
    let kind = match p.kind {
        Some(Kind::Minimum) => "Curves up in every direction: a minimum if ∇f = 0 here.",
        Some(Kind::Maximum) => "Curves down in every direction: a maximum if ∇f = 0 here.",
        Some(Kind::Saddle) => {
            "Up one way, down the other: a saddle. The negative eigenvector is an escape route."
        }
        Some(Kind::Degenerate) => "A zero eigenvalue: the second-order test is inconclusive here.",
        None => "Not differentiable here.",
    };
    line(
        ui,
        "kind",
        p.kind.map_or("—".into(), |k| k.to_string()),
        kind.into(),
    );
    line(
        ui,
        "κ",
        p.condition_number.map_or("∞".into(), |c| format!("{c:.1}")),
        "Condition number |λ|max/|λ|min: large means a long thin valley where one step size cannot fit both directions.".into(),
    );
    line(
        ui,
        "2/λmax",
        p.stable_lr.map_or("—".into(), g),
        "Plain gradient descent with a learning rate above this diverges near here.".into(),
    );
}

fn leaderboard_ui(ui: &mut egui::Ui, state: &AppState, scene: &Scene) {
    ui.heading("Leaderboard");
    let target = match scene.surface.best_known_value() {
        Some(f) => format!("arrived: f ≤ f* + 1e-6 (f* = {})", number(Some(f), 5)),
        None => "arrived: ‖∇f‖ ≤ 1e-6".into(),
    };
    ui.label(RichText::new(target).small());
    // Racers that could not run are left out; `racer` indexes the runs that did.
    let running: Vec<(usize, &crate::run::Run)> = scene
        .runs
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.as_ref().ok().map(|r| (i, r)))
        .collect();
    let rows = standings(running.iter().map(|(_, r)| *r));
    egui::Grid::new("leaderboard").striped(true).show(ui, |ui| {
        for h in ["#", "racer", "steps", "best f", "final f", "diverged"] {
            ui.strong(h);
        }
        ui.end_row();
        for row in rows {
            let (index, run) = running[row.racer];
            let racer = &state.racers[index];
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

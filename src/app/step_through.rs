//! Step-through: the selected racer's last update written out with its numbers, so a student
//! can follow Adam (or any rule) by hand.

use eframe::egui::{self, RichText};

use super::scene::{PathState, Scene};
use crate::i18n::Language;
use crate::optim::{OptimizerKind, OptimizerSpec};
use crate::run::Run;
use crate::scenario::AppState;

fn v2(v: [f64; 2]) -> String {
    format!("({:.4e}, {:.4e})", v[0], v[1])
}

fn slice2(v: &[f64]) -> [f64; 2] {
    [
        v.first().copied().unwrap_or(0.0),
        v.get(1).copied().unwrap_or(0.0),
    ]
}

/// The selected racer replayed to the shown step, kept while the racer, the step and the
/// paths stay the same (a replay of 10,000 steps would otherwise run every frame).
#[derive(Default)]
pub struct ReplayCache {
    /// (racer, step, the scene's paths version) of the kept replay.
    key: Option<(usize, u64, u64)>,
    replay: Option<Run>,
}

/// Draws the update that produced the shown step of the selected racer.
pub fn step_through_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    scene: &Scene,
    shown: f64,
    cache: &mut ReplayCache,
    language: Language,
) {
    let Some(run) = scene.runs.get(state.selected).and_then(PathState::run) else {
        return;
    };
    ui.heading(language.text("step-heading"));
    let k = (shown.floor() as u64).min(run.current().step);
    if k == 0 {
        ui.label(language.text("step-at-start"));
        return;
    }
    let key = Some((state.selected, k, scene.runs_version));
    if cache.key != key {
        // Replaying k updates from the start gives the optimizer's buffers after update k.
        let mut config = run.config().clone();
        config.max_steps = k;
        config.trail_capacity = 2;
        cache.replay = Run::new(run.surface().clone(), run.start(), config)
            .ok()
            .map(|mut replay| {
                replay.advance(k);
                replay
            });
        cache.key = key;
    }
    let Some(replay) = &cache.replay else {
        return;
    };
    let (Some(before), Some(after)) = (replay.trail().front(), replay.trail().back()) else {
        return;
    };
    let spec = replay.optimizer().spec();
    let update = [("update", k.to_string()), ("optimizer", spec.label())];
    ui.label(RichText::new(language.text_with("step-update", &update)).strong());
    let line = |ui: &mut egui::Ui, text: String| {
        ui.label(RichText::new(text).monospace());
    };
    line(ui, format!("θ = {}", v2(before.point)));
    let noise = if state.noise > 0.0 { " + noise" } else { "" };
    line(ui, format!("g = ∇f(θ){noise} = {}", v2(before.gradient)));
    for text in rule_lines(spec, replay.optimizer().steps(), replay) {
        line(ui, text);
    }
    line(ui, format!("Δθ = {}", v2(after.update)));
    line(ui, format!("θ ← θ + Δθ = {}", v2(after.point)));
    ui.label(
        RichText::new(
            language.text_with("step-effective-rate", &[("rates", v2(after.effective_lr))]),
        )
        .small(),
    );
}

/// A coefficient computed from typed ones (1 − β₁ for β₁ = 0.9), as the user would write it:
/// 0.1, not the 0.09999999999999998 of floating point.
fn short(x: f64) -> String {
    let rounded: f64 = format!("{x:.12e}").parse().unwrap_or(x);
    rounded.to_string()
}

/// The rule's own lines, with the buffers after the update.
fn rule_lines(spec: &OptimizerSpec, t: u64, run: &Run) -> Vec<String> {
    let state = run.optimizer();
    let first = slice2(state.first_moment());
    let second = slice2(state.second_moment());
    let decay = if spec.weight_decay > 0.0 {
        format!(" (g = ∇f + λθ, λ = {})", spec.weight_decay)
    } else {
        String::new()
    };
    match spec.kind {
        OptimizerKind::Sgd if spec.momentum > 0.0 => vec![
            format!(
                "b ← {}·b + {}·g = {}{decay}",
                spec.momentum,
                short(1.0 - spec.dampening),
                v2(first)
            ),
            if spec.nesterov {
                format!("Δθ = −η·(g + {}·b), η = {}", spec.momentum, spec.lr)
            } else {
                format!("Δθ = −η·b, η = {}", spec.lr)
            },
        ],
        OptimizerKind::Sgd => vec![format!("Δθ = −η·g, η = {}{decay}", spec.lr)],
        OptimizerKind::Adagrad => vec![
            format!("G ← G + g² = {}", v2(first)),
            if spec.root_mean_square {
                format!(
                    "Δθ = −η̃·g / (√(G/t) + ε), t = {t}, η̃ = η/(1 + (t−1)·{})",
                    spec.lr_decay
                )
            } else {
                format!("Δθ = −η̃·g / (√G + ε), η̃ = η/(1 + (t−1)·{})", spec.lr_decay)
            },
        ],
        OptimizerKind::Rmsprop => vec![
            format!(
                "v ← {}·v + {}·g² = {}",
                spec.alpha,
                short(1.0 - spec.alpha),
                v2(second)
            ),
            if spec.eps_inside {
                "Δθ = −η·g / √(v + ε)".to_owned()
            } else {
                "Δθ = −η·g / (√v + ε)".to_owned()
            },
        ],
        OptimizerKind::Adam | OptimizerKind::Adamw => {
            let (b1, b2) = (spec.beta1, spec.beta2);
            let t = t as i32;
            let (c1, c2) = if spec.bias_correction {
                (1.0 - b1.powi(t), 1.0 - b2.powi(t))
            } else {
                (1.0, 1.0)
            };
            vec![
                format!("t = {t}"),
                format!("m ← {b1}·m + {}·g = {}{decay}", short(1.0 - b1), v2(first)),
                format!("v ← {b2}·v + {}·g² = {}", short(1.0 - b2), v2(second)),
                format!(
                    "m̂ = m / (1 − β₁ᵗ) = m / {c1:.4} = {}",
                    v2([first[0] / c1, first[1] / c1])
                ),
                format!(
                    "v̂ = v / (1 − β₂ᵗ) = v / {c2:.4} = {}",
                    v2([second[0] / c2, second[1] / c2])
                ),
                format!("Δθ = −η·m̂ / (√v̂ + ε), η = {}", spec.lr),
            ]
        }
        OptimizerKind::Nadam => {
            let (b1, b2, psi) = (spec.beta1, spec.beta2, spec.momentum_decay);
            let mu = |t: u64| b1 * (1.0 - 0.5 * 0.96f64.powf(t as f64 * psi));
            vec![
                format!("t = {t}"),
                format!("m ← {b1}·m + {}·g = {}{decay}", short(1.0 - b1), v2(first)),
                format!("v ← {b2}·v + {}·g² = {}", short(1.0 - b2), v2(second)),
                format!(
                    "μₜ = β₁·(1 − ½·0.96^(t·ψ)) = {:.4}, μₜ₊₁ = {:.4}",
                    mu(t),
                    mu(t + 1)
                ),
                format!(
                    "Δθ = −η·(μₜ₊₁·m / (1 − Πᵢ≤ₜ₊₁ μᵢ) + (1 − μₜ)·g / (1 − Πᵢ≤ₜ μᵢ)) / \
                     (√(v / (1 − β₂ᵗ)) + ε), η = {}",
                    spec.lr
                ),
            ]
        }
        OptimizerKind::Radam => {
            let (b1, b2) = (spec.beta1, spec.beta2);
            let (rho_inf, rho) = state.radam_lengths();
            let step = if let Some(r) = state.radam_rectification() {
                format!(
                    "ρₜ > 5: Δθ = −η·rₜ·m̂·√(1 − β₂ᵗ) / (√v + ε), \
                     rₜ = √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ)) = {r:.4}, η = {}",
                    spec.lr
                )
            } else {
                format!("ρₜ ≤ 5: Δθ = −η·m̂, η = {}", spec.lr)
            };
            vec![
                format!("t = {t}"),
                format!("m ← {b1}·m + {}·g = {}{decay}", short(1.0 - b1), v2(first)),
                format!("v ← {b2}·v + {}·g² = {}", short(1.0 - b2), v2(second)),
                format!(
                    "ρ∞ = 2/(1 − β₂) − 1 = {rho_inf:.1}, ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ) = {rho:.3}"
                ),
                step,
            ]
        }
        OptimizerKind::Newton => vec![format!(
            "Δθ = −η·(H + δI)⁻¹·g, η = {}, δ = {}",
            spec.lr, spec.damping
        )],
    }
}

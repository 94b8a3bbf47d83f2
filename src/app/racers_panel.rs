//! The racers: the list (add, duplicate, remove, select) and the selected racer's settings —
//! optimizer, hyper-parameters, schedule, clipping, start — plus the shared noise.

use eframe::egui;

use super::colors::racer_color;
use super::command::Command;
use super::scene::{COMPUTING_PATH, Scene};
use super::state::{AppState, BATCH_RANGE, MAX_RACERS, NOISE_RANGE, RacerSettings};
use crate::optim::{MomentumForm, OptimizerKind, OptimizerSpec};
use crate::run::Status;

/// What each hyper-parameter means, for tooltips.
fn explain(key: &str) -> &'static str {
    match key {
        "lr" => "Learning rate η: the step size. Plain gradient descent is stable for η < 2/λmax.",
        "momentum" => {
            "Momentum μ: the step keeps μ times the previous step and adds the new gradient."
        }
        "dampening" => {
            "Dampening τ: the new gradient enters the momentum buffer scaled by (1 − τ)."
        }
        "nesterov" => "Nesterov: look ahead along the momentum before taking the gradient step.",
        "weight_decay" => "Weight decay λ: adds λ·θ to the gradient (AdamW: shrinks θ directly).",
        "lr_decay" => "Adagrad's learning-rate decay: η / (1 + (t − 1)·decay).",
        "initial_accumulator_value" => "Adagrad's starting sum of squared gradients.",
        "eps" => "ε added to the denominator so it never divides by zero.",
        "alpha" => "RMSprop's smoothing α: the running average keeps α of its old value each step.",
        "centered" => "Centered RMSprop: divides by the gradient's estimated standard deviation.",
        "beta1" => "β₁: how much of the running mean of gradients (momentum) is kept each step.",
        "beta2" => "β₂: how much of the running mean of squared gradients is kept each step.",
        "amsgrad" => {
            "AMSGrad: use the largest second moment seen so far, so steps never grow back."
        }
        "momentum_decay" => "NAdam's momentum decay ψ: how fast μₜ warms up.",
        "damping" => {
            "Newton's damping δ: solve (H + δI)·d = ∇f; larger δ is closer to gradient descent."
        }
        "momentum_form" => "torch: b ← μb + g. ema: b ← μb + (1 − μ)g, as some courses write it.",
        "eps_inside" => {
            "TensorFlow's RMSprop puts ε inside the square root; PyTorch adds it after."
        }
        "bias_correction" => {
            "Adam divides its running means by (1 − βᵗ) so early steps are not too small."
        }
        "root_mean_square" => {
            "The lecture's AdaGrad: divide by the root mean square of all past gradients, \
             √(G/t). PyTorch divides by √G, which is the same rule with η shrunk by 1/√t."
        }
        _ => "",
    }
}

/// Draws the racers section and the noise settings.
pub fn racers_panel_ui(ui: &mut egui::Ui, state: &AppState, scene: &Scene) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        ui.heading("Racers");
        let room = state.racers.len() < MAX_RACERS;
        if ui
            .add_enabled(room, egui::Button::new("+ Add"))
            .on_hover_text("Add a racer (a copy of the selected one)")
            .on_disabled_hover_text(format!("At most {MAX_RACERS} racers race at once"))
            .clicked()
        {
            commands.push(Command::AddRacer);
        }
    });
    for (i, racer) in state.racers.iter().enumerate() {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 3.0, racer_color(racer.color));
            let status = match scene.runs.get(i) {
                Some(Ok(run)) => match run.status() {
                    Status::Diverged { step, .. } => format!("  ✕ diverged at {step}"),
                    _ => run
                        .milestone_step()
                        .map_or(String::new(), |s| format!("  ⚑ {s}")),
                },
                Some(Err(e)) if e == COMPUTING_PATH => "  · computing…".into(),
                Some(Err(_)) => "  ⚠ not running".into(),
                None => String::new(),
            };
            let text = format!("{}{status}", racer.optimizer.label());
            if ui.selectable_label(state.selected == i, text).clicked() {
                commands.push(Command::SelectRacer(i));
            }
        });
    }
    if let Some(racer) = state.racers.get(state.selected) {
        ui.add_space(4.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            commands.extend(racer_ui(ui, state.selected, racer, scene));
        });
    }
    ui.separator();
    commands.extend(noise_ui(ui, state));
    commands
}

fn racer_ui(ui: &mut egui::Ui, i: usize, racer: &RacerSettings, scene: &Scene) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut r = racer.clone();
    ui.horizontal(|ui| {
        let mut kind = r.optimizer.kind;
        let label = ui.label("optimizer");
        egui::ComboBox::from_id_salt("optimizer-kind")
            .selected_text(kind.name())
            .show_ui(ui, |ui| {
                for k in OptimizerKind::ALL {
                    ui.selectable_value(&mut kind, k, k.name());
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("The update rule, as in torch.optim");
        if kind != r.optimizer.kind {
            // A new kind starts from torch's defaults, keeping the learning rate.
            let lr = r.optimizer.lr;
            r.optimizer = OptimizerSpec::defaults(kind);
            r.optimizer.lr = lr;
        }
        if ui.small_button("Duplicate").clicked() {
            commands.push(Command::DuplicateRacer(i));
        }
        if ui.small_button("Remove").clicked() {
            commands.push(Command::RemoveRacer(i));
        }
    });
    hyper_parameters_ui(ui, &mut r.optimizer);
    ui.horizontal(|ui| {
        let label = ui.label("schedule");
        ui.add(egui::TextEdit::singleline(&mut r.schedule).desired_width(180.0))
            .labelled_by(label.id)
            .on_hover_text(
                "constant, step:step_size=100,gamma=0.5, exponential:gamma=0.99, \
                 cosine:t_max=1000, warmup-cosine:warmup=100,total=1000, inverse-sqrt:warmup=100",
            );
    });
    ui.horizontal(|ui| {
        let mut clip = r.clip.is_some();
        ui.checkbox(&mut clip, "clip gradient norm")
            .on_hover_text("Scale the gradient down to this norm when it is longer: tames cliffs");
        let mut c = r.clip.unwrap_or(1.0);
        if clip {
            let label = ui.label("to");
            ui.add(egui::DragValue::new(&mut c).range(1e-6..=1e6).speed(0.05))
                .labelled_by(label.id);
        }
        r.clip = clip.then_some(c);
    });
    ui.horizontal(|ui| {
        let label = ui.label("start");
        for k in 0..2 {
            ui.add(
                egui::DragValue::new(&mut r.start[k])
                    .speed(0.01)
                    .max_decimals(4),
            )
            .labelled_by(label.id)
            .on_hover_text("Where this racer starts; or drag its ○ on the surface");
        }
    });
    match scene.runs.get(i) {
        Some(Err(e)) if e == COMPUTING_PATH => {
            ui.label(e);
        }
        Some(Err(e)) => {
            ui.colored_label(
                egui::Color32::from_rgb(190, 30, 30),
                crate::format::one_line(e),
            );
        }
        _ => {}
    }
    if r != *racer {
        commands.push(Command::UpdateRacer(i, r));
    }
    commands
}

fn hyper_parameters_ui(ui: &mut egui::Ui, spec: &mut OptimizerSpec) {
    egui::Grid::new("hyper-parameters")
        .num_columns(2)
        .show(ui, |ui| {
            for &key in spec.kind.keys() {
                let label = ui.label(key).on_hover_text(explain(key));
                match key {
                    "lr" => {
                        // Typed values outside the slider's range are kept: a learning rate of 1e9
                        // is a lesson (divergence), not an input error.
                        ui.add(
                            egui::Slider::new(&mut spec.lr, 1e-6..=10.0)
                                .logarithmic(true)
                                .clamping(egui::SliderClamping::Never),
                        )
                        .labelled_by(label.id)
                        .on_hover_text(explain(key));
                    }
                    "nesterov" | "centered" | "amsgrad" | "eps_inside" | "bias_correction"
                    | "root_mean_square" => {
                        let value = match key {
                            "nesterov" => &mut spec.nesterov,
                            "centered" => &mut spec.centered,
                            "amsgrad" => &mut spec.amsgrad,
                            "eps_inside" => &mut spec.eps_inside,
                            "root_mean_square" => &mut spec.root_mean_square,
                            _ => &mut spec.bias_correction,
                        };
                        ui.checkbox(value, "")
                            .labelled_by(label.id)
                            .on_hover_text(explain(key));
                    }
                    "momentum_form" => {
                        egui::ComboBox::from_id_salt("momentum-form")
                            .selected_text(format!("{:?}", spec.momentum_form).to_lowercase())
                            .show_ui(ui, |ui| {
                                ui.selectable_value(
                                    &mut spec.momentum_form,
                                    MomentumForm::Torch,
                                    "torch",
                                );
                                ui.selectable_value(
                                    &mut spec.momentum_form,
                                    MomentumForm::Ema,
                                    "ema",
                                );
                            })
                            .response
                            .labelled_by(label.id);
                    }
                    _ => {
                        let value = match key {
                            "momentum" => &mut spec.momentum,
                            "dampening" => &mut spec.dampening,
                            "weight_decay" => &mut spec.weight_decay,
                            "lr_decay" => &mut spec.lr_decay,
                            "initial_accumulator_value" => &mut spec.initial_accumulator_value,
                            "eps" => &mut spec.eps,
                            "alpha" => &mut spec.alpha,
                            "beta1" => &mut spec.beta1,
                            "beta2" => &mut spec.beta2,
                            "momentum_decay" => &mut spec.momentum_decay,
                            _ => &mut spec.damping,
                        };
                        let range = if matches!(
                            key,
                            "beta1" | "beta2" | "momentum" | "dampening" | "alpha"
                        ) {
                            0.0..=0.9999
                        } else {
                            0.0..=1e6
                        };
                        ui.add(
                            egui::DragValue::new(value)
                                .range(range)
                                .clamp_existing_to_range(false)
                                .speed(0.001)
                                .max_decimals(6)
                                .custom_formatter(small_in_scientific),
                        )
                        .labelled_by(label.id)
                        .on_hover_text(explain(key));
                    }
                }
                ui.end_row();
            }
        });
}

/// A hyper-parameter's value as shown: small non-zero values such as Adam's eps = 1e-8 in
/// scientific notation (egui's default would round them to 0.000), others as egui shows them.
fn small_in_scientific(value: f64, decimals: std::ops::RangeInclusive<usize>) -> String {
    if value != 0.0 && value.abs() < 1e-3 {
        format!("{value:e}")
    } else {
        egui::emath::format_with_decimals_in_range(value, decimals)
    }
}

fn noise_ui(ui: &mut egui::Ui, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.heading("Mini-batch noise");
    let (mut noise, mut batch, mut seed) = (state.noise, state.batch, state.seed);
    let mut changed = false;
    egui::Grid::new("noise").num_columns(2).show(ui, |ui| {
        let label = ui.label("noise σ");
        changed |= ui
            .add(
                egui::DragValue::new(&mut noise)
                    .range(NOISE_RANGE)
                    .speed(0.01),
            )
            .labelled_by(label.id)
            .on_hover_text(
                "Every gradient gets Gaussian noise of size σ/√B, as a mini-batch would give",
            )
            .changed();
        ui.end_row();
        let label = ui.label("batch B");
        changed |= ui
            .add(egui::DragValue::new(&mut batch).range(BATCH_RANGE))
            .labelled_by(label.id)
            .on_hover_text("Larger batches average more samples: less noise")
            .changed();
        ui.end_row();
        let label = ui.label("seed");
        changed |= ui
            .add(egui::DragValue::new(&mut seed))
            .labelled_by(label.id)
            .on_hover_text("Every racer sees the same noise sequence, so races are fair")
            .changed();
        ui.end_row();
    });
    if changed {
        commands.push(Command::SetNoise { noise, batch, seed });
    }
    commands
}

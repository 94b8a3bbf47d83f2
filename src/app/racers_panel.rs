//! The racers: the list (add, duplicate, remove, select) and the selected racer's settings —
//! optimizer, hyper-parameters, schedule, clipping, start — plus the shared noise.

use eframe::egui;

use super::colors::racer_color;
use super::command::Command;
use super::scene::{PathState, Scene};
use crate::i18n::Language;
use crate::optim::{MomentumForm, Offered, OptimizerKind, OptimizerSpec, ValueMut};
use crate::run::Status;
use crate::scenario::{AppState, BATCH_RANGE, MAX_RACERS, NOISE_RANGE, RacerSettings};

/// Draws the racers section and the noise settings.
pub fn racers_panel_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    scene: &Scene,
    language: Language,
) -> Vec<Command> {
    let tr = |key: &str| language.text(key);
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(tr("racers-heading"));
        let room = state.racers.len() < MAX_RACERS;
        let most = [("most", MAX_RACERS.to_string())];
        if ui
            .add_enabled(room, egui::Button::new(tr("racers-add")))
            .on_hover_text(tr("racers-add-tip"))
            .on_disabled_hover_text(language.text_with("racers-full", &most))
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
                Some(PathState::Ready(run)) => match run.status() {
                    Status::Diverged { step, .. } => {
                        language.text_with("racers-diverged", &[("step", step.to_string())])
                    }
                    _ => run
                        .milestone_step()
                        .map_or(String::new(), |s| format!("  ⚑ {s}")),
                },
                Some(PathState::Computing) => tr("racers-computing"),
                Some(PathState::Failed(_)) => tr("racers-not-running"),
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
            commands.extend(racer_ui(ui, state.selected, racer, scene, language));
        });
    }
    ui.separator();
    commands.extend(noise_ui(ui, state, language));
    commands
}

fn racer_ui(
    ui: &mut egui::Ui,
    i: usize,
    racer: &RacerSettings,
    scene: &Scene,
    language: Language,
) -> Vec<Command> {
    let tr = |key: &str| language.text(key);
    let mut commands = Vec::new();
    let mut r = racer.clone();
    ui.horizontal(|ui| {
        let mut kind = r.optimizer.kind;
        let label = ui.label(tr("racer-optimizer"));
        egui::ComboBox::from_id_salt("optimizer-kind")
            .selected_text(kind.name())
            .show_ui(ui, |ui| {
                for k in OptimizerKind::ALL {
                    ui.selectable_value(&mut kind, k, k.name());
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(tr("racer-optimizer-tip"));
        if kind != r.optimizer.kind {
            // A new kind starts from torch's defaults, keeping the learning rate.
            let lr = r.optimizer.lr;
            r.optimizer = OptimizerSpec::defaults(kind);
            r.optimizer.lr = lr;
        }
        if ui.small_button(tr("racer-duplicate")).clicked() {
            commands.push(Command::DuplicateRacer(i));
        }
        if ui.small_button(tr("racer-remove")).clicked() {
            commands.push(Command::RemoveRacer(i));
        }
    });
    hyper_parameters_ui(ui, &mut r.optimizer, language);
    ui.horizontal(|ui| {
        let label = ui.label(tr("racer-schedule"));
        ui.add(egui::TextEdit::singleline(&mut r.schedule).desired_width(180.0))
            .labelled_by(label.id)
            .on_hover_text(tr("racer-schedule-tip"));
    });
    ui.horizontal(|ui| {
        let mut clip = r.clip.is_some();
        ui.checkbox(&mut clip, tr("racer-clip"))
            .on_hover_text(tr("racer-clip-tip"));
        let mut c = r.clip.unwrap_or(1.0);
        if clip {
            let label = ui.label(tr("racer-clip-to"));
            ui.add(egui::DragValue::new(&mut c).range(1e-6..=1e6).speed(0.05))
                .labelled_by(label.id);
        }
        r.clip = clip.then_some(c);
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr("racer-start"));
        for k in 0..2 {
            ui.add(
                egui::DragValue::new(&mut r.start[k])
                    .speed(0.01)
                    .max_decimals(4),
            )
            .labelled_by(label.id)
            .on_hover_text(tr("racer-start-tip"));
        }
    });
    match scene.runs.get(i) {
        Some(PathState::Computing) => {
            ui.label(tr("racer-computing-path"));
        }
        Some(PathState::Failed(reason)) => {
            ui.colored_label(
                egui::Color32::from_rgb(190, 30, 30),
                crate::format::one_line(&reason.text(language)),
            );
        }
        Some(PathState::Ready(_)) | None => {}
    }
    if r != *racer {
        commands.push(Command::UpdateRacer(i, r));
    }
    commands
}

/// The hyper-parameters of `spec`, each named as torch names it, with what it means; each
/// control is the one its kind of value takes.
fn hyper_parameters_ui(ui: &mut egui::Ui, spec: &mut OptimizerSpec, language: Language) {
    egui::Grid::new("hyper-parameters")
        .num_columns(2)
        .show(ui, |ui| {
            for &parameter in spec.kind.parameters() {
                let key = parameter.key();
                let explain = language.text(&format!("param-{key}-tip"));
                let label = ui.label(key).on_hover_text(&explain);
                let response = match spec.value_mut(parameter) {
                    ValueMut::Number(value, Offered { range, logarithmic }) if logarithmic => ui
                        .add(
                            egui::Slider::new(value, range)
                                .logarithmic(true)
                                .clamping(egui::SliderClamping::Never),
                        ),
                    ValueMut::Number(value, Offered { range, .. }) => ui.add(
                        egui::DragValue::new(value)
                            .range(range)
                            .clamp_existing_to_range(false)
                            .speed(0.001)
                            .max_decimals(6)
                            .custom_formatter(small_in_scientific),
                    ),
                    ValueMut::Flag(on) => ui.checkbox(on, ""),
                    ValueMut::Form(form) => {
                        egui::ComboBox::from_id_salt("momentum-form")
                            .selected_text(form.name())
                            .show_ui(ui, |ui| {
                                for option in [MomentumForm::Torch, MomentumForm::Ema] {
                                    ui.selectable_value(form, option, option.name());
                                }
                            })
                            .response
                    }
                };
                response.labelled_by(label.id).on_hover_text(explain);
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

fn noise_ui(ui: &mut egui::Ui, state: &AppState, language: Language) -> Vec<Command> {
    let tr = |key: &str| language.text(key);
    let mut commands = Vec::new();
    ui.heading(tr("noise-heading"));
    let (mut noise, mut batch, mut seed) = (state.noise, state.batch, state.seed);
    let mut changed = false;
    egui::Grid::new("noise").num_columns(2).show(ui, |ui| {
        let label = ui.label(tr("noise-sigma"));
        changed |= ui
            .add(
                egui::DragValue::new(&mut noise)
                    .range(NOISE_RANGE)
                    .speed(0.01),
            )
            .labelled_by(label.id)
            .on_hover_text(tr("noise-sigma-tip"))
            .changed();
        ui.end_row();
        let label = ui.label(tr("noise-batch"));
        changed |= ui
            .add(egui::DragValue::new(&mut batch).range(BATCH_RANGE))
            .labelled_by(label.id)
            .on_hover_text(tr("noise-batch-tip"))
            .changed();
        ui.end_row();
        let label = ui.label(tr("noise-seed"));
        changed |= ui
            .add(egui::DragValue::new(&mut seed))
            .labelled_by(label.id)
            .on_hover_text(tr("noise-seed-tip"))
            .changed();
        ui.end_row();
    });
    if changed {
        commands.push(Command::SetNoise { noise, batch, seed });
    }
    commands
}

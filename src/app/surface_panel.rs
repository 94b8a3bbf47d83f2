//! The surface picker: the zoo grouped by family, parameters, custom formula, teaching note.

use eframe::egui;

use super::command::Command;
use super::loss_app::LossApp;
use crate::i18n::Language;
use crate::lesson::NetworkFlip;
use crate::lesson::NetworkSetup;
use crate::nn::{Loss, Named};
use crate::scenario::ShownSurface;
use crate::surface::{Family, zoo_entries};

/// Draws the surface section.
pub fn surface_panel_ui(ui: &mut egui::Ui, app: &LossApp) -> Vec<Command> {
    let tr = |key: &str| app.language.text(key);
    let mut commands = Vec::new();
    let state = &app.state;
    let info = app.scene.surface.info();
    let heading = ui.heading(tr("surface-heading"));
    let selected_text = if state.surface.is_formula() {
        tr("surface-custom")
    } else if state.surface.is_network() {
        tr("surface-network")
    } else {
        info.title_in(app.language)
    };
    // A menu with one submenu per family: short lists, and the whole zoo within two clicks.
    egui::containers::menu::MenuButton::new(format!("{selected_text}  ▾"))
        .ui(ui, |ui| {
            for family in Family::ALL {
                if family == Family::Custom {
                    let custom = state.surface.is_formula();
                    if ui
                        .selectable_label(custom, tr("surface-custom-menu"))
                        .clicked()
                    {
                        commands.push(Command::SelectSurface(ShownSurface::Formula));
                    }
                    continue;
                }
                ui.menu_button(family.title_in(app.language), |ui| {
                    for entry in zoo_entries().filter(|e| e.family == family) {
                        let current = state.surface.zoo_name() == Some(entry.name);
                        let title = entry.title_in(app.language);
                        if ui.selectable_label(current, title).clicked() {
                            commands.push(Command::SelectSurface(ShownSurface::zoo(entry.name)));
                        }
                    }
                    if family == Family::Networks {
                        let current = state.surface.is_network();
                        if ui
                            .selectable_label(current, tr("surface-network"))
                            .on_hover_text(tr("surface-network-tip"))
                            .clicked()
                        {
                            commands.push(Command::SelectSurface(ShownSurface::TrainedNetwork));
                        }
                    }
                });
            }
        })
        .0
        .labelled_by(heading.id)
        .on_hover_text(tr("surface-pick-tip"));
    if state.surface.is_formula() {
        formula_ui(ui, app, &mut commands);
    }
    if state.surface.is_network() {
        network_ui(ui, app, &mut commands);
    }
    let formula = match &app.shown_network {
        Some(network) if state.surface.is_network() => network.formula_in(app.language),
        _ => info.formula.clone(),
    };
    ui.label(egui::RichText::new(formula).monospace().small());
    for p in &info.params {
        let mut value = p.value;
        let response = ui
            .horizontal(|ui| {
                let label = ui.label(p.spec.name);
                ui.add(
                    egui::DragValue::new(&mut value)
                        .range(p.spec.min..=p.spec.max)
                        .speed((p.value.abs() * 0.01).max(0.01)),
                )
                .labelled_by(label.id)
            })
            .inner
            .on_hover_text(info.param_doc_in(p, app.language));
        if response.changed() {
            commands.push(Command::SetSurfaceParam(p.spec.name.into(), value));
        }
    }
    if let Some(e) = &app.surface_error {
        ui.colored_label(
            egui::Color32::from_rgb(190, 30, 30),
            crate::format::one_line(&e.text(app.language)),
        );
    }
    ui.add_space(4.0);
    let note = if state.surface.is_network() {
        tr("surface-network-note")
    } else {
        info.note_in(app.language)
    };
    ui.label(egui::RichText::new(note).italics());
    commands
}

fn formula_ui(ui: &mut egui::Ui, app: &LossApp, commands: &mut Vec<Command>) {
    // The text being edited lives in egui's memory between frames.
    let id = ui.make_persistent_id("formula-buffer");
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| app.state.surface.formula.clone());
    let response = ui
        .horizontal(|ui| {
            let label = ui.label("f(x, y) =");
            ui.add(egui::TextEdit::singleline(&mut text).desired_width(200.0))
                .labelled_by(label.id)
        })
        .inner
        .on_hover_text(app.language.text_with(
            "surface-formula-tip",
            &[("functions", crate::surface::function_names())],
        ));
    let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if submitted || ui.button(app.language.text("surface-apply")).clicked() {
        commands.push(Command::SetFormula(text.clone()));
    }
    ui.data_mut(|d| d.insert_temp(id, text));
}

/// The switches that retrain the Network window's network and reshape its surface, with the
/// condition number before and after.
fn network_ui(ui: &mut egui::Ui, app: &LossApp, commands: &mut Vec<Command>) {
    let tr = |key: &str| app.language.text(key);
    let settings = &app.state.network;
    let mut reshape = |changed: NetworkSetup| {
        commands.push(Command::ReshapeNetwork(changed));
    };
    ui.horizontal(|ui| {
        let mut batch_norm = settings.batch_norm;
        if ui
            .checkbox(&mut batch_norm, tr("surface-batch-norm"))
            .on_hover_text(tr("surface-batch-norm-tip"))
            .changed()
        {
            reshape(NetworkSetup {
                batch_norm,
                ..settings.clone()
            });
        }
        let mut normalize_inputs = settings.normalize_inputs;
        if ui
            .checkbox(&mut normalize_inputs, tr("surface-normalize"))
            .on_hover_text(tr("surface-normalize-tip"))
            .changed()
        {
            reshape(NetworkSetup {
                normalize_inputs,
                ..settings.clone()
            });
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr("surface-loss"));
        for (loss, key) in [
            (Loss::Ce, "surface-loss-ce"),
            (Loss::MseSoftmax, "surface-loss-mse"),
        ] {
            let response = ui
                .selectable_label(settings.loss == loss, tr(key))
                .on_hover_text(tr(&format!("{key}-tip")));
            if response.clicked() && settings.loss != loss {
                reshape(NetworkSetup {
                    loss,
                    ..settings.clone()
                });
            }
        }
    });
    let shown = app.shown_network.as_ref().map(|n| &n.settings);
    match app.network.progress() {
        Some(fraction) => {
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(180.0)
                        .text(tr("surface-training")),
                );
                if ui
                    .button(tr("surface-stop"))
                    .on_hover_text(tr("surface-stop-tip"))
                    .clicked()
                {
                    commands.push(Command::StopTraining);
                }
            });
        }
        None if shown != Some(settings) => {
            ui.label(match shown {
                Some(_) => tr("surface-settings-changed"),
                None => tr("surface-not-trained"),
            });
            if ui
                .button(tr("surface-train"))
                .on_hover_text(tr("surface-train-tip"))
                .clicked()
            {
                reshape(settings.clone());
            }
        }
        None => {}
    }
    if let Some(error) = &app.network.error {
        let error = error.text(app.language);
        ui.colored_label(ui.visuals().error_fg_color, crate::format::one_line(&error));
    }
    let Some(now) = &app.shown_network else {
        return;
    };
    let kappa = ("kappa", format!("{:.1}", now.condition));
    let text = match &app.previous_network {
        Some(before) => {
            let args = [
                kappa,
                (
                    "change",
                    settings_change(&before.settings, &now.settings, app.language),
                ),
                ("before", format!("{:.1}", before.condition)),
            ];
            app.language.text_with("surface-kappa-before", &args)
        }
        None => app.language.text_with("surface-kappa", &[kappa]),
    };
    ui.label(egui::RichText::new(text).strong())
        .on_hover_text(tr("surface-kappa-tip"));
}

/// What differs in `before` from `now`, as a list: "batch norm off, loss mse-softmax".
fn settings_change(before: &NetworkSetup, now: &NetworkSetup, language: Language) -> String {
    let mut changes = Vec::new();
    if before.batch_norm != now.batch_norm {
        changes.push(before.switch_label(NetworkFlip::BatchNorm, language));
    }
    if before.normalize_inputs != now.normalize_inputs {
        changes.push(before.switch_label(NetworkFlip::NormalizeInputs, language));
    }
    if before.loss != now.loss {
        let loss = [("loss", before.loss.name().to_owned())];
        changes.push(language.text_with("surface-change-loss", &loss));
    }
    if changes.is_empty() {
        changes.push(language.text("surface-change-other"));
    }
    changes.join(&language.text("list-separator"))
}

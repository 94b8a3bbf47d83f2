//! The surface picker: the zoo grouped by family, parameters, custom formula, teaching note.

use eframe::egui;

use super::command::Command;
use super::loss_app::LossApp;
use crate::surface::{Family, zoo_entries};

/// Draws the surface section.
pub fn surface_panel_ui(ui: &mut egui::Ui, app: &LossApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let state = &app.state;
    let info = app.scene.surface.info();
    let heading = ui.heading("Surface");
    let selected_text = if state.surface.name == "expr:" {
        "Custom formula".to_owned()
    } else {
        info.title.clone()
    };
    // A menu with one submenu per family: short lists, and the whole zoo within two clicks.
    egui::containers::menu::MenuButton::new(format!("{selected_text}  ▾"))
        .ui(ui, |ui| {
            for family in Family::ALL {
                if family == Family::Custom {
                    let custom = state.surface.name == "expr:";
                    if ui
                        .selectable_label(custom, "Custom formula f(x, y)")
                        .clicked()
                    {
                        commands.push(Command::SelectSurface("expr:".into()));
                    }
                    continue;
                }
                ui.menu_button(family.title(), |ui| {
                    for entry in zoo_entries().filter(|e| e.family == family) {
                        let current = state.surface.name == entry.name;
                        if ui.selectable_label(current, entry.title).clicked() {
                            commands.push(Command::SelectSurface(entry.name.into()));
                        }
                    }
                });
            }
        })
        .0
        .labelled_by(heading.id)
        .on_hover_text("Pick a surface from the loss zoo, or type your own formula");
    if state.surface.name == "expr:" {
        formula_ui(ui, app, &mut commands);
    }
    ui.label(egui::RichText::new(&info.formula).monospace().small());
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
            .on_hover_text(p.spec.doc);
        if response.changed() {
            commands.push(Command::SetSurfaceParam(p.spec.name.into(), value));
        }
    }
    if let Some(e) = &app.surface_error {
        ui.colored_label(egui::Color32::from_rgb(190, 30, 30), e);
    }
    ui.add_space(4.0);
    ui.label(egui::RichText::new(&info.note).italics());
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
        .on_hover_text(
            "+ − * / ^, sin cos tan exp ln sqrt abs tanh atan …, pi, e, 1e-3. \
             -x^2 means −(x²); 2^3^2 = 512. Press Enter to apply.",
        );
    let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if submitted || ui.button("Apply formula").clicked() {
        commands.push(Command::SetFormula(text.clone()));
    }
    ui.data_mut(|d| d.insert_temp(id, text));
}

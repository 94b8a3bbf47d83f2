//! The toolbar: play, step, reset, speed, step budget, view toggles; and the progress of
//! background work floating over the view.

use eframe::egui;

use super::command::Command;
use super::loss_app::LossApp;
use crate::i18n::Language;
use crate::i18n::glossary::glossary;
use crate::scenario::{BUDGET_RANGE, SPEED_RANGE};

/// Draws the toolbar.
pub fn toolbar_ui(ui: &mut egui::Ui, app: &LossApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let state = &app.state;
    let tr = |key: &str| app.language.text(key);
    ui.horizontal_wrapped(|ui| {
        let network_trained = app.network.saved().is_some();
        super::file_window::file_menu(ui, app.language, network_trained, &mut commands);
        super::lessons::lessons_menu(ui, app, &mut commands);
        ui.separator();
        let play = if app.clock.playing {
            tr("toolbar-pause")
        } else {
            tr("toolbar-play")
        };
        if ui
            .button(play)
            .on_hover_text(tr("toolbar-play-tip"))
            .clicked()
        {
            commands.push(Command::TogglePlay);
        }
        if ui
            .button(tr("toolbar-back"))
            .on_hover_text(tr("toolbar-back-tip"))
            .clicked()
        {
            commands.push(Command::StepBack);
        }
        if ui
            .button(tr("toolbar-step"))
            .on_hover_text(tr("toolbar-step-tip"))
            .clicked()
        {
            commands.push(Command::Step);
        }
        if ui
            .button(tr("toolbar-reset"))
            .on_hover_text(tr("toolbar-reset-tip"))
            .clicked()
        {
            commands.push(Command::Reset);
        }
        ui.spacing_mut().slider_width = 80.0;
        let mut speed = state.speed;
        let speed_slider = egui::Slider::new(&mut speed, SPEED_RANGE)
            .logarithmic(true)
            .text(tr("toolbar-speed"));
        if ui
            .add(speed_slider)
            .on_hover_text(tr("toolbar-speed-tip"))
            .changed()
        {
            commands.push(Command::SetSpeed(speed));
        }
        let mut steps = state.steps;
        ui.label(tr("toolbar-budget"));
        if ui
            .add(
                egui::DragValue::new(&mut steps)
                    .range(BUDGET_RANGE)
                    .speed(50.0),
            )
            .on_hover_text(tr("toolbar-budget-tip"))
            .changed()
        {
            commands.push(Command::SetSteps(steps));
        }
        ui.label(app.language.text_with(
            "toolbar-step-counter",
            &[
                ("shown", app.clock.shown.floor().to_string()),
                ("last", app.scene.last_step().to_string()),
            ],
        ));
        ui.separator();
        view_menu(ui, app, &mut commands);
        if ui
            .selectable_label(state.view.three_d, tr("toolbar-3d"))
            .on_hover_text(tr("toolbar-3d-tip"))
            .clicked()
        {
            commands.push(Command::Toggle3d);
        }
        if ui
            .button(tr("toolbar-critical"))
            .on_hover_text(tr("toolbar-critical-tip"))
            .clicked()
        {
            commands.push(Command::FindCriticalPoints);
        }
        if ui
            .selectable_label(app.hyper_map.open, tr("toolbar-hyper-map"))
            .on_hover_text(tr("toolbar-hyper-map-tip"))
            .clicked()
        {
            commands.push(Command::ToggleHyperMap);
        }
        if ui
            .selectable_label(app.network_window.open, tr("toolbar-network"))
            .on_hover_text(tr("toolbar-network-tip"))
            .clicked()
        {
            commands.push(Command::ToggleNetwork);
        }
        ui.separator();
        if ui
            .selectable_label(state.presentation, tr("toolbar-presentation"))
            .on_hover_text(tr("toolbar-presentation-tip"))
            .clicked()
        {
            commands.push(Command::TogglePresentation);
        }
        if ui
            .button("?")
            .on_hover_text(tr("toolbar-help-tip"))
            .clicked()
        {
            commands.push(Command::ToggleHelp);
        }
        language_menu(ui, app.language, &mut commands);
    });
    commands
}

/// The language menu: each language by its own name; the label keeps the English word, so
/// that the menu is found whatever the language shown.
fn language_menu(ui: &mut egui::Ui, language: Language, commands: &mut Vec<Command>) {
    ui.menu_button(language.text("menu-language"), |ui| {
        for choice in Language::ALL {
            if ui.radio(language == choice, choice.native_name()).clicked() {
                commands.push(Command::SetLanguage(choice));
                ui.close();
            }
        }
    })
    .response
    .on_hover_text(language.text("menu-language-tip"));
}

fn view_menu(ui: &mut egui::Ui, app: &LossApp, commands: &mut Vec<Command>) {
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let tr = |key: &str| app.language.text(key);
    egui::containers::menu::MenuButton::new(tr("menu-view"))
        .config(config)
        .ui(ui, |ui| {
            let mut view = app.state.view.clone();
            let mut changed = false;
            // Each toggle by its message key: `view-<name>` and `view-<name>-tip`.
            let mut toggle = |ui: &mut egui::Ui, value: &mut bool, name: &str| {
                let (label, tip) = (tr(&format!("view-{name}")), tr(&format!("view-{name}-tip")));
                changed |= ui.checkbox(value, label).on_hover_text(tip).changed();
            };
            toggle(ui, &mut view.log_scale, "log-scale");
            toggle(ui, &mut view.contours, "contours");
            toggle(ui, &mut view.equal_aspect, "equal-aspect");
            let maps = !app.scene.surface.is_expensive();
            ui.add_enabled_ui(maps, |ui| {
                toggle(ui, &mut view.curvature_map, "curvature-map");
                toggle(ui, &mut view.basins, "basins");
            })
            .response
            .on_disabled_hover_text(tr("maps-expensive"));
            toggle(ui, &mut view.critical_points, "critical-points");
            toggle(ui, &mut view.arrows, "arrows");
            toggle(ui, &mut view.effective_step, "effective-step");
            toggle(ui, &mut view.eigen_cross, "eigen-cross");
            if changed {
                commands.push(Command::SetView(view));
            }
            ui.separator();
            super::compare::compare_menu_ui(ui, app, commands);
        });
}

/// Background work's progress and Cancel, floating over the bottom-right corner of `area` (the
/// surface view, clear of the lesson panel's buttons at its top): an overlay never moves the
/// widgets under the user's pointer when a job starts or ends, as a reflowing toolbar would.
pub fn job_overlay(ctx: &egui::Context, area: egui::Rect, app: &LossApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some((_, label, fraction)) = app.job_status() else {
        return commands;
    };
    egui::Area::new(egui::Id::unique("job progress"))
        .fixed_pos(area.right_bottom() + egui::vec2(-300.0, -70.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.add(
                        egui::ProgressBar::new(fraction)
                            .desired_width(210.0)
                            .text(label.text(app.language))
                            // A spinner while nothing is counted yet (a web worker's work).
                            .animate(fraction == 0.0),
                    );
                    if ui.small_button(app.language.text("job-cancel")).clicked() {
                        commands.push(Command::CancelJob);
                    }
                });
            });
        });
    commands
}

/// The window listing every keyboard shortcut and mouse gesture.
pub fn help_window(ctx: &egui::Context, area: egui::Rect, open: &mut bool, language: Language) {
    let tr = |key: &str| language.text(key);
    egui::Window::new(tr("help-title"))
        .default_pos(area.min + egui::vec2(8.0, 8.0))
        .constrain_to(area)
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            // The glossary beside the shortcuts: the window stays low enough for a projector.
            ui.horizontal_top(|ui| {
                shortcuts_ui(ui, language);
                ui.separator();
                ui.vertical(|ui| glossary_ui(ui, language));
            });
        });
}

/// Every keyboard shortcut and mouse gesture.
fn shortcuts_ui(ui: &mut egui::Ui, language: Language) {
    let tr = |key: &str| language.text(key);
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        for (key, what) in [
            ("Space".to_owned(), tr("help-play")),
            ("→".to_owned(), tr("help-forward")),
            ("←".to_owned(), tr("help-back")),
            ("R".to_owned(), tr("help-reset")),
            ("F".to_owned(), tr("help-presentation")),
            ("3".to_owned(), tr("help-3d")),
            ("← →".to_owned(), tr("help-lessons")),
            ("Ctrl+S / Ctrl+O".to_owned(), tr("help-files")),
            ("?".to_owned(), tr("help-this-window")),
            ("Esc".to_owned(), tr("help-escape")),
            (tr("help-drag-start-key"), tr("help-drag-start")),
            (tr("help-click-key"), tr("help-click")),
            (tr("help-drag-key"), tr("help-drag")),
            (tr("help-wheel-key"), tr("help-wheel")),
            (tr("help-double-click-key"), tr("help-double-click")),
        ] {
            ui.strong(key);
            ui.label(what);
            ui.end_row();
        }
    });
}

/// The height of the glossary's scrolled list: about that of the shortcuts beside it.
const GLOSSARY_HEIGHT: f32 = 300.0;

/// The lecture's terms in English and both Chinese scripts, the shown language's column first
/// after the English.
fn glossary_ui(ui: &mut egui::Ui, language: Language) {
    let mut columns = Vec::new();
    for column in [Language::English, language]
        .into_iter()
        .chain(Language::ALL)
    {
        if !columns.contains(&column) {
            columns.push(column);
        }
    }
    egui::CollapsingHeader::new(language.text("help-glossary"))
        .default_open(language != Language::English)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(language.text("help-glossary-tip")).small());
            egui::ScrollArea::vertical()
                .min_scrolled_height(GLOSSARY_HEIGHT)
                .max_height(GLOSSARY_HEIGHT)
                .show(ui, |ui| {
                    egui::Grid::new("glossary").striped(true).show(ui, |ui| {
                        for column in &columns {
                            ui.strong(column.native_name());
                        }
                        ui.end_row();
                        for term in glossary() {
                            for column in &columns {
                                ui.label(term.text(*column));
                            }
                            ui.end_row();
                        }
                    });
                });
        });
}

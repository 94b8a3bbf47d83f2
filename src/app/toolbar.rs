//! The toolbar: play, step, reset, speed, step budget, view toggles; and the progress of
//! background work floating over the view.

use eframe::egui;

use super::EXPENSIVE_MAPS;
use super::command::Command;
use super::loss_app::LossApp;
use super::state::{BUDGET_RANGE, SPEED_RANGE};

/// Draws the toolbar.
pub fn toolbar_ui(ui: &mut egui::Ui, app: &LossApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let state = &app.state;
    ui.horizontal_wrapped(|ui| {
        super::file_window::file_menu(ui, &mut commands);
        super::lessons::lessons_menu(ui, &app.lessons, &mut commands);
        ui.separator();
        let play = if app.clock.playing {
            "‖ Pause"
        } else {
            "▶ Play"
        };
        if ui
            .button(play)
            .on_hover_text("Animate the race: every racer advances in lock-step (Space)")
            .clicked()
        {
            commands.push(Command::TogglePlay);
        }
        if ui
            .button("◀ Back")
            .on_hover_text("One step back (←)")
            .clicked()
        {
            commands.push(Command::StepBack);
        }
        if ui
            .button("Step ▶")
            .on_hover_text("One step forward (→)")
            .clicked()
        {
            commands.push(Command::Step);
        }
        if ui
            .button("⟲ Reset")
            .on_hover_text("Back to the start points (R)")
            .clicked()
        {
            commands.push(Command::Reset);
        }
        ui.spacing_mut().slider_width = 80.0;
        let mut speed = state.speed;
        let speed_slider = egui::Slider::new(&mut speed, SPEED_RANGE)
            .logarithmic(true)
            .text("steps / frame");
        if ui
            .add(speed_slider)
            .on_hover_text("Below 1: one step every few frames. Above: many steps per frame.")
            .changed()
        {
            commands.push(Command::SetSpeed(speed));
        }
        let mut steps = state.steps;
        ui.label("budget");
        if ui
            .add(
                egui::DragValue::new(&mut steps)
                    .range(BUDGET_RANGE)
                    .speed(50.0),
            )
            .on_hover_text(
                "Updates computed for every racer. Paths are recomputed at once on any change.",
            )
            .changed()
        {
            commands.push(Command::SetSteps(steps));
        }
        ui.label(format!(
            "step {} / {}",
            app.clock.shown.floor(),
            app.scene.last_step()
        ));
        ui.separator();
        view_menu(ui, app, &mut commands);
        if ui
            .selectable_label(state.view.three_d, "3-D")
            .on_hover_text("The surface as a landscape with the same paths on it; drag to orbit (3)")
            .clicked()
        {
            commands.push(Command::Toggle3d);
        }
        if ui
            .button("Find critical points")
            .on_hover_text(
                "Newton's method on ∇f = 0 from a 41×41 grid of seeds; classified by the Hessian",
            )
            .clicked()
        {
            commands.push(Command::FindCriticalPoints);
        }
        if ui
            .selectable_label(app.show_hyper_map, "Hyper-parameter map")
            .on_hover_text("Steps to arrive over (learning rate, momentum or β₁) for the selected racer; drag its point to choose")
            .clicked()
        {
            commands.push(Command::ToggleHyperMap);
        }
        if ui
            .selectable_label(app.show_network, "Network")
            .on_hover_text("Train a small neural network on a toy data set and watch its decision boundary and curves")
            .clicked()
        {
            commands.push(Command::ToggleNetwork);
        }
        ui.separator();
        if ui
            .selectable_label(state.presentation, "Presentation")
            .on_hover_text("Large fonts and minimal chrome for a projector (F)")
            .clicked()
        {
            commands.push(Command::TogglePresentation);
        }
        if ui
            .button("?")
            .on_hover_text("Keyboard and mouse shortcuts (?)")
            .clicked()
        {
            commands.push(Command::ToggleHelp);
        }
    });
    commands
}

fn view_menu(ui: &mut egui::Ui, app: &LossApp, commands: &mut Vec<Command>) {
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    egui::containers::menu::MenuButton::new("View").config(config).ui(ui, |ui| {
        let mut view = app.state.view.clone();
        let mut changed = false;
        let mut toggle = |ui: &mut egui::Ui, value: &mut bool, label: &str, tip: &str| {
            changed |= ui.checkbox(value, label).on_hover_text(tip).changed();
        };
        toggle(ui, &mut view.log_scale, "Log colour scale", "Colours by log(f − min): shows detail near the minima");
        toggle(ui, &mut view.contours, "Contour lines", "Lines of equal loss");
        toggle(ui, &mut view.equal_aspect, "Equal aspect", "Same scale on both axes: circles look round");
        let maps = !app.scene.surface.is_expensive();
        ui.add_enabled_ui(maps, |ui| {
            toggle(ui, &mut view.curvature_map, "Curvature map", "Red where the Hessian is indefinite (a saddle-like region), purple where it curves down in every direction, clear where the surface is convex");
            toggle(ui, &mut view.basins, "Basins of the selected racer", "Colours every start by the minimum the selected racer reaches from it (64×64 starts, computed in the background); dark where it diverges");
        })
        .response
        .on_disabled_hover_text(EXPENSIVE_MAPS);
        toggle(ui, &mut view.critical_points, "Critical points", "Documented and found minima (●), maxima (▲), saddles (✚) and degenerate points (■)");
        toggle(ui, &mut view.arrows, "Gradient / momentum / update arrows", "At each racer's head: the plain gradient step, the momentum part, and their sum, the actual update");
        toggle(ui, &mut view.effective_step, "Per-parameter step size", "At each racer's head: the learning rate each coordinate actually gets (AdaGrad, RMSProp, Adam divide by √v); the bars' ratio shows how the method rescales a ravine");
        toggle(ui, &mut view.eigen_cross, "Hessian eigenvector cross", "At the cursor and each racer's head: the Hessian's eigenvectors, scaled by |λ|; blue positive, red negative curvature");
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
    let Some((label, fraction)) = app.job_status() else {
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
                            .text(label.to_owned()),
                    );
                    if ui.small_button("Cancel").clicked() {
                        commands.push(Command::CancelJob);
                    }
                });
            });
        });
    commands
}

/// The window listing every keyboard shortcut and mouse gesture.
pub fn help_window(ctx: &egui::Context, area: egui::Rect, open: &mut bool) {
    egui::Window::new("Keyboard and mouse")
        .default_pos(area.min + egui::vec2(8.0, 8.0))
        .constrain_to(area)
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for (key, what) in [
                    ("Space", "play / pause"),
                    ("→", "one step forward"),
                    ("←", "one step back"),
                    ("R", "reset to the start points"),
                    ("F", "presentation mode"),
                    ("3", "2-D map / 3-D landscape"),
                    ("← →", "previous / next lesson, in presentation mode"),
                    ("Ctrl+S / Ctrl+O", "save / open a scenario (⌘ on a Mac)"),
                    ("?", "this window"),
                    (
                        "Esc",
                        "close the dialog or this window; leave presentation mode",
                    ),
                    ("drag a start point", "move it; every path follows live"),
                    ("click the surface", "put the selected racer's start there"),
                    ("drag elsewhere", "pan the map; turn the 3-D landscape"),
                    ("wheel", "zoom in and out"),
                    (
                        "double-click",
                        "back to the whole surface / the default angle",
                    ),
                ] {
                    ui.strong(key);
                    ui.label(what);
                    ui.end_row();
                }
            });
        });
}

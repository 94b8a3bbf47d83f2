//! The File menu and its dialog: save and open scenario files, export the view as a PNG, the
//! race as an animated GIF and the trajectories as CSV or JSON. Paths are typed (with a sensible default), so the dialog
//! works the same everywhere, with no platform file picker.

use std::path::PathBuf;

use eframe::egui;

use super::command::Command;

/// What the dialog does with its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileAction {
    /// Write the setup as a scenario file.
    SaveScenario,
    /// Replace the setup with a scenario file's.
    OpenScenario,
    /// Draw the view into a PNG.
    ExportPng,
    /// Animate the race into a GIF.
    ExportGif,
    /// Write every racer's path as CSV (or JSON for a `.json` path).
    ExportTrajectories,
}

impl FileAction {
    fn title(self) -> &'static str {
        match self {
            Self::SaveScenario => "Save scenario",
            Self::OpenScenario => "Open scenario",
            Self::ExportPng => "Export the view as PNG",
            Self::ExportGif => "Export the race as an animated GIF",
            Self::ExportTrajectories => "Export trajectories",
        }
    }

    fn default_name(self) -> &'static str {
        match self {
            Self::SaveScenario | Self::OpenScenario => "losscape-scenario.toml",
            Self::ExportPng => "losscape-view.png",
            Self::ExportGif => "losscape-race.gif",
            Self::ExportTrajectories => "losscape-trajectories.csv",
        }
    }
}

/// The open dialog's state.
pub struct FileDialog {
    /// What it does.
    pub action: FileAction,
    /// The path being typed.
    pub path: String,
    /// Image size in pixels (PNG and GIF).
    pub size: [usize; 2],
    /// GIF frames.
    pub frames: usize,
}

impl FileDialog {
    /// A dialog for `action`, its path defaulting to the home folder.
    pub fn new(action: FileAction) -> Self {
        let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("."), PathBuf::from);
        Self {
            action,
            path: home.join(action.default_name()).display().to_string(),
            size: match action {
                FileAction::ExportGif => [800, 500],
                _ => [1600, 1000],
            },
            frames: 60,
        }
    }
}

/// The File menu.
pub fn file_menu(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.menu_button("File", |ui| {
        let items = [
            (
                FileAction::OpenScenario,
                "Open scenario…",
                "Replace the whole setup with a saved one",
            ),
            (
                FileAction::SaveScenario,
                "Save scenario…",
                "Surface, racers, noise, toggles and view, as a readable text file",
            ),
            (
                FileAction::ExportPng,
                "Export PNG…",
                "The surface view with every path, at a chosen size, for slides",
            ),
            (
                FileAction::ExportGif,
                "Export GIF…",
                "The race animated from the start to the last step, with a step counter",
            ),
            (
                FileAction::ExportTrajectories,
                "Export trajectories…",
                "Every racer's path step by step, as CSV or JSON",
            ),
        ];
        for (action, label, tip) in items {
            if ui.button(label).on_hover_text(tip).clicked() {
                commands.push(Command::ShowFileDialog(action));
                ui.close();
            }
        }
    });
}

/// The dialog window, while one is open.
pub fn file_dialog_ui(ctx: &egui::Context, dialog: &mut FileDialog) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut open = true;
    egui::Window::new(dialog.action.title())
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(ctx.content_rect().center_top() + egui::vec2(0.0, 80.0))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label("Path");
                ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(380.0))
                    .labelled_by(label.id);
            });
            if matches!(dialog.action, FileAction::ExportPng | FileAction::ExportGif) {
                ui.horizontal(|ui| {
                    ui.label("Size");
                    ui.add(
                        egui::DragValue::new(&mut dialog.size[0])
                            .range(64..=4096)
                            .suffix(" px"),
                    );
                    ui.label("×");
                    ui.add(
                        egui::DragValue::new(&mut dialog.size[1])
                            .range(64..=4096)
                            .suffix(" px"),
                    );
                });
            }
            if dialog.action == FileAction::ExportGif {
                ui.horizontal(|ui| {
                    ui.label("Frames");
                    ui.add(egui::DragValue::new(&mut dialog.frames).range(2..=600))
                        .on_hover_text("Frames spread evenly over the race, 80 ms each");
                });
            }
            let verb = match dialog.action {
                FileAction::OpenScenario => "Open",
                FileAction::SaveScenario => "Save",
                FileAction::ExportPng | FileAction::ExportGif | FileAction::ExportTrajectories => {
                    "Export"
                }
            };
            if ui.button(verb).clicked() {
                let path = PathBuf::from(dialog.path.trim());
                commands.push(match dialog.action {
                    FileAction::SaveScenario => Command::SaveScenario(path),
                    FileAction::OpenScenario => Command::OpenScenario(path),
                    FileAction::ExportPng => Command::ExportPng(path, dialog.size),
                    FileAction::ExportGif => Command::ExportGif(path, dialog.size, dialog.frames),
                    FileAction::ExportTrajectories => Command::ExportTrajectories(path),
                });
            }
        });
    if !open {
        commands.push(Command::CloseFileDialog);
    }
    commands
}

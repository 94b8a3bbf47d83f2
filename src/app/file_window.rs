//! The File menu and its dialog: save and open scenario files, export the view as a PNG, the
//! race as an animated GIF and the trajectories as CSV or JSON, export and open the Network
//! window's network. Paths are typed (starting where the user last worked, see
//! [`RecentPaths`](super::recent_paths::RecentPaths)), so the dialog works the same everywhere,
//! with no platform file picker; it says what is at the path before anything is written, asks
//! before replacing a file (a read-only one only when a box is ticked), refuses what is not a
//! regular file before any work, and lists the files it can open in the folder.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use eframe::egui;

use super::command::Command;
use super::safe_write::{Destination, ReadOnly};
use crate::i18n::{Language, Message};

/// Files listed in an Open dialog, newest first.
const LISTED_FILES: usize = 12;

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
    /// Save a picture of the whole window.
    ExportWindow,
    /// Write the Network window's trained network, its data and settings (JSON).
    ExportNetwork,
    /// Show a saved network in the Network window.
    OpenNetwork,
}

/// The size of an exported picture unless the user says otherwise, in pixels.
const PNG_SIZE: [usize; 2] = [1600, 1000];
/// The size of an exported GIF's frames and their count, unless the user says otherwise.
const GIF_SIZE: [usize; 2] = [800, 500];
const GIF_FRAMES: usize = 60;

impl FileAction {
    /// Whether this build offers it: the browser build has no picture of its window to save.
    pub fn offered(self) -> bool {
        cfg!(not(target_arch = "wasm32")) || self != Self::ExportWindow
    }

    /// What the browser build does in place of the dialog: a download of the usual name and
    /// size (None for what opens a file: the browser's picker does that).
    #[cfg(target_arch = "wasm32")]
    pub fn download(self) -> Option<Command> {
        let to = Destination::download(self.default_name());
        Some(match self {
            Self::SaveScenario => Command::SaveScenario(to),
            Self::ExportPng => Command::ExportPng(to, PNG_SIZE),
            Self::ExportGif => Command::ExportGif(to, GIF_SIZE, GIF_FRAMES),
            Self::ExportTrajectories => Command::ExportTrajectories(to),
            Self::ExportNetwork => Command::ExportNetwork(to),
            Self::ExportWindow | Self::OpenScenario | Self::OpenNetwork => return None,
        })
    }

    /// The message key naming it: `dialog-<key>` is the dialog's title.
    fn key(self) -> &'static str {
        match self {
            Self::SaveScenario => "save",
            Self::OpenScenario => "open",
            Self::ExportPng => "export-png",
            Self::ExportGif => "export-gif",
            Self::ExportTrajectories => "export-trajectories",
            Self::ExportWindow => "export-window",
            Self::ExportNetwork => "export-network",
            Self::OpenNetwork => "open-network",
        }
    }

    /// The file name offered when the user has not used this kind of file yet.
    pub(super) fn default_name(self) -> &'static str {
        match self {
            Self::SaveScenario | Self::OpenScenario => "losscape-scenario.toml",
            Self::ExportPng => "losscape-view.png",
            Self::ExportGif => "losscape-race.gif",
            Self::ExportTrajectories => "losscape-trajectories.csv",
            Self::ExportWindow => "losscape-window.png",
            Self::ExportNetwork | Self::OpenNetwork => "losscape-network.json",
        }
    }

    /// Whether it writes an export (rather than a scenario).
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn exports(self) -> bool {
        matches!(
            self,
            Self::ExportPng
                | Self::ExportGif
                | Self::ExportTrajectories
                | Self::ExportWindow
                | Self::ExportNetwork
        )
    }

    /// Whether it reads a file (rather than writing one).
    fn opens(self) -> bool {
        matches!(self, Self::OpenScenario | Self::OpenNetwork)
    }

    /// The extension of the files it opens, listed in its dialog.
    pub(super) fn listed_extension(self) -> Option<&'static str> {
        match self {
            Self::OpenScenario => Some("toml"),
            Self::OpenNetwork => Some("json"),
            _ => None,
        }
    }

    /// The command that opens `path`, for an action that opens.
    fn open(self, path: PathBuf) -> Command {
        match self {
            Self::OpenNetwork => Command::OpenNetwork(path),
            _ => Command::OpenScenario(path),
        }
    }

    /// Its keyboard shortcut, if it has one (Ctrl or ⌘ with O or S).
    pub fn shortcut(self) -> Option<egui::KeyboardShortcut> {
        let key = match self {
            Self::OpenScenario => egui::Key::O,
            Self::SaveScenario => egui::Key::S,
            _ => return None,
        };
        Some(egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, key))
    }

    /// The button's word, as a message key.
    fn verb(self) -> &'static str {
        match self {
            Self::OpenScenario | Self::OpenNetwork => "dialog-verb-open",
            Self::SaveScenario => "dialog-verb-save",
            Self::ExportPng
            | Self::ExportGif
            | Self::ExportTrajectories
            | Self::ExportWindow
            | Self::ExportNetwork => "dialog-verb-export",
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
    /// The user ticked "replace it anyway" for a read-only file.
    pub replace_read_only: bool,
    /// Why the last attempt was refused (the dialog stays open).
    pub error: Option<Message>,
    /// The files the dialog opens in the folder last listed, and that folder.
    listing: Option<(PathBuf, Vec<PathBuf>)>,
}

impl FileDialog {
    /// A dialog for `action` starting at `path`.
    pub fn new(action: FileAction, path: &Path) -> Self {
        Self {
            action,
            path: path.display().to_string(),
            size: match action {
                FileAction::ExportGif => GIF_SIZE,
                _ => PNG_SIZE,
            },
            frames: GIF_FRAMES,
            replace_read_only: false,
            error: None,
            listing: None,
        }
    }

    /// The command that carries out the action on the typed path, or why that path cannot be
    /// written (checked before any work).
    fn command(&self) -> Result<Command, Message> {
        let path = PathBuf::from(self.path.trim());
        if self.action.opens() {
            return Ok(self.action.open(path));
        }
        let read_only = if self.replace_read_only {
            ReadOnly::Replace
        } else {
            ReadOnly::Refuse
        };
        let to = Destination::check(&path, read_only)?;
        Ok(match self.action {
            FileAction::SaveScenario => Command::SaveScenario(to),
            FileAction::OpenScenario | FileAction::OpenNetwork => self.action.open(path),
            FileAction::ExportPng => Command::ExportPng(to, self.size),
            FileAction::ExportGif => Command::ExportGif(to, self.size, self.frames),
            FileAction::ExportTrajectories => Command::ExportTrajectories(to),
            FileAction::ExportWindow => Command::ExportWindow(to),
            FileAction::ExportNetwork => Command::ExportNetwork(to),
        })
    }

    /// The files this dialog opens in the folder of the typed path, newest first (listed
    /// again only when the folder changes).
    fn listed(&mut self, extension: &str) -> &[PathBuf] {
        let typed = Path::new(self.path.trim());
        let folder = if typed.is_dir() {
            typed.to_path_buf()
        } else {
            typed.parent().unwrap_or(Path::new("")).to_path_buf()
        };
        if self.listing.as_ref().is_none_or(|(f, _)| *f != folder) {
            let files = files_in(&folder, extension);
            self.listing = Some((folder, files));
        }
        self.listing.as_ref().map_or(&[], |(_, files)| files)
    }
}

/// The files of `extension` in `folder` (the working folder when empty), newest first, at most
/// [`LISTED_FILES`]; none when it cannot be read.
fn files_in(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let read = if folder.as_os_str().is_empty() {
        std::fs::read_dir(".")
    } else {
        std::fs::read_dir(folder)
    };
    let Ok(entries) = read else {
        return Vec::new();
    };
    let mut files: Vec<(SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| folder.join(e.file_name()))
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case(extension))
        })
        .map(|p| {
            let modified = p.metadata().and_then(|m| m.modified());
            (modified.unwrap_or(SystemTime::UNIX_EPOCH), p)
        })
        .collect();
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    files
        .into_iter()
        .take(LISTED_FILES)
        .map(|(_, p)| p)
        .collect()
}

/// What is at the typed path, for `action`.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// The action can go ahead.
    Ready,
    /// A file is there, which writing replaces.
    Replaces,
    /// A read-only file is there, replaced only when the user ticks the box.
    ReadOnly,
    /// Nothing typed.
    Empty,
    /// A folder rather than a file.
    Folder,
    /// Nothing to open there.
    Missing,
    /// The folder to write into does not exist.
    NoFolder,
}

impl Target {
    fn of(action: FileAction, typed: &str) -> Self {
        let path = Path::new(typed.trim());
        if path.as_os_str().is_empty() {
            return Self::Empty;
        }
        if path.is_dir() {
            return Self::Folder;
        }
        let exists = path.exists();
        match action {
            _ if action.opens() && !exists => Self::Missing,
            _ if action.opens() => Self::Ready,
            _ if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) => {
                Self::ReadOnly
            }
            _ if exists => Self::Replaces,
            _ => match path.parent() {
                Some(folder) if !folder.as_os_str().is_empty() && !folder.is_dir() => {
                    Self::NoFolder
                }
                _ => Self::Ready,
            },
        }
    }

    /// A line saying what is wrong or what will happen, if anything needs saying.
    fn message(&self, action: FileAction, typed: &str, language: Language) -> Option<String> {
        let path = Path::new(typed.trim());
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let folder = path.parent().unwrap_or(path).display().to_string();
        let (key, args) = match self {
            Self::Ready => return None,
            Self::Replaces if action == FileAction::SaveScenario => {
                ("dialog-replaces-saving", vec![("name", name)])
            }
            Self::Replaces => ("dialog-replaces-exporting", vec![("name", name)]),
            Self::ReadOnly => ("dialog-read-only", vec![("name", name)]),
            Self::Empty => ("dialog-empty", vec![]),
            Self::Folder if action == FileAction::OpenNetwork => {
                ("dialog-folder-open-network", vec![])
            }
            Self::Folder if action.opens() => ("dialog-folder-open", vec![]),
            Self::Folder => ("dialog-folder", vec![]),
            Self::Missing => ("dialog-missing", vec![("name", name)]),
            Self::NoFolder => ("dialog-no-folder", vec![("folder", folder)]),
        };
        Some(language.text_with(key, &args))
    }
}

/// The File menu's path-based items and their message keys.
const MENU_ITEMS: [(FileAction, &str); 8] = [
    (FileAction::OpenScenario, "file-open"),
    (FileAction::SaveScenario, "file-save"),
    (FileAction::ExportPng, "file-export-png"),
    (FileAction::ExportGif, "file-export-gif"),
    (FileAction::ExportTrajectories, "file-export-trajectories"),
    (FileAction::ExportWindow, "file-export-window"),
    (FileAction::ExportNetwork, "file-export-network"),
    (FileAction::OpenNetwork, "file-open-network"),
];

/// The File menu; Export network only when `network_trained` (the Network window has a
/// network to write).
pub fn file_menu(
    ui: &mut egui::Ui,
    language: Language,
    network_trained: bool,
    commands: &mut Vec<Command>,
) {
    ui.menu_button(language.text("menu-file"), |ui| {
        for (action, key) in MENU_ITEMS.into_iter().filter(|(a, _)| a.offered()) {
            if action == FileAction::ExportNetwork {
                ui.separator();
            }
            let (label, tip) = (language.text(key), language.text(&format!("{key}-tip")));
            let mut button = egui::Button::new(label);
            if let Some(shortcut) = action.shortcut() {
                button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
            }
            let enabled = action != FileAction::ExportNetwork || network_trained;
            let response = ui
                .add_enabled(enabled, button)
                .on_hover_text(tip)
                .on_disabled_hover_text(language.text("file-export-network-none"));
            if response.clicked() {
                commands.push(Command::ShowFileDialog(action));
                ui.close();
            }
        }
        ui.separator();
        let share = ui
            .button(language.text("file-share"))
            .on_hover_text(language.text("file-share-tip"));
        if share.clicked() {
            commands.push(Command::ToggleShare);
            ui.close();
        }
    });
}

/// The dialog window, while one is open, within `area`.
pub fn file_dialog_ui(
    ctx: &egui::Context,
    area: egui::Rect,
    dialog: &mut FileDialog,
    language: Language,
) -> Vec<Command> {
    let tr = |key: &str| language.text(key);
    let mut commands = Vec::new();
    let mut open = true;
    egui::Window::new(tr(&format!("dialog-{}", dialog.action.key())))
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(area.center_top() + egui::vec2(0.0, 60.0))
        .constrain_to(area)
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            let action = dialog.action;
            let submitted = ui
                .horizontal(|ui| {
                    let label = ui.label(tr("dialog-path"));
                    let response = ui
                        .add(egui::TextEdit::singleline(&mut dialog.path).desired_width(380.0))
                        .labelled_by(label.id);
                    if response.changed() {
                        dialog.error = None;
                    }
                    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
                })
                .inner;
            let target = Target::of(action, &dialog.path);
            if let Some(message) = target.message(action, &dialog.path, language) {
                let color = if matches!(target, Target::Replaces | Target::ReadOnly) {
                    ui.visuals().warn_fg_color
                } else {
                    ui.visuals().weak_text_color()
                };
                ui.colored_label(color, message);
            }
            if let Some(extension) = action.listed_extension() {
                commands.extend(file_list_ui(ui, dialog, extension, language));
            }
            if matches!(action, FileAction::ExportPng | FileAction::ExportGif) {
                ui.horizontal(|ui| {
                    ui.label(tr("dialog-size"));
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
            if action == FileAction::ExportGif {
                ui.horizontal(|ui| {
                    ui.label(tr("dialog-frames"));
                    ui.add(egui::DragValue::new(&mut dialog.frames).range(2..=600))
                        .on_hover_text(tr("dialog-frames-tip"));
                });
            }
            if target == Target::ReadOnly {
                ui.checkbox(
                    &mut dialog.replace_read_only,
                    tr("dialog-replace-read-only"),
                );
            }
            let ready = matches!(target, Target::Ready | Target::Replaces)
                || (target == Target::ReadOnly && dialog.replace_read_only);
            let verb = if matches!(target, Target::Replaces | Target::ReadOnly) {
                "dialog-verb-replace"
            } else {
                action.verb()
            };
            let button = ui.add_enabled(ready, egui::Button::new(tr(verb)));
            if ready && (button.clicked() || submitted) {
                match dialog.command() {
                    Ok(command) => commands.push(command),
                    Err(e) => dialog.error = Some(e),
                }
            }
            if let Some(error) = &dialog.error {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    crate::format::one_line(
                        &Message::new("dialog-not-written")
                            .part("reason", error.clone())
                            .text(language),
                    ),
                );
            }
        });
    if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        commands.push(Command::CloseFileDialog);
    }
    commands
}

/// An Open dialog's list of the files of `extension` in the typed path's folder: a click picks
/// one, a double-click opens it.
fn file_list_ui(
    ui: &mut egui::Ui,
    dialog: &mut FileDialog,
    extension: &str,
    language: Language,
) -> Option<Command> {
    let typed = PathBuf::from(dialog.path.trim());
    let files = dialog.listed(extension).to_vec();
    let action = dialog.action;
    let [none, some] = if action == FileAction::OpenNetwork {
        ["dialog-no-networks", "dialog-networks"]
    } else {
        ["dialog-no-scenarios", "dialog-scenarios"]
    };
    if files.is_empty() {
        ui.weak(language.text(none));
        return None;
    }
    ui.weak(language.text(some));
    let mut picked = None;
    for file in files {
        let name = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let response = ui.selectable_label(file == typed, name);
        if response.clicked() || response.double_clicked() {
            dialog.path = file.display().to_string();
        }
        if response.double_clicked() {
            picked = Some(action.open(file));
        }
    }
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dialog_knows_what_is_at_the_path_before_acting() {
        let dir = std::env::temp_dir().join(format!("losscape-target-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        let file = dir.join("race.toml");
        std::fs::write(&file, b"x").unwrap();
        let at = |action, path: &Path| Target::of(action, &path.display().to_string());
        let (save, open) = (FileAction::SaveScenario, FileAction::OpenScenario);
        assert_eq!(Target::of(save, "  "), Target::Empty);
        assert_eq!(at(save, &dir), Target::Folder);
        assert_eq!(at(open, &dir), Target::Folder);
        assert_eq!(at(save, &file), Target::Replaces);
        assert_eq!(at(open, &file), Target::Ready);
        assert_eq!(at(save, &dir.join("new.toml")), Target::Ready);
        assert_eq!(at(open, &dir.join("new.toml")), Target::Missing);
        let nowhere = dir.join("no-such-folder").join("new.png");
        assert_eq!(at(FileAction::ExportPng, &nowhere), Target::NoFolder);
        // A bare name is written in the working folder.
        assert_eq!(Target::of(save, "losscape-new-name.toml"), Target::Ready);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn the_open_dialog_lists_its_files_newest_first() {
        let dir = std::env::temp_dir().join(format!("losscape-listing-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        for (age, name) in [(30, "old.toml"), (20, "notes.txt"), (10, "new.TOML")] {
            let file = std::fs::File::create(dir.join(name)).unwrap();
            let modified = SystemTime::now() - std::time::Duration::from_secs(age);
            file.set_modified(modified).unwrap();
        }
        std::fs::create_dir_all(dir.join("folder.toml")).unwrap();
        assert_eq!(
            files_in(&dir, "toml"),
            [dir.join("new.TOML"), dir.join("old.toml")]
        );
        assert_eq!(files_in(&dir, "txt"), [dir.join("notes.txt")]);
        assert!(files_in(&dir.join("missing"), "toml").is_empty());
        std::fs::remove_dir_all(&dir).ok();
    }
}

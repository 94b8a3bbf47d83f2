//! The paths the File dialog last used, so that it opens where the user was working: the
//! scenario last saved or opened, the last export of each kind (with a fresh name, so a second
//! export never replaces the first unasked), and the last folder for everything else.
//! Persisted between sessions beside the setup.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::file_window::FileAction;

/// The last path of each kind of file, and the folder of the last one used.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RecentPaths {
    /// By the kind of file (saving and opening a scenario share one).
    last: BTreeMap<FileKind, PathBuf>,
    /// The folder of the last path used by any action.
    folder: Option<PathBuf>,
}

/// What a path holds: scenarios are saved and opened, the rest exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
enum FileKind {
    Scenario,
    Png,
    Gif,
    Trajectories,
    Window,
    Network,
}

impl FileKind {
    fn of(action: FileAction) -> Self {
        match action {
            FileAction::SaveScenario | FileAction::OpenScenario => Self::Scenario,
            FileAction::ExportPng => Self::Png,
            FileAction::ExportGif => Self::Gif,
            FileAction::ExportTrajectories => Self::Trajectories,
            FileAction::ExportWindow => Self::Window,
            FileAction::ExportNetwork | FileAction::OpenNetwork => Self::Network,
        }
    }
}

impl RecentPaths {
    /// Notes that `action` used `path`.
    pub fn remember(&mut self, action: FileAction, path: &Path) {
        self.last.insert(FileKind::of(action), path.to_path_buf());
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            self.folder = Some(folder.to_path_buf());
        }
    }

    /// The path the dialog for `action` starts with: the last one of its kind (for an export,
    /// the next free name beside it), else the default name in the last folder used, else in
    /// `home`. (The browser build has no dialog.)
    #[cfg(not(target_arch = "wasm32"))]
    pub fn suggestion(&self, action: FileAction, home: &Path) -> PathBuf {
        let path = match self.last.get(&FileKind::of(action)) {
            Some(last) => last.clone(),
            None => (self.folder.as_deref())
                .unwrap_or(home)
                .join(action.default_name()),
        };
        if action.exports() {
            next_free(&path)
        } else {
            path
        }
    }
}

/// `path` if nothing is there, else the first of `name-2.ext`, `name-3.ext`, … that is free
/// (a name already numbered counts on from its number).
#[cfg(not(target_arch = "wasm32"))]
pub fn next_free(path: &Path) -> PathBuf {
    if !path.exists() {
        return path.to_path_buf();
    }
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let (base, first) = match stem.rsplit_once('-') {
        Some((base, n)) if !base.is_empty() => match n.parse::<u32>() {
            Ok(n) => (base.to_owned(), n.saturating_add(1)),
            Err(_) => (stem.clone(), 2),
        },
        _ => (stem.clone(), 2),
    };
    let extension = path.extension().map(|e| e.to_string_lossy().into_owned());
    (first..first.saturating_add(10_000))
        .map(|n| {
            let name = match &extension {
                Some(e) => format!("{base}-{n}.{e}"),
                None => format!("{base}-{n}"),
            };
            path.with_file_name(name)
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("losscape-recent-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        dir
    }

    #[test]
    fn a_taken_name_gets_the_next_free_number() {
        let dir = scratch("names");
        let view = dir.join("view.png");
        assert_eq!(next_free(&view), view, "a free name is kept");
        std::fs::write(&view, b"x").unwrap();
        assert_eq!(next_free(&view), dir.join("view-2.png"));
        std::fs::write(dir.join("view-2.png"), b"x").unwrap();
        assert_eq!(next_free(&view), dir.join("view-3.png"));
        // A numbered name counts on from its number.
        assert_eq!(next_free(&dir.join("view-2.png")), dir.join("view-3.png"));
        // A dash that is not a number stays part of the name.
        let race = dir.join("my-race.gif");
        std::fs::write(&race, b"x").unwrap();
        assert_eq!(next_free(&race), dir.join("my-race-2.gif"));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn the_dialog_starts_where_the_user_last_was() {
        let dir = scratch("suggest");
        let home = Path::new("/home/student");
        let mut recent = RecentPaths::default();
        assert_eq!(
            recent.suggestion(FileAction::SaveScenario, home),
            home.join("losscape-scenario.toml")
        );
        // Opening a scenario makes it the one to save back to, and its folder the default.
        let opened = dir.join("lesson.toml");
        recent.remember(FileAction::OpenScenario, &opened);
        assert_eq!(recent.suggestion(FileAction::SaveScenario, home), opened);
        assert_eq!(
            recent.suggestion(FileAction::ExportPng, home),
            dir.join("losscape-view.png")
        );
        // An export that was written is not offered again: its next free name is.
        let png = dir.join("figure.png");
        std::fs::write(&png, b"x").unwrap();
        recent.remember(FileAction::ExportPng, &png);
        assert_eq!(
            recent.suggestion(FileAction::ExportPng, home),
            dir.join("figure-2.png")
        );
        // It survives the trip through the stored JSON.
        let text = serde_json::to_string(&recent).unwrap();
        assert_eq!(serde_json::from_str::<RecentPaths>(&text).unwrap(), recent);
        std::fs::remove_dir_all(&dir).ok();
    }
}

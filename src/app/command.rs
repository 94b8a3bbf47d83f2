//! What the user asked for during a frame; applied once after it.

use std::path::PathBuf;

use super::file_window::FileAction;
use super::safe_write::Destination;
use crate::i18n::Language;
use crate::lesson::NetworkSetup;
use crate::lesson::SplitView;
use crate::scenario::{RacerSettings, ShownSurface, ViewOptions};

/// One user intent.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show a zoo surface, the custom formula or the trained network (the zoo surface shown
    /// keeps its parameters).
    SelectSurface(ShownSurface),
    /// Change a parameter of the zoo surface.
    SetSurfaceParam(String, f64),
    /// Use this custom formula.
    SetFormula(String),
    /// Retrain the Network window's network with these settings and show its surface.
    ReshapeNetwork(NetworkSetup),
    /// Stop the Network window's training (what it trained so far is kept in the window).
    StopTraining,
    /// Replace a racer's settings.
    UpdateRacer(usize, RacerSettings),
    /// Add a racer (a copy of the selected one with the next colour).
    AddRacer,
    /// Remove a racer.
    RemoveRacer(usize),
    /// Copy a racer.
    DuplicateRacer(usize),
    /// Show a racer's details.
    SelectRacer(usize),
    /// Move a racer's start point.
    MoveStart(usize, [f64; 2]),
    /// Noise level σ, batch size B and seed.
    SetNoise {
        /// σ.
        noise: f64,
        /// B.
        batch: u64,
        /// Seed.
        seed: u64,
    },
    /// Updates computed per racer.
    SetSteps(u64),
    /// View toggles.
    SetView(ViewOptions),
    /// Split the view with this beside the main surface, or close the split.
    SetCompare(Option<SplitView>),
    /// Play or pause.
    TogglePlay,
    /// One step forward.
    Step,
    /// One step back.
    StepBack,
    /// Back to step 0.
    Reset,
    /// Animation speed in steps per frame.
    SetSpeed(f64),
    /// Start the critical-point search in the background.
    FindCriticalPoints,
    /// Stop the running background job.
    CancelJob,
    /// Large fonts and minimal chrome.
    TogglePresentation,
    /// The keyboard-shortcut window.
    ToggleHelp,
    /// Show the interface in this language.
    SetLanguage(Language),
    /// The hyper-parameter map window.
    ToggleHyperMap,
    /// Open or close the Network window.
    ToggleNetwork,
    /// Switch between the 2-D map and the 3-D view.
    Toggle3d,
    /// Set up lesson i (in the built-in order) and measure its claim.
    OpenLesson(usize),
    /// Close the lesson panel (the setup stays).
    CloseLesson,
    /// Open the file dialog for an action.
    ShowFileDialog(FileAction),
    /// Close the file dialog.
    CloseFileDialog,
    /// Write the setup to a scenario file.
    SaveScenario(Destination),
    /// Replace the setup with a scenario file's (kept as it is when the file is wrong).
    OpenScenario(PathBuf),
    /// Draw the view into a PNG of this many pixels (in the background).
    ExportPng(Destination, [usize; 2]),
    /// Animate the race into a looping GIF: size in pixels, number of frames.
    ExportGif(Destination, [usize; 2], usize),
    /// Write every racer's path as CSV, or JSON for a `.json` path.
    ExportTrajectories(Destination),
    /// Save a picture of the whole window, as shown, as a PNG.
    ExportWindow(Destination),
    /// Write the Network window's trained network, its data and its settings as JSON.
    ExportNetwork(Destination),
    /// Show a saved network in the Network window (what is shown stays when the file is
    /// wrong).
    OpenNetwork(PathBuf),
    /// Open the text of a file chosen in the browser's picker, named `name`, as `action` says
    /// (a scenario or a saved network).
    OpenText {
        /// What the file was chosen for.
        action: FileAction,
        /// Its name, for messages.
        name: String,
        /// Its contents.
        text: String,
    },
    /// Show or hide the share-link window.
    ToggleShare,
    /// Replace the setup (and the lesson on screen) with a share link's (the setup stays when
    /// the link is wrong).
    OpenLink(String),
}

//! Why a lesson file is refused or its claim could not be measured.

use thiserror::Error;

use crate::i18n::Message;
use crate::nn::NnError;
use crate::optim::SpecError;
use crate::run::RunError;
use crate::surface::SurfaceError;

/// What keeps a lesson from being read or measured.
#[derive(Debug, Error)]
pub enum LessonError {
    /// The file is not the TOML a lesson file is.
    #[error("{0}")]
    Toml(#[from] toml::de::Error),
    /// A setting could not be written back as TOML to lay changes over it.
    #[error("{0}")]
    Settings(#[from] toml::ser::Error),
    /// A problem inside one part of the lesson (its file, `[setup]`, the control, a racer…).
    #[error("{part}: {source}")]
    In {
        /// The part, as the lesson file names it.
        part: String,
        /// The problem there.
        source: Box<LessonError>,
    },
    /// The surface does not build.
    #[error(transparent)]
    Surface(#[from] SurfaceError),
    /// An optimizer or schedule SPEC is refused.
    #[error(transparent)]
    Spec(#[from] SpecError),
    /// A racer cannot run.
    #[error(transparent)]
    Run(#[from] RunError),
    /// The network, its data or its training is refused.
    #[error(transparent)]
    Network(#[from] NnError),
    /// A problem the app words in the language shown.
    #[error(transparent)]
    Message(#[from] Message),
    /// The control's changes leave the setup and the check as they were.
    #[error("the control changes nothing")]
    UnchangedControl,
    /// `[setup]` names no racer.
    #[error("a lesson needs at least one racer")]
    NoRacers,
    /// A check names a racer the setup does not have.
    #[error("there is no racer {0}")]
    NoRacer(usize),
    /// A check that compares two racers is given another number.
    #[error("{check} compares exactly two racers")]
    NotTwoRacers {
        /// The check's kind.
        check: &'static str,
    },
    /// Two lists that go together differ in length, e.g. 3 points for 2 kinds.
    #[error("{given} {items} for {expected} {per}")]
    Lengths {
        /// How many items the file gives.
        given: usize,
        /// What they are.
        items: &'static str,
        /// How many there should be.
        expected: usize,
        /// What each goes with.
        per: &'static str,
    },
    /// A check that needs each surface's known minimum, on a surface that documents none.
    #[error("the surfaces must document their minimum")]
    UnknownMinimum,
    /// Per-racer schedules that are not one per racer.
    #[error("{given} schedules for {racers} racers: give one per racer, or none")]
    Schedules {
        /// Schedules given.
        given: usize,
        /// Racers in the setup.
        racers: usize,
    },
    /// A coordinate written other than 0 (x) or 1 (y).
    #[error("axis must be 0 (x) or 1 (y), not {0}")]
    Axis(usize),
    /// The network surface without the network it shows.
    #[error("the network surface needs a [setup.network]")]
    NoNetwork,
    /// A check on a network in a lesson on a 2-D surface.
    #[error("this check needs a [setup.network]")]
    NeedsNetwork,
    /// A 2-D check on the trained network's surface.
    #[error("the network's surface is trained and sliced by the app")]
    NetworkSurfaceInApp,
    /// A split view flipping the racers beside the network, or the network beside a zoo surface.
    #[error("{flip} needs {needs}")]
    SplitView {
        /// The split view's name.
        flip: String,
        /// What it needs: "a surface of the zoo" or "the network surface".
        needs: &'static str,
    },
    /// Batch sizes that are not smaller than the training set.
    #[error("batch sizes must be 1 to {} (below the {examples} examples)", examples - 1)]
    BatchSizes {
        /// Training examples.
        examples: usize,
    },
    /// Per-example gradients asked of a network with batch norm.
    #[error("with batch norm an example's gradient depends on its batch")]
    BatchNormGradient,
    /// Model selection over fewer than three candidates.
    #[error("model selection needs at least three candidates")]
    FewCandidates,
    /// A rotation of the features asked of data that has not two.
    #[error("mismatch rotates two features, the data has {0}")]
    RotationFeatures(usize),
    /// Training that recorded no epoch.
    #[error("training recorded nothing")]
    NothingRecorded,
    /// The measurement was cancelled.
    #[error("cancelled")]
    Cancelled,
}

impl LessonError {
    /// Wraps `error` as a problem inside `part` of the lesson.
    pub fn within<E: Into<LessonError>>(part: impl Into<String>) -> impl FnOnce(E) -> Self {
        let part = part.into();
        move |error| Self::In {
            part,
            source: Box::new(error.into()),
        }
    }
}

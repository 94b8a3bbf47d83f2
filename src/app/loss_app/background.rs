//! Every kind of background work the app runs, in one place: the progress overlay, its Cancel
//! button and the repaint while busy all read this registry. Each feature owns its job; the
//! registry finds it by kind in one exhaustive match, so a new kind of job that is not handled
//! here does not compile.

use super::*;
use crate::app::job::{Running, as_running};

/// Declares [`JobKind`] and [`JobKind::ALL`], every kind in the order written, from one list.
macro_rules! job_kinds {
    ($($(#[doc = $doc:literal])* $kind:ident,)*) => {
        /// Which background job.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum JobKind {
            $($(#[doc = $doc])* $kind,)*
        }

        impl JobKind {
            /// Every kind, in the order the overlay shows them.
            pub const ALL: &[JobKind] = &[$(JobKind::$kind,)*];
        }
    };
}

// In the order the overlay shows them: the grid last, it is the least interesting.
job_kinds! {
    /// Searching for critical points.
    CriticalPoints,
    /// Mapping basins.
    Basins,
    /// Mapping hyper-parameters.
    HyperMap,
    /// Exporting a file.
    Export,
    /// Computing paths.
    Paths,
    /// Measuring a lesson's claim.
    LessonCheck,
    /// Training the Network window's network (also for the network surface).
    NetworkTraining,
    /// The Hessian spectrum of the Network window's network.
    NetworkSpectrum,
    /// Training the split view's flipped network.
    SplitTraining,
    /// Computing the split view's paths.
    SplitPaths,
    /// Refining the split view's second surface.
    SplitGrid,
    /// Refining the surface's grid.
    Grid,
}

impl LossApp {
    /// The job of `kind`, while it runs: each is owned by its feature.
    fn job(&self, kind: JobKind) -> Option<&dyn Running> {
        let split = self.compare.as_ref();
        match kind {
            JobKind::Grid => as_running(&self.grid_job),
            JobKind::CriticalPoints => self.critical.job(),
            JobKind::Basins => self.basins.job(),
            JobKind::HyperMap => self.hyper_map.job(),
            JobKind::Export => self.exporter.job(),
            JobKind::Paths => self.paths.job(),
            JobKind::LessonCheck => as_running(&self.lesson.as_ref()?.job),
            JobKind::NetworkTraining => self.network.training_job(),
            JobKind::NetworkSpectrum => self.network.spectrum_job(),
            JobKind::SplitGrid => split?.grid_job(),
            JobKind::SplitPaths => split?.paths_job(),
            JobKind::SplitTraining => split?.training_job(),
        }
    }

    /// Every running job with its kind, in the order of [`JobKind::ALL`].
    pub(super) fn running_jobs(&self) -> Vec<(JobKind, &dyn Running)> {
        (JobKind::ALL.iter())
            .filter_map(|&kind| Some((kind, self.job(kind)?)))
            .collect()
    }

    /// The job the overlay shows (the first running), its label and progress.
    pub fn job_status(&self) -> Option<(JobKind, &Message, f32)> {
        let (kind, job) = *self.running_jobs().first()?;
        Some((kind, job.label(), job.fraction()))
    }

    /// Whether any job runs.
    pub(super) fn busy(&self) -> bool {
        !self.running_jobs().is_empty()
    }

    /// Asks every running job to stop; each reports what it had when it stops.
    pub(super) fn cancel_jobs(&self) {
        for (_, job) in self.running_jobs() {
            job.cancel();
        }
    }
}

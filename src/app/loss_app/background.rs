//! Every kind of background work the app runs, in one place: the progress overlay, its Cancel
//! button and the repaint while busy all read this registry, so a new kind of job that is not
//! listed here does not compile.

use super::*;
use crate::app::job::{Running, as_running};

/// The app's background jobs, one slot per kind.
#[derive(Default)]
pub(super) struct BackgroundJobs {
    /// The surface sampled on the fine grid.
    pub grid: Option<Job<ShadedGrid>>,
    /// The critical-point search.
    pub critical: Option<Job<Vec<FoundPoint>>>,
    /// The basin map.
    pub basins: Option<Job<Result<BasinMap, Message>>>,
    /// An export (PNG, GIF, CSV, JSON, the window): what was written, or why not.
    pub export: Option<Job<Result<Message, Message>>>,
    /// Paths computed in the background (on expensive surfaces, or too many for a frame).
    pub paths: Option<Job<Vec<Path>>>,
}

/// Which background job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    /// Refining the surface's grid.
    Grid,
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
    /// Refining the split view's second surface.
    SplitGrid,
    /// Computing the split view's paths.
    SplitPaths,
    /// Training the split view's flipped network.
    SplitTraining,
}

impl LossApp {
    /// Every running job with its kind, in the order the overlay shows them (the grid last:
    /// it is the least interesting). The slots are destructured without `..`, so a slot added
    /// to [`BackgroundJobs`] and not listed here is a compile error.
    pub(super) fn running_jobs(&self) -> Vec<(JobKind, &dyn Running)> {
        let BackgroundJobs {
            grid,
            critical,
            basins,
            export,
            paths,
        } = &self.jobs;
        let lesson = self.lesson.as_ref().and_then(|l| l.job.as_ref());
        let first: [(JobKind, Option<&dyn Running>); 6] = [
            (JobKind::CriticalPoints, as_running(critical)),
            (JobKind::Basins, as_running(basins)),
            self.hyper_map.job(),
            (JobKind::Export, as_running(export)),
            (JobKind::Paths, as_running(paths)),
            (JobKind::LessonCheck, lesson.map(|j| j as &dyn Running)),
        ];
        // Then the features that own their jobs: the Network window and the split view.
        let split = self.compare.as_ref().map(ComparePane::jobs);
        (first.into_iter())
            .chain(self.network.jobs())
            .chain(split.into_iter().flatten())
            .chain([(JobKind::Grid, as_running(grid))])
            .filter_map(|(kind, job)| job.map(|job| (kind, job)))
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

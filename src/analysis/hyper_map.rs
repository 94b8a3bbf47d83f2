//! The hyper-parameter map: for one surface and start, how a racer fares over a grid of
//! (learning rate, second hyper-parameter) — steps to arrive, or divergence. The
//! stable/unstable boundary shows at a glance.

use crate::i18n::Message;
use serde::Serialize;

use super::cells::Cells;
use crate::optim::{HyperParameter, OptimizerKind, ValueMut};
use crate::progress::Progress;
use crate::run::{Milestone, Run, RunConfig, RunError, Status};
use crate::surface::Surface;

/// The second axis of the map for an optimizer: a numeric hyper-parameter it takes, and its
/// range.
pub fn second_axis(kind: OptimizerKind) -> (HyperParameter, [f64; 2]) {
    match kind {
        OptimizerKind::Sgd | OptimizerKind::Rmsprop => (HyperParameter::Momentum, [0.0, 0.99]),
        OptimizerKind::Adagrad => (HyperParameter::LrDecay, [0.0, 0.1]),
        OptimizerKind::Newton => (HyperParameter::Damping, [0.0, 10.0]),
        OptimizerKind::Adam
        | OptimizerKind::Adamw
        | OptimizerKind::Nadam
        | OptimizerKind::Radam => (HyperParameter::Beta1, [0.0, 0.99]),
    }
}

/// Outcomes over an `n × n` grid: learning rates log-spaced along x, the second one linearly
/// along y; row by row from the bottom.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HyperMap {
    /// The learning rates of the columns.
    pub lrs: Vec<f64>,
    /// The second hyper-parameter.
    #[serde(rename = "key")]
    pub parameter: HyperParameter,
    /// Its values, one per row.
    pub values: Vec<f64>,
    /// Per cell: steps to the milestone, if reached.
    pub steps: Vec<Option<u64>>,
    /// Per cell: whether the run diverged.
    pub diverged: Vec<bool>,
}

/// Runs `base` with every (lr, second) pair of an `n × n` grid, lr from `lr_range[0]` to
/// `lr_range[1]` (log-spaced), from `start`, watching `milestone`.
pub fn hyperparameter_map(
    surface: &Surface,
    start: [f64; 2],
    base: &RunConfig,
    lr_range: [f64; 2],
    n: usize,
    milestone: Milestone,
    progress: &Progress,
) -> Result<HyperMap, RunError> {
    let grid = HyperGrid {
        start,
        lr_range,
        n,
        milestone,
    };
    let mut work = HyperMapWork::new(surface.clone(), base, grid, progress)?;
    loop {
        if let Some(map) = work.piece(usize::MAX, progress) {
            return Ok(map);
        }
    }
}

/// Where a hyper-parameter map starts its runs, over which grid, and what it watches.
#[derive(Clone, Copy, Debug)]
pub struct HyperGrid {
    /// The start of every run.
    pub start: [f64; 2],
    /// The learning rates of the first and last columns (log-spaced between).
    pub lr_range: [f64; 2],
    /// Cells per side.
    pub n: usize,
    /// What counts as arriving.
    pub milestone: Milestone,
}

/// A hyper-parameter map under way, a few cells at a time (see [`Cells`]), so a page with one
/// thread can spread it over frames.
pub struct HyperMapWork {
    surface: Surface,
    base: RunConfig,
    grid: HyperGrid,
    lrs: Vec<f64>,
    parameter: HyperParameter,
    values: Vec<f64>,
    /// Per cell: steps to the milestone, if reached, and whether the run diverged.
    cells: Cells<(Option<u64>, bool)>,
}

impl HyperMapWork {
    /// Checks the map asked for (see [`hyperparameter_map`]); `progress` will count the cells.
    pub fn new(
        surface: Surface,
        base: &RunConfig,
        grid: HyperGrid,
        progress: &Progress,
    ) -> Result<Self, RunError> {
        let (parameter, [lo, hi]) = second_axis(base.optimizer.kind);
        let HyperGrid { lr_range, n, .. } = grid;
        if !(lr_range[0] > 0.0 && lr_range[1] > lr_range[0] && n >= 2) {
            return Err(RunError::Invalid(Message::new("run-bad-lr-range")));
        }
        let (l0, l1) = (lr_range[0].ln(), lr_range[1].ln());
        let step = |k: usize| k as f64 / (n - 1) as f64;
        let mut base = base.clone();
        base.trail_capacity = 0;
        Ok(Self {
            surface,
            base,
            grid,
            lrs: (0..n).map(|i| (l0 + (l1 - l0) * step(i)).exp()).collect(),
            parameter,
            values: (0..n).map(|j| lo + (hi - lo) * step(j)).collect(),
            cells: Cells::new(n * n, progress),
        })
    }

    /// Runs up to `count` more cells (in parallel); the map once every cell has run, or
    /// `progress` is cancelled (the cells not run then count as neither arriving nor
    /// diverging).
    pub fn piece(&mut self, count: usize, progress: &Progress) -> Option<HyperMap> {
        let n = self.grid.n;
        let run_cell = |c: usize| {
            let mut config = self.base.clone();
            config.optimizer.lr = self.lrs[c % n];
            if let ValueMut::Number(second, _) = config.optimizer.value_mut(self.parameter) {
                *second = self.values[c / n];
            }
            Run::new(self.surface.clone(), self.grid.start, config)
                .ok()
                .map_or((None, true), |mut run| {
                    run.watch(self.grid.milestone);
                    run.finish();
                    (
                        run.milestone_step(),
                        matches!(run.status(), Status::Diverged { .. }),
                    )
                })
        };
        if !self
            .cells
            .piece(count, progress, run_cell, || (None, false))
        {
            return None;
        }
        let cells = self.cells.all_or((None, false));
        Some(HyperMap {
            lrs: self.lrs.clone(),
            parameter: self.parameter,
            values: self.values.clone(),
            steps: cells.iter().map(|c| c.0).collect(),
            diverged: cells.iter().map(|c| c.1).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::cells::in_pieces;
    use super::*;
    use crate::surface::build_surface;

    #[test]
    fn a_map_in_pieces_is_the_whole_map() {
        let s = build_surface("bowl", &[]).unwrap();
        let mut base = RunConfig::new("sgd".parse().unwrap());
        base.max_steps = 500;
        let grid = HyperGrid {
            start: [1.0, 1.0],
            lr_range: [0.01, 3.0],
            n: 9,
            milestone: Milestone::Loss(1e-8),
        };
        let progress = Progress::new();
        let whole = hyperparameter_map(
            &s,
            grid.start,
            &base,
            grid.lr_range,
            grid.n,
            grid.milestone,
            &progress,
        )
        .unwrap();
        // Some cells arrive, some diverge: a map with something to get wrong.
        assert!(whole.steps.iter().any(Option::is_some));
        assert!(whole.diverged.iter().any(|&d| d));
        let mut work = HyperMapWork::new(s, &base, grid, &progress).unwrap();
        let (map, pieces) = in_pieces(|| work.piece(10, &progress));
        assert_eq!(map, whole);
        assert_eq!(pieces, 81usize.div_ceil(10));
    }

    #[test]
    fn the_stability_boundary_of_heavy_ball_on_a_bowl() {
        // On f = x² + y² (λ = 2) heavy-ball momentum μ is stable exactly for lr·λ < 2(1 + μ).
        let s = build_surface("bowl", &[]).unwrap();
        let mut base = RunConfig::new("sgd".parse().unwrap());
        base.max_steps = 3000;
        let map = hyperparameter_map(
            &s,
            [1.0, 1.0],
            &base,
            [0.01, 10.0],
            24,
            Milestone::Loss(1e-8),
            &Progress::new(),
        )
        .unwrap();
        assert_eq!(map.parameter, HyperParameter::Momentum);
        for (c, (&steps, &diverged)) in map.steps.iter().zip(&map.diverged).enumerate() {
            let (lr, mu) = (map.lrs[c % 24], map.values[c / 24]);
            let margin = lr * 2.0 / (2.0 * (1.0 + mu));
            if margin < 0.97 && lr > 0.05 {
                assert!(
                    steps.is_some() && !diverged,
                    "lr {lr} μ {mu} should converge"
                );
            }
            if margin > 1.03 {
                assert!(diverged, "lr {lr} μ {mu} should diverge");
            }
        }
    }
}

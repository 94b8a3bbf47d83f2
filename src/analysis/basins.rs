//! Basins of attraction: which minimum an optimizer reaches from each start of a grid.

use crate::i18n::Message;
use serde::Serialize;

use super::cells::Cells;
use super::critical::find_critical_points;
use crate::progress::Progress;
use crate::run::{LIMITS, Run, RunConfig, RunError, Status};
use crate::surface::{Kind, Surface};

/// Label of a cell whose run diverged.
pub const DIVERGED: i32 = -2;
/// Label of a cell whose run ended near no known minimum.
pub const UNSETTLED: i32 = -1;

/// The basin map of one optimizer on one surface.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BasinMap {
    /// Cells per side.
    pub grid: usize,
    /// Updates per start.
    pub steps: u64,
    /// The minima cells are assigned to.
    pub minima: Vec<[f64; 2]>,
    /// For each cell, row by row from the bottom: the index into `minima`, [`UNSETTLED`] (−1)
    /// or [`DIVERGED`] (−2).
    pub cells: Vec<i32>,
    /// How many cells went to each minimum.
    pub counts: Vec<usize>,
    /// Cells that ended near no minimum.
    pub unsettled: usize,
    /// Cells whose run diverged.
    pub diverged: usize,
}

/// Runs `config` for `steps` updates from the centre of every cell of an `n × n` grid over the
/// domain, and assigns each end point to the nearest minimum within 2 % of the domain's extent.
/// The minima are the documented ones, or those the critical-point search finds.
pub fn basin_map(
    surface: &Surface,
    config: &RunConfig,
    n: usize,
    steps: u64,
) -> Result<BasinMap, RunError> {
    basin_map_with(surface, config, n, steps, &Progress::new())
}

/// [`basin_map`], reporting each finished cell to `progress`; cells not yet run when it is
/// cancelled are counted as [`UNSETTLED`].
pub fn basin_map_with(
    surface: &Surface,
    config: &RunConfig,
    n: usize,
    steps: u64,
    progress: &Progress,
) -> Result<BasinMap, RunError> {
    let mut work = BasinWork::new(surface.clone(), config, n, steps, progress)?;
    loop {
        if let Some(map) = work.piece(usize::MAX, progress) {
            return Ok(map);
        }
    }
}

/// A basin map under way, a few cells at a time (see [`Cells`]), so a page with one thread can
/// spread it over frames.
pub struct BasinWork {
    surface: Surface,
    config: RunConfig,
    n: usize,
    starts: Vec<[f64; 2]>,
    minima: Vec<[f64; 2]>,
    /// How near a minimum a run must end to count as reaching it.
    radius: f64,
    labels: Cells<i32>,
}

impl BasinWork {
    /// Checks the map asked for (see [`basin_map`]) and finds the minima its cells are
    /// assigned to; `progress` will count the cells.
    pub fn new(
        surface: Surface,
        config: &RunConfig,
        n: usize,
        steps: u64,
        progress: &Progress,
    ) -> Result<Self, RunError> {
        let cells = n.saturating_mul(n);
        if n == 0 || cells > LIMITS.max_basin_cells {
            let problem = Message::new("run-basin-grid-outside")
                .arg("n", n)
                .arg("most", (LIMITS.max_basin_cells as f64).sqrt() as usize);
            return Err(RunError::TooLarge(problem));
        }
        if (cells as u64).saturating_mul(steps) > LIMITS.max_basin_work {
            let problem = Message::new("run-basin-work-outside")
                .arg("cells", cells)
                .arg("steps", steps)
                .arg("limit", LIMITS.max_basin_work);
            return Err(RunError::TooLarge(problem));
        }
        let mut config = config.clone();
        config.max_steps = steps;
        config.trail_capacity = 0;
        config.validate()?;
        let minima = minima_of(&surface);
        let radius = 0.02 * surface.domain().extent();
        let starts = surface.domain().cell_centers(n);
        Ok(Self {
            labels: Cells::new(starts.len(), progress),
            surface,
            config,
            n,
            starts,
            minima,
            radius,
        })
    }

    /// Runs up to `count` more cells (in parallel); the map once every cell has run, or
    /// `progress` is cancelled.
    pub fn piece(&mut self, count: usize, progress: &Progress) -> Option<BasinMap> {
        let run_from = |i: usize| {
            let Ok(mut run) = Run::new(self.surface.clone(), self.starts[i], self.config.clone())
            else {
                return DIVERGED;
            };
            run.finish();
            if matches!(run.status(), Status::Diverged { .. }) {
                return DIVERGED;
            }
            nearest(&self.minima, run.current().point, self.radius)
        };
        if !self.labels.piece(count, progress, run_from, || UNSETTLED) {
            return None;
        }
        let cells = self.labels.all_or(UNSETTLED);
        let mut counts = vec![0; self.minima.len()];
        let (mut unsettled, mut diverged) = (0, 0);
        for &label in &cells {
            match label {
                DIVERGED => diverged += 1,
                UNSETTLED => unsettled += 1,
                i => counts[i as usize] += 1,
            }
        }
        Some(BasinMap {
            grid: self.n,
            steps: self.config.max_steps,
            minima: self.minima.clone(),
            cells,
            counts,
            unsettled,
            diverged,
        })
    }
}

fn minima_of(surface: &Surface) -> Vec<[f64; 2]> {
    let documented: Vec<[f64; 2]> = surface
        .info()
        .critical_points
        .iter()
        .filter(|c| c.kind == Kind::Minimum)
        .map(|c| c.at)
        .collect();
    if !documented.is_empty() {
        return documented;
    }
    find_critical_points(surface, 24)
        .into_iter()
        .filter(|p| p.kind == Kind::Minimum)
        .map(|p| [p.x, p.y])
        .collect()
}

fn nearest(minima: &[[f64; 2]], p: [f64; 2], radius: f64) -> i32 {
    minima
        .iter()
        .enumerate()
        .map(|(i, m)| (i, (p[0] - m[0]).hypot(p[1] - m[1])))
        .filter(|&(_, d)| d <= radius)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(UNSETTLED, |(i, _)| i as i32)
}

#[cfg(test)]
mod tests {
    use super::super::cells::in_pieces;
    use super::*;
    use crate::surface::build_surface;

    #[test]
    fn himmelblau_has_four_basins_and_hill_two() {
        let s = build_surface("himmelblau", &[]).unwrap();
        let config = RunConfig::new("sgd:lr=0.005".parse().unwrap());
        let map = basin_map(&s, &config, 16, 2000).unwrap();
        assert_eq!(map.cells.len(), 256);
        assert!(map.counts.iter().all(|&c| c > 20), "{:?}", map.counts);
        assert_eq!(
            map.counts.iter().sum::<usize>() + map.unsettled + map.diverged,
            256
        );
        // On `hill`, starts left of the ridge x = 0 end in the shallow minimum (index 0), starts
        // right of it in the deep one (index 1): gradient descent never crosses the ridge.
        let hill = build_surface("hill", &[]).unwrap();
        let map = basin_map(&hill, &config, 10, 4000).unwrap();
        let centers = hill.domain().cell_centers(10);
        for (c, &label) in centers.iter().zip(&map.cells) {
            assert_eq!(label, if c[0] < 0.0 { 0 } else { 1 }, "{c:?}");
        }
    }

    #[test]
    fn a_map_in_pieces_is_the_whole_map_and_a_cancelled_one_is_padded() {
        let s = build_surface("himmelblau", &[]).unwrap();
        let config = RunConfig::new("sgd:lr=0.005".parse().unwrap());
        let whole = basin_map(&s, &config, 12, 500).unwrap();
        let progress = Progress::new();
        let mut work = BasinWork::new(s.clone(), &config, 12, 500, &progress).unwrap();
        let (map, pieces) = in_pieces(|| work.piece(10, &progress));
        assert_eq!(map, whole);
        assert_eq!(pieces, 144usize.div_ceil(10));
        let mut work = BasinWork::new(s, &config, 12, 500, &progress).unwrap();
        assert!(work.piece(10, &progress).is_none());
        progress.cancel();
        let cancelled = work.piece(10, &progress).expect("over once cancelled");
        assert_eq!(cancelled.cells[..10], whole.cells[..10]);
        assert_eq!(cancelled.cells.len(), 144);
        assert!(cancelled.cells[10..].iter().all(|&c| c == UNSETTLED));
    }

    #[test]
    fn oversized_requests_are_refused_with_the_limit() {
        let s = build_surface("bowl", &[]).unwrap();
        let config = RunConfig::new("sgd".parse().unwrap());
        let e = basin_map(&s, &config, 1000, 10).unwrap_err().to_string();
        assert!(e.contains("1000×1000") && e.contains("512"), "{e}");
        let e = basin_map(&s, &config, 500, 1_000_000)
            .unwrap_err()
            .to_string();
        assert!(e.contains("limit of 2000000000"), "{e}");
    }
}

//! A field sampled at the cell centres of a regular grid, in parallel, and its colour scaling.

use rayon::prelude::*;

use crate::progress::Progress;
use crate::surface::{Domain, Surface};

/// Values of f at the centres of an `nx × ny` grid of cells over a domain, row by row from the
/// bottom.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    /// The rectangle covered.
    pub domain: Domain,
    /// Cells along x.
    pub nx: usize,
    /// Cells along y.
    pub ny: usize,
    /// `values[j * nx + i]` = f at the centre of cell (i, j).
    pub values: Vec<f64>,
}

/// The log scale's offset δ as a fraction of the value range: it resolves four decades.
const LOG_DELTA: f64 = 1e-4;

/// How values map to [0, 1] for colouring and contour spacing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scaling {
    /// The value mapped to 0.
    pub low: f64,
    /// The value mapped to 1 (larger values clamp).
    pub high: f64,
    /// Logarithmic: t = ln(1 + (f − low)/δ) / ln(1 + (high − low)/δ), δ = 10⁻⁴·(high − low).
    pub log: bool,
}

impl Grid {
    /// Samples `surface` on an `n × n` grid over `domain`, in parallel.
    pub fn sample(surface: &Surface, domain: Domain, n: usize) -> Self {
        Self::sample_with(surface, domain, n, &Progress::new())
    }

    /// [`Grid::sample`], one `progress` tick per row; once it is cancelled, the rows not yet
    /// sampled are left NaN.
    pub fn sample_with(surface: &Surface, domain: Domain, n: usize, progress: &Progress) -> Self {
        let mut rows = GridRows::new(domain, n);
        loop {
            if let Some(grid) = rows.sample(surface, n, progress) {
                return grid;
            }
        }
    }

    /// The centre of cell (i, j).
    pub fn center(&self, i: usize, j: usize) -> [f64; 2] {
        let [w, h] = self.domain.size();
        [
            self.domain.x[0] + (i as f64 + 0.5) * w / self.nx as f64,
            self.domain.y[0] + (j as f64 + 0.5) * h / self.ny as f64,
        ]
    }

    /// A scaling from the minimum to the 99.5th percentile of the finite values, so that a
    /// few huge values (Goldstein–Price reaches 10⁶) do not wash out the picture.
    pub fn scaling(&self, log: bool) -> Scaling {
        let mut finite: Vec<f64> = self
            .values
            .iter()
            .copied()
            .filter(|v| v.is_finite())
            .collect();
        if finite.is_empty() {
            return Scaling {
                low: 0.0,
                high: 1.0,
                log,
            };
        }
        finite.sort_by(f64::total_cmp);
        let low = finite[0];
        let top = ((finite.len() - 1) as f64 * 0.995).round() as usize;
        let mut high = finite[top];
        if high <= low {
            high = low + 1.0;
        }
        Scaling { low, high, log }
    }
}

impl Scaling {
    /// Where `v` falls in [0, 1]; `None` for a non-finite value.
    pub fn unit(&self, v: f64) -> Option<f64> {
        if !v.is_finite() {
            return None;
        }
        let span = self.high - self.low;
        let x = ((v - self.low) / span).clamp(0.0, 1.0);
        Some(if self.log {
            (1.0 + x / LOG_DELTA).ln() / (1.0 + 1.0 / LOG_DELTA).ln()
        } else {
            x
        })
    }

    /// The value at position `t` ∈ [0, 1]: the inverse of [`Scaling::unit`].
    pub fn value_at(&self, t: f64) -> f64 {
        let span = self.high - self.low;
        let x = if self.log {
            ((t * (1.0 + 1.0 / LOG_DELTA).ln()).exp() - 1.0) * LOG_DELTA
        } else {
            t
        };
        self.low + x * span
    }

    /// `count` contour levels evenly spaced in the scaled unit, excluding the ends.
    pub fn levels(&self, count: usize) -> Vec<f64> {
        (1..=count)
            .map(|k| self.value_at(k as f64 / (count + 1) as f64))
            .collect()
    }
}

/// An `n × n` grid sampled a few rows at a time, so that work sharing one thread with a user
/// interface can pause between pieces.
#[derive(Clone, Debug)]
pub struct GridRows {
    domain: Domain,
    n: usize,
    /// The rows sampled so far, from the bottom.
    values: Vec<f64>,
}

impl GridRows {
    /// A grid of `n × n` cells over `domain`, no row sampled yet.
    pub fn new(domain: Domain, n: usize) -> Self {
        Self {
            domain,
            n,
            values: Vec::with_capacity(n * n),
        }
    }

    /// Samples the next `rows` rows in parallel, one `progress` tick each (the first call
    /// starts `progress` at n rows). Returns the grid once the last row is sampled, or once
    /// cancelled, with the rows not yet sampled NaN.
    pub fn sample(&mut self, surface: &Surface, rows: usize, progress: &Progress) -> Option<Grid> {
        let n = self.n;
        let done = self.values.len() / n.max(1);
        if done == 0 {
            progress.start(n);
        }
        let until = done.saturating_add(rows.max(1)).min(n);
        let [w, h] = self.domain.size();
        let (dx, dy) = (w / n as f64, h / n as f64);
        let [x0, y0] = [self.domain.x[0], self.domain.y[0]];
        let piece: Vec<f64> = (done..until)
            .into_par_iter()
            .flat_map_iter(|row| {
                let cancelled = progress.is_cancelled();
                let y = y0 + (row as f64 + 0.5) * dy;
                let values: Vec<f64> = (0..n)
                    .map(|col| {
                        if cancelled {
                            f64::NAN
                        } else {
                            surface.value_for_drawing([x0 + (col as f64 + 0.5) * dx, y])
                        }
                    })
                    .collect();
                progress.tick();
                values
            })
            .collect();
        self.values.extend(piece);
        if self.values.len() < n * n && !progress.is_cancelled() {
            return None;
        }
        let mut values = std::mem::take(&mut self.values);
        values.resize(n * n, f64::NAN);
        Some(Grid {
            domain: self.domain,
            nx: n,
            ny: n,
            values,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::build_surface;

    #[test]
    fn sampling_reports_rows_and_stops_when_cancelled() {
        let s = build_surface("bowl", &[]).unwrap();
        let progress = Progress::new();
        let g = Grid::sample_with(&s, Domain::square(1.0), 8, &progress);
        assert_eq!(progress.fraction(), 1.0);
        assert_eq!(g, Grid::sample(&s, Domain::square(1.0), 8));
        progress.cancel();
        let g = Grid::sample_with(&s, Domain::square(1.0), 8, &progress);
        assert_eq!(g.values.len(), 64);
        assert!(g.values.iter().all(|v| v.is_nan()));
    }

    #[test]
    fn samples_cell_centres_and_scales() {
        let s = build_surface("bowl", &[]).unwrap();
        let g = Grid::sample(&s, Domain::square(1.0), 4);
        assert_eq!(g.values.len(), 16);
        assert_eq!(g.center(0, 0), [-0.75, -0.75]);
        assert_eq!(g.values[0], 0.75f64 * 0.75 * 2.0);
        let lin = g.scaling(false);
        assert_eq!(lin.low, 0.25f64 * 0.25 * 2.0);
        for log in [false, true] {
            let sc = Scaling {
                low: 1.0,
                high: 5.0,
                log,
            };
            for t in [0.0, 0.3, 1.0] {
                let v = sc.value_at(t);
                assert!((sc.unit(v).unwrap() - t).abs() < 1e-12);
            }
            assert_eq!(sc.unit(f64::NAN), None);
            let levels = sc.levels(3);
            assert!(levels.windows(2).all(|w| w[0] < w[1]) && levels[0] > 1.0 && levels[2] < 5.0);
        }
    }

    #[test]
    fn a_grid_sampled_row_by_row_is_the_surface_at_every_cell_centre() {
        let s = build_surface("rosenbrock", &[]).unwrap();
        let domain = s.domain();
        let progress = Progress::new();
        let mut rows = GridRows::new(domain, 6);
        let mut pieces = 1;
        let grid = loop {
            if let Some(grid) = rows.sample(&s, 1, &progress) {
                break grid;
            }
            assert_eq!(progress.fraction(), pieces as f32 / 6.0, "one row a piece");
            pieces += 1;
        };
        assert_eq!(pieces, 6);
        let at_centres: Vec<f64> = (domain.cell_centers(6).into_iter())
            .map(|p| s.value_for_drawing(p))
            .collect();
        assert_eq!(grid.values, at_centres);
        assert_eq!(grid, Grid::sample(&s, domain, 6));
        // Cancelled after two rows: those stay, the rest is NaN.
        let progress = Progress::new();
        let mut rows = GridRows::new(domain, 6);
        assert!(rows.sample(&s, 2, &progress).is_none());
        progress.cancel();
        let grid = rows.sample(&s, 1, &progress).expect("cancelled: done");
        assert_eq!(grid.values[..12], at_centres[..12]);
        assert!(grid.values[12..].iter().all(|v| v.is_nan()));
    }
}

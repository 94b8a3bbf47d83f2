//! Critical-point search: Newton's method on ∇f = 0 from a grid of seeds, deduplicated and
//! classified.

use serde::Serialize;

use super::cells::Cells;
use super::eigen::{classify, symmetric_eigen2};
use crate::progress::Progress;
use crate::surface::{Kind, Surface};

/// Newton iterations per seed.
const MAX_ITERATIONS: usize = 200;

/// A critical point found by the search.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FoundPoint {
    /// First coordinate.
    pub x: f64,
    /// Second coordinate.
    pub y: f64,
    /// f there.
    pub value: f64,
    /// The second-order test's verdict.
    pub kind: Kind,
    /// Hessian eigenvalues, ascending.
    pub eigenvalues: [f64; 2],
}

/// Searches the surface's domain from an `n × n` grid of seeds (plus its suggested starts).
/// Points closer than 10⁻⁴ domain extents are merged. Sorted by kind, then x, then y.
pub fn find_critical_points(surface: &Surface, n: usize) -> Vec<FoundPoint> {
    find_critical_points_with(surface, n, &Progress::new())
}

/// [`find_critical_points`], reporting each finished seed to `progress` and stopping early
/// (with what was found so far) when it is cancelled.
pub fn find_critical_points_with(
    surface: &Surface,
    n: usize,
    progress: &Progress,
) -> Vec<FoundPoint> {
    let mut search = CriticalPointSearch::new(surface.clone(), n, progress);
    loop {
        if let Some(points) = search.piece(usize::MAX, progress) {
            return points;
        }
    }
}

/// A critical-point search under way, a few seeds at a time, so a page with one thread can
/// spread it over frames (Newton on a network's surface takes milliseconds per seed).
pub struct CriticalPointSearch {
    surface: Surface,
    seeds: Vec<[f64; 2]>,
    /// Where Newton from each seed run so far converged, if it did.
    found: Cells<Option<[f64; 2]>>,
}

impl CriticalPointSearch {
    /// A search of `surface` from an `n × n` grid of seeds plus its suggested starts (see
    /// [`find_critical_points`]); `progress` will count the seeds.
    pub fn new(surface: Surface, n: usize, progress: &Progress) -> Self {
        let mut seeds = surface.domain().cell_centers(n);
        seeds.extend(surface.info().starts.iter().copied());
        let found = Cells::new(seeds.len(), progress);
        Self {
            surface,
            seeds,
            found,
        }
    }

    /// Runs Newton from up to `count` more seeds (in parallel); once every seed has run, or
    /// `progress` is cancelled, the points found.
    pub fn piece(&mut self, count: usize, progress: &Progress) -> Option<Vec<FoundPoint>> {
        let (surface, seeds) = (&self.surface, &self.seeds);
        let newton = |i: usize| newton_to_critical(surface, seeds[i]);
        let over = self.found.piece(count, progress, newton, || None);
        over.then(|| self.points())
    }

    /// The points found, merged, classified and sorted.
    fn points(&self) -> Vec<FoundPoint> {
        let surface = &self.surface;
        let merge = 1e-4 * surface.domain().extent();
        let mut unique: Vec<[f64; 2]> = Vec::new();
        for &p in self.found.done().iter().flatten() {
            if !unique
                .iter()
                .any(|q| (p[0] - q[0]).hypot(p[1] - q[1]) <= merge)
            {
                unique.push(p);
            }
        }
        let mut points: Vec<FoundPoint> = unique
            .into_iter()
            .filter_map(|at| {
                let (value, _, h) = surface.hessian(at);
                let eigen = symmetric_eigen2(h);
                Some(FoundPoint {
                    x: at[0],
                    y: at[1],
                    value,
                    kind: classify(&eigen.values)?,
                    eigenvalues: eigen.values,
                })
            })
            .collect();
        points.sort_by(|a, b| {
            (a.kind as u8)
                .cmp(&(b.kind as u8))
                .then(a.x.total_cmp(&b.x))
                .then(a.y.total_cmp(&b.y))
        });
        points
    }
}

/// Newton's method on ∇f = 0 from `seed`; the converged point if it stays in the domain.
fn newton_to_critical(surface: &Surface, seed: [f64; 2]) -> Option<[f64; 2]> {
    let domain = surface.domain();
    let extent = domain.extent();
    let mut p = seed;
    for _ in 0..MAX_ITERATIONS {
        let (_, g, h) = surface.hessian(p);
        let h_norm = h.iter().flatten().map(|v| v * v).sum::<f64>().sqrt();
        let g_norm = g[0].hypot(g[1]);
        if !(g_norm.is_finite() && h_norm.is_finite()) {
            return None;
        }
        if g_norm <= 1e-12 * (1.0 + h_norm * extent) {
            return Some(p);
        }
        let det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
        if det == 0.0 {
            return None;
        }
        let mut d = [
            (h[1][1] * g[0] - h[0][1] * g[1]) / det,
            (h[0][0] * g[1] - h[1][0] * g[0]) / det,
        ];
        // A step longer than the domain is cut back: Newton far from a root can fly off.
        let len = d[0].hypot(d[1]);
        if !len.is_finite() {
            return None;
        }
        if len > extent {
            d = [d[0] * extent / len, d[1] * extent / len];
        }
        p = [p[0] - d[0], p[1] - d[1]];
        if !domain.contains(p, 0.5 * extent) {
            return None;
        }
        if len <= 1e-13 * extent {
            let accept = g_norm <= 1e-7 * (1.0 + h_norm * extent);
            return (accept && domain.contains(p, 1e-9 * extent)).then_some(p);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::cells::in_pieces;
    use super::*;
    use crate::surface::build_surface;

    #[test]
    fn a_search_in_pieces_finds_what_the_whole_search_finds() {
        for name in ["himmelblau", "monkey-saddle", "tiny-net"] {
            let surface = build_surface(name, &[]).expect(name);
            let whole = find_critical_points(&surface, 15);
            assert!(!whole.is_empty(), "{name}");
            let progress = Progress::new();
            let mut search = CriticalPointSearch::new(surface, 15, &progress);
            let (points, pieces) = in_pieces(|| search.piece(7, &progress));
            assert_eq!(points, whole, "{name}");
            assert_eq!(pieces, search.seeds.len().div_ceil(7), "{name}");
            assert_eq!(progress.fraction(), 1.0);
        }
    }

    #[test]
    fn a_cancelled_search_ends_with_what_its_seeds_so_far_found() {
        let surface = build_surface("himmelblau", &[]).expect("himmelblau");
        let progress = Progress::new();
        let mut search = CriticalPointSearch::new(surface, 15, &progress);
        assert!(search.piece(100, &progress).is_none());
        progress.cancel();
        let points = search.piece(100, &progress).expect("over once cancelled");
        assert_eq!(search.found.done().len(), 200);
        assert!(!points.is_empty() && points.len() <= 9);
    }
}

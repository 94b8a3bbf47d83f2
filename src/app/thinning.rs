//! Thinning dense polylines to what the screen can show: a 10,000-step path drawn across
//! 1,000 pixels is mostly points closer than a pixel, which cost layout and tessellation but
//! change nothing on screen. Thinned lines are kept between frames and extended as the
//! animation shows more points.

use std::collections::HashMap;

use egui_plot::PlotTransform;

/// Data units per `pixels` screen pixels along each axis of a plot.
pub fn per_pixels(transform: &PlotTransform, pixels: f64) -> [f64; 2] {
    transform.dvalue_dpos().map(|d| pixels * d.abs())
}

/// A thinned polyline that can grow: the points each at least `spacing` (per axis, in an
/// elliptic norm) from the last point kept, plus the final point. Without a usable spacing
/// every point is kept.
#[derive(Clone, Debug, Default)]
struct Thinned {
    spacing: [f64; 2],
    /// Source points consumed so far.
    consumed: usize,
    kept: Vec<[f64; 2]>,
    /// The latest point, when it was not kept: it ends the drawn line.
    pending: Option<[f64; 2]>,
}

impl Thinned {
    fn extend(&mut self, points: impl IntoIterator<Item = [f64; 2]>) {
        let usable = self.spacing.iter().all(|s| s.is_finite() && *s > 0.0);
        let [ix, iy] = self.spacing.map(|s| 1.0 / s);
        for p in points {
            self.consumed += 1;
            let far = match self.kept.last() {
                Some(q) if usable => {
                    let (dx, dy) = ((p[0] - q[0]) * ix, (p[1] - q[1]) * iy);
                    dx * dx + dy * dy >= 1.0
                }
                _ => true,
            };
            if far {
                self.kept.push(p);
                self.pending = None;
            } else {
                self.pending = Some(p);
            }
        }
    }

    fn points(&self) -> Vec<[f64; 2]> {
        let mut points = Vec::with_capacity(self.kept.len() + 1);
        points.extend_from_slice(&self.kept);
        points.extend(self.pending);
        points
    }
}

/// Thinned lines by name, reused while their source and the screen scale stay the same.
#[derive(Default)]
pub struct ThinCache {
    lines: HashMap<String, (u64, Thinned)>,
}

impl ThinCache {
    /// The first `len` points of a source line (`point(k)` is its k-th point), thinned to
    /// `spacing`. `version` names the source's contents: a change of version or spacing, or a
    /// shorter `len`, thins again from the start; a longer `len` only thins the new points.
    pub fn line(
        &mut self,
        name: &str,
        version: u64,
        spacing: [f64; 2],
        len: usize,
        point: impl Fn(usize) -> [f64; 2],
    ) -> Vec<[f64; 2]> {
        let entry = self.lines.entry(name.to_owned()).or_default();
        let (cached_version, line) = entry;
        if *cached_version != version || line.spacing != spacing || line.consumed > len {
            *cached_version = version;
            *line = Thinned {
                spacing,
                ..Thinned::default()
            };
        }
        let from = line.consumed;
        line.extend((from..len).map(point));
        line.points()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thin(points: impl IntoIterator<Item = [f64; 2]>, spacing: [f64; 2]) -> Vec<[f64; 2]> {
        let mut line = Thinned {
            spacing,
            ..Thinned::default()
        };
        line.extend(points);
        line.points()
    }

    #[test]
    fn close_points_are_dropped_but_ends_and_far_points_stay() {
        let points: Vec<[f64; 2]> = (0..=1000).map(|k| [k as f64 * 0.001, 0.0]).collect();
        let thinned = thin(points.iter().copied(), [0.0095, 0.0095]);
        assert_eq!(thinned.first(), Some(&[0.0, 0.0]));
        assert_eq!(thinned.last(), Some(&[1.0, 0.0]));
        assert!((100..=102).contains(&thinned.len()), "{}", thinned.len());
        // Every dropped point lies within the spacing of a kept one.
        for p in &points {
            assert!(thinned.iter().any(|q| (p[0] - q[0]).abs() < 0.0095));
        }
        // A zig-zag larger than the spacing survives whole.
        let zigzag: Vec<[f64; 2]> = (0..50).map(|k| [k as f64 * 1e-4, (k % 2) as f64]).collect();
        assert_eq!(thin(zigzag.iter().copied(), [0.01, 0.01]).len(), 50);
        assert_eq!(thin(zigzag.iter().copied(), [0.0, f64::NAN]).len(), 50);
    }

    #[test]
    fn the_cache_extends_in_pieces_exactly_as_one_pass_and_restarts_on_changes() {
        let points: Vec<[f64; 2]> = (0..500)
            .map(|k| {
                let t = k as f64 * 0.01;
                [t.cos() * t, t.sin()]
            })
            .collect();
        let at = |k: usize| points[k];
        let spacing = [0.05, 0.02];
        let mut cache = ThinCache::default();
        for len in [1, 7, 7, 120, 499, 500] {
            let piecewise = cache.line("a", 1, spacing, len, at);
            assert_eq!(
                piecewise,
                thin(points[..len].iter().copied(), spacing),
                "{len}"
            );
        }
        // Shorter (stepping back), a new version and a new scale each thin from the start.
        assert_eq!(
            cache.line("a", 1, spacing, 50, at),
            thin(points[..50].iter().copied(), spacing)
        );
        let other = |k: usize| [points[k][1], points[k][0]];
        let swapped: Vec<[f64; 2]> = points.iter().map(|p| [p[1], p[0]]).collect();
        assert_eq!(
            cache.line("a", 2, spacing, 500, other),
            thin(swapped.iter().copied(), spacing)
        );
        let finer = [0.01, 0.01];
        assert_eq!(
            cache.line("a", 2, finer, 500, other),
            thin(swapped.iter().copied(), finer)
        );
    }
}

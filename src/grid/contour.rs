//! Contour lines by marching squares over the cell centres of a [`Grid`], joined into
//! polylines through the grid edges they cross (so joins are exact, not by distance).

use std::collections::HashMap;

use super::Grid;

/// A contour polyline at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct Polyline {
    /// The level f = c.
    pub level: f64,
    /// Points in order; a closed loop repeats its first point at the end.
    pub points: Vec<[f64; 2]>,
}

/// Contour lines of `grid` at each of `levels`. Cells with a non-finite corner are skipped.
pub fn contour_lines(grid: &Grid, levels: &[f64]) -> Vec<Polyline> {
    levels.iter().flat_map(|&c| level_lines(grid, c)).collect()
}

/// An edge of the lattice of cell centres: horizontal from (i, j) to (i+1, j), or vertical from
/// (i, j) to (i, j+1).
type EdgeId = (usize, usize, bool);

fn level_lines(grid: &Grid, c: f64) -> Vec<Polyline> {
    let (nx, ny) = (grid.nx, grid.ny);
    let v = |i: usize, j: usize| grid.values[j * nx + i];
    let mut segments: Vec<[EdgeId; 2]> = Vec::new();
    for j in 0..ny.saturating_sub(1) {
        for i in 0..nx.saturating_sub(1) {
            let corners = [v(i, j), v(i + 1, j), v(i + 1, j + 1), v(i, j + 1)];
            if corners.iter().any(|x| !x.is_finite()) {
                continue;
            }
            let above = corners.map(|x| x > c);
            let case = above
                .iter()
                .enumerate()
                .fold(0, |acc, (k, &a)| acc | (usize::from(a) << k));
            // Edges of the cell: bottom, right, top, left.
            let bottom = (i, j, true);
            let right = (i + 1, j, false);
            let top = (i, j + 1, true);
            let left = (i, j, false);
            let center_above = corners.iter().sum::<f64>() / 4.0 > c;
            let pairs: &[[EdgeId; 2]] = match case {
                0 | 15 => &[],
                1 | 14 => &[[left, bottom]],
                2 | 13 => &[[bottom, right]],
                3 | 12 => &[[left, right]],
                4 | 11 => &[[right, top]],
                6 | 9 => &[[bottom, top]],
                7 | 8 => &[[left, top]],
                // Saddle cells: the centre decides which corners connect.
                5 if center_above => &[[left, top], [bottom, right]],
                5 => &[[left, bottom], [right, top]],
                10 if center_above => &[[left, bottom], [right, top]],
                _ => &[[left, top], [bottom, right]],
            };
            segments.extend_from_slice(pairs);
        }
    }
    join(grid, c, &segments)
}

/// Where the level crosses an edge, by linear interpolation between its two centres.
fn crossing(grid: &Grid, c: f64, (i, j, horizontal): EdgeId) -> [f64; 2] {
    let (i2, j2) = if horizontal { (i + 1, j) } else { (i, j + 1) };
    let (a, b) = (grid.values[j * grid.nx + i], grid.values[j2 * grid.nx + i2]);
    let t = if b == a {
        0.5
    } else {
        ((c - a) / (b - a)).clamp(0.0, 1.0)
    };
    let (p, q) = (grid.center(i, j), grid.center(i2, j2));
    [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]
}

fn join(grid: &Grid, c: f64, segments: &[[EdgeId; 2]]) -> Vec<Polyline> {
    let mut by_edge: HashMap<EdgeId, Vec<usize>> = HashMap::new();
    for (k, s) in segments.iter().enumerate() {
        for e in s {
            by_edge.entry(*e).or_default().push(k);
        }
    }
    let mut used = vec![false; segments.len()];
    let mut lines = Vec::new();
    // Open chains first (they start at an edge only one segment touches), then closed loops.
    let open_starts = segments
        .iter()
        .enumerate()
        .filter_map(|(k, s)| s.iter().find(|e| by_edge[e].len() == 1).map(|e| (k, *e)));
    let all_starts = segments.iter().enumerate().map(|(k, s)| (k, s[0]));
    let starts: Vec<(usize, EdgeId)> = open_starts.chain(all_starts).collect();
    for (first, start_edge) in starts {
        if used[first] {
            continue;
        }
        let mut points = vec![crossing(grid, c, start_edge)];
        let (mut k, mut from) = (first, start_edge);
        loop {
            used[k] = true;
            let s = segments[k];
            let to = if s[0] == from { s[1] } else { s[0] };
            points.push(crossing(grid, c, to));
            match by_edge[&to].iter().find(|&&n| !used[n]) {
                Some(&next) => {
                    k = next;
                    from = to;
                }
                None => break,
            }
        }
        lines.push(Polyline { level: c, points });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::Domain;
    use crate::surface::build_surface;

    #[test]
    fn circles_of_a_bowl_are_closed_loops_at_the_right_radius() {
        let s = build_surface("bowl", &[]).unwrap();
        let g = Grid::sample(&s, Domain::square(2.0), 101);
        let lines = contour_lines(&g, &[1.0]);
        assert_eq!(lines.len(), 1, "one closed loop");
        let pts = &lines[0].points;
        assert_eq!(pts.first(), pts.last());
        for p in pts {
            let r = p[0].hypot(p[1]);
            assert!((r - 1.0).abs() < 2e-3, "r = {r}");
        }
    }

    #[test]
    fn lines_cut_by_the_border_stay_open_and_saddles_give_four_arms() {
        let s = build_surface("saddle", &[]).unwrap();
        let g = Grid::sample(&s, Domain::square(2.0), 40);
        let lines = contour_lines(&g, &[1.0]);
        // x² − y² = 1 crosses the square as two open branches.
        assert_eq!(lines.len(), 2);
        for l in &lines {
            assert_ne!(l.points.first(), l.points.last());
            for p in &l.points {
                assert!((p[0] * p[0] - p[1] * p[1] - 1.0).abs() < 0.02);
            }
        }
        let with_nan = Grid {
            values: g
                .values
                .iter()
                .map(|&v| if v > 3.0 { f64::NAN } else { v })
                .collect(),
            ..g
        };
        assert!(!contour_lines(&with_nan, &[0.5, 1.0]).is_empty());
    }
}

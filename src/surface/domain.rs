//! Rectangles in the plane: the domain a surface is drawn and searched on.

use serde::{Deserialize, Serialize};

/// An axis-aligned rectangle `[x_min, x_max] × [y_min, y_max]`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Domain {
    /// Left and right edges.
    pub x: [f64; 2],
    /// Bottom and top edges.
    pub y: [f64; 2],
}

impl Domain {
    /// The rectangle `[x0, x1] × [y0, y1]`.
    pub const fn new(x0: f64, x1: f64, y0: f64, y1: f64) -> Self {
        Self {
            x: [x0, x1],
            y: [y0, y1],
        }
    }

    /// The square `[-h, h]²`.
    pub const fn square(h: f64) -> Self {
        Self::new(-h, h, -h, h)
    }

    /// Width and height.
    pub fn size(&self) -> [f64; 2] {
        [self.x[1] - self.x[0], self.y[1] - self.y[0]]
    }

    /// The longer of width and height: the length scale for tolerances on this domain.
    pub fn extent(&self) -> f64 {
        let [w, h] = self.size();
        w.max(h)
    }

    /// The centre point.
    pub fn center(&self) -> [f64; 2] {
        [0.5 * (self.x[0] + self.x[1]), 0.5 * (self.y[0] + self.y[1])]
    }

    /// Whether `p` lies inside, with the rectangle grown by `margin` on every side.
    pub fn contains(&self, p: [f64; 2], margin: f64) -> bool {
        p[0] >= self.x[0] - margin
            && p[0] <= self.x[1] + margin
            && p[1] >= self.y[0] - margin
            && p[1] <= self.y[1] + margin
    }

    /// The centres of an `n × n` grid of cells covering the rectangle, row by row from the
    /// bottom (`y_min`) up.
    pub fn cell_centers(&self, n: usize) -> Vec<[f64; 2]> {
        let [w, h] = self.size();
        let (dx, dy) = (w / n as f64, h / n as f64);
        (0..n)
            .flat_map(|row| {
                (0..n).map(move |col| {
                    [
                        self.x[0] + (col as f64 + 0.5) * dx,
                        self.y[0] + (row as f64 + 0.5) * dy,
                    ]
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_centers_cover_the_rectangle_bottom_row_first() {
        let d = Domain::new(0.0, 4.0, -2.0, 2.0);
        let c = d.cell_centers(2);
        assert_eq!(c, vec![[1.0, -1.0], [3.0, -1.0], [1.0, 1.0], [3.0, 1.0]]);
        assert!(d.contains([4.0, 2.0], 0.0));
        assert!(!d.contains([4.1, 0.0], 0.0));
        assert!(d.contains([4.1, 0.0], 0.2));
        assert_eq!(d.extent(), 4.0);
        assert_eq!(d.center(), [2.0, 0.0]);
    }
}

//! Sampling a surface on its domain: value grids, colour scaling and contour lines.

mod contour;
mod sample;

pub use contour::{Polyline, contour_lines};
pub use sample::{Grid, GridRows, Scaling};

//! Sampling a surface on a rectangle: domains, value grids, colour scaling and contour lines.

mod contour;
mod domain;
mod sample;

pub use contour::{Polyline, contour_lines};
pub use domain::Domain;
pub use sample::{Grid, Scaling};

//! Colours: the muted colour map of the surface, and converting a grid into an image.

use eframe::egui::{Color32, ColorImage};

use crate::analysis::{BasinMap, DIVERGED};
use crate::grid::{Grid, Scaling};
use crate::surface::Kind;

/// How much of the colour map shows through white: low keeps the surface quiet so that the
/// bold trails stand out.
const MAP_STRENGTH: f32 = 0.55;

/// The muted viridis colour at `t` ∈ [0, 1].
pub fn surface_color(t: f64) -> Color32 {
    let c = colorous::VIRIDIS.eval_continuous(t.clamp(0.0, 1.0));
    let mix = |v: u8| (255.0 - (255.0 - f32::from(v)) * MAP_STRENGTH).round() as u8;
    Color32::from_rgb(mix(c.r), mix(c.g), mix(c.b))
}

/// The grid as an image, row 0 at the top (y max). Undefined values are light grey.
pub fn grid_image(grid: &Grid, scaling: &Scaling) -> ColorImage {
    let mut pixels = Vec::with_capacity(grid.nx * grid.ny);
    for j in (0..grid.ny).rev() {
        for i in 0..grid.nx {
            let v = grid.values[j * grid.nx + i];
            pixels.push(
                scaling
                    .unit(v)
                    .map_or(Color32::from_gray(225), surface_color),
            );
        }
    }
    ColorImage::new([grid.nx, grid.ny], pixels)
}

/// A racer's colour from its stored sRGB triple.
pub fn racer_color(rgb: [u8; 3]) -> Color32 {
    Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// The curvature map as a translucent overlay (row 0 at the top): red where the Hessian is
/// indefinite, purple where it is negative definite, clear where the surface is convex.
pub fn curvature_image(kinds: &[Option<Kind>], n: usize) -> ColorImage {
    let mut pixels = Vec::with_capacity(n * n);
    for j in (0..n).rev() {
        for i in 0..n {
            pixels.push(match kinds[j * n + i] {
                Some(Kind::Minimum) => Color32::TRANSPARENT,
                Some(Kind::Saddle) => Color32::from_rgba_unmultiplied(220, 50, 50, 80),
                Some(Kind::Maximum) => Color32::from_rgba_unmultiplied(120, 50, 200, 80),
                Some(Kind::Degenerate) | None => Color32::from_rgba_unmultiplied(90, 90, 90, 60),
            });
        }
    }
    ColorImage::new([n, n], pixels)
}

/// A basin map as a translucent overlay (row 0 at the top): one colour per minimum, dark where
/// the run diverged, clear where it ended near no minimum.
pub fn basin_image(map: &BasinMap) -> ColorImage {
    let n = map.grid;
    let mut pixels = Vec::with_capacity(n * n);
    for j in (0..n).rev() {
        for i in 0..n {
            pixels.push(match map.cells[j * n + i] {
                DIVERGED => Color32::from_black_alpha(110),
                label if label >= 0 => {
                    let c = colorous::SET2[label as usize % colorous::SET2.len()];
                    Color32::from_rgba_unmultiplied(c.r, c.g, c.b, 130)
                }
                _ => Color32::TRANSPARENT,
            });
        }
    }
    ColorImage::new([n, n], pixels)
}

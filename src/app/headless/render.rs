//! The view of a setup as an image, and writing it as a PNG.

use std::path::Path;

use eframe::egui::{self, ColorImage};

use super::Headless;
use crate::app::scenario::write_atomically;
use crate::app::{AppState, LossApp};

/// Frames run before the picture is taken: fonts are laid out in the first, the plot settles
/// its bounds in the next.
const SETTLE_FRAMES: usize = 3;

/// Draws `state`'s surface view (2-D or 3-D, as `state.view` says) at `size` pixels, with the
/// paths shown up to step `shown` (their ends when `None`).
pub fn render_view(state: AppState, size: [usize; 2], shown: Option<f64>) -> ColorImage {
    let mut headless = Headless::new(size);
    let mut app = LossApp::for_export(state, &headless.ctx);
    app.clock.shown = shown.unwrap_or(app.scene.last_step() as f64);
    let mut primitives = Vec::new();
    for _ in 0..SETTLE_FRAMES {
        primitives = headless.frame(|ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                // Without input the view asks for nothing.
                let _ = app.view_ui(ui);
            });
        });
    }
    headless.paint(&primitives)
}

/// Writes `image` as a PNG, atomically (a temporary file beside `path`, then renamed), so an
/// interrupted export never leaves a half-written file.
pub fn save_png(image: &ColorImage, path: &Path) -> Result<(), String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|p| p.to_srgba_unmultiplied())
        .collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or("the image's size does not match its pixels")?;
    let mut png = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| format!("could not encode {}: {e}", path.display()))?;
    write_atomically(path, png.get_ref())
}

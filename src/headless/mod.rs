//! Drawing without a window (feature `app`): an egui context fed with synthetic frames,
//! tessellated and painted on the CPU. The app draws its exports with it, so they look like the
//! screen; it knows nothing of the app.

mod raster;

use eframe::egui::{self, ColorImage, epaint::ClippedPrimitive};

pub use raster::Rasterizer;

/// An egui context of a fixed size that runs frames on demand.
pub struct Headless {
    /// The context the drawing code runs in.
    pub ctx: egui::Context,
    raster: Rasterizer,
    size: [usize; 2],
    frame: u64,
}

impl Headless {
    /// A context of `size` pixels (one pixel per point).
    pub fn new(size: [usize; 2]) -> Self {
        Self {
            ctx: egui::Context::default(),
            raster: Rasterizer::default(),
            size,
            frame: 0,
        }
    }

    /// Runs one frame of `draw` and tessellates it; texture changes are kept for painting.
    pub fn frame(&mut self, mut draw: impl FnMut(&mut egui::Ui)) -> Vec<ClippedPrimitive> {
        let [w, h] = self.size;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(w as f32, h as f32),
            )),
            time: Some(self.frame as f64 / 60.0),
            ..Default::default()
        };
        self.frame += 1;
        let mut output = self.ctx.run_ui(input, |ui| draw(ui));
        self.raster.apply(&mut output.textures_delta);
        self.ctx.tessellate(output.shapes, output.pixels_per_point)
    }

    /// Paints tessellated primitives into an image of the context's size.
    pub fn paint(&self, primitives: &[ClippedPrimitive]) -> ColorImage {
        let background = self.ctx.global_style().visuals.panel_fill;
        let ppp = self.ctx.pixels_per_point();
        self.raster.paint(primitives, ppp, self.size, background)
    }
}

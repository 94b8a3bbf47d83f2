//! The view of a setup as an image, written as a PNG, and the race as an animated GIF.

use eframe::egui::{self, ColorImage};

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::LossApp;
use super::safe_write::Destination;
use crate::headless::Headless;
use crate::i18n::{Language, Message};
use crate::progress::Progress;
use crate::scenario::AppState;

/// Frames run before the picture is taken: fonts are laid out in the first, the plot settles
/// its bounds in the next.
const SETTLE_FRAMES: usize = 3;

/// How long each frame of an exported GIF shows, in milliseconds.
pub const GIF_DELAY_MS: u32 = 80;

/// Draws `state`'s surface view (2-D or 3-D, as `state.view` says) at `size` pixels, with the
/// paths shown up to step `shown` (their ends when `None`), its words in `language`.
pub fn render_view(
    state: AppState,
    size: [usize; 2],
    shown: Option<f64>,
    language: Language,
) -> ColorImage {
    let mut headless = Headless::new(size);
    let mut app = LossApp::for_export(state, language, &headless.ctx);
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

/// How an animated GIF of the race is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gif {
    /// Width and height in pixels.
    pub size: [usize; 2],
    /// Pictures in all.
    pub frames: usize,
    /// How long each shows, in milliseconds.
    pub delay_ms: u32,
    /// The language of its words.
    pub language: Language,
}

/// Draws `gif.frames` pictures of the race, from the start to the end of the longest path,
/// each with its step written in the corner, and encodes each into a looping GIF as it is
/// drawn, into `to`: memory holds one frame at a time, whatever the size and the count.
/// Returns the frames written; cancelled through `progress`, nothing is written.
pub fn render_gif(
    state: AppState,
    gif: &Gif,
    progress: &Progress,
    to: &Destination,
) -> Result<usize, Message> {
    to.write_with(|out| encode_gif(state, gif, progress, &to.named, out))?;
    Ok(gif.frames)
}

/// [`render_gif`] into `out`; `named` is the file's name for messages.
pub fn encode_gif(
    state: AppState,
    gif: &Gif,
    progress: &Progress,
    named: &Path,
    out: &mut dyn Write,
) -> Result<(), Message> {
    let Gif {
        size,
        frames,
        delay_ms,
        language,
    } = *gif;
    progress.start(frames);
    let mut headless = Headless::new(size);
    let mut app = LossApp::for_export(state, language, &headless.ctx);
    let last = app.scene.last_step() as f64;
    let encoding_failed = |e: image::ImageError| not_encoded(named, e);
    let mut encoder = image::codecs::gif::GifEncoder::new_with_speed(out, 10);
    encoder
        .set_repeat(image::codecs::gif::Repeat::Infinite)
        .map_err(encoding_failed)?;
    for k in 0..frames {
        if progress.is_cancelled() {
            return Err(Message::new("file-cancelled"));
        }
        let shown = if frames > 1 {
            (last * k as f64 / (frames - 1) as f64).round()
        } else {
            last
        };
        app.clock.shown = shown;
        let mut primitives = Vec::new();
        for _ in 0..SETTLE_FRAMES {
            primitives = headless.frame(|ui| {
                egui::CentralPanel::default().show(ui, |ui| {
                    let corner = ui.max_rect().right_top() + egui::vec2(-12.0, 8.0);
                    let _ = app.view_ui(ui);
                    ui.painter().text(
                        corner,
                        egui::Align2::RIGHT_TOP,
                        language.text_with("export-step", &[("step", shown.to_string())]),
                        egui::FontId::proportional(20.0),
                        egui::Color32::from_gray(40),
                    );
                });
            });
        }
        let delay = image::Delay::from_numer_denom_ms(delay_ms, 1);
        let frame = image::Frame::from_parts(rgba(&headless.paint(&primitives))?, 0, 0, delay);
        encoder.encode_frame(frame).map_err(encoding_failed)?;
        progress.tick();
    }
    Ok(())
}

/// The image as straight-alpha RGBA.
fn rgba(image: &ColorImage) -> Result<image::RgbaImage, Message> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|p| p.to_srgba_unmultiplied())
        .collect();
    image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or_else(|| Message::new("file-image-size"))
}

/// "could not encode PATH: the encoder's reason".
fn not_encoded(named: &Path, error: image::ImageError) -> Message {
    Message::new("file-not-encoded")
        .arg("path", named.display())
        .arg("error", error)
}

/// Writes `image` as a PNG into `to` (whole, or not at all).
pub fn save_png(image: &ColorImage, to: &Destination) -> Result<(), Message> {
    to.write(&png_bytes(image, &to.named)?)
}

/// `image` as a PNG file's bytes; `named` is the file's name for messages.
pub fn png_bytes(image: &ColorImage, named: &Path) -> Result<Vec<u8>, Message> {
    let mut png = std::io::Cursor::new(Vec::new());
    rgba(image)?
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| not_encoded(named, e))?;
    Ok(png.into_inner())
}

//! Exporting the whole window as a PNG: everything on screen — the Network window, the maps, a
//! lesson card — exactly as shown. The picture is asked of the graphics backend and arrives a
//! frame or two later.

use std::sync::Arc;

use eframe::egui::{self, ColorImage, mutex::Mutex};

use super::safe_write::Destination;

/// How long to wait for the picture before saying the backend sent none, in seconds.
const PATIENCE: f64 = 5.0;

/// A picture of the window asked for and not yet saved.
pub struct WindowCapture {
    /// Where it goes.
    pub to: Destination,
    /// The picture, once the backend has sent it.
    image: Arc<Mutex<Option<Arc<ColorImage>>>>,
    /// When it was asked for (`egui` input time).
    asked_at: f64,
}

/// Where a [`WindowCapture`] stands.
pub enum Capture {
    /// Still waiting for the picture.
    Waiting,
    /// The picture arrived.
    Taken(Arc<ColorImage>),
    /// The backend sent nothing in time.
    TimedOut,
}

impl WindowCapture {
    /// Asks for a picture of the next frame, to be saved into `to`.
    pub fn request(ctx: &egui::Context, to: Destination) -> Self {
        let image = Arc::new(Mutex::new(None));
        let (slot, waker) = (Arc::clone(&image), ctx.clone());
        ctx.request_screenshot(move |picture| {
            *slot.lock() = Some(picture);
            waker.request_repaint();
        });
        Self {
            to,
            image,
            asked_at: ctx.input(|i| i.time),
        }
    }

    /// Whether the picture has arrived, as of input time `now`.
    pub fn poll(&self, now: f64) -> Capture {
        match self.image.lock().clone() {
            Some(image) => Capture::Taken(image),
            None if now - self.asked_at > PATIENCE => Capture::TimedOut,
            None => Capture::Waiting,
        }
    }
}

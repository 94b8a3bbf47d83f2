//! Exporting pictures: the view as a PNG, the race as a GIF, the whole window as a PNG. Each is
//! drawn and written in the background; the exporter owns that job and the window's picture
//! while it is awaited.

use eframe::egui;

#[cfg(target_arch = "wasm32")]
use super::job::Poll;
use super::job::{Job, Running, as_running, take_finished};
use super::render::{GIF_DELAY_MS, Gif, save_png};
#[cfg(not(target_arch = "wasm32"))]
use super::render::{render_gif, render_view};
use super::safe_write::Destination;
use super::window_capture::{Capture, WindowCapture};
#[cfg(target_arch = "wasm32")]
use super::worker::{Drawing, Drawn, Request};
use crate::i18n::{Language, Message};
use crate::scenario::AppState;

/// The export being written, or the window's picture awaited.
#[derive(Default)]
pub struct Exporter {
    /// Writing a file: what was written, or why not.
    job: Option<Job<Result<Message, Message>>>,
    /// In the browser: a picture drawn in the web worker, downloaded as `Destination` once it
    /// arrives, and the notice that then says so.
    #[cfg(target_arch = "wasm32")]
    drawing: Option<(Job<Drawn>, Destination, Message)>,
    /// A picture of the window asked for, to be saved once it arrives.
    capture: Option<WindowCapture>,
}

impl Exporter {
    /// Draws `state`'s view at `size` pixels, its paths up to step `shown`, its words in
    /// `language`, into `to`.
    pub fn png(
        &mut self,
        state: AppState,
        shown: f64,
        language: Language,
        size: [usize; 2],
        to: Destination,
        ctx: &egui::Context,
    ) {
        let done = Message::new("notice-exported-view").arg("path", to.named.display());
        #[cfg(target_arch = "wasm32")]
        {
            let drawing = Drawing::View {
                state: Box::new(state),
                size,
                shown,
                language,
            };
            self.draw_in_worker(Message::new("job-png"), drawing, to, done, ctx);
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.job = Some(Job::spawn(Message::new("job-png"), ctx, move |_| {
                let image = render_view(state, size, Some(shown), language);
                save_png(&image, &to)?;
                Ok(done)
            }));
        }
    }

    /// Draws the race of `state` as `frames` pictures of `size` pixels, its words in
    /// `language`, into an animated GIF at `to`.
    pub fn gif(
        &mut self,
        state: AppState,
        language: Language,
        size: [usize; 2],
        frames: usize,
        to: Destination,
        ctx: &egui::Context,
    ) {
        let gif = Gif {
            size,
            frames,
            delay_ms: GIF_DELAY_MS,
            language,
        };
        let done = Message::new("notice-exported-gif")
            .arg("frames", frames)
            .arg("path", to.named.display());
        #[cfg(target_arch = "wasm32")]
        {
            let drawing = Drawing::Race {
                state: Box::new(state),
                gif,
            };
            self.draw_in_worker(Message::new("job-gif"), drawing, to, done, ctx);
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.job = Some(Job::spawn(Message::new("job-gif"), ctx, move |progress| {
                render_gif(state, &gif, progress, &to)?;
                Ok(done)
            }));
        }
    }

    /// In the browser: draws `drawing` in the web worker, so the page keeps drawing, and
    /// downloads it as `to` once it arrives (see [`Exporter::poll`]).
    #[cfg(target_arch = "wasm32")]
    fn draw_in_worker(
        &mut self,
        label: Message,
        drawing: Drawing,
        to: Destination,
        done: Message,
        ctx: &egui::Context,
    ) {
        let request = Request::Draw {
            drawing,
            named: to.named.clone(),
        };
        self.drawing = Some((Job::in_worker(label, ctx, &request), to, done));
    }

    /// Asks for a picture of the whole window, saved into `to` once it arrives.
    pub fn window(&mut self, to: Destination, ctx: &egui::Context) {
        self.capture = Some(WindowCapture::request(ctx, to));
    }

    /// Saves the window's picture once it has arrived, and takes a finished export: the
    /// notice of what was written (`Ok`), or of why nothing was (`Err`).
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Result<Message, Message>> {
        if let Some(refused) = self.save_window_capture(ctx) {
            return Some(Err(refused));
        }
        #[cfg(target_arch = "wasm32")]
        if let Some(downloaded) = self.download_drawn() {
            return Some(downloaded);
        }
        let (result, _) = take_finished(&mut self.job)?;
        Some(result.map_err(|e| Message::new("notice-not-exported").part("reason", e)))
    }

    /// In the browser: offers the picture the worker drew as a download once it is there.
    #[cfg(target_arch = "wasm32")]
    fn download_drawn(&mut self) -> Option<Result<Message, Message>> {
        let (job, _, _) = self.drawing.as_ref()?;
        let drawn = match job.poll() {
            Poll::Pending => return None,
            Poll::Done(drawn) => drawn,
            Poll::Lost => Err("the worker stopped".to_owned()),
        };
        let (job, to, done) = self.drawing.take()?;
        let not_exported = |reason| Message::new("notice-not-exported").part("reason", reason);
        Some(match drawn {
            _ if job.is_cancelled() => Err(not_exported(Message::new("file-cancelled"))),
            Ok(bytes) => to.write(&bytes).map(|()| done).map_err(not_exported),
            Err(reason) => Err(Message::new("notice-not-exported").arg("reason", reason)),
        })
    }

    /// Saves the window's picture in the background once it has arrived; says so when the
    /// graphics backend sends none.
    fn save_window_capture(&mut self, ctx: &egui::Context) -> Option<Message> {
        match self.capture.as_ref()?.poll(ctx.input(|i| i.time)) {
            Capture::Waiting => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                None
            }
            Capture::Taken(image) => {
                let to = self.capture.take()?.to;
                let label = Message::new("job-window");
                self.job = Some(Job::spawn(label, ctx, move |_| {
                    save_png(&image, &to)?;
                    let [width, height] = image.size;
                    Ok(Message::new("notice-exported-window")
                        .arg("width", width)
                        .arg("height", height)
                        .arg("path", to.named.display()))
                }));
                None
            }
            Capture::TimedOut => {
                self.capture = None;
                Some(Message::new("notice-no-window-picture"))
            }
        }
    }

    /// Its background job, for the app's registry.
    pub fn job(&self) -> Option<&dyn Running> {
        #[cfg(target_arch = "wasm32")]
        if let Some((job, _, _)) = &self.drawing {
            return Some(job);
        }
        as_running(&self.job)
    }
}

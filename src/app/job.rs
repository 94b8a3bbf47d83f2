//! Work on a background thread with progress and cancel, so the frame never waits for it.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use eframe::egui;

use crate::i18n::Message;
use crate::progress::Progress;

/// The threads that background jobs' parallel loops run on, apart from rayon's global pool,
/// which is left to the frame's own quick parallel work (the first grid, paths computed at
/// once): a frame never queues behind a job's chunks. None if the threads could not start;
/// jobs then share the global pool.
#[cfg(not(target_arch = "wasm32"))]
fn background_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("losscape-job-{i}"))
            .build()
            .ok()
    })
    .as_ref()
}

/// What the progress overlay needs of a running job, whatever its result.
pub trait Running {
    /// What it is doing.
    fn label(&self) -> &Message;
    /// Finished share in [0, 1].
    fn fraction(&self) -> f32;
    /// Asks it to stop.
    fn cancel(&self);
}

impl<T: Send + 'static> Running for Job<T> {
    fn label(&self) -> &Message {
        &self.label
    }
    fn fraction(&self) -> f32 {
        Job::fraction(self)
    }
    fn cancel(&self) {
        Job::cancel(self);
    }
}

/// A job slot as the overlay sees it: the job, while there is one.
pub fn as_running<T: Send + 'static>(slot: &Option<Job<T>>) -> Option<&dyn Running> {
    slot.as_ref().map(|job| job as &dyn Running)
}

/// A computation running on its own thread.
pub struct Job<T> {
    /// What it is doing, for the progress bar (in the language shown when it is shown).
    pub label: Message,
    progress: Arc<Progress>,
    result: Receiver<T>,
    /// The browser's work, waiting for its turn on the page's one thread.
    #[cfg(target_arch = "wasm32")]
    waiting: std::cell::RefCell<Option<Waiting<T>>>,
}

/// Work the browser runs on the page's thread once the frame that announced it is shown, so
/// the overlay names what the page is busy with.
#[cfg(target_arch = "wasm32")]
struct Waiting<T> {
    work: Box<dyn FnOnce(&Progress) -> T>,
    sender: std::sync::mpsc::Sender<T>,
    ctx: egui::Context,
    /// The frame it was asked for in.
    asked_in: u64,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread (its parallel loops on the background pool); the UI is
    /// asked to repaint when it finishes.
    pub fn spawn(
        label: Message,
        ctx: &egui::Context,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::new());
        let (sender, result) = channel();
        #[cfg(target_arch = "wasm32")]
        {
            ctx.request_repaint();
            let waiting = Waiting {
                work: Box::new(work),
                sender,
                ctx: ctx.clone(),
                asked_in: ctx.cumulative_frame_nr(),
            };
            Self {
                label,
                progress,
                result,
                waiting: std::cell::RefCell::new(Some(waiting)),
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            Self::on_thread(label, progress, sender, result, ctx, work)
        }
    }

    /// Runs `work` on a new thread.
    #[cfg(not(target_arch = "wasm32"))]
    fn on_thread(
        label: Message,
        progress: Arc<Progress>,
        sender: std::sync::mpsc::Sender<T>,
        result: Receiver<T>,
        ctx: &egui::Context,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> Self {
        let (p, ctx) = (Arc::clone(&progress), ctx.clone());
        std::thread::spawn(move || {
            let value = match background_pool() {
                Some(pool) => pool.install(|| work(&p)),
                None => work(&p),
            };
            // The receiver is gone when the job was replaced: nothing to deliver then.
            let _ = sender.send(value);
            ctx.request_repaint();
        });
        Self {
            label,
            progress,
            result,
        }
    }

    /// Finished share in [0, 1].
    pub fn fraction(&self) -> f32 {
        self.progress.fraction()
    }

    /// Asks the work to stop.
    pub fn cancel(&self) {
        self.progress.cancel();
    }

    /// Whether cancel was asked for.
    pub fn is_cancelled(&self) -> bool {
        self.progress.is_cancelled()
    }

    /// The result, once it is there. A job whose thread died yields `None` forever: callers
    /// treat a disconnected job as finished without a result.
    pub fn poll(&self) -> Poll<T> {
        #[cfg(target_arch = "wasm32")]
        self.run_when_shown();
        match self.result.try_recv() {
            Ok(value) => Poll::Done(value),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl<T> Job<T> {
    /// Runs the waiting work once a frame has been shown since it was asked for: the page has
    /// one thread, so it is busy until the work returns.
    fn run_when_shown(&self) {
        let mut waiting = self.waiting.borrow_mut();
        let Some(w) = waiting.as_ref() else { return };
        if w.ctx.cumulative_frame_nr() < w.asked_in + 2 {
            w.ctx.request_repaint();
            return;
        }
        if let Some(w) = waiting.take() {
            let started = web_time::Instant::now();
            let _ = w.sender.send((w.work)(&self.progress));
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            let note = format!(
                "Losscape: {} took {ms:.0} ms on the page's thread",
                self.label
            );
            eframe::web_sys::console::log_1(&note.into());
            w.ctx.request_repaint();
        }
    }
}

impl<T> Drop for Job<T> {
    /// A job no one holds any more (replaced, or its owner closed) is asked to stop.
    fn drop(&mut self) {
        self.progress.cancel();
    }
}

/// Takes a finished job's result out of `slot`, with whether it had been cancelled. A job that
/// is still running stays; one whose thread died is dropped without a result.
pub fn take_finished<T: Send + 'static>(slot: &mut Option<Job<T>>) -> Option<(T, bool)> {
    let job = slot.as_ref()?;
    match job.poll() {
        Poll::Pending => None,
        Poll::Done(value) => {
            let cancelled = job.is_cancelled();
            *slot = None;
            Some((value, cancelled))
        }
        Poll::Lost => {
            *slot = None;
            None
        }
    }
}

/// What polling a job found.
pub enum Poll<T> {
    /// Still working.
    Pending,
    /// Finished with this result.
    Done(T),
    /// The thread ended without a result.
    Lost,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_job_is_asked_to_stop() {
        let (stopped, heard) = channel();
        let waiting = Message::new("job-paths");
        let job = Job::spawn(waiting, &egui::Context::default(), move |progress| {
            while !progress.is_cancelled() {
                std::thread::yield_now();
            }
            let _ = stopped.send(());
        });
        assert!(!job.is_cancelled());
        drop(job);
        heard
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the work saw the cancel");
    }
}

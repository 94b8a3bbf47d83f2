//! Work on a background thread with progress and cancel, so the frame never waits for it.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use eframe::egui;

use crate::progress::Progress;

/// A computation running on its own thread.
pub struct Job<T> {
    /// What it is doing, for the progress bar.
    pub label: String,
    progress: Arc<Progress>,
    result: Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread; the UI is asked to repaint when it finishes.
    pub fn spawn(
        label: impl Into<String>,
        ctx: &egui::Context,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::new());
        let (sender, result) = channel();
        let (p, ctx) = (Arc::clone(&progress), ctx.clone());
        std::thread::spawn(move || {
            let value = work(&p);
            // The receiver is gone when the job was replaced: nothing to deliver then.
            let _ = sender.send(value);
            ctx.request_repaint();
        });
        Self {
            label: label.into(),
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
        match self.result.try_recv() {
            Ok(value) => Poll::Done(value),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
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

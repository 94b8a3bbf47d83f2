//! Work on a background thread with progress and cancel, so the frame never waits for it.

use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, OnceLock};

use eframe::egui;

use crate::i18n::Message;
use crate::progress::Progress;

/// The threads that background jobs' parallel loops run on, apart from rayon's global pool,
/// which is left to the frame's own quick parallel work (the first grid, paths computed at
/// once): a frame never queues behind a job's chunks. None if the threads could not start;
/// jobs then share the global pool.
fn background_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
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
        match self.result.try_recv() {
            Ok(value) => Poll::Done(value),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Lost,
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

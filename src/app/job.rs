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

/// Work the browser runs on the page's thread, a slice of each frame from the one after the
/// frame that announced it, so the overlay names what the page is busy with; or work a web
/// worker does.
#[cfg(target_arch = "wasm32")]
struct Waiting<T> {
    work: PageWork<T>,
    sender: std::sync::mpsc::Sender<T>,
    ctx: egui::Context,
    /// The frame it was asked for in.
    asked_in: u64,
    /// Time spent on it so far, the frames it took, and the longest of them.
    spent: std::time::Duration,
    frames: u32,
    longest: std::time::Duration,
}

/// One piece of a job's work; the result after the last.
#[cfg(target_arch = "wasm32")]
type Piece<T> = Box<dyn FnMut(&Progress) -> Option<T>>;

/// How the browser does a job.
#[cfg(target_arch = "wasm32")]
enum PageWork<T> {
    /// In pieces on the page's thread.
    Pieces(Piece<T>),
    /// In a web worker; `result` turns its answer, or why there is none, into the job's.
    Worker {
        call: Option<super::web_worker::WorkerCall>,
        result: Box<dyn Fn(super::web_worker::Answer) -> T>,
        started: web_time::Instant,
    },
}

/// How long the browser works on a job in one frame before it draws the next.
#[cfg(target_arch = "wasm32")]
const SLICE: std::time::Duration = std::time::Duration::from_millis(8);

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread (its parallel loops on the background pool); the UI is
    /// asked to repaint when it finishes. In the browser it runs on the page's thread, whole.
    pub fn spawn(
        label: Message,
        ctx: &egui::Context,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> Self {
        let mut work = Some(work);
        Self::spawn_in_pieces(label, ctx, move |progress| {
            work.take().map(|work| work(progress))
        })
    }

    /// Starts work done in pieces: each call of `piece` does a part and returns the result
    /// after the last. On the desktop the pieces run back to back on a new thread; in the
    /// browser as many run in each frame as fit in [`SLICE`], so the page keeps drawing, its
    /// progress moves and Cancel works.
    pub fn spawn_in_pieces(
        label: Message,
        ctx: &egui::Context,
        piece: impl FnMut(&Progress) -> Option<T> + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::new());
        let (sender, result) = channel();
        #[cfg(target_arch = "wasm32")]
        {
            ctx.request_repaint();
            Self::on_page(
                label,
                progress,
                (sender, result),
                ctx,
                PageWork::Pieces(Box::new(piece)),
            )
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let mut piece = piece;
            let work = move |progress: &Progress| loop {
                if let Some(value) = piece(progress) {
                    break value;
                }
            };
            Self::on_thread(label, progress, sender, result, ctx, work)
        }
    }

    /// Leaves `work` to the browser: pieces for the frames to come, or a worker's answer.
    #[cfg(target_arch = "wasm32")]
    fn on_page(
        label: Message,
        progress: Arc<Progress>,
        (sender, result): (std::sync::mpsc::Sender<T>, Receiver<T>),
        ctx: &egui::Context,
        work: PageWork<T>,
    ) -> Self {
        let waiting = Waiting {
            work,
            sender,
            ctx: ctx.clone(),
            asked_in: ctx.cumulative_frame_nr(),
            spent: std::time::Duration::ZERO,
            frames: 0,
            longest: std::time::Duration::ZERO,
        };
        Self {
            label,
            progress,
            result,
            waiting: std::cell::RefCell::new(Some(waiting)),
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
    /// Moves the browser's work on: runs pieces for up to [`SLICE`], from the frame after the
    /// one that asked for them, or takes a worker's answer; says in the browser's console what
    /// the whole took once it is done.
    fn run_when_shown(&self) {
        let mut waiting = self.waiting.borrow_mut();
        let Some(w) = waiting.as_mut() else { return };
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        let (value, note) = match &mut w.work {
            PageWork::Pieces(piece) => {
                w.ctx.request_repaint();
                if w.ctx.cumulative_frame_nr() < w.asked_in + 2 {
                    return;
                }
                let started = web_time::Instant::now();
                let mut value = None;
                while value.is_none() && started.elapsed() < SLICE {
                    value = piece(&self.progress);
                }
                let slice = started.elapsed();
                w.spent += slice;
                w.frames += 1;
                w.longest = w.longest.max(slice);
                let Some(value) = value else { return };
                let spread = match w.frames {
                    1 => "in one frame".to_owned(),
                    n => format!("over {n} frames, at most {:.0} ms in one", ms(w.longest)),
                };
                (
                    value,
                    format!("took {:.0} ms of the page's thread {spread}", ms(w.spent)),
                )
            }
            PageWork::Worker {
                call,
                result,
                started,
            } => {
                let took = ms(started.elapsed());
                if self.progress.is_cancelled() {
                    // Ends the worker at once.
                    *call = None;
                    let note = format!("was cancelled after {took:.0} ms in a web worker");
                    (result(Err("cancelled".to_owned())), note)
                } else {
                    let Some(answer) = call.as_ref().and_then(|c| c.answer()) else {
                        return;
                    };
                    (result(answer), format!("took {took:.0} ms in a web worker"))
                }
            }
        };
        let note = format!("Losscape: {} {note}", self.label);
        eframe::web_sys::console::log_1(&note.into());
        let _ = w.sender.send(value);
        *waiting = None;
    }
}

impl<X: serde::de::DeserializeOwned + Send + 'static> Job<Result<X, String>> {
    /// Starts `request` in a web worker (see [`Job::offloaded`]); its answer, or why there is
    /// none, is the job's result.
    #[cfg(target_arch = "wasm32")]
    pub fn in_worker(
        label: Message,
        ctx: &egui::Context,
        request: &super::worker::Request,
    ) -> Self {
        let progress = Arc::new(Progress::new());
        let (sender, result) = channel();
        let call = super::web_worker::WorkerCall::start(&super::worker::encoded(request), ctx);
        let call = match call {
            Ok(call) => Some(call),
            Err(reason) => {
                let _ = sender.send(Err(reason));
                None
            }
        };
        let work = PageWork::Worker {
            call,
            result: Box::new(|answer: super::web_worker::Answer| {
                answer.and_then(|bytes| super::worker::decoded::<Result<X, String>>(&bytes)?)
            }),
            started: web_time::Instant::now(),
        };
        Self::on_page(label, progress, (sender, result), ctx, work)
    }

    /// Starts work that the browser hands to a web worker (`request`, see [`super::worker`]),
    /// so the page keeps drawing while it runs and Cancel ends the worker; the desktop runs
    /// `here`, the same work, on a thread like any job. The page sees no progress of the
    /// worker's until its answer.
    pub fn offloaded(
        label: Message,
        ctx: &egui::Context,
        request: &super::worker::Request,
        here: impl FnOnce(&Progress) -> Result<X, String> + Send + 'static,
    ) -> Self {
        #[cfg(target_arch = "wasm32")]
        {
            drop(here);
            Self::in_worker(label, ctx, request)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = request;
            Self::spawn(label, ctx, here)
        }
    }
}

impl<T> Drop for Job<T> {
    /// A job no one holds any more (replaced, or its owner closed) is asked to stop.
    fn drop(&mut self) {
        self.progress.cancel();
    }
}

/// Pieces (see [`Job::spawn_in_pieces`]) of work that is set up in its first piece, so that in
/// the browser the set-up waits for its frame too: `start` makes the work, or says why it
/// cannot run, which ends the job; then `piece` runs until it returns the result.
pub fn set_up_first<W: Send, T>(
    start: impl FnOnce(&Progress) -> Result<W, Message> + Send,
    mut piece: impl FnMut(&mut W, &Progress) -> Option<T> + Send,
) -> impl FnMut(&Progress) -> Option<Result<T, Message>> + Send {
    let mut start = Some(start);
    let mut work = None;
    move |progress| {
        if let Some(start) = start.take() {
            match start(progress) {
                Ok(started) => work = Some(started),
                Err(why) => return Some(Err(why)),
            }
        }
        piece(work.as_mut()?, progress).map(Ok)
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
    fn work_set_up_first_runs_its_pieces_or_ends_with_why_it_cannot_run() {
        let progress = Progress::new();
        let mut pieces = set_up_first(
            |_: &Progress| Ok(3),
            |left: &mut i32, _: &Progress| {
                *left -= 1;
                (*left == 0).then_some("done")
            },
        );
        assert_eq!(pieces(&progress), None);
        assert_eq!(pieces(&progress), None);
        assert_eq!(pieces(&progress), Some(Ok("done")));
        let refused = Message::new("run-bad-lr-range");
        let why = refused.clone();
        let mut pieces = set_up_first(
            move |_: &Progress| Err::<i32, _>(why),
            |_: &mut i32, _: &Progress| Some(()),
        );
        assert_eq!(pieces(&progress), Some(Err(refused)));
    }

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

//! Progress and cancellation shared between a long computation and whoever watches it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Counts finished work items and carries a cancel flag. Cheap to poll from another thread.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    /// Shared with its children.
    cancelled: Arc<AtomicBool>,
}

impl Progress {
    /// A fresh counter with nothing to do yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Announces `total` items of work.
    pub fn start(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
    }

    /// Records one finished item.
    pub fn tick(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }

    /// Finished share in [0, 1].
    pub fn fraction(&self) -> f32 {
        let total = self.total.load(Ordering::Relaxed);
        if total == 0 {
            return 0.0;
        }
        (self.done.load(Ordering::Relaxed) as f32 / total as f32).min(1.0)
    }

    /// Asks the computation to stop early.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// A counter of its own for one part of the work (a training inside a measurement), which
    /// stops when this one is cancelled.
    pub fn child(&self) -> Self {
        Self {
            cancelled: self.cancelled.clone(),
            ..Self::default()
        }
    }

    /// Whether a stop was asked for.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_cancels() {
        let p = Progress::new();
        assert_eq!(p.fraction(), 0.0);
        p.start(4);
        p.tick();
        assert_eq!(p.fraction(), 0.25);
        assert!(!p.is_cancelled());
        let child = p.child();
        child.start(10);
        assert_eq!(p.fraction(), 0.25, "the child counts on its own");
        p.cancel();
        assert!(p.is_cancelled());
        assert!(
            child.is_cancelled(),
            "cancelling the parent stops the child"
        );
        assert!(!Progress::new().child().is_cancelled());
    }
}

//! The independent cells of a map or a search computed a few at a time ([`Cells`]), so a page
//! with one thread can spread the work over frames; the desktop asks for all at once.

use rayon::prelude::*;

use crate::progress::Progress;

/// Cells computed so far, in order, out of a known count.
pub struct Cells<T> {
    total: usize,
    done: Vec<T>,
}

impl<T: Send> Cells<T> {
    /// None of `total` cells yet; `progress` will count them.
    pub fn new(total: usize, progress: &Progress) -> Self {
        progress.start(total);
        Self {
            total,
            done: Vec::with_capacity(total),
        }
    }

    /// Computes up to `count` more cells by `cell(index)`, in parallel, each counted by
    /// `progress`; the cells started once it is cancelled are `skipped()`. Whether all are
    /// done, or the work was cancelled (the cells after are then left out).
    pub fn piece(
        &mut self,
        count: usize,
        progress: &Progress,
        cell: impl Fn(usize) -> T + Sync,
        skipped: impl Fn() -> T + Sync,
    ) -> bool {
        let start = self.done.len();
        let end = start.saturating_add(count.max(1)).min(self.total);
        self.done.par_extend((start..end).into_par_iter().map(|i| {
            if progress.is_cancelled() {
                return skipped();
            }
            let value = cell(i);
            progress.tick();
            value
        }));
        self.done.len() == self.total || progress.is_cancelled()
    }

    /// The cells computed.
    pub fn done(&self) -> &[T] {
        &self.done
    }

    /// Every cell: those computed, then `left` for each not run (the work was cancelled).
    pub fn all_or(&self, left: T) -> Vec<T>
    where
        T: Clone,
    {
        let mut all = self.done.clone();
        all.resize(self.total, left);
        all
    }
}

/// Calls `piece` until it returns a result: that result and how many calls it took.
#[cfg(test)]
pub(super) fn in_pieces<R>(mut piece: impl FnMut() -> Option<R>) -> (R, usize) {
    let mut pieces = 1;
    loop {
        if let Some(result) = piece() {
            return (result, pieces);
        }
        pieces += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_come_in_order_a_piece_at_a_time_and_stop_when_cancelled() {
        let progress = Progress::new();
        let mut cells = Cells::new(10, &progress);
        assert!(!cells.piece(4, &progress, |i| i * i, || 0));
        assert!(!cells.piece(4, &progress, |i| i * i, || 0));
        assert_eq!(progress.fraction(), 0.8);
        assert!(cells.piece(4, &progress, |i| i * i, || 0));
        assert_eq!(cells.done(), &[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]);

        let mut cells = Cells::new(10, &progress);
        assert!(!cells.piece(3, &progress, |i| i + 1, || 0));
        progress.cancel();
        assert!(cells.piece(3, &progress, |i| i + 1, || 0));
        assert_eq!(cells.done(), &[1, 2, 3, 0, 0, 0]);
    }
}

//! Racers' paths as work in pieces (see `Job::spawn_in_pieces`), so that the browser's one
//! thread keeps drawing while long paths are computed, with their progress and Cancel.

use super::scene::{GAUGE_POINTS, Path, PathState, compute_paths, drawable, path_of, start_run};
use crate::analysis::stability_gauge_part;
use crate::i18n::Message;
use crate::progress::Progress;
use crate::run::Run;
use crate::scenario::AppState;
use crate::surface::Surface;

/// Steps a piece advances a racer by in the browser: a few milliseconds on a network's
/// surface, where each step is a pass over the training data.
const STEPS: u64 = 16;

/// Points of a racer's stability gauge a piece computes (a Hessian each).
const GAUGE_STEP: usize = 4;

/// The paths of `racers` on `surface` in pieces. On the desktop one piece computes them all,
/// one racer per core; in the browser a piece advances one racer by [`STEPS`], or computes
/// [`GAUGE_STEP`] points of its stability gauge.
pub fn paths_in_pieces(
    surface: Surface,
    state: AppState,
    racers: Vec<usize>,
) -> impl FnMut(&Progress) -> Option<Vec<Path>> + Send + 'static {
    let mut pieces = PathPieces::new(surface, state, racers);
    move |progress| {
        if cfg!(target_arch = "wasm32") {
            pieces.piece(progress)
        } else {
            Some(compute_paths(
                &pieces.surface,
                &pieces.state,
                &pieces.racers,
                progress,
            ))
        }
    }
}

/// The racers' paths, computed one racer after the other, a few steps at a time, then their
/// stability gauges a few points at a time.
pub struct PathPieces {
    surface: Surface,
    state: AppState,
    racers: Vec<usize>,
    /// The paths of the racers done, in order.
    done: Vec<Path>,
    /// The run of the next racer, once started, and its gauge so far once it has finished.
    current: Option<(Run, Option<Vec<[f64; 2]>>)>,
}

impl PathPieces {
    /// The paths of `racers` (indices into `state.racers`) on `surface`, none computed yet.
    pub fn new(surface: Surface, state: AppState, racers: Vec<usize>) -> Self {
        Self {
            surface,
            state,
            racers,
            done: Vec::new(),
            current: None,
        }
    }

    /// Advances the next racer by [`STEPS`], or its gauge by [`GAUGE_STEP`] points once it has
    /// finished; every path once the last is done. Once `progress` is cancelled, the racers
    /// not done say so.
    pub fn piece(&mut self, progress: &Progress) -> Option<Vec<Path>> {
        if self.done.is_empty() && self.current.is_none() {
            progress.start(self.racers.len());
        }
        if progress.is_cancelled() {
            let cancelled = || path_of(PathState::Failed(Message::new("path-cancelled")));
            self.done.resize_with(self.racers.len(), cancelled);
        }
        let Some(&i) = self.racers.get(self.done.len()) else {
            return Some(std::mem::take(&mut self.done));
        };
        let (run, gauge) = match &mut self.current {
            Some(current) => current,
            None => match start_run(&self.surface, &self.state, i) {
                Ok(run) => self.current.insert((run, None)),
                Err(failed) => {
                    self.done.push(path_of(failed));
                    progress.tick();
                    return None;
                }
            },
        };
        let Some(gauge) = gauge else {
            if run.advance(STEPS) < STEPS {
                run.finish();
                *gauge = Some(Vec::new());
            }
            return None;
        };
        let part = stability_gauge_part(run, GAUGE_POINTS, gauge.len(), GAUGE_STEP);
        let last = part.len() < GAUGE_STEP;
        gauge.extend(part);
        if last && let Some((run, Some(gauge))) = self.current.take() {
            self.done
                .push((PathState::Ready(Box::new(run)), drawable(gauge)));
            progress.tick();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::build_surface;

    /// Every piece until the paths, and how many pieces it took.
    fn in_pieces(pieces: &mut PathPieces, progress: &Progress) -> (Vec<Path>, usize) {
        (1..)
            .find_map(|n| pieces.piece(progress).map(|paths| (paths, n)))
            .expect("the paths, at last")
    }

    #[test]
    fn paths_in_pieces_are_the_paths_computed_at_once() {
        let surface = build_surface("rosenbrock", &[]).unwrap();
        let state = AppState {
            steps: 2000,
            ..AppState::default()
        };
        // Racer 9 does not exist: its path says so.
        let racers = vec![0, 1, 2, 9];
        let at_once = compute_paths(&surface, &state, &racers, &Progress::new());
        let mut pieces = PathPieces::new(surface, state.clone(), racers);
        let progress = Progress::new();
        let (paths, count) = in_pieces(&mut pieces, &progress);
        // SGD and momentum run every step: at least 2 × 2000 / 16 pieces.
        assert!(count as u64 >= 2 * 2000 / STEPS, "{count} pieces");
        assert_eq!(progress.fraction(), 1.0);
        assert_eq!(paths.len(), at_once.len());
        for (piecewise, whole) in paths.iter().zip(&at_once) {
            match (&piecewise.0, &whole.0) {
                (PathState::Ready(a), PathState::Ready(b)) => {
                    assert_eq!(a.trail(), b.trail());
                    assert_eq!(a.milestone_step(), b.milestone_step());
                    assert_eq!(piecewise.1, whole.1);
                }
                (PathState::Failed(a), PathState::Failed(b)) => assert_eq!(a, b),
                (a, b) => panic!("{a:?} in pieces, {b:?} at once"),
            }
        }
    }

    #[test]
    fn cancelled_pieces_keep_the_racers_done_and_say_so_for_the_others() {
        let surface = build_surface("rosenbrock", &[]).unwrap();
        let state = AppState::default();
        let mut pieces = PathPieces::new(surface, state, vec![0, 1, 2]);
        let progress = Progress::new();
        while pieces.done.is_empty() {
            assert!(pieces.piece(&progress).is_none());
        }
        progress.cancel();
        let paths = pieces.piece(&progress).expect("every path at once");
        assert!(matches!(paths[0].0, PathState::Ready(_)));
        for (path, _) in &paths[1..] {
            let cancelled = Message::new("path-cancelled");
            assert!(
                matches!(path, PathState::Failed(m) if *m == cancelled),
                "{path:?}"
            );
        }
    }
}

//! A trained network's Hessian spectrum as work in pieces ([`SpectrumWork`]): a few columns
//! of the full Hessian, then its eigenvalues, or one Lanczos step, per piece, so a page with
//! one thread can spread it over frames.

use super::data::Dataset;
use super::eigenvalues_in_pieces::EigenvaluesInPieces;
use super::hessian_build::HessianBuild;
use super::model::{Mlp, NormMode};
use super::spectrum::{Lanczos, MAX_FULL_HESSIAN, Spectrum, pick};
use crate::progress::Progress;

/// Eigenvalues at each end of the spectrum found by Lanczos unless asked otherwise.
pub const EXTREME_EIGENVALUES: usize = 10;

/// Columns of the full Hessian per piece on each thread.
const COLUMNS_PER_THREAD: usize = 4;

/// Whether the full Hessian's eigenvalues are found a row per piece (the page's one thread),
/// or at once by faer's faster blocked solver (the desktop, on a thread of its own).
const EIGENVALUES_IN_PIECES: bool = cfg!(target_arch = "wasm32");

/// The spectrum of a network's Hessian at its weights over a data set, in evaluation mode
/// (BatchNorm with its running statistics), under way.
pub struct SpectrumWork {
    model: Mlp,
    data: Dataset,
    stage: Stage,
    /// See [`EIGENVALUES_IN_PIECES`].
    eigenvalues_in_pieces: bool,
}

/// What the next piece does.
enum Stage {
    /// Starts the full Hessian (its base pass), or the Lanczos run when `extremes` asks for it
    /// or the network is too large.
    Start { extremes: Option<usize>, seed: u64 },
    /// Computes more columns of the full Hessian.
    Columns(HessianBuild),
    /// Finds the eigenvalues of the full Hessian (row-major P × P) at once.
    Eigenvalues(Vec<f64>),
    /// Finds them a row at a time.
    EigenvaluesInPieces(Box<EigenvaluesInPieces>),
    /// Takes one Lanczos step toward the `k` smallest and largest eigenvalues.
    Lanczos { run: Box<Lanczos>, k: usize },
}

impl SpectrumWork {
    /// The spectrum of `model` over `data`, to be computed: all its eigenvalues up to
    /// [`MAX_FULL_HESSIAN`] parameters, unless `extremes` asks for the k smallest and largest
    /// by Lanczos from a start drawn with `seed`, which is how larger networks are served
    /// ([`EXTREME_EIGENVALUES`] at each end). The pieces' progress counts the Hessian's
    /// columns or the Lanczos steps.
    pub fn new(model: Mlp, data: Dataset, extremes: Option<usize>, seed: u64) -> Self {
        Self {
            model,
            data,
            stage: Stage::Start { extremes, seed },
            eigenvalues_in_pieces: EIGENVALUES_IN_PIECES,
        }
    }

    /// Does the next piece; the spectrum after the last.
    pub fn piece(&mut self, progress: &Progress) -> Option<Spectrum> {
        let Self {
            model,
            data,
            stage,
            eigenvalues_in_pieces,
        } = self;
        let mode = NormMode::Running(&model.running);
        let p = model.params.len();
        match stage {
            &mut Stage::Start { extremes, seed } => {
                *stage = match extremes {
                    None if p <= MAX_FULL_HESSIAN => {
                        Stage::Columns(HessianBuild::new(model, &model.params, data, progress))
                    }
                    k => {
                        let run = Box::new(Lanczos::start(p, seed));
                        progress.start(run.max_steps());
                        Stage::Lanczos {
                            run,
                            k: k.unwrap_or(EXTREME_EIGENVALUES),
                        }
                    }
                };
                None
            }
            Stage::Columns(build) => {
                let count = COLUMNS_PER_THREAD * rayon::current_num_threads();
                let h = build.piece(model, &model.params, data, mode, count, progress)?;
                *stage = if *eigenvalues_in_pieces {
                    Stage::EigenvaluesInPieces(Box::new(EigenvaluesInPieces::new(h, p)))
                } else {
                    Stage::Eigenvalues(h)
                };
                None
            }
            Stage::Eigenvalues(h) => Some(Spectrum::of_matrix(h, p)),
            Stage::EigenvaluesInPieces(work) => work
                .piece()
                .map(|values| Spectrum::from_eigenvalues(values, p, true)),
            Stage::Lanczos { run, k } => {
                let apply = |v: &[f64]| model.hessian_vector(&model.params, v, data, mode);
                let done = run.step(apply, |ritz| pick(ritz, *k));
                progress.tick();
                done.then(|| Spectrum::of_lanczos(run, p, *k))
            }
        }
    }

    /// Does every piece.
    pub fn run(mut self, progress: &Progress) -> Spectrum {
        loop {
            if let Some(spectrum) = self.piece(progress) {
                return spectrum;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::Activation;
    use crate::nn::test_cases::small;

    /// Runs `work` piece by piece: the spectrum and the number of pieces.
    fn in_pieces(mut work: SpectrumWork, progress: &Progress) -> (Spectrum, usize) {
        let mut pieces = 1;
        loop {
            if let Some(spectrum) = work.piece(progress) {
                return (spectrum, pieces);
            }
            pieces += 1;
        }
    }

    #[test]
    fn the_full_spectrum_in_pieces_is_the_spectrum_of_the_whole_hessian() {
        for batch_norm in [false, true] {
            let (model, data) = small(Activation::Tanh, batch_norm);
            let p = model.params.len();
            let mode = NormMode::Running(&model.running);
            let h = model.hessian(&model.params, &data, mode, &Progress::new());
            let whole = Spectrum::of_matrix(&h, p);
            let progress = Progress::new();
            let work = SpectrumWork::new(model, data, None, 0);
            let (spectrum, pieces) = in_pieces(work, &progress);
            assert_eq!(spectrum, whole);
            assert!(whole.complete);
            // The start, the columns a few at a time, then the eigenvalues.
            let per_piece = COLUMNS_PER_THREAD * rayon::current_num_threads();
            assert_eq!(pieces, 1 + p.div_ceil(per_piece) + 1);
        }
    }

    #[test]
    fn eigenvalues_in_pieces_agree_with_faer_on_a_network_hessian() {
        let (model, data) = small(Activation::Sigmoid, true);
        let p = model.params.len();
        let progress = Progress::new();
        let whole = SpectrumWork::new(model.clone(), data.clone(), None, 0).run(&progress);
        let mut work = SpectrumWork::new(model, data, None, 0);
        work.eigenvalues_in_pieces = true;
        let (spectrum, pieces) = in_pieces(work, &progress);
        let per_piece = COLUMNS_PER_THREAD * rayon::current_num_threads();
        // The start, the columns, then a row per piece and the QL iteration.
        assert_eq!(pieces, 1 + p.div_ceil(per_piece) + p);
        let scale = whole.eigenvalues.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        for (a, b) in spectrum.eigenvalues.iter().zip(&whole.eigenvalues) {
            assert!((a - b).abs() <= 1e-12 * scale, "{a} vs {b}");
        }
        assert_eq!(spectrum.parameters, whole.parameters);
        assert_eq!(spectrum.negative, whole.negative);
    }

    #[test]
    fn extremes_in_pieces_take_one_lanczos_step_each() {
        let (model, data) = small(Activation::Tanh, true);
        let p = model.params.len();
        let mode = NormMode::Running(&model.running);
        let whole = Spectrum::extremes(p, 2, 7, |v| {
            model.hessian_vector(&model.params, v, &data, mode)
        });
        let progress = Progress::new();
        let work = SpectrumWork::new(model.clone(), data, Some(2), 7);
        let (spectrum, pieces) = in_pieces(work, &progress);
        assert_eq!(spectrum, whole);
        assert!(pieces > 2 && pieces <= 1 + p.min(300));
    }
}

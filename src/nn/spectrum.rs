//! Second order of the whole network: the eigenvalues of its full Hessian, or the extreme
//! eigenvalues by Lanczos when it is too large to hold; the minimum ratio (positive
//! eigenvalues over all of them) and the condition number.

use nalgebra::{DMatrix, DVector};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use super::data::gaussian;

/// Largest network whose full Hessian is formed (P × P doubles: 32 MB at this size).
pub const MAX_FULL_HESSIAN: usize = 2000;

/// An eigenvalue this small relative to the largest |λ| counts as zero.
pub const ZERO_EIGENVALUE: f64 = 1e-9;

/// The eigenvalues of a Hessian and what they say.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Spectrum {
    /// Parameters P.
    pub parameters: usize,
    /// Eigenvalues found, ascending: all P of them, or the extremes from Lanczos.
    pub eigenvalues: Vec<f64>,
    /// Whether `eigenvalues` is the whole spectrum.
    pub complete: bool,
    /// Positive eigenvalues (above the zero tolerance).
    pub positive: usize,
    /// Negative eigenvalues (below minus the zero tolerance).
    pub negative: usize,
    /// The lecture's minimum ratio: positive eigenvalues over all P of them (complete spectra
    /// only). 1 at a minimum without flat directions; zero and negative eigenvalues lower it.
    pub minimum_ratio: Option<f64>,
    /// |λ|max / |λ|min over the non-zero eigenvalues (complete spectra only). Huge for any
    /// trained network: many directions are almost flat.
    pub condition_number: Option<f64>,
    /// λ₁/λ₂, the two largest eigenvalues when both are positive: the condition number on the
    /// plane of the two leading eigenvectors, where the steepest curvature lies. Batch norm
    /// and input normalization shrink it.
    pub leading_ratio: Option<f64>,
}

impl Spectrum {
    /// The spectrum of a symmetric P × P matrix (row-major).
    pub fn of_matrix(h: &[f64], p: usize) -> Self {
        let matrix = faer::Mat::from_fn(p, p, |i, j| h[i * p + j]);
        let mut eigenvalues = matrix
            .self_adjoint_eigenvalues(faer::Side::Lower)
            .unwrap_or_else(|_| {
                // faer's iteration did not converge: nalgebra's slower, unblocked one.
                let matrix = DMatrix::from_row_slice(p, p, h);
                matrix.symmetric_eigenvalues().iter().copied().collect()
            });
        eigenvalues.sort_by(f64::total_cmp);
        Self::from_eigenvalues(eigenvalues, p, true)
    }

    /// The `k` smallest and `k` largest eigenvalues of the P × P operator `apply` (x ↦ H·x) by
    /// Lanczos.
    pub fn extremes(p: usize, k: usize, seed: u64, apply: impl Fn(&[f64]) -> Vec<f64>) -> Self {
        Self::of_lanczos(&Lanczos::run(p, seed, apply, |ritz| pick(ritz, k)), p, k)
    }

    /// The `k` smallest and `k` largest Ritz values of a finished run (all when it spans the
    /// whole space).
    pub(super) fn of_lanczos(run: &Lanczos, p: usize, k: usize) -> Self {
        let complete = run.alpha.len() == p;
        let ritz = run.ritz();
        let eigenvalues = if complete { ritz } else { pick(ritz, k) };
        Self::from_eigenvalues(eigenvalues, p, complete)
    }

    /// The magnitude below which an eigenvalue of this spectrum counts as zero.
    pub fn zero_tolerance(&self) -> f64 {
        zero_tolerance(largest_magnitude(&self.eigenvalues))
    }

    /// The spectrum of a P × P matrix from the `eigenvalues` found, ascending, all of them
    /// when `complete`.
    pub(super) fn from_eigenvalues(eigenvalues: Vec<f64>, p: usize, complete: bool) -> Self {
        let largest = largest_magnitude(&eigenvalues);
        let tol = zero_tolerance(largest);
        let positive = eigenvalues.iter().filter(|&&v| v > tol).count();
        let negative = eigenvalues.iter().filter(|&&v| v < -tol).count();
        let nonzero: Vec<f64> = eigenvalues
            .iter()
            .filter(|v| v.abs() > tol)
            .map(|v| v.abs())
            .collect();
        let smallest = nonzero.iter().copied().fold(f64::INFINITY, f64::min);
        // Lanczos extremes hold the k largest last; with k ≥ 2 the two largest are known.
        let leading_ratio = match eigenvalues[..] {
            [.., second, first] if (complete || eigenvalues.len() >= 4) && second > tol => {
                Some(first / second)
            }
            _ => None,
        };
        Self {
            parameters: p,
            complete,
            positive,
            negative,
            minimum_ratio: (complete && p > 0).then(|| positive as f64 / p as f64),
            condition_number: (complete && !nonzero.is_empty()).then(|| largest / smallest),
            leading_ratio,
            eigenvalues,
        }
    }
}

fn largest_magnitude(values: &[f64]) -> f64 {
    values.iter().fold(0.0f64, |m, v| m.max(v.abs()))
}

/// [`ZERO_EIGENVALUE`] relative to the largest |λ|.
fn zero_tolerance(largest: f64) -> f64 {
    ZERO_EIGENVALUE * largest.max(f64::MIN_POSITIVE)
}

/// A Lanczos run with full re-orthogonalization from a seeded random start: an orthonormal
/// basis Q of the Krylov space and the tridiagonal T = QᵀHQ (diagonal α, off-diagonal β).
pub(super) struct Lanczos {
    basis: Vec<DVector<f64>>,
    alpha: Vec<f64>,
    beta: Vec<f64>,
    /// The next basis vector.
    next: DVector<f64>,
    /// The watched Ritz values at the last look.
    settled: Option<Vec<f64>>,
    max_steps: usize,
}

impl Lanczos {
    /// A run on a P × P operator that will take at most 300 steps.
    pub(super) fn start(p: usize, seed: u64) -> Self {
        let max_steps = p.min(300);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut v = DVector::from_fn(p, |_, _| gaussian(&mut rng));
        v /= v.norm();
        Self {
            basis: Vec::with_capacity(max_steps),
            alpha: Vec::new(),
            beta: Vec::new(),
            next: v,
            settled: None,
            max_steps,
        }
    }

    /// Most steps the run takes.
    pub(super) fn max_steps(&self) -> usize {
        self.max_steps
    }

    /// Runs until the Ritz values `watch` picks settle (relative change below 10⁻¹⁰ over ten
    /// steps), the space is exhausted, or 300 steps.
    fn run(
        p: usize,
        seed: u64,
        apply: impl Fn(&[f64]) -> Vec<f64>,
        watch: impl Fn(Vec<f64>) -> Vec<f64>,
    ) -> Self {
        let mut run = Self::start(p, seed);
        while !run.step(&apply, &watch) {}
        run
    }

    /// One step: one product with `apply`. True once the run is over (see [`Lanczos::run`]).
    pub(super) fn step(
        &mut self,
        apply: impl Fn(&[f64]) -> Vec<f64>,
        watch: impl Fn(Vec<f64>) -> Vec<f64>,
    ) -> bool {
        let v = std::mem::replace(&mut self.next, DVector::zeros(0));
        let mut w = DVector::from_vec(apply(v.as_slice()));
        let a = w.dot(&v);
        self.basis.push(v);
        self.alpha.push(a);
        // Twice is enough to keep the basis orthonormal to rounding.
        for _ in 0..2 {
            for q in &self.basis {
                let c = w.dot(q);
                w -= q * c;
            }
        }
        let b = w.norm();
        if self.basis.len() == self.max_steps || b < 1e-12 * a.abs().max(1.0) {
            return true;
        }
        if self.alpha.len().is_multiple_of(10) {
            let watched = watch(self.ritz());
            let converged = self.settled.as_ref().is_some_and(|old| {
                old.iter()
                    .zip(&watched)
                    .all(|(o, n)| (o - n).abs() <= 1e-10 * n.abs().max(1e-300))
            });
            if converged {
                return true;
            }
            self.settled = Some(watched);
        }
        self.beta.push(b);
        self.next = w / b;
        false
    }

    fn tridiagonal(&self) -> DMatrix<f64> {
        let m = self.alpha.len();
        DMatrix::from_fn(m, m, |i, j| match i.abs_diff(j) {
            0 => self.alpha[i],
            1 => self.beta[i.min(j)],
            _ => 0.0,
        })
    }

    /// The Ritz values (eigenvalues of T), ascending.
    fn ritz(&self) -> Vec<f64> {
        let mut values: Vec<f64> = self
            .tridiagonal()
            .symmetric_eigenvalues()
            .iter()
            .copied()
            .collect();
        values.sort_by(f64::total_cmp);
        values
    }
}

/// The `k` largest eigenvalues of the P × P operator `apply` with their unit eigenvectors,
/// largest first, by Lanczos (Ritz pairs).
pub fn top_eigenvectors(
    p: usize,
    k: usize,
    seed: u64,
    apply: impl Fn(&[f64]) -> Vec<f64>,
) -> Vec<(f64, Vec<f64>)> {
    let run = Lanczos::run(p, seed, apply, |ritz| {
        ritz.iter().rev().take(k).copied().collect()
    });
    let eigen = run.tridiagonal().symmetric_eigen();
    let mut order: Vec<usize> = (0..eigen.eigenvalues.len()).collect();
    order.sort_by(|&a, &b| eigen.eigenvalues[b].total_cmp(&eigen.eigenvalues[a]));
    order
        .into_iter()
        .take(k)
        .map(|c| {
            let mut v = DVector::zeros(p);
            for (j, q) in run.basis.iter().enumerate() {
                v += q * eigen.eigenvectors[(j, c)];
            }
            let norm = v.norm();
            (eigen.eigenvalues[c], (v / norm).as_slice().to_vec())
        })
        .collect()
}

/// The k smallest and k largest of ascending `values` (all when there are few).
pub(super) fn pick(values: Vec<f64>, k: usize) -> Vec<f64> {
    if values.len() <= 2 * k {
        return values;
    }
    values[..k]
        .iter()
        .chain(&values[values.len() - k..])
        .copied()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spectra_of_known_matrices() {
        // diag(−1, 2, 3, 0) rotated: eigenvalues are kept, one is zero.
        let (c, s) = (0.6, 0.8);
        let h = [
            -c * c + 2.0 * s * s,
            c * s * 3.0,
            0.0,
            0.0,
            c * s * 3.0,
            -s * s + 2.0 * c * c,
            0.0,
            0.0,
            0.0,
            0.0,
            3.0,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
        ];
        let spectrum = Spectrum::of_matrix(&h, 4);
        let expected = [-1.0, 0.0, 2.0, 3.0];
        for (a, b) in spectrum.eigenvalues.iter().zip(expected) {
            assert!((a - b).abs() < 1e-12, "{:?}", spectrum.eigenvalues);
        }
        assert_eq!((spectrum.positive, spectrum.negative), (2, 1));
        // Two positive of four: the zero eigenvalue counts too.
        assert_eq!(spectrum.minimum_ratio, Some(0.5));
        assert!((spectrum.condition_number.unwrap() - 3.0).abs() < 1e-12);
        assert!((spectrum.leading_ratio.unwrap() - 1.5).abs() < 1e-12);
    }

    #[test]
    fn lanczos_finds_the_extremes_of_a_large_diagonal_operator() {
        let p = 500;
        let diagonal: Vec<f64> = (0..p).map(|i| (i as f64 - 100.0) * 0.01).collect();
        let apply = |x: &[f64]| x.iter().zip(&diagonal).map(|(a, d)| a * d).collect();
        let spectrum = Spectrum::extremes(p, 3, 1, apply);
        assert!(!spectrum.complete);
        assert_eq!(spectrum.eigenvalues.len(), 6);
        assert!(
            (spectrum.eigenvalues[0] + 1.0).abs() < 1e-6,
            "{:?}",
            spectrum.eigenvalues
        );
        assert!(
            (spectrum.eigenvalues[5] - 3.99).abs() < 1e-6,
            "{:?}",
            spectrum.eigenvalues
        );
        assert_eq!(spectrum.minimum_ratio, None);
        let ratio = spectrum.leading_ratio.expect("the two largest are known");
        assert!((ratio - 3.99 / 3.98).abs() < 1e-6, "{ratio}");
        // With one extreme on each side the second largest is unknown.
        assert_eq!(Spectrum::extremes(p, 1, 1, apply).leading_ratio, None);
        let top = top_eigenvectors(p, 2, 1, apply);
        assert!((top[0].0 - 3.99).abs() < 1e-6 && (top[1].0 - 3.98).abs() < 1e-6);
        // Eigenvectors of a diagonal operator are the last unit vectors.
        assert!(
            (top[0].1[p - 1].abs() - 1.0).abs() < 1e-4,
            "{}",
            top[0].1[p - 1]
        );
        assert!(
            (top[1].1[p - 2].abs() - 1.0).abs() < 1e-4,
            "{}",
            top[1].1[p - 2]
        );
    }
}

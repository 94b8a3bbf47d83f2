//! Second order of the whole network: the full Hessian (one exact Hessian-vector product per
//! column) and its eigenvalues, or the extreme eigenvalues by Lanczos when it is too large to
//! hold; the minimum ratio (share of positive eigenvalues) and the condition number.

use nalgebra::{DMatrix, DVector};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use serde::Serialize;

use super::data::{Dataset, gaussian};
use super::model::{Mlp, NormMode};
use crate::progress::Progress;

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
    /// Share of positive eigenvalues among the non-zero ones: 1 at a minimum, below 1 at a
    /// saddle (complete spectra only).
    pub minimum_ratio: Option<f64>,
    /// |λ|max / |λ|min over the non-zero eigenvalues (complete spectra only).
    pub condition_number: Option<f64>,
}

impl Mlp {
    /// The full Hessian at `params` over `data` (row-major P × P, symmetrized), one exact
    /// Hessian-vector product per column, in parallel.
    pub fn hessian(
        &self,
        params: &[f64],
        data: &Dataset,
        mode: NormMode<'_>,
        progress: &Progress,
    ) -> Vec<f64> {
        let p = params.len();
        progress.start(p);
        let columns: Vec<Vec<f64>> = (0..p)
            .into_par_iter()
            .map(|i| {
                let mut e = vec![0.0; p];
                e[i] = 1.0;
                let column = self.hessian_vector(params, &e, data, mode);
                progress.tick();
                column
            })
            .collect();
        let mut h = vec![0.0; p * p];
        for i in 0..p {
            for j in 0..p {
                h[i * p + j] = 0.5 * (columns[j][i] + columns[i][j]);
            }
        }
        h
    }
}

impl Spectrum {
    /// The spectrum of a symmetric P × P matrix (row-major).
    pub fn of_matrix(h: &[f64], p: usize) -> Self {
        let matrix = DMatrix::from_row_slice(p, p, h);
        let mut eigenvalues: Vec<f64> = matrix.symmetric_eigenvalues().iter().copied().collect();
        eigenvalues.sort_by(f64::total_cmp);
        Self::from_eigenvalues(eigenvalues, p, true)
    }

    /// The `k` smallest and `k` largest eigenvalues of the P × P operator `apply` (x ↦ H·x) by
    /// Lanczos with full re-orthogonalization, from a seeded random start; it stops when those
    /// Ritz values settle (relative change below 10⁻¹⁰ over ten steps) or after 300 steps.
    pub fn extremes(p: usize, k: usize, seed: u64, apply: impl Fn(&[f64]) -> Vec<f64>) -> Self {
        let max_steps = p.min(300.max(20 * k));
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut basis: Vec<DVector<f64>> = Vec::with_capacity(max_steps);
        let mut v = DVector::from_fn(p, |_, _| gaussian(&mut rng));
        v /= v.norm();
        let (mut alpha, mut beta) = (Vec::new(), Vec::new());
        let mut settled: Option<Vec<f64>> = None;
        loop {
            basis.push(v.clone());
            let mut w = DVector::from_vec(apply(v.as_slice()));
            let a = w.dot(&v);
            alpha.push(a);
            // Full re-orthogonalization (twice is enough) keeps the basis exact.
            for _ in 0..2 {
                for q in &basis {
                    let c = w.dot(q);
                    w -= q * c;
                }
            }
            let b = w.norm();
            let exhausted = basis.len() == max_steps || b < 1e-12 * a.abs().max(1.0);
            if exhausted || (alpha.len() >= 2 * k && alpha.len() % 10 == 0) {
                let extremes = pick(ritz(&alpha, &beta), k);
                let converged = settled.as_ref().is_some_and(|old| {
                    old.iter()
                        .zip(&extremes)
                        .all(|(o, n)| (o - n).abs() <= 1e-10 * n.abs().max(1e-300))
                });
                if exhausted || converged {
                    let complete = alpha.len() == p;
                    let eigenvalues = if complete {
                        ritz(&alpha, &beta)
                    } else {
                        extremes
                    };
                    return Self::from_eigenvalues(eigenvalues, p, complete);
                }
                settled = Some(extremes);
            }
            beta.push(b);
            v = w / b;
        }
    }

    fn from_eigenvalues(eigenvalues: Vec<f64>, p: usize, complete: bool) -> Self {
        let largest = eigenvalues.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let tol = ZERO_EIGENVALUE * largest.max(f64::MIN_POSITIVE);
        let positive = eigenvalues.iter().filter(|&&v| v > tol).count();
        let negative = eigenvalues.iter().filter(|&&v| v < -tol).count();
        let nonzero: Vec<f64> = eigenvalues
            .iter()
            .filter(|v| v.abs() > tol)
            .map(|v| v.abs())
            .collect();
        let smallest = nonzero.iter().copied().fold(f64::INFINITY, f64::min);
        Self {
            parameters: p,
            complete,
            positive,
            negative,
            minimum_ratio: (complete && positive + negative > 0)
                .then(|| positive as f64 / (positive + negative) as f64),
            condition_number: (complete && !nonzero.is_empty()).then(|| largest / smallest),
            eigenvalues,
        }
    }
}

/// The eigenvalues of the Lanczos tridiagonal matrix, ascending.
fn ritz(alpha: &[f64], beta: &[f64]) -> Vec<f64> {
    let m = alpha.len();
    let t = DMatrix::from_fn(m, m, |i, j| match i.abs_diff(j) {
        0 => alpha[i],
        1 => beta[i.min(j)],
        _ => 0.0,
    });
    let mut values: Vec<f64> = t.symmetric_eigenvalues().iter().copied().collect();
    values.sort_by(f64::total_cmp);
    values
}

/// The k smallest and k largest of ascending `values` (all when there are few).
fn pick(values: Vec<f64>, k: usize) -> Vec<f64> {
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
        assert_eq!(spectrum.minimum_ratio, Some(2.0 / 3.0));
        assert!((spectrum.condition_number.unwrap() - 3.0).abs() < 1e-12);
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
    }
}

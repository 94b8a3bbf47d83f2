//! The eigenvalues of a symmetric matrix in pieces ([`EigenvaluesInPieces`]), so a page with
//! one thread can spread them over frames: Householder reduction to tridiagonal form one row
//! per piece, then the implicit QL iteration on the tridiagonal matrix (Numerical Recipes,
//! 3rd ed., §11.4, `tred2` and `tqli` without eigenvectors).

use nalgebra::DMatrix;

/// QL iterations allowed per eigenvalue before the tridiagonal matrix is handed to nalgebra.
const MAX_QL_ITERATIONS: usize = 60;

/// A symmetric matrix's eigenvalues under way.
pub struct EigenvaluesInPieces {
    /// The matrix (row-major n × n), its lower triangle reduced from the bottom row up.
    a: Vec<f64>,
    n: usize,
    /// The next row to reduce; 0 once the matrix is tridiagonal.
    row: usize,
    /// The off-diagonal of the tridiagonal form: `off[i]` beside the diagonal in row i.
    off: Vec<f64>,
}

impl EigenvaluesInPieces {
    /// Starts on the symmetric `n × n` matrix `a` (row-major; its lower triangle is read).
    pub fn new(a: Vec<f64>, n: usize) -> Self {
        Self {
            a,
            n,
            row: n.saturating_sub(1),
            off: vec![0.0; n],
        }
    }

    /// Reduces the next row (O(row²) work), or, once the matrix is tridiagonal, finds its
    /// eigenvalues (O(n²)): those, ascending, after the last piece.
    pub fn piece(&mut self) -> Option<Vec<f64>> {
        if self.row > 0 {
            self.reduce_row(self.row);
            self.row -= 1;
            return None;
        }
        let (diagonal, off) = self.tridiagonal();
        let mut values =
            tridiagonal_eigenvalues(diagonal.clone(), off.clone()).unwrap_or_else(|| {
                let t = DMatrix::from_fn(self.n, self.n, |i, j| match i.abs_diff(j) {
                    0 => diagonal[i],
                    1 => off[i.min(j)],
                    _ => 0.0,
                });
                t.symmetric_eigenvalues().iter().copied().collect()
            });
        values.sort_by(f64::total_cmp);
        Some(values)
    }

    /// The reduced matrix's diagonal, and its off-diagonal as the QL iteration reads it:
    /// `off[i]` beside rows i and i + 1.
    fn tridiagonal(&self) -> (Vec<f64>, Vec<f64>) {
        let diagonal = (0..self.n).map(|i| self.a[i * self.n + i]).collect();
        let mut off: Vec<f64> = self.off.iter().skip(1).copied().collect();
        off.push(0.0);
        (diagonal, off)
    }

    /// One Householder step: zeroes row `i` left of its subdiagonal by a reflection applied on
    /// both sides of the leading (i × i) block.
    fn reduce_row(&mut self, i: usize) {
        let (n, l) = (self.n, i - 1);
        let row = i * n;
        if l == 0 {
            self.off[i] = self.a[row];
            return;
        }
        let scale: f64 = self.a[row..=row + l].iter().map(|v| v.abs()).sum();
        if scale == 0.0 {
            self.off[i] = self.a[row + l];
            return;
        }
        let mut h = 0.0;
        for v in &mut self.a[row..=row + l] {
            *v /= scale;
            h += *v * *v;
        }
        let f = self.a[row + l];
        let g = if f >= 0.0 { -h.sqrt() } else { h.sqrt() };
        self.off[i] = scale * g;
        h -= f * g;
        self.a[row + l] = f - g;
        let u = self.a[row..=row + l].to_vec();
        // p = A·u over the lower triangle, row by row.
        let mut p = vec![0.0; i];
        for j in 0..=l {
            let a_j = &self.a[j * n..j * n + j];
            let mut s = self.a[j * n + j] * u[j];
            for ((a, &u_k), p_k) in a_j.iter().zip(&u).zip(&mut p) {
                s += a * u_k;
                *p_k += a * u[j];
            }
            p[j] += s;
        }
        let mut q: Vec<f64> = p.iter().map(|p| p / h).collect();
        let k = q.iter().zip(&u).map(|(q, u)| q * u).sum::<f64>() / (h + h);
        for (q, u) in q.iter_mut().zip(&u) {
            *q -= k * u;
        }
        // A −= u·qᵀ + q·uᵀ on the lower triangle.
        for j in 0..=l {
            let (u_j, q_j) = (u[j], q[j]);
            for (c, a) in self.a[j * n..=j * n + j].iter_mut().enumerate() {
                *a -= u_j * q[c] + q_j * u[c];
            }
        }
    }
}

/// The eigenvalues of the symmetric tridiagonal matrix with `diagonal` and `off[i]` beside
/// rows i and i + 1 (the last unused), by implicit QL with Wilkinson shifts; `None` when an
/// eigenvalue does not settle within [`MAX_QL_ITERATIONS`]. An off-diagonal entry counts as
/// zero below ε times the matrix's largest |dᵢ| + |eᵢ|: a network's Hessian has many zero
/// eigenvalues, which leave entries of 10⁻¹⁹ where others are 1, and a test relative to the
/// neighbouring entries only would ask those for digits they do not have.
fn tridiagonal_eigenvalues(mut d: Vec<f64>, mut e: Vec<f64>) -> Option<Vec<f64>> {
    let n = d.len();
    let norm = d
        .iter()
        .zip(&e)
        .fold(0.0f64, |m, (d, e)| m.max(d.abs() + e.abs()));
    for l in 0..n {
        let mut iterations = 0;
        loop {
            let mut m = l;
            while m + 1 < n && e[m].abs() > f64::EPSILON * norm {
                m += 1;
            }
            if m == l {
                break;
            }
            iterations += 1;
            if iterations > MAX_QL_ITERATIONS {
                return None;
            }
            let mut g = (d[l + 1] - d[l]) / (2.0 * e[l]);
            let mut r = g.hypot(1.0);
            g = d[m] - d[l] + e[l] / (g + r.copysign(g));
            let (mut s, mut c, mut p) = (1.0, 1.0, 0.0);
            let mut underflow = false;
            for i in (l..m).rev() {
                let f = s * e[i];
                let b = c * e[i];
                r = f.hypot(g);
                e[i + 1] = r;
                if r == 0.0 {
                    d[i + 1] -= p;
                    e[m] = 0.0;
                    underflow = true;
                    break;
                }
                s = f / r;
                c = g / r;
                let shifted = d[i + 1] - p;
                r = (d[i] - shifted) * s + 2.0 * c * b;
                p = s * r;
                d[i + 1] = shifted + p;
                g = c * r - b;
            }
            if underflow {
                continue;
            }
            d[l] -= p;
            e[l] = g;
            e[m] = 0.0;
        }
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use crate::nn::test_cases::Case;
    use crate::nn::{Activation, Architecture, DatasetKind, Loss, NormMode};
    use crate::progress::Progress;

    fn in_pieces(a: Vec<f64>, n: usize) -> (Vec<f64>, usize) {
        let mut work = EigenvaluesInPieces::new(a, n);
        let mut pieces = 1;
        loop {
            if let Some(values) = work.piece() {
                return (values, pieces);
            }
            pieces += 1;
        }
    }

    /// faer's eigenvalues, ascending: the reference.
    fn by_faer(a: &[f64], n: usize) -> Vec<f64> {
        let matrix = faer::Mat::from_fn(n, n, |i, j| a[i * n + j]);
        let mut values = matrix
            .self_adjoint_eigenvalues(faer::Side::Lower)
            .expect("faer converges");
        values.sort_by(f64::total_cmp);
        values
    }

    #[test]
    fn random_symmetric_matrices_match_faer_one_row_per_piece() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for n in [1, 2, 3, 7, 60, 200] {
            let mut a = vec![0.0; n * n];
            for i in 0..n {
                for j in 0..=i {
                    let v = rng.random_range(-1.0..1.0);
                    a[i * n + j] = v;
                    a[j * n + i] = v;
                }
            }
            let (values, pieces) = in_pieces(a.clone(), n);
            assert_eq!(pieces, n.max(1));
            let reference = by_faer(&a, n);
            let scale = reference.iter().fold(1.0f64, |m, v| m.max(v.abs()));
            for (x, y) in values.iter().zip(&reference) {
                assert!(
                    (x - y).abs() <= 1e-12 * scale * n as f64,
                    "n = {n}: {x} vs {y}"
                );
            }
        }
    }

    #[test]
    fn repeated_and_zero_eigenvalues_come_out_exactly_enough() {
        // diag(2, 2, 0, 0, −1) rotated by a Householder reflection I − 2vvᵀ.
        let n = 5;
        let diagonal = [2.0, 2.0, 0.0, 0.0, -1.0];
        let v = [0.5, 0.5, 0.5, 0.5, 0.0];
        let q = |i: usize, j: usize| f64::from(u8::from(i == j)) - 2.0 * v[i] * v[j];
        let a: Vec<f64> = (0..n * n)
            .map(|ij| {
                let (i, j) = (ij / n, ij % n);
                (0..n).map(|k| q(i, k) * diagonal[k] * q(j, k)).sum()
            })
            .collect();
        let (values, _) = in_pieces(a, n);
        for (x, y) in values.iter().zip([-1.0, 0.0, 0.0, 2.0, 2.0]) {
            assert!((x - y).abs() < 1e-13, "{values:?}");
        }
    }

    #[test]
    fn a_batch_norm_network_hessian_needs_no_fallback() {
        // Its many zero eigenvalues leave the top of the tridiagonal form ~10⁻¹⁹ while the
        // rest is ~1: a deflation test relative to the entries seen so far never settles.
        let case = Case {
            arch: Architecture {
                inputs: 2,
                hidden: vec![8; 5],
                outputs: 2,
                activation: Activation::Sigmoid,
                batch_norm: true,
                loss: Loss::Ce,
                weight_decay: 0.0,
            },
            kind: DatasetKind::Moons,
            scaled: false,
        };
        let (model, data) = case.fitted(200, 0);
        let p = model.params.len();
        let mode = NormMode::Running(&model.running);
        let h = model.hessian(&model.params, &data, mode, &Progress::new());
        let mut work = EigenvaluesInPieces::new(h.clone(), p);
        while work.row > 0 {
            assert!(work.piece().is_none());
        }
        let (diagonal, off) = work.tridiagonal();
        let mut values = tridiagonal_eigenvalues(diagonal, off).expect("QL settles");
        values.sort_by(f64::total_cmp);
        let reference = by_faer(&h, p);
        let scale = reference.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        for (x, y) in values.iter().zip(&reference) {
            assert!((x - y).abs() <= 1e-12 * scale, "{x} vs {y}");
        }
    }

    #[test]
    fn an_already_diagonal_matrix_keeps_its_diagonal() {
        let a = vec![3.0, 0.0, 0.0, 0.0, -2.0, 0.0, 0.0, 0.0, 0.5];
        assert_eq!(in_pieces(a, 3).0, vec![-2.0, 0.5, 3.0]);
    }
}

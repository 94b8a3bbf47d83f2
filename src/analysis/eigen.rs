//! Eigen-decomposition of a symmetric 2×2 matrix in closed form, and the second-order test.

use crate::surface::Kind;

/// Eigenvalues below this fraction of the largest |eigenvalue| (and of 1) count as zero.
pub const ZERO_EIGENVALUE_TOLERANCE: f64 = 1e-8;

/// Eigenvalues in ascending order, with unit eigenvectors paired to them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SymmetricEigen2 {
    /// λ₁ ≤ λ₂.
    pub values: [f64; 2],
    /// `vectors[i]` belongs to `values[i]`; each has its largest component positive.
    pub vectors: [[f64; 2]; 2],
}

/// Eigen-decomposition of [[a, b], [b, c]] by the rotation angle θ = ½·atan2(2b, a − c),
/// which is stable also for nearly equal eigenvalues.
pub fn symmetric_eigen2(h: [[f64; 2]; 2]) -> SymmetricEigen2 {
    let (a, b, c) = (h[0][0], 0.5 * (h[0][1] + h[1][0]), h[1][1]);
    let mean = 0.5 * (a + c);
    let radius = (0.5 * (a - c)).hypot(b);
    let large = mean + radius;
    let det = a * c - b * b;
    // The smaller one from the determinant when that avoids cancellation.
    let small = if large.abs() > 0.0 && mean.abs() > radius {
        det / large
    } else {
        mean - radius
    };
    let theta = 0.5 * (2.0 * b).atan2(a - c);
    let (s, co) = theta.sin_cos();
    let orient = |v: [f64; 2]| {
        let flip = if v[0].abs() >= v[1].abs() { v[0] } else { v[1] };
        if flip < 0.0 { [-v[0], -v[1]] } else { v }
    };
    SymmetricEigen2 {
        values: [small, large],
        vectors: [orient([-s, co]), orient([co, s])],
    }
}

/// The second-order test on eigenvalues: |λ| ≤ tolerance·max(1, max|λ|) counts as zero.
/// Returns `None` when an eigenvalue is not finite.
pub fn classify(values: &[f64]) -> Option<Kind> {
    if values.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let scale = values.iter().fold(1.0f64, |m, v| m.max(v.abs()));
    let zero = ZERO_EIGENVALUE_TOLERANCE * scale;
    let positive = values.iter().filter(|&&v| v > zero).count();
    let negative = values.iter().filter(|&&v| v < -zero).count();
    Some(if positive + negative < values.len() {
        Kind::Degenerate
    } else if negative == 0 {
        Kind::Minimum
    } else if positive == 0 {
        Kind::Maximum
    } else {
        Kind::Saddle
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(h: [[f64; 2]; 2]) {
        let e = symmetric_eigen2(h);
        assert!(e.values[0] <= e.values[1]);
        for (lambda, v) in e.values.iter().zip(e.vectors) {
            let hv = [
                h[0][0] * v[0] + h[0][1] * v[1],
                h[1][0] * v[0] + h[1][1] * v[1],
            ];
            let scale = 1.0 + lambda.abs();
            assert!((hv[0] - lambda * v[0]).abs() < 1e-12 * scale, "{h:?}");
            assert!((hv[1] - lambda * v[1]).abs() < 1e-12 * scale, "{h:?}");
            assert!((v[0].hypot(v[1]) - 1.0).abs() < 1e-14);
        }
    }

    #[test]
    fn closed_form_eigenpairs() {
        // The lecture's saddle: H = [[0, −2], [−2, 0]] has eigenvalues −2 and +2.
        let e = symmetric_eigen2([[0.0, -2.0], [-2.0, 0.0]]);
        assert_eq!(e.values, [-2.0, 2.0]);
        let r = std::f64::consts::FRAC_1_SQRT_2;
        assert!((e.vectors[0][0] - r).abs() < 1e-15 && (e.vectors[0][1] - r).abs() < 1e-15);
        for h in [
            [[2.0, 0.0], [0.0, 200.0]],
            [[1.0, 1e-9], [1e-9, 1.0]],
            [[3.0, 1.0], [1.0, -5.0]],
            [[0.0, 0.0], [0.0, 0.0]],
            [[1e8, 1.0], [1.0, 1e-8]],
        ] {
            check(h);
        }
        // Nearly singular: the small eigenvalue keeps its relative accuracy.
        let e = symmetric_eigen2([[1e8, 1.0], [1.0, 1e-8]]);
        let exact_small = (1e8 * 1e-8 - 1.0) / e.values[1];
        assert!((e.values[0] - exact_small).abs() <= 1e-15 * (1.0 + exact_small.abs()));
    }

    #[test]
    fn second_order_test() {
        assert_eq!(classify(&[1.0, 2.0]), Some(Kind::Minimum));
        assert_eq!(classify(&[-1.0, -2.0]), Some(Kind::Maximum));
        assert_eq!(classify(&[-2.0, 2.0]), Some(Kind::Saddle));
        assert_eq!(classify(&[0.0, 4.0]), Some(Kind::Degenerate));
        assert_eq!(classify(&[1e-10, 4.0]), Some(Kind::Degenerate));
        assert_eq!(classify(&[1e-6, 4.0]), Some(Kind::Minimum));
        assert_eq!(classify(&[f64::NAN, 4.0]), None);
    }
}

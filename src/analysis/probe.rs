//! Everything the Hessian says at one point.

use serde::Serialize;

use super::eigen::{classify, symmetric_eigen2};
use crate::surface::{Kind, Surface};

/// Value, derivatives and their reading at a point.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Probe {
    /// Where.
    pub at: [f64; 2],
    /// f.
    pub value: f64,
    /// ∇f.
    pub gradient: [f64; 2],
    /// ‖∇f‖.
    pub gradient_norm: f64,
    /// ∇²f, row by row.
    pub hessian: [[f64; 2]; 2],
    /// Eigenvalues, ascending.
    pub eigenvalues: [f64; 2],
    /// Unit eigenvectors, one per eigenvalue.
    pub eigenvectors: [[f64; 2]; 2],
    /// What the second-order test says about the curvature here (`None`: not differentiable).
    pub kind: Option<Kind>,
    /// |λ|max / |λ|min (`None` when an eigenvalue is zero: infinitely ill-conditioned).
    pub condition_number: Option<f64>,
    /// Largest learning rate for which plain gradient descent is stable here: 2/λmax
    /// (`None` when no eigenvalue is positive).
    pub stable_lr: Option<f64>,
}

/// Probes `surface` at `at`.
pub fn probe(surface: &Surface, at: [f64; 2]) -> Probe {
    let (value, gradient, hessian) = surface.hessian(at);
    let eigen = symmetric_eigen2(hessian);
    // Where f itself is undefined (ln of a negative number), its derivatives say nothing.
    let kind = value.is_finite().then(|| classify(&eigen.values)).flatten();
    let [small, large] = eigen.values;
    let (lo, hi) = (small.abs().min(large.abs()), small.abs().max(large.abs()));
    let condition_number =
        (kind.is_some() && kind != Some(Kind::Degenerate) && lo > 0.0).then(|| hi / lo);
    let stable_lr = (kind.is_some() && large > 0.0 && large.is_finite()).then(|| 2.0 / large);
    Probe {
        at,
        value,
        gradient,
        gradient_norm: gradient[0].hypot(gradient[1]),
        hessian,
        eigenvalues: eigen.values,
        eigenvectors: eigen.vectors,
        kind,
        condition_number,
        stable_lr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::build_surface;

    #[test]
    fn where_f_is_undefined_nothing_is_classified() {
        let surface = build_surface("expr:ln(x) + y^2", &[]).unwrap();
        // ln(−1) is NaN though its dual-number derivative 1/x is finite.
        let p = probe(&surface, [-1.0, 0.5]);
        assert!(p.value.is_nan());
        assert_eq!(
            (p.kind, p.condition_number, p.stable_lr),
            (None, None, None)
        );
        let p = probe(&surface, [1.0, 0.5]);
        assert_eq!(p.kind, Some(Kind::Saddle));
        assert_eq!(p.stable_lr, Some(1.0));
    }

    #[test]
    fn the_lecture_saddle() {
        let p = probe(&build_surface("tiny-net", &[]).unwrap(), [0.0, 0.0]);
        assert_eq!(p.value, 1.0);
        assert_eq!(p.gradient, [0.0, 0.0]);
        assert_eq!(p.hessian, [[0.0, -2.0], [-2.0, 0.0]]);
        assert_eq!(p.eigenvalues, [-2.0, 2.0]);
        assert_eq!(p.kind, Some(Kind::Saddle));
        assert_eq!(p.condition_number, Some(1.0));
        assert_eq!(p.stable_lr, Some(1.0));
    }

    #[test]
    fn ravine_condition_number_and_monkey_saddle() {
        let r = build_surface("ravine", &[("kappa".into(), 100.0), ("angle".into(), 30.0)]);
        let p = probe(&r.unwrap(), [0.3, -0.2]);
        assert!((p.condition_number.unwrap() - 100.0).abs() < 1e-9);
        assert!((p.stable_lr.unwrap() - 0.02).abs() < 1e-15);
        let m = probe(&build_surface("monkey-saddle", &[]).unwrap(), [0.0, 0.0]);
        assert_eq!(m.kind, Some(Kind::Degenerate));
        assert_eq!(m.condition_number, None);
        assert_eq!(m.stable_lr, None);
    }
}

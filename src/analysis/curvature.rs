//! The curvature map: where the Hessian is positive definite, negative definite or indefinite.

use rayon::prelude::*;

use super::eigen::{classify, symmetric_eigen2};
use crate::surface::Domain;
use crate::surface::{Kind, Surface};

/// The second-order test at the centre of every cell of an `n × n` grid over `domain`, row by
/// row from the bottom: `Minimum` where the surface curves up in every direction (convex
/// there), `Maximum` where it curves down, `Saddle` where it is indefinite, `None` where the
/// Hessian is undefined.
pub fn curvature_map(surface: &Surface, domain: Domain, n: usize) -> Vec<Option<Kind>> {
    domain
        .cell_centers(n)
        .par_iter()
        .map(|&p| {
            let (_, _, h) = surface.hessian(p);
            classify(&symmetric_eigen2(h).values)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::build_surface;

    #[test]
    fn tiny_net_is_convex_only_in_a_band_inside_the_valley() {
        // H = [[2y², 4xy − 2], [4xy − 2, 2x²]] has det = 4x²y² − (4xy − 2)², positive exactly
        // when 1/3 < xy < 1 (with positive trace): convex there, indefinite elsewhere.
        let s = build_surface("tiny-net", &[]).unwrap();
        let d = Domain::square(2.0);
        let map = curvature_map(&s, d, 4);
        let at = |i: usize, j: usize| map[j * 4 + i];
        assert_eq!(
            at(1, 1),
            Some(Kind::Saddle),
            "cell centre (−0.5, −0.5): xy = 0.25"
        );
        assert_eq!(
            at(2, 3),
            Some(Kind::Minimum),
            "cell centre (0.5, 1.5): xy = 0.75"
        );
        assert_eq!(
            at(3, 3),
            Some(Kind::Saddle),
            "cell centre (1.5, 1.5): xy = 2.25"
        );
        let bowl = curvature_map(&build_surface("bowl", &[]).unwrap(), d, 3);
        assert!(bowl.iter().all(|k| *k == Some(Kind::Minimum)));
    }
}

//! The stability gauge: η·λmax along a path. Plain gradient descent on a quadratic diverges
//! when η·λmax > 2; along a path the same number says where steps were too large for the
//! local curvature.

use crate::run::Run;

/// For updates k ≥ 1 of the run's trail: (k, ηₖ·λmax(H(θₖ₋₁))), where ηₖ is the largest
/// per-coordinate effective learning rate of update k. At most `max_points` updates, evenly
/// spaced, are evaluated (a Hessian each).
pub fn stability_gauge(run: &Run, max_points: usize) -> Vec<[f64; 2]> {
    stability_gauge_part(run, max_points, 0, usize::MAX)
}

/// Points `skip` to `skip + take` of [`stability_gauge`], so that a long gauge can be
/// computed a few Hessians at a time.
pub fn stability_gauge_part(
    run: &Run,
    max_points: usize,
    skip: usize,
    take: usize,
) -> Vec<[f64; 2]> {
    let samples = run.trail();
    let stride = samples.len().div_ceil(max_points.max(1)).max(1);
    samples
        .iter()
        .zip(samples.iter().skip(1))
        .step_by(stride)
        .skip(skip)
        .take(take)
        .map(|(before, after)| {
            let (_, _, h) = run.surface().hessian(before.point);
            let lambda_max = super::symmetric_eigen2(h).values[1];
            let lr = after.effective_lr[0].max(after.effective_lr[1]);
            [after.step as f64, lr * lambda_max]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::RunConfig;
    use crate::surface::build_surface;

    #[test]
    fn gauge_is_lr_times_curvature() {
        // bowl with curvature 2: λmax = 2 everywhere, so the gauge is 2·lr at every step.
        let s = build_surface("bowl", &[]).unwrap();
        let mut config = RunConfig::new("sgd:lr=0.3".parse().unwrap());
        config.max_steps = 5;
        let mut run = Run::new(s, [1.0, 1.0], config).unwrap();
        run.finish();
        let gauge = stability_gauge(&run, 100);
        assert_eq!(gauge.len(), 5);
        assert_eq!(stability_gauge(&run, 2).len(), 2, "every third update");
        for (k, g) in gauge.iter().enumerate() {
            assert_eq!(g[0], (k + 1) as f64);
            assert!((g[1] - 0.6).abs() < 1e-12);
        }
    }

    #[test]
    fn a_gauge_in_parts_is_the_whole_gauge() {
        let s = build_surface("rosenbrock", &[]).unwrap();
        let mut config = RunConfig::new("adam:lr=0.05".parse().unwrap());
        config.max_steps = 300;
        let mut run = Run::new(s, [-1.5, 2.0], config).unwrap();
        run.finish();
        let whole = stability_gauge(&run, 40);
        assert_eq!(whole.len(), 38, "every eighth of 300 updates");
        let mut parts = Vec::new();
        loop {
            let part = stability_gauge_part(&run, 40, parts.len(), 7);
            if part.is_empty() {
                break;
            }
            parts.extend(part);
        }
        assert_eq!(parts, whole);
        assert_eq!(stability_gauge_part(&run, 40, 36, 7), whole[36..]);
    }
}

//! The curves' points, computed once per path rather than every frame: log loss, log gradient
//! norm and learning rate against the step, reduced to a resolution finer than any screen.

use crate::run::{Run, Sample};

/// Columns across each curve's steps (a curve spans at most a few thousand pixels).
const COLUMNS: usize = 4000;

/// One racer's curves, each a list of (step, value).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunCurves {
    /// log₁₀(f − reference).
    pub loss: Vec<[f64; 2]>,
    /// log₁₀ ‖∇f‖.
    pub grad_norm: Vec<[f64; 2]>,
    /// Mean per-coordinate effective learning rate of each update (from step 1).
    pub lr: Vec<[f64; 2]>,
    /// The schedule's learning rate of each update (from step 1).
    pub scheduled_lr: Vec<[f64; 2]>,
}

impl RunCurves {
    /// The curves of `run`, losses measured from `reference`: the surface's documented
    /// minimum when `known_minimum`, else the lowest loss any racer reached.
    pub fn of(run: &Run, reference: f64, known_minimum: bool) -> Self {
        let samples = run.trail();
        // A loss at the lowest one reached is 0 above it only because it is the reference: its
        // curve ends at its last step above rather than falling to the float floor there.
        let gap = |s: &Sample| match s.loss - reference {
            gap if known_minimum || gap > 0.0 => log10_floor(gap),
            _ => f64::NAN,
        };
        Self {
            loss: series(samples.iter(), gap),
            grad_norm: series(samples.iter(), |s| log10_floor(s.grad_norm())),
            // The lr of row 0 is that of the first update: the curve starts at step 1.
            lr: series(samples.iter().skip(1), |s| {
                0.5 * (s.effective_lr[0] + s.effective_lr[1])
            }),
            scheduled_lr: series(samples.iter().skip(1), |s| s.lr),
        }
    }
}

/// The points up to step `shown` (at least up to step 1) of a curve.
pub fn up_to(curve: &[[f64; 2]], shown: f64) -> &[[f64; 2]] {
    let end = curve.partition_point(|p| p[0] <= shown.max(1.0));
    &curve[..end]
}

/// log₁₀ of a non-negative quantity, floored at −16 (float precision) so zero stays drawable.
fn log10_floor(v: f64) -> f64 {
    v.max(1e-16).log10()
}

/// (step, y) for each sample with a finite y, reduced to at most four points per column of
/// [`COLUMNS`] across the steps: the first, lowest, highest and last of each (M4 aggregation),
/// so that even a noisy curve keeps its exact envelope at any width up to that many pixels.
fn series<'a>(
    samples: impl Iterator<Item = &'a Sample>,
    y: impl Fn(&Sample) -> f64,
) -> Vec<[f64; 2]> {
    let points: Vec<[f64; 2]> = samples
        .map(|s| [s.step as f64, y(s)])
        .filter(|p| p[1].is_finite())
        .collect();
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return points;
    };
    if points.len() <= 4 * COLUMNS {
        return points;
    }
    let width = (last[0] - first[0]) / COLUMNS as f64;
    let column = |p: &[f64; 2]| ((p[0] - first[0]) / width) as usize;
    let mut kept = Vec::with_capacity(4 * COLUMNS + 4);
    for group in points.chunk_by(|a, b| column(a) == column(b)) {
        let lowest = (0..group.len()).min_by(|&a, &b| group[a][1].total_cmp(&group[b][1]));
        let highest = (0..group.len()).max_by(|&a, &b| group[a][1].total_cmp(&group[b][1]));
        let mut picks = [Some(0), lowest, highest, Some(group.len() - 1)];
        picks.sort_unstable();
        let mut previous = None;
        for k in picks.into_iter().flatten() {
            if previous != Some(k) {
                kept.push(group[k]);
                previous = Some(k);
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::RunConfig;
    use crate::surface::build_surface;

    #[test]
    fn curves_keep_every_columns_envelope_and_their_ends() {
        let surface = build_surface("rosenbrock", &[]).unwrap();
        let mut config = RunConfig::new("adam:lr=0.01".parse().unwrap());
        config.max_steps = 40_000;
        let mut run = Run::new(surface, [-1.5, 2.0], config).unwrap();
        run.finish();
        let curves = RunCurves::of(&run, 0.0, true);
        assert!(curves.loss.len() <= 4 * COLUMNS, "{}", curves.loss.len());
        assert_eq!(curves.loss[0], [0.0, run.trail()[0].loss.log10()]);
        assert_eq!(
            curves.lr[0][0], 1.0,
            "the lr curve starts at the first update"
        );
        let last = run.current();
        let end = [last.step as f64, last.grad_norm().log10()];
        assert_eq!(curves.grad_norm.last(), Some(&end));
        // In every column the kept points span exactly the samples' lowest and highest loss
        // (Adam's loss jitters at float precision near the end: that envelope must survive).
        let width = last.step as f64 / COLUMNS as f64;
        let column = |x: f64| (x / width) as usize;
        let mut envelope = std::collections::BTreeMap::<usize, (f64, f64)>::new();
        for s in run.trail() {
            let y = s.loss.max(1e-16).log10();
            let e = envelope.entry(column(s.step as f64)).or_insert((y, y));
            *e = (e.0.min(y), e.1.max(y));
        }
        let mut kept = std::collections::BTreeMap::<usize, (f64, f64)>::new();
        for p in &curves.loss {
            let e = kept.entry(column(p[0])).or_insert((p[1], p[1]));
            *e = (e.0.min(p[1]), e.1.max(p[1]));
        }
        assert_eq!(kept, envelope);
        let steps = [[0.0, 5.0], [1.0, 4.0], [2.0, 3.0]];
        assert_eq!(
            up_to(&steps, 0.0).len(),
            2,
            "step 1 is drawn from the start"
        );
        assert_eq!(up_to(&steps, 1.5).len(), 2);
        assert_eq!(up_to(&steps, 2.0).len(), 3);
    }

    #[test]
    fn measured_from_the_best_loss_reached_the_best_point_is_not_a_fall() {
        let surface = build_surface("bowl", &[]).unwrap();
        let mut config = RunConfig::new("sgd:lr=0.1".parse().unwrap());
        config.max_steps = 50;
        let mut run = Run::new(surface, [1.0, 1.0], config).unwrap();
        run.finish();
        let best = run.best_loss();
        let reached = run.trail().iter().filter(|s| s.loss <= best).count();
        assert!(reached >= 1);
        // From the best reached: the points at it are left out, the others kept exactly.
        let curves = RunCurves::of(&run, best, false);
        assert_eq!(curves.loss.len(), run.trail().len() - reached);
        assert!(curves.loss.iter().all(|p| p[1] > -16.0));
        let second = run.trail()[1].loss - best;
        assert_eq!(curves.loss[1], [1.0, second.log10()]);
        // From a documented minimum every point is drawn, 0 at the float floor.
        let curves = RunCurves::of(&run, best, true);
        assert_eq!(curves.loss.len(), run.trail().len());
        assert_eq!(curves.loss.last().map(|p| p[1]), Some(-16.0));
    }
}

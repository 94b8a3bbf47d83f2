//! The measurements of lessons on 2-D surfaces: each runs the lesson's racers (or probes its
//! surface) headless and records what the claim needs.

use super::LessonError;
use super::check::{Coordinate, Quantities};
use super::setup::Setup;
use super::split_view::RacerFlip;
use crate::analysis::{classify, probe, symmetric_eigen2};
use crate::run::{Milestone, Run, RunConfig};
use crate::surface::{Kind, build_surface};

pub(super) fn classify_points(
    setup: &Setup,
    points: &[[f64; 2]],
    kinds: &[Kind],
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    if points.len() != kinds.len() || points.is_empty() {
        return Err(LessonError::Lengths {
            given: points.len(),
            items: "points",
            expected: kinds.len(),
            per: "kinds",
        });
    }
    let surface = setup.surface()?;
    let mut all = true;
    for (i, (at, kind)) in points.iter().zip(kinds).enumerate() {
        let p = probe(&surface, *at);
        m.insert(format!("gradient_norm_{i}"), p.gradient_norm);
        m.insert(format!("lambda_min_{i}"), p.eigenvalues[0]);
        m.insert(format!("lambda_max_{i}"), p.eigenvalues[1]);
        m.insert(format!("value_{i}"), p.value);
        all &= p.gradient_norm <= 1e-9 && classify(&p.eigenvalues) == Some(*kind);
    }
    let at = points[0];
    let h = probe(&surface, at).hessian;
    let d = [0.1, 0.1];
    let curvature =
        d[0] * (h[0][0] * d[0] + h[0][1] * d[1]) + d[1] * (h[1][0] * d[0] + h[1][1] * d[1]);
    m.insert(
        "taylor_true".into(),
        surface.value([at[0] + d[0], at[1] + d[1]]),
    );
    m.insert(
        "taylor_quadratic".into(),
        surface.value(at) + 0.5 * curvature,
    );
    Ok(all)
}

pub(super) fn saddle(
    setup: &Setup,
    at: [f64; 2],
    step: f64,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let surface = setup.surface()?;
    let p = probe(&surface, at);
    let eigen = symmetric_eigen2(p.hessian);
    // The eigenvector's sign is arbitrary: show it pointing into x ≥ 0.
    let v = eigen.vectors[0];
    let u = if v[0] < 0.0 { [-v[0], -v[1]] } else { v };
    let along = |s: f64| surface.value([at[0] + s * u[0], at[1] + s * u[1]]);
    let drop = p.value - along(step).min(along(-step));
    m.insert("gradient_norm".into(), p.gradient_norm);
    m.insert("lambda_min".into(), eigen.values[0]);
    m.insert("lambda_max".into(), eigen.values[1]);
    m.insert("drop".into(), drop);
    m.insert("h11".into(), p.hessian[0][0]);
    m.insert("h12".into(), p.hessian[0][1]);
    m.insert("h22".into(), p.hessian[1][1]);
    m.insert("u_x".into(), u[0]);
    m.insert("u_y".into(), u[1]);
    Ok(p.gradient_norm <= 1e-9 && eigen.values[0] < 0.0 && eigen.values[1] > 0.0 && drop > 0.0)
}

pub(super) fn inconclusive(
    setup: &Setup,
    at: [f64; 2],
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let surface = setup.surface()?;
    let p = probe(&surface, at);
    m.insert("gradient_norm".into(), p.gradient_norm);
    m.insert("lambda_min".into(), p.eigenvalues[0]);
    m.insert("lambda_max".into(), p.eigenvalues[1]);
    Ok(p.gradient_norm <= 1e-9 && classify(&p.eigenvalues) == Some(Kind::Degenerate))
}

pub(super) fn destinations(
    setup: &Setup,
    ends: &[[f64; 2]],
    radius: f64,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let runs = setup.runs(&setup.surface()?)?;
    if ends.len() != runs.len() {
        return Err(LessonError::Lengths {
            given: ends.len(),
            items: "ends",
            expected: runs.len(),
            per: "racers",
        });
    }
    let mut all = true;
    for (i, (run, end)) in runs.iter().zip(ends).enumerate() {
        let p = run.current().point;
        let distance = (p[0] - end[0]).hypot(p[1] - end[1]);
        m.insert(format!("final_loss_{i}"), run.current().loss);
        m.insert(format!("distance_{i}"), distance);
        all &= distance <= radius;
    }
    Ok(all)
}

/// Records `steps_i` and `arrived_i` of every run (a run that never arrives counts its whole
/// budget) and returns them.
fn arrivals(setup: &Setup, runs: &[Run], m: &mut Quantities) -> Vec<(f64, bool)> {
    runs.iter()
        .enumerate()
        .map(|(i, run)| {
            let (k, arrived) = match run.milestone_step() {
                Some(k) => (k as f64, true),
                None => (setup.steps as f64, false),
            };
            m.insert(format!("steps_{i}"), k);
            m.insert(format!("arrived_{i}"), f64::from(u8::from(arrived)));
            (k, arrived)
        })
        .collect()
}

/// The two racers' whole runs, for checks that compare exactly two (`check` names the check).
fn two_runs(setup: &Setup, check: &'static str) -> Result<Vec<Run>, LessonError> {
    let runs = setup.runs(&setup.surface()?)?;
    if runs.len() != 2 {
        return Err(LessonError::NotTwoRacers { check });
    }
    Ok(runs)
}

/// Racer `i` of `items`, or an error naming it.
fn racer<T>(items: &[T], i: usize) -> Result<&T, LessonError> {
    items.get(i).ok_or(LessonError::NoRacer(i))
}

pub(super) fn faster(
    setup: &Setup,
    fast: &[usize],
    slow: usize,
    factor: f64,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let runs = setup.runs(&setup.surface()?)?;
    let steps = arrivals(setup, &runs, m);
    let (slow_steps, _) = *racer(&steps, slow)?;
    let mut all = true;
    for &i in fast {
        let (k, arrived) = *racer(&steps, i)?;
        all &= arrived && k * factor <= slow_steps;
    }
    Ok(all)
}

pub(super) fn plateau_stall(
    setup: &Setup,
    plateau: &str,
    reference_start: [f64; 2],
    [descent, flat, above]: [f64; 3],
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let config = setup.config(0)?;
    let other = build_surface(plateau, &[])?;
    let finish = |surface: &crate::surface::Surface, start: [f64; 2]| {
        let mut run = Run::new(surface.clone(), start, config.clone())?;
        run.finish();
        let end = run.current();
        Ok::<_, LessonError>((run.trail()[0].loss, end.loss, end.grad_norm()))
    };
    for (prefix, surface) in [("", setup.surface()?), ("plateau_", other.clone())] {
        let (start, end, gradient) = finish(&surface, setup.start)?;
        m.insert(format!("{prefix}loss_start"), start);
        m.insert(format!("{prefix}loss_end"), end);
        m.insert(format!("{prefix}gradient_end"), gradient);
    }
    let (_, best, _) = finish(&other, reference_start)?;
    m.insert("plateau_best".into(), best);
    Ok(m["loss_end"] <= descent * m["loss_start"]
        && m["plateau_gradient_end"] < flat
        && m["plateau_loss_end"] > above * best)
}

pub(super) fn conditioning(
    setup: &Setup,
    normalized: &str,
    [condition_factor, steps_factor]: [f64; 2],
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let other = build_surface(normalized, &[])?;
    for (suffix, surface) in [("raw", setup.surface()?), ("normalized", other)] {
        let p = probe(&surface, setup.start);
        let lambda_max = p.eigenvalues[1];
        let f_star = surface
            .best_known_value()
            .ok_or(LessonError::UnknownMinimum)?;
        let mut config = RunConfig::new(format!("sgd:lr={}", 1.0 / lambda_max).parse()?);
        config.max_steps = setup.steps;
        let mut run = Run::new(surface, setup.start, config)?;
        run.watch(Milestone::Loss(f_star + 1e-6));
        run.finish();
        let steps = run
            .milestone_step()
            .map_or(setup.steps as f64, |k| k as f64);
        m.insert(
            format!("condition_{suffix}"),
            p.condition_number.unwrap_or(f64::INFINITY),
        );
        m.insert(format!("steps_{suffix}"), steps);
    }
    let condition_ratio = m["condition_raw"] / m["condition_normalized"];
    let steps_ratio = m["steps_raw"] / m["steps_normalized"];
    m.insert("condition_ratio".into(), condition_ratio);
    m.insert("steps_ratio".into(), steps_ratio);
    Ok(condition_ratio >= condition_factor && steps_ratio >= steps_factor)
}

pub(super) fn noise_escape(
    setup: &Setup,
    saddle: [f64; 2],
    [near, below]: [f64; 2],
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let surface = setup.surface()?;
    let quiet = RacerFlip::NoNoise.apply(setup).config(0)?;
    m.insert("loss_start".into(), surface.value(setup.start));
    let saddle_loss = surface.value(saddle);
    for (suffix, config) in [("noiseless", quiet), ("noisy", setup.config(0)?)] {
        let mut run = Run::new(surface.clone(), setup.start, config)?;
        run.finish();
        let end = run.current();
        let distance = (end.point[0] - saddle[0]).hypot(end.point[1] - saddle[1]);
        m.insert(format!("distance_{suffix}"), distance);
        m.insert(format!("loss_{suffix}"), end.loss);
        m.insert(format!("gradient_{suffix}"), end.grad_norm());
    }
    Ok(setup.noise > 0.0
        && m["distance_noiseless"] <= near
        && m["loss_noisy"] < below * saddle_loss)
}

/// How many consecutive updates reverse their `axis` coordinate.
fn sign_flips(run: &Run, axis: Coordinate) -> usize {
    let samples = run.trail();
    let i = axis.index();
    samples
        .iter()
        .skip(1)
        .zip(samples.iter().skip(2))
        .filter(|(a, b)| a.update[i] * b.update[i] < 0.0)
        .count()
}

pub(super) fn stuck(
    setup: &Setup,
    axis: Coordinate,
    [loss_kept, gradient_kept]: [f64; 2],
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let mut runs = setup.runs(&setup.surface()?)?;
    let run = runs.swap_remove(0);
    let (first, last) = (&run.trail()[0], run.current());
    m.insert("flips".into(), sign_flips(&run, axis) as f64);
    m.insert("steps".into(), (run.trail().len().saturating_sub(1)) as f64);
    m.insert("gradient_start".into(), first.grad_norm());
    m.insert("gradient_end".into(), last.grad_norm());
    m.insert("loss_start".into(), first.loss);
    m.insert("loss_end".into(), last.loss);
    Ok(m["loss_end"] > loss_kept * m["loss_start"]
        && m["gradient_end"] > gradient_kept * m["gradient_start"])
}

pub(super) fn fixed_rates(
    setup: &Setup,
    [oscillating, crawling]: [usize; 2],
    axis: Coordinate,
    flip_share: f64,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let runs = setup.runs(&setup.surface()?)?;
    let arrived = arrivals(setup, &runs, m);
    for (i, run) in runs.iter().enumerate() {
        m.insert(format!("flips_{i}"), sign_flips(run, axis) as f64);
        m.insert(format!("loss_end_{i}"), run.current().loss);
    }
    let updates = setup.steps.saturating_sub(1) as f64;
    m.insert("steps".into(), setup.steps as f64);
    let (_, arrived_big) = *racer(&arrived, oscillating)?;
    let (_, arrived_small) = *racer(&arrived, crawling)?;
    Ok(!arrived_big
        && !arrived_small
        && m[&format!("flips_{oscillating}")] >= flip_share * updates
        && m[&format!("flips_{crawling}")] == 0.0)
}

/// How many times `losses` climbs from below `low` to above `high`.
fn count_bursts(losses: impl Iterator<Item = f64>, [low, high]: [f64; 2]) -> usize {
    let (mut was_low, mut count) = (false, 0);
    for loss in losses {
        if loss < low {
            was_low = true;
        } else if loss > high && was_low {
            count += 1;
            was_low = false;
        }
    }
    count
}

pub(super) fn bursts(
    setup: &Setup,
    [below, above]: [f64; 2],
    count: u64,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let runs = two_runs(setup, "bursts")?;
    let arrived = arrivals(setup, &runs, m);
    for (i, run) in runs.iter().enumerate() {
        let start = run.trail()[0].loss;
        let losses = run.trail().iter().map(|s| s.loss);
        let count = count_bursts(losses, [below * start, above * start]);
        m.insert(format!("bursts_{i}"), count as f64);
        m.insert(format!("loss_end_{i}"), run.current().loss);
    }
    Ok(m["bursts_0"] >= count as f64 && m["bursts_1"] == 0.0 && arrived[1].1)
}

pub(super) fn reaction(
    setup: &Setup,
    [from, to]: [f64; 2],
    past: f64,
    factor: f64,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let runs = two_runs(setup, "reaction")?;
    for (i, run) in runs.iter().enumerate() {
        let samples = run.trail();
        // The update stored with a sample is the one that led to it: the step taken from the
        // sample before.
        let jump = (samples.iter().zip(samples.iter().skip(1)))
            .filter(|(before, _)| (from..=to).contains(&before.point[0]))
            .map(|(_, s)| s.update[0].hypot(s.update[1]))
            .fold(0.0, f64::max);
        let first = samples
            .iter()
            .position(|s| s.point[0] >= past)
            .unwrap_or(setup.steps as usize);
        m.insert(format!("jump_{i}"), jump);
        m.insert(format!("past_{i}"), first as f64);
    }
    Ok(m["jump_0"] >= factor * m["jump_1"] && m["past_1"] < m["past_0"])
}

pub(super) fn same_path(
    setup: &Setup,
    [a, b]: [usize; 2],
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let runs = setup.runs(&setup.surface()?)?;
    arrivals(setup, &runs, m);
    let (ra, rb) = (racer(&runs, a)?, racer(&runs, b)?);
    if ra.trail().len() != rb.trail().len() {
        m.insert("gap".into(), f64::INFINITY);
        return Ok(false);
    }
    let gap = (ra.trail().iter().zip(rb.trail()))
        .map(|(p, q)| (p.point[0] - q.point[0]).hypot(p.point[1] - q.point[1]))
        .fold(0.0, f64::max);
    m.insert("gap".into(), gap);
    Ok(gap <= 1e-9)
}

pub(super) fn overshoot(
    setup: &Setup,
    window: usize,
    factor: f64,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let surface = setup.surface()?;
    let constant = RacerFlip::ConstantSchedule.apply(setup);
    let runs = [constant.runs(&surface)?, setup.runs(&surface)?].map(|mut runs| runs.remove(0));
    arrivals(setup, &runs, m);
    for (i, run) in runs.iter().enumerate() {
        let start = run.trail()[0].loss;
        let highest = (run.trail().iter().skip(1).take(window))
            .map(|s| s.loss)
            .fold(f64::NEG_INFINITY, f64::max);
        m.insert(format!("overshoot_{i}"), highest / start);
    }
    Ok(m["overshoot_0"] >= factor && m["overshoot_1"] < 1.0)
}

pub(super) fn batch_share(
    setup: &Setup,
    batches: [u64; 2],
    seeds: u64,
    [flat, sharp]: [[f64; 2]; 2],
    radius: f64,
    shift: [f64; 2],
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let surface = setup.surface()?;
    let test_loss = |p: [f64; 2]| surface.value([p[0] - shift[0], p[1] - shift[1]]);
    for (suffix, batch) in ["small", "large"].into_iter().zip(batches) {
        let (mut near_flat, mut near_sharp) = (0u64, 0u64);
        let (mut train_loss, mut tested_loss) = (0.0, 0.0);
        for seed in 0..seeds {
            let config = RunConfig {
                batch,
                seed,
                ..setup.config(0)?
            };
            let mut run = Run::new(surface.clone(), setup.start, config)?;
            run.finish();
            let p = run.current().point;
            let near = |q: &[f64; 2]| (p[0] - q[0]).hypot(p[1] - q[1]) <= radius;
            near_flat += u64::from(near(&flat));
            near_sharp += u64::from(near(&sharp));
            train_loss += surface.value(p) / seeds as f64;
            tested_loss += test_loss(p) / seeds as f64;
        }
        m.insert(format!("flat_{suffix}"), near_flat as f64);
        m.insert(format!("sharp_{suffix}"), near_sharp as f64);
        m.insert(format!("train_loss_{suffix}"), train_loss);
        m.insert(format!("test_loss_{suffix}"), tested_loss);
    }
    m.insert("seeds".into(), seeds as f64);
    Ok(m["flat_small"] >= m["flat_large"] + 0.3 * seeds as f64
        && m["test_loss_small"] < m["test_loss_large"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bursts_are_counted_once_per_climb() {
        let losses = [10.0, 1.0, 0.1, 5.0, 6.0, 0.05, 0.01, 0.2, 3.0, 0.001];
        assert_eq!(count_bursts(losses.into_iter(), [0.5, 2.0]), 2);
        assert_eq!(count_bursts(losses.into_iter(), [0.02, 2.0]), 1);
        assert_eq!(count_bursts(losses.into_iter(), [0.5, 8.0]), 0);
        assert_eq!(count_bursts([3.0, 2.0, 1.0].into_iter(), [1.5, 2.5]), 0);
    }
}

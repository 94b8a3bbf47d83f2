//! How a lesson's claim is measured: each kind runs the scenario (or a network) headless,
//! records named quantities and decides whether the claim holds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::network_checks;
use super::setup::Setup;
use crate::analysis::{classify, probe, symmetric_eigen2};
use crate::progress::Progress;
use crate::run::{Milestone, Run, RunConfig};
use crate::surface::{Kind, build_surface};

/// A measurement and its verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    /// Whether the claim holds.
    pub holds: bool,
    /// Every quantity by name.
    pub measured: BTreeMap<String, f64>,
    /// A picture of the measurement, for checks that measure many cases.
    pub figure: Option<Figure>,
}

/// What a lesson plots beside its claim: one point per trained network, or curves per epoch.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// What is plotted.
    pub title: String,
    /// The x axis' quantity.
    pub x: String,
    /// The y axis' quantity.
    pub y: String,
    /// The plotted series.
    pub series: Vec<Series>,
}

/// One named set of points of a figure, drawn as dots or joined into a curve.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Series {
    /// Its name in the legend.
    pub name: String,
    /// Joined into a curve (else dots).
    pub line: bool,
    /// The points.
    pub points: Vec<[f64; 2]>,
}

/// The kinds of measurement a lesson can ask for.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    /// The second-order test at each of `points`: the gradient vanishes there and the
    /// Hessian's eigenvalues give `kinds[i]`. Measures, per point i, `gradient_norm_i`,
    /// `lambda_min_i`, `lambda_max_i`, `value_i`; and at point 0, for a step δ = (0.1, 0.1),
    /// `taylor_true` = L(θ′ + δ) and `taylor_quadratic` = L(θ′) + ½δᵀHδ.
    Classify {
        /// The points.
        points: Vec<[f64; 2]>,
        /// What each should be.
        kinds: Vec<Kind>,
    },
    /// A saddle at `at`: zero gradient, eigenvalues of both signs, and a step of length `step`
    /// along the negative-curvature eigenvector lowers the loss. Measures `gradient_norm`,
    /// `lambda_min`, `lambda_max`, `drop`, the Hessian `h11`, `h12`, `h22` and the escape
    /// direction `u_x`, `u_y` (the eigenvector of `lambda_min`).
    Saddle {
        /// The point.
        at: [f64; 2],
        /// Step length along the eigenvector.
        step: f64,
    },
    /// A critical point where the Hessian vanishes: the second-order test says nothing.
    /// Measures `gradient_norm`, `lambda_min`, `lambda_max`.
    Inconclusive {
        /// The point.
        at: [f64; 2],
    },
    /// Racer i ends within `radius` of `ends[i]`. Measures `final_loss_i`, `distance_i`.
    Destinations {
        /// Where each racer should end.
        ends: Vec<[f64; 2]>,
        /// How close counts.
        radius: f64,
    },
    /// The `fast` racers arrive at least `factor` times sooner than the `slow` one (a racer
    /// that never arrives counts its whole budget). Measures `steps_i` and `arrived_i`.
    Faster {
        /// Indices of the racers that should be faster.
        fast: Vec<usize>,
        /// Index of the racer they beat.
        slow: usize,
        /// How many times sooner.
        factor: f64,
    },
    /// Racer 0 on the setup's surface descends to a tenth of its starting loss or less, while
    /// on `plateau` (same start, optimizer and steps) it stalls with a small gradient far above
    /// the loss it reaches from `reference_start`. Measures `loss_start`, `loss_end`,
    /// `gradient_end`, the same with `plateau_` in front, and `plateau_best`.
    Plateau {
        /// The surface that plateaus.
        plateau: String,
        /// A start from which the plateau surface's racer does descend.
        reference_start: [f64; 2],
    },
    /// The setup's surface and its `normalized` twin: the condition number at the start drops
    /// at least 10 times and gradient descent at lr = 1/λmax needs at least 5 times fewer
    /// steps. Measures `condition_raw`, `condition_normalized`, `steps_raw`,
    /// `steps_normalized`, `condition_ratio`, `steps_ratio`.
    Conditioning {
        /// The normalized surface.
        normalized: String,
    },
    /// Racer 0 without noise converges into the saddle at `saddle` (it ends within 0.01 of
    /// it), while with the setup's gradient noise it leaves and ends at less than 1 % of the
    /// saddle's loss. Measures `loss_start`, `distance_noiseless`, `loss_noiseless`,
    /// `gradient_noiseless`, `distance_noisy`, `loss_noisy`.
    NoiseEscape {
        /// The saddle.
        saddle: [f64; 2],
    },
    /// Training is stuck without a small gradient: racer 0's loss falls by less than a fifth
    /// over the run while ‖∇f‖ stays above half its start, because the steep coordinate
    /// (`axis`) bounces from wall to wall. Measures `loss_start`, `loss_end`,
    /// `gradient_start`, `gradient_end`, `flips` (updates whose `axis` coordinate has the
    /// other sign than the update before), `steps` (updates).
    Stuck {
        /// The steep coordinate.
        axis: usize,
    },
    /// One fixed learning rate fails both ways: the `oscillating` racer bounces (its `axis`
    /// coordinate flips sign on at least 90 % of the updates) and the `crawling` one never
    /// flips; neither arrives within the budget. Measures, per racer i, `arrived_i`,
    /// `flips_i`, `loss_end_i`, and `steps`.
    FixedRates {
        /// The racer with the large rate.
        oscillating: usize,
        /// The racer with the small rate.
        crawling: usize,
        /// The steep coordinate.
        axis: usize,
    },
    /// Racer 0 bursts: at least twice its loss climbs from below `below` times its starting
    /// loss to above `above` times it; racer 1 arrives at f* + 10⁻⁶ and never bursts.
    /// Measures, per racer i, `bursts_i`, `arrived_i`, `steps_i`, `loss_end_i`.
    Bursts {
        /// Where a burst ends, relative to the starting loss.
        above: f64,
        /// Where a burst starts from, relative to the starting loss.
        below: f64,
    },
    /// RMSProp's reaction to a change of slope: along x the surface is gentle, steep (for x in
    /// `steep`), then gentle again. On the steep stretch racer 0's longest step is at least
    /// `factor` times racer 1's (it brakes late), and racer 1 is first past x = `past` (it
    /// speeds up sooner where the surface turns gentle). Measures, per racer i, `jump_i` (the
    /// longest step taken from the steep stretch) and `past_i` (the first step with
    /// x ≥ `past`, or the budget).
    Reaction {
        /// Where along x the surface is steep.
        steep: [f64; 2],
        /// The x both racers head for.
        past: f64,
        /// How many times longer racer 0's longest step must be.
        factor: f64,
    },
    /// Racers `a` and `b` take the same path: no point of one is farther than 10⁻⁹ from the
    /// other's at the same step. Measures `gap` (the largest distance) and every racer's
    /// `steps_i` and `arrived_i`.
    SamePath {
        /// One racer.
        a: usize,
        /// The other.
        b: usize,
    },
    /// Warm-up: over the first `window` updates, racer 0's loss rises to at least `factor`
    /// times its start, while racer 1's stays below its start. Measures per racer i
    /// `overshoot_i` (the highest loss in the window over the starting loss), `arrived_i` and
    /// `steps_i`.
    Overshoot {
        /// How many first updates to watch.
        window: usize,
        /// How high racer 0's loss must rise, relative to the start.
        factor: f64,
    },
    /// Racer 0 with the setup's gradient noise, once per seed `0..seeds`, at a small and at a
    /// large batch size: with the small batch, at least 30 % of the runs more end in the
    /// `flat` minimum (within `radius`). Measures `flat_small`, `flat_large`, `sharp_small`,
    /// `sharp_large` (runs ending near each minimum) and `seeds`.
    BatchShare {
        /// The small batch size.
        small: u64,
        /// The large batch size.
        large: u64,
        /// Runs per batch size.
        seeds: u64,
        /// The flat minimum.
        flat: [f64; 2],
        /// The sharp minimum.
        sharp: [f64; 2],
        /// How close counts as ending there.
        radius: f64,
    },
    /// The setup's network and an `other` one (the setup's network with these settings
    /// changed), each trained: the setup's ends with a training loss at least `margin` above
    /// the other's (or the other way round, with `other_is_worse`). Measures `train_loss`,
    /// `test_loss`, `train_accuracy`, `test_accuracy` and the same with `other_` in front, and
    /// plots both networks' training and test loss per epoch.
    TrainingGap {
        /// The settings of `[setup.network]` the other network changes.
        other: toml::Table,
        /// The two networks' names in the figure of their curves.
        names: [String; 2],
        /// How much higher the worse network's training loss must be.
        margin: f64,
        /// The other network is the one that should train worse.
        #[serde(default)]
        other_is_worse: bool,
    },
    /// The setup's network and an `other` one, each trained: the leading ratio λ₁/λ₂ of the
    /// other's Hessian is at least `factor` times the setup's. Measures `leading_ratio`,
    /// `lambda_1`, `lambda_2`, `train_loss` and the same with `other_` in front.
    LeadingRatio {
        /// The settings of `[setup.network]` the other network changes.
        other: toml::Table,
        /// How many times larger the other's leading ratio must be.
        factor: f64,
    },
    /// A large network on `small` noisy examples fits them almost perfectly but generalizes
    /// worse; with `large` examples the train–test gap narrows. Measures `train_accuracy_small`,
    /// `test_accuracy_small`, `gap_small`, and the same for `large`.
    Overfit {
        /// Hidden widths.
        hidden: Vec<usize>,
        /// Examples in the small data set.
        small: usize,
        /// Examples in the large data set.
        large: usize,
        /// Noise of the data.
        noise: f64,
        /// Training epochs.
        epochs: usize,
    },
    /// Constraining the model: the setup's network trained without weight decay, with
    /// `moderate` and with `strong` weight decay. The moderate constraint at least halves the
    /// gap between training and test accuracy; the strong one costs at least 20 points of
    /// training accuracy (model bias again). Measures `train_accuracy`, `test_accuracy`, `gap`
    /// and `test_loss`, each with the suffix `_none`, `_moderate` and `_strong`.
    Constraint {
        /// The weight decay that should close the gap.
        moderate: f64,
        /// The weight decay that should be too much.
        strong: f64,
    },
    /// Model selection: the setup's network with each of `candidates` as its hidden widths,
    /// trained on three quarters of its training examples and judged on the last quarter (the
    /// validation set). The candidate picked by validation loss is neither the simplest nor
    /// the most complex; the most complex has a lower training loss than the pick but a higher
    /// test loss. Measures, per candidate i, `train_loss_i`, `validation_loss_i`,
    /// `test_loss_i`, and `pick` (the chosen index) with its `pick_validation_loss` and
    /// `pick_test_loss`, and plots the three losses against the candidate.
    ModelSelection {
        /// Hidden widths of each candidate, simplest first.
        candidates: Vec<Vec<usize>>,
    },
    /// Mismatch: the setup's network is tested on held-out examples rotated by `rotation`
    /// degrees. Its accuracy there stays at least 10 points below the unrotated test accuracy,
    /// and trained on `large` examples instead the gap stays at least half as wide. Measures
    /// `test_accuracy`, `shifted_accuracy`, `gap`, and the same with `_large`.
    Mismatch {
        /// How far the test examples are rotated, in degrees.
        rotation: f64,
        /// Examples of the larger training run.
        large: usize,
    },
    /// The setup's network trained from `networks` seeds until training stops: each one's
    /// gradient norm at the end is below `gradient_drop`⁻¹ times its start, and the Hessian
    /// of each has negative eigenvalues — none is a local minimum. Measures, for the first
    /// seed (the network the app shows), `gradient_start`, `gradient_end`, `positive`,
    /// `negative`, `zero`, `parameters`, `minimum_ratio` (positive over all eigenvalues, the
    /// lecture's definition) and `train_loss`; over all seeds `networks`, `stopped`,
    /// `with_negative`, `ratio_min`, `ratio_max`; and plots each network's training loss
    /// against its minimum ratio, as the lecture's figure does.
    MinimumRatio {
        /// How many times smaller the final gradient must be than the first.
        gradient_drop: f64,
        /// How many networks (seeds) to train.
        networks: u64,
    },
    /// Batch normalization at test time: the setup's network (with BatchNorm) classifies the
    /// held-out examples with its running statistics (evaluation mode) at least 85 % right,
    /// while normalizing each test example by its own statistics (train mode, batch size 1)
    /// gets at most 60 %. Measures `eval_accuracy`, `single_accuracy`, `batch_accuracy`
    /// (train mode over the whole test set at once).
    BatchNormTest,
}

impl Check {
    /// Runs the measurement on `setup`; checks that train many networks count them on
    /// `progress` and stop early when it is cancelled.
    pub fn measure(&self, setup: &Setup, progress: &Progress) -> Result<Measurement, String> {
        let mut m = BTreeMap::new();
        let mut figure = None;
        let holds = match self {
            Self::Classify { points, kinds } => classify_points(setup, points, kinds, &mut m)?,
            Self::Saddle { at, step } => saddle(setup, *at, *step, &mut m)?,
            Self::Inconclusive { at } => inconclusive(setup, *at, &mut m)?,
            Self::Destinations { ends, radius } => destinations(setup, ends, *radius, &mut m)?,
            Self::Faster { fast, slow, factor } => faster(setup, fast, *slow, *factor, &mut m)?,
            Self::Plateau {
                plateau,
                reference_start,
            } => plateau_stall(setup, plateau, *reference_start, &mut m)?,
            Self::Conditioning { normalized } => conditioning(setup, normalized, &mut m)?,
            Self::NoiseEscape { saddle } => noise_escape(setup, *saddle, &mut m)?,
            Self::Stuck { axis } => stuck(setup, *axis, &mut m)?,
            Self::FixedRates {
                oscillating,
                crawling,
                axis,
            } => fixed_rates(setup, [*oscillating, *crawling], *axis, &mut m)?,
            Self::Bursts { above, below } => bursts(setup, [*below, *above], &mut m)?,
            Self::Overshoot { window, factor } => overshoot(setup, *window, *factor, &mut m)?,
            Self::BatchShare {
                small,
                large,
                seeds,
                flat,
                sharp,
                radius,
            } => batch_share(
                setup,
                [*small, *large],
                *seeds,
                [*flat, *sharp],
                *radius,
                &mut m,
            )?,
            Self::Reaction {
                steep,
                past,
                factor,
            } => reaction(setup, *steep, *past, *factor, &mut m)?,
            Self::SamePath { a, b } => same_path(setup, [*a, *b], &mut m)?,
            Self::TrainingGap {
                other,
                names,
                margin,
                other_is_worse,
            } => {
                let (holds, curves) = network_checks::training_gap(
                    setup,
                    other,
                    names,
                    *margin,
                    *other_is_worse,
                    &mut m,
                )?;
                figure = Some(curves);
                holds
            }
            Self::LeadingRatio { other, factor } => {
                network_checks::leading_ratio(setup, other, *factor, &mut m)?
            }
            Self::Overfit {
                hidden,
                small,
                large,
                noise,
                epochs,
            } => network_checks::overfit(setup, hidden, [*small, *large], *noise, *epochs, &mut m)?,
            Self::Constraint { moderate, strong } => {
                network_checks::constraint(setup, [*moderate, *strong], &mut m)?
            }
            Self::ModelSelection { candidates } => {
                let (holds, curves) =
                    network_checks::model_selection(setup, candidates, progress, &mut m)?;
                figure = Some(curves);
                holds
            }
            Self::Mismatch { rotation, large } => {
                network_checks::mismatch(setup, *rotation, *large, &mut m)?
            }
            Self::MinimumRatio {
                gradient_drop,
                networks,
            } => {
                let (holds, plotted) = network_checks::minimum_ratio(
                    setup,
                    *gradient_drop,
                    *networks,
                    progress,
                    &mut m,
                )?;
                figure = Some(plotted);
                holds
            }
            Self::BatchNormTest => network_checks::batch_norm_test(setup, &mut m)?,
        };
        if progress.is_cancelled() {
            return Err("cancelled".into());
        }
        Ok(Measurement {
            holds,
            measured: m,
            figure,
        })
    }
}

/// The measured quantities by name.
pub(super) type Quantities = BTreeMap<String, f64>;

fn classify_points(
    setup: &Setup,
    points: &[[f64; 2]],
    kinds: &[Kind],
    m: &mut Quantities,
) -> Result<bool, String> {
    if points.len() != kinds.len() || points.is_empty() {
        return Err(format!("{} points for {} kinds", points.len(), kinds.len()));
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

fn saddle(setup: &Setup, at: [f64; 2], step: f64, m: &mut Quantities) -> Result<bool, String> {
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

fn inconclusive(setup: &Setup, at: [f64; 2], m: &mut Quantities) -> Result<bool, String> {
    let surface = setup.surface()?;
    let p = probe(&surface, at);
    m.insert("gradient_norm".into(), p.gradient_norm);
    m.insert("lambda_min".into(), p.eigenvalues[0]);
    m.insert("lambda_max".into(), p.eigenvalues[1]);
    Ok(p.gradient_norm <= 1e-9 && classify(&p.eigenvalues) == Some(Kind::Degenerate))
}

fn destinations(
    setup: &Setup,
    ends: &[[f64; 2]],
    radius: f64,
    m: &mut Quantities,
) -> Result<bool, String> {
    let runs = setup.runs(&setup.surface()?)?;
    if ends.len() != runs.len() {
        return Err(format!("{} ends for {} racers", ends.len(), runs.len()));
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

/// Racer `i` of `items`, or an error naming it.
fn racer<T>(items: &[T], i: usize) -> Result<&T, String> {
    items.get(i).ok_or(format!("there is no racer {i}"))
}

fn faster(
    setup: &Setup,
    fast: &[usize],
    slow: usize,
    factor: f64,
    m: &mut Quantities,
) -> Result<bool, String> {
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

fn plateau_stall(
    setup: &Setup,
    plateau: &str,
    reference_start: [f64; 2],
    m: &mut Quantities,
) -> Result<bool, String> {
    let config = setup.config(0)?;
    let other = build_surface(plateau, &[]).map_err(|e| e.to_string())?;
    let finish = |surface: &crate::surface::Surface, start: [f64; 2]| {
        let mut run =
            Run::new(surface.clone(), start, config.clone()).map_err(|e| e.to_string())?;
        run.finish();
        let end = run.current();
        Ok::<_, String>((run.trail()[0].loss, end.loss, end.grad_norm()))
    };
    for (prefix, surface) in [("", setup.surface()?), ("plateau_", other.clone())] {
        let (start, end, gradient) = finish(&surface, setup.start)?;
        m.insert(format!("{prefix}loss_start"), start);
        m.insert(format!("{prefix}loss_end"), end);
        m.insert(format!("{prefix}gradient_end"), gradient);
    }
    let (_, best, _) = finish(&other, reference_start)?;
    m.insert("plateau_best".into(), best);
    Ok(m["loss_end"] <= 0.1 * m["loss_start"]
        && m["plateau_gradient_end"] < 1e-2
        && m["plateau_loss_end"] > 2.0 * best)
}

fn conditioning(setup: &Setup, normalized: &str, m: &mut Quantities) -> Result<bool, String> {
    let other = build_surface(normalized, &[]).map_err(|e| e.to_string())?;
    for (suffix, surface) in [("raw", setup.surface()?), ("normalized", other)] {
        let p = probe(&surface, setup.start);
        let lambda_max = p.eigenvalues[1];
        let f_star = surface
            .best_known_value()
            .ok_or("the surfaces must document their minimum")?;
        let mut config = RunConfig::new(
            format!("sgd:lr={}", 1.0 / lambda_max)
                .parse()
                .map_err(|e| format!("{e}"))?,
        );
        config.max_steps = setup.steps;
        let mut run = Run::new(surface, setup.start, config).map_err(|e| e.to_string())?;
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
    Ok(condition_ratio >= 10.0 && steps_ratio >= 5.0)
}

fn noise_escape(setup: &Setup, saddle: [f64; 2], m: &mut Quantities) -> Result<bool, String> {
    let surface = setup.surface()?;
    let quiet = RunConfig {
        noise: 0.0,
        ..setup.config(0)?
    };
    m.insert("loss_start".into(), surface.value(setup.start));
    let saddle_loss = surface.value(saddle);
    for (suffix, config) in [("noiseless", quiet), ("noisy", setup.config(0)?)] {
        let mut run = Run::new(surface.clone(), setup.start, config).map_err(|e| e.to_string())?;
        run.finish();
        let end = run.current();
        let distance = (end.point[0] - saddle[0]).hypot(end.point[1] - saddle[1]);
        m.insert(format!("distance_{suffix}"), distance);
        m.insert(format!("loss_{suffix}"), end.loss);
        m.insert(format!("gradient_{suffix}"), end.grad_norm());
    }
    Ok(
        setup.noise > 0.0
            && m["distance_noiseless"] <= 0.01
            && m["loss_noisy"] < 0.01 * saddle_loss,
    )
}

/// How many consecutive updates reverse their `axis` coordinate.
fn sign_flips(run: &Run, axis: usize) -> usize {
    let samples = run.trail();
    samples
        .iter()
        .skip(1)
        .zip(samples.iter().skip(2))
        .filter(|(a, b)| a.update[axis] * b.update[axis] < 0.0)
        .count()
}

fn stuck(setup: &Setup, axis: usize, m: &mut Quantities) -> Result<bool, String> {
    let mut runs = setup.runs(&setup.surface()?)?;
    let run = runs.swap_remove(0);
    let (first, last) = (&run.trail()[0], run.current());
    m.insert("flips".into(), sign_flips(&run, axis) as f64);
    m.insert("steps".into(), (run.trail().len().saturating_sub(1)) as f64);
    m.insert("gradient_start".into(), first.grad_norm());
    m.insert("gradient_end".into(), last.grad_norm());
    m.insert("loss_start".into(), first.loss);
    m.insert("loss_end".into(), last.loss);
    Ok(m["loss_end"] > 0.8 * m["loss_start"] && m["gradient_end"] > 0.5 * m["gradient_start"])
}

fn fixed_rates(
    setup: &Setup,
    [oscillating, crawling]: [usize; 2],
    axis: usize,
    m: &mut Quantities,
) -> Result<bool, String> {
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
        && m[&format!("flips_{oscillating}")] >= 0.9 * updates
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

fn bursts(setup: &Setup, [below, above]: [f64; 2], m: &mut Quantities) -> Result<bool, String> {
    let runs = setup.runs(&setup.surface()?)?;
    if runs.len() != 2 {
        return Err("bursts compares exactly two racers".into());
    }
    let arrived = arrivals(setup, &runs, m);
    for (i, run) in runs.iter().enumerate() {
        let start = run.trail()[0].loss;
        let losses = run.trail().iter().map(|s| s.loss);
        let count = count_bursts(losses, [below * start, above * start]);
        m.insert(format!("bursts_{i}"), count as f64);
        m.insert(format!("loss_end_{i}"), run.current().loss);
    }
    Ok(m["bursts_0"] >= 2.0 && m["bursts_1"] == 0.0 && arrived[1].1)
}

fn reaction(
    setup: &Setup,
    [from, to]: [f64; 2],
    past: f64,
    factor: f64,
    m: &mut Quantities,
) -> Result<bool, String> {
    let runs = setup.runs(&setup.surface()?)?;
    if runs.len() != 2 {
        return Err("reaction compares exactly two racers".into());
    }
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

fn same_path(setup: &Setup, [a, b]: [usize; 2], m: &mut Quantities) -> Result<bool, String> {
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

fn overshoot(
    setup: &Setup,
    window: usize,
    factor: f64,
    m: &mut Quantities,
) -> Result<bool, String> {
    let runs = setup.runs(&setup.surface()?)?;
    if runs.len() != 2 {
        return Err("overshoot compares exactly two racers".into());
    }
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

fn batch_share(
    setup: &Setup,
    batches: [u64; 2],
    seeds: u64,
    [flat, sharp]: [[f64; 2]; 2],
    radius: f64,
    m: &mut Quantities,
) -> Result<bool, String> {
    let surface = setup.surface()?;
    for (suffix, batch) in ["small", "large"].into_iter().zip(batches) {
        let (mut near_flat, mut near_sharp) = (0u64, 0u64);
        for seed in 0..seeds {
            let config = RunConfig {
                batch,
                seed,
                ..setup.config(0)?
            };
            let mut run =
                Run::new(surface.clone(), setup.start, config).map_err(|e| e.to_string())?;
            run.finish();
            let p = run.current().point;
            let near = |q: &[f64; 2]| (p[0] - q[0]).hypot(p[1] - q[1]) <= radius;
            near_flat += u64::from(near(&flat));
            near_sharp += u64::from(near(&sharp));
        }
        m.insert(format!("flat_{suffix}"), near_flat as f64);
        m.insert(format!("sharp_{suffix}"), near_sharp as f64);
    }
    m.insert("seeds".into(), seeds as f64);
    Ok(m["flat_small"] >= m["flat_large"] + 0.3 * seeds as f64)
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

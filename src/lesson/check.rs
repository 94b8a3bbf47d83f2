//! How a lesson's claim is measured: each kind runs the scenario (or a network) headless,
//! records named quantities and decides whether the claim holds.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::setup::Setup;
use crate::analysis::{classify, probe, symmetric_eigen2};
use crate::nn::{
    Activation, Architecture, DataSpec, DatasetKind, Loss, Mlp, NormMode, Spectrum, TrainSpec,
};
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
}

/// The kinds of measurement a lesson can ask for.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    /// A saddle at `at`: zero gradient, eigenvalues of both signs, and a step of length `step`
    /// along the negative-curvature eigenvector lowers the loss. Measures `gradient_norm`,
    /// `lambda_min`, `lambda_max`, `drop`.
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
    /// Racer 0 on the setup's surface reaches its minimum while on `plateau` (same start,
    /// optimizer and steps) it stalls with a tiny gradient far above the minimum it reaches
    /// from `reference_start`. Measures `loss_start`, `loss_end`, `gradient_end`, the same
    /// with `plateau_` in front, and `plateau_best`.
    Plateau {
        /// The surface that plateaus.
        plateau: String,
        /// A start from which the plateau surface's racer does reach its minimum.
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
    /// Racer 0 from the start without noise, and with gradient noise `noise` at batch size
    /// `batch`: noiseless it does not move (a critical point), with noise it leaves and
    /// descends. Measures `distance_noiseless`, `loss_noiseless`, `distance_noisy`,
    /// `loss_noisy`, `loss_start`.
    NoiseEscape {
        /// Gradient noise σ.
        noise: f64,
        /// Batch size B.
        batch: u64,
    },
    /// Racer 0 zig-zags across a ravine: the update's `axis` coordinate (0 = x, 1 = y)
    /// changes sign on at least 95 % of the steps while ‖∇f‖ stays above a fifth of its start.
    /// Measures `flips`, `steps`, `gradient_start`, `gradient_end`, `loss_start`, `loss_end`.
    Zigzag {
        /// The steep coordinate.
        axis: usize,
    },
    /// Racer 0 (an adaptive method) walks a stretch where the gradient along `axis` is exactly
    /// zero; when it turns non-zero, its step along `axis` jumps. Racer 1, the same method with
    /// a decaying learning rate, must jump `step_factor`× less far and raise the loss
    /// `rise_factor`× less; racer 0's stretch must last at least 20 steps. Measures, per racer
    /// i, `flat_i` (steps before the gradient along `axis` is non-zero), `jump_i` (largest
    /// step along `axis`) and `rise_i` (largest one-step loss increase).
    FlatStretch {
        /// The coordinate that is flat at first.
        axis: usize,
        /// How many times smaller racer 1's largest step along `axis` must be.
        step_factor: f64,
        /// How many times smaller racer 1's largest one-step loss increase must be.
        rise_factor: f64,
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
    /// Plain networks trained with SGD on the moons: the `deep` one ends with a higher training
    /// loss than the `shallow` one (an optimization failure, not a lack of capacity). Measures
    /// `train_loss_shallow`, `train_loss_deep`.
    Depth {
        /// Hidden widths of the shallow network.
        shallow: Vec<usize>,
        /// Hidden widths of the deep network.
        deep: Vec<usize>,
        /// Hidden layers' non-linearity.
        activation: Activation,
        /// Optimizer SPEC.
        optimizer: String,
        /// Training epochs.
        epochs: usize,
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
    /// A tanh network trained with Adam on the moons: the Hessian's minimum ratio at the
    /// trained weights is below 1 yet above ½. Measures `minimum_ratio`, `positive`,
    /// `negative`, `parameters`, `train_loss`.
    MinimumRatio {
        /// Hidden-layer widths.
        hidden: Vec<usize>,
        /// Training epochs.
        epochs: usize,
    },
}

impl Check {
    /// Runs the measurement on `setup`.
    pub fn measure(&self, setup: &Setup) -> Result<Measurement, String> {
        let mut m = BTreeMap::new();
        let holds = match self {
            Self::Saddle { at, step } => {
                let surface = setup.surface()?;
                let p = probe(&surface, *at);
                let eigen = symmetric_eigen2(p.hessian);
                let v = eigen.vectors[0];
                let along = |s: f64| surface.value([at[0] + s * v[0], at[1] + s * v[1]]);
                let drop = p.value - along(*step).min(along(-step));
                m.insert("gradient_norm".into(), p.gradient_norm);
                m.insert("lambda_min".into(), eigen.values[0]);
                m.insert("lambda_max".into(), eigen.values[1]);
                m.insert("drop".into(), drop);
                p.gradient_norm <= 1e-9
                    && eigen.values[0] < 0.0
                    && eigen.values[1] > 0.0
                    && drop > 0.0
            }
            Self::Inconclusive { at } => {
                let surface = setup.surface()?;
                let p = probe(&surface, *at);
                m.insert("gradient_norm".into(), p.gradient_norm);
                m.insert("lambda_min".into(), p.eigenvalues[0]);
                m.insert("lambda_max".into(), p.eigenvalues[1]);
                p.gradient_norm <= 1e-9 && classify(&p.eigenvalues) == Some(Kind::Degenerate)
            }
            Self::Destinations { ends, radius } => {
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
                    all &= distance <= *radius;
                }
                all
            }
            Self::Faster { fast, slow, factor } => {
                let runs = setup.runs(&setup.surface()?)?;
                let steps = |i: usize| -> Result<(f64, bool), String> {
                    let run = runs.get(i).ok_or(format!("there is no racer {i}"))?;
                    Ok(match run.milestone_step() {
                        Some(k) => (k as f64, true),
                        None => (setup.steps as f64, false),
                    })
                };
                for i in 0..runs.len() {
                    let (k, arrived) = steps(i)?;
                    m.insert(format!("steps_{i}"), k);
                    m.insert(format!("arrived_{i}"), f64::from(u8::from(arrived)));
                }
                let (slow_steps, _) = steps(*slow)?;
                let mut all = true;
                for &i in fast {
                    let (k, arrived) = steps(i)?;
                    all &= arrived && k * factor <= slow_steps;
                }
                all
            }
            Self::Plateau {
                plateau,
                reference_start,
            } => {
                let config = setup.config(0)?;
                let other = build_surface(plateau, &[]).map_err(|e| e.to_string())?;
                let finish = |surface: &crate::surface::Surface, start: [f64; 2]| {
                    let mut run = Run::new(surface.clone(), start, config.clone())
                        .map_err(|e| e.to_string())?;
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
                let (_, best, _) = finish(&other, *reference_start)?;
                m.insert("plateau_best".into(), best);
                m["gradient_end"] < 1e-5
                    && m["plateau_gradient_end"] < 1e-2
                    && m["plateau_loss_end"] > 2.0 * best
            }
            Self::Conditioning { normalized } => {
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
                    let mut run =
                        Run::new(surface, setup.start, config).map_err(|e| e.to_string())?;
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
                condition_ratio >= 10.0 && steps_ratio >= 5.0
            }
            Self::NoiseEscape { noise, batch } => {
                let surface = setup.surface()?;
                let quiet = RunConfig {
                    noise: 0.0,
                    ..setup.config(0)?
                };
                let noisy = RunConfig {
                    noise: *noise,
                    batch: *batch,
                    ..setup.config(0)?
                };
                m.insert("loss_start".into(), surface.value(setup.start));
                for (suffix, config) in [("noiseless", quiet), ("noisy", noisy)] {
                    let mut run = Run::new(surface.clone(), setup.start, config)
                        .map_err(|e| e.to_string())?;
                    run.finish();
                    let p = run.current().point;
                    let distance = (p[0] - setup.start[0]).hypot(p[1] - setup.start[1]);
                    m.insert(format!("distance_{suffix}"), distance);
                    m.insert(format!("loss_{suffix}"), run.current().loss);
                }
                m["distance_noiseless"] == 0.0 && m["loss_noisy"] < 0.01 * m["loss_start"]
            }
            Self::Zigzag { axis } => {
                let mut runs = setup.runs(&setup.surface()?)?;
                let run = runs.swap_remove(0);
                let samples = run.trail();
                let flips = samples
                    .iter()
                    .skip(1)
                    .zip(samples.iter().skip(2))
                    .filter(|(a, b)| a.update[*axis] * b.update[*axis] < 0.0)
                    .count();
                let (first, last) = (&samples[0], run.current());
                m.insert("flips".into(), flips as f64);
                m.insert("steps".into(), (samples.len().saturating_sub(2)) as f64);
                m.insert("gradient_start".into(), first.grad_norm());
                m.insert("gradient_end".into(), last.grad_norm());
                m.insert("loss_start".into(), first.loss);
                m.insert("loss_end".into(), last.loss);
                flips as f64 >= 0.95 * m["steps"] && m["gradient_end"] > 0.2 * m["gradient_start"]
            }
            Self::FlatStretch {
                axis,
                step_factor,
                rise_factor,
            } => {
                let runs = setup.runs(&setup.surface()?)?;
                if runs.len() != 2 {
                    return Err("flat-stretch compares exactly two racers".into());
                }
                for (i, run) in runs.iter().enumerate() {
                    let samples = run.trail();
                    let flat = samples
                        .iter()
                        .position(|s| s.gradient[*axis] != 0.0)
                        .unwrap_or(samples.len());
                    let jump = samples
                        .iter()
                        .map(|s| s.update[*axis].abs())
                        .fold(0.0, f64::max);
                    let rise = samples
                        .iter()
                        .zip(samples.iter().skip(1))
                        .map(|(a, b)| b.loss - a.loss)
                        .fold(0.0, f64::max);
                    m.insert(format!("flat_{i}"), flat as f64);
                    m.insert(format!("jump_{i}"), jump);
                    m.insert(format!("rise_{i}"), rise);
                }
                m["flat_0"] >= 20.0
                    && m["jump_0"] >= step_factor * m["jump_1"]
                    && m["rise_0"] >= rise_factor * m["rise_1"]
            }
            Self::BatchShare {
                small,
                large,
                seeds,
                flat,
                sharp,
                radius,
            } => {
                let surface = setup.surface()?;
                for (suffix, batch) in [("small", *small), ("large", *large)] {
                    let (mut near_flat, mut near_sharp) = (0u64, 0u64);
                    for seed in 0..*seeds {
                        let config = RunConfig {
                            batch,
                            seed,
                            ..setup.config(0)?
                        };
                        let mut run = Run::new(surface.clone(), setup.start, config)
                            .map_err(|e| e.to_string())?;
                        run.finish();
                        let p = run.current().point;
                        let near = |q: &[f64; 2]| (p[0] - q[0]).hypot(p[1] - q[1]) <= *radius;
                        near_flat += u64::from(near(flat));
                        near_sharp += u64::from(near(sharp));
                    }
                    m.insert(format!("flat_{suffix}"), near_flat as f64);
                    m.insert(format!("sharp_{suffix}"), near_sharp as f64);
                }
                m.insert("seeds".into(), *seeds as f64);
                m["flat_small"] >= m["flat_large"] + 0.3 * *seeds as f64
            }
            Self::Depth {
                shallow,
                deep,
                activation,
                optimizer,
                epochs,
            } => {
                let split = moons(200, None, setup.seed)?;
                for (suffix, hidden) in [("shallow", shallow), ("deep", deep)] {
                    let (_, history) =
                        trained(&split, hidden, *activation, optimizer, *epochs, setup.seed)?;
                    let loss = history.last().map_or(f64::NAN, |r| r.train_loss);
                    m.insert(format!("train_loss_{suffix}"), loss);
                }
                m["train_loss_deep"] > 1.5 * m["train_loss_shallow"]
            }
            Self::Overfit {
                hidden,
                small,
                large,
                noise,
                epochs,
            } => {
                for (suffix, samples) in [("small", *small), ("large", *large)] {
                    let split = moons(samples, Some(*noise), setup.seed)?;
                    let adam = "adam:lr=0.01";
                    let (_, history) =
                        trained(&split, hidden, Activation::Relu, adam, *epochs, setup.seed)?;
                    let last = history.last().ok_or("training recorded nothing")?;
                    let train = last.train_accuracy.unwrap_or(f64::NAN);
                    let test = last.test_accuracy.unwrap_or(f64::NAN);
                    m.insert(format!("train_accuracy_{suffix}"), train);
                    m.insert(format!("test_accuracy_{suffix}"), test);
                    m.insert(format!("gap_{suffix}"), train - test);
                }
                m["train_accuracy_small"] >= 0.95
                    && m["gap_small"] >= 0.1
                    && m["gap_large"] < 0.5 * m["gap_small"]
            }
            Self::MinimumRatio { hidden, epochs } => {
                let split = moons(400, None, setup.seed)?;
                let adam = "adam:lr=0.01";
                let (model, history) =
                    trained(&split, hidden, Activation::Tanh, adam, *epochs, setup.seed)?;
                let mode = NormMode::Running(&model.running);
                let h = model.hessian(&model.params, &split.train, mode, &Progress::new());
                let spectrum = Spectrum::of_matrix(&h, model.params.len());
                let ratio = spectrum.minimum_ratio.unwrap_or(f64::NAN);
                m.insert("minimum_ratio".into(), ratio);
                m.insert("positive".into(), spectrum.positive as f64);
                m.insert("negative".into(), spectrum.negative as f64);
                m.insert("parameters".into(), spectrum.parameters as f64);
                m.insert(
                    "train_loss".into(),
                    history.last().map_or(f64::NAN, |r| r.train_loss),
                );
                ratio > 0.5 && ratio < 1.0
            }
        };
        Ok(Measurement { holds, measured: m })
    }
}

/// The moons: `samples` examples, a quarter held out, the data set's own noise by default.
fn moons(samples: usize, noise: Option<f64>, seed: u64) -> Result<crate::nn::Split, String> {
    let mut spec = DataSpec::new(DatasetKind::Moons);
    spec.samples = samples;
    spec.noise = noise.unwrap_or(spec.noise);
    spec.seed = seed;
    spec.generate().map_err(|e| e.to_string())
}

/// A cross-entropy network with `hidden` layers trained on `split` (batch 32).
fn trained(
    split: &crate::nn::Split,
    hidden: &[usize],
    activation: Activation,
    optimizer: &str,
    epochs: usize,
    seed: u64,
) -> Result<(Mlp, Vec<crate::nn::EpochRecord>), String> {
    let arch = Architecture {
        inputs: 2,
        hidden: hidden.to_vec(),
        outputs: 2,
        activation,
        batch_norm: false,
        loss: Loss::Ce,
        weight_decay: 0.0,
    };
    let mut model = Mlp::new(arch, seed).map_err(|e| e.to_string())?;
    let spec = TrainSpec {
        optimizer: optimizer.parse().map_err(|e| format!("{e}"))?,
        epochs,
        batch: 32,
        seed,
    };
    let history = model
        .train(split, &spec, false, &Progress::new())
        .map_err(|e| e.to_string())?;
    Ok((model, history))
}

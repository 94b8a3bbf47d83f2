//! The measurements of network lessons: each trains the lesson's network (or a variant of it)
//! headless and records what the claim needs.

use super::LessonError;
use super::caption::{Caption, CaptionArg};
use super::check::{Figure, Quantities, Series};
use super::network::{NetworkSetup, Trained};
use super::setup::Setup;
use crate::nn::{Augmentation, EpochRecord, NormMode, Spectrum, Split};
use crate::progress::Progress;

/// The lesson's network, or an error saying the check needs one.
pub(super) fn network_of(setup: &Setup) -> Result<&NetworkSetup, LessonError> {
    setup.network.as_ref().ok_or(LessonError::NeedsNetwork)
}

/// Records a training's final losses and accuracies under `prefix`.
fn record(prefix: &str, last: &EpochRecord, m: &mut Quantities) {
    m.insert(format!("{prefix}train_loss"), last.train_loss);
    m.insert(format!("{prefix}test_loss"), last.test_loss);
    let accuracy = |a: Option<f64>| a.unwrap_or(f64::NAN);
    m.insert(
        format!("{prefix}train_accuracy"),
        accuracy(last.train_accuracy),
    );
    m.insert(
        format!("{prefix}test_accuracy"),
        accuracy(last.test_accuracy),
    );
}

/// The setup's network and a variant of it, both trained, with their loss curves.
pub(super) fn training_gap(
    setup: &Setup,
    other: &toml::Table,
    names: &[String; 2],
    margin: f64,
    other_is_worse: bool,
    progress: &Progress,
    m: &mut Quantities,
) -> Result<(bool, Figure), LessonError> {
    let network = network_of(setup)?;
    let variant = network.with(other)?;
    let mut series = Vec::new();
    let networks = [("", network), ("other_", &variant)].into_iter();
    for (index, ((prefix, network), name)) in networks.zip(names).enumerate() {
        let trained = network.train(&progress.child())?;
        record(prefix, trained.last()?, m);
        let curve = |loss: fn(&EpochRecord) -> f64| -> Vec<[f64; 2]> {
            (trained.history.iter())
                .map(|r| [r.epoch as f64, loss(r)])
                .collect()
        };
        for (set, loss) in [
            (
                "figure-set-training",
                (|r| r.train_loss) as fn(&EpochRecord) -> f64,
            ),
            ("figure-set-test", |r| r.test_loss),
        ] {
            let network = CaptionArg::LessonName {
                index,
                english: name.clone(),
            };
            let args = vec![
                ("network", network),
                ("set", CaptionArg::Message(set.into())),
            ];
            series.push(Series {
                name: Caption::with("figure-series-network-loss", args),
                line: true,
                points: curve(loss),
            });
        }
    }
    let (mine, theirs) = (m["train_loss"], m["other_train_loss"]);
    let (worse, better) = if other_is_worse {
        (theirs, mine)
    } else {
        (mine, theirs)
    };
    let figure = Figure {
        title: Caption::new("figure-networks-by-epoch"),
        x: Caption::new("figure-axis-epoch"),
        y: Caption::new("figure-axis-loss"),
        series,
    };
    Ok((worse - better >= margin, figure))
}

/// The setup's network and a variant of it, trained, with the leading ratio of each Hessian.
pub(super) fn leading_ratio(
    setup: &Setup,
    other: &toml::Table,
    factor: f64,
    progress: &Progress,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let network = network_of(setup)?;
    let variant = network.with(other)?;
    for (prefix, network) in [("", network), ("other_", &variant)] {
        let Stopped {
            spectrum,
            train_loss,
            ..
        } = network.stopped(progress)?;
        let top = |k: usize| spectrum.eigenvalues.iter().rev().nth(k).copied();
        m.insert(format!("{prefix}lambda_1"), top(0).unwrap_or(f64::NAN));
        m.insert(format!("{prefix}lambda_2"), top(1).unwrap_or(f64::NAN));
        m.insert(
            format!("{prefix}leading_ratio"),
            spectrum.leading_ratio.unwrap_or(f64::NAN),
        );
        m.insert(format!("{prefix}train_loss"), train_loss);
    }
    Ok(m["other_leading_ratio"] >= factor * m["leading_ratio"])
}

/// `samples` fresh examples of the network's data set: held out of the data of seed
/// `seed + offset`.
pub(super) fn fresh_examples(
    network: &NetworkSetup,
    samples: usize,
    offset: u64,
) -> Result<crate::nn::Dataset, LessonError> {
    let fresh = NetworkSetup {
        samples: 4 * samples,
        seed: network.seed + offset,
        augmentation: Augmentation::None,
        ..network.clone()
    };
    Ok(fresh.data()?.test)
}

/// Examples the augmentation lesson tests on.
const FRESH_TEST: usize = 1000;

/// The setup's network trained on its examples as they are, jittered and upside down, each
/// scored on the raw training examples and on fresh ones.
pub(super) fn augmentation(
    setup: &Setup,
    [narrowed, cost]: [f64; 2],
    progress: &Progress,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let network = network_of(setup)?;
    let raw = NetworkSetup {
        augmentation: Augmentation::None,
        ..network.clone()
    }
    .data()?
    .train;
    let fresh = fresh_examples(network, FRESH_TEST, 1)?;
    for (suffix, augmentation) in [
        ("none", Augmentation::None),
        ("jitter", Augmentation::Jitter),
        ("upside_down", Augmentation::UpsideDown),
    ] {
        let augmented = NetworkSetup {
            augmentation,
            ..network.clone()
        };
        let Trained { model, split, .. } = augmented.train(&progress.child())?;
        let train = model.accuracy(&raw).unwrap_or(f64::NAN);
        let test = model.accuracy(&fresh).unwrap_or(f64::NAN);
        m.insert(format!("train_accuracy_{suffix}"), train);
        m.insert(format!("test_accuracy_{suffix}"), test);
        m.insert(format!("gap_{suffix}"), train - test);
        m.insert(format!("train_examples_{suffix}"), split.train.len() as f64);
    }
    m.insert("test_examples".into(), fresh.len() as f64);
    Ok(m["gap_jitter"] <= narrowed * m["gap_none"]
        && m["test_accuracy_jitter"] > m["test_accuracy_none"]
        && m["test_accuracy_upside_down"] <= m["test_accuracy_none"] - cost)
}

/// Candidate networks trained on part of the training set and chosen on the rest.
pub(super) fn model_selection(
    setup: &Setup,
    candidates: &[Vec<usize>],
    progress: &Progress,
    m: &mut Quantities,
) -> Result<(bool, Figure), LessonError> {
    let network = network_of(setup)?;
    if candidates.len() < 3 {
        return Err(LessonError::FewCandidates);
    }
    let split = network.data()?;
    let fit = split.train.len() * 3 / 4;
    let rows: Vec<usize> = (0..split.train.len()).collect();
    let held = Split {
        train: split.train.select(&rows[..fit]),
        test: split.train.select(&rows[fit..]),
    };
    let mut losses = [Vec::new(), Vec::new(), Vec::new()];
    progress.start(candidates.len());
    for (i, hidden) in candidates.iter().enumerate() {
        if progress.is_cancelled() {
            return Err(LessonError::Cancelled);
        }
        let candidate = NetworkSetup {
            hidden: hidden.clone(),
            ..network.clone()
        };
        let Trained { model, .. } = candidate.train_on(held.clone(), &progress.child())?;
        let train = model.loss_at(&model.params, &held.train);
        let validation = model.loss_at(&model.params, &held.test);
        let test = model.loss_at(&model.params, &split.test);
        m.insert(format!("train_loss_{i}"), train);
        m.insert(format!("validation_loss_{i}"), validation);
        m.insert(format!("test_loss_{i}"), test);
        for (series, loss) in losses.iter_mut().zip([train, validation, test]) {
            series.push([i as f64, loss]);
        }
        progress.tick();
    }
    let pick = (0..candidates.len())
        .min_by(|&a, &b| losses[1][a][1].total_cmp(&losses[1][b][1]))
        .unwrap_or(0);
    let last = candidates.len() - 1;
    m.insert("pick".into(), pick as f64);
    m.insert("pick_validation_loss".into(), losses[1][pick][1]);
    m.insert("pick_test_loss".into(), losses[2][pick][1]);
    let holds = pick > 0
        && pick < last
        && losses[0][last][1] < losses[0][pick][1]
        && losses[2][last][1] > losses[2][pick][1];
    let series = [
        "figure-set-training",
        "figure-set-validation",
        "figure-set-test",
    ]
    .into_iter()
    .zip(losses)
    .map(|(set, points)| Series {
        name: Caption::with(
            "figure-series-loss",
            vec![("set", CaptionArg::Message(set.into()))],
        ),
        line: true,
        points,
    })
    .collect();
    let figure = Figure {
        title: Caption::new("figure-candidates"),
        x: Caption::new("figure-axis-candidate"),
        y: Caption::new("figure-axis-loss"),
        series,
    };
    Ok((holds, figure))
}

/// `split`'s test examples rotated by `degrees` about the training examples' mean.
fn rotated_test(split: &Split, degrees: f64) -> Result<crate::nn::Dataset, LessonError> {
    let d = split.train.features;
    if d != 2 {
        return Err(LessonError::RotationFeatures(d));
    }
    let n = split.train.len().max(1) as f64;
    let mean: Vec<f64> = (0..d)
        .map(|j| split.train.x.iter().skip(j).step_by(d).sum::<f64>() / n)
        .collect();
    let (sin, cos) = degrees.to_radians().sin_cos();
    let mut test = split.test.clone();
    for row in test.x.chunks_mut(d) {
        let (x, y) = (row[0] - mean[0], row[1] - mean[1]);
        row[0] = mean[0] + cos * x - sin * y;
        row[1] = mean[1] + sin * x + cos * y;
    }
    Ok(test)
}

/// The setup's network tested on rotated examples, trained on its data and on `large`
/// examples.
pub(super) fn mismatch(
    setup: &Setup,
    rotation: f64,
    large: usize,
    [gap, kept]: [f64; 2],
    progress: &Progress,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let network = network_of(setup)?;
    let bigger = NetworkSetup {
        samples: large,
        ..network.clone()
    };
    for (suffix, network) in [("", network), ("_large", &bigger)] {
        let Trained { model, split, .. } = network.train(&progress.child())?;
        let same = model.accuracy(&split.test).unwrap_or(f64::NAN);
        let shifted = model
            .accuracy(&rotated_test(&split, rotation)?)
            .unwrap_or(f64::NAN);
        m.insert(format!("test_accuracy{suffix}"), same);
        m.insert(format!("shifted_accuracy{suffix}"), shifted);
        m.insert(format!("gap{suffix}"), same - shifted);
    }
    Ok(m["gap"] >= gap && m["gap_large"] >= gap && m["gap_large"] >= kept * m["gap"])
}

/// A network at the end of its training: its gradient norms and Hessian spectrum.
struct Stopped {
    gradient_start: f64,
    gradient_end: f64,
    spectrum: Spectrum,
    train_loss: f64,
}

impl NetworkSetup {
    /// Trains the network and measures where its training stopped: the gradient norm there
    /// and at the start, the Hessian's spectrum and the training loss.
    fn stopped(&self, progress: &Progress) -> Result<Stopped, LessonError> {
        let Trained {
            model,
            split,
            history,
        } = self.train(&progress.child())?;
        let mode = NormMode::Running(&model.running);
        let gradient_norm = |params: &[f64]| {
            let pass = model.loss_and_gradient(params, &split.train, mode);
            pass.gradient.iter().map(|g| g * g).sum::<f64>().sqrt()
        };
        let first = history.first().ok_or(LessonError::NothingRecorded)?;
        let h = model.hessian(&model.params, &split.train, mode, &progress.child());
        Ok(Stopped {
            gradient_start: gradient_norm(&first.params),
            gradient_end: gradient_norm(&model.params),
            spectrum: Spectrum::of_matrix(&h, model.params.len()),
            train_loss: history.last().map_or(f64::NAN, |r| r.train_loss),
        })
    }
}

/// The setup's network trained from `networks` seeds, each measured where training stopped.
pub(super) fn minimum_ratio(
    setup: &Setup,
    gradient_drop: f64,
    networks: u64,
    progress: &Progress,
    m: &mut Quantities,
) -> Result<(bool, Figure), LessonError> {
    let network = network_of(setup)?;
    let mut points = Vec::new();
    let (mut stopped_count, mut with_negative) = (0, 0);
    progress.start(networks as usize);
    for i in 0..networks {
        if progress.is_cancelled() {
            break;
        }
        let seeded = NetworkSetup {
            seed: network.seed + i,
            ..network.clone()
        };
        let stopped = seeded.stopped(&progress.child())?;
        let spectrum = &stopped.spectrum;
        let ratio = spectrum.minimum_ratio.unwrap_or(f64::NAN);
        if i == 0 {
            let p = spectrum.parameters;
            let zero = p - spectrum.positive - spectrum.negative;
            m.insert("gradient_start".into(), stopped.gradient_start);
            m.insert("gradient_end".into(), stopped.gradient_end);
            m.insert("positive".into(), spectrum.positive as f64);
            m.insert("negative".into(), spectrum.negative as f64);
            m.insert("zero".into(), zero as f64);
            m.insert("parameters".into(), p as f64);
            m.insert("minimum_ratio".into(), ratio);
            m.insert("train_loss".into(), stopped.train_loss);
        }
        stopped_count += u64::from(stopped.gradient_end * gradient_drop <= stopped.gradient_start);
        with_negative += u64::from(spectrum.negative >= 1);
        points.push([ratio, stopped.train_loss]);
        progress.tick();
    }
    let ratios = points.iter().map(|p| p[0]);
    m.insert("networks".into(), networks as f64);
    m.insert("stopped".into(), stopped_count as f64);
    m.insert("with_negative".into(), with_negative as f64);
    m.insert(
        "ratio_min".into(),
        ratios.clone().fold(f64::INFINITY, f64::min),
    );
    m.insert("ratio_max".into(), ratios.fold(f64::NEG_INFINITY, f64::max));
    let figure = Figure {
        title: Caption::new("figure-one-point-per-network"),
        x: Caption::new("figure-axis-minimum-ratio"),
        y: Caption::new("figure-axis-training-loss"),
        series: vec![Series {
            name: Caption::new("figure-series-networks"),
            line: false,
            points,
        }],
    };
    Ok((
        stopped_count == networks && with_negative == networks,
        figure,
    ))
}

/// The setup's network classifying held-out examples in evaluation and in train mode.
pub(super) fn batch_norm_test(
    setup: &Setup,
    [least_eval, most_single]: [f64; 2],
    progress: &Progress,
    m: &mut Quantities,
) -> Result<bool, LessonError> {
    let network = network_of(setup)?;
    let Trained { model, split, .. } = network.train(&progress.child())?;
    let test = &split.test;
    let nan = f64::NAN;
    let eval = model.accuracy(test).unwrap_or(nan);
    let batch = model.accuracy_in(test, NormMode::Batch).unwrap_or(nan);
    let correct: f64 = (0..test.len())
        .map(|i| {
            let one = test.select(&[i]);
            model.accuracy_in(&one, NormMode::Batch).unwrap_or(nan)
        })
        .sum();
    let single = correct / test.len().max(1) as f64;
    m.insert("eval_accuracy".into(), eval);
    m.insert("batch_accuracy".into(), batch);
    m.insert("single_accuracy".into(), single);
    Ok(eval >= least_eval && single <= most_single)
}

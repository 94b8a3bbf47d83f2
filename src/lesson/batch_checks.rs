//! Real mini-batches of a real data set: how far each batch's gradient is from the full one
//! where full-batch training stopped, against sampling theory, what an update and an epoch
//! cost at each batch size on this machine, and whether small batches leave a saddle point
//! where the full batch stays.

use std::time::Duration;

use web_time::Instant;

use rand::SeedableRng;
use rand::seq::index::sample;
use rand_chacha::ChaCha8Rng;

use super::LessonError;
use super::caption::{Caption, CaptionArg};
use super::check::{Figure, Quantities, Series};
use super::network::Trained;
use super::network_checks::network_of;
use super::setup::Setup;
use crate::nn::{Dataset, EpochRecord, Mlp, NormMode, Spectrum, TrainSpec};
use crate::optim::OptimizerState;
use crate::progress::Progress;

/// How long each batch size is timed for, at least.
const TIMING: Duration = Duration::from_millis(40);

/// The gradient of the training loss on the examples `rows`, in training mode.
fn gradient(model: &Mlp, train: &Dataset, rows: &[usize]) -> Vec<f64> {
    let batch = train.select(rows);
    model
        .loss_and_gradient(&model.params, &batch, NormMode::Batch)
        .gradient
}

fn squared_distance(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
}

/// S = (1/N)·Σ‖gᵢ − g‖²: the spread of single examples' gradients about the full one `full`.
fn spread(model: &Mlp, train: &Dataset, full: &[f64]) -> f64 {
    let n = train.len();
    (0..n)
        .map(|i| squared_distance(&gradient(model, train, &[i]), full))
        .sum::<f64>()
        / n as f64
}

/// E‖g_B‖² over batches of `b` of the `n` examples drawn without replacement:
/// ‖g‖² + (S/B)·(N − B)/(N − 1).
fn expected_square(full_norm: f64, spread: f64, n: usize, b: usize) -> f64 {
    full_norm * full_norm + spread / b as f64 * (n - b) as f64 / (n - 1) as f64
}

/// Seconds one update takes at batch size `batch` (drawing the batch, the gradient and the
/// optimizer's step), the median of repeated updates on a copy of the network.
fn seconds_per_update(trained: &Trained, spec: &crate::optim::OptimizerSpec, batch: usize) -> f64 {
    let train = &trained.split.train;
    let mut model = trained.model.clone();
    let mut optimizer = OptimizerState::new(spec.clone(), model.params.len());
    let mut rng = ChaCha8Rng::seed_from_u64(0);
    let mut times = Vec::new();
    let started = Instant::now();
    while started.elapsed() < TIMING || times.len() < 3 {
        let t = Instant::now();
        let rows = sample(&mut rng, train.len(), batch).into_vec();
        let g = gradient(&model, train, &rows);
        optimizer.step(&mut model.params, &g, spec.lr, None);
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The setup's network trained with full batches, then measured where it stopped: the full
/// gradient, the Hessian's spectrum, every example's gradient, `draws` random batches of each size in `batches`, and
/// the time of an update and of an epoch at each size.
pub(super) fn batch_noise(
    setup: &Setup,
    batches: &[usize],
    draws: usize,
    [critical, noisy]: [f64; 2],
    progress: &Progress,
    m: &mut Quantities,
) -> Result<(bool, Figure), LessonError> {
    let network = network_of(setup)?;
    if network.batch_norm {
        return Err(LessonError::BatchNormGradient);
    }
    let trained = network.train(&progress.child())?;
    let train = &trained.split.train;
    let n = train.len();
    if batches.is_empty() || batches.iter().any(|&b| b == 0 || b >= n) {
        return Err(LessonError::BatchSizes { examples: n });
    }
    let all: Vec<usize> = (0..n).collect();
    let full = gradient(&trained.model, train, &all);
    let full_norm = full.iter().map(|g| g * g).sum::<f64>().sqrt();
    let spread = spread(&trained.model, train, &full);
    let model = &trained.model;
    let hessian = model.hessian(&model.params, train, NormMode::Batch, &progress.child());
    let spectrum = Spectrum::of_matrix(&hessian, model.params.len());
    m.insert("negative".into(), spectrum.negative as f64);
    m.insert("parameters".into(), spectrum.parameters as f64);
    let spec = network.training()?.optimizer;
    let mut rng = ChaCha8Rng::seed_from_u64(network.seed);
    let (mut measured, mut theory, mut relative_error) = (Vec::new(), Vec::new(), 0.0_f64);
    progress.start(batches.len() + 1);
    for &b in batches {
        if progress.is_cancelled() {
            return Err(LessonError::Cancelled);
        }
        // ‖g_B‖² averaged over random batches, against its expectation.
        let mean_square = (0..draws)
            .map(|_| {
                let rows = sample(&mut rng, n, b).into_vec();
                let g = gradient(&trained.model, train, &rows);
                g.iter().map(|x| x * x).sum::<f64>()
            })
            .sum::<f64>()
            / draws as f64;
        let expected = expected_square(full_norm, spread, n, b);
        relative_error = relative_error.max(((mean_square / expected).sqrt() - 1.0).abs());
        measured.push([(b as f64).log10(), mean_square.sqrt().log10()]);
        theory.push([(b as f64).log10(), expected.sqrt().log10()]);
        m.insert(format!("gradient_{b}"), mean_square.sqrt());
        let update = seconds_per_update(&trained, &spec, b);
        m.insert(format!("update_us_{b}"), update * 1e6);
        m.insert(format!("epoch_ms_{b}"), update * n.div_ceil(b) as f64 * 1e3);
        progress.tick();
    }
    let update = seconds_per_update(&trained, &spec, n);
    m.insert("update_us_full".into(), update * 1e6);
    m.insert("epoch_ms_full".into(), update * 1e3);
    progress.tick();
    let smallest = batches.iter().min().copied().unwrap_or(1);
    let noisy_gradient = m[&format!("gradient_{smallest}")];
    m.insert("examples".into(), n as f64);
    m.insert("gradient_full".into(), full_norm);
    m.insert("gradient_smallest".into(), noisy_gradient);
    m.insert("noise_error".into(), relative_error);
    m.insert(
        "train_loss".into(),
        trained.last().map_or(f64::NAN, |r| r.train_loss),
    );
    let log_n = (n as f64).log10();
    let full_line = vec![[0.0, full_norm.log10()], [log_n, full_norm.log10()]];
    let series = [
        ("figure-series-random-batches", false, measured),
        ("figure-series-sampling-theory", true, theory),
        ("figure-series-full-batch", true, full_line),
    ];
    let figure = Figure {
        title: Caption::new("figure-batch-gradient"),
        x: Caption::new("figure-axis-log-batch-size"),
        y: Caption::new("figure-axis-log-batch-gradient"),
        series: series
            .into_iter()
            .map(|(name, line, points)| Series {
                name: Caption::new(name),
                line,
                points,
            })
            .collect(),
    };
    Ok((full_norm <= critical && noisy_gradient >= noisy, figure))
}

/// Updates until the training loss first fell below `below`, counted in whole epochs of
/// `per_epoch` updates; none if it never did.
fn escape(history: &[EpochRecord], per_epoch: usize, below: f64) -> Option<usize> {
    (history.iter())
        .find(|r| r.train_loss < below)
        .map(|r| r.epoch * per_epoch)
}

/// The setup's network trained from the same start for `updates` updates with each size in
/// `batches` and with the full batch: every small batch brings the training loss below
/// `below`, the full batch never does, and where it ends ‖∇L‖ ≤ `critical` and the Hessian
/// has a negative eigenvalue (it sits at a saddle point). Plots the training loss against
/// updates.
pub(super) fn batch_escape(
    setup: &Setup,
    batches: &[usize],
    updates: usize,
    [below, critical]: [f64; 2],
    progress: &Progress,
    m: &mut Quantities,
) -> Result<(bool, Figure), LessonError> {
    let network = network_of(setup)?;
    let split = network.data()?;
    let n = split.train.len();
    if batches.is_empty() || batches.iter().any(|&b| b == 0 || b >= n) {
        return Err(LessonError::BatchSizes { examples: n });
    }
    let start = network.network(&split)?;
    let spec = network.training()?;
    let (mut series, mut small_escape, mut full_escape) = (Vec::new(), true, false);
    progress.start(batches.len() + 1);
    for &b in batches.iter().chain([&n]) {
        let per_epoch = n.div_ceil(b);
        let spec = TrainSpec {
            epochs: updates.div_ceil(per_epoch),
            batch: b,
            ..spec.clone()
        };
        let mut model = start.clone();
        let history = model.train(&split, &spec, network.normalize_inputs, &progress.child())?;
        let full = b == n;
        let key = if full { "full".into() } else { b.to_string() };
        let escaped = escape(&history, per_epoch, below);
        if full {
            full_escape = escaped.is_some();
            let all: Vec<usize> = (0..n).collect();
            let g = gradient(&model, &split.train, &all);
            m.insert(
                "gradient_full".into(),
                g.iter().map(|x| x * x).sum::<f64>().sqrt(),
            );
            let hessian = model.hessian(
                &model.params,
                &split.train,
                NormMode::Batch,
                &progress.child(),
            );
            let spectrum = Spectrum::of_matrix(&hessian, model.params.len());
            m.insert("negative".into(), spectrum.negative as f64);
            m.insert("parameters".into(), spectrum.parameters as f64);
            m.insert(
                "lambda_min".into(),
                spectrum.eigenvalues.first().copied().unwrap_or(f64::NAN),
            );
        } else {
            small_escape &= escaped.is_some();
        }
        m.insert(
            format!("escape_{key}"),
            escaped.unwrap_or(history.len().saturating_sub(1) * per_epoch) as f64,
        );
        let last = history.last().ok_or(LessonError::NothingRecorded)?;
        m.insert(format!("loss_{key}"), last.train_loss);
        m.insert(format!("start_loss_{key}"), history[0].train_loss);
        series.push(Series {
            name: if full {
                let count = vec![("count", CaptionArg::Text(n.to_string()))];
                Caption::with("figure-series-full-batch-n", count)
            } else {
                let size = vec![("size", CaptionArg::Text(b.to_string()))];
                Caption::with("figure-series-batch", size)
            },
            line: true,
            points: (history.iter())
                .map(|r| [(r.epoch * per_epoch) as f64, r.train_loss])
                .collect(),
        });
        progress.tick();
    }
    m.insert("examples".into(), n as f64);
    m.insert("updates".into(), updates as f64);
    let saddle = m["gradient_full"] <= critical && m["negative"] > 0.0;
    let figure = Figure {
        title: Caption::new("figure-loss-from-same-start"),
        x: Caption::new("figure-axis-updates"),
        y: Caption::new("figure-axis-training-loss"),
        series,
    };
    Ok((small_escape && !full_escape && saddle, figure))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::NetworkSetup;

    /// Every subset of `size` of `0..n`, in order.
    fn subsets(n: usize, size: usize) -> Vec<Vec<usize>> {
        if size == 0 {
            return vec![Vec::new()];
        }
        (size - 1..n)
            .flat_map(|last| {
                subsets(last, size - 1).into_iter().map(move |mut s| {
                    s.push(last);
                    s
                })
            })
            .collect()
    }

    #[test]
    fn sampling_theory_matches_every_batch_enumerated() {
        let network = NetworkSetup {
            samples: 12,
            hidden: vec![3],
            ..NetworkSetup::default()
        };
        let split = network.data().unwrap();
        let model = network.network(&split).unwrap();
        let train = &split.train;
        let n = train.len();
        let all: Vec<usize> = (0..n).collect();
        let full = gradient(&model, train, &all);
        let full_norm = full.iter().map(|g| g * g).sum::<f64>().sqrt();
        let spread = spread(&model, train, &full);
        assert!(spread > 1e-3);
        for b in [1, 2, 3, n - 1] {
            let batches = subsets(n, b);
            let mean = batches
                .iter()
                .map(|rows| {
                    gradient(&model, train, rows)
                        .iter()
                        .map(|g| g * g)
                        .sum::<f64>()
                })
                .sum::<f64>()
                / batches.len() as f64;
            let expected = expected_square(full_norm, spread, n, b);
            assert!(
                (mean - expected).abs() <= 1e-12 * expected,
                "B = {b}: {mean} against {expected}"
            );
        }
    }
}

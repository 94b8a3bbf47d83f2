//! The multi-layer perceptron: a flat parameter vector, the forward pass and backpropagation,
//! written once over [`Real`] so that `f64` gives values and gradients and [`Dual`] gives exact
//! Hessian-vector products.

use crate::i18n::Message;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::NnError;
use super::activation::Activation;
use super::data::Dataset;
use super::loss::{Loss, Targets};
use super::real::{Dual, Real};

/// BatchNorm's ε (torch.nn.BatchNorm1d).
pub const BN_EPS: f64 = 1e-5;
/// BatchNorm's running-statistics momentum (torch.nn.BatchNorm1d).
pub const BN_MOMENTUM: f64 = 0.1;

/// The network's shape and objective.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Architecture {
    /// Input features.
    pub inputs: usize,
    /// Width of each hidden layer.
    pub hidden: Vec<usize>,
    /// Outputs (classes, or 1 for regression and BCE).
    pub outputs: usize,
    /// Hidden layers' non-linearity.
    pub activation: Activation,
    /// BatchNorm after each hidden linear layer.
    pub batch_norm: bool,
    /// The loss.
    pub loss: Loss,
    /// L2 penalty (λ/2)·‖W‖² on the weights (not biases or BatchNorm parameters).
    pub weight_decay: f64,
}

/// Where one linear layer's parameters sit in the flat vector: the weights (fan_out × fan_in,
/// row-major), the biases, then BatchNorm's γ and β when it has them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Slots {
    pub(super) fan_in: usize,
    pub(super) fan_out: usize,
    pub(super) weights: usize,
    pub(super) biases: usize,
    pub(super) norm: Option<usize>,
}

/// How the flat parameter vector is laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub(super) layers: Vec<Slots>,
    len: usize,
}

/// What a parameter is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A weight of linear layer `layer`, connecting input `from` to unit `to`.
    Weight {
        /// Layer index (0 is the first hidden layer).
        layer: usize,
        /// Receiving unit.
        to: usize,
        /// Sending unit.
        from: usize,
    },
    /// A bias.
    Bias,
    /// BatchNorm's γ or β.
    Norm,
}

impl Layout {
    fn new(arch: &Architecture) -> Self {
        let widths: Vec<usize> = std::iter::once(arch.inputs)
            .chain(arch.hidden.iter().copied())
            .chain(std::iter::once(arch.outputs))
            .collect();
        let mut at = 0;
        let mut layers = Vec::new();
        for (l, pair) in widths.windows(2).enumerate() {
            let (fan_in, fan_out) = (pair[0], pair[1]);
            let weights = at;
            let biases = weights + fan_in * fan_out;
            at = biases + fan_out;
            let norm = (arch.batch_norm && l < arch.hidden.len()).then(|| {
                let start = at;
                at += 2 * fan_out;
                start
            });
            layers.push(Slots {
                fan_in,
                fan_out,
                weights,
                biases,
                norm,
            });
        }
        Self { layers, len: at }
    }

    /// Number of parameters.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// What parameter `i` is.
    pub fn role(&self, i: usize) -> Role {
        for (layer, s) in self.layers.iter().enumerate() {
            if (s.weights..s.biases).contains(&i) {
                let k = i - s.weights;
                return Role::Weight {
                    layer,
                    to: k / s.fan_in,
                    from: k % s.fan_in,
                };
            }
            if (s.biases..s.biases + s.fan_out).contains(&i) {
                return Role::Bias;
            }
        }
        Role::Norm
    }
}

/// BatchNorm's running mean and (unbiased) variance per hidden layer.
#[derive(Clone, Debug, PartialEq)]
pub struct RunningStats {
    /// Per hidden layer, per unit.
    pub mean: Vec<Vec<f64>>,
    /// Per hidden layer, per unit.
    pub var: Vec<Vec<f64>>,
}

/// Which statistics BatchNorm normalizes with.
#[derive(Clone, Copy, Debug)]
pub enum NormMode<'a> {
    /// The batch's own mean and variance (training).
    Batch,
    /// The running statistics (evaluation).
    Running(&'a RunningStats),
}

/// The result of one pass over a batch.
pub struct Pass<T> {
    /// The loss, including the weight penalty.
    pub loss: T,
    /// ∂loss/∂θ (empty when not asked for).
    pub gradient: Vec<T>,
    /// The outputs, n × outputs.
    pub outputs: Vec<T>,
    /// BatchNorm's batch mean and biased variance per hidden layer (batch mode only).
    pub batch_stats: Vec<(Vec<f64>, Vec<f64>)>,
}

/// One hidden layer's forward values, kept for the backward pass.
struct Cache<T> {
    input: Vec<T>,
    pre_activation: Vec<T>,
    /// ẑ and 1/√(σ² + ε) per unit, with BatchNorm.
    normalized: Option<(Vec<T>, Vec<T>)>,
}

/// The most hidden layers a network has.
pub const MAX_HIDDEN_LAYERS: usize = 16;
/// The widths a hidden layer may have.
pub const HIDDEN_WIDTHS: std::ops::RangeInclusive<usize> = 1..=1024;

/// Refuses hidden layers beyond [`MAX_HIDDEN_LAYERS`] or widths outside [`HIDDEN_WIDTHS`].
pub fn check_hidden(hidden: &[usize]) -> Result<(), NnError> {
    if hidden.len() > MAX_HIDDEN_LAYERS {
        let problem = Message::new("nn-too-many-layers")
            .arg("most", MAX_HIDDEN_LAYERS)
            .arg("count", hidden.len());
        return Err(NnError::Model(problem));
    }
    match hidden.iter().find(|w| !HIDDEN_WIDTHS.contains(w)) {
        Some(w) => Err(NnError::Model(
            Message::new("nn-width-outside")
                .arg("least", HIDDEN_WIDTHS.start())
                .arg("most", HIDDEN_WIDTHS.end())
                .arg("width", w),
        )),
        None => Ok(()),
    }
}

impl Architecture {
    /// The widths from input to output, e.g. `2-16-16-2`.
    pub fn shape(&self) -> String {
        let widths: Vec<String> = std::iter::once(self.inputs)
            .chain(self.hidden.iter().copied())
            .chain(std::iter::once(self.outputs))
            .map(|w| w.to_string())
            .collect();
        widths.join("-")
    }

    /// Refuses shapes that make no network, or a loss that does not fit the outputs.
    pub fn validate(&self) -> Result<(), NnError> {
        let bad = |what: Message| Err(NnError::Model(what));
        if self.inputs == 0 || self.outputs == 0 {
            return bad(Message::new("nn-no-inputs-or-outputs"));
        }
        check_hidden(&self.hidden)?;
        if self.loss == Loss::Bce && self.outputs != 1 {
            return bad(Message::new("nn-bce-outputs"));
        }
        if matches!(self.loss, Loss::Ce | Loss::MseSoftmax) && self.outputs < 2 {
            return bad(Message::new("nn-softmax-outputs"));
        }
        if !(self.weight_decay.is_finite() && self.weight_decay >= 0.0) {
            return bad(Message::new("nn-negative-weight-decay").arg("value", self.weight_decay));
        }
        Ok(())
    }

    /// The parameter layout.
    pub fn layout(&self) -> Layout {
        Layout::new(self)
    }

    /// Loss, outputs and (if `gradient`) ∂loss/∂θ over the examples `x` (n × inputs).
    pub fn pass<T: Real>(
        &self,
        params: &[T],
        x: &[f64],
        targets: &Targets,
        mode: NormMode<'_>,
        gradient: bool,
    ) -> Pass<T> {
        let layout = self.layout();
        let n = targets.len();
        let hidden = self.hidden.len();
        let mut caches: Vec<Cache<T>> = Vec::with_capacity(hidden);
        let mut batch_stats = Vec::new();
        let mut a: Vec<T> = x.iter().map(|&v| T::from(v)).collect();
        for (l, s) in layout.layers.iter().enumerate().take(hidden) {
            let z = linear(params, s, &a, n);
            let (y, normalized) = match s.norm {
                None => (z, None),
                Some(at) => {
                    let (zhat, inv_std, stats) = normalize(&z, n, s.fan_out, mode, l);
                    if let Some(stats) = stats {
                        batch_stats.push(stats);
                    }
                    let mut y = zhat.clone();
                    for (i, v) in y.iter_mut().enumerate() {
                        let o = i % s.fan_out;
                        *v = *v * params[at + o] + params[at + s.fan_out + o];
                    }
                    (y, Some((zhat, inv_std)))
                }
            };
            let next = y.iter().map(|&v| self.activation.value(v)).collect();
            caches.push(Cache {
                input: std::mem::replace(&mut a, next),
                pre_activation: y,
                normalized,
            });
        }
        let last = &layout.layers[hidden];
        let outputs = linear(params, last, &a, n);
        let (mut loss, d_outputs) = self.loss.evaluate(&outputs, self.outputs, targets);
        if self.weight_decay > 0.0 {
            let mut squares = T::from(0.0);
            for s in &layout.layers {
                for &w in &params[s.weights..s.biases] {
                    squares += w * w;
                }
            }
            loss += squares * (0.5 * self.weight_decay);
        }
        let mut pass = Pass {
            loss,
            gradient: Vec::new(),
            outputs,
            batch_stats,
        };
        if !gradient {
            return pass;
        }
        let mut grad = vec![T::from(0.0); layout.len];
        let mut delta = d_outputs;
        delta = linear_backward(params, last, &a, &delta, n, &mut grad);
        for (s, cache) in layout.layers.iter().zip(&caches).rev() {
            let mut dz: Vec<T> = delta
                .iter()
                .zip(&cache.pre_activation)
                .map(|(&d, &y)| d * self.activation.slope(y))
                .collect();
            if let (Some(at), Some((zhat, inv_std))) = (s.norm, &cache.normalized) {
                dz = normalize_backward(
                    params, at, s.fan_out, n, &dz, zhat, inv_std, mode, &mut grad,
                );
            }
            delta = linear_backward(params, s, &cache.input, &dz, n, &mut grad);
        }
        if self.weight_decay > 0.0 {
            for s in &layout.layers {
                for i in s.weights..s.biases {
                    grad[i] += params[i] * self.weight_decay;
                }
            }
        }
        pass.gradient = grad;
        pass
    }
}

/// z = a·Wᵀ + b for n rows.
fn linear<T: Real>(params: &[T], s: &Slots, a: &[T], n: usize) -> Vec<T> {
    let mut z = Vec::with_capacity(n * s.fan_out);
    for i in 0..n {
        let row = &a[i * s.fan_in..(i + 1) * s.fan_in];
        for o in 0..s.fan_out {
            let w = &params[s.weights + o * s.fan_in..s.weights + (o + 1) * s.fan_in];
            let mut v = params[s.biases + o];
            for k in 0..s.fan_in {
                v += row[k] * w[k];
            }
            z.push(v);
        }
    }
    z
}

/// Accumulates ∂/∂W = δᵀ·a and ∂/∂b = Σδ into `grad`; returns ∂/∂a = δ·W.
fn linear_backward<T: Real>(
    params: &[T],
    s: &Slots,
    a: &[T],
    delta: &[T],
    n: usize,
    grad: &mut [T],
) -> Vec<T> {
    let mut d_input = vec![T::from(0.0); n * s.fan_in];
    for i in 0..n {
        let row = &a[i * s.fan_in..(i + 1) * s.fan_in];
        let d_row = &mut d_input[i * s.fan_in..(i + 1) * s.fan_in];
        for o in 0..s.fan_out {
            let d = delta[i * s.fan_out + o];
            grad[s.biases + o] += d;
            let w = s.weights + o * s.fan_in;
            for k in 0..s.fan_in {
                grad[w + k] += d * row[k];
                d_row[k] += d * params[w + k];
            }
        }
    }
    d_input
}

/// ẑ = (z − μ)/√(σ² + ε) per unit, with the batch's statistics or the running ones; also the
/// batch's mean and biased variance (as numbers) in batch mode.
#[allow(clippy::type_complexity)]
fn normalize<T: Real>(
    z: &[T],
    n: usize,
    width: usize,
    mode: NormMode<'_>,
    layer: usize,
) -> (Vec<T>, Vec<T>, Option<(Vec<f64>, Vec<f64>)>) {
    let (mean, inv_std, stats): (Vec<T>, Vec<T>, _) = match mode {
        NormMode::Batch => {
            let inv_n = 1.0 / n as f64;
            let mut mean = vec![T::from(0.0); width];
            for (i, &v) in z.iter().enumerate() {
                mean[i % width] += v * inv_n;
            }
            let mut var = vec![T::from(0.0); width];
            for (i, &v) in z.iter().enumerate() {
                let c = v - mean[i % width];
                var[i % width] += c * c * inv_n;
            }
            let stats = (
                mean.iter().map(|m| m.re()).collect(),
                var.iter().map(|v| v.re()).collect(),
            );
            let inv_std = var
                .iter()
                .map(|&v| T::from(1.0) / (v + BN_EPS).sqrt())
                .collect();
            (mean, inv_std, Some(stats))
        }
        NormMode::Running(running) => (
            running.mean[layer].iter().map(|&m| T::from(m)).collect(),
            running.var[layer]
                .iter()
                .map(|&v| T::from(1.0 / (v + BN_EPS).sqrt()))
                .collect(),
            None,
        ),
    };
    let zhat = z
        .iter()
        .enumerate()
        .map(|(i, &v)| (v - mean[i % width]) * inv_std[i % width])
        .collect();
    (zhat, inv_std, stats)
}

/// Back through y = γ·ẑ + β and the normalization: accumulates ∂/∂γ, ∂/∂β and returns ∂/∂z.
/// With batch statistics, ∂z = (1/√(σ²+ε))·(dẑ − mean(dẑ) − ẑ·mean(dẑ·ẑ)) per unit.
#[allow(clippy::too_many_arguments)]
fn normalize_backward<T: Real>(
    params: &[T],
    at: usize,
    width: usize,
    n: usize,
    dy: &[T],
    zhat: &[T],
    inv_std: &[T],
    mode: NormMode<'_>,
    grad: &mut [T],
) -> Vec<T> {
    let mut dzhat = Vec::with_capacity(dy.len());
    for (i, (&d, &h)) in dy.iter().zip(zhat).enumerate() {
        let o = i % width;
        grad[at + o] += d * h;
        grad[at + width + o] += d;
        dzhat.push(d * params[at + o]);
    }
    match mode {
        NormMode::Running(_) => dzhat
            .iter()
            .enumerate()
            .map(|(i, &d)| d * inv_std[i % width])
            .collect(),
        NormMode::Batch => {
            let inv_n = 1.0 / n as f64;
            let mut mean_d = vec![T::from(0.0); width];
            let mut mean_dh = vec![T::from(0.0); width];
            for (i, (&d, &h)) in dzhat.iter().zip(zhat).enumerate() {
                mean_d[i % width] += d * inv_n;
                mean_dh[i % width] += d * h * inv_n;
            }
            dzhat
                .iter()
                .zip(zhat)
                .enumerate()
                .map(|(i, (&d, &h))| {
                    let o = i % width;
                    (d - mean_d[o] - h * mean_dh[o]) * inv_std[o]
                })
                .collect()
        }
    }
}

/// Input features shifted and scaled to mean 0 and variance 1 (fitted on the training set).
#[derive(Clone, Debug, PartialEq)]
pub struct Scaler {
    /// Per feature.
    pub mean: Vec<f64>,
    /// Per feature (1 where a feature is constant).
    pub std: Vec<f64>,
}

impl Scaler {
    /// Fits the scaler to `data`.
    pub fn fit(data: &Dataset) -> Self {
        let d = data.features;
        let n = data.len().max(1) as f64;
        let mut mean = vec![0.0; d];
        for (i, v) in data.x.iter().enumerate() {
            mean[i % d] += v / n;
        }
        let mut var = vec![0.0; d];
        for (i, v) in data.x.iter().enumerate() {
            var[i % d] += (v - mean[i % d]).powi(2) / n;
        }
        let std = var
            .into_iter()
            .map(|v| if v > 0.0 { v.sqrt() } else { 1.0 })
            .collect();
        Self { mean, std }
    }

    /// The features of `x` (rows of the fitted width), scaled.
    pub fn apply(&self, x: &[f64]) -> Vec<f64> {
        let d = self.mean.len();
        x.iter()
            .enumerate()
            .map(|(i, v)| (v - self.mean[i % d]) / self.std[i % d])
            .collect()
    }
}

/// A network with its parameters, BatchNorm statistics and optional input scaling.
#[derive(Clone, Debug, PartialEq)]
pub struct Mlp {
    /// Shape and objective.
    pub arch: Architecture,
    /// θ.
    pub params: Vec<f64>,
    /// BatchNorm's running statistics (mean 0, variance 1 at the start, as torch).
    pub running: RunningStats,
    /// Input normalization, when on.
    pub scaler: Option<Scaler>,
}

impl Mlp {
    /// A network initialized like torch's `nn.Linear` (weights and biases uniform in
    /// ±1/√fan_in), BatchNorm γ = 1, β = 0.
    pub fn new(arch: Architecture, seed: u64) -> Result<Self, NnError> {
        arch.validate()?;
        let layout = arch.layout();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut params = vec![0.0; layout.len()];
        for s in &layout.layers {
            let bound = 1.0 / (s.fan_in as f64).sqrt();
            for p in &mut params[s.weights..s.biases + s.fan_out] {
                *p = rng.random_range(-bound..bound);
            }
            if let Some(at) = s.norm {
                params[at..at + s.fan_out].fill(1.0);
            }
        }
        let running = RunningStats {
            mean: arch.hidden.iter().map(|&w| vec![0.0; w]).collect(),
            var: arch.hidden.iter().map(|&w| vec![1.0; w]).collect(),
        };
        Ok(Self {
            arch,
            params,
            running,
            scaler: None,
        })
    }

    /// The features the network sees: scaled when input normalization is on.
    pub fn inputs(&self, data: &Dataset) -> Vec<f64> {
        match &self.scaler {
            Some(s) => s.apply(&data.x),
            None => data.x.clone(),
        }
    }

    /// Loss and gradient at `params` over `data`, normalizing with `mode`: by matrix products
    /// without BatchNorm, example by example with it.
    pub fn loss_and_gradient(
        &self,
        params: &[f64],
        data: &Dataset,
        mode: NormMode<'_>,
    ) -> Pass<f64> {
        let inputs = self.inputs(data);
        self.arch
            .pass_by_products(params, &inputs, &data.targets)
            .unwrap_or_else(|| self.arch.pass(params, &inputs, &data.targets, mode, true))
    }

    /// The loss at `params` over `data` in evaluation mode (running statistics).
    pub fn loss_at(&self, params: &[f64], data: &Dataset) -> f64 {
        let mode = NormMode::Running(&self.running);
        self.arch
            .pass(params, &self.inputs(data), &data.targets, mode, false)
            .loss
    }

    /// H·v at `params` over `data`, exactly: the backward pass on dual numbers seeded with v.
    pub fn hessian_vector(
        &self,
        params: &[f64],
        v: &[f64],
        data: &Dataset,
        mode: NormMode<'_>,
    ) -> Vec<f64> {
        let seeded: Vec<Dual> = params
            .iter()
            .zip(v)
            .map(|(&p, &e)| Dual::new(p, e))
            .collect();
        let pass = self
            .arch
            .pass(&seeded, &self.inputs(data), &data.targets, mode, true);
        pass.gradient.iter().map(|g| g.eps).collect()
    }

    /// Share of `data` classified correctly in evaluation mode (`None` for regression).
    pub fn accuracy(&self, data: &Dataset) -> Option<f64> {
        self.accuracy_in(data, NormMode::Running(&self.running))
    }

    /// The outputs at the points `x` (row-major, `arch.inputs` features each) in evaluation
    /// mode, `arch.outputs` per point.
    pub fn predict(&self, x: Vec<f64>) -> Vec<f64> {
        let n = x.len() / self.arch.inputs.max(1);
        let points = Dataset {
            features: self.arch.inputs,
            x,
            // Any targets of any loss do: only the outputs are kept.
            targets: Targets::Classes(vec![0; n]),
            classes: 1,
        };
        let mode = NormMode::Running(&self.running);
        (self.arch)
            .pass(
                &self.params,
                &self.inputs(&points),
                &points.targets,
                mode,
                false,
            )
            .outputs
    }

    /// The prediction of a one-feature, one-output network at `points` evenly spaced points of
    /// `[x0, x1]`, as (x, y) pairs.
    pub fn curve(&self, [x0, x1]: [f64; 2], points: usize) -> Vec<[f64; 2]> {
        let x: Vec<f64> = (0..points)
            .map(|i| x0 + (x1 - x0) * i as f64 / (points.max(2) - 1) as f64)
            .collect();
        let y = self.predict(x.clone());
        x.into_iter().zip(y).map(|(x, y)| [x, y]).collect()
    }

    /// Share of `data` classified correctly, BatchNorm normalizing with `mode` (`None` for
    /// regression).
    pub fn accuracy_in(&self, data: &Dataset, mode: NormMode<'_>) -> Option<f64> {
        let Targets::Classes(classes) = &data.targets else {
            return None;
        };
        let outputs = self
            .arch
            .pass(&self.params, &self.inputs(data), &data.targets, mode, false)
            .outputs;
        let k = self.arch.outputs;
        let correct = classes
            .iter()
            .enumerate()
            .filter(|&(i, &c)| {
                let row = &outputs[i * k..(i + 1) * k];
                let predicted = if k == 1 {
                    usize::from(row[0] > 0.0)
                } else {
                    (0..k)
                        .max_by(|&a, &b| row[a].total_cmp(&row[b]))
                        .unwrap_or(0)
                };
                predicted == c
            })
            .count();
        Some(correct as f64 / classes.len().max(1) as f64)
    }

    /// Folds one training batch's statistics into the running ones, as torch does: the
    /// variance is the unbiased one, momentum 0.1.
    pub fn update_running(&mut self, stats: &[(Vec<f64>, Vec<f64>)], batch: usize) {
        let unbias = batch as f64 / (batch.max(2) - 1) as f64;
        for (l, (mean, var)) in stats.iter().enumerate() {
            for o in 0..mean.len() {
                let m = &mut self.running.mean[l][o];
                *m = (1.0 - BN_MOMENTUM) * *m + BN_MOMENTUM * mean[o];
                let v = &mut self.running.var[l][o];
                *v = (1.0 - BN_MOMENTUM) * *v + BN_MOMENTUM * var[o] * unbias;
            }
        }
    }
}

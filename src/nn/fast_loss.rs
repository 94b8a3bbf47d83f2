//! The loss of one network on one data set at many parameter vectors, fast: evaluation-mode
//! forward passes in f32 with SIMD, each tile of points carried through every layer while it
//! sits in registers and L1 cache. Loss slices use it; it agrees with the f64 pass to about
//! 10⁻⁶ relative (tested).
//!
//! Along a line of parameter vectors θ₀ + k·δ (a row of a slice), the first layer's
//! pre-activations move by a fixed step per point, z_k = z₀ + k·g, so e^{cz} is carried from
//! point to point by one multiplication (see [`Line`]) instead of evaluating tanh or the
//! logistic function afresh.

use pulp::{Arch, Simd, WithSimd};

use super::activation::Activation;
use super::loss::{Loss, Targets};
use super::model::{BN_EPS, Layout, Mlp};
use super::simd_math::{exp, ln, sigmoid, tanh};

/// Points per tile, in SIMD vectors.
const TILE_VECTORS: usize = 4;
/// Units computed together: a block of the weight matrix's rows against the tile (the last
/// block may hold fewer).
const BLOCK_UNITS: usize = 3;
/// The widest SIMD vector in f32 lanes (AVX-512); the data is padded to whole tiles of it.
const MAX_LANES: usize = 16;

/// A network and its data, laid out for [`FastLoss::loss`].
#[derive(Clone, Debug)]
pub struct FastLoss {
    model: Mlp,
    layout: Layout,
    /// Examples.
    n: usize,
    /// Examples rounded up to whole tiles.
    padded: usize,
    /// The (scaled) features, feature-major: `features × padded`.
    x: Vec<f32>,
    /// What each output is compared with, output-major: one-hot classes, values, or the 0/1
    /// label of BCE.
    targets: Vec<f32>,
    /// 1 for an example, 0 for padding.
    mask: Vec<f32>,
}

/// One linear layer at a parameter vector, f32, with BatchNorm folded in. The weights are packed
/// by blocks of units (see [`Dense::row_of`]): each block's `inputs × units` weights lie
/// together, input-major, in the order [`block`] reads them.
#[derive(Default)]
struct Dense<T = f32> {
    inputs: usize,
    outputs: usize,
    weights: Vec<T>,
    bias: Vec<T>,
}

impl<T> Dense<T> {
    /// Where the weights into `unit` are packed, as the place of the first one and the stride:
    /// blocks of [`BLOCK_UNITS`] units, the last one of those left over.
    fn row_of(&self, unit: usize) -> (usize, usize) {
        let first = unit - unit % BLOCK_UNITS;
        let units = BLOCK_UNITS.min(self.outputs - first);
        (first * self.inputs + unit - first, units)
    }
}

impl FastLoss {
    /// Prepares `model` on `data`, or `None` for GELU networks (the f64 pass serves those).
    pub fn new(model: &Mlp, data: &super::Dataset) -> Option<Self> {
        if model.arch.activation == Activation::Gelu {
            return None;
        }
        let n = data.len();
        let tile = TILE_VECTORS * MAX_LANES;
        let padded = n.div_ceil(tile).max(1) * tile;
        let features = model.arch.inputs;
        let inputs = model.inputs(data);
        let mut x = vec![0.0f32; features * padded];
        for (i, row) in inputs.chunks_exact(features).enumerate() {
            for (f, &v) in row.iter().enumerate() {
                x[f * padded + i] = v as f32;
            }
        }
        let outputs = model.arch.outputs;
        let mut targets = vec![0.0f32; outputs * padded];
        for i in 0..n {
            for j in 0..outputs {
                targets[j * padded + i] = match (&data.targets, model.arch.loss) {
                    (Targets::Classes(c), Loss::Bce) => f32::from(u8::from(c[i] == 1)),
                    (Targets::Classes(c), _) => f32::from(u8::from(c[i] == j)),
                    (Targets::Values(v), _) => v[i] as f32,
                };
            }
        }
        let mask = (0..padded).map(|i| f32::from(u8::from(i < n))).collect();
        Some(Self {
            model: model.clone(),
            layout: model.arch.layout(),
            n,
            padded,
            x,
            targets,
            mask,
        })
    }

    /// The mean loss (with the weight penalty) at `params`, BatchNorm in eval mode.
    pub fn loss(&self, params: &[f64]) -> f64 {
        self.loss_in(params, &mut Workspace::default())
    }

    /// [`FastLoss::loss`], reusing `workspace`'s buffers (one per thread across many calls).
    pub fn loss_in(&self, params: &[f64], workspace: &mut Workspace) -> f64 {
        self.fold(params, &mut workspace.folded);
        round(&workspace.folded, &mut workspace.layers);
        self.mean_loss(workspace, None) + self.penalty(params)
    }

    /// A line of parameter vectors with the step `step` between neighbours, prepared for
    /// [`FastLoss::losses_along`].
    pub fn line(&self, step: &[f64]) -> Line {
        let mut line = Line {
            step: step.to_vec(),
            folded_step: None,
            growth: Vec::new(),
            every: RESTART_EVERY,
            exponent: None,
        };
        if self.layout.layers.iter().all(|s| s.norm.is_none()) {
            let mut folded = Vec::new();
            self.fold(step, &mut folded);
            line.folded_step = Some(folded);
        }
        let (Some(slots), Some(exponent)) = (self.layout.layers.first(), self.first_exponent())
        else {
            return line;
        };
        let units = slots.fan_out;
        let features = self.model.arch.inputs;
        line.growth.resize(units * self.padded, 1.0);
        let mut widest = 0.0f64;
        for o in 0..slots.fan_out {
            let weights = &step[slots.weights + o * features..slots.weights + (o + 1) * features];
            for i in 0..self.padded {
                let g = step[slots.biases + o]
                    + (0..features)
                        .map(|f| weights[f] * f64::from(self.x[f * self.padded + i]))
                        .sum::<f64>();
                let move_by = f64::from(exponent) * g;
                widest = widest.max(move_by.abs());
                line.growth[power_at(units, o, i)] = move_by.exp() as f32;
            }
        }
        let steps = (WINDOW_SPAN / widest).floor();
        if steps.is_finite() {
            line.every = (steps as usize).clamp(1, RESTART_EVERY);
        }
        line.exponent = Some(exponent);
        line
    }

    /// The losses at `start + k·step` for k in `0..count` along `line`, as
    /// [`FastLoss::loss_in`] gives them at each point but faster when the first layer can go by
    /// powers (see [`Line`]).
    pub fn losses_along(
        &self,
        line: &Line,
        start: &[f64],
        count: usize,
        workspace: &mut Workspace,
    ) -> Vec<f64> {
        let mut params = Vec::new();
        if line.folded_step.is_some() {
            self.fold(start, &mut workspace.folded);
        }
        (0..count)
            .map(|k| {
                let k_step = k as f64;
                let penalty = match &line.folded_step {
                    Some(step) => {
                        let squares = along(&workspace.folded, step, k_step, &mut workspace.layers);
                        0.5 * self.model.arch.weight_decay * squares
                    }
                    None => {
                        params.clear();
                        params.extend(start.iter().zip(&line.step).map(|(a, d)| a + k_step * d));
                        self.fold(&params, &mut workspace.folded);
                        round(&workspace.folded, &mut workspace.layers);
                        self.penalty(&params)
                    }
                };
                let first = line.exponent.map(|exponent| FirstByPowers {
                    growth: &line.growth,
                    restart: k % line.every == 0,
                    exponent,
                });
                self.mean_loss(workspace, first) + penalty
            })
            .collect()
    }

    /// c of e^{cz} when the first layer can go by powers (see [`Line`]): 2 for tanh, 1 for
    /// the logistic function; `None` for other activations (ReLU is cheap anyway), a first
    /// layer with BatchNorm (its scale γ/σ moves with the parameters, so z is not linear along
    /// the line) or a network without hidden layers.
    fn first_exponent(&self) -> Option<f32> {
        let first = self.layout.layers.first()?;
        if self.layout.layers.len() < 2 || first.norm.is_some() {
            return None;
        }
        match self.model.arch.activation {
            Activation::Tanh => Some(2.0),
            Activation::Sigmoid => Some(1.0),
            Activation::Relu | Activation::Gelu | Activation::Identity => None,
        }
    }

    /// The mean loss of the layers in `workspace` (without the weight penalty); the first
    /// layer by powers when `first` says so.
    fn mean_loss(&self, workspace: &mut Workspace, first: Option<FirstByPowers>) -> f64 {
        let widest = workspace
            .layers
            .iter()
            .map(|l| l.outputs)
            .chain([self.model.arch.inputs])
            .max()
            .unwrap_or(0);
        for buffer in [&mut workspace.a, &mut workspace.b] {
            buffer.resize(widest * TILE_VECTORS * MAX_LANES, 0.0);
        }
        if let Some(first) = &first {
            workspace.powers.resize(first.growth.len(), 1.0);
        }
        let data = Arch::new().dispatch(Forward {
            fast: self,
            workspace,
            first,
        });
        data / self.n.max(1) as f64
    }

    /// The weight penalty at `params`.
    fn penalty(&self, params: &[f64]) -> f64 {
        let decay = self.model.arch.weight_decay;
        if decay == 0.0 {
            return 0.0;
        }
        let squares: f64 = (self.layout.layers.iter())
            .flat_map(|s| &params[s.weights..s.biases])
            .map(|w| w * w)
            .sum();
        0.5 * decay * squares
    }

    /// The layers at `params` into `layers`, BatchNorm's eval-mode affine map
    /// y = γ(z − μ)/√(σ² + ε) + β folded into the weights and biases. Linear in `params`
    /// without BatchNorm.
    fn fold(&self, params: &[f64], layers: &mut Vec<Dense<f64>>) {
        let mut inputs = self.model.arch.inputs;
        layers.resize_with(self.layout.layers.len(), Dense::default);
        for (l, (s, layer)) in self.layout.layers.iter().zip(layers.iter_mut()).enumerate() {
            let outputs = s.fan_out;
            layer.inputs = inputs;
            layer.outputs = outputs;
            layer.weights.clear();
            layer.weights.resize(inputs * outputs, 0.0);
            layer.bias.clear();
            layer.bias.resize(outputs, 0.0);
            for o in 0..s.fan_out {
                let (scale, shift) = match s.norm {
                    Some(at) => {
                        let running = &self.model.running;
                        let scale = params[at + o] / (running.var[l][o] + BN_EPS).sqrt();
                        let shift = params[at + s.fan_out + o] - scale * running.mean[l][o];
                        (scale, shift)
                    }
                    None => (1.0, 0.0),
                };
                let row = &params[s.weights + o * s.fan_in..s.weights + (o + 1) * s.fan_in];
                let (start, stride) = layer.row_of(o);
                for (packed, &w) in layer.weights[start..].iter_mut().step_by(stride).zip(row) {
                    *packed = scale * w;
                }
                layer.bias[o] = scale * params[s.biases + o] + shift;
            }
            inputs = outputs;
        }
    }
}

/// The folded layers `folded` in f32, into `layers`.
fn round(folded: &[Dense<f64>], layers: &mut Vec<Dense>) {
    shape_like(folded, layers);
    for (from, to) in folded.iter().zip(layers) {
        for (a, b) in [(&from.weights, &mut to.weights), (&from.bias, &mut to.bias)] {
            for (value, rounded) in a.iter().zip(b.iter_mut()) {
                *rounded = *value as f32;
            }
        }
    }
}

/// The folded layers at `start + k·step` in f32, into `layers` (folding being linear without
/// BatchNorm); returns the sum of the squared weights, for the weight penalty.
fn along(start: &[Dense<f64>], step: &[Dense<f64>], k: f64, layers: &mut Vec<Dense>) -> f64 {
    shape_like(start, layers);
    let mut squares = 0.0;
    for ((from, by), to) in start.iter().zip(step).zip(layers) {
        for ((value, delta), rounded) in from.weights.iter().zip(&by.weights).zip(&mut to.weights) {
            let weight = value + k * delta;
            squares += weight * weight;
            *rounded = weight as f32;
        }
        for ((value, delta), rounded) in from.bias.iter().zip(&by.bias).zip(&mut to.bias) {
            *rounded = (value + k * delta) as f32;
        }
    }
    squares
}

/// `layers` sized like `folded`.
fn shape_like(folded: &[Dense<f64>], layers: &mut Vec<Dense>) {
    layers.resize_with(folded.len(), Dense::default);
    for (from, to) in folded.iter().zip(layers) {
        to.inputs = from.inputs;
        to.outputs = from.outputs;
        to.weights.resize(from.weights.len(), 0.0);
        to.bias.resize(from.bias.len(), 0.0);
    }
}

/// Buffers for [`FastLoss::loss_in`]: the folded layers in f64 and f32, two tiles of
/// activations and the
/// first layer's powers e^{cz} along a [`Line`] (laid out by [`power_at`]).
#[derive(Default)]
pub struct Workspace {
    folded: Vec<Dense<f64>>,
    layers: Vec<Dense>,
    a: Vec<f32>,
    b: Vec<f32>,
    powers: Vec<f32>,
}

/// How far c·z may move within one window of powers: a window that starts clamped at
/// ±[`RESTART_LIMIT`] stays beyond ±20, where tanh and the logistic function are 0 or ±1 in f32
/// (within 4·10⁻⁹), so the clamp changes nothing that is seen.
const WINDOW_SPAN: f64 = 40.0;
/// Where c·z is clamped when the powers restart from e^{cz}.
const RESTART_LIMIT: f32 = 60.0;
/// The longest window: after 7 products with f32 roundings (each ≤ 6·10⁻⁸ relative, the
/// growth factor's own rounding included) and the 3·10⁻⁷ of the restart's exp, e^{cz} is
/// within 1.2·10⁻⁶ relative, so the activation within 6·10⁻⁷ absolute, like the direct tanh's
/// 5·10⁻⁷.
const RESTART_EVERY: usize = 8;

/// A line of parameter vectors θ₀ + k·δ (a row of a slice). Along it the first layer's
/// pre-activations move by a fixed step g per point, z_k = z₀ + k·g, so its powers e^{cz}
/// (c = 2 for tanh, 1 for the logistic function) go from one point to the next by one
/// multiplication with the growth factor e^{c·g}, recomputed from z every few points; the
/// activation is then 1 − c/(1 + e^{cz}), which is tanh z for c = 2 and 1/(1 + e^{−z}) for
/// c = 1, and ±1 or 0 where the power overflows or underflows. That replaces a third of the
/// work of a 2-32-32-2 tanh network.
pub struct Line {
    /// δ.
    step: Vec<f64>,
    /// δ folded into layers, when no layer has BatchNorm: the layers at θ₀ + k·δ are then
    /// those at θ₀ plus k times these.
    folded_step: Option<Vec<Dense<f64>>>,
    /// e^{c·g} for every first-layer unit and example, laid out like the powers.
    growth: Vec<f32>,
    /// The powers restart every this many points: each window moves c·z by at most
    /// [`WINDOW_SPAN`].
    every: usize,
    /// c, or `None` when the first layer goes by [`dense`] (see `FastLoss::first_exponent`).
    exponent: Option<f32>,
}

/// Where the power of first-layer unit `unit` (of `units`) for example `example` lies: by
/// whole tiles of the widest SIMD vectors, unit-major within a tile, so that one tile's powers
/// lie together (a stride of all examples between units would put them in the same cache
/// sets).
fn power_at(units: usize, unit: usize, example: usize) -> usize {
    let tile = TILE_VECTORS * MAX_LANES;
    (example / tile * units + unit) * tile + example % tile
}

/// The first layer by powers at one point of a [`Line`].
#[derive(Clone, Copy)]
struct FirstByPowers<'a> {
    growth: &'a [f32],
    /// Recompute the powers from the pre-activations (rather than advance them).
    restart: bool,
    /// c.
    exponent: f32,
}

/// The summed loss over every example, one tile at a time.
struct Forward<'a> {
    fast: &'a FastLoss,
    workspace: &'a mut Workspace,
    /// The first layer by powers rather than by [`dense`].
    first: Option<FirstByPowers<'a>>,
}

impl WithSimd for Forward<'_> {
    type Output = f64;

    #[inline(always)]
    fn with_simd<S: Simd>(self, s: S) -> f64 {
        let Forward {
            fast,
            workspace,
            first,
        } = self;
        let Workspace {
            layers,
            a,
            b,
            powers,
            ..
        } = workspace;
        let arch = &fast.model.arch;
        let tile = TILE_VECTORS * S::F32_LANES;
        let mut total = 0.0;
        for start in (0..fast.padded).step_by(tile) {
            for f in 0..arch.inputs {
                let from = f * fast.padded + start;
                a[f * tile..(f + 1) * tile].copy_from_slice(&fast.x[from..from + tile]);
            }
            for (l, layer) in layers.iter().enumerate() {
                let (input, _) = S::as_simd_f32s(&a[..layer.inputs * tile]);
                let (output, _) = S::as_mut_simd_f32s(&mut b[..layer.outputs * tile]);
                let activation = if l + 1 < layers.len() {
                    arch.activation
                } else {
                    Activation::Identity
                };
                match first {
                    Some(first) if l == 0 => {
                        let examples = start..start + tile;
                        first_layer(s, layer, first, powers, examples, input, output);
                    }
                    _ => dense(s, layer, activation, input, output),
                }
                std::mem::swap(a, b);
            }
            let (outputs, _) = S::as_simd_f32s(&a[..arch.outputs * tile]);
            let mut sum = s.splat_f32s(0.0);
            for v in 0..TILE_VECTORS {
                let at = start + v * S::F32_LANES;
                let loss = example_loss(
                    s,
                    arch.loss,
                    arch.outputs,
                    &outputs[v..],
                    &fast.targets[at..],
                    fast.padded,
                );
                sum = s.mul_add_e_f32s(loss, lanes(s, &fast.mask, at), sum);
            }
            total += f64::from(s.reduce_sum_f32s(sum));
        }
        total
    }
}

/// output = σ(input·W + b) for a tile (σ the identity for the output layer), in blocks of
/// units.
#[inline(always)]
fn dense<S: Simd>(
    s: S,
    layer: &Dense,
    activation: Activation,
    input: &[S::f32s],
    output: &mut [S::f32s],
) {
    let mut first = 0;
    while first + BLOCK_UNITS <= layer.outputs {
        block::<S, BLOCK_UNITS>(s, layer, first, activation, input, output);
        first += BLOCK_UNITS;
    }
    match layer.outputs - first {
        2 => block::<S, 2>(s, layer, first, activation, input, output),
        1 => block::<S, 1>(s, layer, first, activation, input, output),
        _ => {}
    }
}

/// The first layer's output for the tile of examples `examples` by powers (see [`Line`]).
#[inline(always)]
fn first_layer<S: Simd>(
    s: S,
    layer: &Dense,
    first: FirstByPowers,
    powers: &mut [f32],
    examples: std::ops::Range<usize>,
    input: &[S::f32s],
    output: &mut [S::f32s],
) {
    if first.restart {
        dense(s, layer, Activation::Identity, input, output);
    }
    let c = s.splat_f32s(first.exponent);
    let one = s.splat_f32s(1.0);
    let (low, high) = (s.splat_f32s(-RESTART_LIMIT), s.splat_f32s(RESTART_LIMIT));
    for (o, out) in output[..layer.outputs * TILE_VECTORS]
        .chunks_exact_mut(TILE_VECTORS)
        .enumerate()
    {
        let at = power_at(layer.outputs, o, examples.start);
        let from = at..at + examples.len();
        let (power, _) = S::as_mut_simd_f32s(&mut powers[from.clone()]);
        let (growth, _) = S::as_simd_f32s(&first.growth[from]);
        for v in 0..TILE_VECTORS {
            let u = if first.restart {
                let cz = s.mul_f32s(c, out[v]);
                exp(s, s.min_f32s(s.max_f32s(cz, low), high))
            } else {
                s.mul_f32s(power[v], growth[v])
            };
            power[v] = u;
            out[v] = s.sub_f32s(one, s.div_f32s(c, s.add_f32s(one, u)));
        }
    }
}

/// Units `first..first + R` of [`dense`]: accumulated in registers against the tile's vectors,
/// σ applied before they are stored.
#[inline(always)]
fn block<S: Simd, const R: usize>(
    s: S,
    layer: &Dense,
    first: usize,
    activation: Activation,
    input: &[S::f32s],
    output: &mut [S::f32s],
) {
    let mut acc = [[s.splat_f32s(0.0); TILE_VECTORS]; R];
    for (r, row) in acc.iter_mut().enumerate() {
        *row = [s.splat_f32s(layer.bias[first + r]); TILE_VECTORS];
    }
    let packed = &layer.weights[first * layer.inputs..(first + R) * layer.inputs];
    let (weights, _) = packed.as_chunks::<R>();
    let (tile, _) = input.as_chunks::<TILE_VECTORS>();
    for (w, a) in weights.iter().zip(tile) {
        let mut broadcast = [s.splat_f32s(0.0); R];
        for r in 0..R {
            broadcast[r] = s.splat_f32s(w[r]);
        }
        for v in 0..TILE_VECTORS {
            for r in 0..R {
                acc[r][v] = s.mul_add_e_f32s(broadcast[r], a[v], acc[r][v]);
            }
        }
    }
    for (r, row) in acc.iter().enumerate() {
        let at = (first + r) * TILE_VECTORS;
        output[at..at + TILE_VECTORS].copy_from_slice(&activate(s, activation, *row));
    }
}

/// The non-linearity on `N` vectors (GELU never reaches here).
#[inline(always)]
fn activate<S: Simd, const N: usize>(
    s: S,
    activation: Activation,
    values: [S::f32s; N],
) -> [S::f32s; N] {
    match activation {
        Activation::Identity | Activation::Gelu => values,
        Activation::Relu => {
            let mut values = values;
            for v in &mut values {
                *v = s.max_f32s(*v, s.splat_f32s(0.0));
            }
            values
        }
        Activation::Tanh => tanh(s, values),
        Activation::Sigmoid => sigmoid(s, values),
    }
}

/// One vector of examples' losses (see [`Loss`]): output j of the vector is
/// `outputs[j·TILE_VECTORS]`, its target `targets[j·padded]`.
#[inline(always)]
fn example_loss<S: Simd>(
    s: S,
    loss: Loss,
    k: usize,
    outputs: &[S::f32s],
    targets: &[f32],
    padded: usize,
) -> S::f32s {
    let zero = s.splat_f32s(0.0);
    let per_output = s.splat_f32s(1.0 / k as f32);
    let largest = {
        let mut m = outputs[0];
        for j in 1..k {
            m = s.max_f32s(m, outputs[j * TILE_VECTORS]);
        }
        m
    };
    let mut shifted_sum = zero;
    if matches!(loss, Loss::Ce | Loss::MseSoftmax) {
        for j in 0..k {
            shifted_sum = s.add_f32s(
                shifted_sum,
                exp(s, s.sub_f32s(outputs[j * TILE_VECTORS], largest)),
            );
        }
    }
    let mut total = zero;
    match loss {
        Loss::Mse => {
            for j in 0..k {
                let e = s.sub_f32s(outputs[j * TILE_VECTORS], lanes(s, targets, j * padded));
                total = s.mul_add_e_f32s(s.mul_f32s(e, e), per_output, total);
            }
        }
        Loss::MseSoftmax => {
            let inverse = s.div_f32s(s.splat_f32s(1.0), shifted_sum);
            for j in 0..k {
                let p = s.mul_f32s(
                    exp(s, s.sub_f32s(outputs[j * TILE_VECTORS], largest)),
                    inverse,
                );
                let e = s.sub_f32s(p, lanes(s, targets, j * padded));
                total = s.mul_add_e_f32s(s.mul_f32s(e, e), per_output, total);
            }
        }
        Loss::Ce => {
            total = s.add_f32s(largest, ln(s, shifted_sum));
            for j in 0..k {
                total = s.sub_f32s(
                    total,
                    s.mul_f32s(lanes(s, targets, j * padded), outputs[j * TILE_VECTORS]),
                );
            }
        }
        Loss::Bce => {
            // softplus(o) − y·o with softplus(o) = max(o, 0) + ln(1 + e^−|o|).
            let o = outputs[0];
            let tail = exp(s, s.neg_f32s(s.abs_f32s(o)));
            let softplus = s.add_f32s(
                s.max_f32s(o, zero),
                ln(s, s.add_f32s(tail, s.splat_f32s(1.0))),
            );
            total = s.sub_f32s(softplus, s.mul_f32s(lanes(s, targets, 0), o));
        }
    }
    total
}

/// The vector of values starting at `at`.
#[inline(always)]
fn lanes<S: Simd>(_: S, values: &[f32], at: usize) -> S::f32s {
    S::as_simd_f32s(&values[at..at + S::F32_LANES]).0[0]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::test_cases::{Case, cases, small};
    use crate::nn::{Dataset, filter_normalized};

    /// The fast loss against the f64 pass at points around θ₀.
    fn agrees(case: &Case) {
        let (mut model, data) = case.fitted(75, 3);
        // Running statistics away from (0, 1), so that folding BatchNorm is exercised.
        for (l, (mean, var)) in model
            .running
            .mean
            .iter_mut()
            .zip(&mut model.running.var)
            .enumerate()
        {
            for (o, (m, v)) in mean.iter_mut().zip(var.iter_mut()).enumerate() {
                *m = 0.1 * (o as f64) - 0.2 * l as f64;
                *v = 0.5 + 0.05 * o as f64;
            }
        }
        let fast = FastLoss::new(&model, &data).expect("supported");
        let [d1, d2] = filter_normalized(&model, 1);
        for (a, b) in [(0.0, 0.0), (0.7, -0.3), (-1.2, 0.9)] {
            let params: Vec<f64> = (0..model.params.len())
                .map(|i| model.params[i] + a * d1[i] + b * d2[i])
                .collect();
            let reference = model.loss_at(&params, &data);
            let value = fast.loss(&params);
            assert!(
                (value - reference).abs() <= 2e-6 * reference.abs().max(1.0),
                "{:?} at ({a}, {b}): {value} vs {reference}",
                case.arch
            );
        }
    }

    #[test]
    fn fast_loss_matches_the_f64_pass() {
        for case in cases() {
            if case.arch.activation != Activation::Gelu {
                agrees(&case);
            }
        }
    }

    /// The losses along the line `start + k·step` against the f64 pass at each point.
    fn agrees_along(model: &Mlp, data: &Dataset, line: &Line, start: &[f64], count: usize) {
        let fast = FastLoss::new(model, data).expect("supported");
        let losses = fast.losses_along(line, start, count, &mut Workspace::default());
        assert_eq!(losses.len(), count);
        for (k, value) in losses.into_iter().enumerate() {
            let params: Vec<f64> = start
                .iter()
                .zip(&line.step)
                .map(|(a, d)| a + k as f64 * d)
                .collect();
            let reference = model.loss_at(&params, data);
            assert!(
                (value - reference).abs() <= 2e-6 * reference.abs().max(1.0),
                "{:?}, point {k}: {value} vs {reference}",
                model.arch
            );
        }
    }

    #[test]
    fn losses_along_a_line_match_the_f64_pass() {
        for case in cases() {
            if case.arch.activation == Activation::Gelu {
                continue;
            }
            let (model, data) = case.fitted(75, 3);
            let [d1, d2] = filter_normalized(&model, 1);
            let start: Vec<f64> = (0..model.params.len())
                .map(|i| model.params[i] - 1.2 * d1[i] + 0.4 * d2[i])
                .collect();
            let step: Vec<f64> = d1.iter().map(|d| 0.1 * d).collect();
            let fast = FastLoss::new(&model, &data).expect("supported");
            let line = fast.line(&step);
            let by_powers = matches!(case.arch.activation, Activation::Tanh | Activation::Sigmoid)
                && !case.arch.batch_norm
                && !case.arch.hidden.is_empty();
            assert_eq!(line.exponent.is_some(), by_powers, "{:?}", case.arch);
            agrees_along(&model, &data, &line, &start, 25);
        }
    }

    /// The first layer at the points `start + k·step` of `line`, by powers and directly
    /// ([`dense`]): the largest difference of an activation.
    struct FirstLayerAlong<'a> {
        fast: &'a FastLoss,
        line: &'a Line,
        start: &'a [f64],
        count: usize,
    }

    impl WithSimd for FirstLayerAlong<'_> {
        type Output = f32;

        #[inline(always)]
        fn with_simd<S: Simd>(self, s: S) -> f32 {
            let FirstLayerAlong {
                fast,
                line,
                start,
                count,
            } = self;
            let exponent = line.exponent.expect("a first layer by powers");
            let tile = TILE_VECTORS * S::F32_LANES;
            let (mut folded, mut layers) = (Vec::new(), Vec::new());
            let mut powers = vec![1.0; line.growth.len()];
            let mut largest = 0.0f32;
            for k in 0..count {
                let params: Vec<f64> = (start.iter().zip(&line.step))
                    .map(|(a, d)| a + k as f64 * d)
                    .collect();
                fast.fold(&params, &mut folded);
                round(&folded, &mut layers);
                let layer = &layers[0];
                let mut input = vec![0.0; layer.inputs * tile];
                let mut by_powers = vec![0.0; layer.outputs * tile];
                let mut direct = by_powers.clone();
                for from in (0..fast.padded).step_by(tile) {
                    for (f, features) in input.chunks_exact_mut(tile).enumerate() {
                        let at = f * fast.padded + from;
                        features.copy_from_slice(&fast.x[at..at + tile]);
                    }
                    let (input, _) = S::as_simd_f32s(&input);
                    let first = FirstByPowers {
                        growth: &line.growth,
                        restart: k % line.every == 0,
                        exponent,
                    };
                    let (output, _) = S::as_mut_simd_f32s(&mut by_powers);
                    let examples = from..from + tile;
                    first_layer(s, layer, first, &mut powers, examples, input, output);
                    let (output, _) = S::as_mut_simd_f32s(&mut direct);
                    dense(s, layer, fast.model.arch.activation, input, output);
                    for (a, b) in by_powers.iter().zip(&direct) {
                        largest = largest.max((a - b).abs());
                    }
                }
            }
            largest
        }
    }

    #[test]
    fn first_layer_by_powers_matches_the_direct_activations() {
        // Lines through θ₀ across [−3, 3] of a direction in 101 points, as a slice's rows; the
        // direct tanh is within 5·10⁻⁷ of the exact one, the powers within 6·10⁻⁷.
        for activation in [Activation::Tanh, Activation::Sigmoid] {
            let (model, data) = small(activation, false);
            let fast = FastLoss::new(&model, &data).expect("supported");
            for seed in 0..4 {
                let [d1, d2] = filter_normalized(&model, seed);
                let start: Vec<f64> = (0..model.params.len())
                    .map(|i| model.params[i] - 3.0 * d1[i] + 0.5 * d2[i])
                    .collect();
                let step: Vec<f64> = d1.iter().map(|d| 0.06 * d).collect();
                let line = fast.line(&step);
                assert_eq!(line.every, RESTART_EVERY);
                let largest = Arch::new().dispatch(FirstLayerAlong {
                    fast: &fast,
                    line: &line,
                    start: &start,
                    count: 101,
                });
                assert!(largest <= 1.1e-6, "{activation:?}, seed {seed}: {largest}");
            }
        }
    }

    #[test]
    fn powers_pass_through_saturation() {
        // Every first-layer bias swept from −100 to 100: the powers start clamped, overflow and
        // come through the unsaturated middle, in windows of several points (steps of 5) or
        // restarted at every point (steps of 30).
        for (activation, c) in [(Activation::Tanh, 2.0), (Activation::Sigmoid, 1.0)] {
            let (model, data) = small(activation, false);
            let first = &model.arch.layout().layers[0];
            for (by, count) in [(5.0, 41), (30.0, 8)] {
                let mut start = model.params.clone();
                let mut step = vec![0.0; start.len()];
                for o in 0..first.fan_out {
                    start[first.biases + o] -= 100.0;
                    step[first.biases + o] = by;
                }
                let line = FastLoss::new(&model, &data).expect("supported").line(&step);
                let every = ((WINDOW_SPAN / (c * by)) as usize).clamp(1, RESTART_EVERY);
                assert_eq!(line.every, every);
                agrees_along(&model, &data, &line, &start, count);
            }
        }
    }

    #[test]
    fn gelu_networks_are_left_to_the_f64_pass() {
        let (model, data) = small(Activation::Gelu, false);
        assert!(FastLoss::new(&model, &data).is_none());
    }
}

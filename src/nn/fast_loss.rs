//! The loss of one network on one data set at many parameter vectors, fast: evaluation-mode
//! forward passes in f32 with SIMD, each tile of points carried through every layer while it
//! sits in registers and L1 cache. Loss slices use it; it agrees with the f64 pass to about
//! 10⁻⁶ relative (tested).

use pulp::{Arch, Simd, WithSimd};

use super::activation::Activation;
use super::loss::{Loss, Targets};
use super::model::{BN_EPS, Layout, Mlp};
use super::simd_math::{exp, ln, sigmoid, tanh};

/// Points per tile, in SIMD vectors.
const TILE_VECTORS: usize = 3;
/// Units computed together: a block of the weight matrix's rows against the tile (the last
/// block of an odd-sized layer may hold 2).
const BLOCK_UNITS: usize = 4;
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

/// One linear layer at a parameter vector, f32, with BatchNorm folded in; weights stored
/// input-major (`inputs × outputs`), the units padded with zeros to an even number.
#[derive(Default)]
struct Dense {
    inputs: usize,
    outputs: usize,
    weights: Vec<f32>,
    bias: Vec<f32>,
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
        self.fold(params, &mut workspace.layers);
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
        let data = Arch::new().dispatch(Forward {
            fast: self,
            workspace,
        });
        let arch = &self.model.arch;
        let penalty = if arch.weight_decay > 0.0 {
            let squares: f64 = self
                .layout
                .layers
                .iter()
                .flat_map(|s| &params[s.weights..s.biases])
                .map(|w| w * w)
                .sum();
            0.5 * arch.weight_decay * squares
        } else {
            0.0
        };
        data / self.n.max(1) as f64 + penalty
    }

    /// The layers at `params` into `layers`, BatchNorm's eval-mode affine map
    /// y = γ(z − μ)/√(σ² + ε) + β folded into the weights and biases.
    fn fold(&self, params: &[f64], layers: &mut Vec<Dense>) {
        let mut inputs = self.model.arch.inputs;
        layers.resize_with(self.layout.layers.len(), Dense::default);
        for (l, (s, layer)) in self.layout.layers.iter().zip(layers.iter_mut()).enumerate() {
            let outputs = s.fan_out.next_multiple_of(2);
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
                for (i, &w) in row.iter().enumerate() {
                    layer.weights[i * outputs + o] = (scale * w) as f32;
                }
                layer.bias[o] = (scale * params[s.biases + o] + shift) as f32;
            }
            inputs = outputs;
        }
    }
}

/// Buffers for [`FastLoss::loss_in`]: the folded layers and two tiles of activations.
#[derive(Default)]
pub struct Workspace {
    layers: Vec<Dense>,
    a: Vec<f32>,
    b: Vec<f32>,
}

/// The summed loss over every example, one tile at a time.
struct Forward<'a> {
    fast: &'a FastLoss,
    workspace: &'a mut Workspace,
}

impl WithSimd for Forward<'_> {
    type Output = f64;

    #[inline(always)]
    fn with_simd<S: Simd>(self, s: S) -> f64 {
        let Forward { fast, workspace } = self;
        let Workspace { layers, a, b } = workspace;
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
                dense(s, layer, activation, input, output);
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
    if first < layer.outputs {
        block::<S, 2>(s, layer, first, activation, input, output);
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
    for k in 0..layer.inputs {
        let a = &input[k * TILE_VECTORS..(k + 1) * TILE_VECTORS];
        let w = &layer.weights[k * layer.outputs + first..k * layer.outputs + first + R];
        for r in 0..R {
            let weight = s.splat_f32s(w[r]);
            for v in 0..TILE_VECTORS {
                acc[r][v] = s.mul_add_e_f32s(weight, a[v], acc[r][v]);
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
    use crate::nn::filter_normalized;
    use crate::nn::test_cases::{Case, cases, small};

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

    #[test]
    fn gelu_networks_are_left_to_the_f64_pass() {
        let (model, data) = small(Activation::Gelu, false);
        assert!(FastLoss::new(&model, &data).is_none());
    }
}

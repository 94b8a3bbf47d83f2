//! The loss of one network on one data set at many parameter vectors, fast: evaluation-mode
//! forward passes in f32 with SIMD, each tile of points carried through every layer while it
//! sits in registers and L1 cache. Loss slices use it; it agrees with the f64 pass to about
//! 10⁻⁶ relative (tested).
//!
//! `forward` is the SIMD pass itself; `line` evaluates a row of a slice faster, the first
//! layer's activations carried from point to point (see [`Line`](line::Line)).

mod forward;
mod line;

use pulp::Arch;

use super::activation::Activation;
use super::loss::{Loss, Targets};
use super::model::{BN_EPS, Layout, Mlp};
use forward::Forward;
use line::FirstByPowers;

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
/// together, input-major, in the order the forward pass reads them.
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
/// activations and the first layer's powers e^{cz} along a [`Line`](line::Line).
#[derive(Default)]
pub struct Workspace {
    folded: Vec<Dense<f64>>,
    layers: Vec<Dense>,
    a: Vec<f32>,
    b: Vec<f32>,
    powers: Vec<f32>,
}

/// Whether a loss of the fast pass agrees with the f64 pass's `reference`: within 2·10⁻⁶
/// relative (absolute below 1).
#[cfg(test)]
fn agrees_with_f64(value: f64, reference: f64) -> bool {
    (value - reference).abs() <= 2e-6 * reference.abs().max(1.0)
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
                agrees_with_f64(value, reference),
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

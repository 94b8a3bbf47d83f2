//! Loss slices row by row: along a line of parameter vectors the first layer goes by powers
//! (see [`Line`]) and, without BatchNorm, the folded layers by interpolation.

use pulp::Simd;

use super::forward::dense;
use super::{Dense, FastLoss, MAX_LANES, TILE_VECTORS, Workspace, round, shape_like};
use crate::nn::activation::Activation;
use crate::nn::simd_math::exp;

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
/// c = 1, and ±1 or 0 where the power overflows or underflows. That replaces the first layer's
/// tanh, about a fifth of the arithmetic of a 2-32-32-2 tanh network.
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
pub(super) struct FirstByPowers<'a> {
    pub(super) growth: &'a [f32],
    /// Recompute the powers from the pre-activations (rather than advance them).
    pub(super) restart: bool,
    /// c.
    pub(super) exponent: f32,
}

impl FastLoss {
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
    /// [`FastLoss::loss_in`] gives them at each point but faster: the first layer by powers
    /// where it can (see `Line`), and without BatchNorm the folded layers interpolated
    /// rather than folded at every point.
    pub fn losses_along(
        &self,
        line: &Line,
        start: &[f64],
        count: usize,
        workspace: &mut Workspace,
    ) -> Vec<f64> {
        let mut params = Vec::new();
        let interpolation = line.folded_step.as_ref().map(|step| {
            self.fold(start, &mut workspace.folded);
            (step, squared_weights(&workspace.folded, step))
        });
        let decay = self.model.arch.weight_decay;
        (0..count)
            .map(|k| {
                let steps = k as f64;
                let penalty = match interpolation {
                    Some((step, [a, b, c])) => {
                        along(&workspace.folded, step, steps, &mut workspace.layers);
                        0.5 * decay * (a + steps * (2.0 * b + steps * c))
                    }
                    None => {
                        params.clear();
                        params.extend(start.iter().zip(&line.step).map(|(a, d)| a + steps * d));
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
}

/// The folded layers at `start + k·step` in f32, into `layers` (folding being linear without
/// BatchNorm).
fn along(start: &[Dense<f64>], step: &[Dense<f64>], k: f64, layers: &mut Vec<Dense>) {
    shape_like(start, layers);
    for ((from, by), to) in start.iter().zip(step).zip(layers) {
        for (a, b, c) in [
            (&from.weights, &by.weights, &mut to.weights),
            (&from.bias, &by.bias, &mut to.bias),
        ] {
            for ((value, delta), rounded) in a.iter().zip(b).zip(c.iter_mut()) {
                *rounded = (value + k * delta) as f32;
            }
        }
    }
}

/// Σw², Σw·d and Σd² over the weights (not the biases) of the folded layers `start` and
/// `step`: the squared weights at `start + k·step` sum to Σw² + 2k·Σw·d + k²·Σd², for the
/// weight penalty.
fn squared_weights(start: &[Dense<f64>], step: &[Dense<f64>]) -> [f64; 3] {
    let pairs = start
        .iter()
        .zip(step)
        .flat_map(|(a, b)| a.weights.iter().zip(&b.weights));
    pairs.fold([0.0; 3], |[ww, wd, dd], (w, d)| {
        [ww + w * w, wd + w * d, dd + d * d]
    })
}

/// The first layer's output for the tile of examples `examples` by powers (see [`Line`]).
#[inline(always)]
pub(super) fn first_layer<S: Simd>(
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

#[cfg(test)]
mod tests {
    use pulp::{Arch, WithSimd};

    use super::super::agrees_with_f64;
    use super::*;
    use crate::nn::test_cases::{cases, small};
    use crate::nn::{Dataset, Mlp, filter_normalized};

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
                agrees_with_f64(value, reference),
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
}

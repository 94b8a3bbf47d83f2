//! The forward pass of [`FastLoss`] over the data, one tile of examples at a time through
//! every layer: blocks of units accumulated with FMAs in registers, the activation applied
//! before a block is stored, then each example's loss.

use pulp::{Simd, WithSimd};

use super::line::{FirstByPowers, first_layer};
use super::{BLOCK_UNITS, Dense, FastLoss, TILE_VECTORS, Workspace};
use crate::nn::activation::Activation;
use crate::nn::loss::Loss;
use crate::nn::simd_math::{exp, ln, sigmoid, tanh};

/// The summed loss over every example, one tile at a time.
pub(super) struct Forward<'a> {
    pub(super) fast: &'a FastLoss,
    pub(super) workspace: &'a mut Workspace,
    /// The first layer by powers rather than by [`dense`].
    pub(super) first: Option<FirstByPowers<'a>>,
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
pub(super) fn dense<S: Simd>(
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

//! The full Hessian of a network without BatchNorm, exactly and fast: forward mode over
//! backpropagation for each parameter's unit direction, written as matrix products over the
//! whole data set. A direction in layer l changes nothing before l, so its column is only
//! computed for the rows of layers l and after; the rows before come from symmetry.

use faer::linalg::matmul::matmul;
use faer::{Accum, Mat, MatRef, Par, unzip, zip};

use super::data::Dataset;
use super::model::{Layout, Mlp};
use super::real::Dual;

/// The base pass: every layer's input A, pre-activation Z with σ′(Z), σ″(Z), the backward
/// signals Δ = ∂ℓ/∂Z and E = ∂ℓ/∂A, and the per-example output Hessians.
pub(super) struct Base {
    /// A_l, `fan_in × n`: the input of layer l.
    inputs: Vec<Mat<f64>>,
    /// σ′(Z_l) and σ″(Z_l) of every hidden layer, `fan_out × n`.
    slopes: Vec<Mat<f64>>,
    curvatures: Vec<Mat<f64>>,
    /// Δ_l = ∂ℓ/∂Z_l, `fan_out × n`.
    deltas: Vec<Mat<f64>>,
    /// E_l = ∂ℓ/∂A_l = W_lᵀΔ_l, `fan_in × n` (layers after the first).
    errors: Vec<Mat<f64>>,
    /// ∂²ℓ/∂o∂o_c per example: column c is `k × n`.
    output_hessian: Vec<Mat<f64>>,
    /// W_l, `fan_out × fan_in`.
    weights: Vec<Mat<f64>>,
}

impl Mlp {
    /// The base pass at `params` over `data`, shared by every column.
    pub(super) fn base_pass(&self, layout: &Layout, params: &[f64], data: &Dataset) -> Base {
        let n = data.len();
        let activation = self.arch.activation;
        let layers = &layout.layers;
        let weights: Vec<Mat<f64>> = layers
            .iter()
            .map(|s| {
                Mat::from_fn(s.fan_out, s.fan_in, |o, i| {
                    params[s.weights + o * s.fan_in + i]
                })
            })
            .collect();
        let x = self.inputs(data);
        let features = self.arch.inputs;
        let mut inputs = vec![Mat::from_fn(features, n, |f, e| x[e * features + f])];
        let mut slopes = Vec::new();
        let mut curvatures = Vec::new();
        let mut outputs = Mat::zeros(0, 0);
        for (l, (s, w)) in layers.iter().zip(&weights).enumerate() {
            let product = times(w.as_ref(), inputs[l].as_ref());
            let z = Mat::from_fn(s.fan_out, n, |o, e| product[(o, e)] + params[s.biases + o]);
            if l + 1 == layers.len() {
                outputs = z;
                break;
            }
            // σ, σ′, σ″ of every pre-activation, evaluated once.
            let derivatives: Vec<[f64; 3]> = (0..n)
                .flat_map(|e| (0..s.fan_out).map(move |o| (o, e)))
                .map(|(o, e)| activation.derivatives(z[(o, e)]))
                .collect();
            let derivative =
                |d: usize| Mat::from_fn(s.fan_out, n, |o, e| derivatives[e * s.fan_out + o][d]);
            inputs.push(derivative(0));
            slopes.push(derivative(1));
            curvatures.push(derivative(2));
        }
        let k = self.arch.outputs;
        // Example-major, as the loss takes them.
        let flat: Vec<f64> = (0..n)
            .flat_map(|e| (0..k).map(move |c| (e, c)))
            .map(|(e, c)| outputs[(c, e)])
            .collect();
        let (_, gradient) = self.arch.loss.evaluate(&flat, k, &data.targets);
        // Seeding output c of every example at once gives each example's own Hessian column:
        // examples do not interact in the loss.
        let output_hessian = (0..k)
            .map(|c| {
                let seeded: Vec<Dual> = flat
                    .iter()
                    .enumerate()
                    .map(|(i, &o)| Dual::new(o, f64::from(u8::from(i % k == c))))
                    .collect();
                let (_, g) = self.arch.loss.evaluate(&seeded, k, &data.targets);
                Mat::from_fn(k, n, |o, e| g[e * k + o].eps)
            })
            .collect();
        let mut deltas = vec![Mat::from_fn(k, n, |o, e| gradient[e * k + o])];
        let mut errors = Vec::new();
        for l in (1..layers.len()).rev() {
            let error = times(weights[l].transpose(), deltas[0].as_ref());
            let slope = &slopes[l - 1];
            let delta = Mat::from_fn(error.nrows(), n, |i, e| error[(i, e)] * slope[(i, e)]);
            deltas.insert(0, delta);
            errors.insert(0, error);
        }
        Base {
            inputs,
            slopes,
            curvatures,
            deltas,
            errors,
            output_hessian,
            weights,
        }
    }

    /// Column `j` of the Hessian from the first parameter of j's layer on: the tangent of the
    /// forward pass for θ_j, then of the backward pass down to j's layer.
    pub(super) fn column(&self, layout: &Layout, base: &Base, j: usize) -> (usize, Vec<f64>) {
        let layers = &layout.layers;
        let (start, s) = layers
            .iter()
            .enumerate()
            .find(|(_, s)| j < s.biases + s.fan_out)
            .expect("every parameter is in a layer (no BatchNorm here)");
        let n = base.inputs[0].ncols();
        // Ż of j's layer: θ_j moves one unit's pre-activation by its input (1 for a bias).
        let (unit, from) = if j < s.biases {
            ((j - s.weights) / s.fan_in, Some((j - s.weights) % s.fan_in))
        } else {
            (j - s.biases, None)
        };
        let mut z_dot = Mat::zeros(s.fan_out, n);
        match from {
            Some(i) => z_dot.row_mut(unit).copy_from(base.inputs[start].row(i)),
            None => z_dot.row_mut(unit).fill(1.0),
        }
        let mut z_dots = vec![z_dot];
        let mut a_dots = vec![None];
        for l in start + 1..layers.len() {
            let a_dot = elementwise(&base.slopes[l - 1], &z_dots[l - 1 - start]);
            z_dots.push(times(base.weights[l].as_ref(), a_dot.as_ref()));
            a_dots.push(Some(a_dot));
        }
        let last = &z_dots[z_dots.len() - 1];
        let hessians = &base.output_hessian;
        let mut delta_dot = Mat::from_fn(last.nrows(), n, |o, e| {
            (0..hessians.len())
                .map(|c| hessians[c][(o, e)] * last[(c, e)])
                .sum()
        });
        let first = s.weights;
        let mut column = vec![0.0; layout.len() - first];
        for l in (start..layers.len()).rev() {
            let s = &layers[l];
            let mut w_dot = times(delta_dot.as_ref(), base.inputs[l].transpose());
            if let Some(a_dot) = &a_dots[l - start] {
                w_dot += times(base.deltas[l].as_ref(), a_dot.transpose());
            }
            for o in 0..s.fan_out {
                for i in 0..s.fan_in {
                    column[s.weights + o * s.fan_in + i - first] = w_dot[(o, i)];
                }
                column[s.biases + o - first] = (0..n).map(|e| delta_dot[(o, e)]).sum();
            }
            if l > start {
                let e_dot = times(base.weights[l].transpose(), delta_dot.as_ref());
                let (z_dot, error) = (&z_dots[l - 1 - start], &base.errors[l - 1]);
                let (slope, curvature) = (&base.slopes[l - 1], &base.curvatures[l - 1]);
                delta_dot = e_dot;
                zip!(&mut delta_dot, z_dot, error, slope, curvature).for_each(
                    |unzip!(d, z_dot, error, slope, curvature)| {
                        *d = curvature * z_dot * error + slope * *d;
                    },
                );
            }
        }
        (first, column)
    }
}

/// a·b on this thread (callers already work in parallel: the Hessian's columns, the racers).
pub(super) fn times(a: MatRef<'_, f64>, b: MatRef<'_, f64>) -> Mat<f64> {
    let mut product = Mat::zeros(a.nrows(), b.ncols());
    matmul(product.as_mut(), Accum::Replace, a, b, 1.0, Par::Seq);
    product
}

/// a ⊙ b.
fn elementwise(a: &Mat<f64>, b: &Mat<f64>) -> Mat<f64> {
    let mut product = a.clone();
    zip!(&mut product, b).for_each(|unzip!(p, b)| *p *= b);
    product
}

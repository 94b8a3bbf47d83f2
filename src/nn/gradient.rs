//! Loss and gradient of a network without BatchNorm as matrix products over all examples: the
//! forward pass layer by layer as Z = W·A + b, backpropagation as ∂W = Δ·Aᵀ and E = Wᵀ·Δ. The
//! generic pass goes example by example on any number type (dual numbers, for Hessian-vector
//! products); this one is f64 only and several times faster, which training and racers on
//! network surfaces (thousands of gradients each) need.

use faer::{Mat, MatRef};

use super::activation::Activation;
use super::hessian::times;
use super::loss::Targets;
use super::model::{Architecture, Pass};
use super::tanh_layer::tanh_with_slopes;

impl Architecture {
    /// The loss (with the weight penalty), its gradient and the outputs at `params` for the
    /// example-major `inputs`, or `None` with BatchNorm (the generic pass serves it).
    pub(super) fn pass_by_products(
        &self,
        params: &[f64],
        inputs: &[f64],
        targets: &Targets,
    ) -> Option<Pass<f64>> {
        if self.batch_norm {
            return None;
        }
        let layout = self.layout();
        let layers = &layout.layers;
        let n = targets.len();
        let weights: Vec<MatRef<'_, f64>> = layers
            .iter()
            .map(|s| {
                let w = &params[s.weights..s.biases];
                MatRef::from_row_major_slice(w, s.fan_out, s.fan_in)
            })
            .collect();
        // Feature-major: column e is example e.
        let mut activations = vec![
            MatRef::from_row_major_slice(inputs, n, self.inputs)
                .transpose()
                .to_owned(),
        ];
        let mut slopes = Vec::with_capacity(layers.len());
        for (l, s) in layers.iter().enumerate() {
            let mut z = times(weights[l], activations[l].as_ref());
            let biases = &params[s.biases..s.biases + s.fan_out];
            if l + 1 == layers.len() {
                for e in 0..n {
                    for (z, b) in z.col_as_slice_mut(e).iter_mut().zip(biases) {
                        *z += b;
                    }
                }
                activations.push(z);
                break;
            }
            let mut slope = Mat::zeros(s.fan_out, n);
            for e in 0..n {
                let (column, slopes) = (z.col_as_slice_mut(e), slope.col_as_slice_mut(e));
                for (z, b) in column.iter_mut().zip(biases) {
                    *z += b;
                }
                if self.activation == Activation::Tanh {
                    tanh_with_slopes(column, slopes);
                } else {
                    for (z, d) in column.iter_mut().zip(slopes) {
                        let [value, derivative, _] = self.activation.derivatives(*z);
                        *z = value;
                        *d = derivative;
                    }
                }
            }
            activations.push(z);
            slopes.push(slope);
        }
        let k = self.outputs;
        let last = &activations[layers.len()];
        let outputs: Vec<f64> = (0..n)
            .flat_map(|e| (0..k).map(move |o| last[(o, e)]))
            .collect();
        let (mut loss, d_outputs) = self.loss.evaluate(&outputs, k, targets);
        let mut gradient = vec![0.0; layout.len()];
        let mut delta = MatRef::from_row_major_slice(&d_outputs, n, k)
            .transpose()
            .to_owned();
        for l in (0..layers.len()).rev() {
            let s = &layers[l];
            // ∂Wᵀ = A·Δᵀ: column o is row o of ∂W, contiguous as the parameters lie.
            let d_weights = times(activations[l].as_ref(), delta.transpose());
            for o in 0..s.fan_out {
                let row = s.weights + o * s.fan_in;
                gradient[row..row + s.fan_in].copy_from_slice(d_weights.col_as_slice(o));
            }
            let d_biases = &mut gradient[s.biases..s.biases + s.fan_out];
            for e in 0..n {
                for (g, d) in d_biases.iter_mut().zip(delta.col_as_slice(e)) {
                    *g += d;
                }
            }
            if l > 0 {
                let mut error = times(weights[l].transpose(), delta.as_ref());
                let slope = &slopes[l - 1];
                for e in 0..n {
                    for (v, d) in error
                        .col_as_slice_mut(e)
                        .iter_mut()
                        .zip(slope.col_as_slice(e))
                    {
                        *v *= d;
                    }
                }
                delta = error;
            }
        }
        if self.weight_decay > 0.0 {
            for s in layers {
                for i in s.weights..s.biases {
                    loss += 0.5 * self.weight_decay * params[i] * params[i];
                    gradient[i] += self.weight_decay * params[i];
                }
            }
        }
        Some(Pass {
            loss,
            gradient,
            outputs,
            batch_stats: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::nn::NormMode;
    use crate::nn::test_cases::cases;

    #[test]
    fn the_product_pass_agrees_with_the_generic_pass() {
        for case in cases().iter().filter(|c| !c.arch.batch_norm) {
            let (model, data) = case.fitted(40, 7);
            let inputs = model.inputs(&data);
            let arch = &model.arch;
            let fast = arch
                .pass_by_products(&model.params, &inputs, &data.targets)
                .unwrap();
            let mode = NormMode::Running(&model.running);
            let generic = arch.pass(&model.params, &inputs, &data.targets, mode, true);
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-12 * b.abs().max(1.0);
            assert!(close(fast.loss, generic.loss), "{arch:?}");
            assert_eq!(fast.gradient.len(), generic.gradient.len());
            for (i, (a, b)) in fast.gradient.iter().zip(&generic.gradient).enumerate() {
                assert!(close(*a, *b), "{arch:?} parameter {i}: {a} vs {b}");
            }
            for (a, b) in fast.outputs.iter().zip(&generic.outputs) {
                assert!(close(*a, *b), "{arch:?}");
            }
        }
    }
}

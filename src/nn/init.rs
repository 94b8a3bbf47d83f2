//! How a network's parameters start: as torch initializes `nn.Linear`, or with its output
//! switched off, so that it starts out predicting the same for every example.

use serde::{Deserialize, Serialize};

use super::NnError;
use super::model::{Architecture, Mlp, Role};

/// How the parameters start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Initialization {
    /// Weights and biases uniform in ±1/√fan_in, as torch's `nn.Linear`.
    #[default]
    Torch,
    /// As torch, then every bias and the output layer's weights set to zero (as initializations
    /// that zero the last layer do): the network starts out with the same output for every
    /// example, and its hidden layers learn only once the output layer has grown.
    ZeroOutput,
}

super::named::named!(Initialization {
    Torch => "torch",
    ZeroOutput => "zero-output",
});

impl Mlp {
    /// A network of `arch` initialized by `init`, seeded by `seed`.
    pub fn initialized(
        arch: Architecture,
        seed: u64,
        init: Initialization,
    ) -> Result<Self, NnError> {
        let mut model = Self::new(arch, seed)?;
        if init == Initialization::ZeroOutput {
            let layout = model.arch.layout();
            let output = model.arch.hidden.len();
            for (i, p) in model.params.iter_mut().enumerate() {
                match layout.role(i) {
                    Role::Bias => *p = 0.0,
                    Role::Weight { layer, .. } if layer == output => *p = 0.0,
                    _ => {}
                }
            }
        }
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::{Activation, Loss};

    fn arch(batch_norm: bool) -> Architecture {
        Architecture {
            inputs: 2,
            hidden: vec![3],
            outputs: 2,
            activation: Activation::Tanh,
            batch_norm,
            loss: Loss::Ce,
            weight_decay: 0.0,
        }
    }

    #[test]
    fn zero_output_zeroes_biases_and_output_weights_only() {
        let torch = Mlp::initialized(arch(true), 3, Initialization::Torch).unwrap();
        let zero = Mlp::initialized(arch(true), 3, Initialization::ZeroOutput).unwrap();
        assert_eq!(torch, Mlp::new(arch(true), 3).unwrap());
        let layout = torch.arch.layout();
        for i in 0..torch.params.len() {
            let expected = match layout.role(i) {
                Role::Bias | Role::Weight { layer: 1, .. } => 0.0,
                _ => torch.params[i],
            };
            assert_eq!(
                zero.params[i],
                expected,
                "parameter {i}: {:?}",
                layout.role(i)
            );
        }
        // Hidden weights stay torch's (non-zero), BatchNorm's γ stays 1.
        assert!(matches!(layout.role(0), Role::Weight { layer: 0, .. }));
        assert_ne!(zero.params[0], 0.0);
        assert!(zero.params.contains(&1.0));
    }
}

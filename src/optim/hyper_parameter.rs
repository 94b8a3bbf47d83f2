//! The hyper-parameters optimizers take, in one table: each one's torch.optim name and the
//! values it takes. The text form (`adam:lr=0.01`), torch's checks, the app's panel and the
//! hyper-parameter map all read it, so a hyper-parameter added here without a place in
//! [`OptimizerSpec`](super::OptimizerSpec) does not compile.

use std::ops::RangeInclusive;

use super::MomentumForm;

/// One hyper-parameter, named as torch.optim names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HyperParameter {
    /// The learning rate.
    Lr,
    /// SGD's and RMSProp's momentum.
    Momentum,
    /// SGD's dampening.
    Dampening,
    /// SGD's Nesterov switch.
    Nesterov,
    /// L2 weight decay (decoupled for AdamW).
    WeightDecay,
    /// AdaGrad's learning-rate decay.
    LrDecay,
    /// AdaGrad's starting sum of squares.
    InitialAccumulatorValue,
    /// The denominator's guard.
    Eps,
    /// RMSProp's smoothing constant.
    Alpha,
    /// RMSProp's centered switch.
    Centered,
    /// The first moment's decay.
    Beta1,
    /// The second moment's decay.
    Beta2,
    /// Adam's AMSGrad switch.
    Amsgrad,
    /// NAdam's momentum decay.
    MomentumDecay,
    /// Newton's damping δ.
    Damping,
    /// How SGD accumulates momentum (torch's or the exponential average).
    MomentumForm,
    /// eps inside the square root (TensorFlow's RMSprop).
    EpsInside,
    /// Adam's bias correction.
    BiasCorrection,
    /// The lecture's AdaGrad: the root of the mean of squares rather than of their sum.
    RootMeanSquare,
}

/// The numbers the app's control offers for a hyper-parameter, on a log scale or not; typed
/// values beyond them are kept (a learning rate of 1e9 is a lesson, not an input error).
#[derive(Clone, Debug, PartialEq)]
pub struct Offered {
    /// From the smallest to the largest.
    pub range: RangeInclusive<f64>,
    /// On a log scale.
    pub logarithmic: bool,
}

impl Offered {
    /// From 0 to `most`, on a linear scale.
    pub(super) fn up_to(most: f64) -> Self {
        Self {
            range: 0.0..=most,
            logarithmic: false,
        }
    }
}

/// A hyper-parameter's place in a spec, to read or change: a number with what the app
/// offers for it, a switch, or the momentum form.
#[derive(Debug)]
pub enum ValueMut<'a> {
    /// A number.
    Number(&'a mut f64, Offered),
    /// A switch.
    Flag(&'a mut bool),
    /// The momentum form.
    Form(&'a mut MomentumForm),
}

/// In JSON, a hyper-parameter is its key.
impl serde::Serialize for HyperParameter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl HyperParameter {
    /// Every hyper-parameter.
    pub const ALL: [HyperParameter; 19] = [
        Self::Lr,
        Self::Momentum,
        Self::Dampening,
        Self::Nesterov,
        Self::WeightDecay,
        Self::LrDecay,
        Self::InitialAccumulatorValue,
        Self::Eps,
        Self::Alpha,
        Self::Centered,
        Self::Beta1,
        Self::Beta2,
        Self::Amsgrad,
        Self::MomentumDecay,
        Self::Damping,
        Self::MomentumForm,
        Self::EpsInside,
        Self::BiasCorrection,
        Self::RootMeanSquare,
    ];

    /// Its name in the text form and in torch.optim: `lr`, `beta1`, `weight_decay`, ….
    pub fn key(self) -> &'static str {
        match self {
            Self::Lr => "lr",
            Self::Momentum => "momentum",
            Self::Dampening => "dampening",
            Self::Nesterov => "nesterov",
            Self::WeightDecay => "weight_decay",
            Self::LrDecay => "lr_decay",
            Self::InitialAccumulatorValue => "initial_accumulator_value",
            Self::Eps => "eps",
            Self::Alpha => "alpha",
            Self::Centered => "centered",
            Self::Beta1 => "beta1",
            Self::Beta2 => "beta2",
            Self::Amsgrad => "amsgrad",
            Self::MomentumDecay => "momentum_decay",
            Self::Damping => "damping",
            Self::MomentumForm => "momentum_form",
            Self::EpsInside => "eps_inside",
            Self::BiasCorrection => "bias_correction",
            Self::RootMeanSquare => "root_mean_square",
        }
    }

    /// The hyper-parameter called `key`, if any.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optim::{OptimizerKind, OptimizerSpec};

    #[test]
    fn each_hyper_parameter_has_its_own_key_and_its_kind_of_place() {
        for p in HyperParameter::ALL {
            assert_eq!(HyperParameter::from_key(p.key()), Some(p));
            // Every place offers what its value can take: a range that includes the default.
            let mut spec = OptimizerSpec::defaults(OptimizerKind::Adam);
            if let ValueMut::Number(value, offered) = spec.value_mut(p) {
                assert!(offered.range.contains(value), "{}", p.key());
            }
        }
        assert_eq!(HyperParameter::from_key("betas"), None);
    }
}

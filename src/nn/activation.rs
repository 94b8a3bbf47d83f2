//! Activation functions with the first and second derivatives the exact Hessian needs.

use serde::{Deserialize, Serialize};

use super::real::Real;

/// A hidden layer's non-linearity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Activation {
    /// x: a linear network.
    Identity,
    /// max(0, x).
    Relu,
    /// tanh x.
    Tanh,
    /// 1 / (1 + e⁻ˣ).
    Sigmoid,
    /// x·Φ(x) with the exact normal CDF (torch's default GELU).
    Gelu,
}

super::named::named!(Activation {
    Identity => "identity",
    Relu => "relu",
    Tanh => "tanh",
    Sigmoid => "sigmoid",
    Gelu => "gelu",
});

/// 1/√(2π).
const INV_SQRT_2PI: f64 = 0.398_942_280_401_432_7;

impl Activation {
    /// σ(x), σ'(x), σ''(x).
    pub(super) fn derivatives(self, x: f64) -> [f64; 3] {
        match self {
            Self::Identity => [x, 1.0, 0.0],
            Self::Relu => [x.max(0.0), if x > 0.0 { 1.0 } else { 0.0 }, 0.0],
            Self::Tanh => {
                let t = tanh(x);
                let d = 1.0 - t * t;
                [t, d, -2.0 * t * d]
            }
            Self::Sigmoid => {
                let s = sigmoid(x);
                let d = s * (1.0 - s);
                [s, d, d * (1.0 - 2.0 * s)]
            }
            Self::Gelu => {
                let cdf = 0.5 * (1.0 + libm::erf(x * std::f64::consts::FRAC_1_SQRT_2));
                let pdf = INV_SQRT_2PI * (-0.5 * x * x).exp();
                [x * cdf, cdf + x * pdf, pdf * (2.0 - x * x)]
            }
        }
    }

    /// σ(x).
    pub fn value<T: Real>(self, x: T) -> T {
        let [v, d, _] = self.derivatives(x.re());
        x.apply(v, d)
    }

    /// σ'(x).
    pub fn slope<T: Real>(self, x: T) -> T {
        let [_, d, dd] = self.derivatives(x.re());
        x.apply(d, dd)
    }
}

/// tanh x as (1 − e)/(1 + e) with e = exp(−2|x|): one exp instead of libm's tanh (which goes
/// through expm1 and costs several times more); the absolute error stays below 10⁻¹⁵.
pub fn tanh(x: f64) -> f64 {
    let e = (-2.0 * x.abs()).exp();
    ((1.0 - e) / (1.0 + e)).copysign(x)
}

/// The logistic function, without overflow for large |x|.
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivatives_match_central_differences() {
        let h = 1e-5;
        for act in [
            Activation::Tanh,
            Activation::Sigmoid,
            Activation::Gelu,
            Activation::Relu,
        ] {
            for x in [-2.3, -0.4, 0.3, 1.7] {
                let [v, d, dd] = act.derivatives(x);
                let at = |x: f64| act.derivatives(x);
                assert!(
                    ((at(x + h)[0] - at(x - h)[0]) / (2.0 * h) - d).abs() < 1e-8,
                    "{act:?}'"
                );
                assert!(
                    ((at(x + h)[1] - at(x - h)[1]) / (2.0 * h) - dd).abs() < 1e-7,
                    "{act:?}''"
                );
                assert!(v.is_finite());
            }
        }
        // GELU against published values: GELU(1) = 0.8413447, GELU(-1) = -0.1586553.
        assert!((Activation::Gelu.derivatives(1.0)[0] - 0.841_344_746).abs() < 1e-8);
        assert!((Activation::Gelu.derivatives(-1.0)[0] + 0.158_655_254).abs() < 1e-8);
        for k in -4000..=4000 {
            let x = k as f64 * 0.005 + 1e-4;
            assert!((tanh(x) - x.tanh()).abs() < 1e-15, "{x}");
        }
        assert_eq!(tanh(-800.0), -1.0);
        assert_eq!(sigmoid(-800.0), 0.0);
        assert_eq!(sigmoid(800.0), 1.0);
    }
}

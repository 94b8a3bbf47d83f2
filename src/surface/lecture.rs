//! The lecture's own surfaces: the one-sample network, the hill, the badly scaled regression.

use std::sync::Arc;

use super::params::get;
use super::zoo::{Blueprint, ZooEntry};
use super::{Axes, CriticalPoint, Domain, Family, Kind, Landscape, ParamSpec, ParamValue, Scalar};

/// The surfaces of this family.
pub(super) const ENTRIES: &[ZooEntry] = &[
    ZooEntry {
        name: "tiny-net",
        title: "Tiny network L(w1, w2) = (1 − w1·w2)²",
        family: Family::Lecture,
        axes: Axes::Weights,
        params: &[],
        build: tiny_net,
    },
    ZooEntry {
        name: "hill",
        title: "Shallow valley, low ridge, deep valley",
        family: Family::Lecture,
        axes: Axes::Weights,
        params: &[],
        build: hill,
    },
    ZooEntry {
        name: "scaled-regression",
        title: "Linear regression with badly scaled features",
        family: Family::Lecture,
        axes: Axes::Weights,
        params: &[ParamSpec {
            name: "scale",
            default: 10.0,
            min: 1e-2,
            max: 1e3,
            doc: "scale of feature x2 relative to x1 (1 = normalized)",
        }],
        build: scaled_regression,
    },
    ZooEntry {
        name: "logits-ce",
        title: "Cross-entropy over two logits (one example of class 1)",
        family: Family::Lecture,
        axes: Axes::Logits,
        params: &[],
        build: logits_ce,
    },
    ZooEntry {
        name: "logits-mse",
        title: "MSE on the softmax over two logits (one example of class 1)",
        family: Family::Lecture,
        axes: Axes::Logits,
        params: &[],
        build: logits_mse,
    },
];

/// The lecture's figure of the two losses: logits in [−10, 10]², starting top-left.
const LOGIT_DOMAIN: f64 = 10.0;

/// Suggested starts on the logit surfaces: top-left (very wrong), and the origin.
const LOGIT_STARTS: [[f64; 2]; 2] = [[-8.0, 8.0], [0.0, 0.0]];

/// −ln softmax₁(y₁, y₂) = ln(1 + e^(y₂ − y₁)): cross-entropy of one example of class 1.
struct LogitsCrossEntropy;

impl Landscape for LogitsCrossEntropy {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        ((y - x).exp() + 1.0).ln()
    }
}

/// (1 − p₁)² + p₂² = 2·σ(y₂ − y₁)²: squared error of the softmax against the one-hot (1, 0).
struct LogitsSquaredError;

impl Landscape for LogitsSquaredError {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let p2 = ((x - y).exp() + 1.0).recip();
        p2 * p2 * 2.0
    }
}

fn logits_ce(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "−ln softmax₁ = ln(1 + e^(y − x))  (x = y₁, y = y₂)".into(),
        note: "One example of class 1: the loss over the network's two outputs y₁, y₂ before \
               the softmax. Where the example is badly wrong (top left) the slope is about 1: \
               gradient descent keeps moving. PyTorch's CrossEntropyLoss includes the softmax.",
        domain: Domain::square(LOGIT_DOMAIN),
        starts: LOGIT_STARTS.to_vec(),
        critical_points: Vec::new(),
        objective: Arc::new(LogitsCrossEntropy),
    }
}

fn logits_mse(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "(1 − p₁)² + p₂² = 2·σ(y − x)²,  p = softmax(x, y)".into(),
        note: "One example of class 1, squared error of the softmax against the target (1, 0). \
               Where the example is badly wrong (top left) the softmax saturates: the surface \
               is flat and gradient descent stalls, though the loss is large.",
        domain: Domain::square(LOGIT_DOMAIN),
        starts: LOGIT_STARTS.to_vec(),
        critical_points: Vec::new(),
        objective: Arc::new(LogitsSquaredError),
    }
}

/// L = (1 − w1·w2)²: the network y = w1·w2·x on the sample x = 1, target 1, squared error.
struct TinyNet;

impl Landscape for TinyNet {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let r = -(x * y) + 1.0;
        r * r
    }
}

/// Suggested starts on the tiny network: just off the saddle, far on the anti-diagonal, on it.
pub(super) const TINY_NET_STARTS: [[f64; 2]; 3] = [[0.05, -0.03], [-1.5, 1.5], [0.0, 0.0]];

/// The tiny network's saddle at the origin and two of its minima on w1·w2 = 1.
pub(super) fn tiny_net_critical_points() -> Vec<CriticalPoint> {
    vec![
        CriticalPoint::new([0.0, 0.0], 1.0, Kind::Saddle),
        CriticalPoint::new([1.0, 1.0], 0.0, Kind::Minimum),
        CriticalPoint::new([-1.0, -1.0], 0.0, Kind::Minimum),
    ]
}

fn tiny_net(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "(1 − w1·w2)²  (x = w1, y = w2)".into(),
        note: "The network y = w1·w2·x on one sample (x = 1, target 1). The origin is a saddle \
               (Hessian eigenvalues −2 and +2); every point of the curve w1·w2 = 1 is a \
               minimum, where the Hessian has a zero eigenvalue along the curve.",
        domain: Domain::square(2.0),
        starts: TINY_NET_STARTS.to_vec(),
        critical_points: tiny_net_critical_points(),
        objective: Arc::new(TinyNet),
    }
}

/// f = x⁴/4 − x³/3 − x² + y²/2, whose x-derivative is x·(x + 1)·(x − 2).
struct Hill;

impl Landscape for Hill {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let x2 = x * x;
        x2 * x2 * 0.25 - x2 * x * (1.0 / 3.0) - x2 + y * y * 0.5
    }
}

fn hill(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "x⁴/4 − x³/3 − x² + y²/2".into(),
        note: "A wide, shallow valley at x = −1 beside a deep one at x = 2, separated by a low \
               ridge at x = 0. Plain gradient descent stops in the first valley it meets; \
               momentum carries enough speed over the ridge into the deep one.",
        domain: Domain::new(-2.5, 3.0, -2.0, 2.0),
        starts: vec![[-2.3, 1.0], [-2.0, -1.5]],
        critical_points: vec![
            CriticalPoint::new([-1.0, 0.0], -5.0 / 12.0, Kind::Minimum),
            CriticalPoint::new([0.0, 0.0], 0.0, Kind::Saddle),
            CriticalPoint::new([2.0, 0.0], -8.0 / 3.0, Kind::Minimum),
        ],
        objective: Arc::new(Hill),
    }
}

/// Mean squared error of ŷ = w1·x1 + w2·x2 on nine samples: x1 and x2/scale on the grid
/// {−1, 0, 1}², targets from the true weights (1, 1). In closed form
/// f = ⅔·((w1 − 1)² + scale²·(w2 − 1)²).
struct ScaledRegression {
    scale: f64,
}

impl Landscape for ScaledRegression {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let mut sum = D::from(0.0);
        for a in [-1.0, 0.0, 1.0] {
            for b in [-1.0, 0.0, 1.0] {
                let (x1, x2) = (a, b * self.scale);
                let residual = x * x1 + y * x2 - (x1 + x2);
                sum += residual * residual;
            }
        }
        sum / 9.0
    }
}

fn scaled_regression(p: &[ParamValue]) -> Blueprint {
    let scale = get(p, "scale");
    Blueprint {
        formula: format!("mean over 9 samples of (w1·x1 + w2·x2 − y)², x2 ≈ {scale}·x1"),
        note: "When one feature is much larger than the other, its weight is much more \
               sensitive: the loss is a long thin valley with condition number scale². \
               Normalizing the features (scale = 1) makes the contours round.",
        domain: Domain::new(-1.0, 3.0, -1.0, 3.0),
        starts: vec![[-0.5, 2.5], [2.5, -0.5]],
        critical_points: vec![CriticalPoint::new([1.0, 1.0], 0.0, Kind::Minimum)],
        objective: Arc::new(ScaledRegression { scale }),
    }
}

//! Two-parameter networks as surfaces: real networks of the MLP engine, their loss restricted
//! to two weights (or two directions), evaluated by backpropagation with exact second order.

use std::sync::Arc;

use super::lecture::{TINY_NET_STARTS, tiny_net_critical_points};
use super::params::get;
use super::zoo::{Blueprint, ZooEntry};
use super::{Axes, CriticalPoint, Domain, Family, Kind, Objective, ParamSpec, ParamValue};
use crate::nn::{
    Activation, Architecture, DataSpec, Dataset, DatasetKind, FastLoss, Loss, LossPlane, Mlp,
    Scaler, Targets, TrainSpec, filter_normalized,
};
use crate::progress::Progress;

/// The surfaces of this family.
pub(super) const ENTRIES: &[ZooEntry] = &[
    ZooEntry {
        name: "net-tiny",
        title: "Network y = w2·(w1·x) on one sample",
        family: Family::Networks,
        axes: Axes::Weights,
        params: &[],
        build: net_tiny,
    },
    ZooEntry {
        name: "net-classifier-ce",
        title: "Two-weight classifier, cross-entropy",
        family: Family::Networks,
        axes: Axes::WeightAndBias,
        params: &[],
        build: classifier_ce,
    },
    ZooEntry {
        name: "net-classifier-mse",
        title: "Two-weight classifier, MSE on softmax",
        family: Family::Networks,
        axes: Axes::WeightAndBias,
        params: &[],
        build: classifier_mse,
    },
    ZooEntry {
        name: "net-regression-raw",
        title: "Linear regression network, raw features",
        family: Family::Networks,
        axes: Axes::Weights,
        params: SCALE,
        build: regression_raw,
    },
    ZooEntry {
        name: "net-regression-bn",
        title: "Linear regression network, normalized features",
        family: Family::Networks,
        axes: Axes::Weights,
        params: SCALE,
        build: regression_bn,
    },
    ZooEntry {
        name: "net-moons-slice",
        title: "Slice of a trained 2-6-6-2 network on the moons",
        family: Family::Networks,
        axes: Axes::RandomDirections,
        params: &[],
        build: moons_slice,
    },
];

const SCALE: &[ParamSpec] = &[ParamSpec {
    name: "scale",
    default: 10.0,
    min: 1e-2,
    max: 1e3,
    doc: "scale of the second feature relative to the first",
}];

impl Objective for LossPlane {
    fn value(&self, p: [f64; 2]) -> f64 {
        LossPlane::value(self, p)
    }

    fn gradient(&self, p: [f64; 2]) -> (f64, [f64; 2]) {
        LossPlane::gradient(self, p)
    }

    fn hessian(&self, p: [f64; 2]) -> (f64, [f64; 2], [[f64; 2]; 2]) {
        LossPlane::hessian(self, p)
    }
}

/// Multiply-adds per evaluation (examples × parameters) above which a network surface counts
/// as expensive: 3,000 exact gradients then take about a second.
const EXPENSIVE_WORK: usize = 20_000;

/// A trained network's loss on a plane: exact values and derivatives from the f64 pass,
/// pictures from the fast f32 pass ([`FastLoss`], within 2·10⁻⁶ of the f64 pass).
struct TrainedPlane {
    plane: LossPlane,
    fast: Option<FastLoss>,
}

impl Objective for TrainedPlane {
    fn value(&self, p: [f64; 2]) -> f64 {
        self.plane.value(p)
    }

    fn gradient(&self, p: [f64; 2]) -> (f64, [f64; 2]) {
        self.plane.gradient(p)
    }

    fn hessian(&self, p: [f64; 2]) -> (f64, [f64; 2], [[f64; 2]; 2]) {
        self.plane.hessian(p)
    }

    fn value_for_drawing(&self, p: [f64; 2]) -> f64 {
        match &self.fast {
            Some(fast) => fast.loss(&self.plane.params_at(p)),
            None => self.plane.value(p),
        }
    }

    fn is_expensive(&self) -> bool {
        self.plane.data.len() * self.plane.model.params.len() > EXPENSIVE_WORK
    }
}

/// A trained network's loss on a plane as an objective: exact values and derivatives from the
/// f64 pass, pictures from the fast f32 pass.
pub fn trained_plane(plane: LossPlane) -> Arc<dyn Objective> {
    Arc::new(TrainedPlane {
        fast: FastLoss::new(&plane.model, &plane.data),
        plane,
    })
}

/// A network with all parameters zero, so that only the plane's directions move it.
fn zero_network(arch: Architecture) -> Mlp {
    let mut model = Mlp::new(arch, 0).expect("the zoo's networks are valid");
    model.params.fill(0.0);
    model
}

/// The unit vector along parameter `i` of `n`.
fn unit(n: usize, i: usize) -> Vec<f64> {
    let mut v = vec![0.0; n];
    v[i] = 1.0;
    v
}

fn net_tiny(_: &[ParamValue]) -> Blueprint {
    // 1 input → 1 linear unit → 1 output; parameters: w1, b1, w2, b2 (biases stay 0).
    let model = zero_network(Architecture {
        inputs: 1,
        hidden: vec![1],
        outputs: 1,
        activation: Activation::Identity,
        batch_norm: false,
        loss: Loss::Mse,
        weight_decay: 0.0,
    });
    let data = Dataset {
        features: 1,
        x: vec![1.0],
        targets: Targets::Values(vec![1.0]),
        classes: 0,
    };
    Blueprint {
        formula: "MSE of y = w2·(w1·x) on x = 1, target 1  (x = w1, y = w2)".into(),
        note: "The lecture's tiny network built from real layers and evaluated by \
               backpropagation: it is exactly tiny-net, (1 − w1·w2)². The origin is a saddle \
               (eigenvalues −2 and +2); the curve w1·w2 = 1 is a valley of minima.",
        domain: Domain::square(2.0),
        starts: TINY_NET_STARTS.to_vec(),
        critical_points: tiny_net_critical_points(),
        objective: Arc::new(LossPlane {
            model,
            data,
            directions: [unit(4, 0), unit(4, 2)],
        }),
    }
}

/// One feature, two classes; the overlapping pair near 0 keeps the best weights finite.
fn classifier_data() -> Dataset {
    let x = vec![-2.0, -1.2, -0.6, 0.6, 1.2, 2.0, -0.3, 0.3];
    let classes = x
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            if i >= 6 {
                usize::from(v < 0.0)
            } else {
                usize::from(v > 0.0)
            }
        })
        .collect();
    Dataset {
        features: 1,
        x,
        targets: Targets::Classes(classes),
        classes: 2,
    }
}

/// The classifier with logits (−(w·x + b)/2, (w·x + b)/2): softmax sees w·x + b.
fn classifier(loss: Loss) -> LossPlane {
    let model = zero_network(Architecture {
        inputs: 1,
        hidden: Vec::new(),
        outputs: 2,
        activation: Activation::Identity,
        batch_norm: false,
        loss,
        weight_decay: 0.0,
    });
    // Parameters: W = (w₀, w₁) per class, then b = (b₀, b₁).
    LossPlane {
        model,
        data: classifier_data(),
        directions: [vec![-0.5, 0.5, 0.0, 0.0], vec![0.0, 0.0, -0.5, 0.5]],
    }
}

const CLASSIFIER_NOTE: &str = "A logistic classifier of one feature: weight w (x) and bias b \
    (y), the same eight examples under two losses. Started far on the wrong side (upper left), \
    cross-entropy still has a gradient of about one per misclassified example and slides \
    down; MSE on the softmax saturates there: a plateau with a vanishing gradient.";

fn classifier_ce(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "mean −log softmax(w·x + b)[class] over 8 examples".into(),
        note: CLASSIFIER_NOTE,
        domain: Domain::new(-8.0, 8.0, -6.0, 6.0),
        starts: vec![[-6.0, 4.0], [0.0, 0.0]],
        critical_points: Vec::new(),
        objective: Arc::new(classifier(Loss::Ce)),
    }
}

fn classifier_mse(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "mean ‖softmax(w·x + b) − onehot(class)‖²/2 over 8 examples".into(),
        note: CLASSIFIER_NOTE,
        domain: Domain::new(-8.0, 8.0, -6.0, 6.0),
        starts: vec![[-6.0, 4.0], [0.0, 0.0]],
        critical_points: Vec::new(),
        objective: Arc::new(classifier(Loss::MseSoftmax)),
    }
}

/// y = w1·x1 + w2·x2 (bias fixed at 0) on 200 examples of the `linear` data set; with
/// `normalize`, the features pass a full-batch normalization first.
fn regression(scale: f64, normalize: bool) -> (LossPlane, [f64; 2], f64) {
    let spec = DataSpec {
        samples: 200,
        scale,
        test_fraction: 0.0,
        ..DataSpec::new(DatasetKind::Linear)
    };
    let data = spec.generate().expect("the zoo's data set is valid").train;
    let mut model = zero_network(Architecture {
        inputs: 2,
        hidden: Vec::new(),
        outputs: 1,
        activation: Activation::Identity,
        batch_norm: false,
        loss: Loss::Mse,
        weight_decay: 0.0,
    });
    if normalize {
        model.scaler = Some(Scaler::fit(&data));
    }
    let plane = LossPlane {
        directions: [unit(3, 0), unit(3, 1)],
        model,
        data,
    };
    let (minimum, value) = least_squares(&plane);
    (plane, minimum, value)
}

/// The minimum of a quadratic plane: one Newton step from the origin, exact.
fn least_squares(plane: &LossPlane) -> ([f64; 2], f64) {
    let (_, g, h) = plane.hessian([0.0, 0.0]);
    let det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
    let at = [
        -(h[1][1] * g[0] - h[0][1] * g[1]) / det,
        -(h[0][0] * g[1] - h[1][0] * g[0]) / det,
    ];
    (at, plane.value(at))
}

fn regression_blueprint(v: &[ParamValue], normalize: bool) -> Blueprint {
    let scale = get(v, "scale");
    let (plane, minimum, value) = regression(scale, normalize);
    let (formula, note) = if normalize {
        (
            format!("MSE of w1·x̂1 + w2·x̂2, x̂ = standardized (x1, {scale}·z2)"),
            "The same regression after the features pass a normalization layer (batch norm \
             over the whole batch, γ = 1, β = 0): both directions curve alike, the bowl is \
             round, and one learning rate suits both weights.",
        )
    } else {
        (
            format!("MSE of w1·x1 + w2·x2, features (z1, {scale}·z2)"),
            "A linear network on two features of very different scales: the loss curves \
             scale² times more steeply along w2 than along w1 — a ravine. Compare its \
             condition number with net-regression-bn.",
        )
    };
    Blueprint {
        formula,
        note,
        domain: Domain::square(2.0),
        starts: vec![[-1.5, 1.5], [1.5, -1.5]],
        critical_points: vec![CriticalPoint::new(minimum, value, Kind::Minimum)],
        objective: Arc::new(plane),
    }
}

fn regression_raw(v: &[ParamValue]) -> Blueprint {
    regression_blueprint(v, false)
}

fn regression_bn(v: &[ParamValue]) -> Blueprint {
    regression_blueprint(v, true)
}

/// A 2-6-6-2 tanh network trained with Adam on 45 moons (60 epochs, seed 0), trained once per
/// process. Small on purpose: every point of the surface is a pass over the examples, and the
/// app evaluates hundreds of thousands of them.
fn trained_moons() -> &'static (Mlp, Dataset) {
    static TRAINED: std::sync::OnceLock<(Mlp, Dataset)> = std::sync::OnceLock::new();
    TRAINED.get_or_init(|| {
        let spec = DataSpec {
            samples: 60,
            ..DataSpec::new(DatasetKind::Moons)
        };
        let split = spec.generate().expect("the zoo's data set is valid");
        let arch = Architecture {
            inputs: 2,
            hidden: vec![6, 6],
            outputs: 2,
            activation: Activation::Tanh,
            batch_norm: false,
            loss: Loss::Ce,
            weight_decay: 0.0,
        };
        let mut model = Mlp::new(arch, 0).expect("the zoo's network is valid");
        let train = TrainSpec {
            optimizer: "adam:lr=0.01".parse().expect("a valid optimizer"),
            epochs: 60,
            batch: 16,
            seed: 0,
        };
        model
            .train(&split, &train, false, &Progress::new())
            .expect("the zoo's training settings are valid");
        (model, split.train)
    })
}

fn moons_slice(_: &[ParamValue]) -> Blueprint {
    let (model, data) = trained_moons();
    Blueprint {
        formula: "training loss at θ* + x·d₁ + y·d₂, d filter-normalized random (seed 0)".into(),
        note: "A real network's loss around the weights training found (the centre), on a \
               plane of two random directions scaled to each unit's weights (Li et al. 2018): \
               a basin that is far from a quadratic bowl, with flat shelves where the tanh \
               units saturate. The centre is not exactly a minimum: training stopped early.",
        domain: Domain::square(1.0),
        starts: vec![[0.8, 0.6], [-0.7, -0.9], [0.0, 0.0]],
        critical_points: Vec::new(),
        objective: trained_plane(LossPlane {
            directions: filter_normalized(model, 0),
            model: model.clone(),
            data: data.clone(),
        }),
    }
}

//! The networks and data the fast paths (f32 slices, the matrix-product Hessian) are checked
//! against the generic passes on: every activation and loss, BatchNorm, input scaling, weight
//! decay, several outputs, deep and linear networks. Each test takes the cases its path serves.

use super::{Activation, Architecture, DataSpec, Dataset, DatasetKind, Loss, Mlp, Scaler};

/// A network shape, the data set it learns, and whether its inputs are scaled.
pub struct Case {
    pub arch: Architecture,
    pub kind: DatasetKind,
    pub scaled: bool,
}

/// Every case.
pub fn cases() -> Vec<Case> {
    let base = Architecture {
        inputs: 2,
        // Widths that leave the f32 pass partial last blocks of units.
        hidden: vec![7, 5],
        outputs: 2,
        activation: Activation::Tanh,
        batch_norm: false,
        loss: Loss::Ce,
        weight_decay: 0.0,
    };
    let case = |arch: Architecture, kind: DatasetKind, scaled: bool| Case { arch, kind, scaled };
    let mut cases = Vec::new();
    for activation in [
        Activation::Tanh,
        Activation::Relu,
        Activation::Sigmoid,
        Activation::Gelu,
        Activation::Identity,
    ] {
        for loss in [Loss::Ce, Loss::Mse, Loss::MseSoftmax] {
            let arch = Architecture {
                activation,
                loss,
                ..base.clone()
            };
            cases.push(case(arch, DatasetKind::Moons, false));
        }
    }
    let three = Architecture {
        outputs: 3,
        hidden: vec![9],
        batch_norm: true,
        weight_decay: 0.01,
        ..base.clone()
    };
    let three_mse = Architecture {
        loss: Loss::MseSoftmax,
        ..three.clone()
    };
    let deep = Architecture {
        hidden: vec![3, 4, 2],
        outputs: 3,
        weight_decay: 0.05,
        ..base.clone()
    };
    let bce = |batch_norm| Architecture {
        hidden: vec![5],
        outputs: 1,
        loss: Loss::Bce,
        batch_norm,
        ..base.clone()
    };
    let regression = |hidden| Architecture {
        inputs: 1,
        hidden,
        outputs: 1,
        loss: Loss::Mse,
        ..base.clone()
    };
    cases.extend([
        case(three, DatasetKind::Blobs, true),
        case(three_mse, DatasetKind::Blobs, false),
        case(deep, DatasetKind::Blobs, true),
        case(bce(true), DatasetKind::Circles, true),
        case(bce(false), DatasetKind::Circles, false),
        case(regression(vec![7, 5]), DatasetKind::Regression, false),
        case(regression(Vec::new()), DatasetKind::Regression, false),
    ]);
    cases
}

impl Case {
    /// `samples` examples of the case's data (the training part) and its network built with
    /// `seed`, the input scaler fitted when the case scales.
    pub fn fitted(&self, samples: usize, seed: u64) -> (Mlp, Dataset) {
        let data = DataSpec {
            samples,
            classes: 3,
            ..DataSpec::new(self.kind)
        }
        .generate()
        .expect("data")
        .train;
        let mut model = Mlp::new(self.arch.clone(), seed).expect("model");
        if self.scaled {
            model.scaler = Some(Scaler::fit(&data));
        }
        (model, data)
    }
}

/// A small tanh classifier on the moons, with or without BatchNorm, and its data: for the
/// paths that hand some networks back to the generic passes.
pub fn small(activation: Activation, batch_norm: bool) -> (Mlp, Dataset) {
    let arch = Architecture {
        inputs: 2,
        hidden: vec![4],
        outputs: 2,
        activation,
        batch_norm,
        loss: Loss::Ce,
        weight_decay: 0.0,
    };
    let case = Case {
        arch,
        kind: DatasetKind::Moons,
        scaled: false,
    };
    case.fitted(400, 0)
}

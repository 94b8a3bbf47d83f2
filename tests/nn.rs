//! The MLP engine against independent references: central differences for gradients and
//! Hessian-vector products and the full Hessian, BatchNorm by hand, Lanczos against the full
//! spectrum, and training to a stated accuracy.

use losscape::nn::{
    Activation, Architecture, Augmentation, DataSpec, Dataset, DatasetKind, EpochRecord,
    Initialization, Loss, LossPlane, Mlp, NormMode, Role, Scaler, Spectrum, Split, Targets,
    TrainSpec, filter_normalized, hessian_directions, named_weights, pca_directions,
};
use losscape::progress::Progress;

/// A tanh network with `hidden` layers and cross-entropy, trained with Adam (lr 0.01, batch 32,
/// seed 0) on the default moons: the network, the data and the history.
fn trained_on_moons(hidden: &[usize], epochs: usize) -> (Mlp, Split, Vec<EpochRecord>) {
    let split = DataSpec::new(DatasetKind::Moons).generate().expect("data");
    let arch = Architecture {
        inputs: 2,
        hidden: hidden.to_vec(),
        outputs: 2,
        activation: Activation::Tanh,
        batch_norm: false,
        loss: Loss::Ce,
        weight_decay: 0.0,
    };
    let mut model = Mlp::new(arch, 0).expect("a valid network");
    let spec = TrainSpec {
        optimizer: "adam:lr=0.01".parse().expect("a valid optimizer"),
        epochs,
        batch: 32,
        seed: 0,
    };
    let history = model
        .train(&split, &spec, false, &Progress::new())
        .expect("valid settings");
    (model, split, history)
}

/// A few examples of a data set, small enough to difference every parameter.
fn few(kind: DatasetKind, n: usize) -> Dataset {
    let spec = DataSpec {
        samples: n,
        test_fraction: 0.0,
        ..DataSpec::new(kind)
    };
    spec.generate().expect("data").train
}

fn net(
    inputs: usize,
    hidden: &[usize],
    outputs: usize,
    activation: Activation,
    batch_norm: bool,
    loss: Loss,
) -> Mlp {
    let arch = Architecture {
        inputs,
        hidden: hidden.to_vec(),
        outputs,
        activation,
        batch_norm,
        loss,
        weight_decay: 0.01,
    };
    let mut model = Mlp::new(arch, 7).expect("a valid network");
    // Move BatchNorm's γ, β and running statistics away from 1, 0 so that they matter.
    for (i, p) in model.params.iter_mut().enumerate() {
        *p += 0.05 * ((i as f64) * 0.7).sin();
    }
    for (l, mean) in model.running.mean.iter_mut().enumerate() {
        for (o, m) in mean.iter_mut().enumerate() {
            *m = 0.1 * (l + o) as f64 - 0.2;
            model.running.var[l][o] = 0.5 + 0.1 * o as f64;
        }
    }
    model
}

/// Central difference of the loss along parameter i.
fn numeric_partial(model: &Mlp, data: &Dataset, mode: NormMode<'_>, i: usize, h: f64) -> f64 {
    let at = |delta: f64| {
        let mut p = model.params.clone();
        p[i] += delta;
        model.loss_and_gradient(&p, data, mode).loss
    };
    (at(h) - at(-h)) / (2.0 * h)
}

fn assert_gradient_matches(model: &Mlp, data: &Dataset, mode: NormMode<'_>, what: &str) {
    let pass = model.loss_and_gradient(&model.params, data, mode);
    assert!(pass.loss.is_finite(), "{what}");
    let scale = pass.gradient.iter().fold(1e-3f64, |m, g| m.max(g.abs()));
    for i in 0..model.params.len() {
        let numeric = numeric_partial(model, data, mode, i, 1e-5);
        let err = (pass.gradient[i] - numeric).abs();
        assert!(
            err <= 1e-6 * scale,
            "{what}: ∂/∂θ{i} = {} but differences give {numeric} (scale {scale})",
            pass.gradient[i]
        );
    }
}

#[test]
fn gradients_of_every_activation_loss_and_batch_norm_mode_match_differences() {
    let moons = few(DatasetKind::Moons, 12);
    let blobs = few(DatasetKind::Blobs, 12);
    let regression = few(DatasetKind::Regression, 10);
    let activations = [
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Gelu,
        Activation::Relu,
    ];
    for activation in activations {
        for batch_norm in [false, true] {
            let cases: [(&Dataset, usize, Loss); 5] = [
                (&blobs, 3, Loss::Ce),
                (&blobs, 3, Loss::MseSoftmax),
                (&blobs, 3, Loss::Mse),
                (&moons, 1, Loss::Bce),
                (&regression, 1, Loss::Mse),
            ];
            for (data, outputs, loss) in cases {
                let model = net(
                    data.features,
                    &[5, 4],
                    outputs,
                    activation,
                    batch_norm,
                    loss,
                );
                let what = format!("{activation:?} {loss:?} bn={batch_norm}");
                assert_gradient_matches(&model, data, NormMode::Batch, &format!("{what} train"));
                if batch_norm {
                    let eval = NormMode::Running(&model.running);
                    assert_gradient_matches(&model, data, eval, &format!("{what} eval"));
                }
            }
        }
    }
}

#[test]
fn input_normalization_changes_the_inputs_and_keeps_gradients_exact() {
    let data = few(DatasetKind::Linear, 16);
    let mut model = net(2, &[6], 1, Activation::Tanh, false, Loss::Mse);
    model.scaler = Some(Scaler::fit(&data));
    let scaled = model.inputs(&data);
    for j in 0..2 {
        let column: Vec<f64> = scaled.iter().skip(j).step_by(2).copied().collect();
        let mean = column.iter().sum::<f64>() / column.len() as f64;
        let var = column.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / column.len() as f64;
        assert!(
            mean.abs() < 1e-12 && (var - 1.0).abs() < 1e-12,
            "{mean} {var}"
        );
    }
    assert_gradient_matches(&model, &data, NormMode::Batch, "normalized inputs");
}

#[test]
fn hessian_vector_products_match_differences_of_gradients_and_are_symmetric() {
    let blobs = few(DatasetKind::Blobs, 10);
    for (activation, batch_norm, loss) in [
        (Activation::Tanh, false, Loss::Ce),
        (Activation::Gelu, true, Loss::Ce),
        (Activation::Sigmoid, true, Loss::MseSoftmax),
        (Activation::Tanh, false, Loss::Mse),
    ] {
        let model = net(2, &[4, 3], 3, activation, batch_norm, loss);
        let p = model.params.len();
        let v: Vec<f64> = (0..p).map(|i| ((i as f64) * 1.3).cos()).collect();
        let w: Vec<f64> = (0..p).map(|i| ((i as f64) * 0.4 + 1.0).sin()).collect();
        for mode in [NormMode::Batch, NormMode::Running(&model.running)] {
            let hv = model.hessian_vector(&model.params, &v, &blobs, mode);
            let grad_at = |t: f64| {
                let q: Vec<f64> = model
                    .params
                    .iter()
                    .zip(&v)
                    .map(|(a, b)| a + t * b)
                    .collect();
                model.loss_and_gradient(&q, &blobs, mode).gradient
            };
            let h = 1e-5;
            let (up, down) = (grad_at(h), grad_at(-h));
            let scale = hv.iter().fold(1e-3f64, |m, x| m.max(x.abs()));
            for i in 0..p {
                let numeric = (up[i] - down[i]) / (2.0 * h);
                assert!(
                    (hv[i] - numeric).abs() <= 1e-6 * scale,
                    "{activation:?} {loss:?} bn={batch_norm}: (Hv)_{i} = {} vs {numeric}",
                    hv[i]
                );
            }
            // wᵀ(Hv) = vᵀ(Hw): the Hessian is symmetric.
            let hw = model.hessian_vector(&model.params, &w, &blobs, mode);
            let wthv: f64 = w.iter().zip(&hv).map(|(a, b)| a * b).sum();
            let vthw: f64 = v.iter().zip(&hw).map(|(a, b)| a * b).sum();
            assert!(
                (wthv - vthw).abs() < 1e-10 * wthv.abs().max(1.0),
                "{wthv} vs {vthw}"
            );
        }
    }
}

#[test]
fn batch_norm_train_and_eval_outputs_match_hand_computed_numbers() {
    // 1 input → 2 hidden units with BatchNorm (identity-free: tanh) → 1 output, 3 examples.
    let arch = Architecture {
        inputs: 1,
        hidden: vec![2],
        outputs: 1,
        activation: Activation::Tanh,
        batch_norm: true,
        loss: Loss::Mse,
        weight_decay: 0.0,
    };
    let mut model = Mlp::new(arch, 0).unwrap();
    // Layout: W1 (2×1), b1 (2), γ (2), β (2), W2 (1×2), b2 (1).
    let (w1, b1, gamma, beta, w2, b2) = (
        [2.0, -1.0],
        [0.5, 0.0],
        [1.5, 0.5],
        [0.1, -0.2],
        [1.0, -2.0],
        0.3,
    );
    model.params = vec![
        w1[0], w1[1], b1[0], b1[1], gamma[0], gamma[1], beta[0], beta[1], w2[0], w2[1], b2,
    ];
    model.running.mean = vec![vec![0.4, -0.1]];
    model.running.var = vec![vec![2.0, 0.5]];
    let xs = [1.0, -0.5, 2.0];
    let data = Dataset {
        features: 1,
        x: xs.to_vec(),
        targets: Targets::Values(vec![0.0; 3]),
        classes: 0,
    };
    // By hand, unit by unit.
    let z = |u: usize, x: f64| w1[u] * x + b1[u];
    let batch_out = |x: f64| {
        let mut out = b2;
        for u in 0..2 {
            let zs: Vec<f64> = xs.iter().map(|&v| z(u, v)).collect();
            let mean = zs.iter().sum::<f64>() / 3.0;
            let var = zs.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / 3.0;
            let y = gamma[u] * (z(u, x) - mean) / (var + 1e-5).sqrt() + beta[u];
            out += w2[u] * y.tanh();
        }
        out
    };
    let eval_out = |x: f64| {
        let (m, v): ([f64; 2], [f64; 2]) = ([0.4, -0.1], [2.0, 0.5]);
        let mut out = b2;
        for u in 0..2 {
            let y = gamma[u] * (z(u, x) - m[u]) / (v[u] + 1e-5).sqrt() + beta[u];
            out += w2[u] * y.tanh();
        }
        out
    };
    let train = model.loss_and_gradient(&model.params, &data, NormMode::Batch);
    let eval = model.loss_and_gradient(&model.params, &data, NormMode::Running(&model.running));
    for (i, &x) in xs.iter().enumerate() {
        assert!((train.outputs[i] - batch_out(x)).abs() < 1e-12, "train {i}");
        assert!((eval.outputs[i] - eval_out(x)).abs() < 1e-12, "eval {i}");
    }
    // Running statistics: momentum 0.1, the batch's unbiased variance.
    let zs: Vec<f64> = xs.iter().map(|&v| z(0, v)).collect();
    let mean = zs.iter().sum::<f64>() / 3.0;
    let unbiased = zs.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / 2.0;
    model.update_running(&train.batch_stats, 3);
    assert!((model.running.mean[0][0] - (0.9 * 0.4 + 0.1 * mean)).abs() < 1e-14);
    assert!((model.running.var[0][0] - (0.9 * 2.0 + 0.1 * unbiased)).abs() < 1e-14);
}

#[test]
fn a_2_16_16_2_tanh_net_learns_the_moons_with_adam() {
    let (_, _, history) = trained_on_moons(&[16, 16], 30);
    assert_eq!(history.len(), 31);
    let last = history.last().unwrap();
    let first = &history[0];
    assert!(
        last.train_loss < 0.2 * first.train_loss,
        "{first:?} → {last:?}"
    );
    let accuracy = last.train_accuracy.unwrap();
    assert!(
        accuracy >= 0.97,
        "training accuracy {accuracy} after 30 epochs"
    );
    assert!(last.test_accuracy.unwrap() >= 0.9, "{last:?}");
}

#[test]
fn bad_requests_are_refused_with_a_reason() {
    let arch = Architecture {
        inputs: 2,
        hidden: vec![4],
        outputs: 3,
        activation: Activation::Relu,
        batch_norm: true,
        loss: Loss::Bce,
        weight_decay: 0.0,
    };
    let e = Mlp::new(arch.clone(), 0).unwrap_err().to_string();
    assert!(e.contains("one output"), "{e}");
    let ok = Architecture {
        loss: Loss::Ce,
        ..arch
    };
    let mut model = Mlp::new(ok, 0).unwrap();
    let split = DataSpec::new(DatasetKind::Blobs).generate().unwrap();
    let mut spec = TrainSpec {
        optimizer: "sgd:lr=0.1".parse().unwrap(),
        epochs: 2,
        batch: 1,
        seed: 0,
    };
    let e = model
        .train(&split, &spec, false, &Progress::new())
        .unwrap_err()
        .to_string();
    assert!(e.contains("at least 2"), "{e}");
    spec.batch = 16;
    spec.optimizer = "newton".parse().unwrap();
    let e = model
        .train(&split, &spec, false, &Progress::new())
        .unwrap_err()
        .to_string();
    assert!(e.contains("newton"), "{e}");
    // A learning rate of 1e9 diverges and stops without a panic.
    spec.optimizer = "sgd:lr=1e9".parse().unwrap();
    let history = model.train(&split, &spec, false, &Progress::new()).unwrap();
    let (last, before) = history.split_last().unwrap();
    assert!(before.iter().all(|r| r.train_loss.is_finite()), "{last:?}");
    // Regression data cannot be classified.
    let regression = DataSpec::new(DatasetKind::Linear).generate().unwrap();
    spec.optimizer = "sgd:lr=0.1".parse().unwrap();
    let e = model
        .train(&regression, &spec, false, &Progress::new())
        .unwrap_err()
        .to_string();
    assert!(e.contains("regression targets"), "{e}");
}

#[test]
fn the_full_hessian_matches_differences_and_lanczos_finds_its_extremes() {
    let blobs = few(DatasetKind::Blobs, 20);
    let model = net(2, &[6, 5], 3, Activation::Tanh, true, Loss::Ce);
    let mode = NormMode::Running(&model.running);
    let p = model.params.len();
    let h = model.hessian(&model.params, &blobs, mode, &Progress::new());
    // Column by column against central differences of the backpropagated gradient.
    let step = 1e-5;
    let scale = h.iter().fold(1e-3f64, |m, v| m.max(v.abs()));
    for j in (0..p).step_by(7) {
        let grad_at = |t: f64| {
            let mut q = model.params.clone();
            q[j] += t;
            model.loss_and_gradient(&q, &blobs, mode).gradient
        };
        let (up, down) = (grad_at(step), grad_at(-step));
        for i in 0..p {
            let numeric = (up[i] - down[i]) / (2.0 * step);
            assert!((h[i * p + j] - numeric).abs() < 1e-6 * scale, "H[{i},{j}]");
        }
    }
    let full = Spectrum::of_matrix(&h, p);
    assert!(full.complete && full.eigenvalues.len() == p);
    let trace: f64 = (0..p).map(|i| h[i * p + i]).sum();
    let sum: f64 = full.eigenvalues.iter().sum();
    assert!(
        (trace - sum).abs() < 1e-9 * scale * p as f64,
        "{trace} vs {sum}"
    );
    let hv = |v: &[f64]| model.hessian_vector(&model.params, v, &blobs, mode);
    let lanczos = Spectrum::extremes(p, 3, 0, hv);
    let (low, high) = (&full.eigenvalues[..3], &full.eigenvalues[p - 3..]);
    let found = &lanczos.eigenvalues;
    for (a, b) in found[..3]
        .iter()
        .zip(low)
        .chain(found[3..].iter().zip(high))
    {
        assert!(
            (a - b).abs() < 1e-7 * scale,
            "{found:?} vs {low:?} … {high:?}"
        );
    }
}

#[test]
fn a_trained_networks_minimum_ratio_is_below_one_but_most_eigenvalues_are_positive() {
    let (model, split, _) = trained_on_moons(&[8, 8], 30);
    let mode = NormMode::Running(&model.running);
    let h = model.hessian(&model.params, &split.train, mode, &Progress::new());
    let spectrum = Spectrum::of_matrix(&h, model.params.len());
    let ratio = spectrum.minimum_ratio.unwrap();
    assert!(ratio < 1.0 && ratio > 0.5, "{spectrum:?}");
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[test]
fn filter_normalized_directions_match_each_rows_norm_and_leave_biases_out() {
    let model = net(2, &[6, 5], 3, Activation::Relu, true, Loss::Ce);
    let layout = model.arch.layout();
    let [d1, d2] = filter_normalized(&model, 4);
    assert_ne!(d1, d2);
    assert_eq!(
        filter_normalized(&model, 4),
        [d1.clone(), d2.clone()],
        "seeded"
    );
    for d in [&d1, &d2] {
        let mut rows: std::collections::HashMap<(usize, usize), (f64, f64)> = Default::default();
        for (i, (&di, &theta)) in d.iter().zip(&model.params).enumerate() {
            match layout.role(i) {
                Role::Weight { layer, to, .. } => {
                    let e = rows.entry((layer, to)).or_default();
                    e.0 += di * di;
                    e.1 += theta * theta;
                }
                Role::Bias | Role::Norm => assert_eq!(di, 0.0, "parameter {i}"),
            }
        }
        assert_eq!(rows.len(), 6 + 5 + 3);
        for (row, (direction, theta)) in rows {
            assert!((direction.sqrt() - theta.sqrt()).abs() < 1e-12, "{row:?}");
        }
    }
}

#[test]
fn a_slice_samples_the_loss_on_its_plane() {
    let data = few(DatasetKind::Moons, 30);
    let model = net(2, &[5], 2, Activation::Tanh, true, Loss::Ce);
    let directions = filter_normalized(&model, 1);
    let plane = LossPlane {
        model: model.clone(),
        data: data.clone(),
        directions: directions.clone(),
    };
    let slice = plane.slice(5, 0.5, &Progress::new());
    assert_eq!(slice.coordinates, vec![-0.5, -0.25, 0.0, 0.25, 0.5]);
    for (j, &beta) in slice.coordinates.iter().enumerate() {
        for (i, &alpha) in slice.coordinates.iter().enumerate() {
            let theta: Vec<f64> = (0..model.params.len())
                .map(|k| model.params[k] + alpha * directions[0][k] + beta * directions[1][k])
                .collect();
            let expected = model.loss_at(&theta, &data);
            // Slices are evaluated in f32 (FastLoss): agreement to its stated accuracy.
            assert!(
                (slice.loss[j * 5 + i] - expected).abs() < 2e-6 * expected.max(1.0),
                "({alpha}, {beta})"
            );
        }
    }
    // Named weights: unit vectors on the named parameters.
    let [a, b] = named_weights(&model, ["1.4.1", "2.1.3"]).unwrap();
    let layout = model.arch.layout();
    let at = |v: &[f64]| v.iter().position(|&x| x == 1.0).unwrap();
    assert_eq!(
        layout.role(at(&a)),
        Role::Weight {
            layer: 0,
            to: 4,
            from: 1
        }
    );
    assert_eq!(
        layout.role(at(&b)),
        Role::Weight {
            layer: 1,
            to: 1,
            from: 3
        }
    );
    assert!(named_weights(&model, ["1.9.0", "1.0.0"]).is_err());
    assert!(named_weights(&model, ["w", "1.0.0"]).is_err());
}

#[test]
fn pca_recovers_a_planar_trajectory_and_hessian_directions_are_eigenvectors() {
    // A trajectory in the plane spanned by two orthonormal vectors u, v around its end.
    let p = 40;
    let u: Vec<f64> = (0..p).map(|i| if i < 20 { 0.2236 } else { 0.0 }).collect();
    let v: Vec<f64> = (0..p)
        .map(|i| if i >= 20 { (i as f64).sin() } else { 0.0 })
        .collect();
    let v_norm = dot(&v, &v).sqrt();
    let v: Vec<f64> = v.iter().map(|x| x / v_norm).collect();
    let end: Vec<f64> = (0..p).map(|i| (i as f64 * 0.3).cos()).collect();
    let coefficients: Vec<[f64; 2]> = (0..12)
        .map(|t| [(12 - t) as f64 * 0.8, ((t * t) % 7) as f64 * 0.3 - 1.0])
        .chain([[0.0, 0.0]])
        .collect();
    let trajectory: Vec<Vec<f64>> = coefficients
        .iter()
        .map(|c| (0..p).map(|i| end[i] + c[0] * u[i] + c[1] * v[i]).collect())
        .collect();
    let plane = pca_directions(&trajectory).unwrap();
    let ([d1, d2], path) = (&plane.directions, &plane.path);
    assert!((dot(d1, d1) - 1.0).abs() < 1e-12 && dot(d1, d2).abs() < 1e-12);
    for (point, xy) in trajectory.iter().zip(path) {
        // Each point is reproduced exactly from its projected coordinates.
        for i in 0..p {
            let rebuilt = end[i] + xy[0] * d1[i] + xy[1] * d2[i];
            assert!((rebuilt - point[i]).abs() < 1e-9);
        }
    }
    assert_eq!(path.last(), Some(&[0.0, 0.0]));
    assert!(
        pca_directions(&[end.clone(), end.clone()]).is_err(),
        "no movement"
    );

    let data = few(DatasetKind::Blobs, 20);
    let model = net(2, &[6], 3, Activation::Tanh, false, Loss::Ce);
    let mode = NormMode::Running(&model.running);
    let h = model.hessian(&model.params, &data, mode, &Progress::new());
    let n = model.params.len();
    let largest = *Spectrum::of_matrix(&h, n).eigenvalues.last().unwrap();
    let [top, _] = hessian_directions(&model, &data, 0);
    let hv = model.hessian_vector(&model.params, &top, &data, mode);
    let residual: f64 = hv
        .iter()
        .zip(&top)
        .map(|(a, b)| (a - largest * b).powi(2))
        .sum();
    assert!(
        residual.sqrt() < 1e-6 * largest,
        "‖Hd − λd‖ = {}",
        residual.sqrt()
    );
}

#[test]
fn on_half_turned_data_an_output_off_network_gets_a_gradient_only_from_batches() {
    let split = DataSpec {
        augmentation: Augmentation::HalfTurn,
        ..DataSpec::new(DatasetKind::Circles)
    }
    .generate()
    .expect("data");
    let arch = Architecture {
        inputs: 2,
        hidden: vec![8],
        outputs: 2,
        activation: Activation::Tanh,
        batch_norm: false,
        loss: Loss::Ce,
        weight_decay: 0.0,
    };
    let model = Mlp::initialized(arch, 0, Initialization::ZeroOutput).expect("a network");
    let layout = model.arch.layout();
    let output_bias = |i: usize| layout.role(i) == Role::Bias && i >= layout.len() - 2;
    let n = split.train.len();
    let all: Vec<usize> = (0..n).collect();
    let full = model.loss_and_gradient(&model.params, &split.train.select(&all), NormMode::Batch);
    // Each example's pull is cancelled by its turned copy's: only the class shares are fitted.
    for (i, g) in full.gradient.iter().enumerate() {
        if output_bias(i) {
            assert!(g.abs() > 1e-4, "output bias {i}: {g}");
        } else {
            assert!(g.abs() < 1e-14, "parameter {i} ({:?}): {g}", layout.role(i));
        }
    }
    // A batch holds examples without their copies: its output weights are pulled.
    let batch: Vec<usize> = (0..16).collect();
    let pulled =
        model.loss_and_gradient(&model.params, &split.train.select(&batch), NormMode::Batch);
    let output_weights: f64 = (0..layout.len())
        .filter(|&i| matches!(layout.role(i), Role::Weight { layer: 1, .. }))
        .map(|i| pulled.gradient[i].powi(2))
        .sum();
    assert!(output_weights.sqrt() > 1e-2, "{output_weights}");
}

#[test]
fn training_stops_after_the_epoch_in_which_its_parent_measurement_is_cancelled() {
    let measurement = Progress::new();
    let (model, split, _) = trained_on_moons(&[4], 1);
    let spec = TrainSpec {
        optimizer: "sgd:lr=0.1".parse().expect("a valid optimizer"),
        epochs: 1000,
        batch: 32,
        seed: 0,
    };
    let mut running = model.clone();
    let full = running
        .train(&split, &spec, false, &measurement.child())
        .expect("trains");
    assert_eq!(full.len(), 1001);
    measurement.cancel();
    let mut stopped = model;
    let history = stopped
        .train(&split, &spec, false, &measurement.child())
        .expect("keeps what it did");
    assert_eq!(history.len(), 2, "epoch 0 and the one under way");
}

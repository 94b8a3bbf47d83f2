//! The MLP engine: loss slices, the full Hessian spectrum and the gradient of a 2-32-32-2 tanh
//! network on 1,000 points (P = 1,218), the sizes the issue sets targets for; and one training
//! update of the mini-batches lesson's network at each batch size (the lecture's table of time
//! per update and per epoch).
#![allow(missing_docs)] // criterion's macros generate undocumented functions

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use losscape::nn::{
    Activation, Architecture, DataSpec, Dataset, DatasetKind, Loss, LossPlane, Mlp, NormMode,
    Spectrum, filter_normalized,
};
use losscape::progress::Progress;

/// The allocator the app ships with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// 1,000 moons and an (untrained, seeded) 2-32-32-2 tanh network with cross-entropy.
fn network() -> (Mlp, Dataset) {
    let data = DataSpec {
        samples: 1000,
        test_fraction: 0.0,
        ..DataSpec::new(DatasetKind::Moons)
    }
    .generate()
    .expect("data")
    .train;
    let arch = Architecture {
        inputs: 2,
        hidden: vec![32, 32],
        outputs: 2,
        activation: Activation::Tanh,
        batch_norm: false,
        loss: Loss::Ce,
        weight_decay: 0.0,
    };
    (Mlp::new(arch, 0).expect("network"), data)
}

fn slices(c: &mut Criterion) {
    let (model, data) = network();
    let plane = LossPlane {
        directions: filter_normalized(&model, 0),
        model,
        data,
    };
    let mut group = c.benchmark_group("loss slice, 2-32-32-2 on 1000 points");
    group.sample_size(10);
    for n in [51, 101] {
        group.bench_function(format!("{n}x{n}"), |b| {
            b.iter(|| black_box(plane.slice(n, 1.0, &Progress::new()).loss.len()))
        });
    }
    group.finish();
}

fn spectrum(c: &mut Criterion) {
    let (model, data) = network();
    let mut group = c.benchmark_group("Hessian, 2-32-32-2 on 1000 points (P = 1218)");
    group.sample_size(10);
    let mode = NormMode::Running(&model.running);
    group.bench_function("full Hessian", |b| {
        b.iter(|| {
            black_box(
                model
                    .hessian(&model.params, &data, mode, &Progress::new())
                    .len(),
            )
        })
    });
    let h = model.hessian(&model.params, &data, mode, &Progress::new());
    let p = model.params.len();
    group.bench_function("eigenvalues (faer)", |b| {
        b.iter(|| black_box(Spectrum::of_matrix(&h, p).positive))
    });
    group.finish();
}

fn gradient(c: &mut Criterion) {
    let (model, data) = network();
    let mut group = c.benchmark_group("gradient, 2-32-32-2 on 1000 points");
    let mode = NormMode::Running(&model.running);
    group.bench_function("matrix products", |b| {
        b.iter(|| black_box(model.loss_and_gradient(&model.params, &data, mode).loss))
    });
    let inputs = model.inputs(&data);
    group.bench_function("example by example", |b| {
        b.iter(|| {
            let pass = model
                .arch
                .pass(&model.params, &inputs, &data.targets, mode, true);
            black_box(pass.loss)
        })
    });
    group.finish();
}

/// One update (drawing the batch, its gradient, the SGD step) of the mini-batches lesson's
/// network, 2-8-2 tanh on 300 training moons, at batch sizes from 1 to all 300.
fn mini_batch_update(c: &mut Criterion) {
    use losscape::lesson::NetworkSetup;
    use losscape::optim::OptimizerState;
    use rand::SeedableRng;

    let setup = NetworkSetup {
        noise: Some(0.3),
        hidden: vec![8],
        optimizer: "sgd:lr=0.5".into(),
        ..NetworkSetup::default()
    };
    let split = setup.data().expect("data");
    let mut model = setup.network(&split).expect("network");
    let spec = setup.training().expect("training").optimizer;
    let mut optimizer = OptimizerState::new(spec.clone(), model.params.len());
    let train = split.train;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(0);
    let mut group = c.benchmark_group("one update of 2-8-2 on 300 moons");
    for batch in [1, 8, 32, 128, 300] {
        group.bench_function(format!("batch {batch}"), |b| {
            b.iter(|| {
                let rows = rand::seq::index::sample(&mut rng, train.len(), batch).into_vec();
                let data = train.select(&rows);
                let pass = model.loss_and_gradient(&model.params, &data, NormMode::Batch);
                optimizer.step(&mut model.params, &pass.gradient, spec.lr, None);
                black_box(model.params[0])
            })
        });
    }
    group.finish();
}

criterion_group!(benches, slices, spectrum, gradient, mini_batch_update);
criterion_main!(benches);

//! The MLP engine: loss slices, the full Hessian spectrum and the gradient of a 2-32-32-2 tanh
//! network on 1,000 points (P = 1,218), the sizes the issue sets targets for.
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

criterion_group!(benches, slices, spectrum, gradient);
criterion_main!(benches);

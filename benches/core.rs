//! Core benchmarks: optimizer steps, a full race, and a surface sampled on a 512² grid.
#![allow(missing_docs)] // criterion's macros generate undocumented functions

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use losscape::optim::OptimizerKind;
use losscape::run::{Race, Run, RunConfig};
use losscape::surface::build_surface;
use rayon::prelude::*;

/// A reasonable learning rate per optimizer on Rosenbrock, so runs do not diverge.
fn spec_for(kind: OptimizerKind) -> String {
    match kind {
        OptimizerKind::Sgd => "sgd:lr=0.0005,momentum=0.9".into(),
        OptimizerKind::Newton => "newton:damping=1".into(),
        _ => format!("{}:lr=0.01", kind.name()),
    }
}

fn optimizer_steps(c: &mut Criterion) {
    let surface = build_surface("rosenbrock", &[]).expect("zoo surface");
    let mut group = c.benchmark_group("steps on rosenbrock");
    const STEPS: u64 = 1000;
    group.throughput(Throughput::Elements(STEPS));
    for kind in OptimizerKind::ALL {
        let mut config = RunConfig::new(spec_for(kind).parse().expect("spec"));
        config.max_steps = STEPS;
        config.trail_capacity = 0;
        group.bench_function(kind.name(), |b| {
            b.iter(|| {
                let mut run = Run::new(surface.clone(), [-1.5, 2.0], config.clone()).expect("run");
                run.finish();
                black_box(run.current().loss)
            })
        });
    }
    group.finish();
}

fn race_8_by_10k(c: &mut Criterion) {
    let surface = build_surface("rosenbrock", &[]).expect("zoo surface");
    let configs: Vec<RunConfig> = OptimizerKind::ALL
        .into_iter()
        .map(|kind| {
            let mut config = RunConfig::new(spec_for(kind).parse().expect("spec"));
            config.max_steps = 10_000;
            config
        })
        .collect();
    assert_eq!(configs.len(), 8);
    let mut group = c.benchmark_group("race");
    group.throughput(Throughput::Elements(80_000));
    group.bench_function("8 optimizers x 10k steps, full trails", |b| {
        b.iter(|| {
            let mut race =
                Race::new(&surface, [-1.5, 2.0], configs.clone(), 0, 1e-6).expect("race");
            race.finish();
            black_box(race.leaderboard().len())
        })
    });
    let bare: Vec<RunConfig> = configs
        .iter()
        .map(|c| RunConfig {
            trail_capacity: 0,
            ..c.clone()
        })
        .collect();
    group.bench_function("8 optimizers x 10k steps, no trails", |b| {
        b.iter(|| {
            let mut race = Race::new(&surface, [-1.5, 2.0], bare.clone(), 0, 1e-6).expect("race");
            race.finish();
            black_box(race.leaderboard().len())
        })
    });
    group.finish();
}

fn grid_512(c: &mut Criterion) {
    let surface = build_surface("himmelblau", &[]).expect("zoo surface");
    let points = surface.domain().cell_centers(512);
    let mut group = c.benchmark_group("grid 512x512");
    group.throughput(Throughput::Elements(points.len() as u64));
    group.bench_function("value", |b| {
        b.iter(|| points.par_iter().map(|&p| surface.value(p)).sum::<f64>())
    });
    group.bench_function("value and gradient", |b| {
        b.iter(|| {
            points
                .par_iter()
                .map(|&p| {
                    let (f, g) = surface.gradient(p);
                    f + g[0] + g[1]
                })
                .sum::<f64>()
        })
    });
    group.finish();
}

criterion_group!(benches, optimizer_steps, race_8_by_10k, grid_512);
criterion_main!(benches);

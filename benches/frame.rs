//! One full frame of the app without a window: a 512² heatmap with contours, 8 racers with
//! 10,000-point trails, every overlay on. Measures the CPU side of a frame (layout, plot,
//! tessellation); the GPU's share is not included. Also the CPU painting of an export.
#![allow(missing_docs)] // criterion's macros generate undocumented functions

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use losscape::app::{AppState, Headless, LossApp, RacerSettings, ViewOptions};

/// The allocator the app ships with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The setup drawn: Rosenbrock, eight optimizers that all survive 10,000 steps.
fn busy_state(three_d: bool) -> AppState {
    let specs = [
        "sgd:lr=0.0005",
        "sgd:lr=0.0005,momentum=0.9",
        "sgd:lr=0.0005,momentum=0.9,nesterov=true",
        "adagrad:lr=0.5",
        "rmsprop:lr=0.001",
        "adam:lr=0.01",
        "adamw:lr=0.01",
        "nadam:lr=0.01",
    ];
    let racers = specs
        .iter()
        .enumerate()
        .map(|(i, spec)| RacerSettings::new(spec, [-1.5, 2.0], i))
        .collect();
    AppState {
        racers,
        steps: 10_000,
        view: ViewOptions {
            log_scale: true,
            contours: true,
            equal_aspect: false,
            critical_points: true,
            arrows: true,
            eigen_cross: true,
            effective_step: true,
            curvature_map: true,
            basins: true,
            three_d,
            ..ViewOptions::default()
        },
        ..AppState::default()
    }
}

fn full_frame(c: &mut Criterion) {
    for (name, three_d) in [("2-D", false), ("3-D", true)] {
        let mut headless = Headless::new([1440, 900]);
        let mut app = LossApp::for_export(busy_state(three_d), &headless.ctx);
        app.clock.shown = app.scene.last_step() as f64;
        assert!(
            app.scene.grid.nx == 512 && app.basins.is_some(),
            "the full picture"
        );
        for _ in 0..3 {
            headless.frame(|ui| app.frame_ui(ui));
        }
        c.bench_function(
            &format!("app frame {name}, 8 racers x 10k, all overlays"),
            |b| b.iter(|| black_box(headless.frame(|ui| app.frame_ui(ui)).len())),
        );
    }
}

fn paint_export(c: &mut Criterion) {
    let mut headless = Headless::new([1200, 800]);
    let mut app = LossApp::for_export(busy_state(false), &headless.ctx);
    app.clock.shown = app.scene.last_step() as f64;
    let mut primitives = Vec::new();
    for _ in 0..3 {
        primitives = headless.frame(|ui| {
            let _ = app.view_ui(ui);
        });
    }
    c.bench_function("paint 1200x800 view on the CPU", |b| {
        b.iter(|| black_box(headless.paint(&primitives).pixels.len()))
    });
}

criterion_group!(benches, full_frame, paint_export);
criterion_main!(benches);

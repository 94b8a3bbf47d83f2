//! One full frame of the app without a window: a 512² heatmap with contours, 8 racers with
//! 10,000-point trails, every overlay on. Measures the CPU side of a frame (layout, plot,
//! tessellation); the GPU's share is not included. Also the CPU painting of an export, and
//! opening each lesson up to its first picture.
#![allow(missing_docs)] // criterion's macros generate undocumented functions

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use losscape::app::{Command, LossApp};
use losscape::headless::Headless;
use losscape::i18n::Language;
use losscape::lesson::built_in;
use losscape::scenario::{AppState, RacerSettings, ViewOptions};

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
        let mut app = LossApp::for_export(busy_state(three_d), Language::English, &headless.ctx);
        app.clock.shown = app.scene.last_step() as f64;
        assert!(
            app.scene.grid.nx == 512 && app.basins.map.is_some(),
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
    let mut app = LossApp::for_export(busy_state(false), Language::English, &headless.ctx);
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

/// From the click on a lesson to its first frame: the setup installed, the surface built with
/// its first grid, the paths computed or sent to the background, the claim's measurement and
/// any network training started in the background, and the frame that shows it all. The
/// lesson opened before is closed each time, which stops its background work.
fn open_lesson(c: &mut Criterion) {
    let lessons = built_in().expect("the lessons parse");
    let mut group = c.benchmark_group("open lesson");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(2));
    let mut headless = Headless::new([1440, 900]);
    let mut app = LossApp::with_state(AppState::default(), &headless.ctx);
    let ctx = headless.ctx.clone();
    for (i, lesson) in lessons.iter().enumerate() {
        group.bench_function(format!("{:02} {}", i + 1, lesson.name), |b| {
            b.iter(|| {
                app.apply(Command::OpenLesson(i), &ctx);
                black_box(headless.frame(|ui| app.frame_ui(ui)).len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, full_frame, paint_export, open_lesson);
criterion_main!(benches);

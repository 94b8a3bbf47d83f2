//! Any text as an optimizer spec and as a schedule spec: parsing never panics, and a spec that
//! parses runs 50 steps on a ravine without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use losscape::optim::{OptimizerSpec, Schedule};
use losscape::run::{Run, RunConfig};
use losscape::surface::build_surface;

fuzz_target!(|text: &str| {
    let (optimizer, schedule) = text.split_once('|').unwrap_or((text, "constant"));
    let (Ok(optimizer), Ok(schedule)) = (
        optimizer.parse::<OptimizerSpec>(),
        schedule.parse::<Schedule>(),
    ) else {
        return;
    };
    let Ok(surface) = build_surface("ravine", &[]) else {
        return;
    };
    let config = RunConfig {
        schedule,
        max_steps: 50,
        ..RunConfig::new(optimizer)
    };
    if let Ok(mut run) = Run::new(surface, [-2.0, 0.5], config) {
        run.finish();
    }
});

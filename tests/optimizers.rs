//! Whole trajectories against PyTorch: `tests/data/torch_trajectories.json` was produced by
//! torch.optim itself (and, for the conventions torch lacks, by plain-Python formulas) with
//! `tests/reference/torch_trajectories.py`.

use losscape::run::{Run, RunConfig};
use losscape::surface::build_surface;
use serde_json::Value;

/// Relative agreement per coordinate. Both sides compute in float64 with the same operation
/// order; what remains is last-bit rounding of the gradients (autograd vs dual numbers),
/// which Rosenbrock's steep walls amplify over ten steps (measured: 4e-15 at most).
const TOLERANCE: f64 = 1e-13;

#[test]
fn trajectories_match_torch_optim_step_by_step() {
    let text = include_str!("data/torch_trajectories.json");
    let doc: Value = serde_json::from_str(text).expect("valid JSON");
    let steps = doc["steps"].as_u64().expect("steps");
    let cases = doc["cases"].as_array().expect("cases");
    assert!(cases.len() >= 40);
    let mut worst = 0.0f64;
    for case in cases {
        let name = case["surface"].as_str().expect("surface");
        let params: Vec<(String, f64)> = case["params"]
            .as_array()
            .expect("params")
            .iter()
            .map(|p| {
                (
                    p[0].as_str().expect("key").to_owned(),
                    p[1].as_f64().expect("value"),
                )
            })
            .collect();
        let spec = case["optimizer"].as_str().expect("optimizer");
        let point = |v: &Value| [v[0].as_f64().expect("x"), v[1].as_f64().expect("y")];
        let start = point(&case["start"]);
        let surface = build_surface(name, &params).expect("surface");
        let mut config = RunConfig::new(spec.parse().expect(spec));
        config.max_steps = steps;
        let mut run = Run::new(surface, start, config).expect("run");
        run.finish();
        let expected = case["points"].as_array().expect("points");
        assert_eq!(run.trail().len(), expected.len(), "{name} {spec}");
        for (k, (sample, want)) in run.trail().iter().zip(expected).enumerate() {
            let want = point(want);
            for i in 0..2 {
                let err = (sample.point[i] - want[i]).abs() / (1.0 + want[i].abs());
                worst = worst.max(err);
                assert!(
                    err <= TOLERANCE,
                    "{name} {spec} step {k}: {:?} vs {want:?} ({})",
                    sample.point,
                    case["source"]
                );
            }
        }
    }
    eprintln!("largest relative difference from the reference: {worst:e}");
}

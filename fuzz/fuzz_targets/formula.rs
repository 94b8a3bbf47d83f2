//! Any text as a formula: parsing never panics, and a formula that parses evaluates (value,
//! gradient, Hessian) without panicking; wherever the value pass is finite the gradient
//! pass gives the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use losscape::surface::Formula;

fuzz_target!(|text: &str| {
    let Ok(formula) = Formula::parse(text) else {
        return;
    };
    let surface = formula.into_surface();
    for p in [[0.0, 0.0], [1.0, -1.0], [-2.0, 0.5], [2.5, 3.0]] {
        let value = surface.value(p);
        let (gradient_value, _) = surface.gradient(p);
        let _ = surface.hessian(p);
        if value.is_finite() && gradient_value.is_finite() {
            let scale = value.abs().max(gradient_value.abs()).max(1.0);
            assert!(
                (value - gradient_value).abs() <= 1e-9 * scale,
                "{text:?} at {p:?}: {value} against {gradient_value}"
            );
        }
    }
});

//! Tests of formula parsing, precedence, exact derivatives and hostile input.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::surface::Objective;

fn value(text: &str, x: f64, y: f64) -> f64 {
    Formula::parse(text).expect(text).value([x, y])
}

fn error(text: &str) -> FormulaError {
    Formula::parse(text).expect_err(text)
}

#[test]
fn textbook_precedence() {
    assert_eq!(value("-x^2", 3.0, 0.0), -9.0);
    assert_eq!(value("2^3^2", 0.0, 0.0), 512.0);
    assert_eq!(value("2^-1", 0.0, 0.0), 0.5);
    assert_eq!(value("1 - 2 - 3", 0.0, 0.0), -4.0);
    assert_eq!(value("8 / 4 / 2", 0.0, 0.0), 1.0);
    assert_eq!(value("1 + 2 * 3 ^ 2", 0.0, 0.0), 19.0);
    assert_eq!(value("-2^2", 0.0, 0.0), -4.0);
    assert_eq!(value("(-2)^2", 0.0, 0.0), 4.0);
    assert_eq!(value("x**2 + y", 2.0, 1.0), 5.0);
    assert_eq!(value("2 · x − y", 2.0, 1.0), 3.0);
    assert_eq!(value("1e-3 * x", 2.0, 0.0), 2e-3);
    assert_eq!(value("2.5E+2", 0.0, 0.0), 250.0);
    assert_eq!(value("pi", 0.0, 0.0), std::f64::consts::PI);
    assert_eq!(value("e^x", 1.0, 0.0), std::f64::consts::E);
    assert_eq!(value("w1*w2", 2.0, 3.0), 6.0);
}

#[test]
fn functions_match_std() {
    let (x, y): (f64, f64) = (0.3, -0.7);
    let cases: [(&str, f64); 12] = [
        ("sin(x)", x.sin()),
        ("cos(y)", y.cos()),
        ("tan(x)", x.tan()),
        ("atan(y)", y.atan()),
        (
            "tanh(x) + sinh(y) + cosh(x)",
            x.tanh() + y.sinh() + x.cosh(),
        ),
        ("exp(y)", y.exp()),
        ("ln(x) + log(x)", 2.0 * x.ln()),
        ("sqrt(x)", x.sqrt()),
        ("abs(y)", 0.7),
        ("atan2(y, x)", y.atan2(x)),
        ("max(x, y) + min(x, y)", x + y),
        ("sigmoid(x)", 1.0 / (1.0 + (-x).exp())),
    ];
    for (text, expected) in cases {
        assert!((value(text, x, y) - expected).abs() < 1e-14, "{text}");
    }
}

#[test]
fn derivatives_are_exact() {
    // f = x²·sin(y) + exp(x·y): hand-derived gradient and Hessian.
    let f = Formula::parse("x^2*sin(y) + exp(x*y)").unwrap();
    let (x, y) = (0.7, -1.3);
    let (v, g, h) = f.hessian([x, y]);
    let e = (x * y).exp();
    assert!((v - (x * x * y.sin() + e)).abs() < 1e-14);
    let g_ref = [2.0 * x * y.sin() + y * e, x * x * y.cos() + x * e];
    let h_ref = [
        [2.0 * y.sin() + y * y * e, 2.0 * x * y.cos() + e + x * y * e],
        [
            2.0 * x * y.cos() + e + x * y * e,
            -x * x * y.sin() + x * x * e,
        ],
    ];
    for i in 0..2 {
        assert!((g[i] - g_ref[i]).abs() < 1e-13, "gradient {i}");
        for j in 0..2 {
            assert!((h[i][j] - h_ref[i][j]).abs() < 1e-13, "hessian {i}{j}");
        }
    }
    // A variable exponent: d/dx x^y = y·x^(y−1).
    let (_, g) = Formula::parse("x^y").unwrap().gradient([2.0, 3.0]);
    assert!((g[0] - 12.0).abs() < 1e-12 && (g[1] - 8.0 * 2f64.ln()).abs() < 1e-12);
}

#[test]
fn errors_say_what_and_where() {
    let cases: [(&str, &str, usize); 14] = [
        ("", "empty", 1),
        ("   ", "empty", 1),
        ("x +", "ends", 4),
        ("x + * y", "found '*'", 5),
        ("(x + y", "missing ')' for the '(' at position 1", 7),
        ("x + y)", "')' without a matching '('", 6),
        ("x + z", "unknown name 'z'", 5),
        ("foo(x)", "unknown function 'foo'", 1),
        ("sin x", "'sin' is a function", 1),
        ("2x", "write * for a product", 2),
        ("x y", "write * for a product", 3),
        ("atan2(x)", "'atan2' takes 2 arguments, not 1", 1),
        ("sin(x, y)", "'sin' takes 1 argument, not 2", 1),
        ("x $ y", "unexpected character '$'", 3),
    ];
    for (text, needle, position) in cases {
        let e = error(text);
        assert!(e.message.contains(needle), "{text}: {e:?}");
        assert_eq!(e.position, position, "{text}: {e:?}");
    }
}

#[test]
fn pathological_nesting_is_refused_not_overflowed() {
    let deep = format!("{}x{}", "(".repeat(50_000), ")".repeat(50_000));
    assert!(error(&deep).message.contains("too long"));
    let deep = format!("{}x{}", "(".repeat(2_000), ")".repeat(2_000));
    assert!(error(&deep).message.contains("nested too deeply"));
    assert!(
        error(&"-".repeat(3_000))
            .message
            .contains("nested too deeply")
    );
    assert!(
        error(&"x^".repeat(1_000))
            .message
            .contains("nested too deeply")
    );
    let ok = format!("{}x{}", "(".repeat(90), ")".repeat(90));
    assert_eq!(value(&ok, 2.0, 0.0), 2.0);
}

#[test]
fn random_strings_never_panic() {
    const PIECES: [&str; 30] = [
        "x", "y", "1", "2.5", "1e-3", "3e", "+", "-", "*", "/", "^", "**", "(", ")", "(", ")",
        "sin", "exp", "ln", "sqrt", "atan2", "max", "pi", "e", ",", " ", "#", "z", ".", "0",
    ];
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut parsed = 0;
    for _ in 0..100_000 {
        let len = rng.random_range(1..24);
        let text: String = (0..len)
            .map(|_| PIECES[rng.random_range(0..PIECES.len())])
            .collect();
        if let Ok(f) = Formula::parse(&text) {
            parsed += 1;
            let p = [rng.random_range(-3.0..3.0), rng.random_range(-3.0..3.0)];
            let _ = f.hessian(p);
        }
    }
    assert!(
        parsed > 1_000,
        "the generator should also make valid formulas ({parsed})"
    );
}

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
        assert!(e.message.to_string().contains(needle), "{text}: {e:?}");
        assert_eq!(e.position, position, "{text}: {e:?}");
    }
}

#[test]
fn pathological_nesting_is_refused_not_overflowed() {
    let deep = format!("{}x{}", "(".repeat(50_000), ")".repeat(50_000));
    assert!(error(&deep).message.to_string().contains("too long"));
    let deep = format!("{}x{}", "(".repeat(2_000), ")".repeat(2_000));
    assert!(
        error(&deep)
            .message
            .to_string()
            .contains("nested too deeply")
    );
    assert!(
        error(&"-".repeat(3_000))
            .message
            .to_string()
            .contains("nested too deeply")
    );
    assert!(
        error(&"x^".repeat(1_000))
            .message
            .to_string()
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

#[test]
fn powers_agree_with_their_value_and_differences_however_the_exponent_is_written() {
    // (formula, point, value, gradient)
    let cases: [(&str, [f64; 2], f64, [f64; 2]); 10] = [
        ("pow(x,2)+y^2", [-1.0, 1.0], 2.0, [-2.0, 2.0]),
        ("x^(-2)+y^2", [-1.0, 1.0], 2.0, [2.0, 2.0]),
        ("x^-2", [-2.0, 0.0], 0.25, [0.25, 0.0]),
        ("x^(1+1)", [-3.0, 0.0], 9.0, [-6.0, 0.0]),
        ("x^1.5", [0.0, 0.0], 0.0, [0.0, 0.0]),
        ("x^e", [0.0, 1.0], 0.0, [0.0, 0.0]),
        ("pow(x, 2.5)", [0.0, 0.0], 0.0, [0.0, 0.0]),
        ("y^x", [2.0, -2.0], 4.0, [f64::NAN, -4.0]),
        ("x^x", [-2.0, 0.0], 0.25, [f64::NAN, 0.0]),
        ("x^y", [0.0, 3.0], 0.0, [0.0, 0.0]),
    ];
    for (text, p, value, gradient) in cases {
        let f = Formula::parse(text).expect(text);
        let (v, g) = f.gradient(p);
        assert_eq!(f.value(p), value, "{text}: the value pass");
        assert_eq!(v, value, "{text}: the dual's value");
        for i in 0..2 {
            if gradient[i].is_nan() {
                // A negative base has no power beside a whole exponent: no slope to compare.
                continue;
            }
            assert!((g[i] - gradient[i]).abs() < 1e-12, "{text}: {g:?}");
        }
        let (hv, _, _) = f.hessian(p);
        assert_eq!(hv, value, "{text}: the Hessian pass's value");
    }
    // An infinite slope stays infinite, and the value finite.
    let (v, g) = Formula::parse("x^0.5").unwrap().gradient([0.0, 0.0]);
    assert_eq!((v, g[0], g[1]), (0.0, f64::INFINITY, 0.0));
}

/// A random formula of depth at most `depth`: x, y, constants (whole, fractional, negative),
/// the operators and the smooth and non-smooth functions.
fn random_formula(rng: &mut ChaCha8Rng, depth: u32) -> String {
    const CONSTANTS: [&str; 8] = ["2", "3", "0.5", "1.5", "-2", "(1+1)", "e", "pi"];
    const FUNCTIONS: [&str; 12] = [
        "sin", "cos", "exp", "ln", "sqrt", "tanh", "atan", "abs", "sigmoid", "softplus", "relu",
        "cbrt",
    ];
    if depth == 0 || rng.random_range(0..4) == 0 {
        return match rng.random_range(0..4) {
            0 => "x".into(),
            1 => "y".into(),
            _ => CONSTANTS[rng.random_range(0..CONSTANTS.len())].into(),
        };
    }
    let kind = rng.random_range(0..9);
    let function = FUNCTIONS[rng.random_range(0..FUNCTIONS.len())];
    let mut sub = || random_formula(rng, depth - 1);
    match kind {
        0 => format!("({} + {})", sub(), sub()),
        1 => format!("({} - {})", sub(), sub()),
        2 => format!("({} * {})", sub(), sub()),
        3 => format!("({} / {})", sub(), sub()),
        4 => format!("({})^({})", sub(), sub()),
        5 => format!("pow({}, {})", sub(), sub()),
        6 => format!("max({}, {})", sub(), sub()),
        _ => format!("{function}({})", sub()),
    }
}

/// Whether every part of `node` has a finite value at `p`: where one is infinite (a division
/// by zero that a later `max` or power hides) the passes need not agree.
fn finite_throughout(node: &Node, p: [f64; 2]) -> bool {
    every_part(node, &|part| eval(part, p[0], p[1]).is_finite())
}

/// Whether every part of `node` has a finite slope at `p`: where one is infinite (cbrt at 0,
/// even inside x³·cbrt(x), which is smooth), the chain rule does not apply.
fn differentiable_throughout(node: &Node, p: [f64; 2]) -> bool {
    every_part(node, &|part| {
        let part = Formula {
            text: String::new(),
            root: Arc::new(part.clone()),
        };
        part.gradient(p).1.iter().all(|g| g.is_finite())
    })
}

/// Whether `holds` holds for `node` and each of its parts.
fn every_part(node: &Node, holds: &dyn Fn(&Node) -> bool) -> bool {
    let parts: Vec<&Node> = match node {
        Node::Const(_) | Node::X | Node::Y => Vec::new(),
        Node::Neg(a) | Node::Call1(_, a) => vec![a],
        Node::Add(a, b)
        | Node::Sub(a, b)
        | Node::Mul(a, b)
        | Node::Div(a, b)
        | Node::Pow(a, b)
        | Node::Call2(_, a, b) => vec![a, b],
    };
    holds(node) && parts.into_iter().all(|n| every_part(n, holds))
}

/// Equal, or both NaN, or within a relative 10⁻¹².
fn same(a: f64, b: f64) -> bool {
    a == b || (a.is_nan() && b.is_nan()) || (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

#[test]
fn random_formulas_agree_with_their_value_and_with_central_differences() {
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let (mut compared, mut finite, mut points) = (0, 0, 0);
    for _ in 0..20_000 {
        let text = random_formula(&mut rng, 4);
        let f = Formula::parse(&text).expect(&text);
        for _ in 0..3 {
            // Often whole or zero coordinates, where powers are delicate.
            let mut coordinate = || match rng.random_range(0..4) {
                0 => rng.random_range(-3..=3) as f64,
                _ => rng.random_range(-3.0..3.0),
            };
            let p = [coordinate(), coordinate()];
            points += 1;
            // Where every part is finite, the three passes agree on the value.
            if !finite_throughout(&f.root, p) {
                continue;
            }
            finite += 1;
            let value = f.value(p);
            let (v, g) = f.gradient(p);
            let (hv, _, _) = f.hessian(p);
            assert!(
                same(value, v) && same(value, hv),
                "{text} at {p:?}: {value}, {v}, {hv}"
            );
            if value.abs() > 1e6 || !differentiable_throughout(&f.root, p) {
                continue;
            }
            for i in 0..2 {
                let at = |t: f64| {
                    let mut q = p;
                    q[i] += t;
                    f.value(q)
                };
                let central = |h: f64| (at(h) - at(-h)) / (2.0 * h);
                let (coarse, fine) = (central(1e-4), central(5e-5));
                // The gap between the slopes from either side: it shrinks with the step where f
                // is smooth, and stays where it has a kink (as max(3, x) at x = 3, whose central
                // differences agree with each other).
                let sides = |h: f64| ((at(h) - value) - (value - at(-h))) / h;
                let kink = sides(1e-5).abs() > 0.3 * sides(1e-4).abs() + 1e-8 * (1.0 + value.abs());
                // Smooth there: no kink, and two central differences agree (a pole between them
                // makes them differ).
                let smooth = coarse.is_finite()
                    && fine.is_finite()
                    && !kink
                    && (coarse - fine).abs() <= 1e-6 * (1.0 + fine.abs());
                if smooth {
                    compared += 1;
                    assert!(
                        (g[i] - fine).abs() <= 1e-5 * (1.0 + fine.abs()),
                        "{text} at {p:?}: ∂{i} = {} against {fine}",
                        g[i]
                    );
                }
            }
        }
    }
    assert!(
        finite > 20_000 && compared > 20_000,
        "{finite} of {points} points finite throughout, {compared} slopes compared"
    );
}

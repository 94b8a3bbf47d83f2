//! Hand-derived first steps of each rule; whole trajectories against PyTorch are in
//! `tests/optimizers.rs`.

use super::*;

fn spec(text: &str) -> OptimizerSpec {
    text.parse().expect(text)
}

/// Runs `steps` updates on f = ½(x² + 10y²) (gradient (x, 10y)) from (1, 1).
fn on_quadratic(text: &str, steps: usize) -> [f64; 2] {
    let mut state = OptimizerState::new(spec(text), 2);
    let mut p = [1.0, 1.0];
    for _ in 0..steps {
        let g = [p[0], 10.0 * p[1]];
        let lr = state.spec().lr;
        state.step(&mut p, &g, lr, Some(&[1.0, 0.0, 0.0, 10.0]));
    }
    p
}

fn close(a: [f64; 2], b: [f64; 2]) {
    for i in 0..2 {
        assert!(
            (a[i] - b[i]).abs() <= 1e-15 * (1.0 + b[i].abs()),
            "{a:?} vs {b:?}"
        );
    }
}

#[test]
fn sgd_steps() {
    // θ₁ = θ₀ − η·g₀ = (1 − 0.1, 1 − 1).
    close(on_quadratic("sgd:lr=0.1", 1), [0.9, 0.0]);
    // Momentum: b₁ = g₀ = (1, 10) → θ₁ = (0.9, 0); g₁ = (0.9, 0); b₂ = 0.9·b₁ + g₁ = (1.8, 9)
    // → θ₂ = (0.72, −0.9).
    close(on_quadratic("sgd:lr=0.1,momentum=0.9", 2), [0.72, -0.9]);
    // EMA form: b₁ = 0.1·g₀ = (0.1, 1) → θ₁ = (0.99, 0.9).
    close(
        on_quadratic("sgd:lr=0.1,momentum=0.9,momentum_form=ema", 1),
        [0.99, 0.9],
    );
    // Nesterov: b₁ = g₀, step g₀ + 0.9·b₁ = 1.9·g₀ → θ₁ = (0.81, −0.9).
    close(
        on_quadratic("sgd:lr=0.1,momentum=0.9,nesterov=true", 1),
        [0.81, -0.9],
    );
    // Weight decay λ = 0.5 adds λθ to the gradient: g = (1.5, 10.5).
    close(
        on_quadratic("sgd:lr=0.1,weight_decay=0.5", 1),
        [0.85, -0.05],
    );
}

#[test]
fn adaptive_first_steps_are_sign_like() {
    // Adam, t = 1: m̂ = g, v̂ = g², step = η·g/(|g| + ε).
    let eps = 1e-8;
    close(
        on_quadratic("adam:lr=0.1", 1),
        [1.0 - 0.1 / (1.0 + eps), 1.0 - 0.1 * 10.0 / (10.0 + eps)],
    );
    // Adagrad: G = g², step = η·g/(|g| + 1e-10).
    close(
        on_quadratic("adagrad:lr=0.1", 1),
        [1.0 - 0.1 / (1.0 + 1e-10), 1.0 - 0.1 * 10.0 / (10.0 + 1e-10)],
    );
    // RMSprop: v = 0.01·g², step = η·g/(0.1|g| + ε).
    close(
        on_quadratic("rmsprop:lr=0.01", 1),
        [1.0 - 0.01 / (0.1 + eps), 1.0 - 0.01 * 10.0 / (1.0 + eps)],
    );
    // TensorFlow's ε placement: η·g/√(0.01g² + ε).
    close(
        on_quadratic("rmsprop:lr=0.01,eps=0.01,eps_inside=true", 1),
        [1.0 - 0.01 / (0.02f64).sqrt(), 1.0 - 0.1 / (1.01f64).sqrt()],
    );
    // Adam without bias correction: m = 0.1g, v = 0.001g², step = η·0.1g/(√0.001|g| + ε).
    let d = 0.001f64.sqrt();
    close(
        on_quadratic("adam:lr=0.1,bias_correction=false", 1),
        [1.0 - 0.01 / (d + eps), 1.0 - 0.1 / (10.0 * d + eps)],
    );
    // AdamW shrinks the weights by (1 − ηλ) before the Adam step.
    close(
        on_quadratic("adamw:lr=0.1,weight_decay=0.5", 1),
        [0.95 - 0.1 / (1.0 + eps), 0.95 - 0.1 * 10.0 / (10.0 + eps)],
    );
    // RAdam, t = 1: ρ₁ = 1 ≤ 5, so the step is η·m̂ = η·g.
    close(on_quadratic("radam:lr=0.1", 1), [0.9, 0.0]);
}

#[test]
fn nadam_first_step() {
    // μ₁ = 0.9(1 − ½·0.96^0.004), μ₂ = 0.9(1 − ½·0.96^0.008); Πμ = μ₁;
    // m = 0.1g; d = |g| + ε; θ₁ = θ₀ − η(1−μ₁)/(1−μ₁)·g/d − ημ₂/(1−μ₁μ₂)·0.1g/d.
    let mu1 = 0.9 * (1.0 - 0.5 * 0.96f64.powf(0.004));
    let mu2 = 0.9 * (1.0 - 0.5 * 0.96f64.powf(0.008));
    let expect = |g: f64| {
        let d = g.abs() + 1e-8;
        1.0 - 0.1 * g / d - 0.1 * mu2 / (1.0 - mu1 * mu2) * 0.1 * g / d
    };
    close(on_quadratic("nadam:lr=0.1", 1), [expect(1.0), expect(10.0)]);
}

#[test]
fn newton_jumps_to_the_minimum_of_a_quadratic() {
    close(on_quadratic("newton", 1), [0.0, 0.0]);
    // Damping δ = 1: d = g/(λ + 1) → θ₁ = (1 − 1/2, 1 − 10/11).
    close(
        on_quadratic("newton:damping=1", 1),
        [0.5, 1.0 - 10.0 / 11.0],
    );
    // A huge damping takes a tiny step, g/δ, rather than diverging.
    let mut state = OptimizerState::new(spec("newton:damping=1e308"), 2);
    let mut p = [1.0, 1.0];
    state.step(&mut p, &[3.0, 30.0], 1.0, Some(&[1.0, 0.0, 0.0, 10.0]));
    assert_eq!(p, [1.0, 1.0], "steps of 3e-308 and 3e-307 vanish beside 1");
    let mut state = OptimizerState::new(spec("newton:damping=1e300"), 3);
    let mut p = [0.0; 3];
    let h = [1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 3.0];
    state.step(&mut p, &[1.0, 2.0, 3.0], 1.0, Some(&h));
    for (i, v) in p.iter().enumerate() {
        let expected = -((i + 1) as f64) / 1e300;
        assert!((v - expected).abs() <= 1e-12 * expected.abs(), "{p:?}");
    }
    // Without a Hessian, or a singular one, the step is NaN: the run reports divergence.
    let mut state = OptimizerState::new(spec("newton"), 2);
    let mut p = [1.0, 1.0];
    state.step(&mut p, &[1.0, 1.0], 1.0, Some(&[0.0, 0.0, 0.0, 0.0]));
    assert!(p.iter().all(|v| v.is_nan()));
}

#[test]
fn effective_learning_rates() {
    let mut state = OptimizerState::new(spec("adagrad:lr=0.1"), 2);
    let mut p = [1.0, 1.0];
    state.step(&mut p, &[2.0, 0.5], 0.1, None);
    let e = state.effective_lr();
    assert!((e[0] - 0.1 / (2.0 + 1e-10)).abs() < 1e-15);
    assert!((e[1] - 0.1 / (0.5 + 1e-10)).abs() < 1e-15);
    assert_eq!(state.steps(), 1);
}

#[test]
fn lecture_adagrad_divides_by_the_root_mean_square() {
    // Two updates on the quadratic from (1, 1), lr 0.1, ε = 0 so the numbers are exact.
    // Step 1 as torch's: θ₁ = (0.9, 0.9). Step 2: g₁ = (0.9, 9); G = (1.81, 181);
    // root mean square √(G/2) = (0.951315…, 9.51315…), so the step is 0.1·g₁/√(G/2),
    // and torch's divides by √G instead: √2 times shorter.
    let lecture = on_quadratic("adagrad:lr=0.1,eps=0,root_mean_square=true", 2);
    let torch = on_quadratic("adagrad:lr=0.1,eps=0", 2);
    let rms = [(1.81f64 / 2.0).sqrt(), (181.0f64 / 2.0).sqrt()];
    close(
        lecture,
        [0.9 - 0.1 * 0.9 / rms[0], 0.9 - 0.1 * 9.0 / rms[1]],
    );
    close(
        torch,
        [
            0.9 - 0.1 * 0.9 / 1.81f64.sqrt(),
            0.9 - 0.1 * 9.0 / 181f64.sqrt(),
        ],
    );
    // Torch's AdaGrad is the lecture's with η/√t: the same second step at lr·√2.
    let mut state = OptimizerState::new(spec("adagrad:lr=0.1,eps=0,root_mean_square=true"), 2);
    let mut p = [1.0, 1.0];
    state.step(&mut p, &[1.0, 10.0], 0.1, None);
    state.step(&mut p, &[0.9, 9.0], 0.1 / 2f64.sqrt(), None);
    close(p, torch);
}

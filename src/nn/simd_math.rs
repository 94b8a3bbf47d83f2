//! tanh, exp and ln on SIMD vectors of f32, for the fast loss evaluation. Written over pulp's
//! [`Simd`] so one source runs as AVX2, AVX-512, NEON or scalar code, chosen at run time.

use pulp::Simd;

// Everything here is `#[inline(always)]` and free of closures and iterator adapters: only code
// inlined into pulp's dispatch is compiled with the vector instructions enabled.

/// A vector of `v` in every lane.
#[inline(always)]
fn c<S: Simd>(s: S, v: f32) -> S::f32s {
    s.splat_f32s(v)
}

/// tanh x as x·P(x²)/Q(x²), a [7/8] rational approximation fitted (reweighted least squares
/// toward minimax) on |x| ≤ 7.9, where tanh is within 3·10⁻⁷ of ±1; absolute error below
/// 5·10⁻⁷ in f32. `N` vectors at once, so that each coefficient, loaded once, serves them all.
#[inline(always)]
pub fn tanh<S: Simd, const N: usize>(s: S, x: [S::f32s; N]) -> [S::f32s; N] {
    let (low, high) = (c(s, -7.9), c(s, 7.9));
    let mut x = x;
    let mut x2 = x;
    for i in 0..N {
        x[i] = s.min_f32s(s.max_f32s(x[i], low), high);
        x2[i] = s.mul_f32s(x[i], x[i]);
    }
    let mut p = [c(s, 1.141_471_9e-5); N];
    for a in [2.948_516_3e-3, 0.129_226_91, 0.999_999_4] {
        let a = c(s, a);
        for i in 0..N {
            p[i] = s.mul_add_e_f32s(x2[i], p[i], a);
        }
    }
    // x·P before Q, so that x is no longer live while Q is evaluated.
    for i in 0..N {
        p[i] = s.mul_f32s(x[i], p[i]);
    }
    let mut q = [c(s, 2.457_252_3e-7); N];
    for b in [2.383_960_1e-4, 2.380_353_2e-2, 0.462_558_12, 1.0] {
        let b = c(s, b);
        for i in 0..N {
            q[i] = s.mul_add_e_f32s(x2[i], q[i], b);
        }
    }
    for i in 0..N {
        p[i] = s.div_f32s(p[i], q[i]);
    }
    p
}

/// The logistic function, 1/(1 + e⁻ˣ) = (1 + tanh(x/2))/2, on `N` vectors.
#[inline(always)]
pub fn sigmoid<S: Simd, const N: usize>(s: S, x: [S::f32s; N]) -> [S::f32s; N] {
    let half = c(s, 0.5);
    let mut y = x;
    for v in &mut y {
        *v = s.mul_f32s(*v, half);
    }
    let mut y = tanh(s, y);
    for v in &mut y {
        *v = s.mul_add_e_f32s(*v, half, half);
    }
    y
}

/// 1.5·2²³: adding it rounds an f32 of magnitude below 2²² to an integer, left in the low
/// bits of the sum.
const ROUNDING: f32 = 12_582_912.0;

/// eˣ for x in [−87, 88] (clamped there), relative error below 3·10⁻⁷ (2 ulp): x = n·ln 2 + r with
/// |r| ≤ ln 2 / 2, a degree-6 Taylor polynomial for eʳ, and 2ⁿ built in the exponent bits.
#[inline(always)]
pub fn exp<S: Simd>(s: S, x: S::f32s) -> S::f32s {
    let x = s.min_f32s(s.max_f32s(x, c(s, -87.0)), c(s, 88.0));
    let t = s.mul_add_e_f32s(x, c(s, std::f32::consts::LOG2_E), c(s, ROUNDING));
    let n = s.sub_f32s(t, c(s, ROUNDING));
    let r = s.mul_add_e_f32s(n, c(s, -0.693_145_75), x);
    let r = s.mul_add_e_f32s(n, c(s, -1.428_606_8e-6), r);
    let mut p = c(s, 1.0 / 720.0);
    for a in [1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0] {
        p = s.mul_add_e_f32s(r, p, c(s, a));
    }
    // The low bits of t hold n: (n + 127) << 23 are the bits of 2ⁿ.
    let bias = s.splat_u32s(127u32.wrapping_sub(ROUNDING.to_bits()));
    let bits = s.add_u32s(s.transmute_u32s_f32s(t), bias);
    let two_n = s.wrapping_dyn_shl_u32s(bits, s.splat_u32s(23));
    s.mul_f32s(p, s.transmute_f32s_u32s(two_n))
}

/// ln x for positive normal x, absolute error below 3·10⁻⁷·max(1, |ln x|): x = 2ᵉ·m with
/// m in [√½, √2), ln m = 2·atanh((m − 1)/(m + 1)) by its odd series.
#[inline(always)]
pub fn ln<S: Simd>(s: S, x: S::f32s) -> S::f32s {
    const SQRT_HALF_BITS: u32 = 0x3F35_04F3;
    // Shifting by 1 − √½ in the bit pattern moves the mantissa range [√½, √2) onto one exponent.
    let bits = s.add_u32s(
        s.transmute_u32s_f32s(x),
        s.splat_u32s(0x3F80_0000 - SQRT_HALF_BITS),
    );
    let exponent_bits = s.wrapping_dyn_shr_u32s(bits, s.splat_u32s(23));
    // e + 127 as an f32: the integer placed in the mantissa of 2²³, then 2²³ taken away.
    let e = s.sub_f32s(
        s.transmute_f32s_u32s(s.add_u32s(exponent_bits, s.splat_u32s(0x4B00_0000))),
        c(s, 8_388_608.0 + 127.0),
    );
    let m = s.transmute_f32s_u32s(s.add_u32s(
        s.and_u32s(bits, s.splat_u32s(0x007F_FFFF)),
        s.splat_u32s(SQRT_HALF_BITS),
    ));
    let f = s.sub_f32s(m, c(s, 1.0));
    let z = s.div_f32s(f, s.add_f32s(f, c(s, 2.0)));
    let z2 = s.mul_f32s(z, z);
    let mut series = c(s, 1.0 / 9.0);
    for a in [1.0 / 7.0, 1.0 / 5.0, 1.0 / 3.0, 1.0] {
        series = s.mul_add_e_f32s(z2, series, c(s, a));
    }
    let ln_m = s.mul_f32s(s.mul_f32s(z, series), c(s, 2.0));
    s.mul_add_e_f32s(e, c(s, std::f32::consts::LN_2), ln_m)
}

#[cfg(test)]
mod tests {
    use pulp::{Arch, WithSimd};

    use super::*;

    #[derive(Clone, Copy)]
    enum Function {
        Tanh,
        Sigmoid,
        Exp,
        Ln,
    }

    /// The function applied to every value, at the machine's SIMD width (each value splatted).
    struct Map<'a>(Function, &'a [f32]);

    impl WithSimd for Map<'_> {
        type Output = Vec<f32>;
        #[inline(always)]
        fn with_simd<S: Simd>(self, s: S) -> Vec<f32> {
            let Map(function, values) = self;
            let f = |x| match function {
                Function::Tanh => tanh(s, [x])[0],
                Function::Sigmoid => sigmoid(s, [x])[0],
                Function::Exp => exp(s, x),
                Function::Ln => ln(s, x),
            };
            values
                .iter()
                .map(|&v| s.reduce_max_f32s(f(s.splat_f32s(v))))
                .collect()
        }
    }

    /// Largest absolute and relative error against the f64 function, over `values`.
    fn errors(function: Function, values: &[f32], exact: fn(f64) -> f64) -> (f64, f64) {
        let fast = Arch::new().dispatch(Map(function, values));
        values
            .iter()
            .zip(&fast)
            .fold((0.0, 0.0), |(abs, rel), (&x, &y)| {
                let truth = exact(f64::from(x));
                let error = (f64::from(y) - truth).abs();
                (abs.max(error), rel.max(error / truth.abs().max(1e-300)))
            })
    }

    fn grid(from: f32, to: f32, n: usize) -> Vec<f32> {
        (0..=n)
            .map(|k| from + (to - from) * k as f32 / n as f32)
            .collect()
    }

    #[test]
    fn functions_match_f64_references() {
        let wide = grid(-20.0, 20.0, 200_000);
        let (tanh_error, _) = errors(Function::Tanh, &wide, f64::tanh);
        assert!(tanh_error < 5e-7, "tanh {tanh_error:e}");
        let (sigmoid_error, _) = errors(Function::Sigmoid, &wide, |x| 1.0 / (1.0 + (-x).exp()));
        assert!(sigmoid_error < 3e-7, "sigmoid {sigmoid_error:e}");
        let (_, exp_error) = errors(Function::Exp, &grid(-87.0, 88.0, 200_000), f64::exp);
        assert!(exp_error < 3e-7, "exp {exp_error:e}");
        let mut positive = grid(1e-3, 50.0, 200_000);
        positive.extend([1.0, 2.0, 0.5, 1e-30, 3e37, f32::MIN_POSITIVE]);
        let fast = Arch::new().dispatch(Map(Function::Ln, &positive));
        for (&x, &y) in positive.iter().zip(&fast) {
            let truth = f64::from(x).ln();
            let error = (f64::from(y) - truth).abs();
            assert!(
                error < 3e-7 * truth.abs().max(1.0),
                "ln {x}: {y} vs {truth}"
            );
        }
    }
}

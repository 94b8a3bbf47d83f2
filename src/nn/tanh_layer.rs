//! tanh and its slope 1 − tanh² over a layer's f64 pre-activations, vectorized (pulp's runtime
//! dispatch, as the f32 slices): the hidden layers of tanh networks in the gradient by matrix
//! products, where the scalar tanh's `exp` and division cost about half the time. Agrees with
//! [`super::activation::tanh`] to a few units in the last place (tested).

use pulp::{Arch, Simd, WithSimd};

// As in `simd_math`: everything is `#[inline(always)]` and free of closures, so that it is
// compiled with the vector instructions pulp enables.

/// Replaces each value by its tanh and writes 1 − tanh² to the same place of `slopes`.
pub(super) fn tanh_with_slopes(values: &mut [f64], slopes: &mut [f64]) {
    Arch::new().dispatch(TanhWithSlopes { values, slopes });
}

struct TanhWithSlopes<'a> {
    values: &'a mut [f64],
    slopes: &'a mut [f64],
}

impl WithSimd for TanhWithSlopes<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: Simd>(self, s: S) {
        let (values, values_tail) = S::as_mut_simd_f64s(self.values);
        let (slopes, slopes_tail) = S::as_mut_simd_f64s(self.slopes);
        let one = s.splat_f64s(1.0);
        for i in 0..values.len().min(slopes.len()) {
            let t = tanh(s, values[i]);
            values[i] = t;
            slopes[i] = s.mul_add_e_f64s(s.sub_f64s(s.splat_f64s(0.0), t), t, one);
        }
        for (v, d) in values_tail.iter_mut().zip(slopes_tail) {
            let t = super::activation::tanh(*v);
            *v = t;
            *d = (-t).mul_add(t, 1.0);
        }
    }
}

/// Beyond this |x|, tanh x is ±1 in f64 (1 − tanh 19.1 < 2⁻⁵⁵).
const SATURATED: f64 = 19.1;

/// tanh x = sign(x)·(1 − e)/(1 + e) with e = exp(−2|x|), as the scalar version.
#[inline(always)]
fn tanh<S: Simd>(s: S, x: S::f64s) -> S::f64s {
    let magnitude = s.min_f64s(s.abs_f64s(x), s.splat_f64s(SATURATED));
    let e = exp(s, s.mul_f64s(magnitude, s.splat_f64s(-2.0)));
    let one = s.splat_f64s(1.0);
    let t = s.div_f64s(s.sub_f64s(one, e), s.add_f64s(one, e));
    let negative = s.less_than_f64s(x, s.splat_f64s(0.0));
    s.select_f64s(negative, s.sub_f64s(s.splat_f64s(0.0), t), t)
}

/// 1.5·2⁵²: adding it rounds an f64 of magnitude below 2⁵¹ to an integer.
const ROUNDING: f64 = 6_755_399_441_055_744.0;
/// ln 2 in two parts; the first has 32 trailing zero bits, so n·LN2_HIGH is exact.
const LN2_HIGH: f64 = 0.693_147_180_369_123_8;
const LN2_LOW: f64 = 1.908_214_929_270_587_7e-10;

/// eʸ for −2·[`SATURATED`] ≤ y ≤ 0: y = n·ln 2 + r with |r| ≤ ln 2 / 2, the degree-12 Taylor
/// polynomial of eʳ (truncation below 2·10⁻¹⁶), times 2ⁿ assembled from 2^(−2ᵏ) for the binary
/// digits of −n ≤ 56 (pulp has no 64-bit shifts to build it in the exponent bits).
#[inline(always)]
fn exp<S: Simd>(s: S, y: S::f64s) -> S::f64s {
    let rounded = s.mul_add_e_f64s(
        y,
        s.splat_f64s(std::f64::consts::LOG2_E),
        s.splat_f64s(ROUNDING),
    );
    let n = s.sub_f64s(rounded, s.splat_f64s(ROUNDING));
    let r = s.mul_add_e_f64s(n, s.splat_f64s(-LN2_HIGH), y);
    let r = s.mul_add_e_f64s(n, s.splat_f64s(-LN2_LOW), r);
    // 1/k! for k = 12 down to 0.
    let mut factorial = 479_001_600.0;
    let mut p = s.splat_f64s(1.0 / factorial);
    for k in (0..12).rev() {
        factorial /= f64::from(k + 1);
        p = s.mul_add_e_f64s(r, p, s.splat_f64s(1.0 / factorial));
    }
    let mut rest = s.sub_f64s(s.splat_f64s(0.0), n);
    let mut scale = s.splat_f64s(1.0);
    for digit in [32, 16, 8, 4, 2, 1] {
        let digit = f64::from(digit);
        let set = s.greater_than_or_equal_f64s(rest, s.splat_f64s(digit));
        let factor = s.select_f64s(set, s.splat_f64s((-digit).exp2()), s.splat_f64s(1.0));
        scale = s.mul_f64s(scale, factor);
        rest = s.sub_f64s(
            rest,
            s.select_f64s(set, s.splat_f64s(digit), s.splat_f64s(0.0)),
        );
    }
    s.mul_f64s(p, scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_scalar_tanh_and_its_slope() {
        let mut values: Vec<f64> = (0..=40_000)
            .map(|k| -25.0 + 50.0 * f64::from(k) / 40_000.0)
            .collect();
        values.extend([
            0.0, -0.0, 1e-300, -1e-12, 354.0, -800.0, 1e-8, 19.1, -19.0999,
        ]);
        let mut tanh = values.clone();
        let mut slopes = vec![0.0; values.len()];
        tanh_with_slopes(&mut tanh, &mut slopes);
        for ((&x, &t), &d) in values.iter().zip(&tanh).zip(&slopes) {
            let scalar = crate::nn::activation::tanh(x);
            assert!((t - scalar).abs() <= 4e-16, "{x}: {t} vs {scalar}");
            assert!(
                (t - x.tanh()).abs() <= 2e-15,
                "{x}: {t} vs std {}",
                x.tanh()
            );
            assert!((d - (1.0 - scalar * scalar)).abs() <= 1e-15, "{x}");
        }
    }
}

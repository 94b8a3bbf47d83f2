//! Mini-batch gradient noise and gradient clipping.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Gaussian noise added to every gradient coordinate: N(0, (σ/√B)²), from a seeded stream.
///
/// Two generators with the same seed produce the same sequence, so every racer in a race sees
/// the same noise at the same step.
#[derive(Clone, Debug)]
pub struct GradientNoise {
    scale: f64,
    rng: ChaCha8Rng,
}

impl GradientNoise {
    /// Noise level `sigma` for batch size `batch` (≥ 1), from `seed`.
    pub fn new(sigma: f64, batch: u64, seed: u64) -> Self {
        Self {
            scale: sigma / (batch.max(1) as f64).sqrt(),
            rng: ChaCha8Rng::seed_from_u64(seed),
        }
    }

    /// The standard deviation σ/√B.
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// Adds noise to `grad` in place (nothing when the scale is zero).
    pub fn perturb(&mut self, grad: &mut [f64]) {
        if self.scale == 0.0 {
            return;
        }
        for pair in grad.chunks_mut(2) {
            let [z0, z1] = standard_normal_pair(&mut self.rng);
            pair[0] += self.scale * z0;
            if let Some(second) = pair.get_mut(1) {
                *second += self.scale * z1;
            }
        }
    }
}

/// Two independent N(0, 1) draws by the Box–Muller transform.
fn standard_normal_pair(rng: &mut ChaCha8Rng) -> [f64; 2] {
    // 1 − u lies in (0, 1], so the logarithm is finite.
    let u1: f64 = 1.0 - rng.random::<f64>();
    let u2: f64 = rng.random();
    let r = (-2.0 * u1.ln()).sqrt();
    let (s, c) = (std::f64::consts::TAU * u2).sin_cos();
    [r * c, r * s]
}

/// torch.nn.utils.clip_grad_norm_: scales `grad` by max_norm / (‖grad‖ + 1e-6) when that is
/// below 1. Returns the norm before clipping.
pub fn clip_by_norm(grad: &mut [f64], max_norm: f64) -> f64 {
    let norm = grad.iter().map(|g| g * g).sum::<f64>().sqrt();
    let coef = max_norm / (norm + 1e-6);
    if coef < 1.0 {
        grad.iter_mut().for_each(|g| *g *= coef);
    }
    norm
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_noise_and_the_right_spread() {
        let mut a = GradientNoise::new(2.0, 4, 9);
        let mut b = GradientNoise::new(2.0, 4, 9);
        let (mut sum, mut sum_sq, n) = (0.0, 0.0, 200_000);
        for _ in 0..n / 2 {
            let mut ga = [0.0, 0.0];
            let mut gb = [0.0, 0.0];
            a.perturb(&mut ga);
            b.perturb(&mut gb);
            assert_eq!(ga, gb);
            sum += ga[0] + ga[1];
            sum_sq += ga[0] * ga[0] + ga[1] * ga[1];
        }
        let mean = sum / n as f64;
        let sd = (sum_sq / n as f64 - mean * mean).sqrt();
        // σ/√B = 1; the standard error of the mean is 1/√n ≈ 0.0022.
        assert!(mean.abs() < 0.01, "mean {mean}");
        assert!((sd - 1.0).abs() < 0.01, "sd {sd}");
        let mut quiet = GradientNoise::new(0.0, 1, 1);
        let mut g = [1.0, 2.0];
        quiet.perturb(&mut g);
        assert_eq!(g, [1.0, 2.0]);
    }

    #[test]
    fn clipping_matches_torch() {
        let mut g = [3.0, 4.0];
        assert_eq!(clip_by_norm(&mut g, 10.0), 5.0);
        assert_eq!(g, [3.0, 4.0]);
        clip_by_norm(&mut g, 1.0);
        let coef = 1.0 / (5.0 + 1e-6);
        assert_eq!(g, [3.0 * coef, 4.0 * coef]);
    }
}

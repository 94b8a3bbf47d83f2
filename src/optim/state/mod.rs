//! The optimizer's buffers and one update, following torch.optim's `_single_tensor_*` code.

use nalgebra::{DMatrix, DVector};

use super::spec::{MomentumForm, OptimizerKind, OptimizerSpec};

/// Buffers of one optimizer over `n` parameters, and the per-parameter effective learning
/// rate of its last step.
#[derive(Clone, Debug)]
pub struct OptimizerState {
    spec: OptimizerSpec,
    /// Updates made so far (torch's `state['step']`).
    steps: u64,
    /// SGD/RMSprop momentum buffer, Adam's `exp_avg`, Adagrad's `state_sum`.
    first: Vec<f64>,
    /// Adam's `exp_avg_sq`, RMSprop's `square_avg`.
    second: Vec<f64>,
    /// AMSGrad's `max_exp_avg_sq`, centered RMSprop's `grad_avg`.
    third: Vec<f64>,
    /// NAdam's running product of μₜ.
    mu_product: f64,
    /// NAdam's μₜ₊₁ from the previous step, which is this step's μₜ.
    mu_next: Option<f64>,
    /// ln β₁ and ln β₂, to tell when βᵗ no longer matters.
    log_betas: [f64; 2],
    /// Multiplier applied to each coordinate's gradient (or first moment) in the last step.
    effective_lr: Vec<f64>,
}

impl OptimizerState {
    /// Fresh buffers for `n` parameters. The spec is expected to be validated.
    pub fn new(spec: OptimizerSpec, n: usize) -> Self {
        let first = if spec.kind == OptimizerKind::Adagrad {
            vec![spec.initial_accumulator_value; n]
        } else {
            vec![0.0; n]
        };
        Self {
            log_betas: [spec.beta1.ln(), spec.beta2.ln()],
            spec,
            steps: 0,
            first,
            second: vec![0.0; n],
            third: vec![0.0; n],
            mu_product: 1.0,
            mu_next: None,
            effective_lr: vec![0.0; n],
        }
    }

    /// The configuration.
    pub fn spec(&self) -> &OptimizerSpec {
        &self.spec
    }

    /// Updates made so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The per-parameter effective learning rate of the last step: what multiplies the
    /// gradient (or, for Adam-like rules, the first moment) coordinate by coordinate.
    pub fn effective_lr(&self) -> &[f64] {
        &self.effective_lr
    }

    /// The momentum buffer / first moment (zero for rules without one).
    pub fn first_moment(&self) -> &[f64] {
        &self.first
    }

    /// The second-moment buffer (zero for rules without one).
    pub fn second_moment(&self) -> &[f64] {
        &self.second
    }

    /// One update of `params` with gradient `grad` at learning rate `lr` (the schedule's
    /// value for this step). `hessian` (row-major n×n) is used by Newton only, and required
    /// by it: without one, or when H + δI is singular, the parameters become NaN so that the
    /// run reports divergence.
    pub fn step(&mut self, params: &mut [f64], grad: &[f64], lr: f64, hessian: Option<&[f64]>) {
        self.steps += 1;
        match self.spec.kind {
            OptimizerKind::Sgd => self.sgd(params, grad, lr),
            OptimizerKind::Adagrad => self.adagrad(params, grad, lr),
            OptimizerKind::Rmsprop => self.rmsprop(params, grad, lr),
            OptimizerKind::Adam | OptimizerKind::Adamw => self.adam(params, grad, lr),
            OptimizerKind::Nadam => self.nadam(params, grad, lr),
            OptimizerKind::Radam => self.radam(params, grad, lr),
            OptimizerKind::Newton => self.newton(params, grad, lr, hessian),
        }
    }

    /// The gradient with the L2 penalty: g + λ·θ (torch's coupled weight decay).
    fn decayed(&self, g: f64, p: f64) -> f64 {
        g + self.spec.weight_decay * p
    }

    /// torch.optim.SGD:
    /// g ← g + λθ; b ← μb + (1−τ)g (b₁ = g); g ← g + μb if Nesterov else b; θ ← θ − ηg.
    /// With `momentum_form = ema`: b ← μb + (1−μ)g from b₀ = 0.
    fn sgd(&mut self, params: &mut [f64], grad: &[f64], lr: f64) {
        let s = &self.spec;
        for i in 0..params.len() {
            let mut g = self.decayed(grad[i], params[i]);
            if s.momentum != 0.0 {
                let b = &mut self.first[i];
                *b = match s.momentum_form {
                    MomentumForm::Torch if self.steps == 1 => g,
                    MomentumForm::Torch => s.momentum * *b + (1.0 - s.dampening) * g,
                    MomentumForm::Ema => s.momentum * *b + (1.0 - s.momentum) * g,
                };
                g = if s.nesterov { g + s.momentum * *b } else { *b };
            }
            params[i] -= lr * g;
            self.effective_lr[i] = lr;
        }
    }

    /// torch.optim.Adagrad:
    /// g ← g + λθ; η̃ = η / (1 + (t−1)·lr_decay); G ← G + g²; θ ← θ − η̃·g / (√G + ε).
    /// With `root_mean_square` (the lecture's form): θ ← θ − η̃·g / (√(G/t) + ε), σ the root
    /// mean square of the t gradients so far; PyTorch's form is this with η̃ shrunk by 1/√t.
    fn adagrad(&mut self, params: &mut [f64], grad: &[f64], lr: f64) {
        let s = &self.spec;
        let clr = lr / (1.0 + (self.steps - 1) as f64 * s.lr_decay);
        let count = if s.root_mean_square {
            self.steps as f64
        } else {
            1.0
        };
        for i in 0..params.len() {
            let g = self.decayed(grad[i], params[i]);
            self.first[i] += g * g;
            let rate = clr / ((self.first[i] / count).sqrt() + s.eps);
            params[i] -= rate * g;
            self.effective_lr[i] = rate;
        }
    }

    /// torch.optim.RMSprop:
    /// g ← g + λθ; v ← αv + (1−α)g²; centered: ḡ ← αḡ + (1−α)g, v̂ = v − ḡ², else v̂ = v;
    /// d = √v̂ + ε (TensorFlow convention: √(v̂ + ε));
    /// momentum μ > 0: b ← μb + g/d, θ ← θ − ηb; else θ ← θ − η·g/d.
    fn rmsprop(&mut self, params: &mut [f64], grad: &[f64], lr: f64) {
        let s = &self.spec;
        for i in 0..params.len() {
            let g = self.decayed(grad[i], params[i]);
            let v = &mut self.second[i];
            *v = s.alpha * *v + (1.0 - s.alpha) * g * g;
            let mut centered = *v;
            if s.centered {
                let avg = &mut self.third[i];
                *avg = lerp(*avg, g, 1.0 - s.alpha);
                centered -= *avg * *avg;
            }
            let denom = if s.eps_inside {
                (centered + s.eps).sqrt()
            } else {
                centered.sqrt() + s.eps
            };
            if s.momentum > 0.0 {
                let b = &mut self.first[i];
                *b = s.momentum * *b + g / denom;
                params[i] -= lr * *b;
            } else {
                params[i] -= lr * g / denom;
            }
            self.effective_lr[i] = lr / denom;
        }
    }

    /// torch.optim.Adam / AdamW:
    /// AdamW: θ ← θ·(1 − ηλ); Adam: g ← g + λθ. m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²;
    /// AMSGrad: v̂ ← max(v̂, v) else v̂ = v; θ ← θ − (η/(1−β₁ᵗ))·m / (√v̂/√(1−β₂ᵗ) + ε).
    /// Without bias correction: θ ← θ − η·m / (√v̂ + ε).
    fn adam(&mut self, params: &mut [f64], grad: &[f64], lr: f64) {
        let s = &self.spec;
        let (bc1, bc2) = if s.bias_correction {
            (1.0 - self.beta_power(0), 1.0 - self.beta_power(1))
        } else {
            (1.0, 1.0)
        };
        let step_size = lr / bc1;
        let bc2_sqrt = bc2.sqrt();
        let decoupled = s.kind == OptimizerKind::Adamw;
        for i in 0..params.len() {
            let g = if decoupled {
                params[i] *= 1.0 - lr * s.weight_decay;
                grad[i]
            } else {
                self.decayed(grad[i], params[i])
            };
            let m = &mut self.first[i];
            *m = lerp(*m, g, 1.0 - s.beta1);
            let v = &mut self.second[i];
            *v = s.beta2 * *v + (1.0 - s.beta2) * g * g;
            let v_hat = if s.amsgrad {
                self.third[i] = self.third[i].max(*v);
                self.third[i]
            } else {
                *v
            };
            let denom = v_hat.sqrt() / bc2_sqrt + s.eps;
            params[i] -= step_size * self.first[i] / denom;
            self.effective_lr[i] = step_size / denom;
        }
    }

    /// torch.optim.NAdam:
    /// g ← g + λθ; μₜ = β₁(1 − ½·0.96^(tψ)), μₜ₊₁ likewise; Πμ ← Πμ·μₜ;
    /// m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; d = √(v/(1−β₂ᵗ)) + ε;
    /// θ ← θ − η(1−μₜ)/(1−Πμ)·g/d − ημₜ₊₁/(1−Πμ·μₜ₊₁)·m/d.
    fn nadam(&mut self, params: &mut [f64], grad: &[f64], lr: f64) {
        let s = &self.spec;
        let t = self.steps as f64;
        let bc2 = 1.0 - self.beta_power(1);
        let mu = self
            .mu_next
            .unwrap_or_else(|| s.beta1 * (1.0 - 0.5 * 0.96f64.powf(t * s.momentum_decay)));
        let mu_next = s.beta1 * (1.0 - 0.5 * 0.96f64.powf((t + 1.0) * s.momentum_decay));
        self.mu_next = Some(mu_next);
        self.mu_product *= mu;
        let mu_product_next = self.mu_product * mu_next;
        let grad_coef = lr * (1.0 - mu) / (1.0 - self.mu_product);
        let moment_coef = lr * mu_next / (1.0 - mu_product_next);
        for i in 0..params.len() {
            let g = self.decayed(grad[i], params[i]);
            let m = &mut self.first[i];
            *m = lerp(*m, g, 1.0 - s.beta1);
            let v = &mut self.second[i];
            *v = s.beta2 * *v + (1.0 - s.beta2) * g * g;
            let denom = (*v / bc2).sqrt() + s.eps;
            params[i] -= grad_coef * g / denom;
            params[i] -= moment_coef * self.first[i] / denom;
            self.effective_lr[i] = lr / denom;
        }
    }

    /// torch.optim.RAdam:
    /// g ← g + λθ; m, v as Adam; ρ∞ = 2/(1−β₂) − 1; ρₜ = ρ∞ − 2tβ₂ᵗ/(1−β₂ᵗ);
    /// if ρₜ > 5: r = √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ)),
    /// θ ← θ − η·m/(1−β₁ᵗ) · r·√(1−β₂ᵗ)/(√v + ε); else θ ← θ − η·m/(1−β₁ᵗ).
    fn radam(&mut self, params: &mut [f64], grad: &[f64], lr: f64) {
        let s = &self.spec;
        let bc1 = 1.0 - self.beta_power(0);
        let bc2 = 1.0 - self.beta_power(1);
        let rect = self.radam_rectification();
        for i in 0..params.len() {
            let g = self.decayed(grad[i], params[i]);
            let m = &mut self.first[i];
            *m = lerp(*m, g, 1.0 - s.beta1);
            let v = &mut self.second[i];
            *v = s.beta2 * *v + (1.0 - s.beta2) * g * g;
            let m_hat = self.first[i] / bc1;
            let rate = match rect {
                Some(r) => lr * r * bc2.sqrt() / (self.second[i].sqrt() + s.eps),
                None => lr,
            };
            params[i] -= m_hat * rate;
            self.effective_lr[i] = rate / bc1;
        }
    }

    /// βᵗ for β = β₁ (`which` = 0) or β₂ (1) at the current step. Below 2⁻¹⁰⁰ it is 0: then
    /// 1 − βᵗ is exactly 1 and t·βᵗ is far below rounding, so results are unchanged, and the
    /// power never sinks into slow subnormal arithmetic on long runs.
    /// RAdam's ρ∞ and ρₜ after the steps taken: the length of the simple moving average the
    /// second moment approximates; the adaptive step is used once ρₜ > 5.
    pub fn radam_lengths(&self) -> (f64, f64) {
        let rho_inf = 2.0 / (1.0 - self.spec.beta2) - 1.0;
        let beta2_t = self.beta_power(1);
        (
            rho_inf,
            rho_inf - 2.0 * self.steps as f64 * beta2_t / (1.0 - beta2_t),
        )
    }

    /// RAdam's rectification rₜ = √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ)), once ρₜ > 5.
    pub fn radam_rectification(&self) -> Option<f64> {
        let (rho_inf, rho_t) = self.radam_lengths();
        (rho_t > 5.0).then(|| {
            ((rho_t - 4.0) * (rho_t - 2.0) * rho_inf / ((rho_inf - 4.0) * (rho_inf - 2.0) * rho_t))
                .sqrt()
        })
    }

    fn beta_power(&self, which: usize) -> f64 {
        let beta = [self.spec.beta1, self.spec.beta2][which];
        if self.steps as f64 * self.log_betas[which] < -100.0 * std::f64::consts::LN_2 {
            0.0
        } else {
            beta.powi(self.steps as i32)
        }
    }

    /// Damped Newton: solve (H + δI)·d = g, then θ ← θ − η·d.
    fn newton(&mut self, params: &mut [f64], grad: &[f64], lr: f64, hessian: Option<&[f64]>) {
        let direction = hessian.and_then(|h| solve_damped(h, grad, self.spec.damping));
        match direction {
            Some(d) if d.iter().all(|v| v.is_finite()) => {
                for (p, d) in params.iter_mut().zip(d) {
                    *p -= lr * d;
                }
            }
            _ => params.fill(f64::NAN),
        }
        self.effective_lr.fill(lr);
    }
}

/// Solves (H + δI)·d = g for row-major H; `None` when singular. Two parameters (every
/// surface) use Cramer's rule, larger systems an LU decomposition. Both sides are first divided
/// by the largest of δ and |Hᵢⱼ|, so that a huge damping (10³⁰⁸) gives the tiny step it
/// should rather than ∞/∞.
fn solve_damped(h: &[f64], g: &[f64], damping: f64) -> Option<Vec<f64>> {
    let n = g.len();
    let largest = h.iter().fold(damping, |m, v| m.max(v.abs()));
    let scale = if largest > 0.0 && largest.is_finite() {
        largest
    } else {
        1.0
    };
    let h: Vec<f64> = h.iter().map(|v| v / scale).collect();
    let g: Vec<f64> = g.iter().map(|v| v / scale).collect();
    let damping = damping / scale;
    if n == 2 {
        let (a, b, c, d) = (h[0] + damping, h[1], h[2], h[3] + damping);
        let det = a * d - b * c;
        return (det != 0.0)
            .then(|| vec![(d * g[0] - b * g[1]) / det, (a * g[1] - c * g[0]) / det]);
    }
    let mut m = DMatrix::from_row_slice(n, n, &h);
    for i in 0..n {
        m[(i, i)] += damping;
    }
    m.lu()
        .solve(&DVector::from_column_slice(&g))
        .map(|d| d.iter().copied().collect())
}

/// torch's `lerp`: a + w·(b − a), computed from the nearer end as torch does.
fn lerp(a: f64, b: f64, w: f64) -> f64 {
    if w.abs() < 0.5 {
        a + w * (b - a)
    } else {
        b - (b - a) * (1.0 - w)
    }
}

#[cfg(test)]
mod tests;

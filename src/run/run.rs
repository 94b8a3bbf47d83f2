//! One optimizer on one surface: the trajectory, its status and its history.

use crate::i18n::Message;
use std::collections::VecDeque;

use serde::Serialize;

use super::{RunConfig, RunError};
use crate::format;
use crate::optim::{GradientNoise, HyperParameter, OptimizerSpec, OptimizerState, clip_by_norm};
use crate::surface::Surface;

/// How far outside the domain (in domain extents) a point counts as diverged.
const DIVERGENCE_EXTENTS: f64 = 1e6;

/// Why an update of `grad` at rate `lr` (and Newton's `hessian`) gave a point that is not a
/// number, named from its cause: a singular Newton system, a 0/0 that `eps = 0` leaves
/// unguarded, or an overflow.
fn non_finite_update_cause(
    spec: &OptimizerSpec,
    grad: &[f64; 2],
    lr: f64,
    hessian: Option<&[f64; 4]>,
) -> Message {
    if let Some(h) = hessian {
        // As the solver sees it: scaled by the largest entry, so that only a true zero counts.
        let largest = h.iter().fold(spec.damping, |m, v| m.max(v.abs()));
        let [a, b, c, d] = h.map(|v| v / largest);
        let damping = spec.damping / largest;
        if largest == 0.0 || (a + damping) * (d + damping) - b * c == 0.0 {
            return Message::new("diverged-singular").arg("damping", format::exact(spec.damping));
        }
    }
    if spec.kind.takes(HyperParameter::Eps) && spec.eps == 0.0 && grad.contains(&0.0) {
        return Message::new("diverged-zero-eps");
    }
    if !grad.iter().all(|g| g.is_finite()) {
        return Message::new("diverged-gradient-not-a-number");
    }
    Message::new("diverged-overflow").arg("lr", format::exact(lr))
}

/// A point on the trajectory.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Sample {
    /// Updates made to reach this point (0 = the start).
    pub step: u64,
    /// Where.
    pub point: [f64; 2],
    /// f there.
    pub loss: f64,
    /// The exact gradient there (without noise).
    pub gradient: [f64; 2],
    /// Learning rate of the update that produced this point (at the start: of the first update).
    pub lr: f64,
    /// Per-coordinate effective learning rate of that update.
    pub effective_lr: [f64; 2],
    /// The update that produced this point: point − previous point.
    pub update: [f64; 2],
}

impl Sample {
    /// ‖∇f‖.
    pub fn grad_norm(&self) -> f64 {
        self.gradient[0].hypot(self.gradient[1])
    }
}

/// Where a run stands.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    /// Still stepping.
    Running,
    /// Reached the gradient tolerance or the loss target after `step` updates.
    Converged {
        /// Updates made.
        step: u64,
    },
    /// Update `step` produced a non-finite value or a point absurdly far away.
    Diverged {
        /// The update that diverged.
        step: u64,
        /// What happened, in words.
        reason: Message,
    },
    /// Made all its updates.
    MaxSteps,
}

/// Room for every sample the run can keep: one allocation, no regrowth while it runs.
fn trail_len(config: &RunConfig) -> usize {
    let samples = usize::try_from(config.max_steps)
        .unwrap_or(usize::MAX)
        .saturating_add(1);
    config.trail_capacity.min(samples)
}

/// What counts as "arrived" for the leaderboard.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Milestone {
    /// f ≤ this value.
    Loss(f64),
    /// ‖∇f‖ ≤ this value.
    GradNorm(f64),
}

/// One optimizer running on one surface.
#[derive(Clone, Debug)]
pub struct Run {
    surface: Surface,
    config: RunConfig,
    state: OptimizerState,
    noise: GradientNoise,
    start: [f64; 2],
    current: Sample,
    status: Status,
    trail: VecDeque<Sample>,
    grad_evals: u64,
    hessian_evals: u64,
    best_loss: f64,
    milestone: Option<Milestone>,
    milestone_step: Option<u64>,
}

impl Run {
    /// Starts a run at `start`. Fails on a non-finite start, a start where f is undefined,
    /// or a configuration that exceeds the limits.
    pub fn new(surface: Surface, start: [f64; 2], config: RunConfig) -> Result<Self, RunError> {
        config.validate()?;
        let [x, y] = start;
        if !(x.is_finite() && y.is_finite()) {
            return Err(RunError::NonFiniteStart { x, y });
        }
        let (loss, gradient) = surface.gradient(start);
        if !(loss.is_finite() && gradient.iter().all(|g| g.is_finite())) {
            let problem = Message::new("run-undefined-at-start")
                .arg("x", x)
                .arg("y", y);
            return Err(RunError::Invalid(problem));
        }
        let lr = config.schedule.lr_at(config.optimizer.lr, 0);
        let current = Sample {
            step: 0,
            point: start,
            loss,
            gradient,
            lr,
            effective_lr: [0.0, 0.0],
            update: [0.0, 0.0],
        };
        let mut run = Self {
            state: OptimizerState::new(config.optimizer.clone(), 2),
            noise: GradientNoise::new(config.noise, config.batch, config.seed),
            trail: VecDeque::with_capacity(trail_len(&config)),
            surface,
            config,
            start,
            current,
            status: Status::Running,
            grad_evals: 1,
            hessian_evals: 0,
            best_loss: loss,
            milestone: None,
            milestone_step: None,
        };
        run.record();
        Ok(run)
    }

    /// Also tracks the first step at which `milestone` holds (the start counts as step 0).
    pub fn watch(&mut self, milestone: Milestone) {
        self.milestone = Some(milestone);
        self.milestone_step = None;
        self.check_milestone();
    }

    /// The surface.
    pub fn surface(&self) -> &Surface {
        &self.surface
    }

    /// The configuration.
    pub fn config(&self) -> &RunConfig {
        &self.config
    }

    /// The optimizer's buffers.
    pub fn optimizer(&self) -> &OptimizerState {
        &self.state
    }

    /// Where the run started (kept when the trail has dropped its first samples).
    pub fn start(&self) -> [f64; 2] {
        self.start
    }

    /// The latest point.
    pub fn current(&self) -> &Sample {
        &self.current
    }

    /// Running, converged, diverged or out of steps.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// Whether it will step again.
    pub fn is_running(&self) -> bool {
        self.status == Status::Running
    }

    /// The most recent samples, oldest first (bounded by the trail capacity).
    pub fn trail(&self) -> &VecDeque<Sample> {
        &self.trail
    }

    /// Gradient evaluations so far (the start counts as one).
    pub fn grad_evals(&self) -> u64 {
        self.grad_evals
    }

    /// Hessian evaluations so far (Newton only).
    pub fn hessian_evals(&self) -> u64 {
        self.hessian_evals
    }

    /// The lowest loss seen.
    pub fn best_loss(&self) -> f64 {
        self.best_loss
    }

    /// The first step at which the watched milestone held.
    pub fn milestone_step(&self) -> Option<u64> {
        self.milestone_step
    }

    /// Makes one update. Returns the new sample, or `None` when the run has ended (now or
    /// before).
    pub fn step(&mut self) -> Option<&Sample> {
        if self.status != Status::Running {
            return None;
        }
        if self.current.step >= self.config.max_steps {
            self.status = Status::MaxSteps;
            return None;
        }
        let t = self.current.step;
        let lr = self.config.schedule.lr_at(self.config.optimizer.lr, t);
        let mut grad = self.current.gradient;
        self.noise.perturb(&mut grad);
        if let Some(max_norm) = self.config.clip {
            clip_by_norm(&mut grad, max_norm);
        }
        let hessian = self.config.optimizer.needs_hessian().then(|| {
            self.hessian_evals += 1;
            let (_, _, h) = self.surface.hessian(self.current.point);
            [h[0][0], h[0][1], h[1][0], h[1][1]]
        });
        let before = self.current.point;
        let mut point = before;
        self.state
            .step(&mut point, &grad, lr, hessian.as_ref().map(|h| &h[..]));
        self.grad_evals += 1;
        let (loss, gradient) = self.surface.gradient(point);
        let reason = if point.iter().all(|c| c.is_finite()) {
            self.divergence(point, loss, gradient)
        } else {
            Some(non_finite_update_cause(
                &self.config.optimizer,
                &grad,
                lr,
                hessian.as_ref(),
            ))
        };
        if let Some(reason) = reason {
            self.status = Status::Diverged {
                step: t + 1,
                reason,
            };
            return None;
        }
        let eff = self.state.effective_lr();
        self.current = Sample {
            step: t + 1,
            point,
            loss,
            gradient,
            lr,
            effective_lr: [eff[0], eff[1]],
            update: [point[0] - before[0], point[1] - before[1]],
        };
        self.best_loss = self.best_loss.min(loss);
        self.record();
        Some(&self.current)
    }

    /// Makes up to `k` updates; returns how many were made.
    pub fn advance(&mut self, k: u64) -> u64 {
        let mut made = 0;
        while made < k && self.step().is_some() {
            made += 1;
        }
        made
    }

    /// Steps until the run ends.
    pub fn finish(&mut self) {
        while self.step().is_some() {}
        if self.status == Status::Running {
            self.status = Status::MaxSteps;
        }
    }

    /// Why a finite point ends the run: far outside the domain, or f undefined there.
    fn divergence(&self, point: [f64; 2], loss: f64, gradient: [f64; 2]) -> Option<Message> {
        let domain = self.surface.domain();
        if !domain.contains(point, DIVERGENCE_EXTENTS * domain.extent()) {
            let problem = Message::new("diverged-far-away")
                .arg("x", format!("{:.3e}", point[0]))
                .arg("y", format!("{:.3e}", point[1]));
            return Some(problem);
        }
        if !loss.is_finite() || !gradient.iter().all(|g| g.is_finite()) {
            return Some(Message::new("diverged-not-finite"));
        }
        None
    }

    /// Pushes the current sample to the trail and checks the stopping rules.
    fn record(&mut self) {
        if self.config.trail_capacity > 0 {
            if self.trail.len() == self.config.trail_capacity {
                self.trail.pop_front();
            }
            self.trail.push_back(self.current);
        }
        self.check_milestone();
        let converged = self
            .config
            .grad_tol
            .is_some_and(|tol| self.current.grad_norm() <= tol)
            || self.config.target.is_some_and(|t| self.current.loss <= t);
        if converged {
            self.status = Status::Converged {
                step: self.current.step,
            };
        }
    }

    fn check_milestone(&mut self) {
        if self.milestone_step.is_some() {
            return;
        }
        let reached = match self.milestone {
            Some(Milestone::Loss(v)) => self.current.loss <= v,
            Some(Milestone::GradNorm(v)) => self.current.grad_norm() <= v,
            None => false,
        };
        if reached {
            self.milestone_step = Some(self.current.step);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::build_surface;

    fn run(surface: &str, start: [f64; 2], spec: &str, steps: u64) -> Run {
        let s = build_surface(surface, &[]).unwrap();
        let mut config = RunConfig::new(spec.parse().unwrap());
        config.max_steps = steps;
        let mut r = Run::new(s, start, config).unwrap();
        r.finish();
        r
    }

    fn divergence_reason(r: &Run) -> String {
        match r.status() {
            Status::Diverged { reason, .. } => reason.to_string(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_point_that_is_not_a_number_is_blamed_on_its_cause() {
        // A linear surface and x² + y have no curvature along y: Newton's system is singular.
        for surface in ["expr:x+y", "expr:x^2+y"] {
            let r = run(surface, [1.0, 1.0], "newton", 5);
            assert!(divergence_reason(&r).contains("singular"), "{surface}");
        }
        // With damping it is not: the step is finite.
        let damped = run("expr:x^2+y", [1.0, 1.0], "newton:damping=1", 5);
        assert!(!matches!(damped.status(), Status::Diverged { .. }));
        // At a zero gradient, eps = 0 leaves 0/0; the default eps does not.
        for spec in ["adam:eps=0", "adagrad:eps=0", "rmsprop:eps=0"] {
            let r = run("rosenbrock", [1.0, 1.0], spec, 5);
            assert!(divergence_reason(&r).contains("eps = 0"), "{spec}");
            let guarded = run(
                "rosenbrock",
                [1.0, 1.0],
                &spec.replace("eps=0", "eps=1e-8"),
                5,
            );
            assert!(!matches!(guarded.status(), Status::Diverged { .. }));
        }
        // A finite update that overflows says so, with the rate written short.
        let r = run("expr:x^2+y^2", [1.0, 1.0], "sgd:lr=1e308", 5);
        let reason = divergence_reason(&r);
        assert!(
            reason.contains("overflowed") && reason.contains("1e308"),
            "{reason}"
        );
    }

    #[test]
    fn gradient_descent_on_a_bowl_is_geometric() {
        // bowl: f = x² + y² (λ = 2); GD with lr 0.25 multiplies the point by 1 − 0.5 per step.
        let r = run("bowl", [1.0, -2.0], "sgd:lr=0.25", 10);
        assert_eq!(r.status(), &Status::MaxSteps);
        let p = r.current().point;
        assert_eq!(p, [0.5f64.powi(10), -2.0 * 0.5f64.powi(10)]);
        assert_eq!(r.trail().len(), 11);
        assert_eq!(r.grad_evals(), 11);
    }

    #[test]
    fn lr_above_two_over_lambda_diverges_with_its_step() {
        // |1 − lr·λ| = 1.2: the distance grows 1.2× per step from 1 to past 4·10⁶
        // (10⁶ domain extents): 1.2^k > 4·10⁶ first at k = 84.
        let r = run("bowl", [1.0, 0.0], "sgd:lr=1.1", 10_000);
        match r.status() {
            Status::Diverged { step, .. } => assert_eq!(*step, 84),
            other => panic!("{other:?}"),
        }
        let r = run("bowl", [1.0, 0.0], "sgd:lr=0.99", 10_000);
        assert_eq!(r.status(), &Status::MaxSteps);
    }

    #[test]
    fn a_huge_learning_rate_is_an_outcome_on_every_surface() {
        for e in crate::surface::zoo_entries() {
            let s = build_surface(e.name, &[]).unwrap();
            let start = s.info().starts[0];
            for spec in [
                "sgd:lr=1e9",
                "adam:lr=1e9",
                "rmsprop:lr=1e9",
                "newton:lr=1e9",
            ] {
                let mut config = RunConfig::new(spec.parse().unwrap());
                config.max_steps = 200;
                let mut r = Run::new(s.clone(), start, config).unwrap();
                r.finish();
                let last = r.current();
                assert!(last.loss.is_finite() && last.point.iter().all(|v| v.is_finite()));
                assert!(!r.is_running(), "{} {spec}", e.name);
            }
        }
    }

    #[test]
    fn tolerance_and_target_stop_the_run() {
        let s = build_surface("bowl", &[]).unwrap();
        let mut config = RunConfig::new("sgd:lr=0.25".parse().unwrap());
        config.grad_tol = Some(1e-3);
        let mut r = Run::new(s.clone(), [1.0, 0.0], config.clone()).unwrap();
        r.finish();
        // ‖g‖ = 2·0.5ᵏ ≤ 10⁻³ first at k = 11.
        assert_eq!(r.status(), &Status::Converged { step: 11 });
        config.grad_tol = None;
        config.target = Some(1.0);
        let r = Run::new(s, [1.0, 0.0], config).unwrap();
        assert_eq!(r.status(), &Status::Converged { step: 0 });
    }

    #[test]
    fn bad_starts_and_requests_are_errors() {
        let s = build_surface("bowl", &[]).unwrap();
        let config = RunConfig::new("sgd".parse().unwrap());
        let e = Run::new(s.clone(), [f64::NAN, 0.0], config.clone()).unwrap_err();
        assert!(e.to_string().contains("not finite"));
        let mut big = config.clone();
        big.max_steps = 10_000_000_000;
        let e = Run::new(s, [0.0, 0.0], big).unwrap_err();
        assert!(e.to_string().contains("limit of 10000000"), "{e}");
        let log = crate::surface::build_surface("expr:ln(x)", &[]).unwrap();
        assert!(Run::new(log, [-1.0, 0.0], config).is_err());
    }

    #[test]
    fn trail_is_bounded() {
        let s = build_surface("bowl", &[]).unwrap();
        let mut config = RunConfig::new("sgd:lr=0.01".parse().unwrap());
        config.trail_capacity = 5;
        config.max_steps = 100;
        let mut r = Run::new(s, [1.0, 1.0], config).unwrap();
        r.finish();
        assert_eq!(r.trail().len(), 5);
        assert_eq!(r.trail().back().map(|s| s.step), Some(100));
    }
}

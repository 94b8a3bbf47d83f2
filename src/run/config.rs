//! What a run needs besides the surface and start: optimizer, schedule, noise, stopping rules.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::optim::{OptimizerSpec, Schedule};

/// Largest requests served, so that nothing hangs or exhausts memory.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Updates in one run.
    pub max_steps: u64,
    /// Cells in a basin map.
    pub max_basin_cells: usize,
    /// Cells × steps in a basin map.
    pub max_basin_work: u64,
    /// Racers in one race.
    pub max_racers: usize,
}

/// The limits in force.
pub const LIMITS: Limits = Limits {
    max_steps: 10_000_000,
    max_basin_cells: 512 * 512,
    max_basin_work: 2_000_000_000,
    max_racers: 64,
};

/// A request that cannot be served.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum RunError {
    /// The start point has a NaN or infinite coordinate.
    #[error("the start point ({x}, {y}) is not finite")]
    NonFiniteStart {
        /// First coordinate.
        x: f64,
        /// Second coordinate.
        y: f64,
    },
    /// More than [`Limits::max_steps`].
    #[error("{steps} steps is more than the limit of {limit}")]
    TooManySteps {
        /// Asked for.
        steps: u64,
        /// The limit.
        limit: u64,
    },
    /// Another limit exceeded.
    #[error("{0}")]
    TooLarge(String),
    /// A parameter with no meaning (negative noise, zero batch, …).
    #[error("{0}")]
    Invalid(String),
}

/// Everything that decides a run, apart from surface and start.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RunConfig {
    /// The optimizer and its hyper-parameters.
    pub optimizer: OptimizerSpec,
    /// Learning-rate schedule.
    pub schedule: Schedule,
    /// Noise level σ of the gradient (0 = exact gradients).
    pub noise: f64,
    /// Batch size B: the noise's standard deviation is σ/√B.
    pub batch: u64,
    /// Seed of the noise stream.
    pub seed: u64,
    /// Clip the gradient to this norm before the update.
    pub clip: Option<f64>,
    /// Stop as converged when ‖∇f‖ ≤ this.
    pub grad_tol: Option<f64>,
    /// Stop as converged when f ≤ this.
    pub target: Option<f64>,
    /// Most updates.
    pub max_steps: u64,
    /// How many recent samples the trail keeps.
    pub trail_capacity: usize,
}

impl Default for RunConfig {
    fn default() -> Self {
        Self {
            optimizer: OptimizerSpec::default(),
            schedule: Schedule::default(),
            noise: 0.0,
            batch: 1,
            seed: 0,
            clip: None,
            grad_tol: None,
            target: None,
            max_steps: 1000,
            trail_capacity: 100_000,
        }
    }
}

impl RunConfig {
    /// A configuration for `optimizer` with everything else at its default.
    pub fn new(optimizer: OptimizerSpec) -> Self {
        Self {
            optimizer,
            ..Self::default()
        }
    }

    /// Checks the configuration against the limits and for meaningless values.
    pub fn validate(&self) -> Result<(), RunError> {
        if self.max_steps > LIMITS.max_steps {
            return Err(RunError::TooManySteps {
                steps: self.max_steps,
                limit: LIMITS.max_steps,
            });
        }
        if !(self.noise.is_finite() && self.noise >= 0.0) {
            return Err(RunError::Invalid(format!(
                "noise level {} must be a finite number ≥ 0",
                self.noise
            )));
        }
        if self.batch == 0 {
            return Err(RunError::Invalid("batch size must be at least 1".into()));
        }
        if let Some(c) = self.clip
            && !(c.is_finite() && c > 0.0)
        {
            return Err(RunError::Invalid(format!(
                "clip norm {c} must be a finite number > 0"
            )));
        }
        if let Some(t) = self.grad_tol
            && !(t.is_finite() && t >= 0.0)
        {
            return Err(RunError::Invalid(format!(
                "tolerance {t} must be a finite number ≥ 0"
            )));
        }
        self.optimizer
            .validate()
            .map_err(|e| RunError::Invalid(e.to_string()))
    }
}

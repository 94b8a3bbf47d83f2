//! What a run needs besides the surface and start: optimizer, schedule, noise, stopping rules.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;
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
#[derive(Debug, Clone, PartialEq)]
pub enum RunError {
    /// The start point has a NaN or infinite coordinate.
    NonFiniteStart {
        /// First coordinate.
        x: f64,
        /// Second coordinate.
        y: f64,
    },
    /// More than [`Limits::max_steps`].
    TooManySteps {
        /// Asked for.
        steps: u64,
        /// The limit.
        limit: u64,
    },
    /// Another limit exceeded.
    TooLarge(Message),
    /// A parameter with no meaning (negative noise, zero batch, …).
    Invalid(Message),
}

impl RunError {
    /// What is wrong, in words of any language.
    pub fn message(&self) -> Message {
        match self {
            RunError::NonFiniteStart { x, y } => {
                Message::new("run-start-not-finite").arg("x", x).arg("y", y)
            }
            RunError::TooManySteps { steps, limit } => Message::new("run-too-many-steps")
                .arg("steps", steps)
                .arg("limit", limit),
            RunError::TooLarge(message) | RunError::Invalid(message) => message.clone(),
        }
    }
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for RunError {}

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
            let problem = Message::new("run-bad-noise").arg("value", self.noise);
            return Err(RunError::Invalid(problem));
        }
        if self.batch == 0 {
            return Err(RunError::Invalid(Message::new("run-batch-zero")));
        }
        if let Some(c) = self.clip
            && !(c.is_finite() && c > 0.0)
        {
            return Err(RunError::Invalid(
                Message::new("run-bad-clip").arg("value", c),
            ));
        }
        if let Some(t) = self.grad_tol
            && !(t.is_finite() && t >= 0.0)
        {
            return Err(RunError::Invalid(
                Message::new("run-bad-tolerance").arg("value", t),
            ));
        }
        self.optimizer
            .validate()
            .map_err(|e| RunError::Invalid(e.0))
    }
}

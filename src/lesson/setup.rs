//! A lesson's scenario: the surface, the racers and the noise, as the app and the headless
//! check both set them up.

use serde::{Deserialize, Serialize};

use super::network::NetworkSetup;
use crate::optim::{OptimizerSpec, Schedule};
use crate::run::{Milestone, Run, RunConfig};
use crate::surface::{Surface, build_surface};

/// The surface name of a network lesson: its network's own loss around the trained weights,
/// which the app trains and slices in the background.
pub const NETWORK_SURFACE: &str = "network";

/// A switch of the network surface's network that the split view flips, to show the network
/// both ways side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetworkFlip {
    /// BatchNorm after each hidden layer, on or off.
    BatchNorm,
    /// Input normalization, on or off.
    NormalizeInputs,
    /// Trained with the full batch instead of mini-batches.
    FullBatch,
}

impl NetworkFlip {
    /// Every switch, in menu order.
    pub const ALL: [Self; 3] = [Self::BatchNorm, Self::NormalizeInputs, Self::FullBatch];

    /// Its name as a setup's `compare`: `network:batch-norm`, ….
    pub fn name(self) -> &'static str {
        match self {
            Self::BatchNorm => "network:batch-norm",
            Self::NormalizeInputs => "network:normalize-inputs",
            Self::FullBatch => "network:full-batch",
        }
    }

    /// The switch named `name`, if it is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|flip| flip.name() == name)
    }
}

/// A setting of every racer that the split view flips, to show the same racers on the same
/// surface both ways side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RacerFlip {
    /// Every racer at a constant learning rate: without its schedule (warm-up, decay).
    ConstantSchedule,
    /// No gradient noise: the full batch in place of simulated mini-batches.
    NoNoise,
}

impl RacerFlip {
    /// Every flip, in menu order.
    pub const ALL: [Self; 2] = [Self::ConstantSchedule, Self::NoNoise];

    /// Its name as a setup's `compare`: `racers:constant-schedule`, ….
    pub fn name(self) -> &'static str {
        match self {
            Self::ConstantSchedule => "racers:constant-schedule",
            Self::NoNoise => "racers:no-noise",
        }
    }

    /// The flip named `name`, if it is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|flip| flip.name() == name)
    }

    /// `setup` with its racers flipped.
    pub fn apply(self, setup: &Setup) -> Setup {
        let mut flipped = setup.clone();
        match self {
            Self::ConstantSchedule => {
                flipped.schedule = constant();
                flipped.schedules.clear();
            }
            Self::NoNoise => flipped.noise = 0.0,
        }
        flipped
    }
}

/// What a lesson sets up.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    /// A zoo name, `expr:<formula>`, or `network` (the lesson network's own surface).
    pub surface: String,
    /// Surface parameters, e.g. `{ kappa = 100 }`.
    #[serde(default)]
    pub params: std::collections::BTreeMap<String, f64>,
    /// One optimizer SPEC per racer.
    pub racers: Vec<String>,
    /// Where every racer starts.
    pub start: [f64; 2],
    /// Updates per racer.
    pub steps: u64,
    /// Learning-rate schedule SPEC of every racer.
    #[serde(default = "constant")]
    pub schedule: String,
    /// One schedule SPEC per racer, in place of `schedule` when given.
    #[serde(default)]
    pub schedules: Vec<String>,
    /// Gradient noise σ.
    #[serde(default)]
    pub noise: f64,
    /// Batch size B.
    #[serde(default = "one")]
    pub batch: u64,
    /// Seed of the noise.
    #[serde(default)]
    pub seed: u64,
    /// The view's overlays the lesson talks about, switched on when it opens.
    #[serde(default)]
    pub overlays: Vec<Overlay>,
    /// The network the lesson trains and measures, shown in the Network window.
    #[serde(default)]
    pub network: Option<NetworkSetup>,
    /// A second surface (zoo name, `expr:<formula>`, or a [`NetworkFlip`]) shown beside
    /// the first in a split view, with the same racers: the other side of the lesson's
    /// comparison.
    #[serde(default)]
    pub compare: Option<String>,
}

/// An overlay of the surface view a lesson can switch on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Overlay {
    /// The gradient, momentum and update arrows at each racer's head.
    Arrows,
    /// Each coordinate's effective learning rate at each racer's head.
    EffectiveStep,
    /// The Hessian's eigenvector cross at the cursor and at each head.
    EigenCross,
    /// Red where the Hessian is indefinite.
    CurvatureMap,
    /// The critical points, marked by kind.
    CriticalPoints,
}

fn constant() -> String {
    "constant".into()
}

fn one() -> u64 {
    1
}

impl Setup {
    /// Builds everything once to refuse a setup that cannot run.
    pub fn validate(&self) -> Result<(), String> {
        if self.surface == NETWORK_SURFACE {
            if self.network.is_none() {
                return Err("the network surface needs a [setup.network]".into());
            }
        } else {
            self.surface()?;
        }
        for i in 0..self.racers.len() {
            self.config(i)?;
        }
        if self.racers.is_empty() {
            return Err("a lesson needs at least one racer".into());
        }
        match &self.compare {
            Some(name) if RacerFlip::from_name(name).is_some() => {
                (self.surface != NETWORK_SURFACE)
                    .then_some(())
                    .ok_or_else(|| format!("compare: {name} needs a surface of the zoo"))?;
            }
            Some(name) if NetworkFlip::from_name(name).is_some() => {
                (self.surface == NETWORK_SURFACE)
                    .then_some(())
                    .ok_or_else(|| format!("compare: {name} needs the network surface"))?;
            }
            Some(name) => {
                build_surface(name, &[]).map_err(|e| format!("compare: {e}"))?;
            }
            None => {}
        }
        if let Some(network) = &self.network {
            network.validate().map_err(|e| format!("network: {e}"))?;
        }
        if !self.schedules.is_empty() && self.schedules.len() != self.racers.len() {
            return Err(format!(
                "{} schedules for {} racers: give one per racer, or none",
                self.schedules.len(),
                self.racers.len()
            ));
        }
        Ok(())
    }

    /// Racer `i`'s schedule SPEC.
    pub fn schedule_of(&self, i: usize) -> &str {
        self.schedules.get(i).unwrap_or(&self.schedule)
    }

    /// The surface (a network lesson's own surface is built by the app).
    pub fn surface(&self) -> Result<Surface, String> {
        if self.surface == NETWORK_SURFACE {
            return Err("the network's surface is trained and sliced by the app".into());
        }
        let params: Vec<(String, f64)> = self.params.clone().into_iter().collect();
        build_surface(&self.surface, &params).map_err(|e| e.to_string())
    }

    /// Racer `i`'s run configuration.
    pub fn config(&self, i: usize) -> Result<RunConfig, String> {
        let spec = self.racers.get(i).ok_or(format!("there is no racer {i}"))?;
        let optimizer: OptimizerSpec = spec.parse().map_err(|e| format!("racer {i}: {e}"))?;
        let schedule: Schedule = self
            .schedule_of(i)
            .parse()
            .map_err(|e| format!("schedule: {e}"))?;
        let config = RunConfig {
            optimizer,
            schedule,
            noise: self.noise,
            batch: self.batch,
            seed: self.seed,
            max_steps: self.steps,
            ..RunConfig::default()
        };
        config.validate().map_err(|e| e.to_string())?;
        Ok(config)
    }

    /// Every racer's whole run on `surface`, watching f ≤ f* + 10⁻⁶ (or ‖∇f‖ ≤ 10⁻⁶).
    pub fn runs(&self, surface: &Surface) -> Result<Vec<Run>, String> {
        let milestone = match surface.best_known_value() {
            Some(f) => Milestone::Loss(f + 1e-6),
            None => Milestone::GradNorm(1e-6),
        };
        (0..self.racers.len())
            .map(|i| {
                let mut run = Run::new(surface.clone(), self.start, self.config(i)?)
                    .map_err(|e| e.to_string())?;
                run.watch(milestone);
                run.finish();
                Ok(run)
            })
            .collect()
    }
}

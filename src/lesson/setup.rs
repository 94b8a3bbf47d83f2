//! A lesson's scenario: the surface, the racers and the noise, as the app and the headless
//! check both set them up.

use serde::{Deserialize, Serialize};

use super::LessonError;
use super::network::NetworkSetup;
use super::split_view::SplitView;
use crate::optim::{OptimizerSpec, Schedule};
use crate::run::{Milestone, Run, RunConfig};
use crate::surface::{Surface, build_surface};

/// The surface name of a network lesson: its network's own loss around the trained weights,
/// which the app trains and slices in the background.
pub const NETWORK_SURFACE: &str = "network";

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
    /// What the split view shows beside the surface, with the same racers: the other side of
    /// the lesson's comparison.
    #[serde(default)]
    pub compare: Option<SplitView>,
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

pub(super) fn constant() -> String {
    "constant".into()
}

fn one() -> u64 {
    1
}

impl Setup {
    /// Builds everything once to refuse a setup that cannot run.
    pub fn validate(&self) -> Result<(), LessonError> {
        if self.surface == NETWORK_SURFACE {
            if self.network.is_none() {
                return Err(LessonError::NoNetwork);
            }
        } else {
            self.surface()?;
        }
        for i in 0..self.racers.len() {
            self.config(i)?;
        }
        if self.racers.is_empty() {
            return Err(LessonError::NoRacers);
        }
        let on_network = self.surface == NETWORK_SURFACE;
        match &self.compare {
            Some(SplitView::Racers(flip)) if on_network => {
                return Err(split_view(flip.name(), "a surface of the zoo"));
            }
            Some(SplitView::Network(flip)) if !on_network => {
                return Err(split_view(flip.name(), "the network surface"));
            }
            Some(SplitView::Surface(name)) => {
                build_surface(name, &[]).map_err(LessonError::within("compare"))?;
            }
            Some(SplitView::Racers(_) | SplitView::Network(_)) | None => {}
        }
        if let Some(network) = &self.network {
            network.validate().map_err(LessonError::within("network"))?;
        }
        if !self.schedules.is_empty() && self.schedules.len() != self.racers.len() {
            return Err(LessonError::Schedules {
                given: self.schedules.len(),
                racers: self.racers.len(),
            });
        }
        Ok(())
    }

    /// Racer `i`'s schedule SPEC.
    pub fn schedule_of(&self, i: usize) -> &str {
        self.schedules.get(i).unwrap_or(&self.schedule)
    }

    /// The surface (a network lesson's own surface is built by the app).
    pub fn surface(&self) -> Result<Surface, LessonError> {
        if self.surface == NETWORK_SURFACE {
            return Err(LessonError::NetworkSurfaceInApp);
        }
        let params: Vec<(String, f64)> = self.params.clone().into_iter().collect();
        Ok(build_surface(&self.surface, &params)?)
    }

    /// Racer `i`'s run configuration.
    pub fn config(&self, i: usize) -> Result<RunConfig, LessonError> {
        let spec = self.racers.get(i).ok_or(LessonError::NoRacer(i))?;
        let optimizer: OptimizerSpec = spec
            .parse()
            .map_err(LessonError::within(format!("racer {i}")))?;
        let schedule: Schedule = self
            .schedule_of(i)
            .parse()
            .map_err(LessonError::within("schedule"))?;
        let config = RunConfig {
            optimizer,
            schedule,
            noise: self.noise,
            batch: self.batch,
            seed: self.seed,
            max_steps: self.steps,
            ..RunConfig::default()
        };
        config.validate()?;
        Ok(config)
    }

    /// Every racer's whole run on `surface`, watching f ≤ f* + 10⁻⁶ (or ‖∇f‖ ≤ 10⁻⁶).
    pub fn runs(&self, surface: &Surface) -> Result<Vec<Run>, LessonError> {
        let milestone = match surface.best_known_value() {
            Some(f) => Milestone::Loss(f + 1e-6),
            None => Milestone::GradNorm(1e-6),
        };
        (0..self.racers.len())
            .map(|i| {
                let mut run = Run::new(surface.clone(), self.start, self.config(i)?)?;
                run.watch(milestone);
                run.finish();
                Ok(run)
            })
            .collect()
    }
}

/// `compare = name` names a split view that needs `needs`.
fn split_view(name: &str, needs: &'static str) -> LessonError {
    LessonError::In {
        part: "compare".into(),
        source: Box::new(LessonError::SplitView {
            flip: name.to_owned(),
            needs,
        }),
    }
}

//! The setup the user builds, persisted between launches: surface, racers, noise, view.

use super::network_limits::within_controls;
use super::surface_choice::SurfaceChoice;
use crate::lesson::NetworkSetup;
use serde::{Deserialize, Serialize};

use std::ops::RangeInclusive;

use super::setting_error::{SettingError, within};
use crate::i18n::Message;
use crate::lesson::SplitView;
use crate::optim::{OptimizerKind, OptimizerSpec, Schedule, SpecError};
use crate::run::{LIMITS, RunConfig};
use crate::surface::{build_surface, zoo_entries};

/// The step budget the toolbar allows: every path is recomputed while a start is dragged.
pub const BUDGET_RANGE: RangeInclusive<u64> = 1..=200_000;
/// The most racers at once.
pub const MAX_RACERS: usize = 16;
/// Animation speed, steps per frame.
pub const SPEED_RANGE: RangeInclusive<f64> = 0.05..=10_000.0;
/// Gradient noise level σ.
pub const NOISE_RANGE: RangeInclusive<f64> = 0.0..=100.0;
/// Batch size B.
pub const BATCH_RANGE: RangeInclusive<u64> = 1..=100_000;
/// The 3-D camera's elevation, in radians, as dragging allows.
pub const PITCH_RANGE: RangeInclusive<f32> = 0.05..=1.55;
/// The 3-D camera's magnification, as scrolling allows.
pub const ZOOM_RANGE: RangeInclusive<f32> = 0.3..=5.0;

/// Everything that is restored on the next launch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    /// Which surface.
    pub surface: SurfaceChoice,
    /// The optimizers racing on it.
    pub racers: Vec<RacerSettings>,
    /// Index of the racer whose details the panels show.
    pub selected: usize,
    /// Gradient noise level σ.
    pub noise: f64,
    /// Batch size B: noise N(0, σ²/B).
    pub batch: u64,
    /// Seed of the noise (shared by all racers).
    pub seed: u64,
    /// Updates computed per racer.
    pub steps: u64,
    /// Animation speed in steps per frame (fractions: one step every few frames).
    pub speed: f64,
    /// What the surface view draws.
    pub view: ViewOptions,
    /// Large fonts and minimal chrome for a projector.
    pub presentation: bool,
    /// What the Network window trains.
    pub network: NetworkSetup,
    /// What the split view shows beside the main surface, if the view is split.
    pub compare: Option<SplitView>,
}

/// One racer's settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RacerSettings {
    /// Trail colour (sRGB).
    pub color: [u8; 3],
    /// Optimizer and hyper-parameters.
    pub optimizer: OptimizerSpec,
    /// Learning-rate schedule as text, e.g. `cosine:t_max=500`.
    pub schedule: String,
    /// Gradient clipping norm.
    pub clip: Option<f64>,
    /// Start point.
    pub start: [f64; 2],
}

/// Toggles of the surface view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewOptions {
    /// Logarithmic colour scale.
    pub log_scale: bool,
    /// Contour lines.
    pub contours: bool,
    /// Same scale on both axes.
    pub equal_aspect: bool,
    /// Critical points (documented and found).
    pub critical_points: bool,
    /// Gradient, momentum and update arrows at each racer's head.
    pub arrows: bool,
    /// Each coordinate's effective learning rate at each racer's head.
    pub effective_step: bool,
    /// The Hessian's eigenvector cross at the cursor and at each racer's head.
    pub eigen_cross: bool,
    /// Tint where the Hessian is indefinite (saddle-like) or negative definite.
    pub curvature_map: bool,
    /// Colour every start by the minimum the selected racer reaches from it.
    pub basins: bool,
    /// Show the orbitable 3-D view instead of the map.
    pub three_d: bool,
    /// Where the 3-D view looks from.
    pub camera: Camera,
}

/// The 3-D view's camera: it orbits the surface's centre.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Camera {
    /// Turn about the vertical axis (radians).
    pub yaw: f32,
    /// Elevation above the x-y plane (radians, 0 = side on, π/2 = from above).
    pub pitch: f32,
    /// Magnification (1 fits the surface in the view).
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            yaw: -0.6,
            pitch: 0.6,
            zoom: 1.0,
        }
    }
}

impl Default for ViewOptions {
    fn default() -> Self {
        Self {
            log_scale: true,
            contours: true,
            equal_aspect: false,
            critical_points: true,
            arrows: false,
            eigen_cross: false,
            effective_step: false,
            curvature_map: false,
            basins: false,
            three_d: false,
            camera: Camera::default(),
        }
    }
}

/// Bold, distinct trail colours, used in turn.
pub const RACER_COLORS: [[u8; 3]; 8] = [
    [214, 39, 40],
    [31, 119, 180],
    [44, 160, 44],
    [255, 127, 14],
    [148, 103, 189],
    [227, 119, 194],
    [23, 190, 207],
    [140, 86, 75],
];

impl AppState {
    /// The setup, if every setting is within what the app's controls allow (a scenario file
    /// can say anything), with the selected racer one that exists; else the first setting
    /// that is not.
    pub fn validated(mut self) -> Result<Self, SettingError> {
        within("steps", "setting-step-budget", self.steps, &BUDGET_RANGE)?;
        within(
            "racers",
            "setting-racer-count",
            self.racers.len(),
            &(0..=MAX_RACERS),
        )?;
        within("speed", "setting-speed", self.speed, &SPEED_RANGE)?;
        within("noise", "setting-noise", self.noise, &NOISE_RANGE)?;
        within("batch", "setting-batch", self.batch, &BATCH_RANGE)?;
        for (i, racer) in self.racers.iter().enumerate() {
            let key = |field: &str| format!("racers[{i}].{field}");
            let racer_problem = |key: &'static str, problem: Message| {
                Message::new(key)
                    .arg("racer", i + 1)
                    .part("problem", problem)
            };
            (racer.optimizer.check()).map_err(|(field, e)| {
                SettingError::new(
                    key(&format!("optimizer.{field}")),
                    racer_problem("setting-racer-optimizer", e.0),
                )
            })?;
            if !racer.start.iter().all(|c| c.is_finite()) {
                let message = Message::new("setting-racer-start")
                    .arg("racer", i + 1)
                    .arg("x", racer.start[0])
                    .arg("y", racer.start[1]);
                return Err(SettingError::new(key("start"), message));
            }
            (racer.schedule.parse::<Schedule>()).map_err(|e| {
                SettingError::new(
                    key("schedule"),
                    racer_problem("setting-racer-schedule", e.0),
                )
            })?;
            racer.run_config(&self).map_err(|e| {
                SettingError::new(key("clip"), racer_problem("setting-racer-run", e))
            })?;
        }
        let camera = &self.view.camera;
        if !camera.yaw.is_finite() {
            let message = Message::new("setting-camera-turn").arg("value", camera.yaw);
            return Err(SettingError::new("view.camera.yaw", message));
        }
        within(
            "view.camera.pitch",
            "setting-camera-elevation",
            camera.pitch,
            &PITCH_RANGE,
        )?;
        within(
            "view.camera.zoom",
            "setting-camera-zoom",
            camera.zoom,
            &ZOOM_RANGE,
        )?;
        let the_network =
            |problem: Message| Message::new("setting-network").part("problem", problem);
        within_controls(&self.network).map_err(|e| SettingError {
            message: the_network(e.message),
            ..e
        })?;
        if self.surface.is_network() {
            (self.network.build())
                .map_err(|e| SettingError::new("network", the_network(e.message())))?;
        } else {
            (self.surface.build(&self.network)).map_err(|e| {
                let problem = Message::new("setting-surface").part("problem", e);
                SettingError::new(self.surface.refused_key(), problem)
            })?;
        }
        if let Some(view) = &self.compare {
            split_view_known(view).map_err(|e| SettingError::new("compare", e))?;
        }
        self.selected = self.selected.min(self.racers.len().saturating_sub(1));
        Ok(self)
    }
}

/// Whether the split view knows what `view` shows: a flip of the racers or of the network,
/// a zoo surface, or a formula that parses.
fn split_view_known(view: &SplitView) -> Result<(), Message> {
    let SplitView::Surface(name) = view else {
        return Ok(());
    };
    if zoo_entries().any(|entry| entry.name == name) {
        return Ok(());
    }
    if name.starts_with("expr:") {
        // A formula is quick to build (a zoo network is not: those were matched by name).
        return build_surface(name, &[])
            .map(drop)
            .map_err(|e| Message::new("setting-split-surface").part("problem", e.message()));
    }
    Err(Message::new("setting-split-unknown").arg("name", name))
}

impl RacerSettings {
    /// A racer with `spec` from `start`, coloured by its index.
    pub fn new(spec: &str, start: [f64; 2], index: usize) -> Self {
        Self {
            color: RACER_COLORS[index % RACER_COLORS.len()],
            optimizer: spec
                .parse()
                .unwrap_or_else(|_| OptimizerSpec::defaults(OptimizerKind::Sgd)),
            schedule: "constant".into(),
            clip: None,
            start,
        }
    }

    /// The run configuration for this racer, or a message saying what is wrong.
    pub fn run_config(&self, state: &AppState) -> Result<RunConfig, Message> {
        let schedule = (self.schedule.parse())
            .map_err(|e: SpecError| Message::new("setting-schedule").part("problem", e.0))?;
        let config = RunConfig {
            optimizer: self.optimizer.clone(),
            schedule,
            noise: state.noise,
            batch: state.batch,
            seed: state.seed,
            clip: self.clip,
            max_steps: state.steps.min(LIMITS.max_steps),
            // Every sample, from the start: the view, the step-by-step replay and the export
            // show the whole path (at most 200,001 samples of 88 bytes, 18 MB, per racer).
            trail_capacity: usize::try_from(state.steps.min(LIMITS.max_steps))
                .map_or(usize::MAX, |steps| steps.saturating_add(1)),
            ..RunConfig::default()
        };
        config.validate().map_err(|e| e.message())?;
        Ok(config)
    }
}

impl Default for RacerSettings {
    fn default() -> Self {
        Self::new("sgd", [0.0, 0.0], 0)
    }
}

impl Default for AppState {
    fn default() -> Self {
        let start = [-1.5, 2.0];
        Self {
            surface: SurfaceChoice::default(),
            racers: vec![
                RacerSettings::new("sgd:lr=0.0005", start, 0),
                RacerSettings::new("sgd:lr=0.0005,momentum=0.9", start, 1),
                RacerSettings::new("adam:lr=0.05", start, 2),
            ],
            selected: 0,
            noise: 0.0,
            batch: 1,
            seed: 0,
            steps: 3000,
            speed: 4.0,
            view: ViewOptions::default(),
            presentation: false,
            network: NetworkSetup::default(),
            compare: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_round_trip_and_missing_fields_take_defaults() {
        let state = AppState::default();
        let text = serde_json::to_string(&state).unwrap();
        let back: AppState = serde_json::from_str(&text).unwrap();
        assert_eq!(back, state);
        let partial: AppState = serde_json::from_str(r#"{"noise": 0.5}"#).unwrap();
        assert_eq!(partial.noise, 0.5);
        assert_eq!(partial.racers.len(), 3);
        for r in &state.racers {
            assert!(r.run_config(&state).is_ok());
        }
    }

    #[test]
    fn a_setup_stored_with_the_hidden_widths_as_text_still_reads() {
        let stored = r#"{"network": {"hidden": "8, 4", "noise": 0.2}}"#;
        let state: AppState = serde_json::from_str(stored).unwrap();
        assert_eq!(state.network.hidden, [8, 4]);
        assert_eq!(state.network.noise, Some(0.2));
        let current = serde_json::to_string(&state).unwrap();
        assert!(current.contains(r#""hidden":[8,4]"#), "{current}");
        let bad = r#"{"network": {"hidden": "8,wide"}}"#;
        let e = serde_json::from_str::<AppState>(bad)
            .unwrap_err()
            .to_string();
        assert!(e.contains(r#"not "wide""#), "{e}");
    }
}

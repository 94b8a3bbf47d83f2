//! A lesson's setup as the app's: the lesson file's compact form (one SPEC per racer, one
//! start) laid over the current setup.

use super::state::{AppState, RacerSettings, ViewOptions};
use super::surface_choice::SurfaceChoice;
use crate::lesson::{Overlay, Setup};

impl AppState {
    /// The setup for a lesson: its surface, racers, budget, noise, split view, the overlays it
    /// talks about and the network it trains; the speed, the camera and presentation mode stay
    /// as they are.
    pub fn for_lesson(&self, lesson: &Setup) -> AppState {
        let params = lesson.params.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let surface = SurfaceChoice::named(&lesson.surface, params, &self.surface.formula);
        let racers = (lesson.racers.iter().enumerate())
            .map(|(i, spec)| RacerSettings {
                schedule: lesson.schedule_of(i).to_owned(),
                ..RacerSettings::new(spec, lesson.start, i)
            })
            .collect();
        AppState {
            surface,
            racers,
            selected: 0,
            noise: lesson.noise,
            batch: lesson.batch,
            seed: lesson.seed,
            steps: lesson.steps,
            view: lesson_view(&lesson.overlays, &self.view),
            compare: lesson.compare.clone(),
            network: (lesson.network.clone()).unwrap_or_else(|| self.network.clone()),
            ..self.clone()
        }
    }
}

/// The view with the lesson's overlays on and the other teaching overlays off, so that what
/// is drawn is what the lesson talks about.
fn lesson_view(overlays: &[Overlay], current: &ViewOptions) -> ViewOptions {
    let on = |overlay| overlays.contains(&overlay);
    ViewOptions {
        arrows: on(Overlay::Arrows),
        effective_step: on(Overlay::EffectiveStep),
        eigen_cross: on(Overlay::EigenCross),
        curvature_map: on(Overlay::CurvatureMap),
        critical_points: current.critical_points || on(Overlay::CriticalPoints),
        basins: false,
        three_d: false,
        ..current.clone()
    }
}

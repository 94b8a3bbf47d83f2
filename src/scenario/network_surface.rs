//! The Network window's network as a surface the racers run on: its training loss around the
//! trained weights, on the plane of the Hessian's two leading eigenvectors, so that the slice's
//! condition number κ = λ₁/λ₂ is the network's own. Training is seeded: the same settings
//! always give the same surface. Built surfaces are kept for the session, so toggling a
//! setting back shows its surface at once.

use std::sync::{Arc, Mutex};

use crate::analysis::symmetric_eigen2;
use crate::format::number;
use crate::i18n::{Language, Message};
use crate::lesson::NetworkFlip;
use crate::lesson::NetworkSetup;
use crate::nn::{Dataset, LossPlane, Mlp, Named, Split, Training, hessian_directions};
use crate::progress::Progress;
use crate::surface::Domain;
use crate::surface::{Axes, Family, Surface, SurfaceInfo, trained_plane};

/// The surface choice's name (a network lesson names it too).
pub const NETWORK_SURFACE: &str = crate::lesson::NETWORK_SURFACE;

/// Surfaces kept for the session (the most recently built last).
const KEPT: usize = 8;

/// The surface of one trained network.
#[derive(Clone, Debug)]
pub struct NetworkSurface {
    /// What was trained.
    pub settings: NetworkSetup,
    /// Its loss on the plane.
    pub surface: Surface,
    /// κ = |λ|max / |λ|min of the slice's Hessian at the trained weights (the centre).
    pub condition: f64,
    /// The slice's two curvatures at the centre, |λ|, the larger first.
    curvatures: [f64; 2],
    /// The layers and activation: "2-16-16-2 tanh".
    architecture: String,
}

impl NetworkSurface {
    /// What the surface is, as its formula line, in `language`: "training loss at θ* + x·v₁ +
    /// y·v₂ … (λ = …, …; κ = …) · moons · 2-16-16-2 tanh · ce · batch norm on".
    pub fn formula_in(&self, language: Language) -> String {
        formula(
            &self.settings,
            &self.architecture,
            self.curvatures,
            language,
        )
    }
}

fn formula(
    settings: &NetworkSetup,
    architecture: &str,
    [large, small]: [f64; 2],
    language: Language,
) -> String {
    let mut parts = vec![
        settings.dataset.name().to_owned(),
        architecture.to_owned(),
        settings.loss.name().to_owned(),
    ];
    if settings.batch_norm {
        parts.push(settings.switch_label(NetworkFlip::BatchNorm, language));
    }
    if settings.normalize_inputs {
        parts.push(settings.switch_label(NetworkFlip::NormalizeInputs, language));
    }
    let args = [
        ("large", number(Some(large), 5)),
        ("small", number(Some(small), 5)),
        ("kappa", format!("{:.1}", large / small)),
        ("network", parts.join(" · ")),
    ];
    language.text_with("surface-network-formula", &args)
}

fn kept_surfaces() -> &'static Mutex<Vec<Arc<NetworkSurface>>> {
    static KEPT_SURFACES: Mutex<Vec<Arc<NetworkSurface>>> = Mutex::new(Vec::new());
    &KEPT_SURFACES
}

/// The surface built for `settings` earlier in this session, if any.
pub fn kept(settings: &NetworkSetup) -> Option<Arc<NetworkSurface>> {
    let kept = kept_surfaces().lock().unwrap_or_else(|e| e.into_inner());
    kept.iter().rev().find(|s| s.settings == *settings).cloned()
}

/// Keeps `surface` for the session (the oldest is dropped beyond [`KEPT`]).
pub fn keep(surface: NetworkSurface) -> Arc<NetworkSurface> {
    let surface = Arc::new(surface);
    let mut kept = kept_surfaces().lock().unwrap_or_else(|e| e.into_inner());
    kept.retain(|s| s.settings != surface.settings);
    kept.push(Arc::clone(&surface));
    if kept.len() > KEPT {
        kept.remove(0);
    }
    surface
}

/// The surface for `settings`: the kept one, or trained now (which takes as long as the
/// Network window's training; the app trains in the background first). A training cancelled
/// through `progress` is neither kept nor returned.
pub fn network_surface(
    settings: &NetworkSetup,
    progress: &Progress,
) -> Result<Arc<NetworkSurface>, Message> {
    // A kept surface is found without making the data and the network first: the app asks
    // for it on the UI thread.
    if let Some(surface) = kept(settings) {
        return Ok(surface);
    }
    let mut work = SurfaceTraining::new(settings)?;
    loop {
        if let Some(done) = work.piece(progress) {
            return done;
        }
    }
}

/// [`network_surface`] in pieces, for a page that must keep drawing: an epoch of training per
/// piece, then the slice through the trained weights.
pub struct SurfaceTraining {
    settings: NetworkSetup,
    split: Split,
    model: Mlp,
    training: Training,
    started: bool,
}

impl SurfaceTraining {
    /// The training for `settings`, or why they cannot train.
    pub fn new(settings: &NetworkSetup) -> Result<Self, Message> {
        let (split, mut model, spec) = settings.build()?;
        let training = Training::start(&mut model, &split, &spec, settings.normalize_inputs)?;
        Ok(Self {
            settings: settings.clone(),
            split,
            model,
            training,
            started: false,
        })
    }

    /// The next epoch; after the last, the surface (the kept one at once, if there is one).
    pub fn piece(&mut self, progress: &Progress) -> Option<Result<Arc<NetworkSurface>, Message>> {
        if !self.started {
            self.started = true;
            if let Some(surface) = kept(&self.settings) {
                return Some(Ok(surface));
            }
            progress.start(self.settings.epochs);
        }
        if progress.is_cancelled() {
            return Some(Err(Message::new("network-cancelled")));
        }
        if !self.training.is_over() {
            self.training.epoch(&mut self.model, &self.split);
            progress.tick();
            return None;
        }
        let (model, train) = (self.model.clone(), self.split.train.clone());
        Some(Ok(keep(slice_of(&self.settings, model, train))))
    }
}

/// The surface of `model`, trained with `settings`, over its training data (batch norm in
/// eval mode, with the running statistics).
pub fn slice_of(settings: &NetworkSetup, model: Mlp, train: Dataset) -> NetworkSurface {
    let directions = hessian_directions(&model, &train, settings.seed);
    let plane = LossPlane {
        model,
        data: train,
        directions,
    };
    let (_, _, h) = plane.hessian([0.0, 0.0]);
    let [a, b] = symmetric_eigen2(h).values.map(f64::abs);
    let curvatures = [a.max(b), a.min(b)];
    let condition = curvatures[0] / curvatures[1];
    let arch = &plane.model.arch;
    let architecture = format!("{} {}", arch.shape(), arch.activation.name());
    let english = Language::English;
    let info = SurfaceInfo {
        name: NETWORK_SURFACE.into(),
        title: english.text("surface-network"),
        family: Family::Networks,
        axes: Axes::TopEigenvectors,
        formula: formula(settings, &architecture, curvatures, english),
        note: english.text("surface-network-note"),
        domain: Domain::square(1.0),
        starts: vec![[0.8, 0.6], [-0.7, -0.9], [0.0, 0.0]],
        critical_points: Vec::new(),
        params: Vec::new(),
    };
    NetworkSurface {
        settings: settings.clone(),
        surface: Surface::from_objective(info, trained_plane(plane)),
        condition,
        curvatures,
        architecture,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::{NormMode, Spectrum};

    fn small_settings() -> NetworkSetup {
        NetworkSetup {
            samples: 160,
            hidden: vec![12, 12],
            epochs: 15,
            seed: 3,
            ..NetworkSetup::default()
        }
    }

    #[test]
    fn the_slice_condition_number_is_the_ratio_of_the_two_largest_hessian_eigenvalues() {
        let settings = small_settings();
        let (split, mut model, spec) = settings.build().unwrap();
        model.train(&split, &spec, false, &Progress::new()).unwrap();
        let mode = NormMode::Running(&model.running);
        let h = model.hessian(&model.params, &split.train, mode, &Progress::new());
        let spectrum = Spectrum::of_matrix(&h, model.params.len());
        let [.., second, first] = spectrum.eigenvalues[..] else {
            panic!("a spectrum of at least two eigenvalues");
        };
        let built = slice_of(&settings, model, split.train);
        let expected = first / second;
        assert!(
            (built.condition - expected).abs() < 1e-6 * expected,
            "{} vs {expected}",
            built.condition
        );
    }

    #[test]
    fn every_activation_loss_and_toggle_builds_a_surface() {
        use crate::nn::{Activation, Loss};
        for &activation in Activation::ALL {
            for loss in [Loss::Ce, Loss::Mse, Loss::MseSoftmax, Loss::Bce] {
                for (hidden, batch_norm) in [(&[][..], false), (&[5], true), (&[4, 3], false)] {
                    let settings = NetworkSetup {
                        samples: 40,
                        hidden: hidden.to_vec(),
                        activation,
                        loss,
                        batch_norm,
                        normalize_inputs: batch_norm,
                        epochs: 3,
                        seed: 11,
                        ..NetworkSetup::default()
                    };
                    let built = network_surface(&settings, &Progress::new()).unwrap();
                    let surface = &built.surface;
                    let context = format!("{activation:?} {loss:?} {hidden:?} {batch_norm}");
                    assert!(built.condition >= 1.0, "{context}: κ {}", built.condition);
                    for p in [[0.0, 0.0], [0.5, -0.5]] {
                        let (exact, drawn) = (surface.value(p), surface.value_for_drawing(p));
                        assert!(exact.is_finite(), "{context}");
                        assert!(
                            (drawn - exact).abs() <= 2e-6 * exact.abs().max(1.0),
                            "{context}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_surface_draws_with_the_fast_pass_and_is_kept_for_the_session() {
        let settings = small_settings();
        let built = network_surface(&settings, &Progress::new()).unwrap();
        let surface = &built.surface;
        assert_eq!(surface.name(), NETWORK_SURFACE);
        assert!(surface.is_expensive(), "120 examples × 338 parameters");
        for p in [[0.0, 0.0], [0.7, -0.4], [-1.0, 1.0]] {
            let (exact, drawn) = (surface.value(p), surface.value_for_drawing(p));
            assert!(
                (drawn - exact).abs() <= 2e-6 * exact.abs().max(1.0),
                "{p:?}"
            );
        }
        let again = network_surface(&settings, &Progress::new()).unwrap();
        assert!(
            Arc::ptr_eq(&built, &again),
            "the second request reuses the kept surface"
        );
        let other = NetworkSetup {
            batch_norm: true,
            ..settings
        };
        assert!(kept(&other).is_none());
    }
}

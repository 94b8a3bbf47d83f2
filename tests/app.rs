//! The real app driven through its accessibility tree with egui_kittest: surfaces, racers,
//! animation, dragging, formulas, overlays, keyboard, restore.
#![cfg(feature = "app")]

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, HarnessBuilder};
use losscape::app::{Command, JobKind, LossApp, PathState, RateAxis, restore};
use losscape::i18n::Language;
use losscape::lesson::{NetworkFlip, Overlay, RacerFlip, SplitView, widths_text};
use losscape::nn::{Augmentation, SavedNetwork, Targets};
use losscape::run::Status;
use losscape::scenario::{AppState, ShownSurface, SurfaceChoice};

/// Empties the focused text field: to its end, then backspace over everything.
fn clear_focused_text(h: &mut Harness<'static, LossApp>) {
    h.key_press(egui::Key::End);
    for _ in 0..60 {
        h.key_press(egui::Key::Backspace);
    }
    h.run_steps(1);
}

/// Picks the surface titled `title` from the surface menu's `family`.
fn pick_surface(h: &mut Harness<'static, LossApp>, family: &str, title: &str) {
    h.get_by_role_and_label(Role::Button, "Surface").click();
    h.run_steps(2);
    h.get_by_label(family).hover();
    h.run_steps(3);
    h.get_by_label(title).click();
    h.run_steps(2);
}

/// The Lessons menu's entry of lesson `name`: its number in the lecture's order and title.
fn lesson_label(name: &str) -> String {
    let lessons = losscape::lesson::built_in().expect("the lessons parse");
    let index = (lessons.iter())
        .position(|l| l.name == name)
        .unwrap_or_else(|| panic!("no lesson {name}"));
    format!("{}. {}", index + 1, lessons[index].title)
}

/// Opens the lesson whose menu entry reads `label` (see [`lesson_label`]).
fn open_lesson(h: &mut Harness<'static, LossApp>, label: &str) {
    h.get_by_label("Lessons").click();
    h.run_steps(2);
    h.get_by_label(label).click();
    // The click is taken at the next frame: until then the lesson before is the one open.
    h.run_steps(2);
}

/// Picks Himmelblau from the surface menu's "Many minima" family.
fn pick_himmelblau(h: &mut Harness<'static, LossApp>) {
    pick_surface(h, "Many minima", "Himmelblau");
}

/// Runs frames until the open lesson's claim is measured (for at most 30 s).
fn wait_for_report(h: &mut Harness<'static, LossApp>) {
    wait_for(h, |app| {
        app.lesson.as_ref().is_some_and(|l| l.report.is_some())
    });
}

fn harness() -> Harness<'static, LossApp> {
    harness_with(AppState::default())
}

fn harness_with(state: AppState) -> Harness<'static, LossApp> {
    built(Harness::builder(), state)
}

/// The app with `state` from `builder`, in a 1440 × 900 window.
fn built(builder: HarnessBuilder<LossApp>, state: AppState) -> Harness<'static, LossApp> {
    builder
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |cc| LossApp::with_state(state, &cc.egui_ctx))
}

/// How long [`wait_for`] waits: networks trained and sliced in the background take several
/// times longer while the other tests run beside them than alone.
const WAIT_LIMIT: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs frames (in real time, for background jobs) until `done` holds; fails after
/// [`WAIT_LIMIT`].
fn wait_for(h: &mut Harness<'static, LossApp>, done: impl Fn(&LossApp) -> bool) {
    let started = std::time::Instant::now();
    while started.elapsed() < WAIT_LIMIT {
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.run_steps(1);
    }
    panic!("still waiting after {WAIT_LIMIT:?}");
}

#[test]
fn pick_a_surface_add_racers_play_step_reset() {
    let mut h = harness();
    h.run_steps(2);
    pick_himmelblau(&mut h);
    assert_eq!(h.state().state.surface.name(), "himmelblau");
    assert_eq!(h.state().scene.surface.name(), "himmelblau");
    // Starts moved to Himmelblau's suggested start.
    assert_eq!(h.state().state.racers[0].start, [-0.3, -0.9]);

    h.get_by_label("+ Add").click();
    h.run_steps(2);
    assert_eq!(h.state().state.racers.len(), 4);
    assert_eq!(h.state().scene.runs.len(), 4);
    // Every path has its stability gauge (η·λmax per update).
    assert_eq!(h.state().scene.gauges.len(), 4);
    assert!(h.state().scene.gauges.iter().all(|g| !g.is_empty()));

    h.get_by_label("▶ Play").click();
    h.run_steps(10);
    let shown = h.state().clock.shown;
    assert!(shown >= 10.0, "{shown}");
    h.get_by_label("‖ Pause").click();
    h.run_steps(2);
    let paused = h.state().clock.shown;
    h.run_steps(5);
    assert_eq!(h.state().clock.shown, paused);
    h.get_by_label("Step ▶").click();
    h.run_steps(2);
    assert_eq!(h.state().clock.shown, paused.floor() + 1.0);
    h.get_by_label("◀ Back").click();
    h.run_steps(2);
    assert_eq!(h.state().clock.shown, paused.floor());
    h.get_by_label("⟲ Reset").click();
    h.run_steps(2);
    assert_eq!(h.state().clock.shown, 0.0);
}

#[test]
fn dragging_a_start_point_recomputes_its_path() {
    let mut h = harness();
    h.run_steps(3);
    let before = h.state().state.racers[0].start;
    let transform = h.state().view_transform.expect("the view was drawn");
    let grab = transform.position_from_point(&egui_plot::PlotPoint::new(before[0], before[1]));
    let target = transform.position_from_point(&egui_plot::PlotPoint::new(0.5, 2.5));
    h.hover_at(grab);
    h.run_steps(2);
    h.drag_at(grab);
    h.run_steps(2);
    for k in 1..=5 {
        let t = k as f32 / 5.0;
        h.hover_at(grab + (target - grab) * t);
        h.run_steps(1);
    }
    h.drop_at(target);
    h.run_steps(2);
    let after = h.state().state.racers[0].start;
    assert!(
        (after[0] - 0.5).abs() < 0.05 && (after[1] - 2.5).abs() < 0.05,
        "{after:?}"
    );
    let run = h.state().scene.runs[0].run().expect("runs");
    assert_eq!(run.trail().front().map(|s| s.point), Some(after));
    assert_eq!(h.state().dragging, None);
}

#[test]
fn a_bad_formula_shows_its_message_and_the_app_keeps_running() {
    let mut h = harness();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Surface").click();
    h.run_steps(2);
    h.get_by_label("Custom formula f(x, y)").click();
    h.run_steps(2);
    assert_eq!(
        h.state().scene.surface.name(),
        "expr:x^2 - y^2 + 0.1*sin(5*x)"
    );
    let field = h.get_by_label("f(x, y) =");
    field.click();
    h.run_steps(1);
    clear_focused_text(&mut h);
    h.get_by_label("f(x, y) =").type_text("x +* y");
    h.run_steps(1);
    h.get_by_label("Apply formula").click();
    h.run_steps(2);
    let error = h.state().surface_error.clone().expect("an error is shown");
    assert!(error.to_string().contains("position"), "{error}");
    h.get_by_label_contains("but found '*' at position 4");
    // The problem reads in the language shown, whenever it is switched.
    h.get_by_label("Language").click();
    h.run_steps(2);
    h.get_by_label("简体中文").click();
    h.run_steps(2);
    h.get_by_label_contains("却是 '*'（第 4 个字符）");
    h.get_by_label("语言 (Language)").click();
    h.run_steps(2);
    h.get_by_label("English").click();
    h.run_steps(2);
    assert_eq!(
        h.state().scene.surface.name(),
        "expr:x^2 - y^2 + 0.1*sin(5*x)",
        "old surface kept"
    );
    h.get_by_label("f(x, y) =").click();
    h.run_steps(1);
    clear_focused_text(&mut h);
    h.get_by_label("f(x, y) =").type_text("x^2 + 3*y^2");
    h.get_by_label("Apply formula").click();
    h.run_steps(2);
    assert_eq!(h.state().surface_error, None);
    assert_eq!(h.state().scene.surface.name(), "expr:x^2 + 3*y^2");
}

#[test]
fn overlays_toggle_and_keyboard_shortcuts_work() {
    let mut h = harness();
    h.run_steps(2);
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Gradient / momentum / update arrows")
        .click();
    h.run_steps(2);
    h.get_by_label("Hessian eigenvector cross").click();
    h.run_steps(2);
    h.get_by_label("Per-parameter step size").click();
    h.run_steps(2);
    let view = &h.state().state.view;
    assert!(view.arrows && view.eigen_cross && view.effective_step);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    h.key_press(egui::Key::Space);
    h.run_steps(5);
    assert!(h.state().clock.playing);
    h.key_press(egui::Key::Space);
    h.run_steps(1);
    assert!(!h.state().clock.playing);
    h.key_press(egui::Key::R);
    h.run_steps(1);
    assert_eq!(h.state().clock.shown, 0.0);
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(1);
    assert_eq!(h.state().clock.shown, 1.0);
    h.key_press(egui::Key::F);
    h.run_steps(2);
    assert!(h.state().state.presentation);
    // Enlarged as far as 1440 × 900 keeps room for the layout: 900 / 650 = 1.38.
    assert!(
        (h.ctx.zoom_factor() - 1.38).abs() < 1e-3,
        "{}",
        h.ctx.zoom_factor()
    );
    // Escape closes the shortcuts window first, then leaves presentation mode.
    h.key_press(egui::Key::F1);
    h.run_steps(2);
    assert!(h.state().show_help);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(!h.state().show_help && h.state().state.presentation);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(!h.state().state.presentation);
    assert_eq!(h.ctx.zoom_factor(), 1.0);
    // Ctrl+S and Ctrl+O bring up the scenario dialogs.
    for (key, title) in [
        (egui::Key::S, "Save scenario"),
        (egui::Key::O, "Open scenario"),
    ] {
        h.key_press_modifiers(egui::Modifiers::COMMAND, key);
        h.run_steps(4);
        assert!(h.state().file_dialog.is_some());
        h.get_by_role_and_label(Role::Window, title);
        h.key_press(egui::Key::Escape);
        h.run_steps(2);
        assert!(h.state().file_dialog.is_none());
    }
}

#[test]
fn a_huge_learning_rate_diverges_without_breaking_the_app() {
    let mut h = harness();
    h.run_steps(2);
    let mut racer = h.state().state.racers[0].clone();
    racer.optimizer.lr = 1e9;
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(losscape::app::Command::UpdateRacer(0, racer), &ctx);
    h.run_steps(2);
    let run = h.state().scene.runs[0].run().expect("runs");
    assert!(matches!(run.status(), Status::Diverged { step: 1, .. }));
    h.key_press(egui::Key::Space);
    h.run_steps(20);
    assert!(h.state().clock.shown > 0.0);
}

#[test]
fn a_corrupt_saved_setup_falls_back_to_defaults_and_says_so() {
    let (state, notice) = restore(Some("{\"racers\": [ {\"optimizer\": 12"));
    assert_eq!(state, AppState::default());
    assert!(
        notice
            .expect("a notice")
            .to_string()
            .contains("could not be read")
    );
    let saved = serde_json::to_string(&AppState {
        noise: 0.25,
        ..AppState::default()
    })
    .unwrap();
    let (state, notice) = restore(Some(&saved));
    assert_eq!((state.noise, notice), (0.25, None));
    assert_eq!(restore(None), (AppState::default(), None));
    // A setup that parses but asks for more than the controls allow is not taken either.
    let huge = serde_json::to_string(&AppState {
        steps: 1_000_000_000,
        ..AppState::default()
    })
    .unwrap();
    let (state, notice) = restore(Some(&huge));
    assert_eq!(state, AppState::default());
    assert!(
        notice
            .expect("a notice")
            .to_string()
            .contains("step budget")
    );
}

#[test]
fn step_through_writes_out_the_adam_update_with_its_numbers() {
    let mut h = harness();
    h.run_steps(2);
    h.get_by_label_contains("adam:lr=0.05").click();
    h.run_steps(2);
    for _ in 0..3 {
        h.key_press(egui::Key::ArrowRight);
        h.run_steps(1);
    }
    h.run_steps(1);
    assert_eq!(h.state().clock.shown, 3.0);
    h.get_by_label("update 3 of adam:lr=0.05");
    h.get_by_label("t = 3");
    // The moments' coefficients 1 − β as one writes them (not 0.09999999999999998).
    h.get_by_label_contains("m ← 0.9·m + 0.1·g = ");
    h.get_by_label_contains("v ← 0.999·v + 0.001·g² = ");
    // The bias-corrected first moment after three updates, from a run of the library itself.
    let surface = h.state().scene.surface.clone();
    let mut config = losscape::run::RunConfig::new("adam:lr=0.05".parse().unwrap());
    config.max_steps = 3;
    let mut run = losscape::run::Run::new(surface, [-1.5, 2.0], config).unwrap();
    run.finish();
    let m = run.optimizer().first_moment();
    let c1 = 1.0 - 0.9f64.powi(3);
    let expected = format!(
        "m̂ = m / (1 − β₁ᵗ) = m / {c1:.4} = ({:.4e}, {:.4e})",
        m[0] / c1,
        m[1] / c1
    );
    h.get_by_label(&expected);
}

#[test]
fn step_through_writes_out_radam_and_nadam_rules_with_their_numbers() {
    // RAdam: ρ∞ = 2/(1 − β₂) − 1 and ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ) (Liu et al. 2020), computed here
    // from the paper's formulas; the adaptive step starts once ρₜ > 5, at t = 6 for β₂ = 0.999.
    let mut state = AppState::default();
    state.racers[0].optimizer = "radam:lr=0.01".parse().unwrap();
    let mut h = harness_with(state);
    h.run_steps(2);
    let rho = |t: i32| 1999.0 - 2.0 * f64::from(t) * 0.999f64.powi(t) / (1.0 - 0.999f64.powi(t));
    for t in 1..=7 {
        h.key_press(egui::Key::ArrowRight);
        h.run_steps(1);
        if t == 5 {
            h.get_by_label(&format!(
                "ρ∞ = 2/(1 − β₂) − 1 = 1999.0, ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ) = {:.3}",
                rho(5)
            ));
            h.get_by_label("ρₜ ≤ 5: Δθ = −η·m̂, η = 0.01");
        }
    }
    let r = ((rho(7) - 4.0) * (rho(7) - 2.0) * 1999.0 / (1995.0 * 1997.0 * rho(7))).sqrt();
    h.get_by_label_contains("ρₜ > 5: Δθ = −η·rₜ·m̂·√(1 − β₂ᵗ) / (√v + ε), rₜ = ");
    h.get_by_label_contains(&format!("= {r:.4}, η = 0.01"));
    // NAdam: μₜ = β₁·(1 − ½·0.96^(t·ψ)), with torch's ψ = 0.004.
    let mut racer = h.state().state.racers[0].clone();
    racer.optimizer = "nadam".parse().unwrap();
    apply(&mut h, Command::UpdateRacer(0, racer));
    h.run_steps(2);
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(2);
    let t = h.state().clock.shown;
    let mu = |t: f64| 0.9 * (1.0 - 0.5 * 0.96f64.powf(t * 0.004));
    h.get_by_label(&format!("t = {t}"));
    h.get_by_label(&format!(
        "μₜ = β₁·(1 − ½·0.96^(t·ψ)) = {:.4}, μₜ₊₁ = {:.4}",
        mu(t),
        mu(t + 1.0)
    ));
    assert!(h.query_by_label_contains("tooltip").is_none());
}

#[test]
fn basin_map_of_the_selected_racer_is_computed_in_the_background() {
    let mut state = AppState {
        surface: SurfaceChoice::named("himmelblau", Vec::new(), ""),
        steps: 400,
        ..AppState::default()
    };
    state.racers[0].optimizer = "sgd:lr=0.005".parse().unwrap();
    state.racers[0].start = [0.0, 0.0];
    let mut h = harness_with(state);
    h.run_steps(2);
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Basins of the selected racer").click();
    h.run_steps(2);
    wait_for(&mut h, |app| app.basins.map.is_some());
    let (map, _) = h
        .state()
        .basins
        .map
        .as_ref()
        .expect("the basin map arrives");
    assert_eq!(map.cells.len(), 64 * 64);
    assert_eq!(map.minima.len(), 4);
    assert!(map.counts.iter().all(|&c| c > 100), "{:?}", map.counts);
}

#[test]
fn hyperparameter_map_opens_computes_and_survives_moving_the_setting() {
    let mut state = AppState {
        surface: SurfaceChoice::named("bowl", Vec::new(), ""),
        steps: 300,
        ..AppState::default()
    };
    state.racers.truncate(1);
    state.racers[0].optimizer = "sgd:lr=0.1".parse().unwrap();
    state.racers[0].start = [1.0, 1.0];
    let mut h = harness_with(state);
    h.run_steps(2);
    h.get_by_label("Hyper-parameter map").click();
    h.run_steps(2);
    wait_for(&mut h, |app| app.hyper_map.map.is_some());
    let (map, _) = h.state().hyper_map.map.as_ref().expect("the map arrives");
    assert_eq!(map.parameter.key(), "momentum");
    assert_eq!(map.lrs.len(), 40);
    // lr from 0.001 to 10 around the racer's 0.1; on this bowl (λ = 2) lr ≥ 2(1 + μ)/2 diverges.
    assert!((map.lrs[0] - 0.001).abs() < 1e-12 && (map.lrs[39] - 10.0).abs() < 1e-9);
    assert!(map.diverged[39] && !map.diverged[20]);
    // Hovering the map reads out the cell under the pointer.
    let hint = h
        .get_by_label("Hover the map to read a cell's numbers.")
        .rect();
    h.hover_at(egui::pos2(hint.center().x + 120.0, hint.top() - 80.0));
    h.run_steps(2);
    let readout = h.get_by_label_contains("At the pointer: lr ");
    let text = readout.accesskit_node().value().unwrap_or_default();
    assert!(text.contains("momentum") && text.contains(" → "), "{text}");
    // Choosing another learning rate in the map keeps the map (it does not depend on it).
    let mut racer = h.state().state.racers[0].clone();
    racer.optimizer.lr = 0.5;
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(losscape::app::Command::UpdateRacer(0, racer), &ctx);
    h.run_steps(3);
    assert!(h.state().hyper_map.map.is_some());
    assert_eq!(h.state().state.racers[0].optimizer.lr, 0.5);
}

#[test]
fn the_3d_view_toggles_orbits_and_keeps_the_paths() {
    let mut h = harness();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "3-D").click();
    h.run_steps(3);
    assert!(h.state().state.view.three_d);
    assert_eq!(h.state().hover, None, "no 2-D probe position in 3-D");
    let camera = h.state().state.view.camera;
    // Drag across the middle of the view: the camera turns and tilts.
    let centre = egui::pos2(720.0, 300.0);
    h.hover_at(centre);
    h.run_steps(1);
    h.drag_at(centre);
    h.run_steps(1);
    for k in 1..=5 {
        h.hover_at(centre + egui::vec2(20.0 * k as f32, 6.0 * k as f32));
        h.run_steps(1);
    }
    h.drop_at(centre + egui::vec2(100.0, 30.0));
    h.run_steps(2);
    let turned = h.state().state.view.camera;
    assert!(turned.yaw > camera.yaw + 0.5, "{camera:?} → {turned:?}");
    assert!(turned.pitch > camera.pitch, "{camera:?} → {turned:?}");
    // Playing in 3-D advances the same paths.
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(1);
    assert_eq!(h.state().clock.shown, 1.0);
    assert_eq!(h.state().scene.runs.len(), 3);
    // The key 3 goes back to the map; the camera is remembered.
    h.key_press(egui::Key::Num3);
    h.run_steps(2);
    assert!(!h.state().state.view.three_d);
    assert_eq!(h.state().state.view.camera, turned);
}

#[test]
fn a_lesson_opens_from_the_menu_measures_its_claim_and_presentation_arrows_navigate() {
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, &lesson_label("saddle"));
    let index = h.state().lesson.as_ref().map(|l| l.index).expect("open");
    let app = h.state();
    assert_eq!(app.state.surface.name(), "tiny-net");
    assert_eq!(app.state.racers.len(), 1);
    assert_eq!(app.state.racers[0].start, [0.05, -0.03]);
    wait_for_report(&mut h);
    let report = h.state().lesson.as_ref().and_then(|l| l.report.clone());
    let report = report.expect("measured").expect("no error");
    assert!(
        report.holds && !report.control_holds && report.claim.contains("-2 and 2"),
        "{}",
        report.claim
    );
    // The claim is on screen, and what its control changes.
    h.get_by_label_contains("a saddle point. Its eigenvector");
    h.get_by_label_contains("Control: at (1, 1)");
    // Presentation mode: → and ← move between lessons instead of stepping.
    h.key_press(egui::Key::F);
    h.run_steps(2);
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(2);
    assert_eq!(h.state().lesson.as_ref().map(|l| l.index), Some(index + 1));
    assert_eq!(h.state().clock.shown, 0.0);
    h.key_press(egui::Key::ArrowLeft);
    h.run_steps(2);
    assert_eq!(h.state().lesson.as_ref().map(|l| l.index), Some(index));
    h.key_press(egui::Key::F);
    h.run_steps(2);
    h.get_by_label("Close").click();
    h.run_steps(2);
    assert!(h.state().lesson.is_none());
    assert_eq!(
        h.state().state.surface.name(),
        "tiny-net",
        "the setup stays"
    );
}

#[test]
fn every_lesson_sets_up_what_it_talks_about() {
    let lessons = losscape::lesson::built_in().expect("the lessons parse");
    let mut h = harness();
    h.run_steps(2);
    for (i, lesson) in lessons.iter().enumerate() {
        open_lesson(&mut h, &format!("{}. {}", i + 1, lesson.title));
        let app = h.state();
        assert_eq!(app.lesson.as_ref().map(|l| l.index), Some(i));
        let view = &app.state.view;
        let named = |o| lesson.setup.overlays.contains(&o);
        assert_eq!(view.arrows, named(Overlay::Arrows), "{}", lesson.name);
        assert_eq!(view.effective_step, named(Overlay::EffectiveStep));
        assert_eq!(view.eigen_cross, named(Overlay::EigenCross));
        assert_eq!(view.curvature_map, named(Overlay::CurvatureMap));
        assert_eq!(app.state.noise, lesson.setup.noise, "{}", lesson.name);
        assert_eq!(app.state.compare, lesson.setup.compare, "{}", lesson.name);
        assert_eq!(app.compare.is_some(), lesson.setup.compare.is_some());
        match &lesson.setup.network {
            Some(network) => {
                assert!(
                    app.network_window.open,
                    "{}: the Network window is open",
                    lesson.name
                );
                assert_eq!(app.state.surface.name(), "network");
                assert_eq!(app.state.network, *network, "{}", lesson.name);
                // The window's widths field shows the lesson's widths.
                let typed = &app.network_window.widths.text;
                assert_eq!(*typed, widths_text(&network.hidden), "{}", lesson.name);
            }
            None => {
                assert!(
                    !app.network_window.open,
                    "{}: no network to show",
                    lesson.name
                );
                assert_eq!(
                    app.state.surface.name(),
                    lesson.setup.surface,
                    "{}",
                    lesson.name
                );
            }
        }
    }
}

#[test]
fn a_comparison_lesson_splits_the_view_with_the_same_racers_in_step() {
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, &lesson_label("cross-entropy-logits"));
    // The pane shows its surface at once; its fine grid and paths follow from the background.
    wait_for(&mut h, |app| {
        (app.compare.as_ref()).is_some_and(|p| {
            p.scene
                .as_ref()
                .is_some_and(|s| s.grid.nx == 512 && s.runs.iter().all(|p| p.run().is_some()))
        })
    });
    // Both panes, each titled with its surface.
    h.get_by_label("Cross-entropy over two logits (one example of class 1)");
    h.get_by_label("MSE on the softmax over two logits (one example of class 1)");
    let app = h.state();
    let pane = app.compare.as_ref().expect("the view is split");
    let scene = pane.scene.as_ref().expect("a zoo surface is there at once");
    assert_eq!(scene.surface.name(), "logits-mse");
    assert_eq!(scene.runs.len(), app.state.racers.len());
    // The same racer from the same start: descends on the left, stalls on the right.
    let main = app.scene.runs[0].run().expect("a path");
    let other = scene.runs[0].run().expect("a path");
    assert_eq!(main.trail()[0].point, other.trail()[0].point);
    assert!(main.current().loss < 0.01 && other.current().loss > 1.9);
    // Moving the start moves it in both panes.
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(losscape::app::Command::MoveStart(0, [0.0, 0.0]), &ctx);
    let app = h.state();
    let other = app.compare.as_ref().unwrap().scene.as_ref().unwrap().runs[0]
        .run()
        .unwrap();
    assert_eq!(other.trail()[0].point, [0.0, 0.0]);
    // Closing the split leaves the main view.
    h.run_steps(2);
    h.get_by_label("✕ Close").click();
    h.run_steps(2);
    assert!(h.state().compare.is_none() && h.state().state.compare.is_none());
    // The View menu splits it again with any zoo surface.
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Split view: compare with…").hover();
    h.run_steps(3);
    h.get_by_label("Saddles").hover();
    h.run_steps(3);
    h.get_by_label("Monkey saddle").click();
    h.run_steps(2);
    let pane = h.state().compare.as_ref().expect("split again");
    assert_eq!(pane.scene.as_ref().unwrap().surface.name(), "monkey-saddle");
}

#[test]
fn the_batch_norm_surface_lesson_shows_the_network_with_batch_norm_flipped_beside_it() {
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, &lesson_label("batch-norm-surface"));
    // The flipped network trains in the background (unless this process trained it before),
    // and the pane says so meanwhile.
    let pane = h.state().compare.as_ref().expect("the view is split");
    if let Some((label, _)) = pane.training(Language::English) {
        assert_eq!(label, "Training the network, batch norm off");
    } else {
        assert!(pane.scene.is_some());
    }
    wait_for(&mut h, |app| {
        app.shown_network.is_some()
            && app.scene.runs.iter().all(|p| p.run().is_some())
            && (app.compare.as_ref()).is_some_and(|p| {
                p.scene
                    .as_ref()
                    .is_some_and(|s| s.runs.iter().all(|p| p.run().is_some()))
            })
    });
    let app = h.state();
    let kinds = |runs: &[PathState]| {
        runs.iter()
            .map(|p| match p {
                PathState::Ready(_) => "ready".to_owned(),
                PathState::Computing => "computing".to_owned(),
                PathState::Failed(m) => format!("failed {}", m.key()),
            })
            .collect::<Vec<_>>()
    };
    eprintln!(
        "DEBUG main {:?} shown {} jobs {:?}",
        kinds(&app.scene.runs),
        app.shown_network.is_some(),
        app.job_status().map(|j| j.0)
    );
    if let Some(p) = app.compare.as_ref() {
        eprintln!(
            "DEBUG pane {:?} training {:?}",
            p.scene.as_ref().map(|s| kinds(&s.runs)),
            p.training(Language::English).map(|t| t.0)
        );
    }
    assert!(app.state.network.batch_norm);
    let pane = app.compare.as_ref().expect("the view is split");
    assert_eq!(
        pane.switch_labels(&app.state, Language::English),
        Some(["batch norm on".to_owned(), "batch norm off".to_owned()])
    );
    // Both are the network's own surfaces, of different shape, with the same racers' starts.
    let scene = pane.scene.as_ref().expect("the flipped surface");
    assert_eq!(scene.runs.len(), app.state.racers.len());
    let first = |runs: &[PathState]| runs[0].run().unwrap().trail()[0].point;
    assert_eq!(first(&scene.runs), first(&app.scene.runs));
    // κ at the centre (the trained weights): the network without batch norm is far more
    // elongated.
    let kappa = |h: [[f64; 2]; 2]| {
        let [l1, l2] = losscape::analysis::symmetric_eigen2(h).values;
        l1.abs().max(l2.abs()) / l1.abs().min(l2.abs())
    };
    let with = kappa(app.scene.surface.hessian([0.0, 0.0]).2);
    let without = kappa(scene.surface.hessian([0.0, 0.0]).2);
    assert!(
        without > 2.0 * with,
        "κ {with} with batch norm, {without} without"
    );
    h.run_steps(2);
    h.get_by_label("batch norm on: The Network window's trained network");
    h.get_by_label("batch norm off: The Network window's trained network");
}

#[test]
fn the_batch_escape_lesson_shows_the_network_trained_with_the_full_batch_beside_it() {
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, &lesson_label("small-batches-leave-saddle"));
    wait_for(&mut h, |app| {
        app.shown_network.is_some()
            && (app.compare.as_ref()).is_some_and(|p| {
                p.scene
                    .as_ref()
                    .is_some_and(|s| s.runs.iter().all(|p| p.run().is_some()))
            })
    });
    let app = h.state();
    let pane = app.compare.as_ref().expect("the view is split");
    assert_eq!(
        pane.switch_labels(&app.state, Language::English),
        Some(["batch 16".to_owned(), "full batch".to_owned()])
    );
    // Each surface is centred on its trained weights: the mini-batches left the saddle, the
    // full batch sits at it, at about ln 2.
    let centre = |surface: &losscape::surface::Surface| surface.value([0.0, 0.0]);
    let small = centre(&app.scene.surface);
    let full = centre(&pane.scene.as_ref().expect("the flipped surface").surface);
    assert!(
        small < 0.2 && full > 0.6,
        "batch 16: {small}, full batch: {full}"
    );
    h.run_steps(2);
    h.get_by_label("batch 16: The Network window's trained network");
    h.get_by_label("full batch: The Network window's trained network");
}

#[test]
fn the_warm_up_lesson_shows_its_racer_at_a_constant_rate_beside_and_the_pane_follows_the_surface() {
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, &lesson_label("warm-up"));
    wait_for(&mut h, |app| {
        (app.compare.as_ref()).is_some_and(|p| {
            p.scene
                .as_ref()
                .is_some_and(|s| s.runs.iter().all(|p| p.run().is_some()))
        })
    });
    let app = h.state();
    let pane = app.compare.as_ref().expect("the view is split");
    assert_eq!(
        pane.racers,
        Some(losscape::lesson::RacerFlip::ConstantSchedule)
    );
    let [main, other] = pane
        .switch_labels(&app.state, Language::English)
        .expect("labels");
    assert!(main.starts_with("schedule warmup-linear"), "{main}");
    assert_eq!(other, "constant learning rate");
    // The same racer from the same start: with its warm-up it stays below its starting loss
    // over the first 50 updates, at a constant rate it climbs the ravine's wall.
    let highest = |run: &losscape::run::Run| {
        let start = run.trail()[0].loss;
        (run.trail().iter().take(51))
            .map(|s| s.loss / start)
            .fold(0.0, f64::max)
    };
    let warmed = app.scene.runs[0].run().expect("a path");
    let scene = pane.scene.as_ref().expect("the same surface");
    let constant = scene.runs[0].run().expect("a path");
    assert_eq!(scene.surface.name(), app.scene.surface.name());
    assert!(
        highest(warmed) <= 1.0 && highest(constant) > 2.0,
        "{} against {}",
        highest(warmed),
        highest(constant)
    );
    // Another surface: the pane shows it too, the racers still flipped.
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        losscape::app::Command::SelectSurface(ShownSurface::zoo("rosenbrock")),
        &ctx,
    );
    let app = h.state();
    let pane = app.compare.as_ref().expect("still split");
    assert_eq!(pane.scene.as_ref().unwrap().surface.name(), "rosenbrock");
    assert_eq!(
        pane.racers,
        Some(losscape::lesson::RacerFlip::ConstantSchedule)
    );
    // The View menu offers the flips of the racers on any zoo surface.
    h.run_steps(2);
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Split view: compare with…").hover();
    h.run_steps(3);
    h.get_by_label("These racers without gradient noise")
        .click();
    h.run_steps(2);
    let pane = h.state().compare.as_ref().expect("split again");
    assert_eq!(pane.racers, Some(losscape::lesson::RacerFlip::NoNoise));
}

#[test]
fn the_minimum_ratio_lesson_plots_its_networks_in_the_background_and_can_be_cancelled() {
    let title = &lesson_label("minimum-ratio");
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, title);
    // Twelve networks are trained in the background: the overlay offers Cancel.
    h.get_by_label("Cancel").click();
    wait_for_report(&mut h);
    let report = h.state().lesson.as_ref().and_then(|l| l.report.clone());
    assert!(
        matches!(&report, Some(Err(e)) if e.key() == "lesson-cancelled"),
        "{report:?}"
    );
    h.run_steps(2);
    h.get_by_label("Not measured: cancelled");
    // Opened again, it measures to the end and plots one point per network.
    open_lesson(&mut h, title);
    wait_for_report(&mut h);
    let report = h.state().lesson.as_ref().and_then(|l| l.report.clone());
    let report = report.expect("measured").expect("no error");
    assert!(report.holds && !report.control_holds, "{}", report.claim);
    let figure = report.figure.expect("a figure");
    let points = &figure.series[0].points;
    assert_eq!(points.len(), 12);
    assert!(points.iter().all(|p| p[0] < 1.0), "{figure:?}");
    h.run_steps(2);
    h.get_by_label("one point per trained network: training loss against minimum ratio");
}

#[test]
fn a_network_lesson_trains_its_network_in_the_window_with_curves() {
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, &lesson_label("batch-norm-testing"));
    wait_for(&mut h, |app| {
        app.network.model.is_some() && app.shown_network.is_some()
    });
    let app = h.state();
    assert!(app.state.network.batch_norm);
    assert!(app.network.history.len() > 1, "the curves have points");
    // The window shows the training and test curves and the boundary.
    h.run_steps(2);
    let epochs = h.state().network.history.last().map_or(0, |r| r.epoch);
    h.get_by_label_contains(&format!("epoch {epochs}: training loss"));
}

#[test]
fn the_overfitting_lesson_draws_the_fitted_curve_through_its_few_examples() {
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, &lesson_label("overfitting"));
    // Until its network is trained, the view says the surface under it is not that network's.
    let veil = "Training the network: its error surface appears here when training ends.";
    h.get_by_label_contains(veil);
    wait_for(&mut h, |app| app.shown_network.is_some());
    h.run_steps(2);
    assert!(h.query_by_label_contains(veil).is_none());
    let session = &h.state().network;
    let split = session.split.as_ref().expect("the data");
    assert_eq!(split.train.features, 1, "the regression curve");
    assert!(
        session.boundary.is_none(),
        "no decision boundary for a curve"
    );
    let curve = session.fit.as_ref().expect("the fitted curve");
    assert_eq!(curve.len(), 200);
    // The curve drawn is the trained network's: it goes through the training examples.
    let model = session.model.as_ref().expect("trained");
    let Targets::Values(y) = &split.train.targets else {
        panic!("regression targets");
    };
    let fitted = model.predict(split.train.x.clone());
    let worst = fitted
        .iter()
        .zip(y)
        .map(|(f, y)| (f - y).abs())
        .fold(0.0, f64::max);
    assert!(worst < 0.25, "{worst}");
    let (x0, x1) = (curve[0][0], curve[199][0]);
    assert!(split.train.x.iter().all(|x| (x0..=x1).contains(x)));
    assert_eq!(model.predict(vec![x0])[0], curve[0][1]);
    wait_for_report(&mut h);
    h.run_steps(2);
    h.get_by_label("the network fitted to few and to many examples: y against x");
}

#[test]
fn the_augmentation_lesson_trains_on_jittered_copies_in_the_window() {
    let mut h = harness();
    h.run_steps(2);
    open_lesson(&mut h, &lesson_label("data-augmentation"));
    assert_eq!(h.state().state.network.augmentation, Augmentation::Jitter);
    wait_for(&mut h, |app| app.network.model.is_some());
    // 60 training examples and four moved copies of each; the 20 held out stay as they are.
    let split = h.state().network.split.as_ref().expect("the data");
    assert_eq!((split.train.len(), split.test.len()), (300, 20));
    h.run_steps(2);
    h.get_by_label("augment");
}

#[test]
fn the_rate_curves_turn_logarithmic_when_adagrad_bursts() {
    let mut h = harness();
    h.run_steps(2);
    h.get_by_label("learning rate: effective, scheduled (dashed)");
    assert_eq!(h.state().scene.lr_axis, RateAxis::Linear);
    open_lesson(&mut h, &lesson_label("adagrad-bursts"));
    wait_for(&mut h, |app| {
        app.scene.runs.iter().all(|r| r.run().is_some())
    });
    h.run_steps(2);
    // Between bursts the lecture's AdaGrad divides by a root mean square of almost nothing:
    // its effective rate spans many orders of magnitude, and a linear axis would show a
    // single spike.
    let scene = &h.state().scene;
    assert!(
        matches!(scene.lr_axis, RateAxis::Log { .. }),
        "{:?}",
        scene.lr_axis
    );
    h.get_by_label("log₁₀ learning rate: effective, scheduled (dashed)");
}

/// A fresh folder for a test's files (emptied first: a process id is reused, and a run that
/// stopped early leaves its folder behind).
fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("losscape-app-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// A fresh folder for a test's files, and the app, started.
fn scratch(name: &str) -> (std::path::PathBuf, Harness<'static, LossApp>) {
    let dir = scratch_dir(name);
    let mut h = harness();
    h.run_steps(2);
    (dir, h)
}

/// Opens the File menu's `item` and types `path` into its dialog.
fn file_dialog(h: &mut Harness<'static, LossApp>, item: &str, path: &std::path::Path) {
    h.get_by_label("File").click();
    h.run_steps(2);
    // Menu items with a shortcut carry its text in their label too.
    h.get_by_label_contains(item).click();
    // A new window is laid out invisibly in its first frame.
    h.run_steps(4);
    assert!(h.state().file_dialog.is_some(), "the dialog opened");
    h.get_by_label("Path").click();
    h.run_steps(1);
    clear_focused_text(h);
    h.get_by_label("Path")
        .type_text(&path.display().to_string());
    h.run_steps(2);
}

#[test]
fn scenarios_save_and_open_and_a_corrupt_file_changes_nothing() {
    let (dir, mut h) = scratch("files");
    let path = dir.join("race.toml");
    file_dialog(&mut h, "Save scenario…", &path);
    h.get_by_label("Save").click();
    h.run_steps(2);
    let saved = h.state().state.clone();
    let text = std::fs::read_to_string(&path).expect("the scenario was written");
    assert!(
        text.contains("version = 3") && text.contains("rosenbrock"),
        "{text}"
    );
    // Change the setup, then open the file: the saved setup comes back.
    pick_himmelblau(&mut h);
    assert_eq!(h.state().state.surface.name(), "himmelblau");
    file_dialog(&mut h, "Open scenario…", &path);
    h.get_by_label("Open").click();
    h.run_steps(2);
    assert_eq!(h.state().state, saved);
    assert_eq!(h.state().scene.surface.name(), "rosenbrock");
    // A truncated file is refused with a message; the setup stays.
    let broken = dir.join("broken.toml");
    std::fs::write(&broken, &text[..text.len() / 2]).unwrap();
    file_dialog(&mut h, "Open scenario…", &broken);
    h.get_by_label("Open").click();
    h.run_steps(2);
    assert_eq!(h.state().state, saved);
    let notice = h
        .state()
        .notice
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(notice.contains("unchanged"), "{notice}");
    // Trajectories as CSV: a header and one row per racer and step.
    let csv = dir.join("paths.csv");
    file_dialog(&mut h, "Export trajectories…", &csv);
    h.get_by_label("Export").click();
    h.run_steps(2);
    let rows = std::fs::read_to_string(&csv).expect("exported");
    let steps: usize = h
        .state()
        .scene
        .runs
        .iter()
        .filter_map(PathState::run)
        .map(|r| r.trail().len())
        .sum();
    assert_eq!(rows.lines().count(), 1 + steps);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_race_exports_as_an_animated_gif() {
    use image::AnimationDecoder;
    let (dir, mut h) = scratch("gif");
    let path = dir.join("race.gif");
    file_dialog(&mut h, "Export GIF…", &path);
    // Small and short, so that the debug build draws it quickly.
    let dialog = h.state_mut().file_dialog.as_mut().unwrap();
    dialog.size = [200, 120];
    dialog.frames = 4;
    h.get_by_label("Export").click();
    h.run_steps(1);
    wait_for(&mut h, |app| {
        app.notice
            .as_ref()
            .map(ToString::to_string)
            .as_deref()
            .is_some_and(|n| n.starts_with("Exported"))
    });
    let notice = h
        .state()
        .notice
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(notice.contains("4 frames"), "{notice}");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("the GIF"));
    let frames = image::codecs::gif::GifDecoder::new(file)
        .expect("a GIF")
        .into_frames()
        .collect_frames()
        .expect("frames");
    assert_eq!(frames.len(), 4);
    assert!(frames.iter().all(|f| f.buffer().dimensions() == (200, 120)));
    assert_ne!(frames[0].buffer(), frames[3].buffer(), "the race moves");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn cancel_stops_an_export_and_leaves_no_file() {
    let (dir, mut h) = scratch("cancel-gif");
    let path = dir.join("long.gif");
    file_dialog(&mut h, "Export GIF…", &path);
    // Long enough that it is still drawing when Cancel is pressed.
    let dialog = h.state_mut().file_dialog.as_mut().unwrap();
    dialog.size = [800, 500];
    dialog.frames = 600;
    h.get_by_label("Export").click();
    h.run_steps(2);
    h.get_by_label("Cancel").click();
    h.run_steps(1);
    wait_for(&mut h, |app| app.notice.is_some());
    let notice = h
        .state()
        .notice
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert_eq!(notice, "Not exported: cancelled");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "no file, no partial"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// The split view's second pane, while the view is split.
fn split(app: &LossApp) -> Option<&losscape::app::ComparePane> {
    app.compare.as_ref()
}

/// A 2-64-64-2 network (4,482 parameters) trained one epoch from the Network window's
/// settings: its spectrum takes Lanczos a while.
fn wide_network() -> SavedNetwork {
    let mut settings = AppState::default().network;
    settings.hidden = vec![64, 64];
    settings.epochs = 1;
    let (split, mut model, training) = settings.build().expect("settings that train");
    model
        .train(
            &split,
            &training,
            settings.normalize_inputs,
            &losscape::progress::Progress::new(),
        )
        .expect("trained");
    SavedNetwork {
        model,
        split,
        training,
    }
}

/// A setup whose every piece of background work takes seconds: a formula of 60 terms.
fn slow_state() -> AppState {
    let terms: Vec<String> = (1..=60)
        .map(|i| format!("sin({i}*x + y)*cos({i}*y)"))
        .collect();
    AppState {
        surface: SurfaceChoice::new(
            ShownSurface::Formula,
            &format!("x^2 + y^2 + 0.01*({})", terms.join(" + ")),
        ),
        ..AppState::default()
    }
}

/// Whether the app's notice starts with `start`.
fn notice(app: &LossApp, start: &str) -> bool {
    app.notice
        .as_ref()
        .map(ToString::to_string)
        .as_deref()
        .is_some_and(|n| n.starts_with(start))
}

/// Applies `command` as a click would.
fn apply(h: &mut Harness<'static, LossApp>, command: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(command, &ctx);
}

#[test]
fn cancel_stops_every_kind_of_background_work() {
    type Started = fn(&mut Harness<'static, LossApp>);
    type Stopped = fn(&LossApp) -> bool;
    let cases: [(JobKind, Started, Stopped); 11] = [
        // The fine grid starts with the surface; cancelled, the coarse grid stays.
        (JobKind::Grid, |_| {}, |app| app.scene.grid.nx < 512),
        (
            JobKind::CriticalPoints,
            |h| apply(h, Command::FindCriticalPoints),
            |app| notice(app, "Critical-point search cancelled"),
        ),
        (
            JobKind::Basins,
            |h| h.state_mut().state.view.basins = true,
            |app| !app.state.view.basins && app.basins.map.is_none(),
        ),
        (
            JobKind::HyperMap,
            |h| apply(h, Command::ToggleHyperMap),
            |app| {
                !app.hyper_map.open
                    && app.hyper_map.map.is_none()
                    && notice(app, "Hyper-parameter map cancelled")
            },
        ),
        (
            JobKind::Paths,
            |h| {
                // The first change is computed at once and timed; the next goes to the
                // background.
                h.state_mut().state.steps = 200_000;
                for lr in [1e-4, 2e-4] {
                    let mut racer = h.state().state.racers[0].clone();
                    racer.optimizer.lr = lr;
                    apply(h, Command::UpdateRacer(0, racer));
                }
            },
            |app| {
                app.scene
                    .runs
                    .iter()
                    .any(|r| matches!(r, PathState::Failed(e) if e.key() == "path-cancelled"))
            },
        ),
        (
            JobKind::LessonCheck,
            |h| open_lesson(h, &lesson_label("minimum-ratio")),
            |app| {
                let report = app.lesson.as_ref().and_then(|l| l.report.as_ref());
                matches!(report, Some(Err(e)) if e.key() == "lesson-cancelled")
            },
        ),
        (
            JobKind::NetworkTraining,
            |h| {
                let mut settings = h.state().state.network.clone();
                settings.epochs = 5000;
                let ctx = h.ctx.clone();
                h.state_mut().network.start(&settings, &ctx);
            },
            // Training keeps what it had: far fewer epochs than asked for.
            |app| app.network.model.is_some() && app.network.history.len() < 5001,
        ),
        (
            JobKind::NetworkSpectrum,
            |h| {
                let (saved, ctx) = (wide_network(), h.ctx.clone());
                let from = std::path::Path::new("wide.json");
                h.state_mut().network.open(saved, from, &ctx);
            },
            |app| app.network.spectrum.is_none() && !app.network.computing_spectrum(),
        ),
        (
            JobKind::SplitTraining,
            |h| {
                // The flipped network trains beside a network surface (its own training is
                // stopped first, so that the split's shows).
                h.state_mut().state.surface.shown = ShownSurface::TrainedNetwork;
                h.state_mut().state.network.epochs = 5000;
                apply(h, Command::CancelJob);
                h.run_steps(2);
                apply(
                    h,
                    Command::SetCompare(Some(SplitView::Network(NetworkFlip::BatchNorm))),
                );
            },
            |app| split(app).is_some_and(|pane| pane.error.is_some()),
        ),
        (
            JobKind::SplitPaths,
            |h| {
                h.state_mut().state.steps = 200_000;
                apply(
                    h,
                    Command::SetCompare(Some(SplitView::Racers(RacerFlip::NoNoise))),
                );
            },
            |app| {
                let runs = split(app)
                    .and_then(|pane| pane.scene.as_ref())
                    .map(|s| &s.runs);
                runs.is_some_and(|runs| {
                    (runs.iter())
                        .any(|r| matches!(r, PathState::Failed(e) if e.key() == "path-cancelled"))
                })
            },
        ),
        (
            JobKind::SplitGrid,
            |h| {
                // No racers and the main grid stopped: the split's slow grid is left.
                h.state_mut().state.racers.clear();
                apply(h, Command::CancelJob);
                h.run_steps(2);
                apply(
                    h,
                    Command::SetCompare(Some(SplitView::Racers(RacerFlip::NoNoise))),
                );
            },
            |app| {
                let grid = split(app)
                    .and_then(|pane| pane.scene.as_ref())
                    .map(|s| s.grid.nx);
                grid.is_some_and(|nx| nx < 512)
            },
        ),
    ];
    // Every kind is here but the export, whose Cancel has a test of its own.
    for &kind in JobKind::ALL {
        let listed = cases.iter().any(|(k, ..)| *k == kind);
        assert!(
            listed || kind == JobKind::Export,
            "no case cancels {kind:?}"
        );
    }
    for (kind, start, stopped) in cases {
        let mut h = harness_with(slow_state());
        h.run_steps(1);
        start(&mut h);
        h.run_steps(1);
        // Quick work started alongside (paths a setup change sends to the background on a
        // loaded machine) may show first.
        wait_for(&mut h, |app| {
            app.job_status().map(|(k, _, _)| k) == Some(kind)
        });
        let shown = h.state().job_status().map(|(k, _, _)| k);
        assert_eq!(shown, Some(kind), "the overlay shows the {kind:?} job");
        h.get_by_label("Cancel").click();
        h.run_steps(1);
        wait_for(&mut h, |app| app.job_status().is_none());
        assert!(h.state().job_status().is_none(), "{kind:?} stopped");
        assert!(stopped(h.state()), "{kind:?} was cancelled, not finished");
    }
    // The export's Cancel: `cancel_stops_an_export_and_leaves_no_file`.
}

/// eframe's storage in memory, to restart the app from what it saved.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_language_menu_switches_toolbar_and_lessons_and_survives_a_restart() {
    let mut h = harness();
    h.run_steps(2);
    h.get_by_label("Language").click();
    h.run_steps(2);
    h.get_by_label("简体中文").click();
    h.run_steps(2);
    assert_eq!(h.state().language, Language::SimplifiedChinese);
    h.get_by_label("▶ 播放");
    h.get_by_label("⟲ 重置");
    assert!(h.query_by_label("▶ Play").is_none());
    // The panels: racers, noise, probe, leaderboard, curves.
    for label in ["+ 添加", "小批次噪声", "排行榜", "曲面"] {
        h.get_by_label(label);
    }
    h.get_by_label_contains("海森矩阵探针");
    h.get_by_label("log₁₀ ‖∇f‖ 对步数");
    assert!(h.query_by_label("Leaderboard").is_none());
    // The surface's title and note, and the split view's menu of zoo families.
    h.get_by_label_contains("一条弯曲的平底山谷");
    h.get_by_label("视图").click();
    h.run_steps(2);
    h.get_by_label("分屏：与……比较").click();
    h.run_steps(2);
    h.get_by_label("鞍面").click();
    h.run_steps(2);
    h.get_by_label("猴鞍面");
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    // The lesson menu and card: titles, chrome and the measured claim's frame.
    h.get_by_label("课程").click();
    h.run_steps(2);
    h.get_by_label("9. 小网络的鞍点（saddle point）").click();
    h.run_steps(2);
    h.get_by_label("第 9 课，共 29 课");
    h.get_by_label("关闭");
    wait_for_report(&mut h);
    h.run_steps(2);
    h.get_by_label_contains("对照组：");
    // The explanation, with the English of each term the first time.
    h.get_by_label_contains("上的误差曲面（error surface）是 L = (1 − w1·w2)²");
    // The help window's glossary: the terms in English and both scripts.
    h.get_by_label("?").click();
    h.run_steps(4);
    h.get_by_role_and_label(Role::Window, "键盘、鼠标和术语");
    for term in ["Hessian", "海森矩阵", "黑塞矩陣", "回合", "轮次"] {
        h.get_by_label(term);
    }
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    // Traditional characters, then a restart from what the app saved.
    h.get_by_label("语言 (Language)").click();
    h.run_steps(2);
    h.get_by_label("繁體中文").click();
    h.run_steps(2);
    h.get_by_label("▶ 播放");
    h.get_by_label("第 9 課，共 29 課");
    h.get_by_label("小網路的鞍點（saddle point）");
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let mut restarted = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |cc| LossApp::restored(Some(&storage), &cc.egui_ctx));
    restarted.run_steps(2);
    assert_eq!(restarted.state().language, Language::TraditionalChinese);
    restarted.get_by_label("檔案");
    restarted.get_by_label("語言 (Language)");
}

#[test]
fn notices_and_reasons_read_in_the_language_shown_even_after_a_switch() {
    let (dir, mut h) = scratch("reasons");
    h.get_by_label("Language").click();
    h.run_steps(2);
    h.get_by_label("简体中文").click();
    h.run_steps(2);
    // A scenario with a step budget of 0 is refused; the notice and its reason are Chinese.
    let text = losscape::scenario::scenario_text(&h.state().state).unwrap();
    let broken = dir.join("broken.toml");
    std::fs::write(&broken, text.replacen("steps = 3000", "steps = 0", 1)).unwrap();
    apply(&mut h, Command::OpenScenario(broken));
    h.run_steps(2);
    h.get_by_label_contains("未打开，当前设置没有改变：");
    h.get_by_label_contains("setup.steps（第 ");
    h.get_by_label_contains("步数预算 0 超出了应用允许的 1 到 200000");
    // A racer whose schedule cannot be used says why under its settings.
    let mut racer = h.state().state.racers[0].clone();
    racer.schedule = "step:gamma=2".into();
    apply(&mut h, Command::UpdateRacer(0, racer));
    h.run_steps(2);
    h.get_by_label_contains("学习率调度：gamma=2：必须在 0 和 1 之间");
    // Switched to English, the same notice and reason read in English.
    h.get_by_label("语言 (Language)").click();
    h.run_steps(2);
    h.get_by_label("English").click();
    h.run_steps(2);
    h.get_by_label_contains("Not opened, the setup is unchanged:");
    h.get_by_label_contains("the step budget 0 is outside the 1 to 200000 the app allows");
    h.get_by_label_contains("schedule: gamma=2: must be between 0 and 1");
    assert!(h.query_by_label_contains("学习率调度").is_none());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_read_only_file_is_replaced_only_after_ticking_the_box() {
    let (dir, mut h) = scratch("read-only");
    let path = dir.join("kept.toml");
    std::fs::write(&path, "old").unwrap();
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    file_dialog(&mut h, "Save scenario…", &path);
    h.get_by_label_contains("kept.toml is read-only.");
    let replace = h.get_by_label("Replace");
    assert!(
        replace.accesskit_node().is_disabled(),
        "not before the box is ticked"
    );
    h.get_by_label("Replace it anyway (it stays read-only)")
        .click();
    h.run_steps(2);
    h.get_by_label("Replace").click();
    h.run_steps(2);
    assert!(std::fs::read_to_string(&path).unwrap().contains("version"));
    assert!(std::fs::metadata(&path).unwrap().permissions().readonly());
    // What is not a regular file is refused in the dialog, before any work.
    file_dialog(&mut h, "Export PNG…", &dir);
    h.get_by_label_contains("This is a folder");
    std::fs::remove_dir_all(&dir).ok();
}

/// Opens the File menu's `item` and waits for its dialog, leaving the suggested path.
fn open_file_dialog(h: &mut Harness<'static, LossApp>, item: &str) -> String {
    h.get_by_label("File").click();
    h.run_steps(2);
    // Menu items with a shortcut carry its text in their label too.
    h.get_by_label_contains(item).click();
    h.run_steps(4);
    h.state()
        .file_dialog
        .as_ref()
        .expect("the dialog")
        .path
        .clone()
}

#[test]
fn saving_over_a_file_asks_first_and_a_second_export_takes_a_new_name() {
    let (dir, mut h) = scratch("replace");
    let scenario = dir.join("race.toml");
    file_dialog(&mut h, "Save scenario…", &scenario);
    assert!(
        h.query_by_label("Replace").is_none(),
        "nothing is there yet"
    );
    h.get_by_label("Save").click();
    h.run_steps(2);
    let first = std::fs::read_to_string(&scenario).expect("saved");
    // Saving again starts at the same file, says it exists and asks to replace it.
    pick_himmelblau(&mut h);
    let suggested = open_file_dialog(&mut h, "Save scenario…");
    assert_eq!(suggested, scenario.display().to_string());
    assert!(h.query_by_label_contains("race.toml exists").is_some());
    assert!(
        h.query_by_label("Save").is_none(),
        "the button says what it does"
    );
    h.get_by_label("Replace").click();
    h.run_steps(2);
    let second = std::fs::read_to_string(&scenario).expect("replaced");
    assert!(first.contains("rosenbrock") && second.contains("himmelblau"));
    // An export is never offered under a name that is taken.
    let csv = dir.join("paths.csv");
    file_dialog(&mut h, "Export trajectories…", &csv);
    h.get_by_label("Export").click();
    h.run_steps(2);
    let suggested = open_file_dialog(&mut h, "Export trajectories…");
    assert_eq!(suggested, dir.join("paths-2.csv").display().to_string());
    // Escape closes the dialog, even while the path is being typed.
    h.get_by_label("Path").click();
    h.run_steps(1);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(h.state().file_dialog.is_none());
    open_file_dialog(&mut h, "Export trajectories…");
    // Enter in the path field exports, as the button does.
    h.get_by_label("Path").click();
    h.run_steps(1);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    assert!(h.state().file_dialog.is_none(), "done and closed");
    assert!(dir.join("paths-2.csv").exists() && csv.exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_open_dialog_lists_the_folders_scenarios_and_refuses_a_missing_file() {
    let dir = scratch_dir("open");
    // Frames of 1/60 s rather than the harness's 1/4 s, so that two clicks can make a
    // double-click (within 0.3 s).
    let mut h = built(
        Harness::builder().with_step_dt(1.0 / 60.0),
        AppState::default(),
    );
    h.run_steps(2);
    let rosenbrock = dir.join("rosenbrock.toml");
    file_dialog(&mut h, "Save scenario…", &rosenbrock);
    h.get_by_label("Save").click();
    h.run_steps(2);
    pick_himmelblau(&mut h);
    // A path with nothing there: the dialog says so and Open does nothing.
    file_dialog(&mut h, "Open scenario…", &dir.join("missing.toml"));
    assert!(
        (h.query_by_label_contains("no file called missing.toml")).is_some(),
        "the dialog says why it cannot open"
    );
    h.get_by_label("Open").click();
    h.run_steps(2);
    assert!(h.state().file_dialog.is_some(), "still open");
    assert_eq!(h.state().state.surface.name(), "himmelblau");
    // The folder's scenarios are listed: a click picks one, a double-click opens it.
    let listed = h.get_by_label("rosenbrock.toml");
    listed.click();
    h.run_steps(2);
    let picked = h.state().file_dialog.as_ref().expect("open").path.clone();
    assert_eq!(picked, rosenbrock.display().to_string());
    // A second later, so that the next two clicks are a double-click, not a triple-click.
    h.run_steps(60);
    let listed = h.get_by_label("rosenbrock.toml");
    listed.click();
    listed.click();
    h.run_steps(2);
    assert!(
        h.state().file_dialog.is_none(),
        "opened and closed: {:?}",
        h.state().notice
    );
    assert_eq!(h.state().state.surface.name(), "rosenbrock");
    std::fs::remove_dir_all(&dir).ok();
}

/// The app with `state`, the Network window opened and Train clicked.
fn training_in_the_network_window(state: AppState) -> Harness<'static, LossApp> {
    let mut h = harness_with(state);
    h.run_steps(2);
    h.get_by_label("Network").click();
    h.run_steps(3);
    h.get_by_label("Train").click();
    h.run_steps(1);
    h
}

#[test]
fn the_network_window_trains_and_refuses_bad_settings_keeping_its_results() {
    let mut state = AppState::default();
    state.network.epochs = 20;
    let mut h = training_in_the_network_window(state);
    wait_for(&mut h, |app| app.network.model.is_some());
    let session = &h.state().network;
    assert_eq!(session.history.len(), 21, "epoch 0 and 20 epochs");
    let last = session.history.last().unwrap();
    assert!(last.train_accuracy.unwrap() >= 0.9, "{last:?}");
    assert!(last.train_loss < session.history[0].train_loss);
    assert!(session.boundary.is_some(), "the decision boundary is drawn");
    wait_for(&mut h, |app| app.network.spectrum.is_some());
    let spectrum = h.state().network.spectrum.clone().expect("the spectrum");
    let p = h.state().network.model.as_ref().unwrap().params.len();
    assert_eq!((spectrum.parameters, spectrum.eigenvalues.len()), (p, p));
    let ratio = spectrum.minimum_ratio.expect("a complete spectrum");
    assert!(ratio > 0.0 && ratio <= 1.0, "{ratio}");
    // A malformed width: a clear message, and the trained network and its curves stay.
    h.state_mut().network_window.widths.text = "16,x".into();
    h.run_steps(1);
    h.get_by_label("Train").click();
    h.run_steps(2);
    let session = &h.state().network;
    let error = session
        .error
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(error.contains("whole numbers"), "{error}");
    assert!(session.model.is_some());
    assert_eq!(session.history.len(), 21);
    // Retrained with normalized inputs: the earlier leading ratio is kept to compare.
    h.state_mut().network_window.widths.text = "16,16".into();
    h.state_mut().state.network.normalize_inputs = true;
    h.run_steps(1);
    h.get_by_label("Train").click();
    h.run_steps(1);
    wait_for(&mut h, |app| app.network.spectrum.is_some());
    let session = &h.state().network;
    assert!(session.error.is_none(), "{:?}", session.error);
    assert!(spectrum.leading_ratio.is_some_and(|r| r >= 1.0));
    assert_eq!(session.previous_leading_ratio, spectrum.leading_ratio);
    assert!(session.model.as_ref().unwrap().scaler.is_some());
}

#[test]
fn a_trained_network_is_exported_and_opened_again_with_the_same_spectrum() {
    let dir = scratch_dir("network-file");
    let file = dir.join("net.json");
    let mut state = AppState::default();
    state.network.epochs = 8;
    state.network.hidden = vec![6];
    state.network.batch_norm = true;
    let mut h = harness_with(state);
    h.run_steps(2);
    // Nothing to export before a network is trained.
    h.get_by_label("File").click();
    h.run_steps(2);
    assert!(
        h.get_by_label("Export network…")
            .accesskit_node()
            .is_disabled()
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    h.get_by_label("Network").click();
    h.run_steps(3);
    h.get_by_label("Train").click();
    h.run_steps(1);
    wait_for(&mut h, |app| app.network.spectrum.is_some());
    let trained = h.state().network.saved().expect("a trained network");
    let spectrum = h.state().network.spectrum.clone().unwrap();
    file_dialog(&mut h, "Export network…", &file);
    h.get_by_label("Export").click();
    h.run_steps(2);
    let text = std::fs::read_to_string(&file).expect("the network was written");
    assert_eq!(SavedNetwork::from_json(&text).unwrap(), trained);
    // Opened in a fresh app: the Network window shows it as saved, with the same spectrum.
    let mut h = harness();
    h.run_steps(2);
    file_dialog(&mut h, "Open network…", &dir);
    h.get_by_label_contains("pick a network below");
    let listed = h.get_by_label("net.json");
    listed.click();
    listed.click();
    h.run_steps(3);
    assert!(h.state().network_window.open);
    wait_for(&mut h, |app| app.network.spectrum.is_some());
    let session = &h.state().network;
    assert_eq!(session.saved().as_ref(), Some(&trained));
    assert_eq!(
        session.spectrum.as_ref().unwrap().eigenvalues,
        spectrum.eigenvalues
    );
    assert!(session.boundary.is_some(), "its decision boundary is drawn");
    h.get_by_label_contains("net.json (2-6-2 tanh + batch norm) as saved: training loss");
    // A damaged file is refused with the reason, and what is shown stays.
    std::fs::write(&file, &text[..text.len() / 2]).unwrap();
    apply(&mut h, Command::OpenNetwork(file.clone()));
    h.run_steps(2);
    h.get_by_label_contains("Not opened, the Network window is unchanged:");
    h.get_by_label_contains("is not a network Losscape can use: bad network file: EOF");
    assert_eq!(h.state().network.saved().as_ref(), Some(&trained));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn networks_too_large_for_the_full_hessian_get_their_extreme_eigenvalues() {
    let mut state = AppState::default();
    state.network.hidden = vec![48, 48];
    state.network.epochs = 2;
    let mut h = training_in_the_network_window(state);
    wait_for(&mut h, |app| app.network.spectrum.is_some());
    let session = &h.state().network;
    let spectrum = session.spectrum.clone().expect("the extremes");
    let model = session.model.clone().expect("trained");
    let p = model.params.len();
    assert!(p > losscape::nn::MAX_FULL_HESSIAN, "{p}");
    assert!(!spectrum.complete);
    assert_eq!(spectrum.eigenvalues.len(), 20);
    // The two largest against the full Hessian's, formed here as a reference.
    let train = &session.split.as_ref().expect("the data").train;
    let mode = losscape::nn::NormMode::Running(&model.running);
    let progress = losscape::progress::Progress::new();
    let full = model.hessian(&model.params, train, mode, &progress);
    let reference = losscape::nn::Spectrum::of_matrix(&full, p).eigenvalues;
    for k in 1..=2 {
        let (found, exact) = (spectrum.eigenvalues[20 - k], reference[p - k]);
        assert!(
            (found - exact).abs() <= 1e-6 * exact.abs(),
            "{found} vs {exact}"
        );
    }
    let ratio = spectrum
        .leading_ratio
        .expect("the two largest are positive");
    assert!((ratio - reference[p - 1] / reference[p - 2]).abs() <= 1e-5 * ratio);
}

/// Picks the Network window's network from the surface menu's "Small networks" family.
fn pick_network_surface(h: &mut Harness<'static, LossApp>) {
    pick_surface(h, "Small networks", "The Network window's trained network");
}

/// Cells per side of an expensive surface's refined grid.
const REFINED: usize = 128;

/// A network small enough to train in a debug build in about a second, large enough that its
/// surface counts as expensive (paths in the background).
fn network_surface_state() -> AppState {
    let mut state = AppState::default();
    state.surface.shown = ShownSurface::TrainedNetwork;
    state.steps = 150;
    state.network.samples = 160;
    state.network.hidden = vec![12, 12];
    state.network.epochs = 15;
    state
}

#[test]
fn each_toggle_reshapes_the_network_surface_and_reports_its_condition_number() {
    let mut h = harness_with(network_surface_state());
    h.run_steps(2);
    // Not trained yet: it trains in the background, and its surface follows.
    wait_for(&mut h, |app| app.shown_network.is_some());
    assert_eq!(h.state().scene.surface.name(), "network");
    assert!(h.state().scene.surface.is_expensive());
    // The paths and the refined picture arrive from the background.
    wait_for(&mut h, |app| {
        app.scene.runs.iter().all(|r| r.run().is_some()) && app.scene.grid.nx == REFINED
    });
    assert_eq!(h.state().scene.runs.len(), 3);
    let mut grid = h.state().scene.grid.values.clone();
    let first = h.state().shown_network.clone().unwrap();
    assert!(first.condition.is_finite() && first.condition >= 1.0);

    let toggles = [
        ("batch norm", "batch norm off"),
        ("normalize inputs", "inputs raw"),
        ("MSE", "loss ce"),
    ];
    for (label, change) in toggles {
        let before = h.state().shown_network.clone().unwrap();
        h.get_by_label(label).click();
        h.run_steps(2);
        wait_for(&mut h, |app| {
            let shown = app.shown_network.as_ref();
            shown.is_some_and(|n| n.settings != before.settings) && app.scene.grid.nx == REFINED
        });
        let app = h.state();
        let now = app.shown_network.clone().unwrap();
        assert_eq!(now.settings, app.state.network, "{label}");
        assert_eq!(app.scene.surface.name(), "network");
        let previous = app.previous_network.clone().unwrap();
        assert_eq!(previous.settings, before.settings, "{label}");
        assert_ne!(app.scene.grid.values, grid, "{label} reshapes the surface");
        grid = app.scene.grid.values.clone();
        let reading = format!(
            "κ = {:.1} at the centre; before ({change}): κ = {:.1}",
            now.condition, before.condition
        );
        h.run_steps(2);
        h.get_by_label(&reading);
    }
    let app = h.state();
    assert!(app.state.network.batch_norm && app.state.network.normalize_inputs);
    assert_eq!(app.state.network.loss, losscape::nn::Loss::MseSoftmax);

    // Back to cross-entropy: that network was trained before, so its surface shows at once.
    h.get_by_label("cross-entropy").click();
    h.run_steps(2);
    let shown = h.state().shown_network.clone().unwrap();
    assert_eq!(shown.settings.loss, losscape::nn::Loss::Ce);
    assert_eq!(shown.settings, h.state().state.network);
}

#[test]
fn a_diverging_network_surface_says_why_and_keeps_the_current_surface() {
    let mut state = network_surface_state();
    state.surface.shown = ShownSurface::zoo("rosenbrock");
    state.network.optimizer = "sgd:lr=1e9".into();
    let mut h = harness_with(state);
    h.run_steps(2);
    pick_network_surface(&mut h);
    wait_for(&mut h, |app| app.network.error.is_some());
    let app = h.state();
    let error = app.network.error.clone().unwrap().to_string();
    assert!(error.contains("diverged"), "{error}");
    assert_eq!(app.scene.surface.name(), "rosenbrock");
    assert!(app.scene.runs.iter().all(|r| r.run().is_some()));
}

#[test]
fn stopping_the_network_training_keeps_the_surface_and_offers_to_train_again() {
    let mut state = network_surface_state();
    state.surface.shown = ShownSurface::zoo("rosenbrock");
    state.network.epochs = 5000;
    let mut h = harness_with(state);
    h.run_steps(2);
    pick_network_surface(&mut h);
    assert!(h.state().network.progress().is_some(), "training started");
    h.get_by_label("Stop").click();
    h.run_steps(1);
    wait_for(&mut h, |app| app.network.progress().is_none());
    h.run_steps(2);
    assert_eq!(h.state().scene.surface.name(), "rosenbrock");
    assert!(h.state().shown_network.is_none());
    // A shorter training this time, through the button the panel offers.
    h.state_mut().state.network.epochs = 10;
    h.run_steps(1);
    h.get_by_label("Train and show").click();
    h.run_steps(1);
    wait_for(&mut h, |app| app.shown_network.is_some());
    assert_eq!(h.state().scene.surface.name(), "network");
    assert_eq!(
        h.state().shown_network.as_ref().unwrap().settings.epochs,
        10
    );
}

#[test]
fn the_axis_titles_say_what_x_and_y_stand_for() {
    // The plot draws the scene's surface's axis titles (painted, so not in the accessibility
    // tree; seen in screenshots).
    let mut h = harness();
    h.run_steps(2);
    let titles = |h: &Harness<'static, LossApp>, language| {
        h.state().scene.surface.info().axes.titles_in(language)
    };
    assert_eq!(titles(&h, Language::English), ["x  (w1)", "y  (w2)"]);
    pick_surface(
        &mut h,
        "Small networks",
        "Two-weight classifier, cross-entropy",
    );
    wait_for(&mut h, |app| {
        app.scene.surface.name() == "net-classifier-ce"
    });
    assert_eq!(
        titles(&h, Language::English),
        ["x  (weight w)", "y  (bias b)"]
    );
    assert_eq!(
        titles(&h, Language::TraditionalChinese),
        ["x  (權重 w)", "y  (偏置 b)"]
    );
}

#[test]
fn the_curves_panel_keeps_its_size_frame_after_frame() {
    // The classifier's long titles and log₁₀ rate axes once made the curve columns a few
    // pixels taller than their panel, which then grew on every frame over the surface view.
    let state = AppState {
        surface: SurfaceChoice::named("net-classifier-ce", Vec::new(), ""),
        ..AppState::default()
    };
    let mut h = harness_with(state);
    h.run_steps(3);
    let top = |h: &Harness<'static, LossApp>| h.get_by_label("log₁₀ ‖∇f‖  vs step").rect().top();
    let before = top(&h);
    h.run_steps(30);
    assert_eq!(top(&h), before);
}

#[test]
fn small_hyper_parameters_show_and_take_their_value() {
    // Adam's eps = 1e-8 once read 0.000 in the racer's panel.
    let state = AppState {
        selected: 2,
        ..AppState::default()
    };
    let mut h = harness_with(state);
    h.run_steps(3);
    let eps = h.get_by_role_and_label(Role::SpinButton, "eps");
    assert_eq!(eps.value().as_deref(), Some("1e-8"));
    eps.click();
    h.run_steps(1);
    clear_focused_text(&mut h);
    h.get_by_label("eps").type_text("2.5e-10");
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    assert_eq!(h.state().state.racers[2].optimizer.eps, 2.5e-10);
    let eps = h.get_by_role_and_label(Role::SpinButton, "eps");
    assert_eq!(eps.value().as_deref(), Some("2.5e-10"));
}

#[test]
fn the_probe_shows_small_values_in_significant_digits() {
    // On a steep Rosenbrock (b = 10⁴) the stable learning rate 2/λmax at the start is about
    // 10⁻⁵: four fixed decimals read it as 0.0000.
    let state = AppState {
        surface: SurfaceChoice::named("rosenbrock", vec![("b".into(), 1e4)], ""),
        ..AppState::default()
    };
    let mut h = harness_with(state);
    h.run_steps(3);
    let start = h.state().state.racers[h.state().state.selected].start;
    let surface = h.state().scene.surface.clone();
    let stable = losscape::analysis::probe(&surface, start)
        .stable_lr
        .expect("curved");
    assert!(stable < 1e-4, "{stable}");
    h.get_by_label(&losscape::format::number(Some(stable), 5));
    assert!(h.query_by_label("0.0000").is_none());
}

#[test]
fn the_leaderboard_reads_losses_in_significant_digits() {
    let mut h = harness();
    h.run_steps(3);
    let runs: Vec<_> = (h.state().scene.runs.iter())
        .map(|r| r.run().expect("runs").clone())
        .collect();
    for run in &runs {
        // Plain below 10⁶ and above 10⁻³ (0.6543, not 6.543e-1), scientific beyond.
        let final_loss = run.current().loss;
        let shown = losscape::format::number(Some(final_loss), 4);
        assert_eq!(shown.contains('e'), final_loss.abs() < 1e-3, "{shown}");
        let cells = h.query_all_by_label(&shown).count();
        assert!(cells >= 1, "{shown} in the leaderboard");
    }
    assert!(h.query_by_label_contains("e-1").is_none());
    assert!(h.query_by_label_contains("e0").is_none());
}

/// The screenshot the app asked the backend for in the last frame, if any.
fn screenshot_request(h: &Harness<'static, LossApp>) -> Option<egui::ScreenshotCallback> {
    (h.output().viewport_output.values())
        .flat_map(|viewport| &viewport.commands)
        .find_map(|command| match command {
            egui::ViewportCommand::Screenshot(callback) => Some(callback.clone()),
            _ => None,
        })
}

#[test]
fn the_whole_window_exports_as_a_png_as_shown() {
    let (dir, mut h) = scratch("window");
    let path = dir.join("window.png");
    file_dialog(&mut h, "Export window PNG…", &path);
    h.get_by_label("Export").click();
    h.run_steps(1);
    // The harness has no renderer: the test plays the backend's part with a picture of its own.
    let request = screenshot_request(&h).expect("a picture of the window was asked for");
    let picture = egui::ColorImage::filled([64, 40], egui::Color32::from_rgb(10, 200, 30));
    request.complete(std::sync::Arc::new(picture));
    wait_for(&mut h, |app| {
        (app.notice.as_ref().map(ToString::to_string).as_deref())
            .is_some_and(|n| n.starts_with("Exported the window"))
    });
    let notice = h
        .state()
        .notice
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(notice.contains("64 × 40 px"), "{notice}");
    let saved = image::open(&path).expect("a PNG").to_rgba8();
    assert_eq!(saved.dimensions(), (64, 40));
    assert!(saved.pixels().all(|p| p.0 == [10, 200, 30, 255]));
    // A backend that never sends the picture: after a while the app says so.
    file_dialog(&mut h, "Export window PNG…", &dir.join("never.png"));
    h.get_by_label("Export").click();
    h.run_steps(1);
    assert!(screenshot_request(&h).is_some());
    h.run_steps(30);
    let notice = h
        .state()
        .notice
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(notice.contains("no picture of the window"), "{notice}");
    assert!(!dir.join("never.png").exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn windows_open_below_the_toolbar_and_leave_its_buttons_free() {
    let mut h = harness();
    h.run_steps(2);
    for window in ["Network", "Hyper-parameter map", "?"] {
        h.get_by_label(window).click();
        h.run_steps(4);
    }
    // Each window's frame, grab margin included, lies below the toolbar.
    let toolbar_bottom = h.get_by_label("File").rect().bottom();
    for title in [
        "Network",
        "Hyper-parameter map",
        "Keyboard, mouse and terms",
    ] {
        let top = h.get_by_role_and_label(Role::Window, title).rect().top();
        assert!(
            top > toolbar_bottom + 5.0,
            "{title} at {top}, toolbar to {toolbar_bottom}"
        );
    }
    // The toolbar's buttons still take clicks.
    h.get_by_label("File").click();
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Open scenario…").is_some(),
        "the File menu opened"
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    h.get_by_label("▶ Play").click();
    h.run_steps(2);
    assert!(h.state().clock.playing);
}

#[test]
fn racers_stop_at_sixteen() {
    let mut h = harness();
    h.run_steps(2);
    for _ in 0..20 {
        h.get_by_label("+ Add").click();
        h.run_steps(1);
    }
    assert_eq!(h.state().state.racers.len(), 16);
    let add = h.get_by_label("+ Add");
    assert!(add.accesskit_node().is_disabled());
}

#[test]
fn many_long_paths_are_computed_in_the_background() {
    // Sixteen racers of 50,000 steps on a formula: far more than a frame's worth of work.
    let mut state = AppState {
        surface: SurfaceChoice::named(
            "expr:x^2 - y^2 + 0.1*sin(5*x) + 0.25*(x^4 + y^4)",
            Vec::new(),
            "",
        ),
        steps: 50_000,
        ..AppState::default()
    };
    state.racers = vec![state.racers[0].clone(); 16];
    let mut h = harness_with(state);
    h.run_steps(2);
    // The first paths were computed at once and timed; the next change goes to the background.
    wait_for(&mut h, |app| app.job_status().is_none());
    assert!(h.state().scene.runs.iter().all(|r| r.run().is_some()));
    h.get_by_label("Remove").click();
    h.run_steps(1);
    let (kind, label, _) = h
        .state()
        .job_status()
        .expect("paths computing in the background");
    assert_eq!(
        (kind, label.to_string().as_str()),
        (JobKind::Paths, "Computing the paths")
    );
    wait_for(&mut h, |app| app.job_status().is_none());
    let runs = &h.state().scene.runs;
    assert_eq!(runs.len(), 15);
    for run in runs {
        assert_eq!(run.run().expect("a path").trail().len(), 50_001);
    }
}

#[test]
fn done_notices_fade_and_problems_stay() {
    let (dir, mut h) = scratch("notices");
    let path = dir.join("race.toml");
    file_dialog(&mut h, "Save scenario…", &path);
    h.get_by_label("Save").click();
    h.run_steps(2);
    let notice = h
        .state()
        .notice
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(notice.starts_with("Saved the scenario"), "{notice}");
    // Frames of 1/4 s: after 7 s the done-notice is gone.
    h.run_steps(28);
    assert_eq!(h.state().notice, None);
    // What went wrong stays until it is dismissed.
    let broken = dir.join("broken.toml");
    std::fs::write(&broken, "version = 1\n[setup]\nsteps = \"many\"\n").unwrap();
    file_dialog(&mut h, "Open scenario…", &broken);
    h.get_by_label("Open").click();
    h.run_steps(30);
    let notice = h
        .state()
        .notice
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(notice.contains("unchanged"), "{notice}");
    h.get_by_label("Dismiss").click();
    h.run_steps(2);
    assert_eq!(h.state().notice, None);
    std::fs::remove_dir_all(&dir).ok();
}

/// Opens File → Share link….
fn open_share_window(h: &mut Harness<'static, LossApp>) {
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Share link…").click();
    h.run_steps(4);
    assert!(h.state().share.open, "the share window opened");
}

/// Presses Copy link and returns what went to the clipboard.
fn copy_link(h: &mut Harness<'static, LossApp>) -> String {
    h.get_by_label("Copy link").click();
    for _ in 0..3 {
        h.run_steps(1);
        let copied = h
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyText(text) => Some(text.clone()),
                _ => None,
            });
        if let Some(text) = copied {
            return text;
        }
    }
    panic!("Copy link copied nothing");
}

/// Pastes `link` into the share window's open field and presses Open.
fn open_link(h: &mut Harness<'static, LossApp>, link: &str) {
    h.get_by_label("Open a link:").click();
    h.run_steps(1);
    clear_focused_text(h);
    h.get_by_label("Open a link:").type_text(link);
    h.run_steps(2);
    h.get_by_label("Open").click();
    h.run_steps(3);
}

#[test]
fn a_share_link_copied_in_one_app_opens_the_same_setup_and_lesson_in_another() {
    // A setup changed from the defaults, with a lesson on screen.
    let mut teacher = harness();
    teacher.run_steps(2);
    open_lesson(&mut teacher, &lesson_label("saddle"));
    apply(&mut teacher, Command::MoveStart(0, [0.25, -0.5]));
    let shared = teacher.state().state.clone();
    assert_eq!(teacher.state().lesson_name(), Some("saddle"));
    open_share_window(&mut teacher);
    teacher.get_by_label("Web address of Losscape:").click();
    teacher.run_steps(1);
    teacher
        .get_by_label("Web address of Losscape:")
        .type_text("https://example.org/losscape/");
    teacher.run_steps(2);
    let link = copy_link(&mut teacher);
    assert!(
        link.starts_with("https://example.org/losscape/#lesson=saddle&setup="),
        "{link}"
    );

    // A student's app, on its defaults, opens it.
    let mut student = harness();
    student.run_steps(2);
    assert_ne!(student.state().state, shared);
    open_share_window(&mut student);
    // A damaged link is refused with the reason, and the setup stays.
    open_link(&mut student, &link[..link.len() - 40]);
    assert_eq!(student.state().state, AppState::default());
    assert!(notice(
        student.state(),
        "Link not opened, the setup is unchanged"
    ));
    open_link(&mut student, &link);
    assert_eq!(student.state().state, shared);
    assert_eq!(student.state().lesson_name(), Some("saddle"));
    assert_eq!(student.state().scene.surface.name(), shared.surface.name());
    assert!(
        !student.state().share.open,
        "the window closes once the link opened"
    );
    assert!(notice(student.state(), "Opened the shared setup"));
}

#[test]
fn a_file_chosen_in_the_browser_opens_as_a_scenario_or_a_network_and_a_bad_one_changes_nothing() {
    use losscape::app::FileAction;
    use losscape::scenario::scenario_text;
    let mut h = harness();
    h.run_steps(2);
    let mut wanted = AppState::default();
    wanted.surface.shown = ShownSurface::zoo("himmelblau");
    wanted.racers[0].start = [1.5, -2.0];
    let text = scenario_text(&wanted).expect("written");
    let open = |action, name: &str, text: &str| Command::OpenText {
        action,
        name: name.into(),
        text: text.into(),
    };
    apply(&mut h, open(FileAction::OpenScenario, "race.toml", &text));
    assert_eq!(h.state().state, wanted);
    assert!(notice(h.state(), "Opened race.toml"));
    // Cut short: refused, naming the file; the setup stays.
    apply(
        &mut h,
        open(
            FileAction::OpenScenario,
            "cut.toml",
            &text[..text.len() / 2],
        ),
    );
    assert_eq!(h.state().state, wanted);
    assert!(notice(
        h.state(),
        "Not opened, the setup is unchanged: cut.toml"
    ));
    // A scenario chosen as a network is no network.
    apply(&mut h, open(FileAction::OpenNetwork, "race.toml", &text));
    assert!(h.state().network.saved().is_none());
    assert!(notice(
        h.state(),
        "Not opened, the Network window is unchanged: race.toml"
    ));
    // A saved network opens in the Network window.
    let saved = wide_network().to_json().expect("written");
    apply(&mut h, open(FileAction::OpenNetwork, "net.json", &saved));
    assert!(h.state().network_window.open);
    assert!(notice(h.state(), "Opened the network net.json"));
}

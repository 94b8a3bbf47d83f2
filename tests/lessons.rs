//! Every built-in lesson's claim, measured headless, holds, and fails on the lesson's control;
//! broken lesson files are refused with a reason.

use losscape::i18n::Language;
use losscape::lesson::{Check, Lesson, built_in};
use losscape::nn::Targets;

#[test]
fn every_lesson_claim_holds_and_fails_on_its_control() {
    let lessons = built_in().expect("every lesson file parses");
    assert!(lessons.len() >= 24, "{} lessons", lessons.len());
    // The lecture's points, one table row each, numbered from 1.
    let list = include_str!("../assets/lessons/lecture-points.md");
    let points = list
        .lines()
        .filter(|l| l.starts_with("| ") && l[2..].starts_with(|c: char| c.is_ascii_digit()))
        .count() as u32;
    assert_eq!(points, 44);
    let mut names = std::collections::HashSet::new();
    for lesson in &lessons {
        assert!(
            names.insert(lesson.name.clone()),
            "duplicate name {}",
            lesson.name
        );
        let report = lesson
            .check()
            .unwrap_or_else(|e| panic!("{}: {e}", lesson.name));
        assert!(report.holds, "{}: {}", report.name, report.claim);
        assert!(
            !lesson.covers.is_empty() && lesson.covers.iter().all(|p| (1..=points).contains(p)),
            "{}: covers {:?}, the lecture has points 1 to {points}",
            lesson.name,
            lesson.covers
        );
        assert!(
            !report.control_holds,
            "{}: the claim holds on its control too ({}): {:?}",
            report.name, report.control, report.control_measured
        );
        assert!(
            !report.claim.contains('{'),
            "unfilled quantity in {}",
            report.claim
        );
        assert!(
            report.measured.values().all(|v| v.is_finite()),
            "{report:?}"
        );
        // Comparisons of two trained networks plot both networks' curves, epoch by epoch.
        if let Check::TrainingGap { .. } = lesson.check {
            let figure = report.figure.as_ref().expect("the curves");
            assert_eq!(figure.series.len(), 4, "{}", lesson.name);
            for series in &figure.series {
                assert!(
                    series.line && series.points[0][0] == 0.0,
                    "{:?}",
                    series.name
                );
                assert!(series.points.iter().all(|p| p[1].is_finite()));
            }
        }
    }
}

#[test]
fn broken_lesson_files_are_refused_with_a_reason() {
    let good = r#"
name = "x"
title = "t"
topic = "p"
explanation = "e"
claim = "c"
covers = [13]
[setup]
surface = "bowl"
racers = ["sgd:lr=0.1"]
start = [1.0, 1.0]
steps = 10
[check]
kind = "saddle"
at = [0.0, 0.0]
step = 0.1
[control]
why = "w"
check = { at = [1.0, 1.0] }
"#;
    assert!(Lesson::parse(good).is_ok());
    let cases = [
        (
            good.replace("surface = \"bowl\"", "surface = \"nowhere\""),
            "nowhere",
        ),
        (good.replace("sgd:lr=0.1", "sgd:lr=-1"), "learning rate"),
        (
            good.replace(
                "steps = 10",
                "steps = 10\nschedules = [\"constant\", \"constant\"]",
            ),
            "one per racer",
        ),
        (
            good.replace("kind = \"saddle\"", "kind = \"magic\""),
            "magic",
        ),
        (good.replace("steps = 10", "steps = \"ten\""), "steps"),
        (
            good.replace("steps = 10", "steps = 10\ncompare = \"network:batch-norm\""),
            "needs the network surface",
        ),
        (good.replace("title = \"t\"\n", ""), "title"),
        (
            good.replace("step = 0.1\n", "step = 0.1\nextra = 1\n"),
            "extra",
        ),
        (good.replace("covers = [13]\n", ""), "covers"),
        (
            good.replace("check = { at = [1.0, 1.0] }", "check = { at = [0.0, 0.0] }"),
            "changes nothing",
        ),
        (
            good.replace("check = { at = [1.0, 1.0] }", "setup = { steps = -1 }"),
            "control",
        ),
        (good[..good.len() / 2].to_owned(), ""),
    ];
    for (text, needle) in cases {
        let e = Lesson::parse(&text).expect_err(&text).to_string();
        assert!(e.contains(needle), "{needle}: {e}");
    }
    // A bowl's minimum is no saddle: the check runs and reports that the claim fails.
    let report = Lesson::parse(good).unwrap().check().unwrap();
    assert!(!report.holds);
}

#[test]
fn real_mini_batches_spread_as_sampling_theory_predicts() {
    let lessons = built_in().expect("every lesson file parses");
    let lesson = lessons
        .iter()
        .find(|l| matches!(l.check, Check::BatchNoise { .. }))
        .expect("a mini-batch lesson");
    let report = lesson.check().expect("measured");
    let m = &report.measured;
    // Random batches' mean ‖∇L_B‖² against ‖∇L‖² + (S/B)·(N − B)/(N − 1), size by size.
    assert!(m["noise_error"] < 0.15, "{m:?}");
    // The noise falls with the batch size; every size is timed.
    assert!(m["gradient_1"] > m["gradient_8"] && m["gradient_8"] > m["gradient_128"]);
    assert!(m["update_us_1"] > 0.0 && m["epoch_ms_full"] > 0.0);
    let figure = report.figure.as_ref().expect("the figure");
    let names = |language: Language| -> Vec<String> {
        let name = |s: &losscape::lesson::Series| s.name.text(language, "mini-batches");
        figure.series.iter().map(name).collect()
    };
    assert_eq!(
        names(Language::English),
        ["random batches (mean)", "sampling theory", "full batch"]
    );
    assert_eq!(
        names(Language::SimplifiedChinese),
        ["随机批次（平均）", "抽样理论", "全批次"]
    );
    assert_eq!(figure.series[0].points.len(), figure.series[1].points.len());
}

#[test]
fn small_batches_leave_the_saddle_where_the_full_batch_fits_only_the_class_shares() {
    let lessons = built_in().expect("every lesson file parses");
    let lesson = lessons
        .iter()
        .find(|l| matches!(l.check, Check::BatchEscape { .. }))
        .expect("a batch-escape lesson");
    let report = lesson.check().expect("measured");
    let m = &report.measured;
    // Where the full batch stays, the network outputs the class shares p for every example:
    // its loss is their entropy, −Σ p·ln p.
    let network = lesson.setup.network.as_ref().expect("a network lesson");
    let split = network.data().expect("data");
    let Targets::Classes(classes) = &split.train.targets else {
        panic!("classes");
    };
    let n = classes.len() as f64;
    let entropy: f64 = (0..split.train.classes)
        .map(|k| classes.iter().filter(|&&c| c == k).count() as f64 / n)
        .filter(|&p| p > 0.0)
        .map(|p| -p * p.ln())
        .sum();
    assert!(
        (m["loss_full"] - entropy).abs() < 1e-6,
        "{m:?} against {entropy}"
    );
    assert_eq!(m["escape_full"], m["updates"]);
    // Every run starts from the same network, at ln 2 (the output off: both classes ½).
    for key in ["8", "16", "32", "full"] {
        let start = m[&format!("start_loss_{key}")];
        assert!((start - 2f64.ln()).abs() < 1e-12, "{key}: {start}");
    }
    let figure = report.figure.as_ref().expect("the curves");
    assert_eq!(figure.series.len(), 4);
    assert!(
        figure
            .series
            .iter()
            .all(|s| s.line && s.points[0][0] == 0.0)
    );
}

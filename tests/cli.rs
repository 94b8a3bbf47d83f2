//! The command line as a user (or an outside checker) runs it: formats, exit codes, messages.

use std::process::{Command, Output};

use serde_json::Value;

/// A command line split at spaces.
fn args(cmdline: &str) -> Vec<&str> {
    cmdline.split_whitespace().collect()
}

/// The binary run with `args`, in English whatever the machine's locale.
fn losscape(args: &[&str]) -> Output {
    losscape_in_locale(args, "C")
}

/// The binary run with `args` in `locale` (as LC_ALL).
fn losscape_in_locale(args: &[&str], locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_losscape"))
        .args(args)
        .env("LC_ALL", locale)
        .output()
        .expect("the binary runs")
}

/// Why a command is refused, in `language`, as one line; what it says in English too.
fn refusal(language: &str, cmdline: &str) -> (String, String) {
    let said = |args: Vec<&str>| {
        let out = losscape(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8(out.stderr)
            .expect("UTF-8")
            .trim()
            .to_owned()
    };
    let translated = said([vec!["--lang", language], args(cmdline)].concat());
    (translated, said(args(cmdline)))
}

#[test]
fn refusals_and_their_reasons_follow_lang() {
    // Each reason reads in the language asked for, down to the innermost cause, with the
    // same numbers as in English.
    for (language, cmdline, expected, english) in [
        (
            "zh-Hans",
            "run --surface bowl --start 1,1 --optimizer adam:beta1=2",
            "losscape: 优化器 'adam:beta1=2' 有误：adam：无效的 beta 参数（索引 0）：2（必须在 [0, 1) 内）",
            "losscape: bad optimizer 'adam:beta1=2': adam: Invalid beta parameter at index 0: 2 (must be in [0, 1))",
        ),
        (
            "zh-Hant",
            "run --surface bowl --start 1,1 --schedule step:gamma=2",
            "losscape: 學習率排程 'step:gamma=2' 有誤：gamma=2：必須在 0 和 1 之間",
            "losscape: bad schedule 'step:gamma=2': gamma=2: must be between 0 and 1",
        ),
        (
            "zh-Hans",
            "mlp slice --directions pca --epochs 1",
            "losscape: 训练设置有误：主方向需要一条沿两个方向移动的训练路径；这一条记录了 2 个点（起点和 1 轮），张成的方向只有一个：请训练更多轮次",
            "losscape: bad training settings: principal directions need a training path that moves along two directions; this one has 2 recorded points (the start and 1 epoch), which span one: train for more epochs",
        ),
        (
            "zh-Hans",
            "probe --surface rosenbrock --param a=99 --at 0,0",
            "losscape: 参数 'a' = 99 超出范围：必须在 -10 和 10 之间",
            "losscape: parameter 'a' = 99 is out of range: it must be between -10 and 10",
        ),
    ] {
        let (translated, in_english) = refusal(language, cmdline);
        assert_eq!(in_english, english, "{cmdline}");
        assert_eq!(translated, expected, "{cmdline}");
    }
    // A run that diverges says why in the language asked for.
    let diverged = losscape(&args(
        "--lang zh-Hant run --surface bowl --start 1,1 --optimizer sgd:lr=1e308",
    ));
    let said = String::from_utf8(diverged.stderr).expect("UTF-8");
    assert!(
        said.contains("在第 1 步發散：更新溢位了：學習率為 1e308 時，步長超出了最大的數"),
        "{said}"
    );
}

#[test]
fn tables_follow_lang_with_the_same_numbers() {
    let text = |out: Output| String::from_utf8(out.stdout).expect("UTF-8");
    let probe = text(losscape(&args(
        "--lang zh-Hans probe --surface saddle --at 0,0",
    )));
    // Each row: its label, then the value.
    let row = |text: &str, label: &str| -> String {
        let line = (text.lines()).find(|l| l.trim_start().starts_with(label));
        line.map_or_else(String::new, |l| {
            l.trim_start()[label.len()..].trim().to_owned()
        })
    };
    assert!(probe.starts_with("鞍面，在 (0, 0)\n"), "{probe}");
    assert_eq!(row(&probe, "海森矩阵"), "[[2.00000, 0], [0, -2.00000]]");
    assert_eq!(row(&probe, "曲率"), "鞍点");
    let english = text(losscape(&args("probe --surface saddle --at 0,0")));
    assert!(english.starts_with("Saddle at (0, 0)\n"), "{english}");
    assert_eq!(row(&english, "Hessian"), "[[2.00000, 0], [0, -2.00000]]");
    assert_eq!(row(&english, "curvature"), "saddle");
    // The numbers are the same in both.
    let numbers = |text: &str| -> Vec<String> {
        text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter(|s| s.chars().any(|c| c.is_ascii_digit()))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(numbers(&probe), numbers(&english));
    // A formula's problem too, with its position.
    let bad = losscape(&[
        "--lang",
        "zh-Hans",
        "probe",
        "--surface",
        "expr:x +* y",
        "--at",
        "0,0",
    ]);
    let message = String::from_utf8(bad.stderr).expect("UTF-8");
    assert_eq!(
        message.trim(),
        "losscape: 公式有误：这里应该是数、x、y、函数或 '('，却是 '*'（第 4 个字符）"
    );
    let zoo = text(losscape(&args("--lang zh-Hant surfaces")));
    assert!(zoo.starts_with("碗和峽谷\n  名稱"), "{zoo}");
    assert!(zoo.contains("  rosenbrock  Rosenbrock 香蕉谷"), "{zoo}");
    let critical = text(losscape(&args(
        "--lang zh-Hans critical --surface himmelblau",
    )));
    assert!(critical.starts_with("类型  "), "{critical}");
    assert!(critical.contains("个临界点"), "{critical}");
    let spectrum = text(losscape(&args(
        "--lang zh-Hant mlp spectrum --hidden 8 --epochs 5 --extremes 2",
    )));
    assert!(spectrum.contains("黑塞矩陣"), "{spectrum}");
    // The network's one-line description too, with the same numbers as in English.
    assert!(
        spectrum.starts_with("moons（訓練 300 個，測試 100 個）· 2-8-2 tanh · ce · adam:lr=0.01 · 批次 32 · 42 個參數\n"),
        "{spectrum}"
    );
    assert!(
        spectrum.contains("(用 Lanczos") || spectrum.contains("（用 Lanczos"),
        "{spectrum}"
    );
}

#[test]
fn lesson_titles_follow_lang_or_the_locale_and_json_stays_english() {
    let text = |out: Output| String::from_utf8(out.stdout).expect("UTF-8");
    let simplified = text(losscape(&args("--lang zh-Hans lesson list")));
    assert!(
        simplified.contains("小网络的鞍点（saddle point）"),
        "{simplified}"
    );
    assert!(simplified.starts_with("#   名称"), "{simplified}");
    let traditional = text(losscape_in_locale(&args("lesson list"), "zh_TW.UTF-8"));
    assert!(
        traditional.contains("小網路的鞍點（saddle point）"),
        "{traditional}"
    );
    let english = text(losscape_in_locale(&args("lesson list"), "de_DE.UTF-8"));
    assert!(
        english.contains("The tiny network's saddle point"),
        "{english}"
    );
    // --lang wins over the locale; JSON keeps English keys and titles.
    let flag = text(losscape_in_locale(
        &args("--lang en lesson list"),
        "zh_CN.UTF-8",
    ));
    assert!(flag.contains("The tiny network's saddle point"), "{flag}");
    let listed: Value = serde_json::from_str(&text(losscape_in_locale(
        &args("lesson list --json"),
        "zh_CN.UTF-8",
    )))
    .expect("JSON");
    assert_eq!(listed[8]["title"], "The tiny network's saddle point");
    fails("--lang klingon lesson list", "en, zh-Hans and zh-Hant");
    // A measured claim in Chinese, its numbers formatted as in English.
    let claim = text(losscape(&args("--lang zh-Hans lesson check saddle")));
    assert!(
        claim.starts_with("saddle — 成立\n  在原点 ‖∇L‖ = 0，"),
        "{claim}"
    );
    assert!(claim.contains("让损失降低 0.009975"), "{claim}");
    assert!(claim.contains("对照组（在 (1, 1)"), "{claim}");
    let english = text(losscape(&args("lesson check saddle")));
    assert!(english.contains("lowers the loss by 0.009975"), "{english}");
}

fn stdout(args: &[&str]) -> String {
    let out = losscape(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).expect("JSON")
}

/// A failing command line (split at spaces): exit code 2 and one line on stderr with `needle`.
fn fails(cmdline: &str, needle: &str) {
    fails_with(&args(cmdline), needle);
}

/// A failing command: exit code 2 and exactly one line on stderr, containing `needle`.
fn fails_with(args: &[&str], needle: &str) {
    let out = losscape(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    assert!(err.contains(needle), "{args:?}: {err}");
    assert!(!err.contains("panicked") && !err.contains("backtrace"));
}

#[test]
fn probe_json_has_the_contract_keys() {
    let p = json(&args("probe --surface tiny-net --at 0,0 --json"));
    assert_eq!(p["value"], 1.0);
    assert_eq!(p["eigenvalues"], serde_json::json!([-2.0, 2.0]));
    assert_eq!(p["kind"], "saddle");
    for key in [
        "gradient",
        "hessian",
        "eigenvectors",
        "condition_number",
        "stable_lr",
    ] {
        assert!(p.get(key).is_some(), "{key}");
    }
    // Negative coordinates as people type them.
    let p = json(&args(
        "probe --surface himmelblau --at -0.270845,-0.923039 --json",
    ));
    assert_eq!(p["kind"], "maximum");
    let p = json(&args(
        "probe --surface ravine --param kappa=50 --at 1,1 --json",
    ));
    assert!((p["condition_number"].as_f64().unwrap() - 50.0).abs() < 1e-9);
}

#[test]
fn run_csv_has_n_plus_one_rows_and_row_zero_is_the_start() {
    let csv = stdout(&args(
        "run --surface rosenbrock --start -1.5,2 --optimizer adam:lr=0.01 --steps 25",
    ));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "step,x,y,loss,grad_x,grad_y,lr");
    assert_eq!(lines.len(), 27);
    assert_eq!(lines[1], "0,-1.5,2,12.5,-155,-50,0.01");
    assert!(lines[26].starts_with("25,"));
    // With --tol the run stops early.
    let csv = stdout(&args(
        "run --surface bowl --start 1,0 --optimizer sgd:lr=0.25 --steps 1000 --tol 1e-3",
    ));
    assert_eq!(
        csv.lines().count(),
        13,
        "‖g‖ = 2·0.5ᵏ ≤ 1e-3 first at k = 11"
    );
}

#[test]
fn a_diverging_run_stops_at_its_last_finite_row_and_says_so() {
    let out = losscape(&args(
        "run --surface bowl --start 1,0 --optimizer sgd:lr=1e9",
    ));
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 2, "header and the start only: {text}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("diverged at step 1"), "{err}");
}

#[test]
fn json_run_race_critical_basins_surfaces() {
    let run = json(&args(
        "run --surface saddle --start 1,0.001 --optimizer sgd:lr=0.1 --steps 5 --format json",
    ));
    assert_eq!(run["rows"].as_array().unwrap().len(), 6);
    assert_eq!(run["outcome"]["status"], "max-steps");
    let race = json(&args(
        "race --surface ravine --start -2.5,1 --optimizer sgd:lr=0.019 --optimizer adam:lr=0.1 --steps 3000 --json",
    ));
    let board = race["leaderboard"].as_array().unwrap();
    assert_eq!(board.len(), 2);
    assert_eq!(board[0]["rank"], 1);
    let critical = json(&args("critical --surface himmelblau --json"));
    assert_eq!(critical.as_array().unwrap().len(), 9);
    for key in ["x", "y", "value", "kind", "eigenvalues"] {
        assert!(critical[0].get(key).is_some(), "{key}");
    }
    let basins = json(&args(
        "basins --surface hill --optimizer sgd:lr=0.01 --grid 8 --steps 2000 --json",
    ));
    assert_eq!(basins["map"]["cells"].as_array().unwrap().len(), 64);
    let zoo = json(&args("surfaces --json"));
    assert!(zoo.as_array().unwrap().len() >= 21);
    let classifier = (zoo.as_array().unwrap().iter())
        .find(|s| s["name"] == "net-classifier-ce")
        .expect("listed");
    assert_eq!(classifier["axes"][1], "y  (bias b)");
    let text = stdout(&["surfaces"]);
    assert!(text.contains("monkey-saddle") && text.contains("expr:"));
}

#[test]
fn bad_input_gets_one_clear_line_and_exit_code_2() {
    let run = "run --surface bowl --start 1,1";
    for (cmdline, needle) in [
        ("probe --surface bowl --at nan,0", "finite"),
        ("probe --surface bowl --at inf,0", "finite"),
        ("run --surface bowl --start NaN,1", "finite"),
        ("probe --surface expr: --at 0,0", "empty"),
        ("probe --surface expr:sin(z) --at 0,0", "unknown name 'z'"),
        (
            "probe --surface banana --at 0,0",
            "unknown surface 'banana'",
        ),
        (
            "probe --surface ravine --param kapa=3 --at 0,0",
            "no parameter 'kapa'",
        ),
        (&format!("{run} --optimizer adam:beta1=1.2"), "beta"),
        (
            &format!("{run} --optimizer sgd:lr=-0.1"),
            "Invalid learning rate",
        ),
        (
            &format!("{run} --optimizer adam:momentum=0.9"),
            "no parameter 'momentum'",
        ),
        (&format!("{run} --optimizer lbfgs"), "unknown optimizer"),
        (
            &format!("{run} --optimizer sgd:lr=0.1,lr=0.2"),
            "'lr' is given twice",
        ),
        (
            "probe --surface ravine --param kappa=3 --param kappa=4 --at 0,0",
            "parameter 'kappa' is given twice",
        ),
        (
            &format!("{run} --schedule step:step_size=5,step_size=6"),
            "'step_size' is given twice",
        ),
        (&format!("{run} --schedule linear"), "unknown schedule"),
        (&format!("{run} --steps 10000000000"), "limit"),
        (&format!("{run} --noise -1"), "noise"),
        ("basins --surface bowl --grid 1000", "512"),
        ("race --surface bowl --start 1,1", "--optimizer"),
        ("frobnicate", "frobnicate"),
    ] {
        fails(cmdline, needle);
    }
    fails_with(
        &["probe", "--surface", "expr:x +* y", "--at", "0,0"],
        "position 4",
    );
    let deep = format!("expr:{}x{}", "(".repeat(50_000), ")".repeat(50_000));
    fails_with(&["probe", "--surface", &deep, "--at", "0,0"], "too long");
}

#[test]
fn messages_are_one_short_line_that_name_the_real_cause() {
    let widths = vec!["3"; 10_001].join(",");
    fails_with(
        &["mlp", "train", "--hidden", &widths],
        "at most 16 hidden layers (got 10001)",
    );
    // Numbers printed in full (309 digits) are shortened; control characters are escaped.
    fails("run --surface bowl --start 1e300,1", "(1e300, 1)");
    fails_with(
        &["probe", "--surface", "expr:x\u{7}+\ny", "--at", "0,0"],
        "\\u{7}",
    );
    for args in [
        vec!["mlp", "train", "--hidden", &widths],
        vec!["run", "--surface", "bowl", "--start", "1e300,1"],
    ] {
        let err = String::from_utf8_lossy(&losscape(&args).stderr).into_owned();
        assert!(err.chars().count() <= 320, "{err}");
    }
    fails(
        "mlp slice --directions pca --epochs 1",
        "2 recorded points (the start and 1 epoch), which span one: train for more epochs",
    );
    // A run that leaves the numbers says why, not only that it did.
    for (cmdline, cause) in [
        ("--surface rosenbrock --optimizer adam:eps=0", "eps = 0"),
        ("--surface expr:x+y --optimizer newton", "singular"),
        ("--surface bowl --optimizer sgd:lr=1e308", "overflowed"),
    ] {
        let out = losscape(&args(&format!("run --start 1,1 {cmdline}")));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(cause), "{cmdline}: {err}");
    }
}

/// Pixels of `image` within 10 of `rgb` in every channel.
#[cfg(feature = "app")]
fn pixels_like(image: &image::RgbaImage, rgb: [u8; 3]) -> usize {
    image
        .pixels()
        .filter(|p| (0..3).all(|k| p.0[k].abs_diff(rgb[k]) <= 10))
        .count()
}

/// Renders Rosenbrock with `optimizers` to `out` and opens the PNG.
#[cfg(feature = "app")]
fn render(optimizers: &str, view: &str, size: [u32; 2], out: &std::path::Path) -> image::RgbaImage {
    let cmdline = format!(
        "render --surface rosenbrock --start -1.5,2 {optimizers} --steps 2000 --view {view} \
         --size {}x{} --out {}",
        size[0],
        size[1],
        out.display()
    );
    let text = stdout(&args(&cmdline));
    assert!(text.contains("wrote"), "{text}");
    image::open(out).expect("a PNG").to_rgba8()
}

#[cfg(feature = "app")]
#[test]
fn render_draws_the_view_with_its_paths_to_a_png() {
    let dir = std::env::temp_dir().join(format!("losscape-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Racer colours in order: red, blue.
    let (red, blue) = ([214, 39, 40], [31, 119, 180]);
    let momentum = "--optimizer sgd:lr=0.0005,momentum=0.9";
    let both = format!("{momentum} --optimizer adam:lr=0.05");
    for (view, size) in [("2d", [640, 480]), ("3d", [500, 400])] {
        let alone = render(momentum, view, size, &dir.join(format!("alone-{view}.png")));
        assert_eq!([alone.width(), alone.height()], size);
        let colours: std::collections::HashSet<[u8; 4]> = alone.pixels().map(|p| p.0).collect();
        assert!(
            colours.len() > 500,
            "{view}: only {} colours",
            colours.len()
        );
        // The trail is drawn in the racer's colour: far more pixels than its label alone, and
        // the next racer's colour is (almost) absent until there is a next racer.
        let n = pixels_like(&alone, red);
        assert!(n > 150, "{view}: {n} pixels of the first racer's colour");
        assert!(
            pixels_like(&alone, blue) < 20,
            "{view}: blue without a second racer"
        );
        let race = render(&both, view, size, &dir.join(format!("race-{view}.png")));
        let n = pixels_like(&race, blue);
        assert!(n > 150, "{view}: {n} pixels of the second racer's colour");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(feature = "app")]
#[test]
fn render_refuses_bad_input_with_one_line() {
    let base = "render --surface rosenbrock --start 0,0 --out /tmp/losscape-never.png";
    fails(
        &format!("{base} --optimizer adam --size 10x10"),
        "64 to 4096",
    );
    fails(&format!("{base} --optimizer adam --size big"), "WxH");
    fails(&format!("{base} --optimizer adamm"), "unknown optimizer");
    fails(&format!("{base} --optimizer adam --view 4d"), "4d");
    let render = "render --surface rosenbrock --start 0,0 --optimizer adam";
    fails(
        &format!("{render} --out /nonexistent-dir/x.png"),
        "cannot write /nonexistent-dir/x.png",
    );
    assert!(!std::path::Path::new("/tmp/losscape-never.png").exists());
    // What is not a regular file is refused, and both files are checked before any drawing:
    // a bad GIF path is found before the PNG is written.
    fails(
        &format!("{render} --out /dev/full"),
        "/dev/full is a device: not written",
    );
    fails(
        &format!("{render} --gif /nonexistent-dir/x.gif --out /tmp/losscape-never.png"),
        "cannot write /nonexistent-dir/x.gif",
    );
    assert!(!std::path::Path::new("/tmp/losscape-never.png").exists());
    let dir = std::env::temp_dir().join(format!("losscape-cli-ro-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let kept = dir.join("kept.png");
    std::fs::write(&kept, b"old").unwrap();
    let mut permissions = std::fs::metadata(&kept).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&kept, permissions).unwrap();
    fails_with(
        &args(&format!("{render} --out {}", kept.display())),
        "kept.png is read-only: not replaced",
    );
    assert_eq!(std::fs::read(&kept).unwrap(), b"old");
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(not(feature = "app"))]
#[test]
fn render_without_the_app_says_how_to_get_it() {
    fails(
        "render --surface rosenbrock --start 0,0 --optimizer adam --out /tmp/losscape-never.png",
        "rebuild with the `app` feature",
    );
    assert!(!std::path::Path::new("/tmp/losscape-never.png").exists());
}

#[test]
fn mlp_train_reports_its_history_and_final_numbers() {
    let v = json(&args(
        "mlp train --dataset moons --hidden 16,16 --activation tanh --loss ce --optimizer adam:lr=0.01 --epochs 30 --batch 32 --seed 0 --json",
    ));
    for key in [
        "train_loss",
        "test_loss",
        "train_accuracy",
        "test_accuracy",
        "history",
    ] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
    let history = v["history"].as_array().expect("a list");
    assert_eq!(history.len(), 31, "epoch 0 and 30 epochs");
    assert!(v["train_accuracy"].as_f64().unwrap() >= 0.97, "{v}");
    assert_eq!(v["train_loss"], history[30]["train_loss"]);
    let first = history[0]["train_loss"].as_f64().unwrap();
    assert!(v["train_loss"].as_f64().unwrap() < 0.2 * first);
    // Regression: mse by default, no accuracy.
    let v = json(&args(
        "mlp train --dataset regression --hidden 8 --epochs 5 --json",
    ));
    assert!(
        v["train_accuracy"].is_null() && v["train_loss"].as_f64().is_some(),
        "{v}"
    );
    let text = stdout(&args(
        "mlp train --dataset xor --batchnorm --normalize-inputs --epochs 3",
    ));
    assert!(
        text.contains("batch norm") && text.contains("epoch"),
        "{text}"
    );
}

#[test]
fn mlp_train_refuses_bad_settings_with_one_line() {
    fails("mlp train --hidden 16,0", "width from 1 to 1024");
    fails("mlp train --hidden 16,4096", "width from 1 to 1024");
    fails("mlp train --dataset blobs --loss bce", "two classes");
    fails("mlp train --batchnorm --batch 1", "at least 2");
    fails("mlp train --samples 2", "samples");
    fails("mlp train --optimizer adam:lr=-1", "lr");
    fails("mlp train --epochs 0", "epochs");
    fails("mlp train --dataset linear --loss ce", "regression targets");
    fails("mlp slice --range 1e308", "at most 1e6");
    fails("mlp slice --range 0", "above 0");
}

#[test]
fn normalizing_the_regression_networks_features_shrinks_the_condition_number_tenfold() {
    let condition = |surface: &str| {
        let v = json(&args(&format!("probe --surface {surface} --at 0,0 --json")));
        v["condition_number"].as_f64().expect("a condition number")
    };
    let (raw, normalized) = (
        condition("net-regression-raw"),
        condition("net-regression-bn"),
    );
    assert!(
        raw >= 10.0 * normalized,
        "raw {raw} vs normalized {normalized}"
    );
    assert!(normalized < 2.0, "{normalized}");
}

#[test]
fn mlp_spectrum_prints_eigenvalues_minimum_ratio_and_condition_number() {
    let v = json(&args(
        "mlp spectrum --dataset moons --hidden 8,8 --epochs 30 --json",
    ));
    let eigenvalues: Vec<f64> = v["eigenvalues"]
        .as_array()
        .expect("eigenvalues")
        .iter()
        .map(|e| e.as_f64().unwrap())
        .collect();
    let p = v["parameters"].as_u64().unwrap() as usize;
    assert_eq!(p, 2 * 8 + 8 + 8 * 8 + 8 + 8 * 2 + 2);
    assert_eq!(eigenvalues.len(), p);
    assert!(eigenvalues.windows(2).all(|w| w[0] <= w[1]), "ascending");
    let ratio = v["minimum_ratio"].as_f64().unwrap();
    let positive = v["positive"].as_u64().unwrap() as f64;
    assert!(
        (ratio - positive / p as f64).abs() < 1e-12,
        "positive over all"
    );
    assert!(v["condition_number"].as_f64().unwrap() > 1.0);
    let [.., second, first] = eigenvalues[..] else {
        panic!("too few eigenvalues")
    };
    assert!(second > 0.0);
    assert_eq!(v["leading_ratio"].as_f64(), Some(first / second));
    let text = stdout(&args("mlp spectrum --hidden 8 --epochs 5 --extremes 2"));
    assert!(
        text.contains("Lanczos") && text.contains("largest") && text.contains("leading ratio"),
        "{text}"
    );
    fails("mlp spectrum --extremes 0", "K ≥ 1");
}

#[test]
fn mlp_slice_is_centred_on_the_trained_weights() {
    let trained = json(&args("mlp train --hidden 8 --epochs 20 --json"))["train_loss"]
        .as_f64()
        .unwrap();
    for directions in ["random", "pca", "hessian"] {
        let v = json(&args(&format!(
            "mlp slice --hidden 8 --epochs 20 --grid 5 --directions {directions} --json"
        )));
        let rows = v["loss"].as_array().expect("rows");
        assert_eq!(rows.len(), 5);
        let centre = rows[2][2].as_f64().unwrap();
        // The slice is evaluated in f32: agreement to its stated accuracy.
        assert!(
            (centre - trained).abs() < 2e-6 * trained.max(1.0),
            "{directions}: {centre} vs {trained}"
        );
        if directions == "pca" {
            let path = v["trajectory"]
                .as_array()
                .expect("the projected trajectory");
            assert_eq!(path.len(), 21);
            assert_eq!(path[20][0].as_f64(), Some(0.0));
        }
    }
    let csv = stdout(&args(
        "mlp slice --hidden 8 --epochs 2 --grid 3 --directions weights --weights 1.0.0,2.1.7 --csv",
    ));
    assert_eq!(csv.lines().count(), 1 + 9);
    fails("mlp slice --directions weights", "--weights A,B");
    fails(
        "mlp slice --directions weights --weights 1.0.0,9.9.9",
        "no weight 9.9.9",
    );
    fails("mlp slice --grid 1", "--grid must be 2");
}

#[test]
fn lesson_check_prints_each_claim_with_its_numbers() {
    let list = stdout(&args("lesson list"));
    assert!(
        list.contains("saddle") && list.contains("batch-norm-testing"),
        "{list}"
    );
    let listed = json(&args("lesson list --json"));
    let listed = listed.as_array().expect("a list");
    assert!(listed.len() >= 24, "{} lessons", listed.len());
    for l in listed {
        for key in ["name", "topic", "title", "covers"] {
            assert!(l.get(key).is_some(), "{key} missing in {l}");
        }
        assert!(!l["covers"].as_array().expect("covers").is_empty(), "{l}");
    }
    // Every lesson's claim and control are measured in tests/lessons.rs; here the output.
    let v = json(&args("lesson check saddle --json"));
    let reports = v.as_array().expect("a list");
    assert_eq!(reports.len(), 1);
    for r in reports {
        for key in [
            "name",
            "claim",
            "holds",
            "measured",
            "control_holds",
            "control",
        ] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
        assert_eq!(r["holds"], true, "{r}");
        assert_eq!(r["control_holds"], false, "{r}");
    }
    let text = stdout(&args("lesson check saddle"));
    assert!(
        text.contains("holds") && text.contains("-2 and 2") && text.contains("fails, as it should"),
        "{text}"
    );
    fails("lesson check nosuch", "unknown lesson 'nosuch'");
    fails("lesson check", "required");
}

#[cfg(feature = "app")]
#[test]
fn render_gif_animates_the_race_with_distinct_frames() {
    use image::AnimationDecoder;
    let dir = std::env::temp_dir().join(format!("losscape-gif-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gif = dir.join("race.gif");
    let cmdline = format!(
        "render --surface himmelblau --start -0.3,0.2 --optimizer sgd:lr=0.01,momentum=0.9 \
         --steps 300 --size 240x160 --gif {} --frames 6",
        gif.display()
    );
    let text = stdout(&args(&cmdline));
    assert!(text.contains("6 frames"), "{text}");
    let file = std::io::BufReader::new(std::fs::File::open(&gif).expect("the GIF"));
    let frames = image::codecs::gif::GifDecoder::new(file)
        .expect("a GIF")
        .into_frames()
        .collect_frames()
        .expect("frames");
    assert_eq!(frames.len(), 6);
    for frame in &frames {
        assert_eq!(frame.buffer().dimensions(), (240, 160));
    }
    for pair in frames.windows(2) {
        assert_ne!(
            pair[0].buffer(),
            pair[1].buffer(),
            "consecutive frames differ"
        );
    }
    fails(
        "render --surface bowl --start 0,0 --optimizer sgd --frames 1 --gif /tmp/x.gif",
        "frames",
    );
    fails("render --surface bowl --start 0,0 --optimizer sgd", "--out");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn scenario_check_says_whether_the_app_would_open_a_file() {
    let dir = std::env::temp_dir().join(format!("losscape-cli-scenario-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = losscape::scenario::scenario_text(&losscape::scenario::AppState::default()).unwrap();
    let file = dir.join("good.toml");
    std::fs::write(&file, &good).unwrap();
    let said = stdout(&["scenario", "check", file.to_str().unwrap()]);
    assert!(said.contains("good.toml: opens"), "{said}");
    assert_eq!(said.lines().count(), 1);
    // Each broken setting is refused with the app's message, naming it.
    let broken = [
        (
            "schedule = \"constant\"",
            "schedule = \"bogus\"",
            "schedule",
        ),
        ("name = \"rosenbrock\"", "name = \"banana\"", "banana"),
        ("pitch = 0.6", "pitch = inf", "elevation"),
        (
            "samples = 400",
            "samples = 18446744073709551615",
            "examples",
        ),
        ("epochs = 60", "epochs = 0", "epochs"),
        ("batch = 32", "batch = 0", "batch"),
        ("lr = 0.0005", "lr = nan", "lr must be a finite number"),
    ];
    for (from, to, needle) in broken {
        assert!(good.contains(from), "the scenario has {from}:\n{good}");
        let file = dir.join("broken.toml");
        std::fs::write(&file, good.replacen(from, to, 1)).unwrap();
        fails_with(&["scenario", "check", file.to_str().unwrap()], needle);
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_saved_network_loads_with_the_same_spectrum_and_trains_on() {
    let dir = std::env::temp_dir().join(format!("losscape-cli-saved-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("net.json");
    let path = file.to_str().unwrap();
    let settings = "--hidden 6 --batchnorm --normalize-inputs --epochs 5";
    let train_and_save = format!("mlp train {settings} --save");
    let mut save = args(&train_and_save);
    save.push(path);
    stdout(&save);
    // The spectrum of the loaded network is the one of the network before the save.
    let spectrum = format!("mlp spectrum {settings} --json");
    let before = json(&args(&spectrum));
    let after = json(&["mlp", "spectrum", "--load", path, "--json"]);
    assert_eq!(after["eigenvalues"], before["eigenvalues"]);
    assert_eq!(after["train_loss"], before["train_loss"]);
    assert_eq!(after["gradient"], before["gradient"]);
    // The gradient is given per parameter tensor, under the names and shapes of the file's
    // state_dict (its running statistics are no parameters).
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let parameters: serde_json::Map<_, _> = (saved["state_dict"].as_object().unwrap().iter())
        .filter(|(name, _)| !name.contains("running"))
        .map(|(name, tensor)| (name.clone(), tensor.clone()))
        .collect();
    let gradient = after["gradient"].as_object().unwrap();
    assert_eq!(
        gradient.keys().collect::<Vec<_>>(),
        parameters.keys().collect::<Vec<_>>()
    );
    let shape = |v: &serde_json::Value| match v.as_array() {
        Some(rows) if rows[0].is_array() => (rows.len(), rows[0].as_array().unwrap().len()),
        Some(values) => (values.len(), 0),
        None => (0, 0),
    };
    for (name, tensor) in &parameters {
        assert_eq!(shape(&gradient[name]), shape(tensor), "{name}");
    }
    // Training goes on from where it stopped.
    let trained = json(&["mlp", "train", "--load", path, "--epochs", "3", "--json"]);
    assert_eq!(trained["history"][0]["train_loss"], before["train_loss"]);
    assert_eq!(trained["epochs"], 3);
    let slice = stdout(&["mlp", "slice", "--load", path, "--grid", "5"]);
    assert!(slice.starts_with(path), "{slice}");
    // A file that is not a network, or a load mixed with settings of another network.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"format\": \"losscape-network\"").unwrap();
    let bad = bad.to_str().unwrap();
    fails_with(
        &["mlp", "spectrum", "--load", bad],
        "is not a network Losscape can use: bad network file: EOF while parsing",
    );
    fails_with(
        &["mlp", "spectrum", "--load", path, "--hidden", "4"],
        "cannot be used with",
    );
    std::fs::remove_dir_all(&dir).ok();
}

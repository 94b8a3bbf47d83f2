//! The layers of `docs/architecture.md`, checked on the source: each module of `src/` uses
//! only the modules below it, and only the app (with `headless`, its window-less painter) and
//! the command line touch their frameworks (egui, eframe, egui_plot; clap). Test code is left out: tests may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each module and what it may use: other modules of the crate, and outside crates by name.
const ALLOWED: &[(&str, &[&str])] = &[
    ("format", &[]),
    ("progress", &[]),
    ("i18n", &[]),
    ("optim", &["format", "i18n"]),
    ("nn", &["optim", "progress", "i18n"]),
    ("surface", &["nn", "progress", "i18n"]),
    ("grid", &["surface", "progress"]),
    ("run", &["optim", "surface", "format", "i18n"]),
    ("analysis", &["run", "surface", "optim", "progress", "i18n"]),
    (
        "lesson",
        &[
            "analysis", "run", "nn", "optim", "surface", "format", "progress", "i18n",
        ],
    ),
    (
        "scenario",
        &[
            "lesson", "analysis", "run", "nn", "optim", "surface", "format", "progress", "i18n",
        ],
    ),
    ("headless", &["egui", "eframe"]),
    (
        "app",
        &[
            "headless",
            "scenario",
            "lesson",
            "analysis",
            "run",
            "nn",
            "optim",
            "surface",
            "grid",
            "format",
            "progress",
            "i18n",
            "egui",
            "eframe",
            "egui_plot",
        ],
    ),
    (
        "cli",
        &[
            "app", "scenario", "lesson", "analysis", "run", "nn", "optim", "surface", "grid",
            "format", "progress", "i18n", "clap",
        ],
    ),
];

/// The modules of the crate, and the outside crates watched.
const MODULES: &[&str] = &[
    "format", "progress", "i18n", "optim", "nn", "surface", "grid", "run", "analysis", "lesson",
    "scenario", "headless", "app", "cli",
];
const FRAMEWORKS: &[&str] = &["egui", "eframe", "egui_plot", "clap"];

/// Every `.rs` file under `folder`.
fn sources(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The text of a file without its test code (a `tests.rs` file, or what follows the first
/// `#[cfg(test)]`), and without comments.
fn code(path: &Path) -> String {
    if path.file_name().is_some_and(|n| n == "tests.rs") {
        return String::new();
    }
    let text = std::fs::read_to_string(path).expect("a source file");
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    (text.lines())
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `code` names `name` as a path: `name::…` or `use name…` for an outside crate,
/// `crate::name` (and not `crate::names`) for a module of this one.
fn uses(code: &str, name: &str, own_crate: bool) -> bool {
    let path = if own_crate {
        format!("crate::{name}")
    } else {
        format!("{name}::")
    };
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let as_path = code.match_indices(&path).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + path.len()..].chars().next();
        before.is_none_or(|c| !is_word(c)) && (!own_crate || after.is_none_or(|c| !is_word(c)))
    });
    as_path || (!own_crate && code.contains(&format!("use {name}")))
}

/// What each module uses, found in its code: module → used names.
fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources(&src) {
        let relative = file.strip_prefix(&src).expect("under src");
        let first = relative.components().next().expect("a component");
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if module == "main" || module == "lib" {
            continue;
        }
        let code = code(&file);
        let used = found.entry(module.clone()).or_default();
        for &other in MODULES.iter().filter(|&&m| m != module) {
            if uses(&code, other, true) {
                used.insert(other.to_owned());
            }
        }
        for &framework in FRAMEWORKS {
            if uses(&code, framework, false) {
                used.insert(framework.to_owned());
            }
        }
    }
    found
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let found = dependencies();
    let allowed: BTreeMap<&str, BTreeSet<&str>> = (ALLOWED.iter())
        .map(|(module, uses)| (*module, uses.iter().copied().collect()))
        .collect();
    assert_eq!(
        found.keys().map(String::as_str).collect::<BTreeSet<_>>(),
        allowed.keys().copied().collect::<BTreeSet<_>>(),
        "every module of src/ has its place in the layers"
    );
    let mut against = Vec::new();
    for (module, used) in &found {
        for name in used {
            if !allowed[module.as_str()].contains(name.as_str()) {
                against.push(format!("{module} uses {name}"));
            }
        }
    }
    assert!(against.is_empty(), "against the layers: {against:?}");
    // What the core is built on is checked to be found at all: the app's egui, the CLI's clap.
    assert!(found["app"].contains("egui") && found["cli"].contains("clap"));
    assert!(found["grid"].contains("surface") && found["lesson"].contains("analysis"));
}

#[test]
fn a_path_is_found_only_as_a_whole_name() {
    assert!(uses("use crate::grid::Grid;", "grid", true));
    assert!(!uses("use crate::gridded::Grid;", "grid", true));
    assert!(uses("let c = egui::Color32::RED;", "egui", false));
    assert!(!uses("let c = my_egui::Color32::RED;", "egui", false));
    assert!(uses("use clap::Parser;", "clap", false));
    assert!(!uses("let x = ab_clap::f();", "clap", false));
}

/// Whether `code` takes `Instant` from `std::time`, whose `now()` panics in the browser build.
fn uses_std_instant(code: &str) -> bool {
    code.lines()
        .any(|line| line.contains("std::time") && line.contains("Instant"))
}

#[test]
fn the_code_reads_the_clock_through_web_time_which_also_works_in_the_browser() {
    let offenders: Vec<PathBuf> = sources(Path::new("src"))
        .into_iter()
        .filter(|path| uses_std_instant(&code(path)))
        .collect();
    assert!(
        offenders.is_empty(),
        "std::time::Instant panics in the browser; use web_time::Instant in {offenders:?}"
    );
    assert!(uses_std_instant("use std::time::{Duration, Instant};"));
    assert!(!uses_std_instant(
        "use std::time::Duration;\nuse web_time::Instant;"
    ));
}

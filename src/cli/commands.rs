//! What each subcommand does.

use std::io::Write;

use serde_json::json;

use super::progress_bar::with_progress_bar;
use super::table::{labelled, number, render};
use super::{Command, Format, RunArgs, SurfaceArgs, ViewArg};
use crate::analysis::{basin_map_with, find_critical_points_with, probe};
use crate::i18n::{Language, Message};
use crate::optim::{OptimizerSpec, Schedule, SpecError};
use crate::run::trajectory::{COLUMNS, Row};
use crate::run::{Milestone, Race, Run, RunConfig, Status};
use crate::surface::{Family, Surface, build_surface, zoo_entries};

pub(super) fn execute(
    command: Command,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<()> {
    match command {
        Command::Surfaces { json } => surfaces(json, language, out),
        Command::Probe { surface, at, json } => probe_cmd(&surface, at, json, language, out),
        Command::Critical {
            surface,
            seeds,
            json,
        } => critical(&surface, seeds as usize, json, language, out),
        Command::Run {
            surface,
            start,
            optimizer,
            common,
            tol,
            format,
        } => run(
            &surface,
            start.start,
            &optimizer,
            &common,
            tol,
            format,
            language,
            out,
            err,
        ),
        Command::Race {
            surface,
            start,
            optimizers,
            common,
            tol,
            json,
        } => race(
            &surface,
            start.start,
            &optimizers,
            &common,
            tol,
            json,
            language,
            out,
        ),
        Command::Basins {
            surface,
            optimizer,
            grid,
            steps,
            json,
        } => basins(&surface, &optimizer, grid, steps, json, language, out),
        Command::Mlp { command } => super::mlp::execute(command, language, out),
        Command::Lesson { command } => super::lesson::execute(command, language, out),
        Command::Scenario { command } => super::scenario::execute(command, language, out),
        Command::Render {
            surface,
            start,
            optimizers,
            common,
            view,
            size,
            out: png,
            gif,
            frames,
        } => {
            let files = RenderFiles {
                png,
                gif,
                frames: frames as usize,
            };
            render_cmd(
                &surface,
                start.start,
                &optimizers,
                &common,
                view,
                size,
                &files,
                language,
                out,
            )
        }
    }
}

fn load(args: &SurfaceArgs) -> anyhow::Result<Surface> {
    Ok(build_surface(&args.surface, &args.params)?)
}

/// The optimizer `spec` names, or "bad optimizer '…': why".
pub(super) fn optimizer(spec: &str) -> Result<OptimizerSpec, Message> {
    spec.parse().map_err(|e: SpecError| {
        Message::new("cli-bad-optimizer")
            .arg("spec", spec)
            .part("problem", e.0)
    })
}

fn config(spec: &str, args: &RunArgs, steps: u64) -> anyhow::Result<RunConfig> {
    let schedule: Schedule = args.schedule.parse().map_err(|e: SpecError| {
        Message::new("cli-bad-schedule")
            .arg("spec", &args.schedule)
            .part("problem", e.0)
    })?;
    let config = RunConfig {
        optimizer: optimizer(spec)?,
        schedule,
        noise: args.noise,
        batch: args.batch,
        seed: args.seed,
        clip: args.clip,
        max_steps: steps,
        trail_capacity: 0,
        ..RunConfig::default()
    };
    config.validate()?;
    Ok(config)
}

fn surfaces(json: bool, language: Language, out: &mut dyn Write) -> anyhow::Result<()> {
    let all: Vec<Surface> = zoo_entries()
        .map(|e| build_surface(e.name, &[]))
        .collect::<Result<_, _>>()?;
    if json {
        let infos: Vec<_> = all.iter().map(Surface::info).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&infos)?)?;
        return Ok(());
    }
    for family in Family::ALL {
        let rows: Vec<Vec<String>> = all
            .iter()
            .filter(|s| s.info().family == family)
            .map(|s| {
                let params: Vec<String> = s
                    .info()
                    .params
                    .iter()
                    .map(|p| format!("{}={}", p.spec.name, p.value))
                    .collect();
                vec![
                    s.name().to_owned(),
                    s.info().title_in(language),
                    params.join(" "),
                ]
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        writeln!(out, "{}", family.title_in(language))?;
        let name = format!("  {}", language.text("cli-surface-name"));
        let title = language.text("cli-surface-title");
        let parameters = language.text("cli-surface-parameters");
        write!(
            out,
            "{}",
            render(&[&name, &title, &parameters], &indent(rows))
        )?;
        writeln!(out)?;
    }
    writeln!(out, "{}", Family::Custom.title_in(language))?;
    writeln!(out, "  {}", language.text("cli-surfaces-custom-usage"))?;
    Ok(())
}

fn indent(rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    rows.into_iter()
        .map(|mut r| {
            r[0] = format!("  {}", r[0]);
            r
        })
        .collect()
}

fn probe_cmd(
    args: &SurfaceArgs,
    at: [f64; 2],
    json: bool,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let surface = load(args)?;
    let p = probe(&surface, at);
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&p)?)?;
        return Ok(());
    }
    let g = |v: f64| number(Some(v), 6);
    let tr = |key: &str| language.text(key);
    let heading = [
        ("surface", surface.info().title_in(language)),
        ("x", g(at[0])),
        ("y", g(at[1])),
    ];
    writeln!(out, "{}", language.text_with("cli-probe-heading", &heading))?;
    let mut rows = vec![
        (tr("cli-probe-value"), g(p.value)),
        (
            tr("cli-probe-gradient"),
            format!(
                "({}, {})   ‖∇f‖ = {}",
                g(p.gradient[0]),
                g(p.gradient[1]),
                g(p.gradient_norm)
            ),
        ),
        (
            tr("cli-probe-hessian"),
            format!(
                "[[{}, {}], [{}, {}]]",
                g(p.hessian[0][0]),
                g(p.hessian[0][1]),
                g(p.hessian[1][0]),
                g(p.hessian[1][1])
            ),
        ),
    ];
    for (l, v) in p.eigenvalues.iter().zip(p.eigenvectors) {
        let along = [("value", g(*l)), ("x", g(v[0])), ("y", g(v[1]))];
        rows.push((
            tr("cli-probe-eigenvalue"),
            language.text_with("cli-probe-along", &along),
        ));
    }
    let kind = (p.kind).map_or_else(
        || tr("cli-probe-undefined"),
        |k| tr(&format!("probe-kind-{k}")),
    );
    rows.push((tr("cli-probe-curvature"), kind));
    rows.push((tr("cli-probe-condition"), number(p.condition_number, 4)));
    let stable = format!("{}   (2/λmax)", number(p.stable_lr, 4));
    rows.push((tr("cli-probe-stable-rate"), stable));
    write!(out, "{}", labelled(&rows))?;
    Ok(())
}

fn critical(
    args: &SurfaceArgs,
    seeds: usize,
    json: bool,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let tr = |key: &str| language.text(key);
    let surface = load(args)?;
    let points = with_progress_bar(&tr("cli-progress-critical"), |progress| {
        find_critical_points_with(&surface, seeds, progress)
    });
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&points)?)?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|p| {
            let g = |v: f64| number(Some(v), 6);
            vec![
                tr(&format!("probe-kind-{}", p.kind)),
                g(p.x),
                g(p.y),
                g(p.value),
                format!("{}, {}", g(p.eigenvalues[0]), g(p.eigenvalues[1])),
            ]
        })
        .collect();
    let header = [
        tr("cli-critical-kind"),
        "x".into(),
        "y".into(),
        tr("cli-probe-value"),
        tr("cli-critical-eigenvalues"),
    ];
    write!(out, "{}", render(&header, &rows))?;
    let found = [
        ("count", points.len().to_string()),
        ("x", format!("{:?}", surface.domain().x)),
        ("y", format!("{:?}", surface.domain().y)),
    ];
    writeln!(out, "{}", language.text_with("cli-critical-found", &found))?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn run(
    args: &SurfaceArgs,
    start: [f64; 2],
    spec: &str,
    common: &RunArgs,
    tol: Option<f64>,
    format: Format,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<()> {
    let surface = load(args)?;
    let mut config = config(spec, common, common.steps)?;
    config.grad_tol = tol;
    config.validate()?;
    let mut run = Run::new(surface, start, config)?;
    let mut rows = Vec::new();
    match format {
        Format::Csv => {
            writeln!(out, "{COLUMNS}")?;
            writeln!(out, "{}", Row::from(run.current()).csv())?;
            while let Some(s) = run.step() {
                writeln!(out, "{}", Row::from(s).csv())?;
            }
        }
        Format::Json => {
            rows.push(Row::from(run.current()));
            while let Some(s) = run.step() {
                rows.push(Row::from(s));
            }
        }
    }
    run.finish();
    if format == Format::Json {
        let doc = json!({
            "surface": run.surface().name(),
            "optimizer": run.config().optimizer.label(),
            "start": start,
            "outcome": run.status(),
            "rows": rows,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
    }
    if let Status::Diverged { step, reason } = run.status() {
        let args = [
            ("step", step.to_string()),
            ("reason", reason.text(language)),
        ];
        writeln!(err, "{}", language.text_with("cli-run-diverged", &args))?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn race(
    args: &SurfaceArgs,
    start: [f64; 2],
    specs: &[String],
    common: &RunArgs,
    tol: f64,
    json: bool,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let surface = load(args)?;
    let configs = specs
        .iter()
        .map(|s| config(s, common, common.steps))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut race = Race::new(&surface, start, configs, common.seed, tol)?;
    race.finish();
    let board = race.leaderboard();
    let target = match race.milestone() {
        Milestone::Loss(v) => format!("f ≤ {v}"),
        Milestone::GradNorm(v) => format!("‖∇f‖ ≤ {v}"),
    };
    if json {
        let doc = json!({
            "surface": surface.name(),
            "start": start,
            "steps": common.steps,
            "target": target,
            "f_star": surface.best_known_value(),
            "leaderboard": board,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = board
        .iter()
        .map(|s| {
            vec![
                s.rank.to_string(),
                s.optimizer.clone(),
                s.steps_to_target.map_or("—".into(), |v| v.to_string()),
                number(Some(s.best_loss), 4),
                number(Some(s.final_loss), 4),
                s.diverged_step.map_or("—".into(), |v| v.to_string()),
            ]
        })
        .collect();
    let heading = [
        ("surface", surface.info().title_in(language)),
        ("x", start[0].to_string()),
        ("y", start[1].to_string()),
        ("steps", common.steps.to_string()),
        ("target", target),
    ];
    writeln!(out, "{}", language.text_with("cli-race-heading", &heading))?;
    let header = [
        "#".to_owned(),
        language.text("cli-race-optimizer"),
        language.text("cli-race-steps"),
        language.text("cli-race-best"),
        language.text("cli-race-final"),
        language.text("cli-race-diverged"),
    ];
    write!(out, "{}", render(&header, &rows))?;
    Ok(())
}

fn basins(
    args: &SurfaceArgs,
    spec: &str,
    grid: usize,
    steps: u64,
    json: bool,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let surface = load(args)?;
    let config = RunConfig::new(optimizer(spec)?);
    let map = with_progress_bar(&language.text("cli-progress-basins"), |progress| {
        basin_map_with(&surface, &config, grid, steps, progress)
    })?;
    if json {
        let doc = json!({
            "surface": surface.name(),
            "optimizer": config.optimizer.label(),
            "domain": surface.domain(),
            "map": map,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(());
    }
    if map.minima.is_empty() {
        return Err(Message::new("cli-no-minimum")
            .arg("surface", surface.name())
            .into());
    }
    const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let letter = |label: i32| match label {
        -2 => '×',
        -1 => '·',
        i => LETTERS.get(i as usize).map_or('?', |&b| b as char),
    };
    let heading = [
        ("optimizer", config.optimizer.label()),
        ("surface", surface.info().title_in(language)),
        ("grid", grid.to_string()),
        ("steps", steps.to_string()),
    ];
    writeln!(
        out,
        "{}",
        language.text_with("cli-basins-heading", &heading)
    )?;
    for row in map.cells.chunks(grid).rev() {
        let line: String = row.iter().map(|&l| letter(l)).collect();
        writeln!(out, "  {line}")?;
    }
    for (i, (m, count)) in map.minima.iter().zip(&map.counts).enumerate() {
        let minimum = [
            ("letter", letter(i as i32).to_string()),
            ("x", number(Some(m[0]), 5)),
            ("y", number(Some(m[1]), 5)),
            ("count", count.to_string()),
        ];
        let line = language.text_with("cli-basins-minimum", &minimum);
        writeln!(out, "  {line}")?;
    }
    let rest = [
        ("unsettled", map.unsettled.to_string()),
        ("diverged", map.diverged.to_string()),
    ];
    writeln!(out, "  {}", language.text_with("cli-basins-rest", &rest))?;
    Ok(())
}

/// What `render` writes.
#[cfg_attr(not(feature = "app"), allow(dead_code))] // only read by the drawing code
struct RenderFiles {
    png: Option<std::path::PathBuf>,
    gif: Option<std::path::PathBuf>,
    frames: usize,
}

#[cfg(feature = "app")]
#[allow(clippy::too_many_arguments)]
fn render_cmd(
    surface: &SurfaceArgs,
    start: [f64; 2],
    specs: &[String],
    common: &RunArgs,
    view: ViewArg,
    size: [usize; 2],
    files: &RenderFiles,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use crate::app::{Destination, GIF_DELAY_MS, Gif, ReadOnly, render_gif, render_view, save_png};
    use crate::scenario::{AppState, RacerSettings, SurfaceChoice, ViewOptions};
    load(surface)?;
    if specs.len() > crate::run::LIMITS.max_racers {
        let most = crate::run::LIMITS.max_racers;
        return Err(Message::new("cli-too-many-racers").arg("most", most).into());
    }
    let racers = specs
        .iter()
        .enumerate()
        .map(|(i, spec)| {
            let config = config(spec, common, common.steps)?;
            Ok(RacerSettings {
                optimizer: config.optimizer,
                schedule: common.schedule.clone(),
                clip: common.clip,
                ..RacerSettings::new("sgd", start, i)
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let choice = SurfaceChoice::named(&surface.surface, surface.params.clone(), "");
    let state = AppState {
        surface: choice,
        racers,
        noise: common.noise,
        batch: common.batch,
        seed: common.seed,
        steps: common.steps,
        view: ViewOptions {
            three_d: view == ViewArg::ThreeD,
            ..ViewOptions::default()
        },
        ..AppState::default()
    }
    .validated()
    .map_err(|e| e.message)?;
    // Both files are checked before anything is drawn; a read-only file is never replaced.
    let check = |path: &Option<std::path::PathBuf>| {
        (path.as_deref())
            .map(|p| Destination::check(p, ReadOnly::Refuse))
            .transpose()
    };
    let (gif, png) = (check(&files.gif)?, check(&files.png)?);
    if let Some(to) = &gif {
        let frames = with_progress_bar(&language.text("cli-progress-gif"), |progress| {
            let gif = Gif {
                size,
                frames: files.frames,
                delay_ms: GIF_DELAY_MS,
                language,
            };
            render_gif(state.clone(), &gif, progress, to)
        })?;
        let args = [
            ("path", to.named.display().to_string()),
            ("frames", frames.to_string()),
            ("width", size[0].to_string()),
            ("height", size[1].to_string()),
        ];
        writeln!(out, "{}", language.text_with("cli-render-wrote-gif", &args))?;
    }
    if let Some(to) = &png {
        let path = &to.named;
        let image = render_view(state, size, None, language);
        save_png(&image, to)?;
        let args = [
            ("path", path.display().to_string()),
            ("width", size[0].to_string()),
            ("height", size[1].to_string()),
        ];
        writeln!(out, "{}", language.text_with("cli-render-wrote-png", &args))?;
    }
    Ok(())
}

#[cfg(not(feature = "app"))]
#[allow(clippy::too_many_arguments)]
fn render_cmd(
    _surface: &SurfaceArgs,
    _start: [f64; 2],
    _specs: &[String],
    _common: &RunArgs,
    _view: ViewArg,
    _size: [usize; 2],
    _files: &RenderFiles,
    _language: Language,
    _out: &mut dyn Write,
) -> anyhow::Result<()> {
    Err(Message::new("cli-no-drawing").into())
}

//! The headless command line: every number the app shows, printable as text, CSV or JSON.

mod args;
mod choices;
mod commands;
mod lesson;
mod mlp;
mod progress_bar;
mod scenario;
mod table;

use std::io::Write;

use clap::{Parser, Subcommand};

use crate::i18n::Language;

use args::{ParamArg, PointArg};
pub use args::{parse_param, parse_point, parse_size};
pub use lesson::LessonCommand;
pub use mlp::{Directions, MlpCommand, NetArgs, Widths, parse_widths};
pub use scenario::ScenarioCommand;

/// Losscape: see why a neural network fails to train. Without a subcommand the app opens.
#[derive(Debug, Parser)]
#[command(name = "losscape", version, about, long_about = None)]
pub struct Cli {
    /// The language of tables, messages and lesson claims: en, zh-Hans or zh-Hant (default:
    /// from LC_ALL, LC_MESSAGES or LANG). JSON stays English.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<Language>,
    /// What to do; nothing opens the app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the loss zoo.
    Surfaces {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Value, gradient, Hessian and its reading at a point.
    Probe {
        /// Which surface.
        #[command(flatten)]
        surface: SurfaceArgs,
        /// The point, e.g. --at -0.27,-0.92.
        #[arg(long, value_name = "X,Y", allow_hyphen_values = true, value_parser = parse_point)]
        at: PointArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Find and classify the critical points in the surface's domain.
    Critical {
        /// Which surface.
        #[command(flatten)]
        surface: SurfaceArgs,
        /// Newton seeds per side of the grid.
        #[arg(long, default_value_t = 41, value_parser = clap::value_parser!(u32).range(1..=400))]
        seeds: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// One optimizer from one start: the whole trajectory.
    Run {
        /// Which surface.
        #[command(flatten)]
        surface: SurfaceArgs,
        /// Where to start.
        #[command(flatten)]
        start: StartArgs,
        /// Optimizer SPEC, e.g. adam:lr=0.01,beta1=0.8.
        #[arg(long, default_value = "sgd")]
        optimizer: String,
        /// Schedule, steps, noise, clipping.
        #[command(flatten)]
        common: RunArgs,
        /// Stop early once ‖∇f‖ ≤ EPS.
        #[arg(long, value_name = "EPS", allow_negative_numbers = true)]
        tol: Option<f64>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
    /// Several optimizers from one start, with the same noise, and a leaderboard.
    Race {
        /// Which surface.
        #[command(flatten)]
        surface: SurfaceArgs,
        /// Where to start.
        #[command(flatten)]
        start: StartArgs,
        /// Optimizer SPEC; repeat for each racer.
        #[arg(long = "optimizer", required = true)]
        optimizers: Vec<String>,
        /// Schedule, steps, noise, clipping.
        #[command(flatten)]
        common: RunArgs,
        /// Arrived means f ≤ f* + EPS (or ‖∇f‖ ≤ EPS when f* is not documented).
        #[arg(
            long,
            value_name = "EPS",
            default_value_t = 1e-6,
            allow_negative_numbers = true
        )]
        tol: f64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Which minimum an optimizer reaches from each cell of a grid of starts.
    Basins {
        /// Which surface.
        #[command(flatten)]
        surface: SurfaceArgs,
        /// Optimizer SPEC.
        #[arg(long, default_value = "sgd:lr=0.01")]
        optimizer: String,
        /// Cells per side.
        #[arg(long, default_value_t = 32)]
        grid: usize,
        /// Updates per start.
        #[arg(long, default_value_t = 1000)]
        steps: u64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The lessons: list them, or check their claims headless.
    Lesson {
        /// What to do with them.
        #[command(subcommand)]
        command: LessonCommand,
    },
    /// Scenario files: check one as the app would open it.
    Scenario {
        /// What to do with it.
        #[command(subcommand)]
        command: ScenarioCommand,
    },
    /// The small neural network: train it on a toy data set.
    Mlp {
        /// What to do with it.
        #[command(subcommand)]
        command: MlpCommand,
    },
    /// Draw the surface view with the racers' paths to a PNG, without a window.
    Render {
        /// Which surface.
        #[command(flatten)]
        surface: SurfaceArgs,
        /// Where every racer starts.
        #[command(flatten)]
        start: StartArgs,
        /// Optimizer SPEC; repeat for each racer.
        #[arg(long = "optimizer", required = true)]
        optimizers: Vec<String>,
        /// Schedule, steps, noise, clipping.
        #[command(flatten)]
        common: RunArgs,
        /// The map (2d) or the landscape (3d).
        #[arg(long, value_enum, default_value_t = ViewArg::TwoD)]
        view: ViewArg,
        /// Image size in pixels.
        #[arg(long, value_name = "WxH", default_value = "1200x800", value_parser = parse_size)]
        size: [usize; 2],
        /// The PNG file to write.
        #[arg(long, value_name = "FILE.png", required_unless_present = "gif")]
        out: Option<std::path::PathBuf>,
        /// Also (or instead) an animated GIF of the race, with a step counter.
        #[arg(long, value_name = "FILE.gif")]
        gif: Option<std::path::PathBuf>,
        /// Frames of the GIF, from the start to the end of the longest path.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(2..=300))]
        frames: u32,
    },
}

/// Which picture `render` draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ViewArg {
    /// The map: heatmap, contours, critical points, paths.
    #[value(name = "2d")]
    TwoD,
    /// The landscape seen from above at an angle, with the paths on it.
    #[value(name = "3d")]
    ThreeD,
}

/// Which surface.
#[derive(Debug, clap::Args)]
pub struct SurfaceArgs {
    /// A zoo name (see `losscape surfaces`) or expr:FORMULA, a formula in x and y.
    #[arg(long)]
    pub surface: String,
    /// A surface parameter, e.g. --param kappa=100; repeatable.
    #[arg(long = "param", value_name = "K=V", allow_hyphen_values = true, value_parser = parse_param)]
    pub params: Vec<ParamArg>,
}

/// Where to start.
#[derive(Debug, clap::Args)]
pub struct StartArgs {
    /// The start point, e.g. --start -1.5,2.
    #[arg(long, value_name = "X,Y", allow_hyphen_values = true, value_parser = parse_point)]
    pub start: PointArg,
}

/// Options shared by `run` and `race`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Learning-rate schedule SPEC, e.g. cosine:t_max=1000.
    #[arg(long, default_value = "constant")]
    pub schedule: String,
    /// Number of updates.
    #[arg(long, default_value_t = 1000)]
    pub steps: u64,
    /// Gradient noise level σ (noise per coordinate: N(0, σ²/B)).
    #[arg(
        long,
        value_name = "SIGMA",
        default_value_t = 0.0,
        allow_negative_numbers = true
    )]
    pub noise: f64,
    /// Batch size B.
    #[arg(long, default_value_t = 1)]
    pub batch: u64,
    /// Seed of the noise.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Clip the gradient to this norm.
    #[arg(long, value_name = "C", allow_negative_numbers = true)]
    pub clip: Option<f64>,
}

/// Trajectory output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `step,x,y,loss,grad_x,grad_y,lr`, one row per point.
    Csv,
    /// One JSON object with the rows and the outcome.
    Json,
}

/// Runs a subcommand, writing results to `out` and warnings to `err`.
pub fn execute(
    command: Command,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<()> {
    commands::execute(command, language, out, err)
}

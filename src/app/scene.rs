//! What the app computes from the setup: the surface, its sampled grid and contours, and every
//! racer's whole path (recomputed at once on any change; the animation replays it).

use crate::analysis::{FoundPoint, curvature_map, stability_gauge};
use crate::grid::{Grid, GridRows, Polyline, Scaling, contour_lines};
use crate::i18n::Message;
use crate::run::{Milestone, Run};
use crate::surface::{Kind, Surface};

use rayon::prelude::*;

use super::curve_data::RunCurves;
use super::rate_axis::RateAxis;
use crate::lesson::NetworkSetup;
use crate::progress::Progress;
use crate::scenario::{AppState, SurfaceChoice};

/// Cells per side of the grid computed at once when the surface changes.
pub const COARSE_GRID: usize = 128;
/// Cells per side of the grid refined in the background.
pub const FINE_GRID: usize = 512;

/// The grid sizes (computed at once, refined in the background) for `surface`: small ones when
/// each evaluation is a pass over a data set (a large network's would freeze the app).
pub fn grid_sizes(surface: &Surface) -> (usize, usize) {
    if surface.is_expensive() {
        (16, COARSE_GRID)
    } else {
        (COARSE_GRID, FINE_GRID)
    }
}
/// Seconds the coarse grid, sampled at once when the surface changes, may take.
const COARSE_SECONDS: f64 = 0.01;

/// Seconds one call of `f` takes, timed on a few calls.
pub fn seconds_each(mut f: impl FnMut()) -> f64 {
    const TIMED: u32 = 16;
    let started = web_time::Instant::now();
    for _ in 0..TIMED {
        f();
    }
    started.elapsed().as_secs_f64() / f64::from(TIMED)
}

/// Cells per side of the grid sampled at once: that of [`grid_sizes`], fewer where timing a
/// few evaluations says it would take more than [`COARSE_SECONDS`] (the fine grid follows
/// from the background).
fn coarse_size(surface: &Surface) -> usize {
    let (coarse, _) = grid_sizes(surface);
    let domain = surface.domain();
    let centre = [
        0.5 * (domain.x[0] + domain.x[1]),
        0.5 * (domain.y[0] + domain.y[1]),
    ];
    let each = seconds_each(|| {
        std::hint::black_box(surface.value_for_drawing(centre));
    });
    let affordable = (COARSE_SECONDS / each.max(1e-12)).sqrt() as usize;
    affordable.clamp(16, coarse)
}

/// Cells per side of the curvature map.
pub const CURVATURE_GRID: usize = 128;
/// Most points of a stability gauge (each costs a Hessian; the curve is a few hundred pixels
/// wide).
pub const GAUGE_POINTS: usize = 500;
/// Contour levels drawn.
const CONTOUR_LEVELS: usize = 14;

/// A sampled grid with its colour and height scalings and its contour lines.
pub struct ShadedGrid {
    /// The samples.
    pub grid: Grid,
    /// Colour scaling (log or linear, as `log` says).
    pub scaling: Scaling,
    /// Linear scaling, for heights in the 3-D view.
    pub heights: Scaling,
    /// Contour lines at the colour scaling's levels.
    pub contours: Vec<Polyline>,
    /// Whether the colour scaling is logarithmic.
    pub log: bool,
}

impl ShadedGrid {
    /// Scales `grid` (logarithmically when `log`) and draws its contours.
    pub fn new(grid: Grid, log: bool) -> Self {
        let scaling = grid.scaling(log);
        let contours = contour_lines(&grid, &scaling.levels(CONTOUR_LEVELS));
        Self {
            heights: grid.scaling(false),
            scaling,
            contours,
            grid,
            log,
        }
    }

    /// The fine grid of `surface` as work in pieces (see `Job::spawn_in_pieces`): each call
    /// samples a few rows, the last returns the grid shaded. On the desktop one piece holds
    /// every row, sampled in parallel; in the browser a piece is one row.
    pub fn fine_in_pieces(
        surface: Surface,
        log: bool,
    ) -> impl FnMut(&Progress) -> Option<Self> + Send + 'static {
        const ROWS: usize = if cfg!(target_arch = "wasm32") {
            1
        } else {
            usize::MAX
        };
        let mut rows = GridRows::new(surface.domain(), grid_sizes(&surface).1);
        move |progress| {
            let grid = rows.sample(&surface, ROWS, progress)?;
            Some(Self::new(grid, log))
        }
    }
}

/// The computed state behind the view.
pub struct Scene {
    /// The surface shown.
    pub surface: Surface,
    /// Its samples (coarse at first, then fine).
    pub grid: Grid,
    /// Colour scaling of the grid.
    pub scaling: Scaling,
    /// Linear scaling of the grid, for heights in the 3-D view.
    pub heights: Scaling,
    /// Contour lines of the grid.
    pub contours: Vec<Polyline>,
    /// Bumped whenever the grid changes, so the view re-uploads its texture.
    pub grid_version: u64,
    /// One path per racer: computed, being computed, or why it could not run.
    pub runs: Vec<PathState>,
    /// Bumped whenever a path is recomputed, so caches of derived views know.
    pub runs_version: u64,
    /// Each path's stability gauge η·λmax per update (empty for racers that could not run).
    pub gauges: Vec<Vec<[f64; 2]>>,
    /// Each path's loss, gradient-norm and learning-rate curves (empty for racers that could
    /// not run).
    pub curves: Vec<RunCurves>,
    /// The axis of the learning-rate curves, chosen from all of them.
    pub lr_axis: RateAxis,
    /// The axis of the stability gauges, chosen from all of them.
    pub stability_axis: RateAxis,
    /// Critical points found by the search (empty until it runs).
    pub found: Vec<FoundPoint>,
    /// The curvature map, computed when first shown.
    curvature: Option<Vec<Option<Kind>>>,
}

/// The surface shown when the chosen one cannot be built.
pub fn fallback_surface() -> Surface {
    let fallback = SurfaceChoice::default();
    (fallback.build(&NetworkSetup::default())).expect("the default zoo surface builds")
}

/// A path and its stability gauge.
pub type Path = (PathState, Vec<[f64; 2]>);

/// Where a racer's path stands.
#[derive(Clone, Debug)]
pub enum PathState {
    /// Computed (boxed: a run is large beside the other states).
    Ready(Box<Run>),
    /// Being computed in the background.
    Computing,
    /// It cannot run, or its computation was cancelled: why.
    Failed(Message),
}

impl PathState {
    /// The computed path, if it is.
    pub fn run(&self) -> Option<&Run> {
        match self {
            PathState::Ready(run) => Some(run),
            PathState::Computing | PathState::Failed(_) => None,
        }
    }
}

impl Scene {
    /// Shows `surface` with its coarse grid; the paths are not computed yet.
    pub fn new(surface: Surface, state: &AppState) -> Self {
        let grid = Grid::sample(&surface, surface.domain(), coarse_size(&surface));
        let mut scene = Self {
            scaling: grid.scaling(state.view.log_scale),
            heights: grid.scaling(false),
            surface,
            grid,
            contours: Vec::new(),
            grid_version: 0,
            runs: Vec::new(),
            runs_version: 0,
            gauges: Vec::new(),
            curves: Vec::new(),
            lr_axis: RateAxis::Linear,
            stability_axis: RateAxis::Linear,
            found: Vec::new(),
            curvature: None,
        };
        scene.set_grid(scene.grid.clone(), state.view.log_scale);
        scene
    }

    /// Shows `surface` with its coarse grid; the caller recomputes the paths.
    pub fn set_surface(&mut self, surface: Surface, log: bool) {
        let grid = Grid::sample(&surface, surface.domain(), coarse_size(&surface));
        self.surface = surface;
        self.found.clear();
        self.curvature = None;
        self.set_grid(grid, log);
    }

    /// Installs a sampled grid, scaling it and drawing its contours here.
    pub fn set_grid(&mut self, grid: Grid, log: bool) {
        self.install_grid(ShadedGrid::new(grid, log), log);
    }

    /// Installs a grid scaled and contoured beforehand (in the background, for fine grids,
    /// whose contours would hold the frame), re-scaled here if the view's scale `log` changed
    /// meanwhile.
    pub fn install_grid(&mut self, shaded: ShadedGrid, log: bool) {
        let rescale = shaded.log != log;
        self.scaling = shaded.scaling;
        self.heights = shaded.heights;
        self.contours = shaded.contours;
        self.grid = shaded.grid;
        self.grid_version += 1;
        if rescale {
            self.rescale(log);
        }
    }

    /// Re-scales colours and contours (log or linear) without resampling.
    pub fn rescale(&mut self, log: bool) {
        self.set_grid(self.grid.clone(), log);
    }

    /// Recomputes every racer's path.
    pub fn recompute_runs(&mut self, state: &AppState) {
        let all: Vec<usize> = (0..state.racers.len()).collect();
        let paths = compute_paths(&self.surface, state, &all, &Progress::new());
        self.install_paths(state, &all, paths);
    }

    /// Marks the paths of racers `indices` as being computed.
    pub fn await_paths(&mut self, state: &AppState, indices: &[usize]) {
        let waiting = (indices.iter())
            .map(|_| (PathState::Computing, Vec::new()))
            .collect();
        self.install_paths(state, indices, waiting);
    }

    /// Installs the paths of racers `indices` (the others keep theirs; racers without one
    /// are being computed).
    pub fn install_paths(&mut self, state: &AppState, indices: &[usize], paths: Vec<Path>) {
        let n = state.racers.len();
        self.runs.resize_with(n, || PathState::Computing);
        self.gauges.resize_with(n, Vec::new);
        for (&i, (run, gauge)) in indices.iter().zip(paths) {
            if i < n {
                self.runs[i] = run;
                self.gauges[i] = gauge;
            }
        }
        self.paths_changed();
    }

    /// The reference losses are measured from: the documented minimum, or the lowest loss any
    /// racer reached.
    pub fn loss_reference(&self) -> f64 {
        self.surface.best_known_value().unwrap_or_else(|| {
            self.runs
                .iter()
                .filter_map(PathState::run)
                .map(|r| r.best_loss())
                .fold(f64::INFINITY, f64::min)
        })
    }

    /// Recomputes every curve (one path's change can move the loss reference) and tells
    /// caches that the paths changed.
    fn paths_changed(&mut self) {
        let reference = self.loss_reference();
        let known_minimum = self.surface.best_known_value().is_some();
        self.curves = self
            .runs
            .iter()
            .map(|r| {
                r.run()
                    .map(|run| RunCurves::of(run, reference, known_minimum))
                    .unwrap_or_default()
            })
            .collect();
        self.lr_axis = RateAxis::for_curves(
            (self.curves.iter()).flat_map(|c| [&c.lr[..], &c.scheduled_lr[..]]),
        );
        self.stability_axis = RateAxis::for_curves(self.gauges.iter().map(|g| &g[..]));
        self.runs_version += 1;
    }

    /// The second-order test on a [`CURVATURE_GRID`]² grid, row by row from the bottom.
    pub fn curvature(&mut self) -> &[Option<Kind>] {
        let surface = &self.surface;
        self.curvature
            .get_or_insert_with(|| curvature_map(surface, surface.domain(), CURVATURE_GRID))
    }

    /// The largest step any racer reached (the animation's end).
    pub fn last_step(&self) -> u64 {
        self.runs
            .iter()
            .filter_map(PathState::run)
            .map(|r| r.current().step)
            .max()
            .unwrap_or(0)
    }
}

/// The path's stability gauge, without the non-finite values of a diverging run.
fn gauge_of(path: &PathState) -> Vec<[f64; 2]> {
    let gauge = path.run().map(|r| stability_gauge(r, GAUGE_POINTS));
    drawable(gauge.unwrap_or_default())
}

/// The points of a stability gauge that can be drawn (the finite ones).
pub fn drawable(mut gauge: Vec<[f64; 2]>) -> Vec<[f64; 2]> {
    gauge.retain(|p| p[1].is_finite());
    gauge
}

/// The paths of racers `indices` on `surface`, one racer per core (a 200,000-step budget stays
/// a short wait); racers not reached before `progress` is cancelled keep a partial path.
pub fn compute_paths(
    surface: &Surface,
    state: &AppState,
    indices: &[usize],
    progress: &Progress,
) -> Vec<Path> {
    progress.start(indices.len());
    indices
        .par_iter()
        .map(|&i| {
            let path = path_of(compute_run(surface, state, i, progress));
            progress.tick();
            path
        })
        .collect()
}

/// Steps between two looks at whether the work was cancelled.
const CANCEL_CHECK_STEPS: u64 = 64;

fn compute_run(surface: &Surface, state: &AppState, i: usize, progress: &Progress) -> PathState {
    let mut run = match start_run(surface, state, i) {
        Ok(run) => run,
        Err(failed) => return failed,
    };
    while run.advance(CANCEL_CHECK_STEPS) == CANCEL_CHECK_STEPS {
        if progress.is_cancelled() {
            return PathState::Failed(Message::new("path-cancelled"));
        }
    }
    run.finish();
    PathState::Ready(Box::new(run))
}

/// Racer `i`'s run from its start on `surface`, watching for the surface's milestone; or why
/// it cannot run.
pub fn start_run(surface: &Surface, state: &AppState, i: usize) -> Result<Run, PathState> {
    let Some(racer) = state.racers.get(i) else {
        return Err(PathState::Failed(Message::new("path-no-racer")));
    };
    let run = racer
        .run_config(state)
        .and_then(|config| Run::new(surface.clone(), racer.start, config).map_err(|e| e.message()));
    let mut run = run.map_err(PathState::Failed)?;
    run.watch(match surface.best_known_value() {
        Some(f) => Milestone::Loss(f + 1e-6),
        None => Milestone::GradNorm(1e-6),
    });
    Ok(run)
}

/// A path in the state it ended in, with its stability gauge.
pub fn path_of(state: PathState) -> Path {
    let gauge = gauge_of(&state);
    (state, gauge)
}

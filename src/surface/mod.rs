//! The loss zoo: two-parameter surfaces with exact gradients and Hessians.
//!
//! A surface's formula is written once, generic over a dual-number scalar ([`Landscape`]);
//! evaluating it on plain `f64`, first-order and second-order dual numbers gives the value, the
//! exact gradient and the exact Hessian ([`Objective`]). [`Surface`] bundles that function with
//! what a student needs to know about it: domain, start points, documented critical points,
//! parameters and a teaching note.

mod bowls;
mod domain;
mod error;
mod formula;
mod lecture;
mod multimodal;
mod networks;
mod params;
mod point;
mod saddles;
mod terrain;
mod texts;
mod zoo;

use std::sync::Arc;

use num_dual::{Dual2SVec64, DualNum, DualSVec64};
use serde::Serialize;

pub use domain::Domain;
pub use error::SurfaceError;
pub use formula::{Formula, function_names};
pub use networks::trained_plane;
pub use params::{ParamSpec, ParamValue};
pub use point::{CriticalPoint, Kind};
pub use zoo::{ZooEntry, build_surface, zoo_entries};

/// A scalar type a surface formula can be evaluated on: `f64` or a dual number.
pub trait Scalar: DualNum<Primitive = f64> + Copy {}
impl<D: DualNum<Primitive = f64> + Copy> Scalar for D {}

/// A formula f(x, y), written once for every scalar type.
pub trait Landscape: Send + Sync + 'static {
    /// f(x, y).
    fn eval<D: Scalar>(&self, x: D, y: D) -> D;
}

/// The object-safe view of a [`Landscape`]: value, exact gradient, exact Hessian.
pub trait Objective: Send + Sync {
    /// f(p).
    fn value(&self, p: [f64; 2]) -> f64;
    /// f(p) and ∇f(p).
    fn gradient(&self, p: [f64; 2]) -> (f64, [f64; 2]);
    /// f(p), ∇f(p) and the Hessian ∇²f(p).
    fn hessian(&self, p: [f64; 2]) -> (f64, [f64; 2], [[f64; 2]; 2]);

    /// f(p) for pictures: may trade precision (relative error below 10⁻⁵) for speed.
    fn value_for_drawing(&self, p: [f64; 2]) -> f64 {
        self.value(p)
    }

    /// Whether one evaluation is a pass over many examples (thousands of times a formula's
    /// cost): paths are then computed in the background and per-pixel Hessian maps are off.
    fn is_expensive(&self) -> bool {
        false
    }
}

impl<L: Landscape> Objective for L {
    fn value(&self, p: [f64; 2]) -> f64 {
        self.eval(p[0], p[1])
    }

    fn gradient(&self, p: [f64; 2]) -> (f64, [f64; 2]) {
        let x = DualSVec64::<2>::from_re(p[0]).derivative(0);
        let y = DualSVec64::<2>::from_re(p[1]).derivative(1);
        let f = self.eval(x, y);
        let g = f
            .eps
            .unwrap_generic(nalgebra::Const::<2>, nalgebra::Const::<1>);
        (f.re, [g[0], g[1]])
    }

    fn hessian(&self, p: [f64; 2]) -> (f64, [f64; 2], [[f64; 2]; 2]) {
        let v = nalgebra::SVector::from([p[0], p[1]]);
        let (f, g, h) = num_dual::hessian(
            |v: nalgebra::SVector<Dual2SVec64<2>, 2>| self.eval(v[0], v[1]),
            &v,
        );
        // The two mixed partials agree up to rounding; their mean makes H exactly symmetric.
        let mixed = 0.5 * (h[(0, 1)] + h[(1, 0)]);
        (f, [g[0], g[1]], [[h[(0, 0)], mixed], [mixed, h[(1, 1)]]])
    }
}

/// Where a surface sits in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    /// Convex quadratics and curved valleys.
    BowlsAndRavines,
    /// Critical points that are not minima.
    Saddles,
    /// Several or many local minima.
    ManyMinima,
    /// Flat stretches and steep walls.
    PlateausAndCliffs,
    /// The surfaces the lecture works through.
    Lecture,
    /// Real networks of the MLP engine restricted to two parameters.
    Networks,
    /// A formula typed by the user.
    Custom,
}

impl Family {
    /// Every family, in catalogue order.
    pub const ALL: [Family; 7] = [
        Family::BowlsAndRavines,
        Family::Saddles,
        Family::ManyMinima,
        Family::PlateausAndCliffs,
        Family::Lecture,
        Family::Networks,
        Family::Custom,
    ];
}

/// What a surface's x and y stand for; their titles are messages (`axis-…`), in the
/// interface's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axes {
    /// Two weights of a model: w1 and w2.
    Weights,
    /// A network's two outputs before the softmax.
    Logits,
    /// A classifier's weight and bias.
    WeightAndBias,
    /// Two random directions in a network's parameter space.
    RandomDirections,
    /// The Hessian's two leading eigenvectors at a network's trained weights.
    TopEigenvectors,
}

/// What a student is told about a surface, beside its formula.
#[derive(Clone, Debug, Serialize)]
pub struct SurfaceInfo {
    /// The name used on the command line, e.g. `rosenbrock` or `expr:x^2+y^2`.
    pub name: String,
    /// A human title, e.g. "Rosenbrock's banana valley".
    pub title: String,
    /// Catalogue group.
    pub family: Family,
    /// What x and y stand for, as axis titles: two weights of a model, or directions in a
    /// network's parameter space.
    pub axes: Axes,
    /// The formula in plain text, with the current parameter values.
    pub formula: String,
    /// What this surface teaches, in a sentence or two.
    pub note: String,
    /// The rectangle it is drawn on.
    pub domain: Domain,
    /// Suggested start points, the first being the default.
    pub starts: Vec<[f64; 2]>,
    /// Critical points known in closed form or from the literature.
    pub critical_points: Vec<CriticalPoint>,
    /// Parameters with their current values.
    pub params: Vec<ParamValue>,
}

/// A surface: its formula (with exact derivatives) and its description.
#[derive(Clone)]
pub struct Surface {
    info: SurfaceInfo,
    objective: Arc<dyn Objective>,
}

impl std::fmt::Debug for Surface {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Surface")
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

impl Surface {
    /// Bundles a formula with its description.
    pub fn new(info: SurfaceInfo, landscape: impl Landscape) -> Self {
        Self::from_objective(info, Arc::new(landscape))
    }

    /// Bundles an already type-erased formula with its description.
    pub fn from_objective(info: SurfaceInfo, objective: Arc<dyn Objective>) -> Self {
        Self { info, objective }
    }

    /// The description.
    pub fn info(&self) -> &SurfaceInfo {
        &self.info
    }

    /// The command-line name.
    pub fn name(&self) -> &str {
        &self.info.name
    }

    /// The default drawing and search rectangle.
    pub fn domain(&self) -> Domain {
        self.info.domain
    }

    /// The lowest documented minimum value f*, if any minimum is documented.
    pub fn best_known_value(&self) -> Option<f64> {
        self.info
            .critical_points
            .iter()
            .filter(|c| c.kind == Kind::Minimum)
            .map(|c| c.value)
            .reduce(f64::min)
    }

    /// f(p).
    pub fn value(&self, p: [f64; 2]) -> f64 {
        self.objective.value(p)
    }

    /// f(p) and the exact gradient.
    pub fn gradient(&self, p: [f64; 2]) -> (f64, [f64; 2]) {
        self.objective.gradient(p)
    }

    /// f(p), the exact gradient and the exact Hessian.
    pub fn hessian(&self, p: [f64; 2]) -> (f64, [f64; 2], [[f64; 2]; 2]) {
        self.objective.hessian(p)
    }

    /// f(p) for pictures (see [`Objective::value_for_drawing`]).
    pub fn value_for_drawing(&self, p: [f64; 2]) -> f64 {
        self.objective.value_for_drawing(p)
    }

    /// Whether one evaluation is costly (see [`Objective::is_expensive`]).
    pub fn is_expensive(&self) -> bool {
        self.objective.is_expensive()
    }
}

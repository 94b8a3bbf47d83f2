//! Bowls and ravines: convex quadratics and Rosenbrock's curved valley.

use std::sync::Arc;

use super::params::get;
use super::zoo::{Blueprint, ZooEntry};
use super::{Axes, CriticalPoint, Domain, Family, Kind, Landscape, ParamSpec, ParamValue, Scalar};

/// The surfaces of this family.
pub(super) const ENTRIES: &[ZooEntry] = &[
    ZooEntry {
        name: "bowl",
        title: "Round bowl",
        family: Family::BowlsAndRavines,
        axes: Axes::Weights,
        params: &[ParamSpec {
            name: "curvature",
            default: 2.0,
            min: 1e-3,
            max: 1e3,
            doc: "the Hessian's eigenvalue λ (both directions)",
        }],
        build: bowl,
    },
    ZooEntry {
        name: "ravine",
        title: "Ravine (ill-conditioned quadratic)",
        family: Family::BowlsAndRavines,
        axes: Axes::Weights,
        params: &[
            ParamSpec {
                name: "kappa",
                default: 100.0,
                min: 1.0,
                max: 1e6,
                doc: "condition number: ratio of the steep to the shallow curvature",
            },
            ParamSpec {
                name: "angle",
                default: 0.0,
                min: -180.0,
                max: 180.0,
                doc: "rotation of the valley in degrees",
            },
        ],
        build: ravine,
    },
    ZooEntry {
        name: "booth",
        title: "Booth",
        family: Family::BowlsAndRavines,
        axes: Axes::Weights,
        params: &[],
        build: booth,
    },
    ZooEntry {
        name: "matyas",
        title: "Matyas",
        family: Family::BowlsAndRavines,
        axes: Axes::Weights,
        params: &[],
        build: matyas,
    },
    ZooEntry {
        name: "rosenbrock",
        title: "Rosenbrock's banana valley",
        family: Family::BowlsAndRavines,
        axes: Axes::Weights,
        params: &[
            ParamSpec {
                name: "a",
                default: 1.0,
                min: -10.0,
                max: 10.0,
                doc: "the minimum sits at (a, a²)",
            },
            ParamSpec {
                name: "b",
                default: 100.0,
                min: 0.0,
                max: 1e4,
                doc: "steepness of the valley walls",
            },
        ],
        build: rosenbrock,
    },
];

/// f = ½·c·(x² + y²).
struct Bowl {
    curvature: f64,
}

impl Landscape for Bowl {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        (x * x + y * y) * (0.5 * self.curvature)
    }
}

fn bowl(p: &[ParamValue]) -> Blueprint {
    let c = get(p, "curvature");
    Blueprint {
        formula: format!("½·{c}·(x² + y²)"),
        note: "Every direction curves the same: gradient descent walks straight to the centre. \
               It converges for lr < 2/λ and diverges above.",
        domain: Domain::square(2.0),
        starts: vec![[1.5, 1.0], [-1.8, 0.5]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Minimum)],
        objective: Arc::new(Bowl { curvature: c }),
    }
}

/// f = ½·(u² + κ·v²) with (u, v) the coordinates rotated by −θ.
struct Ravine {
    kappa: f64,
    cos: f64,
    sin: f64,
}

impl Landscape for Ravine {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let u = x * self.cos + y * self.sin;
        let v = y * self.cos - x * self.sin;
        (u * u + v * v * self.kappa) * 0.5
    }
}

fn ravine(p: &[ParamValue]) -> Blueprint {
    let (kappa, angle) = (get(p, "kappa"), get(p, "angle"));
    let (sin, cos) = angle.to_radians().sin_cos();
    Blueprint {
        formula: format!("½·(u² + {kappa}·v²), (u, v) = (x, y) rotated by {angle}°"),
        note: "A long thin valley: curvature 1 along the floor, κ across it. One learning rate \
               cannot suit both: small enough for the walls means crawling along the floor.",
        domain: Domain::square(3.0),
        starts: vec![[-2.5, 1.0], [2.0, -2.0]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Minimum)],
        objective: Arc::new(Ravine { kappa, cos, sin }),
    }
}

/// f = (x + 2y − 7)² + (2x + y − 5)².
struct Booth;

impl Landscape for Booth {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let a = x + y * 2.0 - 7.0;
        let b = x * 2.0 + y - 5.0;
        a * a + b * b
    }
}

fn booth(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "(x + 2y − 7)² + (2x + y − 5)²".into(),
        note: "A tilted quadratic bowl (condition number 9): easy, but not round.",
        domain: Domain::square(10.0),
        starts: vec![[-8.0, -6.0], [8.0, -8.0]],
        critical_points: vec![CriticalPoint::new([1.0, 3.0], 0.0, Kind::Minimum)],
        objective: Arc::new(Booth),
    }
}

/// f = 0.26(x² + y²) − 0.48xy.
struct Matyas;

impl Landscape for Matyas {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        (x * x + y * y) * 0.26 - x * y * 0.48
    }
}

fn matyas(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "0.26·(x² + y²) − 0.48·x·y".into(),
        note: "A shallow diagonal valley (eigenvalues 0.04 and 1.48): the floor is nearly flat, \
               so plain gradient descent slows to a crawl.",
        domain: Domain::square(10.0),
        starts: vec![[8.0, -6.0], [-9.0, -2.0]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Minimum)],
        objective: Arc::new(Matyas),
    }
}

/// f = (a − x)² + b·(y − x²)².
struct Rosenbrock {
    a: f64,
    b: f64,
}

impl Landscape for Rosenbrock {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let d = -x + self.a;
        let w = y - x * x;
        d * d + w * w * self.b
    }
}

fn rosenbrock(p: &[ParamValue]) -> Blueprint {
    let (a, b) = (get(p, "a"), get(p, "b"));
    let critical_points = if b > 0.0 {
        vec![CriticalPoint::new([a, a * a], 0.0, Kind::Minimum)]
    } else {
        Vec::new()
    };
    Blueprint {
        formula: format!("({a} − x)² + {b}·(y − x²)²"),
        note: "A curved, flat-bottomed valley: finding the valley is easy, following its bend \
               to the minimum at (a, a²) is slow for plain gradient descent.",
        domain: Domain::new(-2.0, 2.0, -1.0, 3.0),
        starts: vec![[-1.5, 2.0], [0.0, -0.5], [1.8, 0.5]],
        critical_points,
        objective: Arc::new(Rosenbrock { a, b }),
    }
}

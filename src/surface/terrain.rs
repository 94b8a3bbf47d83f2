//! Plateaus and cliffs: flat stretches where the gradient vanishes, walls where it explodes.

use std::sync::Arc;

use super::params::get;
use super::zoo::{Blueprint, ZooEntry};
use super::{
    Axes, CriticalPoint, Domain, Family, Kind, Landscape, Objective, ParamSpec, ParamValue, Scalar,
};

/// The surfaces of this family.
pub(super) const ENTRIES: &[ZooEntry] = &[
    ZooEntry {
        name: "plateau",
        title: "Plateau around a well",
        family: Family::PlateausAndCliffs,
        axes: Axes::Weights,
        params: &[ParamSpec {
            name: "width",
            default: 1.0,
            min: 0.05,
            max: 10.0,
            doc: "radius of the well; outside it the ground is flat",
        }],
        build: plateau,
    },
    ZooEntry {
        name: "cliff",
        title: "Canyon with cliff walls",
        family: Family::PlateausAndCliffs,
        axes: Axes::Weights,
        params: &[
            ParamSpec {
                name: "height",
                default: 4.0,
                min: 0.0,
                max: 100.0,
                doc: "height of the cliffs",
            },
            ParamSpec {
                name: "steepness",
                default: 8.0,
                min: 0.1,
                max: 100.0,
                doc: "how abruptly the cliffs rise (larger = steeper, narrower canyon)",
            },
        ],
        build: cliff,
    },
    ZooEntry {
        name: "beale",
        title: "Beale",
        family: Family::PlateausAndCliffs,
        axes: Axes::Weights,
        params: &[],
        build: beale,
    },
];

/// f = 1 − exp(−(x² + y²) / (2w²)).
struct Plateau {
    width: f64,
}

impl Landscape for Plateau {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        -((x * x + y * y) * (-0.5 / (self.width * self.width))).exp() + 1.0
    }
}

fn plateau(p: &[ParamValue]) -> Blueprint {
    let width = get(p, "width");
    Blueprint {
        formula: format!("1 − exp(−(x² + y²) / (2·{width}²))"),
        note: "A well in a flat plain. Far from the well the gradient is almost exactly zero, \
               so plain gradient descent barely moves: a small gradient does not mean you are \
               near a minimum. Adaptive methods rescale the tiny gradient and walk off.",
        domain: Domain::square(4.0),
        starts: vec![[3.0, 2.5], [-3.5, 0.5]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Minimum)],
        objective: Arc::new(Plateau { width }),
    }
}

/// f = 0.05·(x² + y²) + h·tanh²(k·x): a gentle bowl cut by a narrow canyon with steep walls.
struct Cliff {
    height: f64,
    steepness: f64,
}

impl Landscape for Cliff {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let t = (x * self.steepness).tanh();
        (x * x + y * y) * 0.05 + t * t * self.height
    }
}

fn cliff(p: &[ParamValue]) -> Blueprint {
    let (height, steepness) = (get(p, "height"), get(p, "steepness"));
    Blueprint {
        formula: format!("0.05·(x² + y²) + {height}·tanh²({steepness}·x)"),
        note: "A high, gently sloping plain that drops into a narrow canyon. On the cliff edge \
               the gradient is suddenly huge and one step flings the point far away \
               (an exploding gradient). Gradient clipping keeps the step bounded.",
        domain: Domain::new(-4.0, 4.0, -3.0, 3.0),
        starts: vec![[3.5, 2.0], [-3.0, -2.0]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Minimum)],
        objective: Arc::new(Cliff { height, steepness }),
    }
}

/// f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)².
struct Beale;

impl Landscape for Beale {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let a = -x + x * y + 1.5;
        let b = -x + x * y * y + 2.25;
        let c = -x + x * y * y * y + 2.625;
        a * a + b * b + c * c
    }
}

fn beale(_: &[ParamValue]) -> Blueprint {
    let f = Beale;
    Blueprint {
        formula: "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²".into(),
        note: "Flat plateaus and sharp ridges with values spanning five orders of magnitude; \
               the minimum lies at the end of a narrow, flat-bottomed valley.",
        domain: Domain::square(4.5),
        starts: vec![[1.0, 1.5], [-3.0, -3.0]],
        critical_points: vec![
            CriticalPoint::new([3.0, 0.5], 0.0, Kind::Minimum),
            // Along x = 0 every term is constant; ∂f/∂x vanishes only at y = 1.
            CriticalPoint::new([0.0, 1.0], f.value([0.0, 1.0]), Kind::Saddle),
        ],
        objective: Arc::new(f),
    }
}

//! Saddles: critical points that are not minima.

use std::sync::Arc;

use super::zoo::{Blueprint, ZooEntry};
use super::{Axes, CriticalPoint, Domain, Family, Kind, Landscape, ParamValue, Scalar};

/// The surfaces of this family.
pub(super) const ENTRIES: &[ZooEntry] = &[
    ZooEntry {
        name: "saddle",
        title: "Saddle",
        family: Family::Saddles,
        axes: Axes::Weights,
        params: &[],
        build: saddle,
    },
    ZooEntry {
        name: "monkey-saddle",
        title: "Monkey saddle",
        family: Family::Saddles,
        axes: Axes::Weights,
        params: &[],
        build: monkey_saddle,
    },
];

/// f = x² − y².
struct Saddle;

impl Landscape for Saddle {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        x * x - y * y
    }
}

fn saddle(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "x² − y²".into(),
        note: "Up along x, down along y: the Hessian has eigenvalues +2 and −2. Gradient \
               descent started on the x-axis slides into the saddle and stops; the smallest \
               nudge in y lets it escape.",
        domain: Domain::square(2.0),
        starts: vec![[1.8, 0.0], [1.8, 0.01]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Saddle)],
        objective: Arc::new(Saddle),
    }
}

/// f = x³ − 3xy².
struct MonkeySaddle;

impl Landscape for MonkeySaddle {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        x * x * x - x * y * y * 3.0
    }
}

fn monkey_saddle(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "x³ − 3·x·y²".into(),
        note: "Three valleys meet at the origin (room for two legs and a tail). The Hessian is \
               zero there, so the second-order test cannot tell what kind of point it is.",
        domain: Domain::square(1.5),
        starts: vec![[1.2, 0.3], [0.5, 1.0]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Degenerate)],
        objective: Arc::new(MonkeySaddle),
    }
}

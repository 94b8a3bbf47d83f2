//! Many minima: classic benchmark surfaces with several or many local minima.

use std::f64::consts::{E, PI, TAU};
use std::sync::Arc;

use super::params::get;
use super::zoo::{Blueprint, ZooEntry};
use super::{
    Axes, CriticalPoint, Domain, Family, Kind, Landscape, Objective, ParamSpec, ParamValue, Scalar,
};

/// The surfaces of this family.
pub(super) const ENTRIES: &[ZooEntry] = &[
    ZooEntry {
        name: "himmelblau",
        title: "Himmelblau",
        family: Family::ManyMinima,
        axes: Axes::Weights,
        params: &[],
        build: himmelblau,
    },
    ZooEntry {
        name: "six-hump-camel",
        title: "Six-hump camel",
        family: Family::ManyMinima,
        axes: Axes::Weights,
        params: &[],
        build: six_hump_camel,
    },
    ZooEntry {
        name: "three-hump-camel",
        title: "Three-hump camel",
        family: Family::ManyMinima,
        axes: Axes::Weights,
        params: &[],
        build: three_hump_camel,
    },
    ZooEntry {
        name: "mccormick",
        title: "McCormick",
        family: Family::ManyMinima,
        axes: Axes::Weights,
        params: &[],
        build: mccormick,
    },
    ZooEntry {
        name: "goldstein-price",
        title: "Goldstein–Price",
        family: Family::ManyMinima,
        axes: Axes::Weights,
        params: &[],
        build: goldstein_price,
    },
    ZooEntry {
        name: "styblinski-tang",
        title: "Styblinski–Tang",
        family: Family::ManyMinima,
        axes: Axes::Weights,
        params: &[],
        build: styblinski_tang,
    },
    ZooEntry {
        name: "rastrigin",
        title: "Rastrigin",
        family: Family::ManyMinima,
        axes: Axes::Weights,
        params: &[ParamSpec {
            name: "a",
            default: 10.0,
            min: 0.0,
            max: 100.0,
            doc: "height of the ripples",
        }],
        build: rastrigin,
    },
    ZooEntry {
        name: "ackley",
        title: "Ackley",
        family: Family::ManyMinima,
        axes: Axes::Weights,
        params: &[
            ParamSpec {
                name: "a",
                default: 20.0,
                min: 0.0,
                max: 100.0,
                doc: "depth of the central funnel",
            },
            ParamSpec {
                name: "b",
                default: 0.2,
                min: 0.0,
                max: 10.0,
                doc: "width of the funnel (larger = narrower)",
            },
            ParamSpec {
                name: "c",
                default: TAU,
                min: 0.0,
                max: 100.0,
                doc: "frequency of the ripples",
            },
        ],
        build: ackley,
    },
];

/// A documented point whose value is read off the formula at that location.
fn at(f: &impl Objective, p: [f64; 2], kind: Kind) -> CriticalPoint {
    CriticalPoint::new(p, f.value(p), kind)
}

/// f = (x² + y − 11)² + (x + y² − 7)².
struct Himmelblau;

impl Landscape for Himmelblau {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let a = x * x + y - 11.0;
        let b = x + y * y - 7.0;
        a * a + b * b
    }
}

fn himmelblau(_: &[ParamValue]) -> Blueprint {
    let f = Himmelblau;
    // Minima and the maximum as published (Himmelblau 1972); saddles from the same analysis.
    let critical_points = vec![
        CriticalPoint::new([3.0, 2.0], 0.0, Kind::Minimum),
        CriticalPoint::new([-2.805118, 3.131312], 0.0, Kind::Minimum),
        CriticalPoint::new([-3.779310, -3.283186], 0.0, Kind::Minimum),
        CriticalPoint::new([3.584428, -1.848126], 0.0, Kind::Minimum),
        CriticalPoint::new([-0.270845, -0.923039], 181.616522, Kind::Maximum),
        at(&f, [0.086678, 2.884254], Kind::Saddle),
        at(&f, [3.385154, 0.073852], Kind::Saddle),
        at(&f, [-0.127961, -1.953715], Kind::Saddle),
        at(&f, [-3.073026, -0.081353], Kind::Saddle),
    ];
    Blueprint {
        formula: "(x² + y − 11)² + (x + y² − 7)²".into(),
        note: "Four equally deep minima, one maximum and four saddles between them. Which \
               minimum you reach depends only on where you start: a clean basin picture.",
        domain: Domain::square(5.0),
        starts: vec![[-0.3, -0.9], [0.0, 0.0], [-1.0, 4.5]],
        critical_points,
        objective: Arc::new(f),
    }
}

/// f = (4 − 2.1x² + x⁴/3)·x² + xy + (4y² − 4)·y².
struct SixHumpCamel;

impl Landscape for SixHumpCamel {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let x2 = x * x;
        let y2 = y * y;
        (x2 * x2 * (1.0 / 3.0) - x2 * 2.1 + 4.0) * x2 + x * y + (y2 * 4.0 - 4.0) * y2
    }
}

fn six_hump_camel(_: &[ParamValue]) -> Blueprint {
    // The six minima as published (Dixon & Szegő 1978; Molga & Smutnicki 2005).
    let critical_points = vec![
        CriticalPoint::new([0.0898420131, -0.7126564030], -1.0316284535, Kind::Minimum),
        CriticalPoint::new([-0.0898420131, 0.7126564030], -1.0316284535, Kind::Minimum),
        CriticalPoint::new([-1.7036067, 0.7960835], -0.2154638, Kind::Minimum),
        CriticalPoint::new([1.7036067, -0.7960835], -0.2154638, Kind::Minimum),
        CriticalPoint::new([1.6071047, 0.5686514], 2.1042503, Kind::Minimum),
        CriticalPoint::new([-1.6071047, -0.5686514], 2.1042503, Kind::Minimum),
    ];
    Blueprint {
        formula: "(4 − 2.1x² + x⁴/3)·x² + x·y + (4y² − 4)·y²".into(),
        note: "Six minima of three depths: two global ones near the centre, four local ones \
               on the flanks. Start points decide which one you get.",
        domain: Domain::new(-2.5, 2.5, -1.5, 1.5),
        starts: vec![[-2.0, 1.2], [1.0, 1.0], [0.0, 0.0]],
        critical_points,
        objective: Arc::new(SixHumpCamel),
    }
}

/// f = 2x² − 1.05x⁴ + x⁶/6 + xy + y².
struct ThreeHumpCamel;

impl Landscape for ThreeHumpCamel {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let x2 = x * x;
        x2 * 2.0 - x2 * x2 * 1.05 + x2 * x2 * x2 * (1.0 / 6.0) + x * y + y * y
    }
}

fn three_hump_camel(_: &[ParamValue]) -> Blueprint {
    let f = ThreeHumpCamel;
    // ∂f/∂y = 0 gives y = −x/2; then ∂f/∂x = x·(x⁴ − 4.2x² + 3.5) = 0.
    let disc = (4.2f64 * 4.2 - 4.0 * 3.5).sqrt();
    let outer = ((4.2 + disc) / 2.0).sqrt();
    let inner = ((4.2 - disc) / 2.0).sqrt();
    let critical_points = vec![
        CriticalPoint::new([0.0, 0.0], 0.0, Kind::Minimum),
        at(&f, [outer, -outer / 2.0], Kind::Minimum),
        at(&f, [-outer, outer / 2.0], Kind::Minimum),
        at(&f, [inner, -inner / 2.0], Kind::Saddle),
        at(&f, [-inner, inner / 2.0], Kind::Saddle),
    ];
    Blueprint {
        formula: "2x² − 1.05x⁴ + x⁶/6 + x·y + y²".into(),
        note: "A global minimum at the origin flanked by two shallow local minima, each behind \
               a saddle.",
        domain: Domain::new(-2.5, 2.5, -2.0, 2.0),
        starts: vec![[2.2, 1.5], [-1.5, -1.5]],
        critical_points,
        objective: Arc::new(f),
    }
}

/// f = sin(x + y) + (x − y)² − 1.5x + 2.5y + 1.
struct McCormick;

impl Landscape for McCormick {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let d = x - y;
        (x + y).sin() + d * d - x * 1.5 + y * 2.5 + 1.0
    }
}

fn mccormick(_: &[ParamValue]) -> Blueprint {
    // Setting ∇f = 0 gives x − y = 1 and cos(x + y) = −½. With s = x + y, f = sin s + s/2;
    // sin s < 0 is a minimum, sin s > 0 a saddle. Three such s fall in the domain.
    let point = |s: f64, kind| {
        CriticalPoint::new([(s + 1.0) / 2.0, (s - 1.0) / 2.0], s.sin() + s / 2.0, kind)
    };
    let critical_points = vec![
        point(-2.0 * PI / 3.0, Kind::Minimum),
        point(2.0 * PI / 3.0, Kind::Saddle),
        point(4.0 * PI / 3.0, Kind::Minimum),
    ];
    Blueprint {
        formula: "sin(x + y) + (x − y)² − 1.5x + 2.5y + 1".into(),
        note: "A tilted, wavy trough: two minima along it, separated by a saddle.",
        domain: Domain::new(-1.5, 4.0, -3.0, 4.0),
        starts: vec![[3.5, 3.5], [-1.0, 3.0]],
        critical_points,
        objective: Arc::new(McCormick),
    }
}

/// Goldstein–Price: a product of two quartic factors, with a huge range of values.
struct GoldsteinPrice;

impl Landscape for GoldsteinPrice {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let s = x + y + 1.0;
        let a = x * -14.0 + x * x * 3.0 - y * 14.0 + x * y * 6.0 + y * y * 3.0 + 19.0;
        let t = x * 2.0 - y * 3.0;
        let b = x * -32.0 + x * x * 12.0 + y * 48.0 - x * y * 36.0 + y * y * 27.0 + 18.0;
        (s * s * a + 1.0) * (t * t * b + 30.0)
    }
}

fn goldstein_price(_: &[ParamValue]) -> Blueprint {
    Blueprint {
        formula: "[1 + (x+y+1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)]·\
                  [30 + (2x−3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)]"
            .into(),
        note: "Values from 3 to a million on a small square, with several local minima: use \
               the log colour scale to see anything.",
        domain: Domain::square(2.0),
        starts: vec![[1.5, 1.5], [-1.5, 1.0]],
        critical_points: vec![CriticalPoint::new([0.0, -1.0], 3.0, Kind::Minimum)],
        objective: Arc::new(GoldsteinPrice),
    }
}

/// f = ½·Σ (xᵢ⁴ − 16xᵢ² + 5xᵢ).
struct StyblinskiTang;

impl Landscape for StyblinskiTang {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let g = |t: D| {
            let t2 = t * t;
            (t2 * t2 - t2 * 16.0 + t * 5.0) * 0.5
        };
        g(x) + g(y)
    }
}

/// The three roots of the 1-D derivative t³ − 8t + 1.25 = 0 (from 2t³ − 16t + 2.5),
/// by the trigonometric formula for a depressed cubic, ascending.
fn styblinski_tang_roots() -> [f64; 3] {
    let (p, q) = (-8.0f64, 1.25f64);
    let r = 2.0 * (-p / 3.0).sqrt();
    let phi = ((3.0 * q / (2.0 * p)) * (-3.0 / p).sqrt()).acos() / 3.0;
    let mut roots = [0, 1, 2].map(|k| r * (phi - TAU * k as f64 / 3.0).cos());
    roots.sort_by(f64::total_cmp);
    roots
}

fn styblinski_tang(_: &[ParamValue]) -> Blueprint {
    let f = StyblinskiTang;
    let roots = styblinski_tang_roots();
    // The outer roots are 1-D minima, the middle one a 1-D maximum.
    let is_min = [true, false, true];
    let mut critical_points = Vec::new();
    for (i, &a) in roots.iter().enumerate() {
        for (j, &b) in roots.iter().enumerate() {
            let kind = match (is_min[i], is_min[j]) {
                (true, true) => Kind::Minimum,
                (false, false) => Kind::Maximum,
                _ => Kind::Saddle,
            };
            critical_points.push(at(&f, [a, b], kind));
        }
    }
    Blueprint {
        formula: "½·(x⁴ − 16x² + 5x + y⁴ − 16y² + 5y)".into(),
        note: "Four minima of different depths in the corners of a square of saddles; the \
               global one is at (−2.9035, −2.9035).",
        domain: Domain::square(5.0),
        starts: vec![[0.5, 0.5], [4.5, 4.5]],
        critical_points,
        objective: Arc::new(f),
    }
}

/// f = 2a + Σ (xᵢ² − a·cos 2πxᵢ).
struct Rastrigin {
    a: f64,
}

impl Landscape for Rastrigin {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let g = |t: D| t * t - (t * TAU).cos() * self.a;
        g(x) + g(y) + 2.0 * self.a
    }
}

fn rastrigin(p: &[ParamValue]) -> Blueprint {
    let a = get(p, "a");
    Blueprint {
        formula: format!("2·{a} + x² − {a}·cos 2πx + y² − {a}·cos 2πy"),
        note: "A bowl covered in ripples: hundreds of local minima on a regular grid. Gradient \
               descent stops in the nearest dimple; only the global trend points to the centre.",
        domain: Domain::square(5.12),
        starts: vec![[3.3, -2.8], [0.6, 0.4]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Minimum)],
        objective: Arc::new(Rastrigin { a }),
    }
}

/// f = −a·exp(−b·√(½(x² + y²))) − exp(½(cos cx + cos cy)) + a + e.
struct Ackley {
    a: f64,
    b: f64,
    c: f64,
}

impl Landscape for Ackley {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        let r = ((x * x + y * y) * 0.5).sqrt();
        let ripples = (((x * self.c).cos() + (y * self.c).cos()) * 0.5).exp();
        -(r * -self.b).exp() * self.a - ripples + self.a + E
    }
}

fn ackley(p: &[ParamValue]) -> Blueprint {
    let (a, b, c) = (get(p, "a"), get(p, "b"), get(p, "c"));
    Blueprint {
        formula: format!(
            "−{a}·exp(−{b}·√(½(x² + y²))) − exp(½(cos {c:.4}x + cos {c:.4}y)) + {a} + e"
        ),
        note: "A nearly flat, rippled plain around one deep funnel. The minimum at the origin \
               is a sharp tip (the funnel's √ has no derivative there), so the gradient never \
               becomes small near it.",
        domain: Domain::square(5.0),
        starts: vec![[3.7, -3.1], [1.2, 1.6]],
        critical_points: vec![CriticalPoint::new([0.0, 0.0], 0.0, Kind::Minimum)],
        objective: Arc::new(Ackley { a, b, c }),
    }
}

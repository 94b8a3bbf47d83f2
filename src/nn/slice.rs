//! Loss slices: the loss on a grid over a plane θ₀ + α·d₁ + β·d₂, computed in parallel, with
//! the plane's directions chosen four ways — filter-normalized random vectors (Li et al.
//! 2018), the principal components of a training trajectory (and the trajectory projected on
//! them), the Hessian's top eigenvectors, or two named weights.

use crate::i18n::Message;
use nalgebra::DMatrix;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use serde::Serialize;

use super::NnError;
use super::data::{Dataset, gaussian};
use super::fast_loss::{FastLoss, Workspace};
use super::model::{Layout, Mlp, NormMode, Role};
use super::plane::LossPlane;
use super::spectrum::top_eigenvectors;
use crate::progress::Progress;

/// Most cells per side of a slice.
pub const MAX_SLICE_GRID: usize = 1001;

/// Largest half-width of a slice: far beyond any weight, and far from where θ + α·d overflows.
pub const MAX_SLICE_RANGE: f64 = 1e6;

/// The loss on an n × n grid of (α, β) in [−range, range]², row by row from β = −range.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Slice {
    /// The α (and β) of each column (row).
    pub coordinates: Vec<f64>,
    /// Losses, `coordinates.len()`² of them, row-major with β the row.
    pub loss: Vec<f64>,
}

/// Directions with biases and BatchNorm parameters zero and every weight row (the weights
/// into one unit: a "filter") rescaled to the norm of that row in θ (Li et al. 2018).
pub fn filter_normalized(model: &Mlp, seed: u64) -> [Vec<f64>; 2] {
    let layout = model.arch.layout();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut direction = || {
        let mut d: Vec<f64> = (0..layout.len())
            .map(|i| match layout.role(i) {
                Role::Weight { .. } => gaussian(&mut rng),
                Role::Bias | Role::Norm => 0.0,
            })
            .collect();
        for row in weight_rows(&layout) {
            let norm = |v: &[f64]| row.iter().map(|&i| v[i] * v[i]).sum::<f64>().sqrt();
            let (theta, random) = (norm(&model.params), norm(&d));
            let scale = if random > 0.0 { theta / random } else { 0.0 };
            for &i in &row {
                d[i] *= scale;
            }
        }
        d
    };
    [direction(), direction()]
}

/// The parameter indices of each weight row (the weights into one unit).
fn weight_rows(layout: &Layout) -> Vec<Vec<usize>> {
    let mut rows: std::collections::BTreeMap<(usize, usize), Vec<usize>> = Default::default();
    for i in 0..layout.len() {
        if let Role::Weight { layer, to, .. } = layout.role(i) {
            rows.entry((layer, to)).or_default().push(i);
        }
    }
    rows.into_values().collect()
}

/// The refusal of a weight `name` not written `LAYER.TO.FROM`.
fn not_a_weight_name(name: &str) -> NnError {
    NnError::Model(Message::new("nn-not-a-weight-name").arg("name", name))
}

/// The unit vectors of two weights named `L.TO.FROM` (layer from 1, units from 0).
pub fn named_weights(model: &Mlp, names: [&str; 2]) -> Result<[Vec<f64>; 2], NnError> {
    let layout = model.arch.layout();
    let find = |name: &str| {
        let parts: Vec<usize> = name
            .split('.')
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| not_a_weight_name(name))?;
        let [layer, to, from] = parts[..] else {
            return Err(not_a_weight_name(name));
        };
        let wanted = Role::Weight {
            layer: layer.wrapping_sub(1),
            to,
            from,
        };
        let index = (0..layout.len())
            .find(|&i| layout.role(i) == wanted)
            .ok_or_else(|| NnError::Model(Message::new("nn-no-such-weight").arg("name", name)))?;
        let mut e = vec![0.0; layout.len()];
        e[index] = 1.0;
        Ok(e)
    };
    Ok([find(names[0])?, find(names[1])?])
}

/// The two leading eigenvectors of the Hessian at the model's parameters (by Lanczos).
pub fn hessian_directions(model: &Mlp, data: &Dataset, seed: u64) -> [Vec<f64>; 2] {
    let mode = NormMode::Running(&model.running);
    let apply = |v: &[f64]| model.hessian_vector(&model.params, v, data, mode);
    let mut top = top_eigenvectors(model.params.len(), 2, seed, apply).into_iter();
    let mut next = || top.next().map(|(_, v)| v).unwrap_or_default();
    [next(), next()]
}

/// The plane of a trajectory's two principal directions.
#[derive(Clone, Debug, PartialEq)]
pub struct PrincipalPlane {
    /// Orthonormal principal directions around the trajectory's last point.
    pub directions: [Vec<f64>; 2],
    /// The trajectory's coordinates on them.
    pub path: Vec<[f64; 2]>,
}

/// The two principal directions of a trajectory of parameter vectors around its last point,
/// and the trajectory projected on them.
pub fn pca_directions(trajectory: &[Vec<f64>]) -> Result<PrincipalPlane, NnError> {
    let Some(last) = trajectory.last() else {
        return Err(NnError::Model(Message::new("nn-empty-trajectory")));
    };
    let p = last.len();
    let centered: Vec<Vec<f64>> = trajectory
        .iter()
        .map(|t| t.iter().zip(last).map(|(a, b)| a - b).collect())
        .collect();
    let m = centered.len();
    // The leading eigenvectors of CᵀC from those of the small Gram matrix C·Cᵀ.
    let gram = DMatrix::from_fn(m, m, |i, j| dot(&centered[i], &centered[j]));
    let eigen = gram.symmetric_eigen();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| eigen.eigenvalues[b].total_cmp(&eigen.eigenvalues[a]));
    let mut directions = [vec![0.0; p], vec![0.0; p]];
    for (k, d) in directions.iter_mut().enumerate() {
        let Some(&column) = order.get(k) else { break };
        if eigen.eigenvalues[column] <= 1e-300 {
            let epochs = m.saturating_sub(1);
            let epochs_key = if epochs == 1 {
                "nn-one-epoch"
            } else {
                "nn-epochs"
            };
            let span_key = if k == 0 {
                "nn-span-none"
            } else {
                "nn-span-one"
            };
            let problem = Message::new("nn-path-too-short")
                .arg("points", m)
                .part("epochs", Message::new(epochs_key).arg("count", epochs))
                .part("span", Message::new(span_key));
            return Err(NnError::Training(problem));
        }
        for (i, c) in centered.iter().enumerate() {
            let weight = eigen.eigenvectors[(i, column)];
            for (dj, cj) in d.iter_mut().zip(c) {
                *dj += weight * cj;
            }
        }
        let norm = dot(d, d).sqrt();
        d.iter_mut().for_each(|v| *v /= norm);
    }
    let path = centered
        .iter()
        .map(|c| [dot(c, &directions[0]), dot(c, &directions[1])])
        .collect();
    Ok(PrincipalPlane { directions, path })
}

impl LossPlane {
    /// The loss on an `n` × `n` grid over [−range, range]², rows in parallel, each row a line
    /// of [`FastLoss::losses_along`] (f32, relative accuracy ~10⁻⁶) unless the network uses
    /// GELU.
    pub fn slice(&self, n: usize, range: f64, progress: &Progress) -> Slice {
        let coordinates: Vec<f64> = (0..n)
            .map(|k| {
                if n == 1 {
                    0.0
                } else {
                    -range + 2.0 * range * k as f64 / (n - 1) as f64
                }
            })
            .collect();
        progress.start(n);
        let fast = FastLoss::new(&self.model, &self.data).map(|fast| {
            let spacing = coordinates.get(1).map_or(0.0, |a| a - coordinates[0]);
            let step: Vec<f64> = self.directions[0].iter().map(|d| spacing * d).collect();
            let line = fast.line(&step);
            (fast, line)
        });
        let rows: Vec<Vec<f64>> = coordinates
            .par_iter()
            .map_init(Workspace::default, |workspace, &beta| {
                let row = match &fast {
                    Some((fast, line)) => {
                        let start = self.params_at([coordinates[0], beta]);
                        fast.losses_along(line, &start, n, workspace)
                    }
                    None => coordinates
                        .iter()
                        .map(|&alpha| self.value([alpha, beta]))
                        .collect(),
                };
                progress.tick();
                row
            })
            .collect();
        Slice {
            coordinates,
            loss: rows.concat(),
        }
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

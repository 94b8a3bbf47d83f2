//! The loss on a plane through parameter space, θ(α, β) = θ₀ + α·d₁ + β·d₂, with its exact
//! gradient and Hessian in (α, β). BatchNorm is evaluated in eval mode on a plane: it
//! normalizes with the network's stored running statistics, so the surface is one fixed
//! function of θ (batch statistics would change with every batch).

use super::data::Dataset;
use super::model::{Mlp, NormMode};

/// A network's loss restricted to a plane.
#[derive(Clone, Debug)]
pub struct LossPlane {
    /// The network (θ₀ = its parameters, its running statistics and input scaling).
    pub model: Mlp,
    /// The examples the loss is averaged over.
    pub data: Dataset,
    /// The two directions.
    pub directions: [Vec<f64>; 2],
}

impl LossPlane {
    /// θ₀ + α·d₁ + β·d₂.
    pub fn params_at(&self, [a, b]: [f64; 2]) -> Vec<f64> {
        let [d1, d2] = &self.directions;
        self.model
            .params
            .iter()
            .zip(d1.iter().zip(d2))
            .map(|(p, (u, v))| p + a * u + b * v)
            .collect()
    }

    fn mode(&self) -> NormMode<'_> {
        NormMode::Running(&self.model.running)
    }

    /// The loss at (α, β).
    pub fn value(&self, at: [f64; 2]) -> f64 {
        self.model.loss_at(&self.params_at(at), &self.data)
    }

    /// The loss and its gradient in (α, β): (∇θL·d₁, ∇θL·d₂).
    pub fn gradient(&self, at: [f64; 2]) -> (f64, [f64; 2]) {
        let pass = self
            .model
            .loss_and_gradient(&self.params_at(at), &self.data, self.mode());
        let along = |d: &[f64]| dot(&pass.gradient, d);
        (
            pass.loss,
            [along(&self.directions[0]), along(&self.directions[1])],
        )
    }

    /// The loss, gradient and Hessian in (α, β): dᵢᵀ·H·dⱼ from two exact Hessian-vector
    /// products.
    pub fn hessian(&self, at: [f64; 2]) -> (f64, [f64; 2], [[f64; 2]; 2]) {
        let params = self.params_at(at);
        let (value, gradient) = self.gradient(at);
        let [d1, d2] = &self.directions;
        let h1 = self
            .model
            .hessian_vector(&params, d1, &self.data, self.mode());
        let h2 = self
            .model
            .hessian_vector(&params, d2, &self.data, self.mode());
        let mixed = 0.5 * (dot(&h1, d2) + dot(&h2, d1));
        (
            value,
            gradient,
            [[dot(&h1, d1), mixed], [mixed, dot(&h2, d2)]],
        )
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

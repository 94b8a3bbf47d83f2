//! The full Hessian of a network built a few columns at a time ([`HessianBuild`]), so a page
//! with one thread can spread it over frames; [`Mlp::hessian`] builds it in one go.

use rayon::prelude::*;

use super::data::Dataset;
use super::hessian::Base;
use super::model::{Layout, Mlp, NormMode};
use crate::progress::Progress;

/// A full Hessian under construction, column by column.
pub struct HessianBuild {
    columns: Columns,
    /// Parameters P, and the next column to compute.
    p: usize,
    next: usize,
}

/// How the columns are computed, and those computed so far.
enum Columns {
    /// One exact Hessian-vector product H·eⱼ per column: any network.
    Products(Vec<Vec<f64>>),
    /// Matrix products over the whole data set (networks without BatchNorm): column j only
    /// from the first row of j's layer on, the rows before from symmetry.
    Layered {
        layout: Layout,
        base: Box<Base>,
        computed: Vec<(usize, Vec<f64>)>,
    },
}

impl HessianBuild {
    /// Starts the Hessian of `model` at `params` over `data`: by matrix products without
    /// BatchNorm (their shared base pass is done here), by Hessian-vector products with it.
    /// `progress` will count the columns.
    pub fn new(model: &Mlp, params: &[f64], data: &Dataset, progress: &Progress) -> Self {
        if model.arch.batch_norm {
            return Self::by_products(params.len(), progress);
        }
        let layout = model.arch.layout();
        let base = Box::new(model.base_pass(&layout, params, data));
        let p = layout.len();
        progress.start(p);
        Self {
            columns: Columns::Layered {
                layout,
                base,
                computed: Vec::with_capacity(p),
            },
            p,
            next: 0,
        }
    }

    /// Starts the Hessian from Hessian-vector products, whatever the network.
    fn by_products(p: usize, progress: &Progress) -> Self {
        progress.start(p);
        Self {
            columns: Columns::Products(Vec::with_capacity(p)),
            p,
            next: 0,
        }
    }

    /// Computes up to `count` more columns (in parallel), with the same `model`, `params`,
    /// `data` and `mode` as every call before; the whole Hessian (row-major P × P,
    /// symmetrized) once the last is in.
    pub fn piece(
        &mut self,
        model: &Mlp,
        params: &[f64],
        data: &Dataset,
        mode: NormMode<'_>,
        count: usize,
        progress: &Progress,
    ) -> Option<Vec<f64>> {
        let range = self.next..(self.next + count.max(1)).min(self.p);
        self.next = range.end;
        match &mut self.columns {
            Columns::Products(computed) => {
                computed.par_extend(range.into_par_iter().map(|i| {
                    let mut e = vec![0.0; params.len()];
                    e[i] = 1.0;
                    let column = model.hessian_vector(params, &e, data, mode);
                    progress.tick();
                    column
                }));
            }
            Columns::Layered {
                layout,
                base,
                computed,
            } => {
                computed.par_extend(range.into_par_iter().map(|j| {
                    let column = model.column(layout, base, j);
                    progress.tick();
                    column
                }));
            }
        }
        (self.next == self.p).then(|| self.assemble(model))
    }

    /// The Hessian from all P columns.
    fn assemble(&self, model: &Mlp) -> Vec<f64> {
        let p = self.p;
        let mut h = vec![0.0; p * p];
        match &self.columns {
            Columns::Products(columns) => {
                for i in 0..p {
                    for j in 0..p {
                        h[i * p + j] = 0.5 * (columns[j][i] + columns[i][j]);
                    }
                }
            }
            Columns::Layered {
                layout, computed, ..
            } => {
                for (j, (first, column)) in computed.iter().enumerate() {
                    for (i, &v) in (*first..).zip(column) {
                        h[i * p + j] = v;
                    }
                }
                for (j, &(first_j, _)) in computed.iter().enumerate() {
                    for i in first_j..p {
                        if computed[i].0 == first_j {
                            // Same layer: both entries computed; average them.
                            let mean = 0.5 * (h[i * p + j] + h[j * p + i]);
                            h[i * p + j] = mean;
                            h[j * p + i] = mean;
                        } else {
                            h[j * p + i] = h[i * p + j];
                        }
                    }
                }
                if model.arch.weight_decay > 0.0 {
                    for s in &layout.layers {
                        for i in s.weights..s.biases {
                            h[i * p + i] += model.arch.weight_decay;
                        }
                    }
                }
            }
        }
        h
    }
}

impl Mlp {
    /// The full Hessian at `params` over `data` (row-major P × P, symmetrized), exactly: by
    /// matrix products without BatchNorm, one Hessian-vector product per column with it; the
    /// columns in parallel.
    pub fn hessian(
        &self,
        params: &[f64],
        data: &Dataset,
        mode: NormMode<'_>,
        progress: &Progress,
    ) -> Vec<f64> {
        let mut build = HessianBuild::new(self, params, data, progress);
        loop {
            if let Some(h) = build.piece(self, params, data, mode, params.len(), progress) {
                return h;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::test_cases::{Case, cases, small};
    use crate::nn::{Activation, NormMode};

    /// Builds a Hessian `count` columns per piece; `progress` is the one it was started with.
    fn built(
        mut build: HessianBuild,
        (model, data): (&Mlp, &Dataset),
        count: usize,
        progress: &Progress,
    ) -> Vec<f64> {
        let mode = NormMode::Running(&model.running);
        let mut pieces = 0;
        loop {
            pieces += 1;
            if let Some(h) = build.piece(model, &model.params, data, mode, count, progress) {
                assert_eq!(pieces, model.params.len().div_ceil(count));
                assert_eq!(progress.fraction(), 1.0);
                return h;
            }
        }
    }

    /// The matrix-product Hessian, three columns per piece, against one exact Hessian-vector
    /// product per column, all in one piece.
    fn agrees(case: &Case) {
        let (model, data) = case.fitted(40, 5);
        let progress = Progress::new();
        let fast = HessianBuild::new(&model, &model.params, &data, &progress);
        assert!(matches!(fast.columns, Columns::Layered { .. }));
        let fast = built(fast, (&model, &data), 3, &progress);
        let p = model.params.len();
        let reference = HessianBuild::by_products(p, &progress);
        let reference = built(reference, (&model, &data), p, &progress);
        let scale = reference.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        for (i, (a, b)) in fast.iter().zip(&reference).enumerate() {
            assert!(
                (a - b).abs() <= 1e-11 * scale,
                "{:?}: entry {i}: {a} vs {b}",
                case.arch
            );
        }
    }

    #[test]
    fn matrix_product_hessian_matches_hessian_vector_products() {
        for case in cases() {
            if !case.arch.batch_norm {
                agrees(&case);
            }
        }
    }

    #[test]
    fn batch_norm_networks_are_built_by_hessian_vector_products_in_any_pieces() {
        let (model, data) = small(Activation::Tanh, true);
        let progress = Progress::new();
        let build = HessianBuild::new(&model, &model.params, &data, &progress);
        assert!(matches!(build.columns, Columns::Products(_)));
        let whole = model.hessian(
            &model.params,
            &data,
            NormMode::Running(&model.running),
            &progress,
        );
        assert_eq!(built(build, (&model, &data), 4, &progress), whole);
    }
}

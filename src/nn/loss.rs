//! Losses on the network's outputs, with their gradient with respect to the outputs.

use serde::{Deserialize, Serialize};

use super::real::Real;

/// How outputs are compared with targets; every loss is a mean over the batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Loss {
    /// Mean squared error on the raw outputs (one-hot targets for classes), averaged over
    /// every output like torch's `MSELoss`.
    Mse,
    /// Mean squared error between softmax(outputs) and the one-hot target.
    #[serde(rename = "mse-softmax")]
    MseSoftmax,
    /// Softmax cross-entropy (torch's `CrossEntropyLoss`).
    Ce,
    /// Binary cross-entropy on one logit (torch's `BCEWithLogitsLoss`).
    Bce,
}

super::named::named!(Loss {
    Mse => "mse",
    MseSoftmax => "mse-softmax",
    Ce => "ce",
    Bce => "bce",
});

/// What the outputs are compared with.
#[derive(Clone, Debug, PartialEq)]
pub enum Targets {
    /// A class index per example.
    Classes(Vec<usize>),
    /// A value per example (one output).
    Values(Vec<f64>),
}

impl Targets {
    /// Number of examples.
    pub fn len(&self) -> usize {
        match self {
            Self::Classes(c) => c.len(),
            Self::Values(v) => v.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The targets of the examples in `rows`.
    pub fn select(&self, rows: &[usize]) -> Self {
        match self {
            Self::Classes(c) => Self::Classes(rows.iter().map(|&r| c[r]).collect()),
            Self::Values(v) => Self::Values(rows.iter().map(|&r| v[r]).collect()),
        }
    }

    /// Example i's target for output j: the one-hot entry for classes, the value otherwise.
    fn dense(&self, i: usize, j: usize) -> f64 {
        match self {
            Self::Classes(c) => f64::from(u8::from(c[i] == j)),
            Self::Values(v) => v[i],
        }
    }
}

impl Loss {
    /// The mean loss over the n rows of `outputs` (n × k, row-major) and its gradient with
    /// respect to every output.
    pub fn evaluate<T: Real>(self, outputs: &[T], k: usize, targets: &Targets) -> (T, Vec<T>) {
        let n = targets.len();
        let mut total = T::from(0.0);
        let mut grad = vec![T::from(0.0); outputs.len()];
        for i in 0..n {
            let row = &outputs[i * k..(i + 1) * k];
            let g = &mut grad[i * k..(i + 1) * k];
            match self {
                Self::Mse => {
                    let scale = 1.0 / k as f64;
                    for j in 0..k {
                        let e = row[j] + (-targets.dense(i, j));
                        total += e * e * scale;
                        g[j] = e * (2.0 * scale);
                    }
                }
                Self::MseSoftmax => {
                    let p = softmax(row);
                    let scale = 1.0 / k as f64;
                    let e: Vec<T> = (0..k).map(|j| p[j] + (-targets.dense(i, j))).collect();
                    // ∂/∂oⱼ Σₘ eₘ² = Σₘ 2eₘ·pₘ(δₘⱼ − pⱼ) = 2pⱼ(eⱼ − Σₘ eₘpₘ).
                    let mut weighted = T::from(0.0);
                    for j in 0..k {
                        total += e[j] * e[j] * scale;
                        weighted += e[j] * p[j];
                    }
                    for j in 0..k {
                        g[j] = p[j] * (e[j] - weighted) * (2.0 * scale);
                    }
                }
                Self::Ce => {
                    let Targets::Classes(classes) = targets else {
                        continue;
                    };
                    let p = softmax(row);
                    total += -p[classes[i]].ln();
                    for j in 0..k {
                        g[j] = p[j] + (-f64::from(u8::from(classes[i] == j)));
                    }
                }
                Self::Bce => {
                    // ℓ = softplus(o) − y·o, ℓ' = sigmoid(o) − y.
                    let o = row[0];
                    let y = match targets {
                        Targets::Classes(c) => f64::from(u8::from(c[i] == 1)),
                        Targets::Values(v) => v[i],
                    };
                    let x = o.re();
                    let softplus = x.max(0.0) + (-x.abs()).exp().ln_1p();
                    let s = super::activation::sigmoid(x);
                    total += o.apply(softplus, s) + o * (-y);
                    g[0] = o.apply(s, s * (1.0 - s)) + (-y);
                }
            }
        }
        let inv_n = 1.0 / n.max(1) as f64;
        for g in &mut grad {
            *g = *g * inv_n;
        }
        (total * inv_n, grad)
    }
}

/// softmax of one row, shifted by its largest value (the shift is a constant, so derivatives
/// are unchanged).
fn softmax<T: Real>(row: &[T]) -> Vec<T> {
    let shift = row.iter().map(|o| o.re()).fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<T> = row.iter().map(|&o| (o + (-shift)).exp()).collect();
    let mut sum = T::from(0.0);
    for &v in &e {
        sum += v;
    }
    e.into_iter().map(|v| v / sum).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn losses_match_hand_computed_values_and_their_gradients_match_differences() {
        let outputs = [0.3, -1.2, 2.0, 0.5, 0.1, -0.7];
        let classes = Targets::Classes(vec![2, 0]);
        // CE by hand: row 0: −log softmax(0.3, −1.2, 2.0)[2]; row 1: −log softmax(0.5, 0.1, −0.7)[0].
        let lse = |r: &[f64]| r.iter().map(|v| v.exp()).sum::<f64>().ln();
        let ce = 0.5 * ((lse(&outputs[..3]) - 2.0) + (lse(&outputs[3..]) - 0.5));
        assert!((Loss::Ce.evaluate(&outputs, 3, &classes).0 - ce).abs() < 1e-14);
        // MSE on raw outputs against one-hot targets, averaged over all 6 entries.
        let mse = ((0.3f64).powi(2) + 1.2f64.powi(2) + 1.0 + 0.25 + 0.01 + 0.49) / 6.0;
        assert!((Loss::Mse.evaluate(&outputs, 3, &classes).0 - mse).abs() < 1e-14);
        let logits = [0.8, -2.0];
        let labels = Targets::Classes(vec![1, 0]);
        let bce = 0.5 * ((1.0 + (-0.8f64).exp()).ln() + (1.0 + 2.0f64.exp()).ln() - 2.0);
        let bce_by_hand = 0.5
            * (-(super::super::activation::sigmoid(0.8)).ln()
                - (1.0 - super::super::activation::sigmoid(-2.0)).ln());
        assert!((bce - bce_by_hand).abs() < 1e-14);
        assert!((Loss::Bce.evaluate(&logits, 1, &labels).0 - bce_by_hand).abs() < 1e-14);
        let values = Targets::Values(vec![0.5, -1.0]);
        let h = 1e-6;
        for (loss, k, targets, outs) in [
            (Loss::Ce, 3, &classes, &outputs[..]),
            (Loss::Mse, 3, &classes, &outputs[..]),
            (Loss::MseSoftmax, 3, &classes, &outputs[..]),
            (Loss::Bce, 1, &labels, &logits[..]),
            (Loss::Mse, 1, &values, &logits[..]),
        ] {
            let (_, g) = loss.evaluate(outs, k, targets);
            for j in 0..outs.len() {
                let mut up = outs.to_vec();
                let mut down = outs.to_vec();
                up[j] += h;
                down[j] -= h;
                let numeric = (loss.evaluate(&up, k, targets).0
                    - loss.evaluate(&down, k, targets).0)
                    / (2.0 * h);
                assert!(
                    (g[j] - numeric).abs() < 1e-8,
                    "{loss:?} output {j}: {} vs {numeric}",
                    g[j]
                );
            }
        }
    }
}

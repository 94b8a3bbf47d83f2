//! Seeded toy data sets: two moons, circles, spirals, XOR, Gaussian blobs, a 1-D regression
//! curve, and a two-feature linear regression whose second feature's scale is a parameter.

use crate::i18n::Message;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::NnError;
use super::augment::Augmentation;
use super::loss::Targets;

/// Which data set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatasetKind {
    /// Two interleaved half circles (2 classes).
    Moons,
    /// A small circle inside a large one (2 classes).
    Circles,
    /// Two interleaved spirals (2 classes).
    Spirals,
    /// The four quadrants, opposite ones alike (2 classes).
    Xor,
    /// `classes` Gaussian clusters on a circle.
    Blobs,
    /// y = sin(1.5·x) on [−3, 3] (1 feature, regression).
    Regression,
    /// y = z₁ − ½·z₂ with features (z₁, scale·z₂) (2 features, regression).
    Linear,
}

super::named::named!(DatasetKind {
    Moons => "moons",
    Circles => "circles",
    Spirals => "spirals",
    Xor => "xor",
    Blobs => "blobs",
    Regression => "regression",
    Linear => "linear",
});

/// How to generate a data set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DataSpec {
    /// Which data set.
    pub kind: DatasetKind,
    /// Examples in all (train and test).
    pub samples: usize,
    /// Noise: the standard deviation added to coordinates (classification) or to targets
    /// (regression); for blobs, the clusters' spread.
    pub noise: f64,
    /// Clusters of `blobs`.
    pub classes: usize,
    /// Scale of `linear`'s second feature.
    pub scale: f64,
    /// Share of examples held out for testing.
    pub test_fraction: f64,
    /// How the training examples are augmented (the held-out ones stay as they are).
    pub augmentation: Augmentation,
    /// Seed of the samples, the noise, the split and the augmentation.
    pub seed: u64,
}

impl Default for DataSpec {
    fn default() -> Self {
        Self::new(DatasetKind::Moons)
    }
}

/// Examples: features row by row, and their targets.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// Features per example.
    pub features: usize,
    /// n × features, row-major.
    pub x: Vec<f64>,
    /// Classes or values.
    pub targets: Targets,
    /// Number of classes (0 for regression).
    pub classes: usize,
}

impl Dataset {
    /// Number of examples.
    pub fn len(&self) -> usize {
        self.targets.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// A one-feature regression set's examples as (x, y) points; `None` for other data.
    pub fn regression_points(&self) -> Option<Vec<[f64; 2]>> {
        let (1, Targets::Values(y)) = (self.features, &self.targets) else {
            return None;
        };
        Some(self.x.iter().zip(y).map(|(&x, &y)| [x, y]).collect())
    }

    /// The examples in `rows`, in that order.
    pub fn select(&self, rows: &[usize]) -> Self {
        let d = self.features;
        Self {
            features: d,
            x: rows
                .iter()
                .flat_map(|&r| self.x[r * d..(r + 1) * d].iter().copied())
                .collect(),
            targets: self.targets.select(rows),
            classes: self.classes,
        }
    }
}

/// A data set split into training and test examples.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    /// Examples the network learns from.
    pub train: Dataset,
    /// Held-out examples.
    pub test: Dataset,
}

impl DataSpec {
    /// The defaults of a data set: 400 examples, a quarter held out, seed 0.
    pub fn new(kind: DatasetKind) -> Self {
        let noise = match kind {
            DatasetKind::Moons | DatasetKind::Spirals | DatasetKind::Xor => 0.1,
            DatasetKind::Circles => 0.08,
            DatasetKind::Blobs => 0.6,
            DatasetKind::Regression | DatasetKind::Linear => 0.1,
        };
        Self {
            kind,
            samples: 400,
            noise,
            classes: 3,
            scale: 10.0,
            test_fraction: 0.25,
            augmentation: Augmentation::None,
            seed: 0,
        }
    }

    /// Refuses settings that make no data set.
    pub fn validate(&self) -> Result<(), NnError> {
        let bad = |key: &'static str, value: &dyn std::fmt::Display| {
            Err(NnError::Data(Message::new(key).arg("value", value)))
        };
        if !(4..=100_000).contains(&self.samples) {
            return bad("nn-data-samples", &self.samples);
        }
        if !(self.noise.is_finite() && self.noise >= 0.0) {
            return bad("nn-data-noise", &self.noise);
        }
        if !(2..=10).contains(&self.classes) {
            return bad("nn-data-classes", &self.classes);
        }
        if !(self.scale.is_finite() && self.scale > 0.0) {
            return bad("nn-data-scale", &self.scale);
        }
        if !(0.0..=0.9).contains(&self.test_fraction) {
            return bad("nn-data-test-fraction", &self.test_fraction);
        }
        Ok(())
    }

    /// The examples, shuffled and split.
    pub fn generate(&self) -> Result<Split, NnError> {
        self.validate()?;
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
        let all = self.sample(&mut rng);
        let mut order: Vec<usize> = (0..all.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.random_range(0..=i));
        }
        let tests = (self.test_fraction * all.len() as f64).round() as usize;
        let (test, train) = order.split_at(tests);
        Ok(Split {
            train: all.select(train).augmented(self.augmentation, self.seed)?,
            test: all.select(test),
        })
    }

    fn sample(&self, rng: &mut ChaCha8Rng) -> Dataset {
        let n = self.samples;
        let sigma = self.noise;
        let mut x = Vec::with_capacity(2 * n);
        let mut classes = Vec::with_capacity(n);
        let mut values = Vec::with_capacity(n);
        let pi = std::f64::consts::PI;
        for i in 0..n {
            let class = i % 2;
            let u: f64 = rng.random();
            let (point, label) = match self.kind {
                DatasetKind::Moons => {
                    let t = pi * u;
                    let p = if class == 0 {
                        [t.cos(), t.sin()]
                    } else {
                        [1.0 - t.cos(), 0.5 - t.sin()]
                    };
                    (p, class)
                }
                DatasetKind::Circles => {
                    let t = 2.0 * pi * u;
                    let r = if class == 0 { 1.0 } else { 0.5 };
                    ([r * t.cos(), r * t.sin()], class)
                }
                DatasetKind::Spirals => {
                    let r = 0.1 + 0.9 * u;
                    let t = 3.0 * pi * r + pi * class as f64;
                    ([r * t.cos(), r * t.sin()], class)
                }
                DatasetKind::Xor => {
                    let p = [2.0 * u - 1.0, rng.random_range(-1.0..1.0)];
                    (p, usize::from((p[0] > 0.0) != (p[1] > 0.0)))
                }
                DatasetKind::Blobs => {
                    let k = i % self.classes;
                    let t = 2.0 * pi * k as f64 / self.classes as f64;
                    ([2.0 * t.cos(), 2.0 * t.sin()], k)
                }
                DatasetKind::Regression => {
                    let v = 6.0 * u - 3.0;
                    values.push((1.5 * v).sin() + sigma * gaussian(rng));
                    x.push(v);
                    continue;
                }
                DatasetKind::Linear => {
                    let (z1, z2) = (gaussian(rng), gaussian(rng));
                    values.push(z1 - 0.5 * z2 + sigma * gaussian(rng));
                    x.extend([z1, self.scale * z2]);
                    continue;
                }
            };
            x.extend([
                point[0] + sigma * gaussian(rng),
                point[1] + sigma * gaussian(rng),
            ]);
            classes.push(label);
        }
        match self.kind {
            DatasetKind::Regression => Dataset {
                features: 1,
                x,
                targets: Targets::Values(values),
                classes: 0,
            },
            DatasetKind::Linear => Dataset {
                features: 2,
                x,
                targets: Targets::Values(values),
                classes: 0,
            },
            DatasetKind::Blobs => Dataset {
                features: 2,
                x,
                targets: Targets::Classes(classes),
                classes: self.classes,
            },
            _ => Dataset {
                features: 2,
                x,
                targets: Targets::Classes(classes),
                classes: 2,
            },
        }
    }
}

/// A standard normal sample (Box–Muller).
pub fn gaussian(rng: &mut impl Rng) -> f64 {
    let u: f64 = 1.0 - rng.random::<f64>();
    let v: f64 = rng.random();
    (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_sets_have_their_shapes_splits_and_are_reproducible() {
        for kind in [
            DatasetKind::Moons,
            DatasetKind::Circles,
            DatasetKind::Spirals,
            DatasetKind::Xor,
            DatasetKind::Blobs,
            DatasetKind::Regression,
            DatasetKind::Linear,
        ] {
            let spec = DataSpec::new(kind);
            let split = spec.generate().unwrap();
            assert_eq!(split.train.len(), 300, "{kind:?}");
            assert_eq!(split.test.len(), 100);
            assert_eq!(split.train.x.len(), 300 * split.train.features);
            assert!(split.train.x.iter().all(|v| v.is_finite()));
            assert_eq!(spec.generate().unwrap(), split, "same seed, same data");
            let other = DataSpec {
                seed: 1,
                ..spec.clone()
            }
            .generate()
            .unwrap();
            assert_ne!(other, split);
            if let Targets::Classes(c) = &split.train.targets {
                for k in 0..split.train.classes {
                    let share = c.iter().filter(|&&v| v == k).count();
                    assert!(share > 50, "{kind:?}: class {k} has {share}");
                }
            }
        }
        // The linear set's second feature has the chosen scale.
        let linear = DataSpec {
            scale: 100.0,
            samples: 4000,
            ..DataSpec::new(DatasetKind::Linear)
        };
        let d = linear.generate().unwrap().train;
        let sd = |j: usize| {
            let v: Vec<f64> = d.x.iter().skip(j).step_by(2).copied().collect();
            let m = v.iter().sum::<f64>() / v.len() as f64;
            (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / v.len() as f64).sqrt()
        };
        assert!((sd(1) / sd(0) - 100.0).abs() < 8.0, "{}", sd(1) / sd(0));
        assert!(
            DataSpec {
                samples: 2,
                ..linear.clone()
            }
            .generate()
            .is_err()
        );
        assert!(
            DataSpec {
                noise: f64::NAN,
                ..linear
            }
            .generate()
            .is_err()
        );
    }

    #[test]
    fn gaussian_samples_have_mean_zero_and_unit_variance() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let v: Vec<f64> = (0..100_000).map(|_| gaussian(&mut rng)).collect();
        let m = v.iter().sum::<f64>() / v.len() as f64;
        let var = v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / v.len() as f64;
        assert!(m.abs() < 0.01 && (var - 1.0).abs() < 0.02, "{m} {var}");
    }
}

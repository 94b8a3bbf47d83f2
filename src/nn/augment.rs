//! Data augmentation: more training examples made from the ones there are, by a change that
//! keeps each example's class — or, to show what goes wrong, by one that does not.

use crate::i18n::Message;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::NnError;
use super::data::{Dataset, gaussian};
use super::loss::Targets;

/// Copies of each example that jitter adds.
pub const JITTER_COPIES: usize = 4;

/// How far jitter moves a copy: the standard deviation of each feature's shift.
pub const JITTER: f64 = 0.2;

/// How the training examples are augmented.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Augmentation {
    /// The examples as they are.
    #[default]
    None,
    /// Four copies of each example, each feature shifted by Gaussian noise (σ = 0.2), class
    /// kept: a slightly moved point is still of its class, as a slightly shifted photo is.
    Jitter,
    /// One copy of each example upside down (the second feature mirrored about its mean),
    /// class kept: sensible only where the classes look the same upside down.
    UpsideDown,
    /// One copy of each example turned half round about the origin (every feature negated),
    /// class kept: sensible where the classes are point-symmetric, as circles are. The
    /// training set is then exactly symmetric.
    HalfTurn,
}

super::named::named!(Augmentation {
    None => "none",
    Jitter => "jitter",
    UpsideDown => "upside-down",
    HalfTurn => "half-turn",
});

impl Dataset {
    /// These examples and the copies `augmentation` makes of them (seeded by `seed`).
    pub fn augmented(&self, augmentation: Augmentation, seed: u64) -> Result<Self, NnError> {
        let d = self.features;
        let n = self.len();
        let mut x = self.x.clone();
        let mut rows: Vec<usize> = (0..n).collect();
        match augmentation {
            Augmentation::None => return Ok(self.clone()),
            Augmentation::Jitter => {
                let mut rng = ChaCha8Rng::seed_from_u64(seed);
                for _ in 0..JITTER_COPIES {
                    x.extend(self.x.iter().map(|v| v + JITTER * gaussian(&mut rng)));
                    rows.extend(0..n);
                }
            }
            Augmentation::UpsideDown => {
                if d < 2 {
                    let problem = Message::new("nn-upside-down-features").arg("features", d);
                    return Err(NnError::Data(problem));
                }
                let mean = self.x.iter().skip(1).step_by(d).sum::<f64>() / n.max(1) as f64;
                for row in self.x.chunks_exact(d) {
                    x.push(row[0]);
                    x.push(2.0 * mean - row[1]);
                    x.extend_from_slice(&row[2..]);
                }
                rows.extend(0..n);
            }
            Augmentation::HalfTurn => {
                x.extend(self.x.iter().map(|v| -v));
                rows.extend(0..n);
            }
        }
        let targets = match &self.targets {
            Targets::Classes(c) => Targets::Classes(rows.iter().map(|&r| c[r]).collect()),
            Targets::Values(v) => Targets::Values(rows.iter().map(|&r| v[r]).collect()),
        };
        Ok(Self {
            features: d,
            x,
            targets,
            classes: self.classes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn four_points() -> Dataset {
        Dataset {
            features: 2,
            x: vec![0.0, 0.0, 1.0, 1.0, 2.0, 3.0, 3.0, 4.0],
            targets: Targets::Classes(vec![0, 1, 0, 1]),
            classes: 2,
        }
    }

    #[test]
    fn upside_down_mirrors_the_second_feature_about_its_mean_and_keeps_classes() {
        let data = four_points()
            .augmented(Augmentation::UpsideDown, 0)
            .unwrap();
        assert_eq!(data.len(), 8);
        // The second feature's mean is 2: y ↦ 4 − y.
        assert_eq!(&data.x[8..], &[0.0, 4.0, 1.0, 3.0, 2.0, 1.0, 3.0, 0.0]);
        assert_eq!(data.targets, Targets::Classes(vec![0, 1, 0, 1, 0, 1, 0, 1]));
    }

    #[test]
    fn half_turn_negates_every_feature_and_keeps_classes() {
        let data = four_points().augmented(Augmentation::HalfTurn, 0).unwrap();
        assert_eq!(
            &data.x[8..],
            &[-0.0, -0.0, -1.0, -1.0, -2.0, -3.0, -3.0, -4.0]
        );
        assert_eq!(data.targets, Targets::Classes(vec![0, 1, 0, 1, 0, 1, 0, 1]));
    }

    #[test]
    fn jitter_adds_moved_copies_of_each_example_with_its_class() {
        let data = four_points();
        let jittered = data.augmented(Augmentation::Jitter, 7).unwrap();
        assert_eq!(jittered.len(), 4 * (1 + JITTER_COPIES));
        assert_eq!(&jittered.x[..8], &data.x[..]);
        let shifts: Vec<f64> = (jittered.x[8..].iter())
            .zip(data.x.iter().cycle())
            .map(|(a, b)| a - b)
            .collect();
        assert!(shifts.iter().all(|s| s.abs() < 6.0 * JITTER && *s != 0.0));
        let Targets::Classes(c) = &jittered.targets else {
            panic!("classes");
        };
        assert!(c.chunks(4).all(|copy| copy == [0, 1, 0, 1]));
        assert_eq!(data.augmented(Augmentation::None, 7).unwrap(), data);
    }

    #[test]
    fn upside_down_needs_two_features() {
        let line = Dataset {
            features: 1,
            x: vec![0.0, 1.0],
            targets: Targets::Values(vec![0.0, 1.0]),
            classes: 0,
        };
        let e = line.augmented(Augmentation::UpsideDown, 0).unwrap_err();
        assert!(e.to_string().contains("two features"), "{e}");
    }
}

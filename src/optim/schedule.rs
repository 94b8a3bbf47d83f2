//! Learning-rate schedules: the factor applied to the base learning rate at each step.

use std::f64::consts::PI;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::spec_text::{self, SpecError};

/// The shape of a schedule.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ScheduleKind {
    /// η stays the base rate.
    Constant,
    /// torch StepLR: η·γ^⌊t/step_size⌋.
    Step {
        /// Steps between drops.
        step_size: u64,
        /// Factor per drop.
        gamma: f64,
    },
    /// torch ExponentialLR: η·γᵗ.
    Exponential {
        /// Factor per step.
        gamma: f64,
    },
    /// torch CosineAnnealingLR: η_min + (η − η_min)(1 + cos(πt/T))/2, held at η_min after T.
    Cosine {
        /// Steps to reach the minimum.
        t_max: u64,
        /// Final learning rate (absolute, as in torch).
        eta_min: f64,
    },
    /// Linear warm-up from η/warmup to η over `warmup` steps, then cosine decay to
    /// η·min_factor at step `total`.
    WarmupCosine {
        /// Warm-up steps.
        warmup: u64,
        /// Step at which the decay ends.
        total: u64,
        /// Final rate as a fraction of η.
        min_factor: f64,
    },
    /// Linear warm-up as above, then linear decay to η·min_factor at step `total`.
    WarmupLinear {
        /// Warm-up steps.
        warmup: u64,
        /// Step at which the decay ends.
        total: u64,
        /// Final rate as a fraction of η.
        min_factor: f64,
    },
    /// Inverse square root (Transformer style): η·min((t+1)/warmup, √(warmup/(t+1))).
    InverseSqrt {
        /// Warm-up steps (the peak).
        warmup: u64,
    },
}

/// A learning-rate schedule.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    /// Its shape and constants.
    pub kind: ScheduleKind,
}

impl Default for Schedule {
    fn default() -> Self {
        Self {
            kind: ScheduleKind::Constant,
        }
    }
}

const NAMES: [&str; 7] = [
    "constant",
    "step",
    "exponential",
    "cosine",
    "warmup-cosine",
    "warmup-linear",
    "inverse-sqrt",
];

impl Schedule {
    /// Its name as written in a SPEC, e.g. `cosine`.
    pub fn name(&self) -> &'static str {
        NAMES[match self.kind {
            ScheduleKind::Constant => 0,
            ScheduleKind::Step { .. } => 1,
            ScheduleKind::Exponential { .. } => 2,
            ScheduleKind::Cosine { .. } => 3,
            ScheduleKind::WarmupCosine { .. } => 4,
            ScheduleKind::WarmupLinear { .. } => 5,
            ScheduleKind::InverseSqrt { .. } => 6,
        }]
    }

    /// The learning rate for the update made after `t` updates (t = 0 is the first update),
    /// from base rate `lr`.
    pub fn lr_at(&self, lr: f64, t: u64) -> f64 {
        let t_f = t as f64;
        let warm = |warmup: u64| lr * ((t + 1) as f64 / warmup.max(1) as f64).min(1.0);
        match self.kind {
            ScheduleKind::Constant => lr,
            ScheduleKind::Step { step_size, gamma } => {
                lr * gamma.powf((t / step_size.max(1)) as f64)
            }
            ScheduleKind::Exponential { gamma } => lr * gamma.powf(t_f),
            ScheduleKind::Cosine { t_max, eta_min } => {
                let progress = (t_f / t_max.max(1) as f64).min(1.0);
                eta_min + (lr - eta_min) * 0.5 * (1.0 + (PI * progress).cos())
            }
            ScheduleKind::WarmupCosine {
                warmup,
                total,
                min_factor,
            } => {
                if t < warmup {
                    return warm(warmup);
                }
                let progress = decay_progress(t, warmup, total);
                lr * (min_factor + (1.0 - min_factor) * 0.5 * (1.0 + (PI * progress).cos()))
            }
            ScheduleKind::WarmupLinear {
                warmup,
                total,
                min_factor,
            } => {
                if t < warmup {
                    return warm(warmup);
                }
                lr * (1.0 - (1.0 - min_factor) * decay_progress(t, warmup, total))
            }
            ScheduleKind::InverseSqrt { warmup } => {
                let w = warmup.max(1) as f64;
                lr * ((t_f + 1.0) / w).min((w / (t_f + 1.0)).sqrt())
            }
        }
    }
}

/// How far through the decay phase step `t` is, in [0, 1].
fn decay_progress(t: u64, warmup: u64, total: u64) -> f64 {
    let span = total.saturating_sub(warmup).max(1) as f64;
    ((t - warmup) as f64 / span).min(1.0)
}

impl FromStr for Schedule {
    type Err = SpecError;

    /// Parses e.g. `cosine:t_max=1000,eta_min=0`, `step:step_size=100,gamma=0.5`,
    /// `warmup-cosine:warmup=100,total=2000`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (name, pairs) = spec_text::split(text)?;
        let keys: &[&str] = match name {
            "constant" => &[],
            "step" => &["step_size", "gamma"],
            "exponential" => &["gamma"],
            "cosine" => &["t_max", "eta_min"],
            "warmup-cosine" | "warmup-linear" => &["warmup", "total", "min_factor"],
            "inverse-sqrt" => &["warmup"],
            _ => {
                return Err(SpecError::new("spec-unknown-schedule")
                    .arg("name", name)
                    .arg("known", NAMES.join(", ")));
            }
        };
        let mut numbers = std::collections::HashMap::new();
        for (key, value) in pairs {
            if !keys.contains(&key) {
                return Err(spec_text::unknown_key(name, key, keys));
            }
            numbers.insert(key, value);
        }
        let real = |key: &str, default: f64| {
            numbers
                .get(key)
                .map_or(Ok(default), |v| spec_text::number(key, v))
        };
        let whole = |key: &str, default: u64| {
            numbers
                .get(key)
                .map_or(Ok(default), |v| spec_text::count(key, v))
        };
        let fraction = |key: &str, default: f64| -> Result<f64, SpecError> {
            let v = real(key, default)?;
            if (0.0..=1.0).contains(&v) {
                Ok(v)
            } else {
                Err(SpecError::new("spec-not-fraction")
                    .arg("key", key)
                    .arg("value", v))
            }
        };
        let kind = match name {
            "constant" => ScheduleKind::Constant,
            "step" => ScheduleKind::Step {
                step_size: whole("step_size", 100)?,
                gamma: fraction("gamma", 0.1)?,
            },
            "exponential" => ScheduleKind::Exponential {
                gamma: fraction("gamma", 0.99)?,
            },
            "cosine" => {
                let eta_min = real("eta_min", 0.0)?;
                if eta_min < 0.0 {
                    return Err(SpecError::new("spec-negative-eta-min").arg("value", eta_min));
                }
                ScheduleKind::Cosine {
                    t_max: whole("t_max", 1000)?,
                    eta_min,
                }
            }
            "warmup-cosine" | "warmup-linear" => {
                let warmup = whole("warmup", 100)?;
                let total = whole("total", 1000)?;
                if total <= warmup {
                    return Err(SpecError::new("spec-total-not-after-warmup")
                        .arg("total", total)
                        .arg("warmup", warmup));
                }
                let min_factor = fraction("min_factor", 0.0)?;
                if name == "warmup-cosine" {
                    ScheduleKind::WarmupCosine {
                        warmup,
                        total,
                        min_factor,
                    }
                } else {
                    ScheduleKind::WarmupLinear {
                        warmup,
                        total,
                        min_factor,
                    }
                }
            }
            _ => ScheduleKind::InverseSqrt {
                warmup: whole("warmup", 100)?,
            },
        };
        Ok(Schedule { kind })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_schedule_is_named_as_it_is_written() {
        for name in NAMES {
            let schedule: Schedule = name.parse().unwrap();
            assert_eq!(schedule.name(), name);
        }
    }

    fn lrs(text: &str, ts: &[u64]) -> Vec<f64> {
        let s: Schedule = text.parse().unwrap();
        ts.iter().map(|&t| s.lr_at(0.1, t)).collect()
    }

    fn close(a: &[f64], b: &[f64]) {
        for (x, y) in a.iter().zip(b) {
            assert!((x - y).abs() < 1e-15, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn closed_forms() {
        close(&lrs("constant", &[0, 99]), &[0.1, 0.1]);
        close(
            &lrs("step:step_size=10,gamma=0.5", &[0, 9, 10, 25]),
            &[0.1, 0.1, 0.05, 0.025],
        );
        close(
            &lrs("exponential:gamma=0.5", &[0, 1, 3]),
            &[0.1, 0.05, 0.0125],
        );
        close(
            &lrs("cosine:t_max=10,eta_min=0.01", &[0, 5, 10, 20]),
            &[0.1, 0.055, 0.01, 0.01],
        );
        close(
            &lrs("warmup-cosine:warmup=4,total=14", &[0, 3, 4, 9, 14, 30]),
            &[0.025, 0.1, 0.1, 0.05, 0.0, 0.0],
        );
        close(
            &lrs(
                "warmup-linear:warmup=2,total=12,min_factor=0.5",
                &[0, 1, 2, 7, 12],
            ),
            &[0.05, 0.1, 0.1, 0.075, 0.05],
        );
        close(
            &lrs("inverse-sqrt:warmup=4", &[0, 3, 15]),
            &[0.025, 0.1, 0.05],
        );
    }

    #[test]
    fn bad_schedules_are_clear_errors() {
        for (text, needle) in [
            ("linear", "unknown schedule 'linear'"),
            ("step:gamma=2", "between 0 and 1"),
            ("step:step_size=0", "whole number"),
            ("cosine:t_min=3", "no parameter 't_min'"),
            ("warmup-cosine:warmup=10,total=5", "larger than warmup"),
        ] {
            let e = text.parse::<Schedule>().unwrap_err().0.to_string();
            assert!(e.contains(needle), "{text}: {e}");
        }
    }
}

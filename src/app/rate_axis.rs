//! The y axis of a curve of rates (learning rates, the stability gauge): linear from zero, or
//! log₁₀ when a few values dwarf the rest — an adaptive method's effective learning rate on a
//! flat stretch can be 10⁹ times its usual size, and on a linear axis everything else is a
//! flat line at zero.

/// How far the largest value may lie above the tenth percentile before the axis turns
/// logarithmic: a cosine schedule down to zero stays linear (its tenth percentile is about
/// 2.5 % of its start), a spike of 10³ or more does not.
const WIDE_SPAN: f64 = 1e3;

/// How a curve of rates is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RateAxis {
    /// The values themselves, the axis from zero up.
    Linear,
    /// log₁₀ of the values, those at or below `floor` drawn at it.
    Log {
        /// The smallest positive value.
        floor: f64,
    },
}

impl RateAxis {
    /// The axis for curves holding these (x, y) points: logarithmic when the largest positive
    /// y is more than [`WIDE_SPAN`] times the tenth percentile of the positive ones.
    pub fn for_curves<'a>(curves: impl IntoIterator<Item = &'a [[f64; 2]]>) -> Self {
        let mut values: Vec<f64> = (curves.into_iter().flatten())
            .map(|p| p[1])
            .filter(|v| v.is_finite() && *v > 0.0)
            .collect();
        if values.is_empty() {
            return Self::Linear;
        }
        let (floor, largest) = values.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        });
        let tenth = values.len() / 10;
        let (_, &mut percentile, _) = values.select_nth_unstable_by(tenth, f64::total_cmp);
        if largest > WIDE_SPAN * percentile {
            Self::Log { floor }
        } else {
            Self::Linear
        }
    }

    /// Where `value` is drawn.
    pub fn y(self, value: f64) -> f64 {
        match self {
            Self::Linear => value,
            Self::Log { floor } => value.max(floor).log10(),
        }
    }

    /// The plot's title for a curve titled `title`.
    pub fn title(self, title: &str) -> String {
        match self {
            Self::Linear => title.to_owned(),
            Self::Log { .. } => format!("log₁₀ {title}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn curve(values: impl IntoIterator<Item = f64>) -> Vec<[f64; 2]> {
        (values.into_iter().enumerate())
            .map(|(k, v)| [k as f64, v])
            .collect()
    }

    #[test]
    fn schedules_stay_linear() {
        let cosine = curve(
            (0..=1000).map(|k| 0.05 * (1.0 + (std::f64::consts::PI * f64::from(k) / 1000.0).cos())),
        );
        let steps = curve((0..1000).map(|k| 0.1 * 0.1f64.powi(k / 400)));
        let constant = curve([0.01; 50]);
        assert_eq!(
            RateAxis::for_curves([&cosine[..], &steps, &constant]),
            RateAxis::Linear
        );
        assert_eq!(RateAxis::for_curves([&[][..]]), RateAxis::Linear);
        assert_eq!(RateAxis::Linear.y(0.25), 0.25);
    }

    #[test]
    fn a_spike_far_above_the_rest_turns_the_axis_logarithmic() {
        // 150 steps at 10⁹ (a zero gradient sum under AdaGrad), then about 0.1, ending at 0.
        let mut values = vec![1e9; 150];
        values.extend((0..2850).map(|k| 0.1 / (1.0 + f64::from(k) * 1e-3)));
        values.push(0.0);
        let axis = RateAxis::for_curves([&curve(values)[..]]);
        let floor = 0.1 / (1.0 + 2849.0 * 1e-3);
        assert_eq!(axis, RateAxis::Log { floor });
        assert_eq!(axis.y(1e9), 9.0);
        assert_eq!(axis.y(0.0), floor.log10(), "zero is drawn at the floor");
        assert_eq!(axis.y(-3.0), floor.log10(), "so are negative values");
        assert_eq!(axis.title("learning rate"), "log₁₀ learning rate");
    }
}

//! What the split view shows beside the main surface: another surface, the same racers with a
//! setting flipped, or the network surface's network with a switch flipped. Lesson files and
//! scenario files write it as one name (`compare = "racers:no-noise"`).

use serde::{Deserialize, Serialize};

use super::setup::{Setup, constant};

/// A switch of the network surface's network that the split view flips, to show the network
/// both ways side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetworkFlip {
    /// BatchNorm after each hidden layer, on or off.
    BatchNorm,
    /// Input normalization, on or off.
    NormalizeInputs,
    /// Trained with the full batch instead of mini-batches.
    FullBatch,
}

impl NetworkFlip {
    /// Every switch, in menu order.
    pub const ALL: [Self; 3] = [Self::BatchNorm, Self::NormalizeInputs, Self::FullBatch];

    /// Its name as a setup's `compare`: `network:batch-norm`, ….
    pub fn name(self) -> &'static str {
        match self {
            Self::BatchNorm => "network:batch-norm",
            Self::NormalizeInputs => "network:normalize-inputs",
            Self::FullBatch => "network:full-batch",
        }
    }

    /// The switch named `name`, if it is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|flip| flip.name() == name)
    }
}

/// A setting of every racer that the split view flips, to show the same racers on the same
/// surface both ways side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RacerFlip {
    /// Every racer at a constant learning rate: without its schedule (warm-up, decay).
    ConstantSchedule,
    /// No gradient noise: the full batch in place of simulated mini-batches.
    NoNoise,
}

impl RacerFlip {
    /// Every flip, in menu order.
    pub const ALL: [Self; 2] = [Self::ConstantSchedule, Self::NoNoise];

    /// Its name as a setup's `compare`: `racers:constant-schedule`, ….
    pub fn name(self) -> &'static str {
        match self {
            Self::ConstantSchedule => "racers:constant-schedule",
            Self::NoNoise => "racers:no-noise",
        }
    }

    /// The flip named `name`, if it is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|flip| flip.name() == name)
    }

    /// `setup` with its racers flipped.
    pub fn apply(self, setup: &Setup) -> Setup {
        let mut flipped = setup.clone();
        match self {
            Self::ConstantSchedule => {
                flipped.schedule = constant();
                flipped.schedules.clear();
            }
            Self::NoNoise => flipped.noise = 0.0,
        }
        flipped
    }
}

/// What the split view shows beside the main surface.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum SplitView {
    /// Another surface, by its name: a zoo name or `expr:<formula>`.
    Surface(String),
    /// The main surface with every racer flipped.
    Racers(RacerFlip),
    /// The network surface's network with a switch flipped.
    Network(NetworkFlip),
}

impl SplitView {
    /// The split view `name` stands for: a flip's name, else a surface's.
    pub fn named(name: &str) -> Self {
        if let Some(flip) = RacerFlip::from_name(name) {
            Self::Racers(flip)
        } else if let Some(flip) = NetworkFlip::from_name(name) {
            Self::Network(flip)
        } else {
            Self::Surface(name.to_owned())
        }
    }

    /// Its name, as a lesson or scenario file writes it.
    pub fn name(&self) -> &str {
        match self {
            Self::Surface(name) => name,
            Self::Racers(flip) => flip.name(),
            Self::Network(flip) => flip.name(),
        }
    }
}

impl From<String> for SplitView {
    fn from(name: String) -> Self {
        Self::named(&name)
    }
}

impl From<SplitView> for String {
    fn from(view: SplitView) -> Self {
        view.name().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_as_the_same_split_view() {
        let views = (RacerFlip::ALL.map(SplitView::Racers).into_iter())
            .chain(NetworkFlip::ALL.map(SplitView::Network))
            .chain(["himmelblau", "expr:x^2 + y^2"].map(|n| SplitView::Surface(n.into())));
        for view in views {
            assert_eq!(SplitView::named(view.name()), view);
            let json = serde_json::to_string(&view).unwrap();
            assert_eq!(json, format!("\"{}\"", view.name()));
            assert_eq!(serde_json::from_str::<SplitView>(&json).unwrap(), view);
        }
        assert_eq!(
            SplitView::named("racers:no-noise"),
            SplitView::Racers(RacerFlip::NoNoise)
        );
        assert_eq!(
            SplitView::named("racers:unknown"),
            SplitView::Surface("racers:unknown".into())
        );
    }
}

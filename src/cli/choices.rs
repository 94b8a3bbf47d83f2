//! The network engine's choices as command-line values: their names are the engine's own
//! ([`Named`]); their help is the command line's.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::nn::{Activation, DatasetKind, Loss, Named};

/// Implements clap's [`ValueEnum`] for a [`Named`] choice, with a line of help per value.
macro_rules! value_enum {
    ($kind:ty { $($value:ident => $help:literal),+ $(,)? }) => {
        impl ValueEnum for $kind {
            fn value_variants<'a>() -> &'a [Self] {
                <$kind as Named>::ALL
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                let help = match self {
                    $(<$kind>::$value => $help),+
                };
                Some(PossibleValue::new(self.name()).help(help))
            }
        }
    };
}

value_enum!(DatasetKind {
    Moons => "Two interleaved half circles (2 classes)",
    Circles => "A small circle inside a large one (2 classes)",
    Spirals => "Two interleaved spirals (2 classes)",
    Xor => "The four quadrants, opposite ones alike (2 classes)",
    Blobs => "`classes` Gaussian clusters on a circle",
    Regression => "y = sin(1.5·x) on [−3, 3] (1 feature, regression)",
    Linear => "y = z₁ − ½·z₂ with features (z₁, scale·z₂) (2 features, regression)",
});

value_enum!(Activation {
    Identity => "x: a linear network",
    Relu => "max(0, x)",
    Tanh => "tanh x",
    Sigmoid => "1 / (1 + e⁻ˣ)",
    Gelu => "x·Φ(x) with the exact normal CDF (torch's default GELU)",
});

value_enum!(Loss {
    Mse => "Mean squared error on the raw outputs (one-hot targets for classes), like torch's MSELoss",
    MseSoftmax => "Mean squared error between softmax(outputs) and the one-hot target",
    Ce => "Softmax cross-entropy (torch's CrossEntropyLoss)",
    Bce => "Binary cross-entropy on one logit (torch's BCEWithLogitsLoss)",
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value is offered, under the engine's name.
    fn offered_as_named<T: ValueEnum + Named>() {
        let offered: Vec<String> = (T::value_variants().iter())
            .filter_map(|v| v.to_possible_value())
            .map(|p| p.get_name().to_owned())
            .collect();
        let named: Vec<&str> = T::ALL.iter().map(|v| v.name()).collect();
        assert_eq!(offered, named);
    }

    #[test]
    fn the_command_line_offers_every_choice_by_its_name() {
        offered_as_named::<DatasetKind>();
        offered_as_named::<Activation>();
        offered_as_named::<Loss>();
        assert_eq!(Loss::from_str("mse-softmax", false), Ok(Loss::MseSoftmax));
    }
}

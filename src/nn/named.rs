//! Choices with a fixed set of values, each with one name: the one scenario files, lesson
//! files, the command line and the app's menus use (`tanh`, `mse-softmax`, `upside-down`).

/// A choice of a fixed set of values, each with its name.
pub trait Named: Copy + PartialEq + 'static {
    /// Every value, in menu order.
    const ALL: &'static [Self];

    /// The value's name.
    fn name(self) -> &'static str;
}

/// Implements [`Named`] for an enum from its values and their names.
macro_rules! named {
    ($kind:ty { $($value:ident => $name:literal),+ $(,)? }) => {
        impl $crate::nn::Named for $kind {
            const ALL: &'static [Self] = &[$(Self::$value),+];

            fn name(self) -> &'static str {
                match self {
                    $(Self::$value => $name),+
                }
            }
        }
    };
}

pub(super) use named;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::{Activation, Augmentation, DatasetKind, Initialization, Loss};

    /// Every value's name is the one serde writes, so files and menus agree.
    fn names_match_serde<T: Named + serde::Serialize>() {
        for &value in T::ALL {
            let written = serde_json::to_value(value).unwrap();
            assert_eq!(written, value.name(), "{}", value.name());
        }
    }

    #[test]
    fn names_are_those_files_use() {
        names_match_serde::<Activation>();
        names_match_serde::<Loss>();
        names_match_serde::<DatasetKind>();
        names_match_serde::<Augmentation>();
        names_match_serde::<Initialization>();
        assert_eq!(Loss::MseSoftmax.name(), "mse-softmax");
        assert_eq!(Augmentation::UpsideDown.name(), "upside-down");
        assert_eq!(Activation::ALL.len(), 5);
    }
}

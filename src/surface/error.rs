//! Why a surface could not be built.

use thiserror::Error;

use super::formula::FormulaError;
use crate::i18n::Language;

/// A surface request that cannot be served, with a message meant for the user.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SurfaceError {
    /// No zoo surface has this name.
    #[error("unknown surface '{name}'; known surfaces: {known} (or expr:<formula in x and y>)")]
    UnknownSurface {
        /// What was asked for.
        name: String,
        /// The catalogue's names, comma-separated.
        known: String,
    },
    /// A parameter given twice.
    #[error("parameter '{key}' is given twice")]
    DuplicateParam {
        /// The key.
        key: String,
    },
    /// The surface has no parameter of this name.
    #[error("surface '{surface}' has no parameter '{key}'{}", known_list(known))]
    UnknownParam {
        /// Surface name.
        surface: String,
        /// The unknown key.
        key: String,
        /// The surface's parameter names, comma-separated.
        known: String,
    },
    /// A parameter value outside its allowed range.
    #[error("parameter '{key}' = {value} is out of range: it must be between {min} and {max}")]
    ParamOutOfRange {
        /// The key.
        key: String,
        /// The value given.
        value: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// A custom formula that does not parse: what is wrong, and where.
    #[error("{}", .0.text(Language::English))]
    Formula(FormulaError),
}

fn known_list(known: &str) -> String {
    if known.is_empty() {
        " (it has no parameters)".to_owned()
    } else {
        format!("; its parameters: {known}")
    }
}

//! Why a surface could not be built.

use super::formula::FormulaError;
use crate::i18n::Message;

/// A surface request that cannot be served, with a message meant for the user.
#[derive(Debug, Clone, PartialEq)]
pub enum SurfaceError {
    /// No zoo surface has this name.
    UnknownSurface {
        /// What was asked for.
        name: String,
        /// The catalogue's names, comma-separated.
        known: String,
    },
    /// A parameter given twice.
    DuplicateParam {
        /// The key.
        key: String,
    },
    /// The surface has no parameter of this name.
    UnknownParam {
        /// Surface name.
        surface: String,
        /// The unknown key.
        key: String,
        /// The surface's parameter names, comma-separated.
        known: String,
    },
    /// A parameter value outside its allowed range.
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
    Formula(FormulaError),
}

impl SurfaceError {
    /// What is wrong, in words of any language.
    pub fn message(&self) -> Message {
        match self {
            SurfaceError::UnknownSurface { name, known } => Message::new("surface-unknown")
                .arg("name", name)
                .arg("known", known),
            SurfaceError::DuplicateParam { key } => {
                Message::new("surface-param-twice").arg("key", key)
            }
            SurfaceError::UnknownParam {
                surface,
                key,
                known,
            } if known.is_empty() => Message::new("surface-unknown-param-none")
                .arg("surface", surface)
                .arg("key", key),
            SurfaceError::UnknownParam {
                surface,
                key,
                known,
            } => Message::new("surface-unknown-param")
                .arg("surface", surface)
                .arg("key", key)
                .arg("known", known),
            SurfaceError::ParamOutOfRange {
                key,
                value,
                min,
                max,
            } => Message::new("surface-param-outside")
                .arg("key", key)
                .arg("value", value)
                .arg("min", min)
                .arg("max", max),
            SurfaceError::Formula(problem) => problem.message(),
        }
    }
}

impl std::fmt::Display for SurfaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for SurfaceError {}

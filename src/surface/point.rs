//! Critical points and their kinds.

use serde::{Deserialize, Serialize};

/// What the second-order test says about a critical point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// All Hessian eigenvalues positive.
    Minimum,
    /// All Hessian eigenvalues negative.
    Maximum,
    /// Eigenvalues of both signs.
    Saddle,
    /// Some eigenvalue is zero (within tolerance): the test is inconclusive.
    Degenerate,
}

impl Kind {
    /// The word used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Minimum => "minimum",
            Kind::Maximum => "maximum",
            Kind::Saddle => "saddle",
            Kind::Degenerate => "degenerate",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A point where the gradient vanishes, as documented for a surface.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CriticalPoint {
    /// Location.
    pub at: [f64; 2],
    /// f at that point.
    pub value: f64,
    /// Minimum, maximum, saddle or degenerate.
    pub kind: Kind,
}

impl CriticalPoint {
    /// A documented point.
    pub fn new(at: [f64; 2], value: f64, kind: Kind) -> Self {
        Self { at, value, kind }
    }
}

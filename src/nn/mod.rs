//! The small MLP engine: seeded toy data, a configurable network with BatchNorm and the usual
//! losses, training with the core's optimizers, and exact second-order information
//! (Hessian-vector products by forward mode over backpropagation).
//!
//! Pure numerics: nothing here knows about the app.

use crate::i18n::Message;

mod activation;
mod augment;
mod data;
mod eigenvalues_in_pieces;
mod fast_loss;
mod gradient;
mod hessian;
mod hessian_build;
mod init;
mod loss;
mod model;
mod named;
mod plane;
mod real;
mod saved;
mod simd_math;
mod slice;
mod spectrum;
mod spectrum_work;
mod tanh_layer;
#[cfg(test)]
mod test_cases;
mod train;

pub use activation::{Activation, sigmoid};
pub use augment::{Augmentation, JITTER, JITTER_COPIES};
pub use data::{DataSpec, Dataset, DatasetKind, Split, gaussian};
pub use fast_loss::FastLoss;
pub use init::Initialization;
pub use loss::{Loss, Targets};
pub use model::{
    Architecture, BN_EPS, BN_MOMENTUM, HIDDEN_WIDTHS, Layout, MAX_HIDDEN_LAYERS, Mlp, NormMode,
    Pass, Role, RunningStats, Scaler, check_hidden,
};
pub use named::Named;
pub use plane::LossPlane;
pub use real::{Dual, Real};
pub use saved::{SavedNetwork, by_torch_name};
pub use slice::{
    MAX_SLICE_GRID, MAX_SLICE_RANGE, PrincipalPlane, Slice, filter_normalized, hessian_directions,
    named_weights, pca_directions,
};
pub use spectrum::{MAX_FULL_HESSIAN, Spectrum, ZERO_EIGENVALUE, top_eigenvectors};
pub use spectrum_work::{EXTREME_EIGENVALUES, SpectrumWork};
pub use train::{EpochRecord, MAX_EPOCHS, TrainSpec, Training, check_fit};

/// What is wrong with a data, model or training request.
#[derive(Debug, Clone, PartialEq)]
pub enum NnError {
    /// A data set that cannot be generated.
    Data(Message),
    /// A network that cannot be built.
    Model(Message),
    /// Training settings that cannot train.
    Training(Message),
    /// A saved network's file that cannot be read: what is wrong with it.
    File(Message),
}

impl NnError {
    /// What is refused and why, in words: "bad network: …".
    pub fn message(&self) -> Message {
        let (key, problem) = match self {
            NnError::Data(problem) => ("nn-bad-data", problem),
            NnError::Model(problem) => ("nn-bad-network", problem),
            NnError::Training(problem) => ("nn-bad-training", problem),
            NnError::File(problem) => ("nn-bad-file", problem),
        };
        Message::new(key).part("problem", problem.clone())
    }
}

impl From<NnError> for Message {
    fn from(error: NnError) -> Self {
        error.message()
    }
}

impl std::fmt::Display for NnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for NnError {}

//! Optimizers with PyTorch's update rules, on flat parameter slices.
//!
//! [`OptimizerSpec`] is data (kind, hyper-parameters, convention); [`OptimizerState`] holds the
//! buffers and applies one update to `&mut [f64]` given a gradient, so the same code drives a
//! two-parameter surface and a thousand-parameter network. [`Schedule`] scales the learning
//! rate over time; [`GradientNoise`] and [`clip_by_norm`] model mini-batches and clipping.

mod hyper_parameter;
mod noise;
mod schedule;
mod spec;
mod spec_text;
mod state;

pub use hyper_parameter::{HyperParameter, Offered, ValueMut};
pub use noise::{GradientNoise, clip_by_norm};
pub use schedule::{Schedule, ScheduleKind};
pub use spec::{MomentumForm, OptimizerKind, OptimizerSpec};
pub use spec_text::SpecError;
pub use state::OptimizerState;

//! What the Network window's controls allow, which holds for scenario files as well.

use std::ops::RangeInclusive;

use super::setting_error::{SettingError, within};
use crate::lesson::NetworkSetup;
use crate::nn::check_hidden;

/// The examples the Network window allows (its limits hold for scenario files as well).
pub const SAMPLES_RANGE: RangeInclusive<usize> = 8..=5000;
/// The data sets' noise the window allows.
pub const DATA_NOISE_RANGE: RangeInclusive<f64> = 0.0..=2.0;
/// The weight decay the window allows.
pub const WEIGHT_DECAY_RANGE: RangeInclusive<f64> = 0.0..=10.0;
/// The epochs the window allows.
pub const EPOCHS_RANGE: RangeInclusive<usize> = 1..=5000;
/// The batch sizes the window allows.
pub const NETWORK_BATCH_RANGE: RangeInclusive<usize> = 1..=5000;

/// Whether every setting of `network` is one the Network window's controls can give (a
/// scenario file can say anything); else the first that is not, with its key
/// (`network.samples`, …).
pub fn within_controls(network: &NetworkSetup) -> Result<(), SettingError> {
    within(
        "network.samples",
        "setting-examples",
        network.samples,
        &SAMPLES_RANGE,
    )?;
    within(
        "network.noise",
        "setting-data-noise",
        network.data_noise(),
        &DATA_NOISE_RANGE,
    )?;
    within(
        "network.weight_decay",
        "setting-weight-decay",
        network.weight_decay,
        &WEIGHT_DECAY_RANGE,
    )?;
    within(
        "network.epochs",
        "setting-epochs",
        network.epochs,
        &EPOCHS_RANGE,
    )?;
    within(
        "network.batch",
        "setting-network-batch",
        network.batch,
        &NETWORK_BATCH_RANGE,
    )?;
    check_hidden(&network.hidden).map_err(|e| SettingError::new("network.hidden", e.message()))?;
    (network.optimizer_spec()).map_err(|e| SettingError::new("network.optimizer", e))?;
    Ok(())
}

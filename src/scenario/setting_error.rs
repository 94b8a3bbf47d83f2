//! A setting outside what the app's controls allow, named by the key that holds it, so that a
//! scenario file's message can point at the line.

use std::fmt::Display;
use std::ops::RangeInclusive;

use crate::i18n::Message;

/// A setting the app refuses: where it is (a key path inside the setup, as a scenario file
/// spells it: `steps`, `racers[1].optimizer.lr`, `view.camera.zoom`) and what is wrong.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct SettingError {
    /// The key path, fields joined by `.`, array elements as `[i]` (from 0).
    pub key: String,
    /// What is wrong, in words.
    pub message: Message,
}

impl SettingError {
    /// The setting at `key` is wrong as `message` says.
    pub fn new(key: impl Into<String>, message: Message) -> Self {
        Self {
            key: key.into(),
            message,
        }
    }
}

/// Whether `value` (at `key`, called by the message `what`) lies in `range`, the control's
/// own; if not, a message naming it and the range.
pub fn within<T: PartialOrd + Display>(
    key: &str,
    what: &'static str,
    value: T,
    range: &RangeInclusive<T>,
) -> Result<(), SettingError> {
    if range.contains(&value) {
        return Ok(());
    }
    let message = Message::new("setting-outside")
        .part("what", Message::new(what))
        .arg("value", value)
        .arg("least", range.start())
        .arg("most", range.end());
    Err(SettingError::new(key, message))
}

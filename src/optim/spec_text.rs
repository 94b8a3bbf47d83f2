//! The text form shared by optimizer and schedule specs: `name[:key=value,...]`.

use thiserror::Error;

use crate::i18n::Message;

/// A spec string that cannot be used, with a message meant for the user.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{0}")]
pub struct SpecError(pub Message);

impl SpecError {
    /// The error the message `key` names, without placeables.
    pub(super) fn new(key: &'static str) -> Self {
        Self(Message::new(key))
    }

    /// This error with the placeable `name` filled by `value`.
    pub(super) fn arg(self, name: &'static str, value: impl std::fmt::Display) -> Self {
        Self(self.0.arg(name, value))
    }
}

/// A spec's name and its `key=value` pairs, as written.
pub(super) type Parts<'a> = (&'a str, Vec<(&'a str, &'a str)>);

/// Splits `name:key=value,key=value` into the name and its key/value pairs; a key given twice
/// is refused (which one was meant?).
pub(super) fn split(text: &str) -> Result<Parts<'_>, SpecError> {
    let text = text.trim();
    let (name, rest) = text.split_once(':').unwrap_or((text, ""));
    if name.is_empty() {
        return Err(SpecError::new("spec-no-name").arg("text", text));
    }
    let mut pairs = Vec::new();
    for item in rest.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (key, value) = item.split_once('=').ok_or_else(|| {
            SpecError::new("spec-not-key-value")
                .arg("item", item)
                .arg("text", text)
        })?;
        let key = key.trim();
        if pairs.iter().any(|&(k, _)| k == key) {
            return Err(SpecError::new("spec-key-twice")
                .arg("key", key)
                .arg("text", text));
        }
        pairs.push((key, value.trim()));
    }
    Ok((name.trim(), pairs))
}

/// Parses a finite number for `key`.
pub(super) fn number(key: &str, value: &str) -> Result<f64, SpecError> {
    match value.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(SpecError::new("spec-not-finite")
            .arg("key", key)
            .arg("value", value)),
    }
}

/// Parses `true`/`false` (also `1`/`0`, `yes`/`no`) for `key`.
pub(super) fn boolean(key: &str, value: &str) -> Result<bool, SpecError> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(SpecError::new("spec-not-boolean")
            .arg("key", key)
            .arg("value", value)),
    }
}

/// Parses a whole number of at least 1 for `key`.
pub(super) fn count(key: &str, value: &str) -> Result<u64, SpecError> {
    match value.parse::<u64>() {
        Ok(v) if v >= 1 => Ok(v),
        _ => Err(SpecError::new("spec-not-count")
            .arg("key", key)
            .arg("value", value)),
    }
}

/// The error for a key the named thing does not have.
pub(super) fn unknown_key(what: &str, key: &str, known: &[&str]) -> SpecError {
    SpecError::new("spec-unknown-key")
        .arg("what", what)
        .arg("key", key)
        .arg("known", known.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_names_and_pairs() {
        assert_eq!(split("adam").unwrap(), ("adam", vec![]));
        assert_eq!(
            split("adam:lr=0.01, beta1=0.8").unwrap(),
            ("adam", vec![("lr", "0.01"), ("beta1", "0.8")])
        );
        assert!(split(":lr=1").is_err());
        let e = split("adam:lr").unwrap_err().0.to_string();
        assert!(e.contains("key=value"), "{e}");
        assert_eq!(number("lr", "1e-3").unwrap(), 1e-3);
        assert!(number("lr", "nan").is_err());
        assert!(number("lr", "fast").is_err());
        assert!(boolean("nesterov", "TRUE").unwrap());
        assert!(count("step_size", "0").is_err());
    }
}

//! A message of the interface with its arguments, kept as data so that it reads in whatever
//! language is shown when it is shown: an error made in English-free code, read in 简体中文.

use super::Language;

/// A message id (of `locales/<tag>/*.ftl`) with its placeables' values, already formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    key: &'static str,
    args: Vec<(&'static str, String)>,
}

impl Message {
    /// The message `key`, without placeables.
    pub fn new(key: &'static str) -> Self {
        Self::with(key, Vec::new())
    }

    /// The message `key` with its placeables filled from `args`.
    pub fn with(key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Self { key, args }
    }

    /// The message in `language`.
    pub fn text(&self, language: Language) -> String {
        language.text_with(self.key, &self.args)
    }
}

/// Shown without a language (logs, `Debug`, the command line's English): in English.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Language::English))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_reads_in_each_language_and_displays_in_english() {
        let message = Message::with("formula-unknown-name", vec![("name", "z".into())]);
        assert!(
            message.to_string().starts_with("unknown name 'z'"),
            "{message}"
        );
        let chinese = message.text(Language::SimplifiedChinese);
        assert!(chinese.contains("未知的名称 'z'"), "{chinese}");
    }
}

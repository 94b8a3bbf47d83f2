//! A message of the interface with its arguments, kept as data so that it reads in whatever
//! language is shown when it is shown: an error made in English-free code, read in 简体中文.

use std::fmt::Display;

use serde::{Serialize, Serializer};

use super::Language;

/// What fills a placeable: text that reads the same in every language (a number, a name), or
/// another message, read in the same language as the one it is part of.
#[derive(Clone, Debug, PartialEq)]
enum Arg {
    Text(String),
    Message(Message),
}

/// A message id (of `locales/<tag>/*.ftl`) with its placeables' values.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `key`, without placeables.
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// The message `key` with its placeables filled from `args`.
    pub fn with(key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        let args = args.into_iter().map(|(n, v)| (n, Arg::Text(v))).collect();
        Self { key, args }
    }

    /// This message with the placeable `name` filled by `value`, the same in every language.
    pub fn arg(mut self, name: &'static str, value: impl Display) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// This message with the placeable `name` filled by another message.
    pub fn part(mut self, name: &'static str, message: Message) -> Self {
        self.args.push((name, Arg::Message(message)));
        self
    }

    /// The message's id.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The message in `language`.
    pub fn text(&self, language: Language) -> String {
        let args: Vec<(&str, String)> = (self.args.iter())
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => text.clone(),
                    Arg::Message(message) => message.text(language),
                };
                (*name, value)
            })
            .collect();
        language.text_with(self.key, &args)
    }
}

/// Shown without a language (logs, `Debug`, the command line's English): in English.
impl Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Language::English))
    }
}

/// A message can be an error's whole text: the command line reads it in the language asked for.
impl std::error::Error for Message {}

/// In JSON, a message is its English text: scripts read the same words in every language.
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
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

    #[test]
    fn a_message_inside_a_message_reads_in_the_same_language() {
        let inner = Message::new("formula-unknown-name").arg("name", "z");
        let outer = Message::new("formula-error")
            .part("problem", inner)
            .arg("position", 3);
        let chinese = outer.text(Language::SimplifiedChinese);
        assert!(chinese.contains("未知的名称 'z'"), "{chinese}");
        assert!(outer.to_string().contains("unknown name 'z'"), "{outer}");
        assert_eq!(serde_json::to_value(&outer).unwrap(), outer.to_string());
    }
}

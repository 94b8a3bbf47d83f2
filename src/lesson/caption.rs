//! The words of a lesson's figure — its title, axes and series names — as messages
//! (`locales/<tag>/figures.ftl`), so that the figure reads in the interface's language while
//! the JSON of `lesson check` keeps its English.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::i18n::Language;

/// What fills a placeable of a caption.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CaptionArg {
    /// Text that reads the same in every language: a number, an architecture like 2-16-16-2.
    Text(String),
    /// Another message of the figures' files.
    Message(Cow<'static, str>),
    /// The lesson's own name for its `index`-th network (the check's `names`), in English;
    /// translated as the message `lesson-<lesson>-figure-name-<index>`.
    LessonName {
        /// Which of the check's two networks.
        index: usize,
        /// Its name in the lesson file.
        english: String,
    },
}

/// A figure's text: a message with its arguments.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Caption {
    key: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, CaptionArg)>,
}

impl Caption {
    /// The message `key`, without arguments.
    pub fn new(key: &'static str) -> Self {
        Self::with(key, Vec::new())
    }

    /// The message `key` with its placeables filled from `args`.
    pub fn with(key: &'static str, args: Vec<(&'static str, CaptionArg)>) -> Self {
        let args = args.into_iter().map(|(n, a)| (n.into(), a)).collect();
        Self {
            key: key.into(),
            args,
        }
    }

    /// The caption in `language`, for the figure of the lesson called `lesson`.
    pub fn text(&self, language: Language, lesson: &str) -> String {
        let args: Vec<(&str, String)> = (self.args.iter())
            .map(|(name, arg)| {
                let value = match arg {
                    CaptionArg::Text(text) => text.clone(),
                    CaptionArg::Message(key) => language.text(key),
                    CaptionArg::LessonName { english, .. } if language == Language::English => {
                        english.clone()
                    }
                    CaptionArg::LessonName { index, .. } => {
                        language.text(&format!("lesson-{lesson}-figure-name-{index}"))
                    }
                };
                (name.as_ref(), value)
            })
            .collect();
        language.text_with(&self.key, &args)
    }
}

/// In JSON, a caption is its English text. In a binary form (the browser's worker hands a
/// measured lesson to the page in CBOR) it is its message and arguments, which read back, so
/// the page shows it in its own language.
impl Serialize for Caption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            return serializer.serialize_str(&self.text(Language::English, ""));
        }
        let mut parts = serializer.serialize_struct("Caption", 2)?;
        parts.serialize_field("key", &self.key)?;
        parts.serialize_field("args", &self.args)?;
        parts.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_read_in_each_language_and_serialize_in_english() {
        let name = CaptionArg::LessonName {
            index: 1,
            english: "2-16-16-2".into(),
        };
        let set = CaptionArg::Message("figure-set-test".into());
        let caption = Caption::with(
            "figure-series-network-loss",
            vec![("network", name), ("set", set)],
        );
        assert_eq!(
            caption.text(Language::English, "model-bias"),
            "2-16-16-2: test loss"
        );
        assert_eq!(
            caption.text(Language::SimplifiedChinese, "model-bias"),
            "2-16-16-2：测试损失"
        );
        assert_eq!(
            serde_json::to_string(&caption).ok().as_deref(),
            Some("\"2-16-16-2: test loss\"")
        );
    }
}

//! The languages Losscape speaks: English, 简体中文 and 繁體中文. Messages live in Project
//! Fluent files (`locales/<tag>/*.ftl`), compiled into the binary; numbers are formatted by
//! the caller, the same in every language, and passed in as text.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use serde::{Deserialize, Serialize};

pub mod glossary;
mod message;

pub use message::Message;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around placeables: egui would draw them as boxes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English.
    #[default]
    #[serde(rename = "en")]
    English,
    /// Chinese in simplified characters (mainland China, Singapore).
    #[serde(rename = "zh-Hans")]
    SimplifiedChinese,
    /// Chinese in traditional characters (Taiwan, Hong Kong).
    #[serde(rename = "zh-Hant")]
    TraditionalChinese,
}

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Language; 3] = [
        Language::English,
        Language::SimplifiedChinese,
        Language::TraditionalChinese,
    ];

    /// The BCP 47 tag: `en`, `zh-Hans`, `zh-Hant`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::SimplifiedChinese => "zh-Hans",
            Language::TraditionalChinese => "zh-Hant",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::SimplifiedChinese => "简体中文",
            Language::TraditionalChinese => "繁體中文",
        }
    }

    /// The language a tag or locale names: `en`, `zh-Hans`, `zh-Hant`, and the locales that
    /// imply a script (`zh_CN.UTF-8`, `zh-SG`, `zh_TW`, `zh-HK`, `zh-MO`; plain `zh` is
    /// simplified). Any other language is English.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let locale = locale.split(['.', '@']).next().unwrap_or_default();
        let parts: Vec<String> = locale
            .split(['-', '_'])
            .map(str::to_ascii_lowercase)
            .collect();
        match parts.first().map(String::as_str) {
            Some("en") => Some(Language::English),
            Some("zh") => {
                let traditional = parts[1..]
                    .iter()
                    .any(|p| matches!(p.as_str(), "hant" | "tw" | "hk" | "mo"));
                Some(if traditional {
                    Language::TraditionalChinese
                } else {
                    Language::SimplifiedChinese
                })
            }
            _ => None,
        }
    }

    /// The language of the environment: `LC_ALL`, `LC_MESSAGES`, `LANG` (the first set, as
    /// POSIX orders them), else the operating system's setting; English when none is one
    /// Losscape speaks.
    pub fn from_environment() -> Language {
        let variables = ["LC_ALL", "LC_MESSAGES", "LANG"];
        let from_variables = variables
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty());
        from_variables
            .or_else(sys_locale::get_locale)
            .and_then(|locale| Language::from_locale(&locale))
            .unwrap_or_default()
    }

    /// The message `key` in this language.
    pub fn text(self, key: &str) -> String {
        LOCALES.lookup(&self.identifier(), key)
    }

    /// The message `key` with its placeables filled from `args` (already formatted).
    pub fn text_with(self, key: &str, args: &[(&str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let name = Cow::Owned((*name).to_owned());
                (name, FluentValue::from(value.clone()))
            })
            .collect();
        LOCALES.lookup_with_args(&self.identifier(), key, &args)
    }

    /// The loader's identifier of this language (the tags are valid: a test looks each up).
    fn identifier(self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        Language::from_locale(tag).ok_or_else(|| {
            format!("unknown language '{tag}': Losscape speaks en, zh-Hans and zh-Hant")
        })
    }
}

#[cfg(test)]
mod tests;

//! Share links: the whole setup, and the lesson on screen, in a web address's fragment
//! (`…/#lesson=saddle&setup=…`), so that a teacher can post a link to an exact demo. The setup
//! is its scenario text (so links are versioned and checked like scenario files), deflated and
//! written in URL-safe base64. The browser build keeps its address's fragment current and opens
//! the one it is given; the desktop app copies and opens the same links.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::i18n::Message;
use crate::scenario::AppState;
use crate::scenario::{parse_scenario, scenario_text};

/// The fragment's key of the lesson's name.
const LESSON: &str = "lesson";
/// The fragment's key of the setup.
const SETUP: &str = "setup";
/// Deflate's strongest level: links are short and written rarely.
const LEVEL: u8 = 9;
/// The largest setup a link is inflated to, in bytes: far above any scenario, far below what
/// would hurt the app when a link is crafted to inflate without end.
const MOST_INFLATED: usize = 1 << 20;

/// What a share link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    /// The setup.
    pub setup: AppState,
    /// The name of the lesson on screen, if one was.
    pub lesson: Option<String>,
}

/// The fragment (without `#`) that carries `setup` and the lesson named `lesson`.
pub fn fragment(setup: &AppState, lesson: Option<&str>) -> Result<String, Message> {
    let text = scenario_text(setup)?;
    let packed = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
        text.as_bytes(),
        LEVEL,
    ));
    Ok(match lesson {
        Some(name) => format!("{LESSON}={}&{SETUP}={packed}", escaped(name)),
        None => format!("{SETUP}={packed}"),
    })
}

/// What the link (a whole web address, or its fragment with or without `#`) carries, or why
/// it cannot be read.
pub fn read(link: &str) -> Result<Shared, Message> {
    let fragment = link.trim().rsplit_once('#').map_or(link.trim(), |(_, f)| f);
    let mut setup = None;
    let mut lesson = None;
    for pair in fragment.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some((SETUP, value)) => setup = Some(value),
            Some((LESSON, value)) => lesson = Some(unescaped(value)?),
            _ => {}
        }
    }
    let packed = setup.ok_or_else(|| Message::new("link-no-setup"))?;
    let deflated = URL_SAFE_NO_PAD
        .decode(packed)
        .map_err(|e| Message::new("link-damaged").arg("error", e))?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MOST_INFLATED)
        .map_err(|e| Message::new("link-damaged").arg("error", e))?;
    let text = String::from_utf8(text).map_err(|e| Message::new("link-damaged").arg("error", e))?;
    Ok(Shared {
        setup: parse_scenario(&text)?,
        lesson,
    })
}

/// A lesson's name with what a fragment reserves percent-encoded.
fn escaped(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The name a fragment's percent-encoded value spells.
fn unescaped(value: &str) -> Result<String, Message> {
    let damaged = || Message::new("link-damaged").arg("error", format!("bad escape in '{value}'"));
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = value.get(i + 1..i + 3).ok_or_else(damaged)?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| damaged())?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| damaged())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optim::OptimizerKind;

    fn changed_setup() -> AppState {
        let mut setup = AppState::default();
        setup.surface.shown = crate::scenario::ShownSurface::zoo("himmelblau");
        setup.racers[0].start = [-3.25, 1.5];
        setup.racers[0].optimizer.kind = OptimizerKind::Adam;
        setup.steps = 777;
        setup
    }

    #[test]
    fn a_link_brings_back_the_setup_and_the_lesson() {
        let setup = changed_setup();
        let link = format!(
            "https://example.org/losscape/#{}",
            fragment(&setup, Some("saddle & ravine")).expect("written")
        );
        let shared = read(&link).expect("read back");
        assert_eq!(shared.setup, setup);
        assert_eq!(shared.lesson.as_deref(), Some("saddle & ravine"));
        let without = read(&fragment(&setup, None).expect("written")).expect("read back");
        assert_eq!(without.lesson, None);
        assert_ne!(without.setup, AppState::default());
    }

    #[test]
    fn a_link_is_short_enough_to_post() {
        let text = fragment(&changed_setup(), None).expect("written");
        assert!(text.len() < 2000, "{} characters", text.len());
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_=&".contains(&b))
        );
    }

    #[test]
    fn a_damaged_link_is_refused_with_the_reason() {
        let good = fragment(&changed_setup(), None).expect("written");
        let key = |e: Message| e.key().to_string();
        assert_eq!(read("#lesson=x").map_err(key), Err("link-no-setup".into()));
        assert_eq!(read("#setup=@@@").map_err(key), Err("link-damaged".into()));
        let cut = &good[..good.len() / 2];
        assert_eq!(read(cut).map_err(key), Err("link-damaged".into()));
        let bad_escape = format!("lesson=%G1&{good}");
        assert_eq!(read(&bad_escape).map_err(key), Err("link-damaged".into()));
        // Deflated text that is no scenario is refused by the scenario reader.
        let not_scenario = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
            b"version = 99\n",
            LEVEL,
        ));
        assert_eq!(
            read(&format!("setup={not_scenario}")).map_err(key),
            Err("scenario-newer".into())
        );
    }

    #[test]
    fn a_link_that_inflates_without_end_is_refused() {
        let huge = vec![b'#'; MOST_INFLATED * 4];
        let bomb = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&huge, LEVEL));
        assert!(bomb.len() < 20_000);
        let refused = read(&format!("setup={bomb}")).map_err(|e| e.key().to_string());
        assert_eq!(refused, Err("link-damaged".into()));
    }
}

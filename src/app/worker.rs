//! Work the browser hands to a web worker (`web/worker.js`: a second instance of the app's
//! module, on a thread of its own), so the page keeps drawing while it runs: a lesson's
//! measurement, which trains up to a dozen networks, and the pictures exported as files.
//! Requests and answers travel in CBOR. The desktop does the same work on a thread of its own,
//! without this detour.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::render::{Gif, encode_gif, png_bytes, render_view};
use crate::i18n::{Language, Message};
use crate::lesson::{Report, built_in};
use crate::progress::Progress;
use crate::scenario::AppState;

/// Work a worker does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Measure the claim of the built-in lesson called `name`.
    MeasureLesson {
        /// The lesson's name.
        name: String,
    },
    /// Draw a picture file: the answer is its bytes ([`Drawn`]).
    Draw {
        /// What it shows.
        drawing: Drawing,
        /// The file's name, for messages.
        named: PathBuf,
    },
}

/// A picture exported as a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Drawing {
    /// The surface view of `state` at `size` pixels, with its paths up to step `shown`, its
    /// words in `language`, as a PNG.
    View {
        state: Box<AppState>,
        size: [usize; 2],
        shown: f64,
        language: Language,
    },
    /// The race of `state` as an animated GIF.
    Race { state: Box<AppState>, gif: Gif },
}

impl Drawing {
    /// The file's bytes; `named` names it in messages.
    pub fn bytes(self, named: &Path, progress: &Progress) -> Result<Vec<u8>, Message> {
        match self {
            Self::View {
                state,
                size,
                shown,
                language,
            } => png_bytes(&render_view(*state, size, Some(shown), language), named),
            Self::Race { state, gif } => {
                let mut bytes = Vec::new();
                encode_gif(*state, &gif, progress, named, &mut bytes)?;
                Ok(bytes)
            }
        }
    }
}

/// A picture file's bytes, or why it could not be drawn (in English).
pub type Drawn = Result<Vec<u8>, String>;

/// A lesson's measured claim, or why it could not be measured: the lesson file's problem, in
/// English, as the lesson panel shows it.
pub type Measured = Result<Report, String>;

/// Measures the claim of the built-in lesson called `name`.
fn measure_lesson(name: &str, progress: &Progress) -> Measured {
    let lessons = built_in().map_err(|e| e.to_string())?;
    let lesson = (lessons.iter().find(|l| l.name == name))
        .ok_or_else(|| format!("there is no lesson called {name}"))?;
    lesson.check_with(progress).map_err(|e| e.to_string())
}

/// The worker's side: the answer to a request, both in CBOR. A request it cannot read is
/// answered with why.
pub fn answer(request: &[u8]) -> Vec<u8> {
    let progress = Progress::new();
    match decoded::<Request>(request) {
        Ok(Request::MeasureLesson { name }) => encoded(&measure_lesson(&name, &progress)),
        Ok(Request::Draw { drawing, named }) => {
            let drawn: Drawn = drawing.bytes(&named, &progress).map_err(|e| e.to_string());
            encoded(&drawn)
        }
        Err(e) => {
            let refused: Result<(), String> =
                Err(format!("the worker could not read its request: {e}"));
            encoded(&refused)
        }
    }
}

/// `value` in CBOR.
pub fn encoded(value: &impl Serialize) -> Vec<u8> {
    let mut bytes = Vec::new();
    // Writing into a Vec fails only for values serde cannot represent; ours all can.
    if let Err(e) = ciborium::into_writer(value, &mut bytes) {
        bytes.clear();
        let refused: Result<(), String> = Err(format!("the answer could not be written: {e}"));
        let _ = ciborium::into_writer(&refused, &mut bytes);
    }
    bytes
}

/// The value CBOR `bytes` hold, or why they hold none.
pub fn decoded<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    ciborium::from_reader(bytes).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(request: &Request) -> Measured {
        decoded::<Measured>(&answer(&encoded(request))).expect("an answer in CBOR")
    }

    #[test]
    fn a_lesson_measured_through_the_worker_is_the_lesson_measured_here() {
        // Model bias: its report has a figure, whose captions must come back as messages.
        let lesson = (built_in().expect("the built-in lessons read"))
            .into_iter()
            .find(|l| l.name == "model-bias")
            .expect("the model-bias lesson");
        let here = lesson.check_with(&Progress::new()).expect("it measures");
        let figure = here.figure.as_ref().expect("model bias plots its networks");
        let through = asked(&Request::MeasureLesson {
            name: lesson.name.clone(),
        })
        .expect("the worker measures it");
        assert_eq!(through, here);
        // The figure still reads in each language, as the page shows it.
        let back = through.figure.expect("a figure");
        let chinese = crate::i18n::Language::SimplifiedChinese;
        assert_eq!(
            back.title.text(chinese, &lesson.name),
            figure.title.text(chinese, &lesson.name)
        );
    }

    #[test]
    fn a_picture_drawn_through_the_worker_is_the_picture_drawn_here() {
        let state = AppState::default();
        let named = PathBuf::from("losscape-view.png");
        let view = Drawing::View {
            state: Box::new(state.clone()),
            size: [320, 200],
            shown: 40.0,
            language: Language::SimplifiedChinese,
        };
        let here = view.clone().bytes(&named, &Progress::new()).expect("drawn");
        let request = Request::Draw {
            drawing: view,
            named,
        };
        let through = decoded::<Drawn>(&answer(&encoded(&request))).expect("an answer");
        assert_eq!(through.as_deref(), Ok(&here[..]));
        assert!(here.starts_with(b"\x89PNG"));
        let race = Drawing::Race {
            state: Box::new(state),
            gif: Gif {
                size: [160, 100],
                frames: 3,
                delay_ms: 80,
                language: Language::English,
            },
        };
        let named = PathBuf::from("losscape-race.gif");
        let request = Request::Draw {
            drawing: race,
            named,
        };
        let gif = decoded::<Drawn>(&answer(&encoded(&request))).expect("an answer");
        let gif = gif.expect("drawn");
        assert!(gif.starts_with(b"GIF89a"));
        let frames = image::codecs::gif::GifDecoder::new(std::io::Cursor::new(&gif))
            .and_then(|d| image::AnimationDecoder::into_frames(d).collect_frames())
            .expect("a GIF that reads back");
        assert_eq!(frames.len(), 3);
    }

    #[test]
    fn unknown_lessons_and_unreadable_requests_are_answered_with_why() {
        let unknown = asked(&Request::MeasureLesson {
            name: "no-such-lesson".into(),
        });
        assert_eq!(
            unknown,
            Err("there is no lesson called no-such-lesson".into())
        );
        let garbled = decoded::<Measured>(&answer(b"\xff\x00 not cbor")).expect("an answer");
        assert!(garbled.is_err_and(|e| e.starts_with("the worker could not read its request")),);
    }
}

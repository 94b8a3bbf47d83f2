//! Work the browser hands to a web worker (`web/worker.js`: a second instance of the app's
//! module, on a thread of its own), so the page keeps drawing while it runs: a lesson's
//! measurement, which trains up to a dozen networks. Requests and answers travel in CBOR. The
//! desktop does the same work on a thread of its own, without this detour.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::lesson::{Report, built_in};
use crate::progress::Progress;

/// Work a worker does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Measure the claim of the built-in lesson called `name`.
    MeasureLesson {
        /// The lesson's name.
        name: String,
    },
}

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
    let measured = match decoded::<Request>(request) {
        Ok(Request::MeasureLesson { name }) => measure_lesson(&name, &Progress::new()),
        Err(e) => Err(format!("the worker could not read its request: {e}")),
    };
    encoded(&measured)
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

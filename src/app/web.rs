//! The browser build's page: the app on the page's canvas (`scripts/build-web.sh`), the setup
//! in the address's fragment as a share link, and the app's own timing for tools that test it.

use eframe::wasm_bindgen::{JsCast, JsValue};
use eframe::web_sys;

use super::LossApp;
use super::share_link::fragment;
use crate::scenario::AppState;

/// The id of the page's canvas, and of the text shown until the app runs (`web/index.html`).
const CANVAS: &str = "losscape";
const LOADING: &str = "loading";

/// Starts the app on the page's canvas, with the setup of the share link the page was opened
/// with; returns at once, the page runs it from then on. What stops it is written where the
/// page said "Loading".
pub fn run_web() {
    wasm_bindgen_futures::spawn_local(async {
        let document = web_sys::window().and_then(|window| window.document());
        let Some(document) = document else { return };
        let canvas = document
            .get_element_by_id(CANVAS)
            .and_then(|element| element.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let started = match canvas {
            Some(canvas) => eframe::WebRunner::new()
                .start(
                    canvas,
                    eframe::WebOptions::default(),
                    Box::new(|cc| {
                        let mut app = LossApp::new(cc);
                        if let Some(link) = page_fragment() {
                            app.open_link(&link, &cc.egui_ctx);
                        }
                        Ok(Box::new(app))
                    }),
                )
                .await
                .map_err(|e| format!("Losscape could not start: {e:?}")),
            None => Err(format!("the page has no canvas with id \"{CANVAS}\"")),
        };
        if let Some(loading) = document.get_element_by_id(LOADING) {
            match started {
                Ok(()) => loading.remove(),
                Err(reason) => loading.set_text_content(Some(&reason)),
            }
        }
    });
}

/// The address's fragment, when it holds something.
fn page_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Some(hash).filter(|h| h.len() > 1)
}

/// The page's address without its fragment: what share links point to.
pub fn page_address() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or_default().to_owned())
}

/// What the page was last told, so that it is told again only on a change, and the app's own
/// timing, which tools that test the page read from `globalThis.losscape`.
#[derive(Default)]
pub struct Page {
    /// The setup and lesson the address's fragment carries.
    shown: Option<(AppState, Option<String>)>,
    /// The fragment the page last wrote (with its `#`).
    written: Option<String>,
    /// Steps of the paths last computed at once, the milliseconds they took, and how many
    /// times paths were computed at once.
    paths: Option<(f64, f64, u64)>,
}

impl Page {
    /// Notes paths computed at once: `steps` in all, in `ms` milliseconds.
    pub fn timed_paths(&mut self, steps: f64, ms: f64) {
        let count = self.paths.map_or(0, |(_, _, n)| n);
        self.paths = Some((steps, ms, count + 1));
    }

    /// A link typed or pasted into the address bar since the page last wrote its fragment,
    /// taken once: whether it opens or not, the fragment is then rewritten from the setup.
    pub fn take_typed_link(&mut self) -> Option<String> {
        let hash = page_fragment()?;
        if self.written.as_ref().is_none_or(|w| *w == hash) {
            return None;
        }
        self.written = Some(hash.clone());
        self.shown = None;
        Some(hash)
    }

    /// Keeps the address's fragment the share link of `setup` (with `lesson` open), replacing
    /// the history entry so that Back leaves the page rather than undoing edits; and publishes
    /// the racers, the milliseconds the app's code took in the last frame, the last paths', and
    /// where the selected racer's start is drawn (CSS pixels).
    pub fn update(
        &mut self,
        setup: &AppState,
        lesson: Option<&str>,
        frame_ms: Option<f32>,
        start_at: Option<[f32; 2]>,
    ) {
        let now = (setup, lesson);
        let changed = self
            .shown
            .as_ref()
            .is_none_or(|(s, l)| (s, l.as_deref()) != now);
        if changed {
            if let Ok(text) = fragment(setup, lesson)
                && let Some(history) = web_sys::window().and_then(|w| w.history().ok())
            {
                let hash = format!("#{text}");
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&hash));
                self.written = Some(hash);
            }
            self.shown = Some((setup.clone(), lesson.map(str::to_owned)));
        }
        self.publish(setup.racers.len(), frame_ms, start_at);
    }

    /// Sets `globalThis.losscape` to the timing's figures.
    fn publish(&self, racers: usize, frame_ms: Option<f32>, start_at: Option<[f32; 2]>) {
        let object = js_sys::Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
        };
        set("racers", JsValue::from_f64(racers as f64));
        if let Some(ms) = frame_ms {
            set("frame_ms", JsValue::from_f64(f64::from(ms)));
        }
        if let Some([x, y]) = start_at {
            let at = js_sys::Array::of2(&JsValue::from_f64(x.into()), &JsValue::from_f64(y.into()));
            set("start_at", at.into());
        }
        if let Some((steps, ms, count)) = self.paths {
            set("path_steps", JsValue::from_f64(steps));
            set("paths_ms", JsValue::from_f64(ms));
            set("paths_count", JsValue::from_f64(count as f64));
        }
        let _ = js_sys::Reflect::set(&js_sys::global(), &JsValue::from_str("losscape"), &object);
    }
}

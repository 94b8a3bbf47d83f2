//! The page's side of a call to a web worker (`web/worker.js`, see [`super::worker`]): starts
//! the worker, posts it the request and keeps its answer when it arrives. Dropping the call
//! ends the worker, wherever its work is: that is how Cancel stops it.

use std::cell::RefCell;
use std::rc::Rc;

use eframe::egui;
use eframe::wasm_bindgen::JsCast;
use eframe::wasm_bindgen::closure::Closure;
use eframe::web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

/// The worker's script, beside the page.
const SCRIPT: &str = "worker.js";

/// A worker's answer (CBOR), or why there is none.
pub type Answer = Result<Vec<u8>, String>;

/// A request on its way in a worker of its own.
pub struct WorkerCall {
    worker: Worker,
    /// The answer, once it is there.
    answer: Rc<RefCell<Option<Answer>>>,
    /// The handlers the worker calls; kept as long as it may call them.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl WorkerCall {
    /// Starts a worker and posts it `request` (CBOR); the page is asked to repaint when the
    /// answer arrives. Why not, when the browser refuses the worker.
    pub fn start(request: &[u8], ctx: &egui::Context) -> Result<Self, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(SCRIPT, &options)
            .map_err(|e| format!("the browser refused a worker: {e:?}"))?;
        let answer = Rc::new(RefCell::new(None));
        let on_message = {
            let (answer, ctx) = (Rc::clone(&answer), ctx.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
                *answer.borrow_mut() = Some(Ok(bytes));
                ctx.request_repaint();
            })
        };
        let on_error = {
            let (answer, ctx) = (Rc::clone(&answer), ctx.clone());
            Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
                let reason = format!("the worker stopped: {}", event.message());
                *answer.borrow_mut() = Some(Err(reason));
                ctx.request_repaint();
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let bytes = js_sys::Uint8Array::from(request);
        worker
            .post_message(&bytes)
            .map_err(|e| format!("the request did not reach the worker: {e:?}"))?;
        Ok(Self {
            worker,
            answer,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// The answer, once it has arrived (taken: later calls see none).
    pub fn answer(&self) -> Option<Answer> {
        self.answer.borrow_mut().take()
    }
}

impl Drop for WorkerCall {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

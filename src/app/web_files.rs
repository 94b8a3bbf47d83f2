//! Files in the browser build, which has no paths: what the desktop writes to a file is offered
//! as a download, and what it opens from a file is chosen in the browser's file picker.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use eframe::egui;
use eframe::wasm_bindgen::closure::Closure;
use eframe::wasm_bindgen::{JsCast, JsValue};
use eframe::web_sys;

use super::file_window::FileAction;
use crate::i18n::Message;

/// A file chosen in the picker: what it was for, its name and its text.
pub struct Picked {
    /// The action that asked for it.
    pub action: FileAction,
    /// The file's name, for messages.
    pub name: String,
    /// Its contents, or why they could not be read.
    pub text: Result<String, Message>,
}

/// Offers `bytes` as a download named after `name`'s file name.
pub fn offer(name: &Path, bytes: &[u8]) -> Result<(), Message> {
    let file_name = name.file_name().map_or_else(
        || "losscape".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    let refused = |e: JsValue| {
        Message::new("file-not-downloaded")
            .arg("path", &file_name)
            .arg("error", format!("{e:?}"))
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| refused(JsValue::from_str("no page")))?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)?;
    let link = document
        .create_element("a")
        .map_err(refused)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|e| refused(e.into()))?;
    link.set_href(&url);
    link.set_download(&file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url).map_err(refused)
}

/// The browser's file picker, and the file chosen in it once its text is read.
#[derive(Default)]
pub struct Picker {
    chosen: Rc<RefCell<Option<Picked>>>,
}

impl Picker {
    /// Shows the browser's file picker for `action`, offering files ending in `extension`.
    pub fn pick(&self, action: FileAction, extension: &str, ctx: &egui::Context) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(input) = document
            .create_element("input")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        input.set_type("file");
        input.set_accept(extension);
        let (chosen, ctx, field) = (Rc::clone(&self.chosen), ctx.clone(), input.clone());
        let on_change = Closure::once(move || {
            let Some(file) = field.files().and_then(|files| files.get(0)) else {
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                    .ok_or_else(|| Message::new("file-not-read").arg("path", &name));
                *chosen.borrow_mut() = Some(Picked { action, name, text });
                ctx.request_repaint();
            });
        });
        input.set_onchange(Some(on_change.as_ref().unchecked_ref()));
        // The picker calls it at most once, whenever the user chooses; it lives until then.
        on_change.forget();
        input.click();
    }

    /// The file chosen since the last call, if any.
    pub fn take(&self) -> Option<Picked> {
        self.chosen.borrow_mut().take()
    }
}

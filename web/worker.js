// Losscape's web worker: a second instance of the app's module, on a thread of its own, that
// does work the page hands it (src/app/worker.rs) so the page keeps drawing meanwhile. Each
// message is a request in CBOR; the answer goes back in CBOR. The page ends the worker to
// cancel.
import init, { losscape_work } from "./losscape.js";

const ready = init();

self.onmessage = async (event) => {
  await ready;
  self.postMessage(losscape_work(event.data));
};

// The training worker on the WebAssembly GC engine: the page's own compiled code through the same
// eval-free loader, whose main starts a worker's side when told "worker" (rnnplayground.web.Main).
'use strict';
importScripts('classes.wasm-runtime.js');
TeaVM.wasmGC.load('classes.wasm').then(function (teavm) {
  teavm.exports.main(['worker']);
}, function (error) {
  self.postMessage({ type: 'failed', generation: -1, message: 'it could not load: ' + (error && error.message || error) });
});

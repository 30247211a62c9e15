// The training worker on the JavaScript engine: the page's own compiled code, whose main starts a
// worker's side when told "worker" (rnnplayground.web.Main). boot.js makes the worker.
'use strict';
importScripts('classes.js');
main(['worker']);

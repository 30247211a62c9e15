// The offline copy of rnn-playground. The build writes the version (a hash of every file of the
// site) and the list of files below; a new deployment has a new version, so its worker fills a new
// cache and deletes the old one. Files are served from the cache first, so after one visit the page
// loads and works with the network off.
'use strict';

var VERSION = '@SITE_VERSION@';
var FILES = [
  '@SITE_FILES@'
];
// Several copies of the site may share an origin (user.github.io/a/, user.github.io/b/): each keeps
// its own caches, named after its scope.
var PREFIX = 'rnn-playground ' + self.registration.scope + ' ';
var CACHE = PREFIX + VERSION;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // 'reload': straight from the server, never from the browser's HTTP cache of an older deployment
    return cache.addAll(FILES.map(function (file) { return new Request(file, { cache: 'reload' }); }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(self.registration.scope) !== 0) {
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    // ?engine=js, ?embed: the same file
    return cache.match(request, { ignoreSearch: true }).then(function (cached) {
      return cached || fetch(request);
    });
  }));
});

// The offline copy of rnn-playground. The build writes the version (a hash of this worker and of
// every file of the site) and, for each file, the SHA-256 of its contents. A page loads one version
// from start to end: a new deployment's worker fills a cache of its own, checks every file against
// its hash (a file that does not match fails the install, and the next visit tries again), then
// waits. It takes over only when no page uses the old version any more, or when a page asks it to
// (the person pressed Reload on "A new version is ready"); only then does the old copy go.
'use strict';

var VERSION = '@SITE_VERSION@';
var FILES = {
  '@SITE_FILES@'
};
// Several copies of the site may share an origin (user.github.io/a/, user.github.io/b/): each keeps
// its own caches, named after its scope.
var PREFIX = 'rnn-playground ' + self.registration.scope + ' ';
var CACHE = PREFIX + VERSION;
var TAKE_OVER = 'rnn-playground:take-over';

function hex(buffer) {
  return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
    return (b < 16 ? '0' : '') + b.toString(16);
  }).join('');
}

// 'reload': straight from the server, never from the browser's HTTP cache of an older deployment.
function fetchChecked(file) {
  var request = new Request(file, { cache: 'reload' });
  return fetch(request).then(function (response) {
    if (!response.ok) {
      throw new Error(file + ': HTTP ' + response.status);
    }
    return response.clone().arrayBuffer().then(function (bytes) {
      return crypto.subtle.digest('SHA-256', bytes);
    }).then(function (digest) {
      if (hex(digest) !== FILES[file]) {
        throw new Error(file + ' is not the file of version ' + VERSION);
      }
      return { request: request, response: response };
    });
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(Promise.all(Object.keys(FILES).map(fetchChecked)).then(function (checked) {
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(checked.map(function (file) {
        return cache.put(file.request, file.response);
      }));
    });
  }).catch(function (error) {
    return caches.delete(CACHE).then(function () {
      throw error;
    });
  }));
});

self.addEventListener('message', function (event) {
  if (event.data === TAKE_OVER) {
    self.skipWaiting();
  }
});

// No page of the old version is left, or the one left asked for this one: the old copy goes.
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
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

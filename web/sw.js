// The offline copy of rnn-playground. The build writes the version (a hash of this worker and of
// every file of the site) and, for each file, the SHA-256 of its contents. A page loads one version
// from start to end: a new deployment's worker fills a cache of its own, checks every file against
// its hash (a file that does not match fails the install, and the next visit tries again), then
// waits. It takes over only when no page uses the old version any more, or when a page asks it to
// (the person pressed Reload on "A new version is ready"); only then does the old copy go.
//
// What the copy serves is checked too, against the same hashes: each file on its first use after
// the worker starts or a page is opened. A file damaged since the install (a disk error, an
// extension, an entry half written) is fetched again, checked, and served only once it matches; with
// no network to repair it, the page is told that the offline copy is damaged.
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
// A page asks, with a port to answer on, which files of the copy are damaged beyond repair now.
var CHECK = 'rnn-playground:check';
// What a page opened from a copy that cannot start it gets instead: plain words, nothing to run.
var DAMAGED_PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    + '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<title>Recurrent Networks — rnn-playground</title></head><body>'
    + '<p id="damaged">The offline copy of this page is damaged; connect once to repair it, then reload.</p>'
    + '</body></html>';

function hex(buffer) {
  return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
    return (b < 16 ? '0' : '') + b.toString(16);
  }).join('');
}

// The SHA-256 of a response's body, in hex; the response itself stays unread.
function digestOf(response) {
  return response.clone().arrayBuffer().then(function (bytes) {
    return crypto.subtle.digest('SHA-256', bytes);
  }).then(hex);
}

// 'reload': straight from the server, never from the browser's HTTP cache of an older deployment.
function fetchChecked(file) {
  var request = new Request(file, { cache: 'reload' });
  return fetch(request).then(function (response) {
    if (!response.ok) {
      throw answered(new Error(file + ': HTTP ' + response.status));
    }
    return digestOf(response).then(function (digest) {
      if (digest !== FILES[file]) {
        throw answered(new Error(file + ' is not the file of version ' + VERSION));
      }
      return { request: request, response: response };
    });
  });
}

// The error, marked as one the server answered with: the network is there, the file is not.
function answered(error) {
  error.answered = true;
  return error;
}

self.addEventListener('install', function (event) {
  event.waitUntil(Promise.all(Object.keys(FILES).map(fetchChecked)).then(function (fetched) {
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(fetched.map(function (file) {
        return cache.put(file.request, file.response);
      }));
    });
  }).catch(function (error) {
    return caches.delete(CACHE).then(function () {
      throw error;
    });
  }));
});

// Each file of the copy, checked since the worker started or a page was opened: a promise that
// resolves once the cache holds the file as the build made it, repaired from the network if it had
// to be, and rejects when it could not be (no network, or the server has moved on to another
// version). A rejected check is forgotten, so that the next use tries again.
var checked = {};

function intact(file) {
  if (!checked[file]) {
    var check = caches.open(CACHE).then(function (cache) {
      return cache.match(file).then(function (cached) {
        return cached ? digestOf(cached) : '';
      }).catch(function () {
        return ''; // an entry that cannot be read is damaged too
      }).then(function (digest) {
        if (digest === FILES[file]) {
          return;
        }
        return fetchChecked(file).then(function (fresh) {
          return cache.put(fresh.request, fresh.response);
        });
      });
    });
    check.catch(function () {
      if (checked[file] === check) {
        delete checked[file];
      }
    });
    checked[file] = check;
  }
  return checked[file];
}

// Checks every file of the copy: {damaged: the files damaged and not repaired now, answered: whether
// the server answered a request for one of them (it has moved on to another version then)}.
function checkCopy() {
  var answered = false;
  return Promise.all(Object.keys(FILES).map(function (file) {
    return intact(file).then(function () {
      return null;
    }, function (error) {
      answered = answered || !!error.answered;
      return file;
    });
  })).then(function (files) {
    return { damaged: files.filter(function (file) { return file !== null; }), answered: answered };
  });
}

self.addEventListener('message', function (event) {
  if (event.data === TAKE_OVER) {
    self.skipWaiting();
  } else if (event.data === CHECK && event.ports && event.ports[0]) {
    var port = event.ports[0];
    event.waitUntil(checkCopy().then(function (copy) {
      port.postMessage(copy);
    }));
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

// The file of the copy that a URL names ("./" for the folder), ignoring the query; or null.
function fileOf(url) {
  var path = url.split('#')[0].split('?')[0].slice(self.registration.scope.length);
  var file = path === '' ? './' : path;
  return Object.prototype.hasOwnProperty.call(FILES, file) ? file : null;
}

// A page opened checks its copy afresh: the file it opens, and boot.js, without which it could not
// even say that something is wrong. Every other file is checked when the page asks for it.
function serve(file, request) {
  var opening = request.mode === 'navigate';
  if (opening) {
    checked = {};
  }
  return Promise.all((opening ? [file, 'boot.js'] : [file]).map(intact)).then(function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(file);
    }).then(function (cached) {
      return cached || fetch(request);
    });
  }, function () {
    return opening
      ? new Response(DAMAGED_PAGE, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
      : new Response('', { status: 503, statusText: 'Offline copy damaged' });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(self.registration.scope) !== 0) {
    return;
  }
  var file = fileOf(request.url);
  if (file !== null) { // ?engine=js, ?embed: the same file
    event.respondWith(serve(file, request));
  }
});

// Starts the page's Java code: the WebAssembly GC build where the browser supports it and the page
// is served over http(s), the JavaScript build otherwise. ?engine=js or ?engine=wasm forces one.
// When the WebAssembly build fails, the JavaScript one runs for that load only, and the line at the
// bottom of the widget says why; a page that cannot start says so, with a Repair and reload button.
// A small build (first.js) draws the first heatmap as soon as the heatmap's part of the widget is
// parsed; the engine's build is fetched after it, started when the document is ready, and takes the
// heatmap's box over. ?embed shows the widget alone, for an iframe. This script runs in the head,
// before the body is parsed, so that the embed layout is there from the first paint.
(function () {
  'use strict';

  var documentReady = new Promise(function (resolve) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { resolve(); });
    } else {
      resolve();
    }
  });

  var ENGINES = { wasm: 'WebAssembly GC', js: 'JavaScript' };
  // (module (type (struct))): only a browser with WebAssembly GC accepts it.
  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]);

  function wasmGcSupported() {
    try {
      return typeof WebAssembly === 'object' && WebAssembly.validate(GC_PROBE);
    } catch (e) {
      return false;
    }
  }

  // A WebAssembly build that failed after it began wiring the page leaves a page the JavaScript one
  // cannot start on: it notes why for the next load, which runs on JavaScript (this tab's session
  // storage, read once), and loads the page again. The load after that tries WebAssembly again.
  var FALLBACK = 'rnn-playground:wasm-failed ' + location.pathname;

  function fallBackOnNextLoad(why) {
    try {
      sessionStorage.setItem(FALLBACK, why);
      return true;
    } catch (e) {
      return false; // no storage (a sandboxed frame): the page offers a link instead
    }
  }

  function takeFallback() {
    try {
      var why = sessionStorage.getItem(FALLBACK);
      sessionStorage.removeItem(FALLBACK);
      return why;
    } catch (e) {
      return null;
    }
  }

  function chooseEngine() {
    var fallback = takeFallback();
    if (fallback !== null) {
      return { engine: 'js', why: 'WebAssembly GC failed on the last load: ' + fallback };
    }
    var forced = new URLSearchParams(location.search).get('engine');
    if (forced === 'js' || forced === 'wasm') {
      return { engine: forced, why: 'chosen in the address' };
    }
    if (location.protocol !== 'http:' && location.protocol !== 'https:') {
      return { engine: 'js', why: 'the page was opened from disk' };
    }
    if (!wasmGcSupported()) {
      return { engine: 'js', why: 'this browser has no WebAssembly GC' };
    }
    return { engine: 'wasm', why: '' };
  }

  // Content Security Policy (the meta tag in index.html) and Trusted Types, where the browser has
  // them: no string ever becomes code, HTML or a script address. The only script addresses are the
  // site's own files below; the WebAssembly GC loader compiles no JavaScript from text (see
  // src/main/js/eval-free-loader.js), so there is no default policy to let any string through.
  var WORKERS = { js: 'training-worker-js.js', wasm: 'training-worker-wasm.js' };
  var SCRIPTS = ['first.js', 'classes.js', 'classes.wasm-runtime.js', 'sw.js', WORKERS.js, WORKERS.wasm];
  var scriptUrls = null;
  if (window.trustedTypes && window.trustedTypes.createPolicy) {
    scriptUrls = window.trustedTypes.createPolicy('rnn-playground', {
      createScriptURL: function (url) {
        if (SCRIPTS.indexOf(url) < 0) {
          throw new TypeError('not a script of this site: ' + url);
        }
        return url;
      }
    });
  }

  function scriptUrl(url) {
    return scriptUrls ? scriptUrls.createScriptURL(url) : url;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = scriptUrl(src);
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  // Resolves once the heatmap's part of the widget is parsed (an element after #heatmap-hint, the last
  // one the small build reads, has begun), before the rest of the widget and the article after it: on a
  // slow phone, parsing and laying out the rest of the page takes longer than drawing the heatmap. The
  // heatmap's box ends more than a screen's height below the widget's top, so a link can land on it.
  var heatmapParsed = new Promise(function (resolve) {
    function parsed() {
      for (var e = document.getElementById('heatmap-hint'); e && e !== document.body; e = e.parentNode) {
        if (e.nextElementSibling) {
          return true;
        }
      }
      return false;
    }
    if (!window.MutationObserver) {
      documentReady.then(resolve);
      return;
    }
    var observer = new MutationObserver(function () {
      if (parsed()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    documentReady.then(function () {
      observer.disconnect();
      resolve();
    });
  });

  // The first heatmap, drawn by the small build (rnnplayground.web.first) from the page's own classes,
  // then the engine, fetched after it so as not to share a slow network with it. The engine starts on
  // a fresh copy of the heatmap's box, put in place in the same task, so the page never shows it blank.
  var heatmapBox = null;
  var firstShown = Promise.all([loadScript('first.js'), heatmapParsed]).then(function () {
    var box = document.getElementById('heatmap-box');
    heatmapBox = box && box.cloneNode(true);
    firstHeatmap([]);
  }).catch(function () { /* the engine draws it */ });

  function takeOverHeatmap() {
    var box = document.getElementById('heatmap-box');
    if (heatmapBox && box) {
      box.replaceWith(heatmapBox.cloneNode(true));
    }
  }

  // Runs a compiled main. TeaVM's main reports no Java exception to its caller, so rnnplayground.web.Main
  // marks on the widget how far it got: "begun" once it starts wiring the page, "done" at the end.
  // A failure before "begun" left the page as it was, so the other engine can still start on it.
  function runMain(start) {
    return documentReady.then(function () {
      var thrown = null;
      try {
        takeOverHeatmap();
        start();
      } catch (error) {
        thrown = error;
      }
      var widget = document.getElementById('playground');
      var mark = widget && widget.getAttribute('data-start');
      if (mark === 'done' && !thrown) {
        return;
      }
      var failure = new Error(thrown && thrown.message ? thrown.message
          : 'its code stopped before the playground was ready');
      failure.wired = mark !== null;
      throw failure;
    });
  }

  // The training worker runs the same compiled code as the page (see training-worker-js.js); it is
  // made here, where the policy for script addresses is. The page's code calls rnnPlaygroundWorker()
  // when it first trains: a worker, or null with the reason in rnnPlaygroundWorkerRefused (a page
  // opened from disk, a policy that forbids workers).
  var engineInUse = null;
  window.rnnPlaygroundWorker = function () {
    try {
      var worker = new Worker(scriptUrl(WORKERS[engineInUse]));
      window.rnnPlaygroundWorker.last = worker;
      return worker;
    } catch (error) {
      window.rnnPlaygroundWorkerRefused = location.protocol === 'file:'
        ? 'the browser refused a worker to a page opened from disk'
        : 'the browser refused a worker (' + (error && error.name || error) + ')';
      return null;
    }
  };

  function startWasm() {
    engineInUse = 'wasm';
    return firstShown.then(function () { return loadScript('classes.wasm-runtime.js'); })
      .then(function () { return TeaVM.wasmGC.load('classes.wasm'); })
      .then(function (teavm) { return runMain(function () { teavm.exports.main([]); }); });
  }

  function startJs() {
    engineInUse = 'js';
    return firstShown.then(function () { return loadScript('classes.js'); })
      .then(function () { return runMain(function () { main([]); }); });
  }

  function report(engine, why) {
    document.documentElement.setAttribute('data-engine', engine);
    var line = document.getElementById('engine');
    if (line) {
      line.textContent = 'Runs in your browser on ' + ENGINES[engine] + (why ? ' (' + why + ')' : '') + '.';
    }
  }

  // What the page says when its copy, kept offline, is damaged and could not be repaired.
  var DAMAGED = 'the offline copy is damaged; connect once to repair it';
  var DAMAGED_ONLINE = 'the offline copy is damaged, and the site has moved on to a new version';
  var told = false; // the engine line already says the copy is damaged

  // Asks the service worker to check every file of the copy (repairing what it can): resolves with
  // {damaged: files, answered: whether the server answered}, or no damage when there is no worker or
  // it does not answer in time.
  function checkCopy() {
    var intact = { damaged: [], answered: false };
    var controller = 'serviceWorker' in navigator && navigator.serviceWorker.controller;
    if (!controller || !window.MessageChannel) {
      return Promise.resolve(intact);
    }
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        resolve(event.data && event.data.damaged ? event.data : intact);
      };
      controller.postMessage('rnn-playground:check', [channel.port2]);
      setTimeout(function () { resolve(intact); }, 5000);
    });
  }

  // Why an engine failed with this error: the damaged copy, when that is it, or the error's own words.
  function explain(error) {
    return checkCopy().then(function (copy) {
      if (copy.damaged.length === 0) {
        return error.message;
      }
      told = true;
      return copy.answered ? DAMAGED_ONLINE : DAMAGED;
    });
  }

  // Drops this site's offline copy and its worker, and loads the page from the server. Offline that
  // would leave nothing to load: the server must answer first (a HEAD request, which the worker lets
  // through to the network).
  function repairAndReload(button, status) {
    button.disabled = true;
    if (location.protocol !== 'http:' && location.protocol !== 'https:') {
      location.reload();
      return;
    }
    fetch('index.html', { method: 'HEAD', cache: 'no-store' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return navigator.serviceWorker ? navigator.serviceWorker.getRegistration() : null;
    }).then(function (registration) {
      var prefix = 'rnn-playground ' + (registration ? registration.scope : new URL('./', location.href).href) + ' ';
      return Promise.all([
        registration ? registration.unregister() : true,
        window.caches ? caches.keys().then(function (names) {
          return Promise.all(names.filter(function (name) {
            return name.indexOf(prefix) === 0;
          }).map(function (name) {
            return caches.delete(name);
          }));
        }) : true
      ]);
    }).then(function () {
      location.reload();
    }, function () {
      button.disabled = false;
      status.textContent = ' The site cannot be reached: connect, then press it again.';
    });
  }

  // The playground did not start: the line at the bottom of the widget says why, with a button that
  // repairs the offline copy and loads the page again. When the WebAssembly build failed after it
  // began wiring the page and the next load cannot be told to run on JavaScript, a link loads the
  // page again on it.
  function fail(why, engine) {
    return documentReady.then(function () {
      document.documentElement.setAttribute('data-engine', 'none');
      var line = document.getElementById('engine');
      if (!line) {
        return;
      }
      line.textContent = 'The network could not start' + (engine ? ' on ' + ENGINES[engine] : '') + ': ' + why + '.';
      line.classList.add('failed');
      if (engine === 'wasm') {
        var query = new URLSearchParams(location.search);
        query.set('engine', 'js');
        var link = document.createElement('a');
        link.href = '?' + query + location.hash;
        link.textContent = 'Use the JavaScript engine';
        line.append(' ', link);
      }
      var repair = document.createElement('button');
      repair.type = 'button';
      repair.className = 'repair';
      repair.textContent = 'Repair and reload';
      var status = document.createElement('span');
      repair.addEventListener('click', function () { repairAndReload(repair, status); });
      line.append(' ', repair, status);
    });
  }

  // The page started, but a file of its offline copy is damaged (a style sheet, the other engine's
  // code) and could not be repaired: the line says so, once.
  function tellDamage() {
    checkCopy().then(function (copy) {
      var line = document.getElementById('engine');
      if (copy.damaged.length > 0 && !told && line) {
        told = true;
        var damaged = copy.answered ? DAMAGED_ONLINE : DAMAGED;
        line.append(' ' + damaged.charAt(0).toUpperCase() + damaged.slice(1) + '.');
      }
    });
  }

  // Embedded: only the widget shows (the embed rules of style.css and widget.css), with a link to the full page that carries the
  // current state; inside an iframe the page tells its parent how tall it is, whenever that
  // changes, as {type: 'rnn-playground:height', height} (see the README for the snippet).
  function embed() {
    var link = document.getElementById('full-page');
    if (link) {
      var aim = function () { link.href = 'index.html' + location.hash; };
      ['pointerenter', 'focus', 'click'].forEach(function (type) { link.addEventListener(type, aim); });
      aim();
      link.hidden = false;
    }
    if (window.parent !== window && window.ResizeObserver) {
      var reported = 0;
      new ResizeObserver(function () {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== reported) {
          reported = height;
          window.parent.postMessage({ type: 'rnn-playground:height', height: height }, '*');
        }
      }).observe(document.documentElement);
    }
  }

  if (new URLSearchParams(location.search).has('embed')) {
    document.documentElement.setAttribute('data-embed', '');
    documentReady.then(embed);
  }

  // "Skip to the playground" moves the focus to the widget without going to #playground: the
  // address holds the state, and a new hash would drop it (and Back would load the page again).
  documentReady.then(function () {
    var link = document.querySelector('.skip-link');
    var widget = document.getElementById('playground');
    if (link && widget) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        widget.focus();
      });
    }
  });

  // A link to another state opened over this page changes only the hash: show that state. The page
  // writes its own state with history.replaceState, which fires no hashchange; a plain anchor such
  // as #history has no "=" and only scrolls.
  window.addEventListener('hashchange', function () {
    if (location.hash.indexOf('=') >= 0) {
      location.reload();
    }
  });

  // After one visit over http(s) the site works offline: sw.js keeps a copy of its files. From disk
  // there is no service worker (and no need for one). A new deployment's worker waits while a page of
  // the old version is open (see sw.js), so that a page never mixes the files of two versions: the page
  // says "A new version is ready", and its Reload button lets the new version take over and loads it.
  var settled = false; // the engine started, or failed: the page has every file it needs
  var takingOver = false;

  function offerNewVersion(registration) {
    var notice = document.getElementById('update');
    function offer() {
      if (!registration.waiting || !notice || notice.firstChild) {
        return;
      }
      var reload = document.createElement('button');
      reload.type = 'button';
      reload.textContent = 'Reload';
      reload.addEventListener('click', function () {
        var waiting = registration.waiting;
        if (!waiting) {
          location.reload();
          return;
        }
        takingOver = true;
        waiting.postMessage('rnn-playground:take-over');
      });
      notice.append('A new version is ready. ', reload);
    }
    offer();
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      if (worker) {
        worker.addEventListener('statechange', offer);
      }
    });
  }

  function keepOffline() {
    settled = true;
    tellDamage();
    if ('serviceWorker' in navigator && (location.protocol === 'http:' || location.protocol === 'https:')) {
      navigator.serviceWorker.register(scriptUrl('sw.js')).then(function (registration) {
        if (navigator.serviceWorker.controller) { // a page from the network is the newest there is
          offerNewVersion(registration);
        }
      }).catch(function () { /* the page works without it */ });
    }
  }

  // The new version took over: the page that asked for it loads it, and so does a page that had not
  // finished loading (another tab's Reload), rather than go on with files of both versions.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (takingOver || !settled) {
        location.reload();
      }
    });
  }

  // The engine is chosen once the first heatmap is drawn: reading the session storage (the note of a
  // failed WebAssembly start) can wait on the browser, and nothing before the heatmap depends on it.
  firstShown.then(function () {
    var choice = chooseEngine();
    var started;
    if (choice.engine === 'wasm') {
      started = startWasm().then(function () {
        report('wasm', choice.why);
      }, function (error) {
        var why = explain(error);
        if (error.wired) {
          return why.then(function (text) {
            if (fallBackOnNextLoad(text)) {
              location.reload();
              return new Promise(function () {}); // the page goes
            }
            return fail(text, 'wasm');
          });
        }
        return startJs().then(function () {
          return why.then(function (text) {
            report('js', 'WebAssembly GC failed: ' + text);
          });
        }, function (jsError) {
          return explain(jsError).then(fail);
        });
      });
    } else {
      started = startJs().then(function () {
        report('js', choice.why);
      }, function (error) {
        return explain(error).then(fail);
      });
    }
    started.then(keepOffline);
  });
}());

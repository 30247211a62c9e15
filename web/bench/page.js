// 5 and 7. index.html: the time to its first heatmap, and the bytes of a first visit.
import { ENGINE_NAMES, RUNS, sleep, stats, status } from './common.js';

/**
 * index.html?engine=… (with `hash`, a state as a link holds it; of the site under `site`, this one by
 * default) in a frame of this page, once it has drawn its first heatmap: the frame, its window and that mark.
 */
export async function openPage(engine, hash = '', site = '') {
  const frame = document.createElement('iframe');
  frame.className = 'page';
  frame.title = 'index.html on the ' + ENGINE_NAMES[engine] + ' engine';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = site + 'index.html?engine=' + engine + hash;
  document.getElementById('pages').appendChild(frame);
  await loaded;
  const page = frame.contentWindow;
  const deadline = performance.now() + 60000; // a loaded machine can take long
  let mark;
  while (!(mark = page.performance.getEntriesByName('first-heatmap')[0])
      || !page.document.documentElement.getAttribute('data-engine')) {
    if (performance.now() > deadline) {
      throw new Error('index.html?engine=' + engine + ' painted no heatmap in 60 s');
    }
    await sleep(5);
  }
  if (page.document.documentElement.getAttribute('data-engine') !== engine) {
    throw new Error('index.html?engine=' + engine + ' ran on ' + page.document.documentElement.getAttribute('data-engine'));
  }
  return { frame, page, mark };
}

async function loadPage(engine) {
  const { frame, page, mark } = await openPage(engine);
  const navigation = page.performance.getEntriesByType('navigation')[0];
  const entries = [navigation].concat(page.performance.getEntriesByType('resource'));
  const compiled = entries.find(e => new URL(e.name).pathname.split('/').pop() === (engine === 'js' ? 'classes.js' : 'classes.wasm'));
  const load = {
    firstHeatmapMs: mark.startTime,
    loadEventMs: navigation.loadEventStart,
    afterLoadMs: mark.startTime - navigation.loadEventStart,
    codeToHeatmapMs: mark.startTime - compiled.responseEnd,
    urls: entries.map(e => e.name),
    icons: Array.from(page.document.querySelectorAll('link[rel~="icon"]'), link => link.href),
  };
  frame.remove();
  return load;
}

async function gzipSize(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function firstVisitBytes(load) {
  const files = [];
  const seen = new Set();
  const urls = load.urls.map(url => ({ url, topLevelOnly: false }))
      .concat(load.icons.map(url => ({ url, topLevelOnly: true })));
  for (const { url, topLevelOnly } of urls) {
    const path = new URL(url).pathname;
    if (seen.has(path)) {
      continue;
    }
    seen.add(path);
    const bytes = await (await fetch(path, { cache: 'no-store' })).arrayBuffer();
    files.push({ file: path.replace(/^\//, ''), raw: bytes.byteLength, gzip: await gzipSize(bytes), topLevelOnly });
  }
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

export async function pageSuite(engines, results, update) {
  const loads = {};
  engines.forEach(engine => { loads[engine.key] = []; });
  for (let r = 0; r <= RUNS; r++) {
    for (const engine of engines) {
      status(`index.html, ${engine.name}, ${r === 0 ? 'warm-up' : 'load ' + r}…`);
      const load = await loadPage(engine.key);
      if (r > 0) {
        loads[engine.key].push(load);
      }
      await sleep(100);
    }
  }
  for (const engine of engines) {
    const list = loads[engine.key];
    results.load[engine.key] = {
      firstHeatmapMs: stats(list.map(l => l.firstHeatmapMs)),
      loadEventMs: stats(list.map(l => l.loadEventMs)),
      afterLoadMs: stats(list.map(l => l.afterLoadMs)),
      codeToHeatmapMs: stats(list.map(l => l.codeToHeatmapMs)),
    };
    results.bytes[engine.key] = await firstVisitBytes(list[0]);
  }
  update();
}

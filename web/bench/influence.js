// 4. Choosing a value: the influence of every earlier step on it (Jacobian-vector products back through
// the cell's own backward steps), every cell in both engines, in milliseconds per choice: in the core
// through the benchmark's entry point, and in index.html itself, from the click on a heatmap cell to
// its arithmetic open and its influence rows drawn (all of it done in the click's own task).
import { CELL_KEYS, RUNS, SEED, fixedText, inTurns, nextFrame, stats, status } from './common.js';
import { openPage } from './page.js';

export const INFLUENCE_HIDDEN = 64;
export const INFLUENCE_STEPS = 64;

export async function influenceSuite(engines, results, update) {
  const sequence = fixedText(INFLUENCE_STEPS);
  const last = INFLUENCE_STEPS - 1;
  for (const cell of CELL_KEYS) {
    status(`Influence, ${cell}…`);
    // the value chosen: an entry of the last state, the one with the longest way back, a new one each time
    const impls = engines.map(engine => {
      let entry = 0;
      engine.api.influenceSetup(SEED, INFLUENCE_HIDDEN, cell, sequence);
      return {
        key: engine.key,
        run: choices => {
          for (let c = 0; c < choices; c++) {
            engine.api.chooseState(last, entry);
            entry = (entry + 1) % INFLUENCE_HIDDEN;
          }
          return choices;
        },
      };
    });
    const timed = await inTurns(impls);
    const row = { cell, hidden: INFLUENCE_HIDDEN, steps: INFLUENCE_STEPS };
    for (const engine of engines) {
      row[engine.key] = stats(timed.rates[engine.key].map(perSecond => 1000 / perSecond));
    }
    for (const engine of engines) {
      row[engine.key + 'Page'] = stats(await choicesInThePage(engine.key, cell, sequence));
    }
    results.influence.push(row);
    update();
  }
}

/**
 * index.html on `engine` with `cell`, hidden size 64, on `sequence`: the time of each click on a cell
 * of the last column's (a mouse's click, as a person's), a different one each time, after a warm-up.
 */
async function choicesInThePage(engine, cell, sequence) {
  const hash = `#seq=${encodeURIComponent(sequence)}&seed=${SEED}&h=${INFLUENCE_HIDDEN}&cell=${cell}`;
  const { frame, page } = await openPage(engine, hash);
  frame.scrollIntoView();
  const canvas = page.document.getElementById('heatmap');
  const times = [];
  for (let c = 0; c <= RUNS * 3; c++) {
    await nextFrame();
    const box = canvas.getBoundingClientRect();
    const place = {
      clientX: box.left + (INFLUENCE_STEPS - 0.5) * box.width / INFLUENCE_STEPS,
      clientY: box.top + (c % INFLUENCE_HIDDEN + 0.5) * box.height / INFLUENCE_HIDDEN,
      bubbles: true,
    };
    canvas.dispatchEvent(new page.PointerEvent('pointerdown', Object.assign({ pointerType: 'mouse' }, place)));
    const start = performance.now();
    canvas.dispatchEvent(new page.MouseEvent('click', place));
    const took = performance.now() - start;
    if (!page.document.getElementById('arithmetic-title').textContent.startsWith(`h[${c % INFLUENCE_HIDDEN}, `)) {
      throw new Error(`index.html?engine=${engine} opened no arithmetic for the cell clicked`);
    }
    if (c >= 3) {
      times.push(took);
    }
  }
  frame.remove();
  return times;
}

// 4. Choosing a value: the influence of every earlier step on it (Jacobian-vector products back through
// the cell's own backward steps), every cell in both engines, in milliseconds per choice.
//
// Measured in the core through the benchmark's entry point, on the trajectory the page would hold. The
// page has no influence row yet; once it has, the time from a choice in index.html to its row drawn
// joins these figures as a second path per cell, as training in the page does (page-training.js).
import { CELL_KEYS, SEED, fixedText, inTurns, stats, status } from './common.js';

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
    results.influence.push(row);
    update();
  }
}

// A fingerprint of the simulation's results: hashes many whole lives (every persona × path × scenario × several
// seeds and cohort sizes, the final state byte for byte), lives stepped one action at a time, batch figures,
// the report's figures, and class-market resolutions. A change meant for speed only must leave the hash as it was.
// Usage: npx tsx scripts/sim-fingerprint.ts [--verbose]   (prints one line per part, then the total)
import { createHash } from 'node:crypto';
import {
  PATH_IDS, listPersonas, listScenarios, newGame, resolveClassHistory, runBatch, simulateLife,
  type GameConfig, type GameState, type PathId,
} from '../app/sim/index';
import { computeFigures } from '../app/renderer/report/lives';
import { playOut } from './sim-play';

const verbose = process.argv.includes('--verbose');
const total = createHash('sha256');

function part(name: string, fill: (add: (x: unknown) => void) => void): void {
  const h = createHash('sha256');
  fill((x) => h.update(JSON.stringify(x)).update('\n'));
  const digest = h.digest('hex');
  total.update(`${name}:${digest}\n`);
  if (verbose) console.log(`${name.padEnd(28)} ${digest.slice(0, 16)}`);
}

/** The automatic player one step at a time through step() (the slow, cloning path the game itself uses). */
function stepped(cfg: GameConfig, path: PathId): GameState {
  const g = newGame(cfg);
  if (!g.ok) return g as never;
  return playOut(g.state, path);
}

const scenarios = listScenarios().map((s) => s.id);
const seeds = [1, 7, 42, 1234, 987654];
const cohorts = [undefined, 40, 200];

for (const scenarioId of scenarios) {
  for (const persona of listPersonas(scenarioId)) {
    part(`lives ${scenarioId} ${persona.id}`, (add) => {
      for (const path of PATH_IDS) {
        for (const seed of seeds) {
          for (const cohortSize of cohorts) {
            const cfg: GameConfig = { scenarioId, personaId: persona.id, seed, ...(cohortSize ? { cohortSize } : {}) };
            try {
              add(simulateLife(cfg, path));
            } catch (e) {
              add(`error ${String(e)}`);
            }
          }
        }
        // a short game and a long one
        add(simulateLife({ scenarioId, personaId: persona.id, seed: 3, months: 12 }, path));
        add(simulateLife({ scenarioId, personaId: persona.id, seed: 5, months: 48, cohortSize: 120 }, path));
      }
    });
  }
}

part('stepped', (add) => {
  for (const scenarioId of scenarios) {
    for (const persona of listPersonas(scenarioId)) {
      for (const path of PATH_IDS) add(stepped({ scenarioId, personaId: persona.id, seed: 11 }, path));
    }
  }
});

part('batches', (add) => {
  for (const path of PATH_IDS) add(runBatch({ scenarioId: scenarios[0]!, personaId: 'wang-qiang', seed: 3, cohortSize: 200, months: 36 }, path, 60));
});

part('report figures', (add) => {
  add(computeFigures({ cfg: { scenarioId: scenarios[0]!, personaId: 'wang-qiang', seed: 7 }, runs: 40 }));
  add(computeFigures({ cfg: { scenarioId: scenarios[0]!, personaId: 'liu-fang', seed: 9 }, runs: 20, offset: 20, skipCounterfactuals: true }));
});

part('class market', (add) => {
  for (const scenarioId of scenarios) {
    for (const seats of [1, 8, 30]) {
      for (const classSeed of [1, 99, 4242]) {
        const rounds = Array.from({ length: 8 }, (_, r) => Array.from({ length: 10 }, (_, t) => ((r * 7 + t * 3 + classSeed) % 5) * (seats > 1 ? 1 : 0)));
        add(resolveClassHistory({ scenarioId, seats, monthsPerRound: 3 }, classSeed, rounds));
        add(resolveClassHistory({ scenarioId, seats, monthsPerRound: 1 }, classSeed, rounds.slice(0, 3)));
      }
    }
  }
});

console.log(total.digest('hex'));

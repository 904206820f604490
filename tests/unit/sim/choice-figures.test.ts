// Every event choice carries, as figures, what it will do: the cash it needs up front and its own meter changes,
// read from the event table (and, for choices that run model code, what that code will do: see
// tests/property/debt-figures.property.test.ts). The card only formats these figures.
import { describe, expect, it } from 'vitest';
import { CHOICE_FIGURE_UNITS, EVENT_DEFINITIONS, type GameState } from '../../../app/sim';
import { act, months, start } from './helpers';

type EffectLike = { t: string; meter?: string; delta?: number };

describe('event choice figures', () => {
  it('hold the up-front cost and the meter effects of each choice, under names the model gives units to', () => {
    let checked = 0;
    for (const [personaId, path] of [['liu-fang', 'retrain'], ['wang-qiang', 'business'], ['gao-peng', 'migrate']] as const) {
      let s: GameState = start(personaId, { seed: 11 });
      s = act(s, path === 'business'
        ? { type: 'choosePath', path: 'business', businessId: 'breakfastStall', loanAmount: 12000, termMonths: 24, location: 'streetStall' }
        : path === 'migrate' ? { type: 'choosePath', path: 'migrate', destinationId: 'constructionSite', bringChildren: false }
          : { type: 'choosePath', path: 'retrain', courseId: 'elderCare' });
      for (let i = 0; i < 36 && !s.ended; i++) {
        const p = s.pendingEvent;
        if (p && !p.id.startsWith('debt.')) {
          const def = EVENT_DEFINITIONS.find((d) => d.id === p.id)!;
          for (const ch of p.choices) {
            const choice = def.choices!.find((x) => x.id === ch.id)!;
            for (const name of Object.keys(ch.figures)) expect(Object.keys(CHOICE_FIGURE_UNITS), `${p.id}/${ch.id}`).toContain(name);
            if (choice.costParam) expect(ch.figures.cost, `${p.id}/${ch.id}`).toBe(Number(p.params[choice.costParam]));
            const meters: Record<string, number> = {};
            for (const e of choice.effects as readonly EffectLike[]) if (e.t === 'meter') meters[e.meter!] = (meters[e.meter!] ?? 0) + e.delta!;
            for (const m of ['wellbeing', 'health', 'ties']) expect(ch.figures[m], `${p.id}/${ch.id} ${m}`).toBe(meters[m]);
            checked++;
          }
        }
        s = months(s, 1);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

// Plain numbers from a scenario's parameters (the Param wrappers keep units and sources for docs and UI;
// the model's inner loops read these flattened values).
import type { Scenario, ScenarioParams } from './types';

export type Values = { [K in keyof ScenarioParams]: ScenarioParams[K]['value'] };

const cache = new Map<string, Values>();

export function valuesOf(s: Scenario): Values {
  let v = cache.get(s.id);
  if (!v) {
    const out: Record<string, unknown> = {};
    for (const [k, prm] of Object.entries(s.params)) out[k] = (prm as { value: unknown }).value;
    v = out as Values;
    cache.set(s.id, v);
  }
  return v;
}

// Plain numbers from a scenario's parameters (the Param wrappers keep units and sources for docs and UI;
// the model's inner loops read these flattened values), with a teacher's policy settings laid over them.
import { POLICY_KEYS, type PolicyOverrides, type Scenario, type ScenarioParams } from './types';

export type Values = { [K in keyof ScenarioParams]: ScenarioParams[K]['value'] };

const cache = new Map<string, Values>();

/** The usable part of a policy: known keys only, booleans where the scenario has a flag, finite non-negative
 * numbers otherwise (shares at most 1). Class codes check settings before a game starts; this keeps a
 * hand-edited save from feeding the model a value it cannot use. */
export function cleanPolicy(s: Scenario, policy: PolicyOverrides | undefined): PolicyOverrides {
  const out: Record<string, number | boolean> = {};
  if (!policy || typeof policy !== 'object') return out;
  for (const k of POLICY_KEYS) {
    const x = (policy as Record<string, unknown>)[k];
    const base = s.params[k].value;
    if (typeof base === 'boolean') { if (typeof x === 'boolean') out[k] = x; continue; }
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) continue;
    if ((k === 'wageLossPerLaidOff' || k === 'townRemittanceCut') && x > 1) continue;
    if (k.startsWith('uiMonths') || k === 'loanMaxTermMonths') { if (Number.isInteger(x)) out[k] = x; continue; }
    out[k] = x;
  }
  return out;
}

export function valuesOf(s: Scenario, policy?: PolicyOverrides): Values {
  const clean = policy ? cleanPolicy(s, policy) : {};
  const keys = Object.keys(clean).sort();
  const id = keys.length ? `${s.id}|${keys.map((k) => `${k}=${String(clean[k as keyof PolicyOverrides])}`).join(',')}` : s.id;
  let v = cache.get(id);
  if (!v) {
    const out: Record<string, unknown> = {};
    for (const [k, prm] of Object.entries(s.params)) out[k] = (prm as { value: unknown }).value;
    Object.assign(out, clean);
    // A shorter maximum term than the usual one: the usual term becomes the maximum.
    if ((out.loanDefaultTermMonths as number) > (out.loanMaxTermMonths as number)) out.loanDefaultTermMonths = out.loanMaxTermMonths;
    v = out as Values;
    if (cache.size > 64) cache.clear();
    cache.set(id, v);
  }
  return v;
}

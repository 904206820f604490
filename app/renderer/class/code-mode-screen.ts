// Code mode for a student whose computer cannot reach the teacher's: type the class code, the class size and each
// round's market code from the board; the same resolver gives the same market as everyone else's.
import './class.css';
import { t } from '../i18n';
import { h } from '../ui/dom';
import { redraw, type Screen } from '../ui/screens';
import { resolveClassHistory } from '../game/sim-api';
import type { ClassTick } from '../game/sim-api';
import { LOCATION_IDS, MAX_SEATS } from '../../shared/class-constants';
import { CLASS_TRADES } from '../game/sim-api';
import { classSeedFromCode, decodeMarketCode, encodeDecisionCode, normaliseJoinCode } from '../../shared/market-code';
import { marketTable } from './market-table';
import { locationName, tradeName } from './names';

interface CodeModeData { code: string; size: string; codes: number[][] }

const KEY = 'irb-class-codes';

function load(): CodeModeData {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as CodeModeData | null;
    if (v && typeof v.code === 'string' && Array.isArray(v.codes)) return v;
  } catch { /* a fresh start */ }
  return { code: new URLSearchParams(location.search).get('join') ?? '', size: '', codes: [] };
}

export function codeModeScreen(back: () => void, scenarioId: string, onTick: (t: ClassTick) => void): Screen {
  const d = load();
  let entry = '';
  let error = '';
  /** This round's business decision, as a four-character code the teacher tallies (small classes). */
  const decision = { trade: '' as string, location: 0 };
  const save = () => { try { localStorage.setItem(KEY, JSON.stringify(d)); } catch { /* kept for this page only */ } };
  const ticks = (): ClassTick[] => {
    const seats = Number(d.size);
    if (!normaliseJoinCode(d.code) || !Number.isInteger(seats) || seats < 1 || !d.codes.length) return [];
    return resolveClassHistory({ scenarioId, seats, monthsPerRound: 3 }, classSeedFromCode(d.code), d.codes);
  };
  const add = (e: Event) => {
    e.preventDefault();
    const seats = Number(d.size);
    if (!normaliseJoinCode(d.code)) error = 'class:join.badCode';
    else if (!Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS) error = 'class:codeMode.badSize';
    else {
      const r = decodeMarketCode(entry, classSeedFromCode(d.code));
      if (!r.ok) error = `class:codeMode.error.${r.error}`;
      else if (r.value.round !== d.codes.length + 1) error = r.value.round <= d.codes.length ? 'class:codeMode.haveRound' : 'class:codeMode.missingRound';
      else {
        error = '';
        d.codes.push(r.value.counts);
        entry = '';
        save();
        const last = ticks().at(-1);
        if (last) onTick(last);
      }
    }
    redraw();
  };
  return {
    initialFocus: 'code-class',
    render: () => {
      const all = ticks();
      const last = all.at(-1);
      return h('main', { class: 'screen class-screen', 'data-testid': 'code-mode-screen' },
        h('div', { class: 'panel class-panel' },
          h('h1', {}, t('class:codeMode.title')),
          h('p', {}, t('class:codeMode.intro')),
          h('form', { class: 'class-form', onsubmit: add, novalidate: true },
            h('label', { for: 'code-class' }, t('class:join.code')),
            h('input', { id: 'code-class', 'data-focus-id': 'code-class', type: 'text', maxlength: 12, autocomplete: 'off', value: d.code, oninput: (e: Event) => { d.code = (e.target as HTMLInputElement).value; save(); } }),
            h('label', { for: 'code-size' }, t('class:codeMode.size')),
            h('input', { id: 'code-size', type: 'number', min: 1, max: MAX_SEATS, inputmode: 'numeric', value: d.size, oninput: (e: Event) => { d.size = (e.target as HTMLInputElement).value; save(); } }),
            h('label', { for: 'code-entry' }, t('class:codeMode.entry', { round: d.codes.length + 1 })),
            h('input', { id: 'code-entry', 'data-testid': 'code-entry', 'data-focus-id': 'code-entry', type: 'text', maxlength: 20, autocomplete: 'off', spellcheck: 'false', value: entry,
              'aria-describedby': 'code-entry-hint', oninput: (e: Event) => { entry = (e.target as HTMLInputElement).value; } }),
            h('p', { class: 'hint', id: 'code-entry-hint' }, t('class:codeMode.entryHint')),
            error ? h('p', { class: 'notice', role: 'alert', 'data-testid': 'code-error' }, t(error)) : null,
            h('button', { type: 'submit', class: 'button primary', 'data-testid': 'code-apply' }, t('class:codeMode.apply'))),
          decisionSection(d, decision),
          last ? marketTable(last, { caption: t('class:table.caption', { round: last.round }) }) : null,
          h('div', { class: 'class-actions' },
            d.codes.length ? h('button', { type: 'button', class: 'button', onclick: () => { d.codes = []; save(); redraw(); } }, t('class:codeMode.clear')) : null,
            h('button', { type: 'button', class: 'button', 'data-testid': 'code-back', onclick: back }, t('common:back')))));
    },
  };
}

/**
 * The student's decision code for the coming round: the business they chose in their own game (or none) and where,
 * in four characters the teacher types into the dashboard, which counts the class's businesses per trade.
 */
function decisionSection(d: CodeModeData, decision: { trade: string; location: number }): HTMLElement | null {
  const code = normaliseJoinCode(d.code);
  if (!code) return null;
  const round = d.codes.length + 1;
  const trade = decision.trade === '' ? null : CLASS_TRADES.indexOf(decision.trade);
  let text = '';
  try {
    text = encodeDecisionCode({ round, trade: trade === null || trade < 0 ? null : trade, location: decision.location }, classSeedFromCode(d.code));
  } catch {
    return null; // a round past what a code can carry
  }
  return h('section', { class: 'class-decision', 'aria-labelledby': 'decision-h', 'data-testid': 'code-decision' },
    h('h2', { id: 'decision-h' }, t('classcode:decision.title', { round })),
    h('p', { class: 'hint' }, t('classcode:decision.intro')),
    h('div', { class: 'class-form' },
      h('label', { for: 'decision-trade' }, t('classcode:decision.trade')),
      h('select', { id: 'decision-trade', 'data-testid': 'decision-trade', onchange: (e: Event) => { decision.trade = (e.target as HTMLSelectElement).value; redraw(); } },
        h('option', { value: '', selected: decision.trade === '' }, t('class:choice.none')),
        ...CLASS_TRADES.map((id) => h('option', { value: id, selected: decision.trade === id }, tradeName(id)))),
      decision.trade ? h('label', { for: 'decision-location' }, t('classcode:decision.location')) : null,
      decision.trade ? h('select', { id: 'decision-location', 'data-testid': 'decision-location', onchange: (e: Event) => { decision.location = Number((e.target as HTMLSelectElement).value); redraw(); } },
        ...LOCATION_IDS.map((id, i) => h('option', { value: i, selected: decision.location === i }, locationName(id)))) : null),
    h('p', { class: 'market-code', role: 'status', 'aria-live': 'polite' },
      t('classcode:decision.code'), ' ', h('strong', { 'data-testid': 'decision-code' }, text)));
}

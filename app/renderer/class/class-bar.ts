// The class bar on the play screen: which round, how many have chosen, the round's state, and the button that
// sends the household's business choice (only that choice enters the shared market).
import './class.css';
import { t, yuan } from '../i18n';
import { CLASS_TRADES } from '../game/sim-api';
import { h } from '../ui/dom';
import { currentSession } from '../game/session';
import { classLinkState, submitClassChoice } from './class-link';
import { choiceFromState } from './adapter';
import { monthsPlayedFor } from './catch-up';
import type { ClassTick } from '../game/sim-api';
import type { RoundChoice } from '../../shared/class-protocol';
import { choiceText, tradeName } from './names';

/** The student's guess for this round, kept across redraws: firms expected in their trade, and "I'll beat the average". */
const prediction: { entrants: number | null; beatAverage: boolean } = { entrants: null, beatAverage: false };

export function classBar(): HTMLElement | null {
  const s = classLinkState();
  if (!s) return null;
  const choice = choiceFromState(currentSession()?.state ?? null);
  const open = s.phase === 'open' && !s.paused && s.mode === 'live' && s.status === 'seated';
  const state = s.status !== 'seated' ? t(`class:bar.link.${s.status}`) : s.paused ? t('class:bar.state.paused') : t(`class:bar.state.${s.phase}`);
  const sent = s.ackedRound === s.round && s.phase === 'open';
  const mine = s.myChoices.find((c) => c.round === s.round);
  // the last resolved round, seen from the student's own trade: how crowded it got against break-even
  const last = s.ticks[s.ticks.length - 1];
  const lastMine = last ? s.myChoices.find((c) => c.round === last.round) : undefined;
  const tradeId = lastMine?.trade ?? choice.trade;
  const ti = tradeId ? CLASS_TRADES.indexOf(tradeId) : -1;
  return h('section', { class: 'class-bar', 'data-testid': 'class-bar', 'aria-label': t('class:bar.label') },
    h('span', { class: 'class-bar-code' }, t('class:bar.code', { code: s.code })),
    h('span', { 'data-testid': 'class-bar-round' }, t('class:bar.round', { round: Math.max(1, s.round), rounds: s.rounds })),
    s.phase === 'open' ? h('span', { 'data-testid': 'class-bar-submitted' }, t('class:bar.submitted', { submitted: s.submitted, total: s.total })) : null,
    h('span', { class: `class-bar-state state-${s.status === 'seated' ? s.phase : s.status}`, 'data-testid': 'class-bar-state', role: 'status' }, state),
    s.mode === 'code' ? h('span', {}, t('class:bar.codeMode')) : null,
    h('button', {
      type: 'button', class: 'button primary', 'data-testid': 'class-send', 'data-focus-id': 'class-send', disabled: !open,
      'aria-describedby': 'class-send-what',
      onclick: () => { submitClassChoice(choice, choice.trade !== null && prediction.entrants !== null ? { entrants: prediction.entrants, beatAverage: prediction.beatAverage } : undefined); },
    }, sent ? t('class:bar.sentAgain') : t('class:bar.send')),
    choice.trade !== null && open ? h('span', { class: 'class-predict' },
      h('label', { for: 'class-predict-n' }, t('class:bar.predict')), ' ',
      h('input', { id: 'class-predict-n', 'data-focus-id': 'class-predict-n', 'data-testid': 'class-predict-n', type: 'number', min: 0, max: 999, inputmode: 'numeric', value: prediction.entrants ?? '',
        oninput: (e: Event) => { const v = (e.target as HTMLInputElement).valueAsNumber; prediction.entrants = Number.isInteger(v) && v >= 0 && v <= 999 ? v : null; } }), ' ',
      h('label', {}, h('input', { type: 'checkbox', 'data-focus-id': 'class-predict-beat', checked: prediction.beatAverage,
        onchange: (e: Event) => { prediction.beatAverage = (e.target as HTMLInputElement).checked; } }), ' ', t('class:bar.beatAverage'))) : null,
    h('span', { id: 'class-send-what', class: 'class-bar-choice', 'data-testid': 'class-send-what' }, sent ? t('class:bar.sent', { choice: choiceText(choice) }) : t('class:bar.willSend', { choice: choiceText(choice) })),
    mine && mine.flag !== 'chosen' ? h('span', { class: 'class-flag' }, t(`class:flag.${mine.flag}`)) : null,
    playedForNote(s.ticks, s.myChoices, s.monthsPerRound),
    last && ti >= 0 ? h('span', { class: 'class-bar-market', 'data-testid': 'class-bar-market' }, t('class:bar.market', {
      round: last.round, trade: tradeName(tradeId!), firms: Math.round(last.firms[ti]!), breakEven: last.breakEven[ti]!, profit: yuan(last.avgProfit[ti]!),
    })) : null,
    s.mismatch !== null ? h('span', { class: 'notice', role: 'alert' }, t('class:bar.mismatch', { round: s.mismatch })) : null,
    // a refusal that ends the link (the seat moved to another machine, removed, the class ended) says why here too
    s.reject ? h('span', { class: 'notice', role: 'alert', 'data-testid': 'class-bar-reject' }, t(`class:reject.${s.reject.reason}`, { hostVersion: s.reject.hostVersion ?? '', hostScenario: s.reject.hostScenario ?? '', code: s.code })) : null,
  );
}

/** The class bar's note of the months played for the student (from the host's record, so it survives a reload). */
function playedForNote(ticks: readonly ClassTick[], mine: readonly RoundChoice[], monthsPerRound: number): HTMLElement | null {
  if (monthsPerRound < 1) return null;
  const list = monthsPlayedFor(ticks, mine, monthsPerRound);
  if (!list.length) return null;
  return h('span', { class: 'class-flag', 'data-testid': 'class-played-for' },
    t('classseat:bar.playedFor'), ' ',
    list.map((x) => t(x.first === x.last ? 'classseat:bar.itemOne' : 'classseat:bar.item', { first: x.first, last: x.last, round: x.round, what: t(`class:flag.${x.flag}`) })).join(t('classseat:bar.separator')));
}

// The end of the game: what happened to the household and what it cost, in plain words and numbers.
// Never "game over": a family's hardship is not a score. Leads to the report when the report exists.
import { num, signedYuan, t, yuan } from '../i18n';
import type { Session } from '../game/save-format';
import { listPersonas, listScenarios, summarize, type GameState } from '../game/sim-api';
import { h } from './dom';
import type { Screen } from './screens';
import { ct, meterBand, monthName, personaName, reasonText } from './text';

export interface EndActions {
  report?: () => void;
  newGame: () => void;
  title: () => void;
}

const CREDITORS = ['bankLoan', 'arrears', 'owedToGuarantor', 'informalRelatives', 'loanShark', 'unpaidBills'] as const;

/** Who the household owes at the end, creditor by creditor (the model's debts), largest first. */
export function creditors(state: GameState): { who: (typeof CREDITORS)[number]; amount: number }[] {
  const d = state.household.debts as unknown as Record<string, number>;
  return CREDITORS.map((who) => ({ who, amount: Math.round(d[who] ?? 0) })).filter((x) => x.amount > 0).sort((a, b) => b.amount - a.amount);
}

/** A worker whose job pays more than the old wage (a migrant, usually) is not told it "probably pays less". */
function outcomeKeys(state: GameState, outcome: string): { title: string; body: string } {
  if (outcome === 'working') {
    const p = listPersonas().find((x) => x.id === state.personaId);
    const ws = listScenarios().find((x) => x.id === state.scenarioId)?.params.wageScale.value ?? 1;
    const wage = state.household.job?.wage ?? 0;
    if (p && wage > p.monthlyWage * ws) return { title: 'play:end.workingMoreTitle', body: 'play:end.workingMore' };
  }
  return { title: `content:outcome.${outcome}.title`, body: `content:outcome.${outcome}.body` };
}

export function endScreen(session: Session, actions: EndActions): Screen {
  return {
    initialFocus: 'end-h',
    render: () => {
      const st = session.state;
      const sum = summarize(st);
      const name = personaName(st.personaId);
      const row = (k: string, v: string, id?: string) => [h('dt', {}, k), h('dd', { class: 'num', ...(id ? { 'data-testid': id } : {}) }, v)];
      const meter = (m: 'wellbeing' | 'health' | 'ties') => t('game:meter.value', { value: num(Math.round(sum[m])), word: t(`game:meter.${m}.band${meterBand(sum[m])}`) });
      const paths = [...new Set(sum.pathsTaken)].map((p) => ct(`path.${p}.name`)).join(t('game:persona.listSep'));
      const turning = st.timeline.filter((e) => e.turningPoint).slice(0, 12);
      const lastMonth = st.history[st.history.length - 1]?.month ?? 0;
      const owed = creditors(st);
      return h('main', { class: 'screen', 'data-testid': 'end-screen' },
        h('article', { class: 'card wide prose end', 'aria-labelledby': 'end-h' },
          h('h1', { id: 'end-h', tabindex: '-1', 'data-focus-id': 'end-h' }, t('game:end.title', { name })),
          h('p', { class: 'end-when', 'data-testid': 'end-when' },
            st.ended && st.history.length < st.monthsTotal
              ? t('game:end.early', { count: sum.monthsPlayed, n: num(sum.monthsPlayed), months: num(sum.monthsPlayed), month: monthName(st, lastMonth) })
              : t('game:end.full', { count: sum.monthsPlayed, n: num(sum.monthsPlayed), months: num(sum.monthsPlayed), month: monthName(st, lastMonth) })),
          st.ended ? h('p', { class: 'end-reason', 'data-testid': 'end-reason' }, reasonText(st.ended.reason)) : null,
          h('section', { class: 'outcome', 'aria-labelledby': 'outcome-h' },
            h('h2', { id: 'outcome-h', 'data-testid': 'outcome' }, t(outcomeKeys(st, sum.outcome).title)),
            h('p', {}, t(outcomeKeys(st, sum.outcome).body))),
          h('div', { class: 'end-grid' },
            h('section', { 'aria-labelledby': 'end-money-h' },
              h('h2', { id: 'end-money-h' }, t('game:end.money')),
              h('dl', { class: 'facts' },
                ...row(t('game:ledger.savings'), sum.cash < 0 ? signedYuan(sum.cash) : yuan(sum.cash), 'end-cash'),
                ...row(t('game:ledger.debtTotal'), sum.debt > 0 ? yuan(sum.debt) : t('game:ledger.noDebt'), 'end-debt'),
                ...row(t('game:end.netWorth'), signedYuan(sum.netWorth)),
                ...row(t('game:end.earnings'), signedYuan(sum.earnings), 'end-earnings'),
                ...row(t('game:end.outcome'), signedYuan(sum.outcomeValue), 'end-outcome'),
                ...row(t('game:end.keptJob'), signedYuan(sum.keptJobBaseline), 'end-kept-job'),
                ...(sum.meanMonthlyProfit !== null ? row(t('game:end.meanProfit'), signedYuan(sum.meanMonthlyProfit)) : []),
                ...(sum.guarantorPaid > 0 ? row(t('game:end.guarantorPaid'), yuan(sum.guarantorPaid)) : []),
                ...row(t('game:end.goingWithout'), t('game:end.monthsCount', { count: sum.monthsGoingWithout, n: num(sum.monthsGoingWithout) }))),
              h('h3', { class: 'end-owed', id: 'end-owed-h' }, t('play:end.owedTitle')),
              owed.length
                ? h('dl', { class: 'facts', 'data-testid': 'end-owed', 'aria-labelledby': 'end-owed-h' }, ...owed.flatMap((o) => row(t(`play:end.owedTo.${o.who}`), yuan(o.amount), `owed-${o.who}`)))
                : h('p', { 'data-testid': 'end-owed' }, t('play:end.owedNone'))),
            h('section', { 'aria-labelledby': 'end-life-h' },
              h('h2', { id: 'end-life-h' }, t('game:end.life')),
              h('dl', { class: 'facts' },
                ...row(t('game:end.paths'), paths || t('game:end.noPath')),
                ...row(t('game:end.work'), t(`game:end.workStatus.${sum.workStatus}`), 'end-work'),
                ...(sum.businessOpened ? row(t('game:end.business'), sum.businessOpen ? t('game:end.businessOpen') : t('game:end.businessClosed')) : []),
                ...(sum.defaulted ? row(t('game:end.loan'), sum.blacklisted ? t('game:end.blacklisted') : t('game:end.defaulted')) : []),
                ...row(t('game:meter.wellbeing.name'), meter('wellbeing')),
                ...row(t('game:meter.health.name'), meter('health')),
                ...row(t('game:meter.ties.name'), meter('ties'))))),
          turning.length ? h('section', { 'aria-labelledby': 'end-turns-h' },
            h('h2', { id: 'end-turns-h' }, t('game:end.turningPoints')),
            h('ol', { class: 'turning-points', 'data-testid': 'turning-points' },
              ...turning.map((e) => h('li', {}, h('span', { class: 'tp-month' }, monthName(st, e.month)), ' ', ct(e.key, e.params))))) : null,
          h('p', { class: 'hint' }, t('game:end.outcomeNote')),
          h('p', { class: 'hint' }, t('game:end.note')),
          h('div', { class: 'actions' },
            actions.report ? h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'end-report', 'data-testid': 'end-report', onclick: actions.report }, t('game:end.report')) : null,
            h('button', { type: 'button', class: `button ${actions.report ? '' : 'primary'}`, 'data-focus-id': 'end-new', 'data-testid': 'end-new', onclick: actions.newGame }, t('common:menu.newGame')),
            h('button', { type: 'button', class: 'button', 'data-focus-id': 'end-title', 'data-testid': 'end-title', onclick: actions.title }, t('game:end.toTitle')))));
    },
  };
}

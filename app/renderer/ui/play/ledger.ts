// The household ledger, anchored left: last month's money in and out by flow (with + / − and words, never
// colour alone), what moved debt rather than income, savings, debts, and what happened.
import { num, signedYuan, t, yuan, yuanProse } from '../../i18n';
import { FINANCING_FLOWS, type Flow, type GameState, type TimelineEntry } from '../../game/sim-api';
import { h } from '../dom';
import { ct, monthName } from '../text';

const DEBT_KEYS = ['bankLoan', 'arrears', 'unpaidBills', 'informalRelatives', 'loanShark', 'owedToGuarantor'] as const;

function flowRow(f: Flow): HTMLElement {
  return h('tr', { 'data-flow': f.key },
    h('th', { scope: 'row' }, ct(`flow.${f.key}`)),
    h('td', { class: 'num' }, signedYuan(f.amount)));
}

function flowGroup(title: string, flows: Flow[], testid: string): HTMLElement | null {
  if (!flows.length) return null;
  return h('tbody', { 'data-testid': testid },
    h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: 2 }, title)),
    ...flows.map(flowRow));
}

/** Splits flows into income (+), spending (−) and financing (borrowing and repaying: debt, not income). */
export function splitFlows(flows: readonly Flow[]): { income: Flow[]; spending: Flow[]; financing: Flow[] } {
  const fin = flows.filter((f) => FINANCING_FLOWS.has(f.key) && f.amount !== 0);
  const rest = flows.filter((f) => !FINANCING_FLOWS.has(f.key) && f.amount !== 0);
  return {
    income: rest.filter((f) => f.amount > 0).sort((a, b) => b.amount - a.amount),
    spending: rest.filter((f) => f.amount < 0).sort((a, b) => a.amount - b.amount),
    financing: fin.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount)),
  };
}

function flowTable(caption: string, flows: readonly Flow[], testid: string): HTMLElement {
  const { income, spending, financing } = splitFlows(flows);
  const inSum = income.reduce((s, f) => s + f.amount, 0);
  const outSum = spending.reduce((s, f) => s + f.amount, 0);
  const finSum = financing.reduce((s, f) => s + f.amount, 0);
  return h('table', { class: 'ledger-table', 'data-testid': testid },
    h('caption', {}, caption),
    flowGroup(t('game:ledger.moneyIn'), income, `${testid}-in`),
    flowGroup(t('game:ledger.moneyOut'), spending, `${testid}-out`),
    flowGroup(t('game:ledger.financing'), financing, `${testid}-financing`),
    h('tfoot', {},
      h('tr', {}, h('th', { scope: 'row' }, t('game:ledger.totalIn')), h('td', { class: 'num' }, signedYuan(inSum))),
      h('tr', {}, h('th', { scope: 'row' }, t('game:ledger.totalOut')), h('td', { class: 'num' }, signedYuan(outSum))),
      h('tr', { class: 'net' }, h('th', { scope: 'row' }, t(inSum + outSum >= 0 ? 'game:ledger.netPlus' : 'game:ledger.netMinus')), h('td', { class: 'num' }, signedYuan(inSum + outSum))),
      // Borrowing and repaying are not income or spending, but every line is inside a total: with them, the
      // table adds up to the change in savings.
      financing.length ? h('tr', { 'data-testid': `${testid}-financing-total` }, h('th', { scope: 'row' }, t('play:ledger.financingTotal')), h('td', { class: 'num' }, signedYuan(finSum))) : null,
      financing.length ? h('tr', { class: 'cash-change', 'data-testid': `${testid}-cash-change` }, h('th', { scope: 'row' }, t('play:ledger.cashChange')), h('td', { class: 'num' }, signedYuan(inSum + outSum + finSum))) : null));
}

export function timelineText(e: TimelineEntry): string {
  // A choice row says it was a choice ("选择：修好设备"), not just the choice's words.
  return /^event\.\w+\.choice\./.test(e.key) ? t('report:timeline.choice', { choice: ct(e.key, e.params) }) : ct(e.key, e.params);
}

export function ledgerPanel(state: GameState): HTMLElement {
  const hh = state.household;
  const last = state.history[state.history.length - 1];
  const debts = DEBT_KEYS.map((k) => [k, hh.debts[k] ?? 0] as const).filter(([, v]) => v > 0);
  const debtTotal = debts.reduce((s, [, v]) => s + v, 0);
  const news = state.timeline.filter((e) => (last ? e.month >= last.month : true) && e.key !== 'timeline.monthEnded').slice(-6);
  const loan = hh.loan;
  // Focusable so keyboard users can scroll it when it overflows (axe: scrollable-region-focusable).
  return h('aside', { class: 'panel ledger', 'aria-labelledby': 'ledger-h', tabindex: '0', 'data-focus-id': 'ledger', 'data-testid': 'ledger', 'data-scroll-id': 'ledger' },
    h('h2', { id: 'ledger-h' }, t('game:ledger.title')),
    last
      ? flowTable(t('game:ledger.lastMonth', { month: monthName(state, last.month) }), last.flows, 'ledger-last')
      : h('p', { class: 'hint' }, t('game:ledger.noMonthYet')),
    state.current.flows.some((f) => f.amount !== 0) && !state.ended
      ? flowTable(t('game:ledger.thisMonth'), state.current.flows, 'ledger-current') : null,
    h('dl', { class: 'facts money' },
      h('dt', {}, t('game:ledger.savings')), h('dd', { class: 'num', 'data-testid': 'ledger-savings' }, hh.cash < 0 ? signedYuan(hh.cash) : yuan(hh.cash)),
      h('dt', {}, t('game:ledger.debtTotal')), h('dd', { class: 'num', 'data-testid': 'ledger-debt' }, debtTotal > 0 ? yuan(debtTotal) : t('game:ledger.noDebt'))),
    debts.length
      ? h('table', { class: 'ledger-table debts', 'data-testid': 'ledger-debts' },
        h('caption', {}, t('game:ledger.debtsTitle')),
        h('tbody', {}, ...debts.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, t(`game:debt.${k}`)), h('td', { class: 'num' }, yuan(v))))))
      : null,
    loan && loan.status !== 'repaid'
      ? h('p', { class: `loan-status status-${loan.status}`, 'data-testid': 'loan-status' },
        loan.status === 'current'
          ? t('game:loan.current', { balance: yuanProse(loan.balance), instalment: yuanProse(loan.monthlyPrincipal) })
          // what is overdue is owed too: never "owed ¥0" while arrears are listed
          : loan.status === 'defaulted' && loan.balance + hh.debts.arrears <= 0
            ? t('play:loan.settled', { owedToGuarantor: yuanProse(hh.debts.owedToGuarantor) })
            : t(`play:loan.${loan.status === 'defaulted' ? 'defaulted' : 'arrears'}`, {
            balance: yuanProse(loan.balance), overdue: yuanProse(hh.debts.arrears), total: yuanProse(loan.balance + hh.debts.arrears), count: loan.missedPayments, n: num(loan.missedPayments),
          }))
      : null,
    hh.blacklisted ? h('p', { class: 'badge warn', 'data-testid': 'blacklisted' }, '⚠ ', t('game:ledger.blacklisted')) : null,
    news.length
      ? h('section', { class: 'news', 'aria-labelledby': 'news-h' },
        h('h3', { id: 'news-h' }, t('game:ledger.news')),
        h('ul', { 'data-testid': 'news' }, ...news.map((e) => h('li', { class: e.turningPoint ? 'turning' : '' }, timelineText(e)))))
      : null);
}

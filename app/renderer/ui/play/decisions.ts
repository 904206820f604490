// The decisions panel, anchored right: where the household stands, the four official paths with their
// eligibility, costs and risks (forms for course, destination, business and loan), the smaller moves
// (borrowing, repaying, public-welfare job...), and the button that ends the month.
// Ineligible choices stay visible with the model's reason, so players see what is closed to them and why.
import { lang, num, percent, signedYuan, t, yuan, yuanProse } from '../../i18n';
import {
  LOCATION_IDS, listBusinesses, listScenarios, step, type Action, type ActionOption, type GameState, type LocationId, type PathId, type RepayTarget,
} from '../../game/sim-api';
import { h } from '../dom';
import { entryQuestions, entryQuestionsAnswered, keepEntryAnswers, predictionNeeded } from './entry-questions';
import { ct, inSentence, monthName, reasonText } from '../text';
import { tradeStrip } from './trade-strip';
import type { QuietSummary } from '../../game/play-figures';
import { quietNote } from './quiet-note';

type Choose<P extends PathId> = Extract<Action, { type: 'choosePath'; path: P }>;
export type FormId = PathId | 'borrow' | 'repay';

/** What the player has typed or picked in the panel; survives re-renders (language switch, new month). */
export interface DecisionsUi {
  open: FormId | null;
  courseId: string | null;
  destinationId: string | null;
  bringChildren: boolean;
  businessId: string | null;
  location: LocationId | null;
  loanAmount: number | null;
  termMonths: number | null;
  borrowSource: 'relatives' | 'loanShark';
  borrowAmount: number | null;
  repayTarget: RepayTarget | null;
  repayAmount: number | null;
  /** The model's refusal of the last attempt, shown inside the form it came from. */
  error: { form: FormId; text: string } | null;
  /** What the last run of quiet months brought, shown until the player does something else. */
  quiet: QuietSummary | null;
}

export const newDecisionsUi = (): DecisionsUi => ({
  open: null, courseId: null, destinationId: null, bringChildren: false, businessId: null, location: null, loanAmount: null,
  termMonths: null, borrowSource: 'relatives', borrowAmount: null, repayTarget: null, repayAmount: null, error: null, quiet: null,
});

export interface DecisionsHooks {
  /** Sends an action to the model; `form` says where to show a refusal. */
  act(action: Action, form: FormId | null): void;
  nextMonth(): void;
  passQuiet(): void;
  /** Redraws the panel after a change of the local form state. */
  rerender(): void;
  /** Pans the street to a trade's row. */
  showTrade(businessId: string): void;
}

const PATHS: PathId[] = ['retire', 'retrain', 'migrate', 'business'];
const REPAY_TARGETS: RepayTarget[] = ['arrears', 'unpaidBills', 'loanShark', 'informalRelatives', 'owedToGuarantor', 'bankLoan'];

const pct = (p: number) => percent(p, p > 0 && p < 0.1 ? 1 : 0);

function fig(label: string, value: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { class: 'num' }, value)];
}

function reasonLine(o: ActionOption | undefined): HTMLElement | null {
  if (!o || o.eligible) return null;
  return h('p', { class: 'reason', 'data-testid': 'reason' }, h('span', { class: 'reason-mark', 'aria-hidden': 'true' }, '⊘ '), h('span', {}, t('game:decide.notOpen'), lang() === 'zh-CN' ? '' : ' ', reasonText(o.reason)));
}

function errorLine(ui: DecisionsUi, form: FormId): HTMLElement | null {
  if (ui.error?.form !== form) return null;
  return h('p', { class: 'reason error', role: 'alert', 'data-testid': 'form-error' }, h('span', { 'aria-hidden': 'true' }, '⊘ '), ui.error.text);
}

function numberField(id: string, label: string, value: number, min: number, max: number, stepBy: number, onValue: (v: number) => void, hint?: string): HTMLElement {
  const hintId = hint ? `${id}-hint` : undefined;
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('input', {
      id, type: 'number', inputmode: 'numeric', min, max, step: stepBy, value: String(value), 'data-focus-id': id, 'data-testid': id,
      'aria-describedby': hintId,
      onchange: (e: Event) => {
        const v = Math.round(Number((e.target as HTMLInputElement).value));
        onValue(Number.isFinite(v) ? Math.max(min, Math.min(max, v)) : min);
      },
    }),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
}

/** A labelled group of radio options; arrow keys move within it (native radios). */
function radioList<T extends string>(name: string, legend: string, items: { value: T; label: string; detail?: (HTMLElement | string | null)[]; disabled?: boolean }[], checked: T | null, onPick: (v: T) => void): HTMLElement {
  return h('fieldset', { class: 'radio-list options', 'data-testid': `${name}-list` },
    h('legend', {}, legend),
    ...items.map((it) => h('label', { class: `option ${it.disabled ? 'ineligible' : ''} ${checked === it.value ? 'picked' : ''}` },
      h('input', { type: 'radio', name, value: it.value, checked: checked === it.value, 'data-focus-id': `${name}-${it.value}`, 'data-testid': `${name}-${it.value}`, onchange: () => onPick(it.value) }),
      h('span', { class: 'option-body' }, h('span', { class: 'option-name' }, it.label), ...(it.detail ?? [])))));
}

function statusLine(state: GameState): string {
  const hh = state.household;
  const p = state.path;
  if (!p) return t('game:status.none');
  switch (p.path) {
    case 'retire':
      return p.kind === 'neitui' ? t('game:status.neitui', { allowance: yuanProse(hh.livingAllowance) }) : t('game:status.pension', { pension: yuanProse(hh.pension) });
    case 'retrain':
      if (state.month < p.courseEndsMonth) return t('game:status.onCourse', { course: inSentence(ct(`course.${p.courseId}.name`)), until: monthName(state, p.courseEndsMonth) });
      return hh.job ? t('game:status.working', { wage: yuanProse(hh.job.wage) }) : t('game:status.searching', { course: inSentence(ct(`course.${p.courseId}.name`)) });
    case 'migrate':
      return hh.location === 'away'
        ? (hh.job ? t('game:status.migrantWorking', { place: inSentence(ct(`destination.${p.destinationId}.name`)), wage: yuanProse(hh.job.wage) }) : t('game:status.migrantSearching', { place: inSentence(ct(`destination.${p.destinationId}.name`)) }))
        : t('game:status.backHome');
    case 'business': {
      const firm = state.market.firms.find((f) => f.id === p.firmId);
      if (!firm || firm.closedMonth !== null) return t('game:status.businessClosed', { business: inSentence(ct(`business.${p.businessId}.name`)) });
      const same = state.market.firms.filter((f) => f.closedMonth === null && f.businessId === p.businessId).length;
      return t('game:status.business', { business: inSentence(ct(`business.${p.businessId}.name`)), place: ct(`location.${p.location}.name`), profit: signedYuan(firm.lastProfit), count: same });
    }
  }
}

export function decisionsPanel(state: GameState, options: ActionOption[], ui: DecisionsUi, hooks: DecisionsHooks): HTMLElement {
  const of = <T extends Action['type']>(type: T) => options.filter((o) => o.action.type === type);
  const choose = options.filter((o) => o.action.type === 'choosePath') as (ActionOption & { action: Choose<PathId> })[];
  const byPath = <P extends PathId>(p: P) => choose.filter((o) => o.action.path === p) as (ActionOption & { action: Choose<P> })[];
  const endMonth = of('endMonth')[0];
  const hh = state.household;
  const toggle = (id: FormId) => { ui.open = ui.open === id ? null : id; ui.error = null; hooks.rerender(); };

  const pathBlock = (p: PathId): HTMLElement => {
    const opts = byPath(p);
    const anyEligible = opts.some((o) => o.eligible);
    const current = state.path?.path === p;
    const open = ui.open === p;
    const first = opts[0];
    return h('section', { class: `path path-${p} ${open ? 'open' : ''}`, 'data-testid': `path-${p}` },
      h('h4', {},
        h('button', {
          type: 'button', class: 'disclosure', 'aria-expanded': String(open), 'aria-controls': `form-${p}`, 'data-focus-id': `path-${p}-toggle`, 'data-testid': `path-${p}-toggle`,
          onclick: () => toggle(p),
        },
        h('span', { class: 'path-name' }, ct(`path.${p}.name`)),
        h('span', { class: `path-state ${current ? 'current' : anyEligible ? 'open' : 'closed'}` }, current ? t('game:decide.current') : anyEligible ? t('game:decide.open') : t('game:decide.closed')))),
      open ? h('div', { class: 'path-form', id: `form-${p}` },
        h('p', { class: 'what' }, t(`game:path.${p}.what`)),
        !anyEligible && first && !current ? reasonLine(first) : null,
        ...pathForm(p, state, opts, ui, hooks),
        errorLine(ui, p)) : null);
  };

  const others: (HTMLElement | null)[] = [];
  const simple = (o: ActionOption | undefined, id: string, label: string, detail: string | null, show: boolean) => {
    if (!o || !show) return;
    others.push(h('li', { class: `other ${o.eligible ? '' : 'ineligible'}` },
      h('button', { type: 'button', class: 'button small', disabled: !o.eligible, 'aria-disabled': String(!o.eligible), 'data-focus-id': `act-${id}`, 'data-testid': `act-${id}`, onclick: () => hooks.act(o.action, null) }, label),
      detail ? h('p', { class: 'hint' }, detail) : null,
      reasonLine(o)));
  };
  const close = of('closeBusiness')[0];
  simple(close, 'closeBusiness', t('game:act.closeBusiness'), t('game:act.closeBusinessHint', { owed: yuanProse(close?.figures.owed ?? 0) }), state.path?.path === 'business' && !!close?.eligible);
  simple(of('returnHome')[0], 'returnHome', t('game:act.returnHome'), t('game:act.returnHomeHint'), hh.location === 'away');
  const pw = of('takePublicWelfareJob')[0];
  simple(pw, 'publicWelfare', t('game:act.publicWelfare'), t('game:act.publicWelfareHint', { wage: yuanProse(pw?.figures.wage ?? 0) }), !hh.job && hh.retirement === 'none');
  const quit = of('quitJob')[0];
  simple(quit, 'quitJob', t('game:act.quitJob'), t('game:act.quitJobHint', { wage: yuanProse(quit?.figures.wage ?? 0) }), !!hh.job);
  const contrib = of('setContributions')[0] as (ActionOption & { action: { type: 'setContributions'; on: boolean } }) | undefined;
  const contribBlock = hh.retirement === 'none' && contrib?.eligible ? contributionsBlock(state, contrib, hooks) : null;

  // Money owed to people, not to the bank: paying it back is its own action, one press from the panel.
  for (const target of ['owedToGuarantor', 'informalRelatives'] as const) {
    const o = of('repayExtra').find((x) => (x.action as { target: string }).target === target);
    const owedNow = hh.debts[target] ?? 0;
    if (!o || owedNow <= 0) continue;
    others.push(h('li', { class: `other ${o.eligible ? '' : 'ineligible'}` },
      h('button', {
        type: 'button', class: 'button small', 'data-focus-id': `act-repay-${target}`, 'data-testid': `act-repay-${target}`, disabled: !o.eligible,
        onclick: () => { ui.open = 'repay'; ui.repayTarget = target; ui.repayAmount = null; ui.error = null; hooks.rerender(); document.getElementById('repay-amount')?.focus(); },
      }, t(`play:repayPeople.${target}`)),
      h('p', { class: 'hint' }, t(`play:repayPeople.${target}Hint`, { owed: yuanProse(owedNow), relation: state.guarantor ? ct(`relation.${state.guarantor.relation}`) : '' })),
      reasonLine(o)));
  }
  const borrowBlock = borrowForm(state, of('borrowInformal'), ui, hooks, toggle);
  const repayBlock = repayForm(state, of('repayExtra'), ui, hooks, toggle);

  return h('aside', { class: 'panel decisions', 'aria-labelledby': 'decide-h', 'data-testid': 'decisions' },
    h('div', { class: 'panel-scroll', 'data-scroll-id': 'decisions' },
      h('h2', { id: 'decide-h' }, t('game:decide.title')),
      h('p', { class: 'status', 'data-testid': 'status' }, statusLine(state)),
      ui.quiet ? quietNote(ui.quiet, () => { ui.quiet = null; hooks.rerender(); }) : null,
      tradeStrip(state, hooks.showTrade, byPath('retrain')[0]?.figures.jobSeekers ?? null),
      contribBlock,
      h('h3', {}, state.pathsTaken.length ? t('game:decide.pathsAgain') : t('game:decide.paths')),
      state.pathsTaken.length ? h('p', { class: 'hint' }, t('game:decide.switchCost')) : h('p', { class: 'hint' }, t('game:decide.pathsIntro')),
      ...PATHS.map(pathBlock),
      h('h3', {}, t('game:decide.other')),
      others.length ? h('ul', { class: 'others' }, ...others) : null,
      borrowBlock,
      repayBlock),
    h('div', { class: 'next-bar' },
      endMonth && !endMonth.eligible ? h('p', { class: 'reason', 'data-testid': 'next-reason' }, h('span', { 'aria-hidden': 'true' }, '⊘ '), reasonText(endMonth.reason)) : null,
      h('button', {
        type: 'button', class: 'button primary next', disabled: !endMonth?.eligible, 'data-focus-id': 'next-month', 'data-testid': 'next-month', onclick: hooks.nextMonth,
      }, state.month + 1 >= state.monthsTotal ? t('game:decide.lastMonth') : t('game:decide.nextMonth')),
      h('button', {
        type: 'button', class: 'button small quiet', disabled: !endMonth?.eligible, 'data-focus-id': 'pass-quiet', 'data-testid': 'pass-quiet', onclick: hooks.passQuiet,
        title: t('game:decide.passQuietHint'),
      }, t('game:decide.passQuiet'))));
}

/** Pension contributions as a decision with its cost and its effect on the pension (never switched silently). */
function contributionsBlock(state: GameState, o: ActionOption & { action: { type: 'setContributions'; on: boolean } }, hooks: DecisionsHooks): HTMLElement {
  const fg = o.figures;
  const f = {
    monthly: fg.monthly ?? 0, years: Math.floor(fg.contributionYears ?? 0), minYears: fg.minYears ?? 15,
    pensionIfPay: fg.pensionIfPaying ?? 0, pensionIfStop: fg.pensionIfStopped ?? 0,
  };
  const paying = state.household.payingContributions;
  const pension = (v: number) => (v > 0 ? t('game:fig.perMonth', { amount: yuan(v) }) : t('play:contrib.noPension', { years: num(f.years), min: num(f.minYears) }));
  const age = num(fg.statutoryAge ?? 60);
  return h('section', { class: `contrib ${paying ? 'paying' : ''}`, 'aria-labelledby': 'contrib-h', 'data-testid': 'contributions' },
    h('h3', { id: 'contrib-h' }, t('play:contrib.title')),
    h('p', { 'data-testid': 'contrib-state' }, paying ? t('play:contrib.on', { monthly: yuanProse(f.monthly) }) : t('play:contrib.off')),
    h('dl', { class: 'facts' },
      ...fig(t('play:contrib.cost'), t('game:fig.perMonth', { amount: yuan(f.monthly) })),
      ...fig(t('play:contrib.years'), num(f.years)),
      ...fig(t('play:contrib.ifPay', { age }), pension(f.pensionIfPay)),
      ...fig(t('play:contrib.ifStop', { age }), pension(f.pensionIfStop))),
    h('button', { type: 'button', class: 'button small', 'data-focus-id': 'act-contributions', 'data-testid': 'act-contributions', onclick: () => hooks.act(o.action, null) },
      o.action.on ? t('play:contrib.start', { monthly: yuan(f.monthly) }) : t('play:contrib.stop', { monthly: yuan(f.monthly) })));
}

function confirmButton(id: string, label: string, enabled: boolean, onClick: () => void): HTMLElement {
  return h('button', { type: 'button', class: 'button primary confirm', disabled: !enabled, 'data-focus-id': `confirm-${id}`, 'data-testid': `confirm-${id}`, onclick: onClick }, label);
}

function pathForm(p: PathId, state: GameState, opts: ActionOption[], ui: DecisionsUi, hooks: DecisionsHooks): (HTMLElement | null)[] {
  switch (p) {
    case 'retire': {
      const o = opts[0];
      if (!o) return [];
      const f = o.figures;
      const tr = {
        severanceGivenUp: f.severanceGivenUp ?? 0, uiGivenUp: f.uiGivenUp ?? 0, allowance: f.livingAllowance ?? 0,
        allowanceMonths: f.monthsToPension ?? 0, pensionAtStatutoryAge: f.pensionAtStatutory ?? 0, statutoryAge: f.statutoryAge ?? 0,
      };
      const perMonthFor = (key: string, amount: number, count: number) => t(key, { amount: yuan(amount), count, n: num(count) });
      return [
        h('dl', { class: 'facts' },
          ...fig(t('game:fig.age'), num(f.age ?? 0)),
          ...fig(t('game:fig.statutoryAge'), num(f.statutoryAge ?? 0)),
          ...fig(t('game:fig.earliestAge'), num(f.earliestAge ?? 0))),
        h('div', { class: 'tradeoff', 'data-testid': 'retire-tradeoff' },
          h('section', { class: 'gives-up', 'aria-labelledby': 'retire-gives-h' },
            h('h5', { id: 'retire-gives-h' }, h('span', { 'aria-hidden': 'true' }, '− '), t('play:retire.givesUp')),
            tr.severanceGivenUp > 0
              ? h('dl', { class: 'facts' },
                ...fig(t('play:retire.severance'), yuan(tr.severanceGivenUp)),
                ...(tr.uiGivenUp > 0 ? fig(t('play:retire.ui'), yuan(tr.uiGivenUp)) : []))
              : h('p', { class: 'hint' }, t('play:retire.none'))),
          h('section', { class: 'gains', 'aria-labelledby': 'retire-gains-h' },
            h('h5', { id: 'retire-gains-h' }, h('span', { 'aria-hidden': 'true' }, '+ '), t('play:retire.gains')),
            h('dl', { class: 'facts' },
              ...(tr.allowanceMonths > 0 ? fig(t('play:retire.allowance', { age: num(tr.statutoryAge) }), perMonthFor('play:retire.allowanceValue', tr.allowance, tr.allowanceMonths)) : []),
              ...fig(t('play:retire.pension', { age: num(tr.statutoryAge) }), tr.pensionAtStatutoryAge > 0 ? t('game:fig.perMonth', { amount: yuan(tr.pensionAtStatutoryAge) }) : '—')))),
        h('p', { class: 'risk' }, t('game:path.retire.risk')),
        confirmButton('retire', t('game:path.retire.confirm'), o.eligible, () => hooks.act(o.action, 'retire')),
      ];
    }
    case 'retrain': {
      const sel = opts.find((o) => (o.action as Choose<'retrain'>).courseId === ui.courseId) ?? null;
      const any = opts[0];
      return [
        any && (any.figures.severance ?? 0) > 0 ? h('p', { class: 'hint' }, t('game:path.severanceNote', { severance: yuanProse(any.figures.severance ?? 0), months: num(any.figures.uiMonths ?? 0), ui: yuanProse(any.figures.uiMonthly ?? 0) })) : null,
        radioList('course', t('game:path.retrain.pick'), opts.map((o) => {
          const a = o.action as Choose<'retrain'>;
          const f = o.figures;
          return {
            value: a.courseId, label: ct(`course.${a.courseId}.name`), disabled: !o.eligible,
            detail: [
              h('span', { class: 'option-detail' }, t('game:path.retrain.detail', { months: num(f.months ?? 0), fee: yuan(f.fee ?? 0), stipend: yuan(f.stipend ?? 0) })),
              h('span', { class: 'option-detail' }, t('game:path.retrain.after', { odds: pct(f.placementOdds ?? 0), wage: yuan(f.wage ?? 0) })),
              reasonLine(o),
            ],
          };
        }), ui.courseId, (v) => { ui.courseId = v; ui.error = null; hooks.rerender(); }),
        h('p', { class: 'risk' }, t('game:path.retrain.risk')),
        confirmButton('retrain', sel ? t('game:path.retrain.confirm', { course: ct(`course.${ui.courseId}.name`) }) : t('game:path.pickFirst'), !!sel?.eligible, () => sel && hooks.act(sel.action, 'retrain')),
      ];
    }
    case 'migrate': {
      const hasKids = state.household.children.length > 0;
      const dests = opts.filter((o) => !(o.action as Choose<'migrate'>).bringChildren);
      const sel = opts.find((o) => { const a = o.action as Choose<'migrate'>; return a.destinationId === ui.destinationId && a.bringChildren === (hasKids && ui.bringChildren); }) ?? null;
      return [
        radioList('destination', t('game:path.migrate.pick'), dests.map((o) => {
          const a = o.action as Choose<'migrate'>;
          const f = o.figures;
          return {
            value: a.destinationId, label: ct(`destination.${a.destinationId}.name`), disabled: !o.eligible,
            detail: [
              h('span', { class: 'option-detail' }, t('game:path.migrate.detail', { wage: yuan(f.wage ?? 0), living: yuan(f.livingCost ?? 0), upfront: yuan(f.upfrontCost ?? 0) })),
              h('span', { class: 'option-detail' }, t('game:path.migrate.odds', { odds: pct(f.hireOdds ?? 0), maxAge: num(f.maxHireAge ?? 0) })),
              reasonLine(o),
            ],
          };
        }), ui.destinationId, (v) => { ui.destinationId = v; ui.error = null; hooks.rerender(); }),
        hasKids ? h('div', { class: 'field check' },
          h('label', {},
            h('input', { type: 'checkbox', checked: ui.bringChildren, 'data-focus-id': 'bring-children', 'data-testid': 'bring-children', onchange: (e: Event) => { ui.bringChildren = (e.target as HTMLInputElement).checked; ui.error = null; hooks.rerender(); } }),
            ' ', t('game:path.migrate.bring', { count: state.household.children.length }))) : null,
        sel ? h('dl', { class: 'facts' },
          ...fig(t('game:fig.upfront'), yuan(sel.figures.upfrontCost ?? 0)),
          ...(hasKids && ui.bringChildren
            ? [...fig(t('game:fig.childCost'), t('game:fig.perMonth', { amount: yuan(sel.figures.childCost ?? 0) })), ...fig(t('game:fig.schoolOdds'), pct(sel.figures.publicSchoolOdds ?? 0))]
            : [])) : null,
        h('p', { class: 'risk' }, hasKids ? (ui.bringChildren ? t('game:path.migrate.riskBring') : t('game:path.migrate.riskLeave')) : t('game:path.migrate.risk')),
        confirmButton('migrate', sel ? t('game:path.migrate.confirm', { place: ct(`destination.${ui.destinationId}.name`) }) : t('game:path.pickFirst'), !!sel?.eligible, () => sel && hooks.act(sel.action, 'migrate')),
      ];
    }
    case 'business': {
      const sel = opts.find((o) => (o.action as Choose<'business'>).businessId === ui.businessId) ?? null;
      const any = opts[0];
      const cap = any?.figures.loanCap ?? 0;
      const maxTerm = any?.figures.maxTermMonths ?? 12;
      const out: (HTMLElement | null)[] = [
        radioList('business', t('game:path.business.pick'), opts.map((o) => {
          const a = o.action as Choose<'business'>;
          const f = o.figures;
          const pi = f.priceIndex ?? 1;
          return {
            value: a.businessId, label: ct(`business.${a.businessId}.name`), disabled: !o.eligible,
            detail: [
              h('span', { class: 'option-detail' }, t('game:path.business.detail', { startup: yuan(f.startupCost ?? 0), rent: yuan(f.rent ?? 0) })),
              h('span', { class: 'option-detail' }, t('game:path.business.market', { count: f.openFirms ?? 0, price: percent(pi) })),
              reasonLine(o),
            ],
          };
        }), ui.businessId, (v) => {
          ui.businessId = v; ui.error = null;
          const o = opts.find((x) => (x.action as Choose<'business'>).businessId === v);
          const a = o?.action as Choose<'business'> | undefined;
          ui.loanAmount = null; // starts at the project-sized loan for the place chosen
          ui.termMonths = a?.termMonths ?? maxTerm;
          ui.location = a?.location ?? 'sideStreet';
          hooks.rerender();
        }),
      ];
      if (sel) {
        const a = sel.action as Choose<'business'>;
        const lf = tradeProfit(state, a.businessId);
        const locNow = ui.location ?? a.location ?? 'sideStreet';
        const projectLoan = locNow === a.location ? (sel.figures.loanLimit ?? a.loanAmount) : projectLimitAt(state, a.businessId, locNow, cap);
        const loan = ui.loanAmount ?? projectLoan;
        const term = ui.termMonths ?? a.termMonths;
        const loc = ui.location ?? a.location ?? 'sideStreet';
        const ask = predictionNeeded();
        const terms: number[] = [];
        for (let m = 6; m <= maxTerm; m += 6) terms.push(m);
        if (!terms.includes(term)) terms.push(term);
        out.push(
          radioList('location', t('game:path.business.where'), LOCATION_IDS.map((id) => ({ value: id, label: ct(`location.${id}.name`), detail: [h('span', { class: 'option-detail' }, t(`game:location.${id}`))] })), loc,
            (v) => { ui.location = v; ui.loanAmount = null; ui.error = null; hooks.rerender(); }),
          numberField('loan-amount', t('game:path.business.loan'), loan, 0, projectLoan, 500, (v) => { ui.loanAmount = v; ui.error = null; hooks.rerender(); }, t('game:path.business.loanHint', { cap: yuan(cap) })),
          h('div', { class: 'field' },
            h('label', { for: 'loan-term' }, t('game:path.business.term')),
            h('select', { id: 'loan-term', 'data-focus-id': 'loan-term', 'data-testid': 'loan-term', onchange: (e: Event) => { ui.termMonths = Number((e.target as HTMLSelectElement).value); ui.error = null; hooks.rerender(); } },
              ...terms.sort((x, y) => x - y).map((m) => h('option', { value: String(m), selected: m === term }, t('game:path.business.months', { count: m }))))),
          h('p', { class: 'hint', 'data-testid': 'loan-project' },
            t('play:loan.project', { startup: yuanProse(sel.figures.startupCost ?? 0), total: yuanProse(projectLoan) }), ' ',
            loan !== projectLoan ? h('button', { type: 'button', class: 'button small', 'data-focus-id': 'loan-use-project', 'data-testid': 'loan-use-project', onclick: () => { ui.loanAmount = projectLoan; ui.error = null; hooks.rerender(); } }, t('play:loan.useProject')) : null),
          loanVersusProfit(lf, loan, term, ct(`business.${a.businessId}.name`)),
          h('dl', { class: 'facts' },
            ...fig(t('game:fig.startup'), yuan(sel.figures.startupCost ?? 0)),
            ...fig(t('game:fig.rate'), t('game:fig.rateValue', { rate: percent(sel.figures.annualRate ?? 0, 2) }))),
          h('p', { class: 'risk' }, loan > 0 ? t('game:path.business.riskLoan') : t('game:path.business.risk')),
          ask ? entryQuestions(a.businessId, hooks.rerender) : null,
          confirmButton('business', loan > 0 ? t('game:path.business.confirmLoan', { amount: yuan(loan) }) : t('game:path.business.confirm'), !ask || entryQuestionsAnswered(),
            () => { hooks.act({ type: 'choosePath', path: 'business', businessId: a.businessId, loanAmount: loan, termMonths: term, location: loc }, 'business'); if (ask) keepEntryAnswers(a.businessId); }));
      } else {
        out.push(h('p', { class: 'risk' }, t('game:path.business.risk')), confirmButton('business', t('game:path.pickFirst'), false, () => undefined));
      }
      return out;
    }
  }
}

/** The instalment against what a firm of the trade made last month on this street: the crowded market's arithmetic. */
/**
 * The most the scheme lends for this trade at another place than the model's default one. The model states the
 * limit only for the default place (figures.loanLimit), so the form asks the model itself: a step that signs for
 * the cap at that place is refused with the project's limit (reason.loanAboveProject), or is allowed (limit = cap).
 */
function projectLimitAt(state: GameState, businessId: string, location: LocationId, cap: number): number {
  const r = step(state, { type: 'choosePath', path: 'business', businessId, loanAmount: cap, termMonths: 12, location });
  if (!r.ok && r.reason.key === 'reason.loanAboveProject') return Number(r.reason.params?.limit ?? cap);
  return cap;
}

/**
 * What a firm of the trade made last month on this street (the open firms' average, leaving out those in their
 * first month), and what one made before the layoffs (the data's baseline, in the scenario's yuan).
 */
export function tradeProfit(state: GameState, businessId: string): { expectedProfit: number | null; openFirms: number; baselineProfit: number } {
  let sum = 0;
  let n = 0;
  let open = 0;
  for (const f of state.market.firms) {
    if (f.closedMonth !== null || f.businessId !== businessId) continue;
    open++;
    if (!state.history.length || f.openedMonth >= state.month - 1) continue;
    sum += f.lastProfit;
    n++;
  }
  const b = listBusinesses().find((x) => x.id === businessId);
  const ws = listScenarios().find((x) => x.id === state.scenarioId)?.params.wageScale.value ?? 1;
  return { expectedProfit: n ? Math.round(sum / n) : null, openFirms: open, baselineProfit: Math.round((b?.baselineProfit ?? 0) * ws) };
}

function loanVersusProfit(lf: ReturnType<typeof tradeProfit>, loan: number, term: number, business: string): HTMLElement {
  const instalment = loan > 0 ? Math.ceil(loan / Math.max(1, term)) : 0;
  const p = lf.expectedProfit;
  const left = p === null ? null : p - instalment;
  return h('section', { class: `loan-vs ${left !== null && left < 0 ? 'short' : ''}`, 'aria-labelledby': 'loan-vs-h', 'data-testid': 'loan-vs-profit', 'data-instalment': String(instalment), 'data-profit': p === null ? '' : String(p) },
    h('h5', { id: 'loan-vs-h' }, t('play:loan.versus')),
    h('dl', { class: 'facts' },
      ...fig(t('game:fig.instalment'), instalment > 0 ? t('game:fig.perMonth', { amount: yuan(instalment) }) : t('game:fig.noLoan')),
      ...(p === null ? [
        ...fig(t('play:loan.baseline', { business }), t('game:fig.perMonth', { amount: yuan(lf.baselineProfit) })),
        h('dt', { class: 'wide' }, t('play:loan.expectedNone', { business, n: num(lf.openFirms) })),
      ] : [
        ...fig(t('play:loan.expected', { business }), signedYuan(p)),
        ...fig(t('play:loan.after'), signedYuan(left ?? 0)),
      ])),
    left !== null && left < 0 && instalment > 0 ? h('p', { class: 'risk', 'data-testid': 'loan-warn' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), t('play:loan.warn')) : null);
}

function borrowForm(state: GameState, opts: ActionOption[], ui: DecisionsUi, hooks: DecisionsHooks, toggle: (id: FormId) => void): HTMLElement | null {
  if (!opts.length) return null;
  const open = ui.open === 'borrow';
  const bySource = (s: 'relatives' | 'loanShark') => opts.find((o) => (o.action as { source: string }).source === s);
  const cur = bySource(ui.borrowSource);
  const max = cur?.figures.max ?? 0;
  const amount = Math.min(ui.borrowAmount ?? (cur?.action as { amount: number } | undefined)?.amount ?? 0, Math.max(0, max));
  return h('section', { class: 'small-form', 'data-testid': 'borrow' },
    h('h4', {}, h('button', { type: 'button', class: 'disclosure', 'aria-expanded': String(open), 'aria-controls': 'form-borrow', 'data-focus-id': 'borrow-toggle', 'data-testid': 'borrow-toggle', onclick: () => toggle('borrow') },
      h('span', { class: 'path-name' }, t('game:borrow.title')))),
    open ? h('div', { id: 'form-borrow', class: 'path-form' },
      radioList('lender', t('game:borrow.from'), (['relatives', 'loanShark'] as const).map((s) => {
        const o = bySource(s);
        return { value: s, label: t(`game:borrow.${s}`), detail: [h('span', { class: 'option-detail' }, t(`game:borrow.${s}Detail`, { max: yuan(o?.figures.max ?? 0), rate: percent(o?.figures.monthlyRate ?? 0) }))] };
      }), ui.borrowSource, (v) => { ui.borrowSource = v; ui.borrowAmount = null; ui.error = null; hooks.rerender(); }),
      max > 0
        ? numberField('borrow-amount', t('game:borrow.amount'), amount, 1, max, 500, (v) => { ui.borrowAmount = v; ui.error = null; hooks.rerender(); })
        : h('p', { class: 'reason' }, t('game:borrow.none')),
      h('p', { class: 'risk' }, t(`game:borrow.${ui.borrowSource}Risk`)),
      confirmButton('borrow', t('game:borrow.confirm', { amount: yuan(amount) }), max > 0 && amount > 0 && !state.pendingEvent,
        () => hooks.act({ type: 'borrowInformal', source: ui.borrowSource, amount }, 'borrow')),
      errorLine(ui, 'borrow')) : null);
}

function repayForm(state: GameState, opts: ActionOption[], ui: DecisionsUi, hooks: DecisionsHooks, toggle: (id: FormId) => void): HTMLElement | null {
  const owed = REPAY_TARGETS.map((tg) => ({ tg, o: opts.find((o) => (o.action as { target: string }).target === tg) })).filter((x) => (x.o?.figures.owed ?? 0) > 0);
  if (!owed.length) return null;
  const open = ui.open === 'repay';
  const target = ui.repayTarget && owed.some((x) => x.tg === ui.repayTarget) ? ui.repayTarget : owed[0]!.tg;
  const cur = owed.find((x) => x.tg === target)!.o!;
  const max = Math.max(0, cur.figures.max ?? 0);
  const amount = Math.min(ui.repayAmount ?? max, max);
  return h('section', { class: 'small-form', 'data-testid': 'repay' },
    h('h4', {}, h('button', { type: 'button', class: 'disclosure', 'aria-expanded': String(open), 'aria-controls': 'form-repay', 'data-focus-id': 'repay-toggle', 'data-testid': 'repay-toggle', onclick: () => toggle('repay') },
      h('span', { class: 'path-name' }, t('game:repay.title')))),
    open ? h('div', { id: 'form-repay', class: 'path-form' },
      radioList('repay-target', t('game:repay.which'), owed.map(({ tg, o }) => ({ value: tg, label: t(`game:debt.${tg}`), detail: [h('span', { class: 'option-detail num' }, yuan(o?.figures.owed ?? 0))] })), target,
        (v) => { ui.repayTarget = v; ui.repayAmount = null; ui.error = null; hooks.rerender(); }),
      max > 0 ? numberField('repay-amount', t('game:repay.amount'), amount, 1, max, 100, (v) => { ui.repayAmount = v; ui.error = null; hooks.rerender(); }) : h('p', { class: 'reason' }, t('game:repay.noCash')),
      confirmButton('repay', t('game:repay.confirm', { amount: yuan(amount) }), max > 0 && amount > 0 && !state.pendingEvent,
        () => hooks.act({ type: 'repayExtra', target, amount }, 'repay')),
      errorLine(ui, 'repay')) : null);
}

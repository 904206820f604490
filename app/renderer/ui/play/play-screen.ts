// The month-by-month screen: top bar, ledger (left), decisions (right), and an event card when the month
// asks for a choice. The panels sit at the edges so the middle of the street, where the player's business
// stands, stays visible; their sizes are passed to the town as insets.
import { t, yuanProse } from '../../i18n';
import { currentSession, dispatch, flushSaves, onSaveStatusChange, passQuietMonths, saveStatus } from '../../game/session';
import { availableActions, type Action, type GameState, type SimEvent } from '../../game/sim-api';
import { setTownInsets, showTradeInTown } from '../../game/town-link';
import { quietSummary } from '../../game/play-figures';
import { quietLines, quietTitle } from './quiet-note';
import { newsLine, newsText } from './trade-strip';
import { announce } from '../announce';
import { h } from '../dom';
import { redraw, type Screen } from '../screens';
import { ct, monthName, reasonText } from '../text';
import { decisionsPanel, newDecisionsUi, type DecisionsUi, type FormId } from './decisions';
import { eventCard } from './event-card';
import { leaveDialog, saveBanner } from '../save-notice';
import { ledgerPanel } from './ledger';
import { topBar } from './top-bar';
import { classBar } from '../../class/class-bar';

export interface PlayActions {
  settings: () => void;
  leave: () => void;
  ended: () => void;
}

/** How many quiet months one press lets pass at most (a year: the player is never carried far unawares). */
const QUIET_LIMIT = 12;

export function monthSummary(state: GameState): string {
  const last = state.history[state.history.length - 1];
  if (!last) return '';
  const parts = [t('game:announce.month', { month: monthName(state, last.month), income: yuanProse(last.income), spending: yuanProse(Math.abs(last.expenses)), savings: yuanProse(state.household.cash) })];
  if (state.pendingEvent) parts.push(t('game:announce.event', { title: ct(`event.${state.pendingEvent.id}.title`, state.pendingEvent.params) }));
  return parts.join(' ');
}

function eventsSummary(events: SimEvent[]): string {
  return events.filter((e) => e.type === 'eventHappened' || (e.type === 'timeline' && !e.key.startsWith('event.') && e.key !== 'timeline.monthEnded'))
    .slice(-3).map((e) => ct(e.key, e.params)).join(' ');
}

/** The open forms and typed amounts stay while the same game goes on (settings and back, language switch). */
let kept: { game: string; ui: DecisionsUi } | null = null;
function decisionsUiFor(state: GameState): DecisionsUi {
  const game = JSON.stringify(state.config);
  if (kept?.game !== game) kept = { game, ui: newDecisionsUi() };
  return kept.ui;
}

export function playScreen(actions: PlayActions): Screen {
  const first = currentSession();
  const ui = first ? decisionsUiFor(first.state) : newDecisionsUi();
  let observer: ResizeObserver | null = null;
  let topH = '';
  // "Save and leave" asks first when the last save failed: leaving would lose the unsaved months.
  let askingToLeave = false;
  const leave = async () => {
    await flushSaves();
    if (saveStatus().ok) { actions.leave(); return; }
    askingToLeave = true;
    redraw();
    document.querySelector<HTMLElement>('[data-focus-id="leave-title"]')?.focus();
  };
  const stopWatchingSaves = onSaveStatusChange(() => redraw());
  const townLayer = () => document.getElementById('town-layer');

  const measure = (root: HTMLElement) => {
    const left = root.querySelector<HTMLElement>('.ledger')?.getBoundingClientRect();
    const right = root.querySelector<HTMLElement>('.decisions')?.getBoundingClientRect();
    const top = root.querySelector<HTMLElement>('.topbar')?.getBoundingClientRect();
    if (!left || !right || !top) return;
    topH = `${Math.round(top.bottom + 8)}px`;
    root.style.setProperty('--top-h', topH);
    root.style.setProperty('--street-left', `${Math.round(left.right + 8)}px`);
    root.style.setProperty('--street-right', `${Math.round(window.innerWidth - right.left + 8)}px`);
    setTownInsets({ left: Math.round(left.right), right: Math.round(window.innerWidth - right.left), top: Math.round(top.bottom), bottom: 0 });
  };

  /** Redraws, then puts focus somewhere sensible if the focused control went away (an event card came or went). */
  const refresh = () => {
    redraw();
    const root = document.getElementById('ui');
    const card = root?.querySelector<HTMLElement>('[data-testid="event-card"]');
    if (card && !card.contains(document.activeElement)) {
      card.querySelector<HTMLElement>('#event-title')?.focus();
    } else if (!card && (!document.activeElement || document.activeElement === document.body)) {
      const next = root?.querySelector<HTMLElement>('[data-testid="next-month"]:not([disabled])');
      if (next) next.focus();
      else root?.querySelector<HTMLElement>('#decide-h')?.setAttribute('tabindex', '-1');
      if (!next) root?.querySelector<HTMLElement>('#decide-h')?.focus();
    }
  };

  const afterStep = (events: SimEvent[], announceMonth: boolean) => {
    const s = currentSession();
    if (s?.state.ended) { actions.ended(); return; }
    refresh();
    if (s && announceMonth) announce([monthSummary(s.state), newsText(s.state), eventsSummary(events)].filter(Boolean).join(' '));
  };

  const act = (action: Action, form: FormId | null) => {
    const r = dispatch(action);
    if (!r.ok) {
      ui.error = form ? { form, text: reasonText(r.reason) } : null;
      if (!form) announce(reasonText(r.reason));
      refresh();
      return;
    }
    ui.error = null;
    ui.quiet = null;
    if (action.type === 'choosePath') ui.open = null;
    const done = eventsSummary(r.events);
    afterStep(r.events, false);
    if (done) announce(done);
  };

  const screen: Screen = {
    initialFocus: 'next-month',
    render: () => {
      const s = currentSession();
      if (!s) return h('main', { class: 'play' });
      const state = s.state;
      const options = availableActions(state);
      const modal = askingToLeave
        ? leaveDialog({ leave: actions.leave, stay: () => { askingToLeave = false; redraw(); document.querySelector<HTMLElement>('[data-focus-id="top-leave"]')?.focus(); } })
        : eventCard(state, options, (choiceId) => act({ type: 'resolveEvent', choiceId }, null));
      const bar = topBar(state, { settings: actions.settings, leave: () => { void leave(); } });
      const banner = askingToLeave ? null : saveBanner(); // the question says the same, and must not be covered
      const cls = classBar();
      if (cls) bar.append(cls);
      const ledger = ledgerPanel(state);
      const decisions = decisionsPanel(state, options, ui, {
        act,
        nextMonth: () => {
          ui.quiet = null;
          const r = dispatch({ type: 'endMonth' });
          if (!r.ok) { announce(reasonText(r.reason)); refresh(); return; }
          afterStep(r.events, true);
        },
        passQuiet: () => {
          const before = currentSession()?.state;
          const r = passQuietMonths(QUIET_LIMIT);
          if (!r.ok) { announce(reasonText(r.reason)); refresh(); return; }
          const st = currentSession()?.state;
          if (st?.ended) { actions.ended(); return; }
          // One month is an ordinary month; two or more get a summary of what they brought.
          const q = before && st && r.months > 1 ? quietSummary(before, st) : null;
          ui.quiet = q;
          refresh();
          // the summary sits at the top of the panel: show it even if the panel was scrolled down
          if (q) document.querySelector('[data-scroll-id="decisions"]')?.scrollTo({ top: 0 });
          if (st) {
            announce([q ? `${quietTitle(q)}: ${quietLines(q).join(' ')}` : t('game:announce.passed', { count: r.months }),
              t(`game:announce.stop.${r.stop}`), monthSummary(st), newsText(st) ?? ''].filter(Boolean).join(' '));
          }
        },
        rerender: refresh,
        showTrade: (businessId) => showTradeInTown(businessId),
      });
      if (modal) for (const el of [bar, ledger, decisions, banner]) if (el) el.inert = true;
      townLayer()?.toggleAttribute('inert', !!modal);
      const root = h('main', { class: `play ${modal ? 'has-modal' : ''}`, 'data-testid': 'play-screen', 'aria-label': t('game:play.label') },
        h('h1', { class: 'visually-hidden' }, t('game:play.heading', { month: monthName(state, Math.min(state.month, state.monthsTotal - 1)) })),
        bar, banner, newsLine(state), ledger, decisions, modal);
      if (topH) root.style.setProperty('--top-h', topH);
      observer?.disconnect();
      observer = new ResizeObserver(() => measure(root));
      for (const sel of ['.ledger', '.decisions', '.topbar']) { const el = root.querySelector(sel); if (el) observer.observe(el); }
      requestAnimationFrame(() => measure(root));
      return root;
    },
    dispose: () => {
      stopWatchingSaves();
      observer?.disconnect();
      townLayer()?.removeAttribute('inert');
    },
  };
  return screen;
}

// An event that needs a decision: a centred card over the town with its choices. It is a true modal
// (the rest of the page is inert, Tab stays inside), it has no timer, and Escape never picks for the player.
import { num, percent, t, yuanProse } from '../../i18n';
import { EVENT_DEFINITIONS, type ActionOption, type GameState } from '../../game/sim-api';
import { eventRepeats } from '../../game/play-figures';
import { h } from '../dom';
import { ct, monthName, reasonText } from '../text';
import { choiceEffects, type EffectLine } from './event-effects';

/** One consequence in words: yuan and percentages formatted for the language, meter changes signed. */
export function effectText(e: EffectLine): string {
  const p: Record<string, unknown> = { ...e.params };
  for (const k of e.money ?? []) p[k] = yuanProse(Number(e.params[k]));
  for (const k of e.pct ?? []) p[k] = percent(Number(e.params[k]), Number(e.params[k]) < 0.1 ? 1 : 0);
  if (typeof e.params.delta === 'number') p.delta = `${e.params.delta > 0 ? '+' : '−'}${num(Math.abs(e.params.delta))}`;
  return t(e.key, p);
}

export function eventCard(state: GameState, options: ActionOption[], choose: (choiceId: string) => void): HTMLElement | null {
  const ev = state.pendingEvent;
  if (!ev) return null;
  const hint = h('p', { class: 'hint escape-hint', id: 'event-hint', 'aria-live': 'polite' });
  const repeats = eventRepeats(state, EVENT_DEFINITIONS.map((d) => d.id));
  const card = h('div', {
    class: 'event-card', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'event-title', 'aria-describedby': 'event-body', 'data-testid': 'event-card', 'data-event': ev.id,
  },
  h('p', { class: `event-kind kind-${ev.kind}` }, t(`game:eventKind.${ev.kind}`), ' · ', monthName(state, ev.month)),
  h('h2', { id: 'event-title', tabindex: '-1', 'data-focus-id': 'event-title' }, ct(`event.${ev.id}.title`, ev.params)),
  h('p', { id: 'event-body', class: 'event-body' }, ct(`event.${ev.id}.body`, ev.params)),
  repeats > 0 ? h('p', { class: 'event-repeat', 'data-testid': 'event-repeat' }, t('play:event.repeat', { count: repeats })) : null,
  h('ul', { class: 'event-choices', 'aria-label': t('play:event.choicesLabel') },
    ...ev.choices.map((c) => {
      const opt = options.find((o) => o.action.type === 'resolveEvent' && o.action.choiceId === c.id);
      const eligible = opt ? opt.eligible : c.eligible;
      const reason = opt && !opt.eligible ? opt.reason : c.reason;
      const effects = choiceEffects(c.figures).map(effectText);
      return h('li', {},
        h('button', {
          type: 'button', class: 'button choice', disabled: !eligible, 'data-focus-id': `choice-${c.id}`, 'data-testid': `choice-${c.id}`,
          onclick: () => choose(c.id),
        },
        h('span', { class: 'choice-label' }, ct(`event.${ev.id}.choice.${c.id}`, ev.params),
          // phrasing content only inside a button: the consequences are spans, read as part of the choice's name
          h('span', { class: 'choice-effects', 'data-testid': `effects-${c.id}` },
            ...(effects.length ? effects : eligible ? [t('play:event.noFigures')] : []).map((x) => h('span', { class: 'effect' }, x))))),
        !eligible && reason ? h('p', { class: 'reason' }, h('span', { 'aria-hidden': 'true' }, '⊘ '), reasonText(reason)) : null);
    })),
  hint);
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      // A required choice is never skipped: say so instead of closing.
      e.preventDefault();
      e.stopPropagation();
      hint.textContent = t('game:event.mustChoose');
      return;
    }
    if (e.key !== 'Tab') return;
    // Tab and Shift+Tab cycle through the open choices and never leave the card.
    const buttons = [...card.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    if (!buttons.length) return;
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    e.preventDefault();
    const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : (i === -1 || i === buttons.length - 1 ? 0 : i + 1);
    buttons[next]!.focus();
  });
  return h('div', { class: 'event-backdrop', 'data-testid': 'event-backdrop' }, card);
}

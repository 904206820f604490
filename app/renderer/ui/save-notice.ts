// What the player sees when the game is not being saved: a banner over the month (why, and what to do,
// with "Try again" and "Download a copy"), and the question asked before leaving an unsaved game.
import { t } from '../i18n';
import { autosave, currentSession, flushSaves, saveStatus } from '../game/session';
import { downloadSaveCopy } from '../game/save-copy';
import { serializeSession } from '../game/save-format';
import { announce } from './announce';
import { h } from './dom';

async function copyCurrent(): Promise<void> {
  const s = currentSession();
  if (!s) return;
  const outcome = await downloadSaveCopy(serializeSession(s));
  if (outcome === 'failed') announce(t('saves:copy.failed'));
}

async function retry(): Promise<void> {
  await autosave();
  await flushSaves();
  if (saveStatus().ok) announce(t('saves:banner.saved'));
}

/** The banner, or null while saves work. */
export function saveBanner(): HTMLElement | null {
  const st = saveStatus();
  if (st.ok) return null;
  const buttons = st.code === 'readonly' ? [] : [
    h('button', { type: 'button', class: 'button small', 'data-focus-id': 'save-retry', 'data-testid': 'save-retry', onclick: () => { void retry(); } }, t('saves:banner.retry')),
  ];
  buttons.push(h('button', { type: 'button', class: 'button small', 'data-focus-id': 'save-download', 'data-testid': 'save-download', onclick: () => { void copyCurrent(); } }, t('saves:banner.download')));
  return h('section', { class: `save-banner notice ${st.code}`, role: 'alert', 'aria-label': t('saves:banner.label'), 'data-testid': 'save-banner', 'data-problem': st.code },
    h('p', {}, t(`saves:banner.${st.code}`)),
    h('div', { class: 'save-banner-actions' }, ...buttons));
}

export interface LeaveChoices {
  leave: () => void;
  stay: () => void;
}

/** The question before leaving a game whose last save failed (a modal dialog inside the play screen). */
export function leaveDialog(choices: LeaveChoices): HTMLElement {
  const st = saveStatus();
  const readonly = !st.ok && st.code === 'readonly';
  const tryAgain = async () => {
    await retry();
    if (saveStatus().ok) choices.leave();
  };
  // Escape means "stay": the safe answer (the rest of the screen is inert while the question is open).
  const onKey = (e: Event) => { if ((e as KeyboardEvent).key === 'Escape') { e.preventDefault(); choices.stay(); } };
  return h('div', { class: 'event-backdrop leave-backdrop' },
    h('section', { class: 'event-card leave-dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'leave-title', 'aria-describedby': 'leave-body', 'data-testid': 'leave-dialog', onkeydown: onKey },
      h('h2', { id: 'leave-title', tabindex: '-1', 'data-focus-id': 'leave-title' }, t('saves:leave.title')),
      h('p', { id: 'leave-body' }, t(readonly ? 'saves:leave.bodyReadonly' : 'saves:leave.body')),
      h('div', { class: 'leave-actions' },
        readonly ? null : h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'leave-retry', 'data-testid': 'leave-retry', onclick: () => { void tryAgain(); } }, t('saves:leave.retry')),
        h('button', { type: 'button', class: 'button', 'data-focus-id': 'leave-download', 'data-testid': 'leave-download', onclick: () => { void copyCurrent(); } }, t('saves:leave.download')),
        h('button', { type: 'button', class: 'button', 'data-focus-id': 'leave-stay', 'data-testid': 'leave-stay', onclick: choices.stay }, t('saves:leave.stay')),
        h('button', { type: 'button', class: 'button danger', 'data-focus-id': 'leave-anyway', 'data-testid': 'leave-anyway', onclick: choices.leave }, t('saves:leave.anyway')))));
}

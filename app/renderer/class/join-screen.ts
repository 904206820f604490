// "Join a class": the class code and a nickname, a real connection test to the teacher's host (this page's own
// origin), and when it fails, which failure it was and what to do next (design/class-market.md §7).
import './class.css';
import { t } from '../i18n';
import { h } from '../ui/dom';
import { redraw, type Screen } from '../ui/screens';
import { cleanNick } from '../../shared/class-nick';
import { normaliseJoinCode } from '../../shared/market-code';
import { classLinkState, joinClass, leaveClass, onClassLink, servedByHost } from './class-link';

export interface JoinActions {
  back: () => void;
  /** Seated: go on to the student's own game with the class code and nickname. */
  play: (code: string, nick: string) => void;
  codeMode: () => void;
}

/** How long a connection test may take before the screen says the teacher's computer did not answer. */
const ANSWER_MS = 6000;

export function joinScreen(actions: JoinActions, scenarioId: string): Screen {
  const fromUrl = new URLSearchParams(location.search).get('join') ?? '';
  const form = { code: classLinkState()?.code ?? fromUrl, nick: classLinkState()?.nick ?? '', error: '' as string };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let noAnswer = false;
  const off = onClassLink(() => redraw());

  const submit = (e: Event) => {
    e.preventDefault();
    const code = normaliseJoinCode(form.code);
    const nick = cleanNick(form.nick);
    form.error = !code ? 'class:join.badCode' : !nick ? 'class:join.badNick' : '';
    if (form.error) { redraw(); return; }
    noAnswer = false;
    joinClass(form.code, nick!, scenarioId);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { if (classLinkState()?.status !== 'seated') { noAnswer = true; redraw(); } }, ANSWER_MS);
    redraw();
  };

  const statusText = (): HTMLElement | null => {
    const s = classLinkState();
    if (!s) return null;
    if (s.reject) {
      const r = s.reject;
      return h('div', { class: 'notice', role: 'alert', 'data-testid': 'join-reject' },
        t(`class:reject.${r.reason}`, { hostVersion: r.hostVersion ?? '', hostScenario: r.hostScenario ?? '', code: s.code }));
    }
    if (s.status === 'seated') {
      return h('div', { class: 'class-ok', role: 'status', 'data-testid': 'join-seated' },
        h('p', {}, t('class:join.seated', { seat: s.seat ?? 0, nick: s.nick, code: s.code })),
        h('button', { type: 'button', class: 'button primary', 'data-testid': 'join-play', 'data-focus-id': 'join-play', onclick: () => actions.play(s.code, s.nick) }, t('class:join.play')));
    }
    if (noAnswer) {
      return h('div', { class: 'notice', role: 'alert', 'data-testid': 'join-no-answer' },
        h('p', {}, t('class:join.noAnswer')),
        h('ul', {}, h('li', {}, t('class:join.nextIsolation')), h('li', {}, t('class:join.nextFirewall')), h('li', {}, t('class:join.nextCodeMode'))));
    }
    return h('p', { role: 'status', 'data-testid': 'join-connecting' }, t(s.status === 'offline' ? 'class:join.offline' : 'class:join.connecting'));
  };

  return {
    initialFocus: 'join-code',
    render: () => h('main', { class: 'screen class-screen', 'data-testid': 'join-screen' },
      h('div', { class: 'panel class-panel' },
        h('h1', {}, t('class:join.title')),
        servedByHost()
          ? h('form', { class: 'class-form', onsubmit: submit, novalidate: true },
            h('label', { for: 'join-code' }, t('class:join.code')),
            h('input', { id: 'join-code', 'data-focus-id': 'join-code', 'data-testid': 'join-code', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 12,
              value: form.code, 'aria-describedby': 'join-code-hint', oninput: (e: Event) => { form.code = (e.target as HTMLInputElement).value; } }),
            h('p', { class: 'hint', id: 'join-code-hint' }, t('class:join.codeHint')),
            h('label', { for: 'join-nick' }, t('class:join.nick')),
            h('input', { id: 'join-nick', 'data-focus-id': 'join-nick', 'data-testid': 'join-nick', type: 'text', autocomplete: 'off', maxlength: 16,
              value: form.nick, 'aria-describedby': 'join-nick-hint', oninput: (e: Event) => { form.nick = (e.target as HTMLInputElement).value; } }),
            h('p', { class: 'hint', id: 'join-nick-hint' }, t('class:join.nickHint')),
            form.error ? h('p', { class: 'notice', role: 'alert', 'data-testid': 'join-error' }, t(form.error)) : null,
            h('button', { type: 'submit', class: 'button primary', 'data-testid': 'join-submit', 'data-focus-id': 'join-submit' }, t('class:join.submit')))
          : h('div', { class: 'notice', 'data-testid': 'join-desktop' }, h('p', {}, t('class:join.desktop'))),
        statusText(),
        h('div', { class: 'class-actions' },
          h('button', { type: 'button', class: 'button', 'data-testid': 'join-code-mode', onclick: actions.codeMode }, t('class:join.useCodeMode')),
          h('button', { type: 'button', class: 'button', 'data-testid': 'join-back', onclick: () => { leaveClass(); actions.back(); } }, t('common:back'))))),
    dispose: () => { off(); if (timer) clearTimeout(timer); },
  };
}

// "Join a class": the class code and a nickname, a real connection test to the teacher's host, and when it fails,
// which failure it was and what to do next (design/class-market.md §7). In a browser the host is this page's own
// origin. In the desktop app the teacher's address is optional: without it the app looks for the class by its
// code on the network first (mDNS and a broadcast probe, in main), then tests the connection to what it found.
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
  const irb = typeof window !== 'undefined' ? window.irb : undefined;
  // after an app crash or a closed tab, the last class joined on this computer is offered again (its seat is kept)
  const last = readLastJoin();
  const sameClass = !fromUrl || normaliseJoinCode(fromUrl) === normaliseJoinCode(last?.code ?? '');
  const form = {
    code: classLinkState()?.code ?? (fromUrl || last?.code || ''),
    nick: classLinkState()?.nick ?? (sameClass ? last?.nick ?? '' : ''),
    address: sameClass ? last?.address ?? '' : '',
    error: '' as string,
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let noAnswer = false;
  /** Desktop: how the address was had (typed, or found by code), and the finding step itself. */
  let target: { how: 'typed' | 'found'; address: string } | null = null;
  let finding: 'searching' | 'not-found' | null = null;
  let attempt = 0;
  let disposed = false;
  const off = onClassLink(() => redraw());

  /** Desktop: addresses found by code not yet tried (a teacher on Wi-Fi and a cable is found at two). */
  let untried: string[] = [];
  const connect = (code: string, nick: string, address?: string) => {
    noAnswer = false;
    keepLastJoin({ code, nick, address: form.address.trim() });
    joinClass(code, nick, scenarioId, address);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      if (classLinkState()?.status === 'seated') return;
      const next = untried.shift();
      if (next && target?.how === 'found') {
        // this address did not answer: the next one found is tried before saying so
        leaveClass(false);
        target = { how: 'found', address: next };
        connect(code, nick, next);
      } else noAnswer = true;
      redraw();
    }, ANSWER_MS);
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const code = normaliseJoinCode(form.code);
    const nick = cleanNick(form.nick);
    const address = form.address.trim();
    form.error = !code ? 'class:join.badCode' : !nick ? 'class:join.badNick' : irb && address && !looksLikeAddress(address) ? 'classdesk:join.badAddress' : '';
    if (form.error) { redraw(); return; }
    noAnswer = false;
    if (!irb) {
      connect(form.code, nick!);
      redraw();
      return;
    }
    const mine = ++attempt;
    untried = [];
    leaveClass(false);
    if (timer) clearTimeout(timer);
    if (address) {
      finding = null;
      target = { how: 'typed', address };
      connect(form.code, nick!, address);
      redraw();
      return;
    }
    // no address: look for the class by its code first; found is not reachable, so the join is the real test
    finding = 'searching';
    target = null;
    redraw();
    void irb.classDiscover(form.code).then((r) => {
      if (disposed || mine !== attempt) return;
      const all = r.ok ? [...new Set(r.value.map((f) => `${f.address.includes(':') ? `[${f.address}]` : f.address}:${f.port}`))] : [];
      if (!all.length) {
        finding = 'not-found';
        redraw();
        // the next step is typing the address: the cursor goes there (the alert is read out as well)
        document.getElementById('join-address')?.focus();
        return;
      }
      finding = null;
      untried = all.slice(1);
      target = { how: 'found', address: all[0]! };
      connect(form.code, nick!, target.address);
      redraw();
    });
  };

  const statusText = (): HTMLElement | null => {
    if (finding === 'searching') return h('p', { role: 'status', 'data-testid': 'join-searching' }, t('classdesk:join.searching', { code: form.code.trim().toUpperCase() }));
    if (finding === 'not-found') {
      return h('div', { class: 'notice', role: 'alert', 'data-testid': 'join-not-found' },
        h('p', {}, t('classdesk:join.notFound')),
        h('ul', {}, h('li', {}, t('classdesk:join.nextTypeAddress')), h('li', {}, t('class:join.nextCodeMode'))));
    }
    const s = classLinkState();
    if (!s) return null;
    if (s.refused) {
      return h('div', { class: 'notice', role: 'alert', 'data-testid': 'join-refused' },
        h('p', {}, t(s.refused === 'not-school-network' ? 'classdesk:join.notSchoolNetwork' : 'classdesk:join.badAddress', { address: target?.address ?? '' })));
    }
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
    if (noAnswer && target) {
      // desktop: found by code but silent means the network keeps devices apart; a typed address that stays silent
      // is most often the teacher's firewall (or a mistyped address)
      const found = target.how === 'found';
      return h('div', { class: 'notice', role: 'alert', 'data-testid': 'join-no-answer', 'data-how': target.how },
        h('p', {}, t(found ? 'classdesk:join.foundNoAnswer' : 'classdesk:join.typedNoAnswer', { address: target.address })),
        h('ul', {},
          found ? h('li', {}, t('class:join.nextIsolation')) : h('li', {}, t('classdesk:join.nextCheckAddress')),
          found ? null : h('li', {}, t('classdesk:join.nextFirewall')),
          h('li', {}, t('class:join.nextCodeMode'))),
        h('p', { class: 'hint' }, t('classdesk:join.stillTrying')));
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
        irb || servedByHost()
          ? h('form', { class: 'class-form', onsubmit: submit, novalidate: true },
            h('label', { for: 'join-code' }, t('class:join.code')),
            h('input', { id: 'join-code', 'data-focus-id': 'join-code', 'data-testid': 'join-code', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 12,
              value: form.code, 'aria-describedby': 'join-code-hint', oninput: (e: Event) => { form.code = (e.target as HTMLInputElement).value; } }),
            h('p', { class: 'hint', id: 'join-code-hint' }, t('class:join.codeHint')),
            h('label', { for: 'join-nick' }, t('class:join.nick')),
            h('input', { id: 'join-nick', 'data-focus-id': 'join-nick', 'data-testid': 'join-nick', type: 'text', autocomplete: 'off', maxlength: 16,
              value: form.nick, 'aria-describedby': 'join-nick-hint', oninput: (e: Event) => { form.nick = (e.target as HTMLInputElement).value; } }),
            h('p', { class: 'hint', id: 'join-nick-hint' }, t('class:join.nickHint')),
            irb ? [
              h('label', { for: 'join-address' }, t('classdesk:join.address')),
              h('input', { id: 'join-address', 'data-focus-id': 'join-address', 'data-testid': 'join-address', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 64, inputmode: 'decimal',
                value: form.address, 'aria-describedby': 'join-address-hint', oninput: (e: Event) => { form.address = (e.target as HTMLInputElement).value; } }),
              h('p', { class: 'hint', id: 'join-address-hint' }, t('classdesk:join.addressHint')),
            ] : [],
            form.error ? h('p', { class: 'notice', role: 'alert', 'data-testid': 'join-error' }, t(form.error)) : null,
            h('button', { type: 'submit', class: 'button primary', 'data-testid': 'join-submit', 'data-focus-id': 'join-submit', disabled: finding === 'searching' }, t('class:join.submit')))
          : h('div', { class: 'notice', 'data-testid': 'join-desktop' }, h('p', {}, t('class:join.desktop'))),
        statusText(),
        h('div', { class: 'class-actions' },
          h('button', { type: 'button', class: 'button', 'data-testid': 'join-code-mode', onclick: actions.codeMode }, t('class:join.useCodeMode')),
          h('button', { type: 'button', class: 'button', 'data-testid': 'join-back', onclick: () => { leaveClass(); actions.back(); } }, t('common:back'))))),
    dispose: () => { disposed = true; off(); if (timer) clearTimeout(timer); },
  };
}

/** The shape of a teacher's address (an IPv4 or bracketed IPv6 literal, optionally :port); main checks it fully. */
function looksLikeAddress(s: string): boolean {
  return /^(\d{1,3}\.){3}\d{1,3}(:\d{1,5})?$/.test(s) || /^\[[0-9a-fA-F:.%\w-]+\](:\d{1,5})?$/.test(s) || /^[0-9a-fA-F:]+:[0-9a-fA-F:]*$/.test(s);
}

/** The last class joined on this computer (code, nickname, typed address): what "Join a class" offers next time. */
interface LastJoin { code: string; nick: string; address: string }
const LAST_JOIN_KEY = 'irb-class-last-join';

function readLastJoin(): LastJoin | null {
  try {
    const v = JSON.parse(localStorage.getItem(LAST_JOIN_KEY) ?? 'null') as Partial<LastJoin> | null;
    if (!v || typeof v.code !== 'string' || typeof v.nick !== 'string') return null;
    return { code: v.code.slice(0, 12), nick: v.nick.slice(0, 16), address: typeof v.address === 'string' ? v.address.slice(0, 64) : '' };
  } catch {
    return null; // unreadable or private mode: the form starts empty
  }
}

function keepLastJoin(j: LastJoin): void {
  try {
    localStorage.setItem(LAST_JOIN_KEY, JSON.stringify(j));
  } catch { /* private mode: nothing is kept */ }
}

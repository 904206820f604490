// "Host a class" from the title. In the desktop app the class host runs in the main process: the teacher picks a
// preset (and a port, if the usual one is taken), starts hosting and gets the dashboard; classes hosted before on
// this computer are listed to resume with the same code, port and seats. In a plain browser the host is the
// command-line program, so this screen says how to start it.
import './class.css';
import { lang, t } from '../i18n';
import { h } from '../ui/dom';
import { redraw, showScreen, type Screen } from '../ui/screens';
import { ct } from '../ui/text';
import { CLASS_PRESETS, DEFAULT_PRESET_ID } from '../../class-host/presets';
import type { ClassHostInfo, ClassHostStartRequest, IpcError, IrbApi, SavedClassInfo } from '../../shared/ipc';
import { dashboardScreen } from './dashboard-screen';
import { ipcTeacherLink } from './teacher-link';

export function hostScreen(back: () => void): Screen {
  const irb = typeof window !== 'undefined' ? window.irb : undefined;
  return irb ? desktopHostScreen(irb, back) : instructionsScreen(back);
}

function instructionsScreen(back: () => void): Screen {
  return {
    render: () => h('main', { class: 'screen class-screen', 'data-testid': 'host-screen' },
      h('div', { class: 'panel class-panel' },
        h('h1', {}, t('class:host.title')),
        h('p', {}, t('class:host.intro')),
        h('ol', {},
          h('li', {}, t('class:host.step1'), ' ', h('code', {}, 'npm run --silent class-host -- --state class-data')),
          h('li', {}, t('class:host.step2')),
          h('li', {}, t('class:host.step3')),
          h('li', {}, t('class:host.step4'))),
        h('p', { class: 'hint' }, t('class:host.network')),
        h('div', { class: 'class-actions' }, h('button', { type: 'button', class: 'button', 'data-testid': 'host-back', onclick: back }, t('common:back'))))),
  };
}

/** A port the teacher typed: empty for the usual one, else a whole number 1024-65535 (null when it is not). */
export function parsePort(text: string): number | undefined | null {
  const s = text.trim();
  if (!s) return undefined;
  if (!/^\d{1,5}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1024 && n <= 65535 ? n : null;
}

const startProblem = (e: IpcError): string => (e.code === 'io-error' ? 'classdesk:host.portBusy' : 'classdesk:host.startFailed');

function desktopHostScreen(irb: IrbApi, back: () => void): Screen {
  const form = { preset: DEFAULT_PRESET_ID, port: '' };
  let problem = '';
  let busy = false;
  let saved: SavedClassInfo[] | null = null;
  let savedFailed = false;
  const self = () => showScreen(hostScreen(back));

  const loadSaved = () => {
    void irb.classHostSaved().then((r) => {
      if (r.ok) saved = r.value;
      else savedFailed = true;
      redraw();
    });
  };
  loadSaved();

  /** Starts (or resumes) hosting; the dashboard listens before the host starts, so its first view is not missed. */
  const start = async (request: ClassHostStartRequest) => {
    if (busy) return;
    busy = true;
    problem = '';
    redraw();
    let info: ClassHostInfo | null = null;
    const link = ipcTeacherLink(irb, () => info);
    const r = await irb.classHostStart(request);
    busy = false;
    if (!r.ok) {
      link.dispose();
      problem = startProblem(r.error);
      redraw();
      return;
    }
    info = r.value;
    showScreen(dashboardScreen(link, self));
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const port = parsePort(form.port);
    if (port === null) { problem = 'classdesk:host.badPort'; redraw(); return; }
    void start(port === undefined ? { preset: form.preset } : { preset: form.preset, port });
  };

  const presetLabel = (id: string) => {
    const p = CLASS_PRESETS.find((x) => x.id === id)!;
    return t('classdesk:host.presetOption', { name: t(`classdesk:preset.${p.id}`), rounds: p.rounds, months: p.monthsPerRound, scenario: ct(`scenario.${p.scenarioId}.name`) });
  };

  const when = (iso: string) => new Date(iso).toLocaleString(lang(), { dateStyle: 'medium', timeStyle: 'short' });

  const savedList = () => {
    if (savedFailed) return h('p', { class: 'notice', role: 'alert' }, t('classdesk:host.savedFailed'));
    if (!saved) return h('p', { role: 'status' }, t('classdesk:host.savedLoading'));
    if (!saved.length) return h('p', { 'data-testid': 'host-saved-none' }, t('classdesk:host.savedNone'));
    return h('table', { class: 'class-table', 'data-testid': 'host-saved' },
      h('caption', {}, t('classdesk:host.savedCaption')),
      h('thead', {}, h('tr', {}, ...['code', 'scenario', 'rounds', 'seats', 'changed', 'action'].map((k) => h('th', { scope: 'col' }, t(`classdesk:host.col.${k}`))))),
      h('tbody', {}, ...saved.map((c) => h('tr', { 'data-code': c.code },
        h('th', { scope: 'row' }, c.code),
        h('td', {}, ct(`scenario.${c.scenarioId}.name`)),
        h('td', {}, c.ended ? t('classdesk:host.roundsEnded', { played: c.roundsPlayed, rounds: c.rounds }) : t('classdesk:host.roundsPlayed', { played: c.roundsPlayed, rounds: c.rounds })),
        h('td', {}, String(c.seats)),
        h('td', {}, when(c.lastChange)),
        h('td', {}, h('button', {
          type: 'button', class: `button small${c.running ? ' primary' : ''}`, disabled: busy,
          'data-testid': `host-resume-${c.code}`, 'data-focus-id': `host-resume-${c.code}`,
          'aria-label': t(c.running ? 'classdesk:host.openFor' : 'classdesk:host.resumeFor', { code: c.code }),
          onclick: () => { void start(c.port ? { code: c.code, port: c.port } : { code: c.code }); },
        }, t(c.running ? 'classdesk:host.open' : 'classdesk:host.resume')))))));
  };

  return {
    initialFocus: 'host-preset',
    render: () => {
      // one class at a time: while one runs, a new one cannot start (its row offers the dashboard instead)
      const running = saved?.find((c) => c.running) ?? null;
      return h('main', { class: 'screen class-screen', 'data-testid': 'host-screen' },
      h('div', { class: 'panel class-panel' },
        h('h1', {}, t('class:host.title')),
        h('p', {}, t('classdesk:host.intro')),
        h('form', { class: 'class-form', onsubmit: submit, novalidate: true, 'aria-labelledby': 'host-new-h' },
          h('h2', { id: 'host-new-h' }, t('classdesk:host.newTitle')),
          h('label', { for: 'host-preset' }, t('classdesk:host.preset')),
          h('select', { id: 'host-preset', 'data-testid': 'host-preset', 'data-focus-id': 'host-preset', onchange: (e: Event) => { form.preset = (e.target as HTMLSelectElement).value; } },
            ...CLASS_PRESETS.map((p) => h('option', { value: p.id, selected: p.id === form.preset }, presetLabel(p.id)))),
          h('label', { for: 'host-port' }, t('classdesk:host.port')),
          h('input', { id: 'host-port', 'data-testid': 'host-port', 'data-focus-id': 'host-port', type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: 5,
            value: form.port, 'aria-describedby': 'host-port-hint', oninput: (e: Event) => { form.port = (e.target as HTMLInputElement).value; } }),
          h('p', { class: 'hint', id: 'host-port-hint' }, t('classdesk:host.portHint')),
          problem ? h('p', { class: 'notice', role: 'alert', 'data-testid': 'host-error' }, t(problem)) : null,
          running ? h('p', { class: 'notice', 'data-testid': 'host-running' }, t('classdesk:host.running', { code: running.code })) : null,
          h('button', { type: 'submit', class: 'button primary', 'data-testid': 'host-start', 'data-focus-id': 'host-start', disabled: busy || running !== null },
            busy ? t('classdesk:host.starting') : t('classdesk:host.start'))),
        h('section', { 'aria-labelledby': 'host-saved-h' },
          h('h2', { id: 'host-saved-h' }, t('classdesk:host.savedTitle')),
          h('p', { class: 'hint' }, t('classdesk:host.savedHint')),
          savedList()),
        h('p', { class: 'hint' }, t('classdesk:host.network')),
        h('div', { class: 'class-actions' }, h('button', { type: 'button', class: 'button', 'data-testid': 'host-back', onclick: back }, t('common:back')))));
    },
  };
}

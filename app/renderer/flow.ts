// Which screen follows which: title -> set-up -> persona -> the layoff -> months -> the end (-> report),
// with settings and about reachable from the title and from the game, and Continue from the autosave.
import i18next from 'i18next';
import { t } from './i18n';
import { onSettingsChange, prefersReducedMotion } from './settings';
import { randomSeed, seedFromClassCode } from './game/class-code';
import { currentSession, endSession, flushSaves, onSessionChange, readAutosave, resumeSession, startSession } from './game/session';
import { loadReportScreen, prefetchReport } from './game/report-link';
import { setTownMotion, showTown } from './game/town-link';
import { aboutScreen } from './ui/about-screen';
import { announce } from './ui/announce';
import { endScreen } from './ui/end-screen';
import { introScreen } from './ui/intro-screen';
import { personaScreen } from './ui/persona-screen';
import { playScreen } from './ui/play/play-screen';
import { showScreen } from './ui/screens';
import { settingsScreen } from './ui/settings-screen';
import { setupScreen, type SetupChoice } from './ui/setup-screen';
import { reasonText } from './ui/text';
import { titleScreen } from './ui/title-screen';
import { redraw } from './ui/screens';
import { DEFAULT_SCENARIO_ID } from './game/sim-api';
import { normalizeClassCode } from './game/class-code';
import { dispatch } from './game/session';
import { classMarketAction } from './class/adapter';
import { onClassLink, onClassTick } from './class/class-link';

// The town always draws the current game (or the empty street on the title and set-up screens).
onSessionChange((s) => showTown(s?.state ?? null));

// The town moves only when motion is allowed (settings, or the computer's preference).
setTownMotion(prefersReducedMotion());
onSettingsChange(() => setTownMotion(prefersReducedMotion()));

// Texts outside the screens follow a language switch too: the window title and the town's label.
i18next.on('languageChanged', () => {
  document.title = t('common:appTitle');
  document.getElementById('world')?.setAttribute('aria-label', t('common:townLabel'));
});

/** Months per game from `?months=N` (tests and classroom demos only); otherwise the scenario decides. */
function monthsOverride(): number | undefined {
  const n = Number(new URLSearchParams(location.search).get('months'));
  return Number.isInteger(n) && n >= 1 && n <= 120 ? n : undefined;
}

let setup: Partial<SetupChoice> = {};
let lastPersona: string | null = null;

export async function showTitle(): Promise<void> {
  await flushSaves();
  endSession();
  const saved = await readAutosave();
  const notice = saved.kind === 'corrupt' ? () => t('game:save.corrupt') : saved.kind === 'io' ? () => t('game:save.unreadable') : undefined;
  if (saved.kind === 'corrupt' || saved.kind === 'io') console.warn(`autosave not usable: ${saved.detail}`);
  const self = () => { void showTitle(); };
  if (classEntry()) return;
  showScreen(titleScreen({
    newGame: showSetup,
    continueGame: saved.kind === 'ok' ? () => continueGame(saved.session) : undefined,
    settings: () => showScreen(settingsScreen(self)),
    about: () => showScreen(aboutScreen(self)),
    joinClass: showJoin,
    hostClass: () => { void import('./class/host-screen').then((m) => showScreen(m.hostScreen(self))); },
    notice,
  }));
}

// ---- the live class market (app/renderer/class): join, code mode, the teacher's dashboard
const pageParams = new URLSearchParams(location.search);
let classEntryShown = false;

/** A page opened from the host's dashboard link or a student's QR code goes straight to its class screen. */
export function classEntry(): boolean {
  if (classEntryShown) return false;
  classEntryShown = true;
  const teacher = pageParams.get('teacher');
  // the class screens load on demand: the title's JavaScript stays as small as before
  if (teacher) { void import('./class/dashboard-screen').then((m) => showScreen(m.dashboardScreen(teacher, () => { void showTitle(); }))); return true; }
  if (pageParams.get('join')) { showJoin(); return true; }
  return false;
}

function showJoin(): void {
  void import('./class/join-screen').then(({ joinScreen }) => showScreen(joinScreen({
    back: () => { void showTitle(); },
    play: (code, nick) => {
      // a student who reloaded or whose laptop restarted goes back to the same household, not a new one
      void readAutosave().then((saved) => {
        if (saved.kind === 'ok' && !saved.session.state.ended && saved.session.classCode === normalizeClassCode(code)) { continueGame(saved.session); return; }
        setup = { scenarioId: DEFAULT_SCENARIO_ID, classCode: normalizeClassCode(code), nickname: nick };
        showPersonas();
      });
    },
    codeMode: () => { void import('./class/code-mode-screen').then((m) => showScreen(m.codeModeScreen(showJoin, DEFAULT_SCENARIO_ID, applyClassRound))); },
  }, DEFAULT_SCENARIO_ID)));
}

/** A resolved class round enters the student's own game (see class/adapter.ts). */
function applyClassRound(tick: Parameters<typeof classMarketAction>[0]): void {
  if (!currentSession()) return;
  try {
    const r = dispatch(classMarketAction(tick));
    if (!r.ok) console.info(`class round ${tick.round} not taken by this game version: ${r.reason.key}`);
  } catch (e) {
    console.warn('class round could not be applied', e);
  }
}
onClassTick(applyClassRound);
onClassLink(() => { if (document.querySelector('[data-testid="play-screen"]')) redraw(); });

function continueGame(s: Parameters<typeof resumeSession>[0]): void {
  resumeSession(s);
  if (s.state.ended) showEnd();
  else showPlay();
}

function showSetup(): void {
  showScreen(setupScreen(setup, (choice) => { setup = choice; showPersonas(); }, () => { void showTitle(); }));
}

function showPersonas(): void {
  const scenarioId = setup.scenarioId!;
  showScreen(personaScreen(scenarioId, lastPersona, (personaId) => {
    lastPersona = personaId;
    const seed = setup.classCode ? seedFromClassCode(setup.classCode) : randomSeed();
    const r = startSession({ scenarioId, personaId, seed, months: monthsOverride() }, setup.classCode ?? null, setup.nickname ?? null);
    if (!r.ok) { announce(reasonText(r.reason)); console.error(`new game refused: ${r.reason.key}`); return; }
    showScreen(introScreen(scenarioId, showPlay));
  }, showSetup));
}

function showPlay(): void {
  showScreen(playScreen({
    settings: () => showScreen(settingsScreen(showPlay)),
    leave: () => { void showTitle(); },
    ended: showEnd,
  }));
}

function showEnd(): void {
  const s = currentSession();
  if (!s) { void showTitle(); return; }
  prefetchReport(s.state);
  showScreen(endScreen(s, {
    report: () => { void showReport(); },
    newGame: showSetup,
    title: () => { void showTitle(); },
  }));
}

async function showReport(): Promise<void> {
  const s = currentSession();
  if (!s) return;
  try {
    showScreen(await loadReportScreen(s, showEnd));
  } catch (e) {
    console.error('the report could not be opened', e);
    announce(t('game:end.reportFailed'));
  }
}

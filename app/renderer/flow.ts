// Which screen follows which: title -> set-up -> persona -> the layoff -> months -> the end (-> report),
// with settings and about reachable from the title and from the game, and Continue from the autosave.
import i18next from 'i18next';
import { loadNamespace, setScenarioTerms, t } from './i18n';
import { onSettingsChange, prefersReducedMotion } from './settings';
import { randomSeed, readClassCode } from './game/class-code';
import { classGameConfig } from '../shared/class-settings';
import { currentSession, endSession, flushSaves, onSessionChange, readAutosave, resumeSession, startSession } from './game/session';
import { loadReportScreen, prefetchReport } from './game/report-link';
import { downloadSaveCopy } from './game/save-copy';
import { AUTOSAVE_SLOT } from './game/save-format';
import { getStore } from './platform/store';
import { setTownMotion, showTown } from './game/town-link';
import { aboutScreen } from './ui/about-screen';
import { announce } from './ui/announce';
import { endScreen } from './ui/end-screen';
import { introScreen } from './ui/intro-screen';
import { personaScreen } from './ui/persona-screen';
import { playScreen } from './ui/play/play-screen';
import { showScreen, type Screen } from './ui/screens';
import { settingsScreen } from './ui/settings-screen';
import { setupScreen, type SetupChoice } from './ui/setup-screen';
import { reasonText } from './ui/text';
import { replaceGameScreen, savedGamesScreen } from './ui/saved-games-screen';
import { entryOf, keepFinished, keepPlaying, takeUpGame, unfinishedAutosave } from './game/slots';
import { titleScreen } from './ui/title-screen';
import { redraw } from './ui/screens';
import { DEFAULT_SCENARIO_ID } from './game/sim-api';
import { normalizeClassCode } from './game/class-code';
import { dispatch } from './game/session';
import { classMarketAction } from './class/adapter';
import { classLinkState, onClassLink, onClassTick } from './class/class-link';
import type { ClassTickInfo } from './class/class-link';
import { catchUpAll, handBackOf, isPlayedFor, playRoundFor } from './class/catch-up';
import type { RoundChoice } from '../shared/class-protocol';

// The town always draws the current game (or the empty street on the title and set-up screens).
onSessionChange((s) => { setScenarioTerms(s?.state.scenarioId); showTown(s?.state ?? null); });

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

export async function showTitle(extraNotice?: string): Promise<void> {
  await flushSaves();
  endSession();
  const saved = await readAutosave();
  const writable = getStore().writable;
  if (saved.kind !== 'ok' && saved.kind !== 'none') console.warn(`autosave not usable (${saved.kind}): ${saved.detail}`);
  const self = () => { void showTitle(); };
  if (classEntry()) return;
  const notices: string[] = extraNotice ? [extraNotice] : [];
  if (!writable) notices.push('saves:title.readonly');
  if (saved.kind === 'ok' && saved.restored) notices.push('saves:title.restored');
  if (saved.kind === 'corrupt') notices.push('game:save.corrupt');
  if (saved.kind === 'newer') notices.push(writable ? 'saves:title.newer' : 'saves:title.newerKept');
  if (saved.kind === 'full') notices.push('saves:title.full');
  if (saved.kind === 'io') notices.push('game:save.unreadable');
  const noticeActions = saved.kind === 'full' ? [
    { id: 'notice-download', label: () => t('saves:title.download'), run: () => { void downloadSaveCopy(saved.text); } },
    { id: 'notice-start-over', label: () => t('saves:title.startOver'), run: () => { void startOver(saved.text); } },
  ] : undefined;
  const about = (): void => showScreen(aboutScreen(self, () => showHelp(about)));
  showScreen(titleScreen({
    // A save that cannot be kept aside is not offered a new game over it: start over goes through a copy first.
    newGame: saved.kind === 'full' ? undefined : () => { void askBeforeNewGame(); },
    continueGame: saved.kind === 'ok' ? () => continueGame(saved.session) : undefined,
    settings: () => showScreen(settingsScreen(self)),
    teacher: showTeacher,
    savedGames: showSavedGames,
    about,
    help: () => showHelp(self),
    notice: notices.length ? () => notices.map((k) => t(k)).join(' ') : undefined,
    noticeActions,
    joinClass: showJoin,
    hostClass: () => { void import('./class/host-screen').then((m) => showScreen(m.hostScreen(self))); },
  }));
}

/** Storage full and a save that cannot be kept aside: the player keeps a copy, then the slot is freed. */
async function startOver(text: string): Promise<void> {
  const outcome = await downloadSaveCopy(text);
  if (outcome !== 'saved') { announce(t('saves:copy.failed')); return; }
  await getStore().dropSave(AUTOSAVE_SLOT);
  await showTitle();
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

/**
 * A resolved class round enters the student's own game (see class/adapter.ts). A round caught up after time away
 * that the host played for the student is played in their game too, or left out when the game already lived it
 * (class/catch-up.ts).
 */
function applyClassRound(tick: Parameters<typeof classMarketAction>[0], mine: RoundChoice | null = null, info: ClassTickInfo = { live: true, monthsPerRound: 0 }): void {
  const game = currentSession();
  if (!game) return;
  try {
    const how = handBackOf(game.state.month, tick, mine, info.live, info.monthsPerRound);
    if (how === 'skip') return;
    if (how === 'catchUp' && isPlayedFor(mine)) {
      playRoundFor(() => currentSession()?.state ?? null, dispatch, tick, mine, info.monthsPerRound);
      return;
    }
    const r = dispatch(classMarketAction(tick));
    if (!r.ok) console.info(`class round ${tick.round} not taken by this game version: ${r.reason.key}`);
  } catch (e) {
    console.warn('class round could not be applied', e);
  }
}
onClassTick(applyClassRound);
onClassLink(() => { if (document.querySelector('[data-testid="play-screen"]')) redraw(); });

function continueGame(s: Parameters<typeof resumeSession>[0]): void {
  try {
    resumeSession(s);
    // back in class after time away: the months the host played for this seat are played in the household's game
    const link = classLinkState();
    if (link?.status === 'seated' && !s.state.ended) {
      try {
        catchUpAll(() => currentSession()?.state ?? null, dispatch, link.ticks, link.myChoices, link.monthsPerRound);
      } catch (e) {
        console.warn('class rounds could not be caught up', e);
      }
      const after = currentSession();
      if (after?.state.ended) { showEnd(); return; }
    }
    if (s.state.ended) showEnd();
    else showPlay();
  } catch (e) {
    // Never a blank screen: a save that passed every check but still breaks a screen is set aside too.
    console.error('the saved game could not be shown', e);
    endSession();
    void getStore().quarantineSave(AUTOSAVE_SLOT).finally(() => showTitle('game:save.corrupt'));
  }
}

function showSetup(): void {
  showScreen(setupScreen(setup, (choice) => { setup = choice; showPersonas(); }, () => { void showTitle(); }));
}

function showPersonas(): void {
  const scenarioId = setup.scenarioId!;
  showScreen(personaScreen(scenarioId, lastPersona, (personaId) => {
    lastPersona = personaId;
    const code = readClassCode(setup.classCode ?? '');
    const cfg = code.kind === 'settings'
      ? classGameConfig(code.settings, personaId, monthsOverride())
      : { scenarioId, personaId, seed: code.kind === 'seedOnly' ? code.seed : randomSeed(), months: monthsOverride() };
    const r = startSession(cfg, setup.classCode ?? null, setup.nickname ?? null);
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
  void keepFinished(s); // every finished game stays among the past games
  showScreen(endScreen(s, {
    report: () => { void showReport(); },
    // A finished game reopened from Saved games may sit beside an unfinished one in the autosave: ask first.
    newGame: () => { void askBeforeNewGame(); },
    title: () => { void showTitle(); },
  }));
}

async function showReport(): Promise<void> {
  const s = currentSession();
  if (!s) return;
  try {
    showScreen(await loadReportScreen(s, showEnd, () => showHelp(() => { void showReport(); })));
  } catch (e) {
    console.error('the report could not be opened', e);
    announce(t('game:end.reportFailed'));
  }
}

/**
 * Screens many players never open (help, the teacher's screens) are chunks of their own, fetched when opened,
 * so the title does not carry them (issue 15). A chunk that fails to load leaves the current screen in place.
 */
function openLazy<M>(load: () => Promise<M>, make: (mod: M) => Screen): void {
  load().then((mod) => showScreen(make(mod)), (e: unknown) => {
    console.error('a screen could not be opened', e);
    announce(t('loading:screenFailed'));
  });
}

function showHelp(back: () => void): void {
  openLazy(() => Promise.all([import('./ui/help-screen'), loadNamespace('help')]).then(([m]) => m), (m) => m.helpScreen(back));
}

function showTeacher(): void {
  openLazy(() => import('./ui/teacher-screen'), (m) => m.teacherScreen({ back: () => { void showTitle(); }, classView: () => { void showClassView(); } }));
}

/** The class results view is its own chunk: students' machines never load it. */
async function showClassView(): Promise<void> {
  try {
    const { classViewScreen } = await import('./classroom/class-view-screen');
    showScreen(classViewScreen({ back: showTeacher }));
  } catch (e) {
    console.error('the class view could not be opened', e);
    announce(t('classroom:view.loadFailed'));
  }
}

/** "New game" never takes the place of a game still being played without asking: it is kept among the saved games. */
async function askBeforeNewGame(): Promise<void> {
  const current = await unfinishedAutosave();
  if (!current) { showSetup(); return; }
  showScreen(replaceGameScreen(entryOf('autosave', current, null), {
    cancel: () => { void showTitle(); },
    keep: () => {
      void keepPlaying(current).then((slot) => {
        if (slot) { announce(t('classroom:saves.kept')); showSetup(); } else announce(t('classroom:saves.keepFailed'));
      });
    },
  }));
}

function showSavedGames(): void {
  showScreen(savedGamesScreen({
    back: () => { void showTitle(); },
    open: (g) => {
      if (g.kind === 'finished') { resumeSession(g.session); showEnd(); return; }
      void takeUpGame(g.slot).then((s) => {
        if (!s) { announce(t('classroom:saves.openFailed')); return; }
        resumeSession(s);
        showPlay();
      });
    },
  }));
}

// The game's screens and their order: set-up -> persona -> the layoff -> months -> the end (-> report), Continue
// from the autosave, saved games, and a student's way into a class game. A chunk of its own (issue 15): the
// title (flow.ts) shows without it, and main.ts loads it right after the title is interactive, before the town,
// so the model, the save schemas and these screens never delay the title.
import { loadNamespace, setScenarioTerms, t } from './i18n';
import { onSettingsChange, prefersReducedMotion } from './settings';
import { randomSeed, readClassCode } from './game/class-code';
import { classGameConfig } from '../shared/class-settings';
import { currentSession, endSession, flushSaves, onSessionChange, readAutosave, resumeSession, startSession } from './game/session';
import { loadReportScreen, prefetchReport } from './game/report-link';
import { downloadSaveCopy } from './game/save-copy';
import { AUTOSAVE_SLOT } from './game/save-format';
import { getStore, loadSaveJudge } from './platform/store';
import { setTownMotion, showTown } from './game/town-link';
import { announce } from './ui/announce';
import { endScreen } from './ui/end-screen';
import { introScreen } from './ui/intro-screen';
import { personaScreen } from './ui/persona-screen';
import { playScreen } from './ui/play/play-screen';
import { showScreen } from './ui/screens';
import { settingsScreen } from './ui/settings-screen';
import { setupScreen, type SetupChoice } from './ui/setup-screen';
import { reasonText } from './ui/text';
import { replaceGameScreen, savedGamesScreen } from './ui/saved-games-screen';
import { entryOf, keepFinished, keepPlaying, takeUpGame, unfinishedAutosave } from './game/slots';
import { redraw } from './ui/screens';
import { DEFAULT_SCENARIO_ID } from './game/sim-api';
import { normalizeClassCode } from './game/class-code';
import { dispatch } from './game/session';
import { classMarketAction } from './class/adapter';
import { classLinkState, onClassLink, onClassTick } from './class/class-link';
import type { ClassTickInfo } from './class/class-link';
import { catchUpAll, handBackOf, isPlayedFor, playRoundFor } from './class/catch-up';
import type { RoundChoice } from '../shared/class-protocol';
import { CLASS_SCREEN_NAMESPACES, showHelp, showTitle } from './flow';

export { currentSession, endSession, flushSaves, readAutosave };

// The save checks (already in this chunk's imports) judge the stores' writes without a wait from now on.
void loadSaveJudge().catch((e: unknown) => console.warn('save checks not loaded', e));

// The town always draws the current game (or the empty street on the title and set-up screens).
onSessionChange((s) => { setScenarioTerms(s?.state.scenarioId); showTown(s?.state ?? null); });

// The town moves only when motion is allowed (settings, or the computer's preference).
setTownMotion(prefersReducedMotion());
onSettingsChange(() => setTownMotion(prefersReducedMotion()));

/** Months per game from `?months=N` (tests and classroom demos only); otherwise the scenario decides. */
function monthsOverride(): number | undefined {
  const n = Number(new URLSearchParams(location.search).get('months'));
  return Number.isInteger(n) && n >= 1 && n <= 120 ? n : undefined;
}

let setup: Partial<SetupChoice> = {};
let lastPersona: string | null = null;

/** Storage full and a save that cannot be kept aside: the player keeps a copy, then the slot is freed. */
export async function startOver(text: string): Promise<void> {
  const outcome = await downloadSaveCopy(text);
  if (outcome !== 'saved') { announce(t('saves:copy.failed')); return; }
  await getStore().dropSave(AUTOSAVE_SLOT);
  await showTitle();
}

export { downloadSaveCopy };

export function showJoin(): void {
  void Promise.all([import('./class/join-screen'), loadNamespace(CLASS_SCREEN_NAMESPACES)]).then(([{ joinScreen }]) => showScreen(joinScreen({
    back: () => { void showTitle(); },
    play: (code, nick) => { void playInClass(code, nick); },
    codeMode: showCodeMode,
  }, DEFAULT_SCENARIO_ID)));
}

/** Code mode: the class's rounds typed in from the teacher's screen, when the network between them fails. */
export function showCodeMode(): void {
  void Promise.all([import('./class/code-mode-screen'), loadNamespace(CLASS_SCREEN_NAMESPACES)]).then(([m]) => showScreen(m.codeModeScreen(showJoin, DEFAULT_SCENARIO_ID, applyClassRound)));
}

/**
 * A student seated in a class: a student who reloaded or whose laptop restarted goes back to the same
 * household, not a new one; otherwise on to choosing a persona. Also the way in from the join page (join.ts).
 */
export async function playInClass(code: string, nick: string): Promise<void> {
  const saved = await readAutosave();
  if (saved.kind === 'ok' && !saved.session.state.ended && saved.session.classCode === normalizeClassCode(code)) { continueGame(saved.session); return; }
  setup = { scenarioId: DEFAULT_SCENARIO_ID, classCode: normalizeClassCode(code), nickname: nick };
  showPersonas();
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

export function continueGame(s: Parameters<typeof resumeSession>[0]): void {
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

/** "New game" never takes the place of a game still being played without asking: it is kept among the saved games. */
export async function askBeforeNewGame(): Promise<void> {
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

export function showSavedGames(): void {
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

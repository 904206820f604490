// Which screen follows which, from the title: settings, about, help and the teacher's screens open from here;
// the game itself (set-up, personas, months, the end, saved games, Continue, a class game) is game-flow.ts, a
// chunk of its own (issue 15). The title needs only the texts, the settings and a look at whether an autosave
// exists: a first visit shows it without the model or the save schemas; a save present is checked (which
// needs them) before the title offers to continue it.
import i18next from 'i18next';
import { loadNamespace, loadWholeLanguage, t } from './i18n';
import { AUTOSAVE_SLOT } from './game/autosave-slot';
import type { SavedGame } from './game/session';
import { getStore } from './platform/store';
import { aboutScreen } from './ui/about-screen';
import { announce } from './ui/announce';
import { showScreen, type Screen } from './ui/screens';
import { settingsScreen } from './ui/settings-screen';
import { titleScreen } from './ui/title-screen';

type GameFlow = typeof import('./game-flow');
let gameFlow: Promise<GameFlow> | null = null;
let gameLoaded: GameFlow | null = null;

/** The game's screens and model (one chunk); main.ts starts this once the title is interactive. */
export function loadGame(): Promise<GameFlow> {
  gameFlow ??= import('./game-flow').then((m) => (gameLoaded = m), (e: unknown) => { gameFlow = null; throw e; });
  return gameFlow;
}

/** Runs a step of the game once its chunk and texts are there; a chunk that fails to load leaves the title in place. */
function withGame(run: (g: GameFlow) => void): void {
  Promise.all([loadGame(), loadWholeLanguage()]).then(([g]) => run(g), (e: unknown) => {
    console.error('the game could not be loaded', e);
    announce(t('loading:screenFailed'));
  });
}

// Texts outside the screens follow a language switch too: the window title and the town's label.
i18next.on('languageChanged', () => {
  document.title = t('common:appTitle');
  document.getElementById('world')?.setAttribute('aria-label', t('common:townLabel'));
});

/** Settles once this tab knows whether it owns the game (main.ts: the tab lock); nothing is written before. */
let storeSettled: Promise<unknown> = Promise.resolve();
export function whenStoreSettled(p: Promise<unknown>): void {
  storeSettled = p.catch(() => undefined);
}

/** The title is the screen on show (and not, say, settings opened from it). */
export const onTitle = (): boolean => document.querySelector('[data-testid="title-screen"]') !== null;

/**
 * The autosave as the title sees it. An empty slot needs nothing else (the first visit, the common case in a
 * classroom); anything in the slot is checked by the game's own reader, which also sets a bad save aside.
 */
async function lookAtAutosave(): Promise<{ saved: SavedGame; game: GameFlow | null }> {
  if (gameLoaded) {
    // back from a game: its last save is written before the title reads the slot
    await gameLoaded.flushSaves();
    gameLoaded.endSession();
    return { saved: await gameLoaded.readAutosave(), game: gameLoaded };
  }
  const raw = await getStore().readSave(AUTOSAVE_SLOT);
  if (raw.ok && raw.value === null) return { saved: { kind: 'none' }, game: null };
  // the game's reader may set a bad save aside: only once this tab knows it owns the game
  await storeSettled;
  const game = await loadGame();
  return { saved: await game.readAutosave(), game };
}

export async function showTitle(extraNotice?: string): Promise<void> {
  const { saved, game } = await lookAtAutosave();
  // notices and a saved game speak the game's texts, not only the title's
  if (game || extraNotice) await loadWholeLanguage();
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
  const noticeActions = saved.kind === 'full' && game ? [
    { id: 'notice-download', label: () => t('saves:title.download'), run: () => { void game.downloadSaveCopy(saved.text); } },
    { id: 'notice-start-over', label: () => t('saves:title.startOver'), run: () => { void game.startOver(saved.text); } },
  ] : undefined;
  const about = (): void => withTexts(() => showScreen(aboutScreen(self, () => showHelp(about))));
  showScreen(titleScreen({
    // A save that cannot be kept aside is not offered a new game over it: start over goes through a copy first.
    newGame: saved.kind === 'full' ? undefined : () => withGame((g) => { void g.askBeforeNewGame(); }),
    continueGame: saved.kind === 'ok' && game ? () => game.continueGame(saved.session) : undefined,
    settings: () => withTexts(() => showScreen(settingsScreen(self))),
    teacher: showTeacher,
    savedGames: () => withGame((g) => g.showSavedGames()),
    about,
    help: () => showHelp(self),
    notice: notices.length ? () => notices.map((k) => t(k)).join(' ') : undefined,
    noticeActions,
    joinClass: () => withGame((g) => g.showJoin()),
    hostClass: () => openLazy(() => Promise.all([import('./class/host-screen'), loadNamespace(CLASS_SCREEN_NAMESPACES)]).then(([m]) => m), (m) => m.hostScreen(self)),
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
  if (teacher) { openLazy(() => Promise.all([import('./class/dashboard-screen'), loadNamespace(CLASS_SCREEN_NAMESPACES)]).then(([m]) => m), (m) => m.dashboardScreen(teacher, () => { void showTitle(); })); return true; }
  if (pageParams.get('join')) { withGame((g) => g.showJoin()); return true; }
  return false;
}

/**
 * Screens many players never open (help, the teacher's screens) are chunks of their own, fetched when opened
 * (with the whole language, if it has not arrived yet), so the title does not carry them (issue 15). A chunk
 * that fails to load leaves the current screen in place.
 */
/** Texts only the class screens read (chunks of their own, see locales/<lang>.ts). */
export const CLASS_SCREEN_NAMESPACES = ['classdesk', 'classcode'];

function openLazy<M>(load: () => Promise<M>, make: (mod: M) => Screen): void {
  Promise.all([load(), loadWholeLanguage()]).then(([mod]) => mod).then((mod) => showScreen(make(mod)), (e: unknown) => {
    console.error('a screen could not be opened', e);
    announce(t('loading:screenFailed'));
  });
}

/** A screen of the title's own chunk, once the whole language is there (it follows the title within moments). */
function withTexts(run: () => void): void {
  loadWholeLanguage().then(run, (e: unknown) => {
    console.error('the texts could not be loaded', e);
    announce(t('loading:screenFailed'));
  });
}

export function showHelp(back: () => void): void {
  openLazy(() => Promise.all([import('./ui/help-screen'), loadNamespace('help')]).then(([m]) => m), (m) => m.helpScreen(back));
}

function showTeacher(): void {
  openLazy(() => import('./ui/teacher-screen'), (m) => m.teacherScreen({ back: () => { void showTitle(); }, classView: () => { void showClassView(); } }));
}

/** The class results view is its own chunk: students' machines never load it. */
async function showClassView(): Promise<void> {
  try {
    const [{ classViewScreen }] = await Promise.all([import('./classroom/class-view-screen'), loadWholeLanguage()]);
    showScreen(classViewScreen({ back: showTeacher }));
  } catch (e) {
    console.error('the class view could not be opened', e);
    announce(t('classroom:view.loadFailed'));
  }
}

// The page a student opens from the teacher's laptop in class mode (join.html?join=CODE, served by the class
// host): the join form and the class link, on one round trip after the page itself, so it is usable within
// 1.5 s even on a slow classroom Wi-Fi (issue 15). The game (every text, its screens, the model, the town)
// loads when the student, seated, presses play (or chooses code mode). The title and the desktop app keep
// their own way in (main.ts, flow.ts, game-flow.ts showJoin).
import 'virtual:irb-fonts.css';
import './styles/main.css';
import './styles/game.css';
import { initI18n, loadWholeLanguage, t } from './i18n';
import { effectiveLanguage, loadSettings } from './settings';
import { h } from './ui/dom';
import { initScreens, showScreen } from './ui/screens';
import { announce } from './ui/announce';
import { joinScreen } from './class/join-screen';
import { getStore, readOnlyStore, setStore } from './platform/store';
import { claimGame } from './platform/tab-lock';
import { showBootFailed } from './boot-failed';
import { CLASS_SCENARIO_ID, joinTexts } from './join-page';

type GameFlow = typeof import('./game-flow');

/** The rest of the game, loaded once: every text of the language on show, the game's screens and the model. */
let game: Promise<GameFlow> | null = null;
function loadTheGame(): Promise<GameFlow> {
  if (!game) {
    // through flow.ts, which then knows the game is loaded (leaving a game for the title ends it and flushes
    // its saves first) and when this tab may write
    const viaFlow = import('./flow').then((flow) => { flow.whenStoreSettled(storeSettled); return flow.loadGame(); });
    game = Promise.all([viaFlow, loadWholeLanguage(), storeSettled]).then(([g]) => {
      void import('./town-start').then((m) => m.startTown());
      return g;
    });
    game.catch(() => { game = null; });
  }
  return game;
}

/** Shows that the game is on its way (a slow connection takes seconds), then runs `next` in it. */
function thenInGame(next: (g: GameFlow) => void): void {
  showScreen({
    render: () => h('main', { class: 'screen title-screen', 'data-testid': 'join-loading' },
      h('div', { class: 'title-card' }, h('p', { role: 'status' }, t('loading:game')))),
  });
  loadTheGame().then(next, (e: unknown) => {
    console.error('the game could not be loaded', e);
    showJoin();
    announce(t('loading:screenFailed'));
  });
}

function showJoin(): void {
  showScreen(joinScreen({
    // the join page has no title of its own: back leads to the game's title page on the same host
    back: () => { location.assign('./index.html'); },
    play: (code, nick) => thenInGame((g) => { void g.playInClass(code, nick); }),
    codeMode: () => thenInGame((g) => g.showCodeMode()),
  }, CLASS_SCENARIO_ID));
}

/** Settles once this tab knows whether it owns the game (the tab lock); the game, which writes, waits for it. */
let storeSettled: Promise<unknown> = Promise.resolve();

async function boot(): Promise<void> {
  performance.mark('irb:script');
  storeSettled = claimGame().then((c) => { if (c === 'elsewhere') setStore(readOnlyStore(getStore())); }, () => undefined);
  const settings = await loadSettings();
  await initI18n(effectiveLanguage(settings), joinTexts());
  performance.mark('irb:texts');
  document.title = t('common:appTitle');
  document.getElementById('world')?.setAttribute('aria-label', t('common:townLabel'));
  initScreens(document.getElementById('ui') as HTMLElement);
  showJoin();
  document.body.dataset.ready = 'true';
  performance.mark('irb:join');
}

boot().catch(showBootFailed);

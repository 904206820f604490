// Saved games (from the title): games put aside and every finished game, each with the person played, the month
// reached and the date saved. A game in progress can be taken up again; a finished one reopens its end screen and
// report (from which the results file can be saved again). Games can be renamed, and deleted after a confirmation.
import { t } from '../i18n';
import { deleteGame, listGames, renameGame, type GameEntry } from '../game/slots';
import { h } from './dom';
import { redraw, type Screen } from './screens';
import { announce } from './announce';
import { ct, personaName } from './text';

export interface SavedGamesActions {
  back: () => void;
  open: (entry: GameEntry) => void;
}

export function savedGamesScreen(actions: SavedGamesActions): Screen {
  let games: GameEntry[] | null = null;
  let renaming: string | null = null;
  let confirming: string | null = null;
  const load = () => { void listGames().then((g) => { games = g; redraw(); }); };
  load();

  const date = (iso: string | null) => (iso ? new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '');
  const title = (g: GameEntry) => g.name ?? personaName(g.personaId);

  const item = (g: GameEntry) => h('li', { class: 'saved-game card-row', 'data-testid': `saved-${g.slot}`, 'data-kind': g.kind },
    h('div', { class: 'saved-game-body' },
      h('h3', { 'data-testid': 'saved-title' }, title(g)),
      h('p', { class: 'hint' },
        t('classroom:saves.line', {
          persona: personaName(g.personaId), scenario: t(`content:scenario.${g.scenarioId}.name`),
          month: g.month, total: g.monthsTotal, date: date(g.savedAt),
        })),
      g.outcome ? h('p', {}, ct(`outcome.${g.outcome}.title`)) : null),
    renaming === g.slot
      ? h('form', {
        class: 'rename', onsubmit: (e: Event) => {
          e.preventDefault();
          const v = ((e.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement).value;
          renameGame(g.slot, v);
          renaming = null;
          load();
        },
      },
      h('label', { for: `rename-${g.slot}` }, t('classroom:saves.newName')),
      h('input', { id: `rename-${g.slot}`, name: 'name', type: 'text', maxlength: 60, value: g.name ?? '', 'data-focus-id': `rename-${g.slot}`, 'data-testid': 'rename-input' }),
      h('button', { type: 'submit', class: 'button primary', 'data-testid': 'rename-save' }, t('classroom:saves.saveName')),
      h('button', { type: 'button', class: 'button', onclick: () => { renaming = null; redraw(); } }, t('classroom:saves.cancel')))
      : confirming === g.slot
        ? h('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': `confirm-${g.slot}` },
          h('p', { id: `confirm-${g.slot}` }, t('classroom:saves.confirmDelete', { name: title(g) })),
          h('button', {
            type: 'button', class: 'button danger', 'data-focus-id': `delete-yes-${g.slot}`, 'data-testid': 'delete-yes',
            onclick: () => { void deleteGame(g.slot).then((ok) => { confirming = null; announce(t(ok ? 'classroom:saves.deleted' : 'classroom:saves.deleteFailed', { name: title(g) })); load(); }); },
          }, t('classroom:saves.deleteYes')),
          h('button', { type: 'button', class: 'button', 'data-focus-id': `delete-no-${g.slot}`, 'data-testid': 'delete-no', onclick: () => { confirming = null; redraw(); } }, t('classroom:saves.cancel')))
        : h('div', { class: 'actions start' },
          h('button', { type: 'button', class: 'button primary', 'data-focus-id': `open-${g.slot}`, 'data-testid': 'saved-open', onclick: () => actions.open(g) },
            t(g.kind === 'finished' ? 'classroom:saves.openReport' : 'classroom:saves.continue')),
          h('button', { type: 'button', class: 'button', 'data-focus-id': `rename-btn-${g.slot}`, 'data-testid': 'saved-rename', onclick: () => { renaming = g.slot; redraw(); } }, t('classroom:saves.rename')),
          h('button', { type: 'button', class: 'button', 'data-focus-id': `delete-${g.slot}`, 'data-testid': 'saved-delete', onclick: () => { confirming = g.slot; redraw(); } }, t('classroom:saves.delete'))));

  return {
    initialFocus: 'saved-back',
    render: () => {
      const list = games ?? [];
      const playing = list.filter((g) => g.kind === 'playing');
      const finished = list.filter((g) => g.kind === 'finished');
      return h('main', { class: 'screen', 'data-testid': 'saved-games-screen' },
        h('div', { class: 'card wide' },
          h('h1', {}, t('classroom:saves.title')),
          games === null ? h('p', {}, t('classroom:saves.loading')) : null,
          h('h2', {}, t('classroom:saves.playing')),
          playing.length ? h('ul', { class: 'saved-list', 'data-testid': 'saved-playing' }, ...playing.map(item)) : h('p', { class: 'hint' }, t('classroom:saves.nonePlaying')),
          h('h2', {}, t('classroom:saves.finished')),
          finished.length ? h('ul', { class: 'saved-list', 'data-testid': 'saved-finished' }, ...finished.map(item)) : h('p', { class: 'hint' }, t('classroom:saves.noneFinished')),
          h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'button', 'data-focus-id': 'saved-back', 'data-testid': 'saved-back', onclick: actions.back }, t('common:back')))));
    },
  };
}

/** Asked before a new game would take the place of one still being played: keep it, or go back. */
export function replaceGameScreen(current: GameEntry, actions: { keep: () => void; cancel: () => void }): Screen {
  return {
    initialFocus: 'replace-keep',
    render: () => h('main', { class: 'screen', 'data-testid': 'replace-screen' },
      h('div', { class: 'card narrow', role: 'alertdialog', 'aria-labelledby': 'replace-h', 'aria-describedby': 'replace-p' },
        h('h1', { id: 'replace-h' }, t('classroom:saves.replaceTitle')),
        h('p', { id: 'replace-p' }, t('classroom:saves.replaceBody', { persona: personaName(current.personaId), month: current.month, total: current.monthsTotal })),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'button', 'data-focus-id': 'replace-cancel', 'data-testid': 'replace-cancel', onclick: actions.cancel }, t('classroom:saves.cancel')),
          h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'replace-keep', 'data-testid': 'replace-keep', onclick: actions.keep }, t('classroom:saves.keepAndNew'))))),
  };
}

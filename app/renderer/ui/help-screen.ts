// Help: the teacher guide, the model explained, a glossary, the Chinese primary sources and curriculum links, in
// the active language (texts in locales/*/help.json; the same texts are in docs/ as Markdown, made by
// scripts/help-docs.mjs). Reachable from the title and from the report; Back returns where it was opened from.
import { t } from '../i18n';
import { h } from './dom';
import type { Screen } from './screens';

/** The sections, in order; titles in help:section.<id>. */
export const HELP_SECTIONS = ['teacher', 'model', 'glossary', 'sources', 'curriculum'] as const;
export type HelpSection = (typeof HELP_SECTIONS)[number];

const list = (key: string): string[] => {
  const v = t(key, { returnObjects: true }) as unknown;
  return Array.isArray(v) ? v.map(String) : [];
};
const pairs = <K extends string>(key: string, a: K, b: K): Record<K, string>[] => {
  const v = t(key, { returnObjects: true }) as unknown;
  return Array.isArray(v) ? (v as Record<K, string>[]).filter((x) => x && typeof x[a] === 'string' && typeof x[b] === 'string') : [];
};

/** Moves keyboard focus to a heading and brings it into view (headings get tabindex -1 for this). */
function focusHeading(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'start' });
}

function section(id: HelpSection, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'help-section', 'aria-labelledby': `help-${id}-h`, 'data-testid': `help-section-${id}`, 'data-section': id },
    h('h2', { id: `help-${id}-h`, tabindex: '-1' }, t(`help:section.${id}`)),
    ...children,
    h('p', { class: 'help-top' }, h('button', { type: 'button', class: 'link-button', 'data-focus-id': `help-top-${id}`, onclick: () => focusHeading('help-contents-h') }, t('help:toTop'))));
}

const ul = (items: string[], cls?: string) => h('ul', { class: cls ?? null }, ...items.map((i) => h('li', {}, i)));

function teacher(): HTMLElement {
  const care = 'help:teacher.care';
  return section('teacher',
    h('h3', {}, t('help:teacher.lessonsTitle')),
    h('h4', {}, t('help:teacher.lesson45Title')),
    h('ol', {}, ...list('help:teacher.lesson45').map((i) => h('li', {}, i))),
    h('h4', {}, t('help:teacher.lesson90Title')),
    h('p', {}, t('help:teacher.lesson90')),
    h('h3', {}, t('help:teacher.classCodeTitle')),
    h('p', {}, t('help:teacher.classCode')),
    h('h3', {}, t('help:teacher.resultsTitle')),
    ul(list('help:teacher.results')),
    h('h3', {}, t('help:teacher.printingTitle')),
    h('p', {}, t('help:teacher.printing')),
    h('h3', {}, t(`${care}.title`)),
    h('p', {}, t(`${care}.intro`)),
    ul(list(`${care}.items`)),
    h('h4', {}, t(`${care}.petitionTitle`)),
    h('p', { 'data-testid': 'help-petition' }, t(`${care}.petition`)),
    h('h4', {}, t(`${care}.familiesTitle`)),
    h('p', {}, t(`${care}.families`)),
    h('h4', {}, t(`${care}.viewsTitle`)),
    h('p', {}, t(`${care}.views`)));
}

function model(): HTMLElement {
  return section('model',
    h('h3', {}, t('help:model.whatTitle')),
    ul(list('help:model.what')),
    h('h3', {}, t('help:model.outcomeTitle')),
    ul(list('help:model.outcome')),
    h('p', {}, t('help:model.confidence')),
    h('h3', {}, t('help:model.sourcesTitle')),
    ul(list('help:model.sources')),
    h('h3', {}, t('help:model.leavesOutTitle')),
    ul(list('help:model.leavesOut')),
    h('p', {}, t('help:model.more')));
}

function glossary(): HTMLElement {
  return section('glossary',
    h('p', {}, t('help:glossary.intro')),
    h('dl', { class: 'help-glossary' }, ...pairs('help:glossary.items', 'term', 'def').flatMap((g) => [h('dt', {}, g.term), h('dd', {}, g.def)])));
}

function sources(): HTMLElement {
  return section('sources', h('p', {}, t('help:sources.intro')), h('ol', { class: 'sources' }, ...list('help:sources.items').map((i) => h('li', {}, i))));
}

function curriculum(): HTMLElement {
  return section('curriculum',
    h('p', {}, t('help:curriculum.intro')),
    h('dl', { class: 'help-curriculum' }, ...pairs('help:curriculum.items', 'course', 'link').flatMap((c) => [h('dt', {}, c.course), h('dd', {}, c.link)])));
}

export function helpScreen(back: () => void): Screen {
  const backButton = (id: string) => h('button', { type: 'button', class: 'button', 'data-focus-id': id, 'data-testid': id, onclick: back }, t('help:back'));
  return {
    initialFocus: 'help-h',
    render: () =>
      h('main', { class: 'screen help-screen', 'data-testid': 'help-screen' },
        h('article', { class: 'card wide prose help', 'aria-labelledby': 'help-h', 'data-scroll-id': 'help' },
          h('div', { class: 'actions help-actions-top' }, backButton('help-back-top')),
          h('h1', { id: 'help-h', tabindex: '-1', 'data-focus-id': 'help-h' }, t('help:title')),
          h('p', {}, t('help:intro')),
          h('nav', { class: 'help-contents', 'aria-labelledby': 'help-contents-h' },
            h('h2', { id: 'help-contents-h', tabindex: '-1' }, t('help:contents')),
            h('ol', {}, ...HELP_SECTIONS.map((id) => h('li', {},
              h('button', { type: 'button', class: 'link-button', 'data-focus-id': `help-go-${id}`, 'data-testid': `help-go-${id}`, onclick: () => focusHeading(`help-${id}-h`) }, t(`help:section.${id}`)))))),
          teacher(), model(), glossary(), sources(), curriculum(),
          h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'help-back', 'data-testid': 'help-back', onclick: back }, t('help:back'))))),
  };
}

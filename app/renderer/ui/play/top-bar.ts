// The bar across the top of the month: where we are in time, the household's meters (number AND word),
// the savings, and the way out to settings or the title.
import { num, signedYuan, t, yuan } from '../../i18n';
import type { GameState } from '../../game/sim-api';
import { h } from '../dom';
import { calendarOf, meterBand, monthName, seasonOf } from '../text';

const METERS = ['wellbeing', 'health', 'ties'] as const;

function meter(id: (typeof METERS)[number], value: number): HTMLElement {
  const v = Math.round(value);
  const band = meterBand(v);
  const word = t(`game:meter.${id}.band${band}`);
  return h('div', { class: `meter band-${band}`, 'data-testid': `meter-${id}` },
    h('span', { class: 'meter-name' }, t(`game:meter.${id}.name`)),
    h('span', { class: 'meter-bar', 'aria-hidden': 'true' }, h('span', { class: 'meter-fill', style: `width:${Math.max(2, Math.min(100, v))}%` })),
    h('span', { class: 'meter-value' }, t('game:meter.value', { value: num(v), word })));
}

export interface TopBarActions {
  settings: () => void;
  leave: () => void;
}

export function topBar(state: GameState, actions: TopBarActions): HTMLElement {
  const shown = Math.min(state.month, state.monthsTotal - 1);
  const cal = calendarOf(state, shown);
  const season = seasonOf(cal.month);
  const cash = state.household.cash;
  return h('header', { class: 'topbar', 'data-testid': 'top-bar' },
    h('div', { class: 'when' },
      h('p', { class: 'when-month', 'data-testid': 'month-label' }, monthName(state, shown)),
      h('p', { class: 'when-detail' },
        t('game:top.monthOf', { n: num(shown + 1), total: num(state.monthsTotal) }), ' · ',
        h('span', { class: `season season-${season}` }, t(`game:season.${season}`)))),
    h('div', { class: 'meters', role: 'group', 'aria-label': t('game:top.metersLabel') }, ...METERS.map((m) => meter(m, state.household.meters[m]))),
    h('div', { class: 'cash' },
      h('span', { class: 'cash-label' }, t('game:top.savings')),
      h('span', { class: `cash-value num ${cash < 0 ? 'negative' : ''}`, 'data-testid': 'cash' }, cash < 0 ? signedYuan(cash) : yuan(cash))),
    h('nav', { class: 'top-actions', 'aria-label': t('game:top.menuLabel') },
      h('button', { type: 'button', class: 'button small', 'data-focus-id': 'top-settings', 'data-testid': 'top-settings', onclick: actions.settings }, t('common:menu.settings')),
      h('button', { type: 'button', class: 'button small', 'data-focus-id': 'top-leave', 'data-testid': 'top-leave', onclick: actions.leave }, t('game:top.leave'))));
}

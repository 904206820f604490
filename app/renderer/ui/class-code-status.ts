// The line under a class-code field: what the code sets (world, policy, world number) while it is typed, or
// exactly what is wrong with it. Errors are announced (role=alert) only when the student tries to go on.
import { t } from '../i18n';
import type { ClassCodeReading } from '../game/class-code';
import { presetOf } from '../../shared/class-settings';
import { h } from './dom';

export function classCodeMessage(r: ClassCodeReading): string {
  switch (r.kind) {
    case 'none': return '';
    case 'seedOnly': return t('classroom:code.seedOnly', { code: r.code });
    case 'settings': {
      const preset = presetOf(r.settings.levels);
      return t('classroom:code.settings', {
        scenario: t(`content:scenario.${r.settings.scenarioId}.name`),
        policy: t(`classroom:preset.${preset ?? 'custom'}`),
        seed: r.settings.seed,
      });
    }
    case 'invalid':
      return t(`classroom:code.problem.${r.problem}`, { position: r.position ?? '', char: r.char ?? '', count: r.length ?? 0, max: 16 });
  }
}

export function classCodeStatus(id: string): { el: HTMLElement; update: (r: ClassCodeReading, submitted: boolean) => void } {
  const el = h('p', { id, class: 'hint code-status', 'aria-live': 'polite', 'data-testid': id });
  return {
    el,
    update(r, submitted) {
      el.textContent = classCodeMessage(r);
      el.classList.toggle('error', r.kind === 'invalid');
      if (r.kind === 'invalid' && submitted) el.setAttribute('role', 'alert');
      else el.removeAttribute('role');
    },
  };
}

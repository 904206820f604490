// Shows one HTML screen at a time over the Phaser canvas and redraws it when the language changes,
// keeping keyboard focus on the same control (found by its data-focus-id).
import i18next from 'i18next';
import { clear } from './dom';

export interface Screen {
  /** Builds the screen's DOM from current state; called again on every language change. */
  render(): HTMLElement;
  /** Called once when the screen is replaced. */
  dispose?(): void;
  /** Element to focus first (a data-focus-id); defaults to the first focusable control. */
  initialFocus?: string;
}

let current: Screen | null = null;
let root: HTMLElement | null = null;

export function initScreens(el: HTMLElement): void {
  root = el;
  i18next.on('languageChanged', () => redraw());
}

export function showScreen(screen: Screen): void {
  current?.dispose?.();
  current = screen;
  redraw(true);
}

export function currentScreen(): Screen | null {
  return current;
}

export function redraw(fresh = false): void {
  if (!root || !current) return;
  const active = document.activeElement as HTMLElement | null;
  const focusId = fresh ? current.initialFocus : active?.dataset.focusId;
  const scrollTop = root.firstElementChild?.scrollTop ?? 0;
  // Inner scrolling panels keep their place too (marked with data-scroll-id).
  const inner = new Map<string, number>();
  if (!fresh) root.querySelectorAll<HTMLElement>('[data-scroll-id]').forEach((el) => inner.set(el.dataset.scrollId ?? '', el.scrollTop));
  clear(root);
  const el = current.render();
  root.append(el);
  if (!fresh) {
    el.scrollTop = scrollTop;
    root.querySelectorAll<HTMLElement>('[data-scroll-id]').forEach((p) => { const v = inner.get(p.dataset.scrollId ?? ''); if (v) p.scrollTop = v; });
  }
  const target = (focusId && root.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(focusId)}"]`))
    || (fresh ? root.querySelector<HTMLElement>('h1, h2, button, [tabindex="0"], input, select, a[href]') : null);
  if (target) {
    if (!target.matches('button, input, select, a[href], [tabindex]')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
}

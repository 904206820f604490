// Focusable HTML hotspots over the stalls and landmarks the camera shows (in #town-layer), each with a label
// and a tooltip on hover or focus. They sit in a box inside the panels' insets, so they never cover a panel.
import './town.css';
import type { Insets } from './store';
import type { Description } from './describe';
import { labelOf } from './describe';

export interface HotspotSpec {
  key: string;
  /** World rectangle (design units) the hotspot covers. */
  x: number;
  y: number;
  w: number;
  h: number;
  describe: () => Description;
  kind: 'firm' | 'landmark';
  data: Record<string, string>;
}

export type WorldToScreen = (x: number, y: number) => { x: number; y: number };

export class TownHotspots {
  private box: HTMLElement;
  private tip: HTMLElement;
  private specs: HotspotSpec[] = [];
  private els = new Map<string, HTMLButtonElement>();
  private insets: Insets = { left: 0, right: 0, top: 0, bottom: 0 };
  private shown: string | null = null;

  /** A drag in progress over a hotspot (pointer id, where it started and last was); `moved` once past the slop. */
  private drag: { id: number; x0: number; x: number; moved: boolean } | null = null;
  private suppressClick = false;

  constructor(layer: HTMLElement, private onActivate: (spec: HotspotSpec) => void, private labelFn: () => string, private onPan: (dxPx: number) => void = () => undefined) {
    this.box = document.createElement('div');
    this.box.className = 'town-spots';
    // One Tab stop for the whole street; arrow keys move along it (a roving tab index), Home/End jump to the ends.
    this.box.setAttribute('role', 'toolbar');
    this.box.setAttribute('aria-orientation', 'horizontal');
    this.box.dataset.testid = 'town-spots';
    this.tip = document.createElement('div');
    this.tip.className = 'town-tooltip';
    this.tip.id = 'town-tooltip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.hidden = true;
    this.box.append(this.tip);
    layer.append(this.box);
    this.box.addEventListener('keydown', (e) => this.onKey(e));
    // Focusing a hotspot that lies outside the box makes the browser scroll the box to it; the camera pans
    // to the stall instead, so the box itself must never scroll.
    this.box.addEventListener('scroll', () => { this.box.scrollLeft = 0; this.box.scrollTop = 0; });
    this.setInsets(this.insets);
    this.forwardPanning();
  }

  /**
   * The hotspots sit over the stalls, so the wheel, a mouse drag or a finger drag that starts on one would
   * never reach the street's canvas: they are passed on as pans here. A press that does not move stays a click.
   */
  private forwardPanning(): void {
    const SLOP = 6;
    this.box.addEventListener('wheel', (e) => {
      const d = Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : e.deltaY;
      if (!d) return;
      e.preventDefault();
      this.onPan(e.deltaMode === 1 ? d * 16 : d);
    }, { passive: false });
    this.box.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || !(e.target as HTMLElement).closest('.town-spot')) return;
      this.drag = { id: e.pointerId, x0: e.clientX, x: e.clientX, moved: false };
    });
    this.box.addEventListener('pointermove', (e) => {
      const d = this.drag;
      if (!d || d.id !== e.pointerId) return;
      if (!d.moved && Math.abs(e.clientX - d.x0) < SLOP) return;
      if (!d.moved) {
        d.moved = true;
        this.hideTip();
        (e.target as HTMLElement).setPointerCapture?.(e.pointerId);
      }
      this.onPan(d.x - e.clientX);
      d.x = e.clientX;
    });
    const end = (e: PointerEvent) => {
      const d = this.drag;
      if (!d || d.id !== e.pointerId) return;
      this.suppressClick = d.moved;
      this.drag = null;
    };
    this.box.addEventListener('pointerup', end);
    this.box.addEventListener('pointercancel', end);
    // A drag ends with a click on the hotspot under the pointer: that click must not pan back to it.
    this.box.addEventListener('click', (e) => {
      if (!this.suppressClick) return;
      this.suppressClick = false;
      e.stopPropagation();
      e.preventDefault();
    }, true);
  }

  setInsets(i: Insets): void {
    this.insets = i;
    Object.assign(this.box.style, { left: `${i.left}px`, right: `${i.right}px`, top: `${i.top}px`, bottom: `${i.bottom}px` });
  }

  /** Replaces the set of hotspots, keeping the DOM element (and so the keyboard focus) of any that stay. */
  setSpecs(specs: HotspotSpec[]): void {
    this.specs = specs;
    const keep = new Set(specs.map((s) => s.key));
    for (const [k, el] of this.els) if (!keep.has(k)) { el.remove(); this.els.delete(k); }
    let prev: Element | null = null;
    for (const s of specs) {
      let el = this.els.get(s.key);
      if (!el) {
        el = document.createElement('button');
        el.type = 'button';
        el.className = 'town-spot';
        el.dataset.testid = 'town-spot';
        el.dataset.key = s.key;
        el.addEventListener('focus', () => {
          this.current = s.key;
          this.rove();
          this.onActivate(this.spec(el as HTMLElement));
          this.showTip(el as HTMLElement);
        });
        el.addEventListener('blur', () => this.hideTip());
        el.addEventListener('mouseenter', () => this.showTip(el as HTMLElement));
        el.addEventListener('mouseleave', () => { if (document.activeElement !== el) this.hideTip(); });
        el.addEventListener('click', () => { this.onActivate(this.spec(el as HTMLElement)); this.showTip(el as HTMLElement); });
        this.els.set(s.key, el);
      }
      for (const [k, v] of Object.entries(s.data)) el.dataset[k] = v;
      el.dataset.kind = s.kind;
      // keep DOM order = street order, so Tab walks the street left to right
      if (prev ? prev.nextElementSibling !== el : this.box.firstElementChild !== el) {
        if (prev) prev.after(el); else this.box.prepend(el);
      }
      prev = el;
    }
    this.box.hidden = specs.length === 0;
    this.rove();
    this.relabel();
  }

  private current: string | null = null;

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') { this.hideTip(); return; }
    const keys = this.specs.map((s) => s.key);
    const at = keys.indexOf((document.activeElement as HTMLElement | null)?.dataset.key ?? '');
    if (at < 0) return;
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? at - 1
      : e.key === 'Home' ? 0 : e.key === 'End' ? keys.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const key = keys[Math.max(0, Math.min(keys.length - 1, to))];
    if (key) this.els.get(key)?.focus({ preventScroll: true });
  }

  /** Keeps exactly one hotspot in the Tab order: the last one focused, else the player's own, else the first. */
  private rove(): void {
    const keys = this.specs.map((s) => s.key);
    if (!this.current || !keys.includes(this.current)) {
      this.current = this.specs.find((s) => s.data.owner === 'player' && s.kind === 'firm')?.key ?? keys[0] ?? null;
    }
    for (const [k, el] of this.els) el.tabIndex = k === this.current ? 0 : -1;
  }

  private spec(el: HTMLElement): HotspotSpec {
    return this.specs.find((s) => s.key === el.dataset.key) as HotspotSpec;
  }

  relabel(): void {
    this.box.setAttribute('aria-label', this.labelFn());
    for (const s of this.specs) this.els.get(s.key)?.setAttribute('aria-label', labelOf(s.describe()));
    if (this.shown) { const el = this.els.get(this.shown); if (el) this.showTip(el); }
  }

  /** Moves every hotspot over its object; ones outside the free area are clipped by the box but stay focusable. */
  position(toScreen: WorldToScreen): void {
    const { left, top } = this.insets;
    for (const s of this.specs) {
      const el = this.els.get(s.key);
      if (!el) continue;
      const a = toScreen(s.x, s.y);
      const b = toScreen(s.x + s.w, s.y + s.h);
      el.style.transform = `translate(${Math.round(a.x - left)}px, ${Math.round(a.y - top)}px)`;
      el.style.width = `${Math.max(8, Math.round(b.x - a.x))}px`;
      el.style.height = `${Math.max(8, Math.round(b.y - a.y))}px`;
    }
    if (this.shown) { const el = this.els.get(this.shown); if (el) this.placeTip(el); }
  }

  private showTip(el: HTMLElement): void {
    const s = this.spec(el);
    if (!s) return;
    const d = s.describe();
    this.tip.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = d.title;
    const ul = document.createElement('ul');
    for (const line of d.lines) { const li = document.createElement('li'); li.textContent = line; ul.append(li); }
    this.tip.append(strong, ul);
    this.tip.dataset.owner = s.data.owner ?? '';
    this.tip.hidden = false;
    this.shown = s.key;
    el.setAttribute('aria-describedby', 'town-tooltip');
    this.placeTip(el);
  }

  private placeTip(el: HTMLElement): void {
    const bw = this.box.clientWidth;
    const bh = this.box.clientHeight;
    const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(el.style.transform);
    const x = m ? Number(m[1]) : 0;
    const y = m ? Number(m[2]) : 0;
    const w = el.offsetWidth;
    const tw = this.tip.offsetWidth;
    const th = this.tip.offsetHeight;
    const h = el.offsetHeight;
    // above the stall if it fits, else beside it (so the stall and its notices stay visible), else below
    let left = Math.max(4, Math.min(bw - tw - 4, x + w / 2 - tw / 2));
    let top = y - th - 8;
    if (top < 4) {
      top = Math.max(4, Math.min(bh - th - 4, y));
      if (x + w + 8 + tw <= bw - 4) left = x + w + 8;
      else if (x - 8 - tw >= 4) left = x - 8 - tw;
      else top = Math.min(bh - th - 4, y + h + 8);
    }
    this.tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(Math.max(4, top))}px)`;
  }

  hideTip(): void {
    this.tip.hidden = true;
    if (this.shown) this.els.get(this.shown)?.removeAttribute('aria-describedby');
    this.shown = null;
  }

  count(): number {
    return this.specs.length;
  }

  destroy(): void {
    this.box.remove();
    this.els.clear();
  }
}

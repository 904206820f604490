// The town seen side-on at eye level: sky, the mill and the mine on the horizon, housing blocks, and the main
// street whose stalls are grouped by trade. It draws whatever town/store.ts holds and redraws only when
// that changes; everything static is a baked texture, and off-screen objects are hidden (culled).
import * as Phaser from 'phaser';
import i18next from 'i18next';
import { t } from '../i18n';
import { onSettingsChange, prefersReducedMotion } from '../settings';
import { SKY_BY_MONTH } from './art/palette';
import { BUS_TICKET_WINDOW, CHIMNEY_TOPS, HOME_DOOR, HORIZON_H, HORIZON_W, OPENING, SHOPFRONT_H } from './art/buildings';
import {
  ATLAS, BLOCKS, BLOCKS_RES, BODY_HEIGHTS, BODY_TONES, GROUND, GROUND_RES, GROUND_TILE_H, GROUND_TILE_W, HORIZON, HORIZON_RES, LANDMARK_H,
  PAVEMENT, PERSON_H, RES, SKY, STALL_H, bakeTownTextures, frameKey, paintSky, type PersonCast,
} from './art/textures';
import { BLOCKS_W } from './art/buildings';
import { GROUP_GAP, hotspotSlots, layoutStreet, slotCentre, type Slot, type StreetLayout } from '../town/layout';
import type { TownFirm, TownView } from '../town/model';
import { subscribe, townStore } from '../town/store';
import { showCrowdedBenchmarkTown, showTown, setTownMotion } from '../town/index';
import { townBusinessTypes } from '../town/sim-link';
import { TownHotspots, type HotspotSpec } from '../town/hotspots';
import { describeSlot } from '../town/describe';
import { installTownTestHook } from '../town/test-hook';

/** The slice of the world (design units, ground line at y = 0) the free area shows top to bottom. */
const VIEW_TOP = -460;
const VIEW_BOTTOM = 150;
const VIEW_H = VIEW_BOTTOM - VIEW_TOP;
const HORIZON_F = 0.2;
const BLOCKS_F = 0.5;
const HORIZON_BASE = -120;
const HOTSPOT_CAP = 30;
/** Length of a pan to a focused stall (the art direction's 150-300 ms eases). */
const PAN_MS = 300;
const LANES = [26, 33, 40, 47, 54];
const STALL_Y = 8;
const QUEUE_Y = 18;
const KERB_Y = PAVEMENT - 2;

type Obj = Phaser.GameObjects.Image;
/** A static object: its extent along the street (in its own parallax space, factor f) for culling. */
interface Culled { obj: Obj; x0: number; x1: number; f: number; cached: boolean }
/** Objects at or above this depth and below LIVE_DEPTH_END stand in front of the walkers and are drawn live. */
const LIVE_DEPTH = 20.25;
const LIVE_DEPTH_END = 30;
/** How long the camera must rest before the static layer is baked into one image again (ms). */
const CACHE_REST_MS = 250;
/** New stalls fade in over this long (ease-out); the engine's tween system is not in the build for this one use. */
const FADE_MS = 300;
interface Walker { img: Obj; x: number; speed: number; dir: 1 | -1; look: number; step: 0 | 1; travelled: number }
interface Puff { img: Obj; chimney: number; copy: number; phase: number }
interface Flake { img: Obj; x: number; y: number; vy: number; drift: number }

/** A small deterministic generator, so the same month always shows the same street. */
function lcg(seed: number): () => number {
  let s = (seed >>> 0) || 1;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}
const hash = (n: number): number => Math.imul(n ^ 0x9e3779b9, 2654435761) >>> 0;

export class TownScene extends Phaser.Scene {
  private cast!: PersonCast;
  private sky!: Obj;
  private roadBelow!: Phaser.GameObjects.Rectangle;
  private snowCover!: Phaser.GameObjects.Rectangle;
  /** The static street painted into one plain canvas behind the game's while the camera rests (cheap frames). */
  private staticCanvas: HTMLCanvasElement | null = null;
  private cacheOn = true;
  private cacheValid = false;
  private restMs = 0;
  private street: Culled[] = [];
  private fades: { obj: Obj; t: number }[] = [];
  private walkers: Walker[] = [];
  private puffs: Puff[] = [];
  private flakes: Flake[] = [];
  private layout: StreetLayout | null = null;
  private view: TownView | null = null;
  private focusX = 0;
  private targetX = 0;
  private pan: { from: number; t: number } | null = null;
  private hotspotFocusX = Number.NaN;
  private hotspots: TownHotspots | null = null;
  private openOfType = new Map<string, number>();
  private camKey = '';
  private bench = false;
  private benchPan = false;
  private benchDir = 1;
  private dragX: number | null = null;
  private unsubs: (() => void)[] = [];
  private dirty = true;
  private horizonX0 = 0;

  constructor() {
    super('town');
  }

  create(): void {
    const params = new URLSearchParams(location.search);
    this.cast = bakeTownTextures(this, townBusinessTypes());
    paintSky(this, SKY_BY_MONTH[3]?.[0] ?? 0xbdd0da, SKY_BY_MONTH[3]?.[1] ?? 0xeee7d8);
    this.sky = this.add.image(0, 0, SKY).setScrollFactor(0).setDepth(0);
    this.roadBelow = this.add.rectangle(0, GROUND_TILE_H - 1, 10, 4000, 0x7b766f).setOrigin(0.5, 0).setScrollFactor(0, 1).setDepth(4);
    this.snowCover = this.add.rectangle(0, 2, 10, PAVEMENT - 2, 0xffffff, 0.45).setOrigin(0.5, 0).setScrollFactor(0, 1).setDepth(4.5).setVisible(false);
    this.cacheOn = params.get('townCache') !== '0';
    this.makeStaticCanvas();

    const layer = document.getElementById('town-layer');
    if (layer) {
      this.hotspots = new TownHotspots(layer, (spec) => this.panTo(spec.x + spec.w / 2), () => this.streetLabel(),
        (dxPx) => this.panBy(dxPx / (this.cameras.main.zoom || 1)));
      this.hotspots.setInsets(townStore.insets);
    }
    this.bench = params.get('bench') === 'crowded';
    this.benchPan = this.bench && params.get('pan') === '1';
    if (this.bench || params.get('test') === '1') installTownTestHook(this);

    setTownMotion(prefersReducedMotion());
    this.unsubs.push(onSettingsChange((s) => setTownMotion(prefersReducedMotion(s))));
    this.unsubs.push(subscribe(() => { this.dirty = true; }));
    const relabel = () => this.hotspots?.relabel();
    i18next.on('languageChanged', relabel);
    this.unsubs.push(() => i18next.off('languageChanged', relabel));

    this.input.on('wheel', (_p: unknown, _o: unknown, dx: number, dy: number) => this.panBy((Math.abs(dx) > Math.abs(dy) ? dx : dy) / this.cameras.main.zoom));
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => { this.dragX = p.x; });
    this.input.on('pointerup', () => { this.dragX = null; });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (this.dragX === null || !p.isDown) return;
      this.panBy((this.dragX - p.x) / this.cameras.main.zoom);
      this.dragX = p.x;
    });
    this.scale.on('resize', () => { this.camKey = ''; this.invalidateCache(); });
    this.events.once('shutdown', () => this.dispose());

    if (this.bench) showCrowdedBenchmarkTown();
    else if (!townStore.chosen) showTown(null);
    this.sync();
  }

  private makeStaticCanvas(): void {
    const game = this.game.canvas;
    const parent = game?.parentElement;
    if (!parent) return;
    const c = document.createElement('canvas');
    c.className = 'town-static';
    c.setAttribute('aria-hidden', 'true');
    Object.assign(c.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', visibility: 'hidden' });
    parent.insertBefore(c, game);
    // positioned, so it paints above the static canvas in document order
    game.style.position = 'relative';
    this.staticCanvas = c;
  }

  private dispose(): void {
    this.staticCanvas?.remove();
    this.staticCanvas = null;
    this.unsubs.forEach((u) => u());
    this.unsubs = [];
    this.hotspots?.destroy();
    this.hotspots = null;
  }

  private streetLabel(): string {
    const n = this.view?.firms.length ?? 0;
    return this.view?.preLayoff ? t('town:streetBefore', { count: n }) : t('town:street', { count: n });
  }

  // ------------------------------------------------------------ state -> drawing

  private focusSeq = 0;

  private sync(): void {
    this.dirty = false;
    const req = townStore.focusRequest;
    this.hotspots?.setInsets(townStore.insets);
    const view = townStore.view;
    if (view !== this.view) {
      const prev = this.view;
      this.view = view;
      if (view) this.build(view, prev);
    }
    if (req && req.seq !== this.focusSeq) {
      this.focusSeq = req.seq;
      const x = this.tradeX(req.businessId);
      if (x !== null) this.panTo(x);
    }
    this.camKey = '';
  }

  /** Where a trade's row is: the player's own business of that trade, else the middle of the row's open firms. */
  private tradeX(businessId: string): number | null {
    const layout = this.layout;
    const view = this.view;
    if (!layout || !view) return null;
    const own = view.player?.businessFirmId;
    const ownSlot = own != null ? layout.firmSlot.get(own) : undefined;
    const ownS = ownSlot !== undefined ? layout.slots[ownSlot] : undefined;
    if (ownS?.kind === 'firm' && ownS.firm.businessId === businessId) return slotCentre(ownS);
    const row = layout.slots.filter((s): s is Extract<Slot, { kind: 'firm' }> => s.kind === 'firm' && s.firm.businessId === businessId);
    if (!row.length) return null;
    const first = row[0]!;
    const last = row[row.length - 1]!;
    return (first.x + last.x + last.width) / 2;
  }

  private build(view: TownView, prev: TownView | null): void {
    for (const c of this.street) c.obj.destroy();
    for (const w of this.walkers) w.img.destroy();
    for (const p of this.puffs) p.img.destroy();
    for (const f of this.flakes) f.img.destroy();
    this.street = [];
    this.fades = [];
    this.walkers = [];
    this.puffs = [];
    this.flakes = [];

    const sky = SKY_BY_MONTH[view.calendarMonth - 1] ?? SKY_BY_MONTH[3];
    if (sky) paintSky(this, sky[0], sky[1]);
    const typeOrder = townBusinessTypes().map((b) => b.id);
    const layout = layoutStreet(view.firms, typeOrder);
    this.layout = layout;
    this.openOfType.clear();
    for (const f of view.firms) if (f.status !== 'closed') this.openOfType.set(f.businessId, (this.openOfType.get(f.businessId) ?? 0) + 1);

    const fade = !!prev && !prev.preLayoff && !townStore.reducedMotion && prev.month !== view.month;
    let people = 0;
    for (const slot of layout.slots) {
      people += slot.kind === 'landmark' ? this.addLandmark(slot, view) : this.addFirm(slot, view, fade);
    }
    this.addTrees(layout, view);
    people += this.addWalkers(layout, view);
    if (view.chimneySmoke) this.addSmoke();
    if (view.snow) this.addSnow();
    this.addBackdrop(layout);
    this.invalidateCache();
    if (fade) this.restMs = -400; // let new stalls finish fading in before baking
    this.snowCover.setVisible(view.snow);

    const focus = this.defaultFocus(layout, view);
    const samePlace = prev && !prev.preLayoff && !view.preLayoff;
    this.targetX = focus;
    if (samePlace && !townStore.reducedMotion && Math.abs(focus - this.focusX) > 1) this.pan = { from: this.focusX, t: 0 };
    else { this.focusX = focus; this.pan = null; }
    this.hotspotFocusX = Number.NaN;

    const open = view.firms.filter((f) => f.status !== 'closed').length;
    Object.assign(townStore.stats, {
      firms: view.firms.length, openFirms: open, closedFirms: view.firms.length - open, people,
      busyFirms: view.firms.filter((f) => f.status === 'busy').length,
      strugglingFirms: view.firms.filter((f) => f.status === 'struggling').length,
      streetWidth: Math.round(layout.width), renderer: this.game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas',
    });
    document.getElementById('town-layer')?.setAttribute('data-town', view.preLayoff ? 'before' : 'game');
  }

  private defaultFocus(layout: StreetLayout, view: TownView): number {
    const own = view.player?.businessFirmId;
    const i = own != null ? layout.firmSlot.get(own) : undefined;
    if (i !== undefined) return slotCentre(layout.slots[i] as Slot);
    const home = layout.landmarkSlot.get('home');
    if (view.player && home !== undefined) return slotCentre(layout.slots[home] as Slot);
    const jc = layout.landmarkSlot.get('jobCentre');
    return jc !== undefined ? slotCentre(layout.slots[jc] as Slot) : layout.width / 2;
  }

  private img(x: number, y: number, frame: string, ox: number, oy: number, depth: number, w: number): Obj {
    const im = this.add.image(x, y, ATLAS, frame).setOrigin(ox, oy).setScale(1 / RES).setDepth(depth);
    const x0 = x - ox * w;
    this.street.push({ obj: im, x0, x1: x0 + w, f: 1, cached: depth < LIVE_DEPTH || depth >= LIVE_DEPTH_END });
    return im;
  }

  /** Horizon, housing blocks and the pavement as repeated images (parallax by scroll factor), culled like the rest. */
  private addBackdrop(layout: StreetLayout): void {
    const span = (f: number, tile: number, key: string, res: number, y: number, depth: number, oy: number) => {
      const from = Math.floor((f * -3000 - 3000) / tile);
      const to = Math.ceil((f * (layout.width + 3000) + 6000) / tile);
      for (let k = from; k <= to; k++) {
        const im = this.add.image(k * tile, y, key).setOrigin(0, oy).setScale(1 / res).setScrollFactor(f, 1).setDepth(depth);
        this.street.push({ obj: im, x0: k * tile, x1: (k + 1) * tile, f, cached: true });
      }
      return from * tile;
    };
    this.horizonX0 = span(HORIZON_F, HORIZON_W, HORIZON, HORIZON_RES, HORIZON_BASE, 1, 1);
    span(BLOCKS_F, BLOCKS_W, BLOCKS, BLOCKS_RES, 0, 3, 1);
    span(1, GROUND_TILE_W, GROUND, GROUND_RES, 0, 4, 0);
  }

  private figure(x: number, y: number, look: number, faceLeft: boolean, step: 0 | 1 = 0): Obj {
    return this.img(x, y, frameKey.person(look, step), 0.5, 1, 20 + y / 100, 40).setFlipX(faceLeft);
  }

  private passer(r: () => number, workerShare: number): number {
    if (r() < workerShare) return this.cast.workers[Math.floor(r() * this.cast.workers.length)] as number;
    return this.cast.passers[Math.floor(r() * this.cast.passers.length)] as number;
  }

  private addFirm(slot: Extract<Slot, { kind: 'firm' }>, view: TownView, fade: boolean): number {
    const f: TownFirm = slot.firm;
    const x = slot.x;
    const w = slot.width;
    const hsh = hash(f.id);
    const before = this.street.length;
    let people = 0;
    this.img(x, 0, frameKey.body(w, hsh % BODY_TONES, (hsh >>> 4) % BODY_HEIGHTS.length), 0, 1, 10, w);
    const isPlayer = view.player?.businessFirmId === f.id;
    const open = f.status !== 'closed';
    const r = lcg(hsh + view.month);
    if (f.form === 'shop') {
      this.img(x, 0, frameKey.front(f.businessId), 0, 1, 11, w);
      if (!open) this.img(x + OPENING.x, 0, 'shutter', 0, 1, 12, OPENING.w);
      if (open) this.img(x + 22, 14, frameKey.sign(f.priceBars, f.status === 'struggling'), 0.5, 1, 20.14, 56);
      for (let i = 0; i < f.queue; i++) { this.figure(x + 96 - i * 17, QUEUE_Y, this.passer(r, view.workerShare), false); people++; }
      if (isPlayer) {
        this.img(x + w - 34, -SHOPFRONT_H + 30, 'flag', 0, 1, 13, 30);
        if (view.player?.overdue) this.img(x + OPENING.x + 98, -40, 'notice-overdue', 0, 1, 13, 18);
      }
    } else if (f.form === 'stall') {
      this.img(x, STALL_Y, frameKey.stall(f.businessId, open), 0, 1, 20 + STALL_Y / 100, w);
      if (open) {
        this.figure(x + w / 2 + 18, STALL_Y - 14, isPlayer ? this.cast.player : this.passer(r, 0), true);
        people++;
        this.img(x + 12, 14, frameKey.sign(f.priceBars, f.status === 'struggling'), 0.5, 1, 20.14, 56);
      }
      for (let i = 0; i < f.queue; i++) { this.figure(x + 62 + i * 15, QUEUE_Y + 2, this.passer(r, view.workerShare), true); people++; }
      if (isPlayer) {
        this.img(x + w / 2 - 2, STALL_Y - STALL_H + 16, 'flag', 0, 1, 13, 30);
        if (view.player?.overdue) this.img(x + 22, STALL_Y - 26, 'notice-overdue', 0, 1, 20.2, 18);
      }
    } else {
      this.img(x, KERB_Y, frameKey.kerb(f.businessId, open), 0, 1, 20 + KERB_Y / 100, w);
      if (open) {
        this.figure(x + w - 34, KERB_Y - 6, isPlayer ? this.cast.player : this.passer(r, 0.2), true);
        people++;
        this.img(x + 14, 20, frameKey.sign(f.priceBars, f.status === 'struggling'), 0.5, 1, 20.2, 56);
      }
      for (let i = 0; i < Math.min(2, f.queue); i++) { this.figure(x + 30 + i * 15, QUEUE_Y + 4, this.passer(r, view.workerShare), false); people++; }
      if (isPlayer) {
        this.img(x + w - 16, KERB_Y - 118, 'flag', 0, 1, 20.7, 30);
        if (view.player?.overdue) this.img(x + w - 23, KERB_Y - 60, 'notice-overdue', 0, 1, 20.7, 18);
      }
    }
    if (isPlayer) {
      const shopX = f.form === 'shop' ? x + w - 8 : -1;
      if (shopX > 0 && !view.player?.away) { this.figure(shopX, QUEUE_Y + 4, this.cast.player, true); people++; }
      this.addMarkerOverPlayer(f.form === 'shop' ? shopX : f.form === 'stall' ? x + w / 2 + 18 : x + w - 34,
        f.form === 'shop' ? QUEUE_Y + 4 : f.form === 'stall' ? STALL_Y - 14 : KERB_Y - 6, open || f.form === 'shop');
    }
    if (view.lanterns && f.form === 'shop' && slot.indexInGroup % 2 === 0) this.img(x, -SHOPFRONT_H - 46, 'lanterns', 0, 0, 30, 140);
    if (fade && f.isNew) {
      for (let i = before; i < this.street.length; i++) {
        const o = (this.street[i] as Culled).obj;
        o.setAlpha(0);
        this.fades.push({ obj: o, t: 0 });
      }
    }
    return people;
  }

  private addMarkerOverPlayer(x: number, feetY: number, show: boolean): void {
    if (!show || x < 0) return;
    this.img(x, feetY - PERSON_H - 2, 'marker', 0.5, 1, 21, 14);
  }

  private addLandmark(slot: Extract<Slot, { kind: 'landmark' }>, view: TownView): number {
    const x = slot.x;
    const h = LANDMARK_H[slot.id] ?? 200;
    this.img(x, 0, slot.id, 0, 1, 10, slot.width);
    const p = view.player;
    let people = 0;
    if (slot.id === 'busStation' && p?.blacklisted) this.img(x + BUS_TICKET_WINDOW.x, -h + BUS_TICKET_WINDOW.y, 'barred', 0, 0, 12, 54);
    if (slot.id === 'jobCentre') {
      const r = lcg(77 + view.month);
      for (let i = 0; i < view.jobCentreQueue; i++) { this.figure(x + 122 - i * 15, QUEUE_Y, this.passer(r, view.workerShare), false); people++; }
    }
    if (slot.id === 'home' && p) {
      const d = HOME_DOOR;
      const doorTop = -h + d.y;
      this.img(x + d.x - 14, doorTop + 30, 'flag', 0, 1, 13, 30);
      if (p.overdue) this.img(x + d.x + 10, doorTop + 34, 'notice-overdue', 0, 0, 13, 18);
      if (p.blacklisted) this.img(x + d.x + d.w + 10, doorTop + 8, 'notice-court', 0, 0, 13, 24);
      if (p.guarantorVisiting) { this.figure(x + d.x + d.w + 30, QUEUE_Y, this.cast.guarantor, true); people++; }
      if (!p.away && p.businessFirmId === null) {
        this.figure(x + d.x - 24, QUEUE_Y, this.cast.player, false);
        this.addMarkerOverPlayer(x + d.x - 24, QUEUE_Y, true);
        people++;
      }
    }
    if (view.lanterns) this.img(x + slot.width / 2 - 70, -h + 40, 'lanterns', 0, 0, 30, 140);
    return people;
  }

  private addTrees(layout: StreetLayout, view: TownView): void {
    const slots = layout.slots;
    for (let i = 1; i < slots.length; i++) {
      const a = slots[i - 1] as Slot;
      const b = slots[i] as Slot;
      const gapStart = a.x + a.width;
      if (b.x - gapStart < GROUP_GAP - 1) continue;
      this.img((gapStart + b.x) / 2, KERB_Y + 4, frameKey.tree(view.season), 0.5, 1, 20 + (KERB_Y + 4) / 100, 70);
    }
  }

  private addWalkers(layout: StreetLayout, view: TownView): number {
    const r = lcg(1234 + view.month * 17 + view.firms.length);
    for (let i = 0; i < view.walkers; i++) {
      const look = this.passer(r, view.workerShare);
      const lane = LANES[i % LANES.length] as number;
      const x = ((i + r()) / view.walkers) * layout.width;
      const dir: 1 | -1 = r() < 0.5 ? 1 : -1;
      const im = this.add.image(x, lane, ATLAS, frameKey.person(look, 0)).setOrigin(0.5, 1).setScale(1 / RES).setDepth(20 + lane / 100).setFlipX(dir < 0);
      this.walkers.push({ img: im, x, speed: 14 + r() * 10, dir, look, step: 0, travelled: r() * 20 });
    }
    return view.walkers;
  }

  private addSmoke(): void {
    // puffs for the chimney copies nearest the camera are repositioned every frame (see animate)
    for (let copy = 0; copy < 3; copy++) {
      CHIMNEY_TOPS.forEach((_, chimney) => {
        for (let k = 0; k < 6; k++) {
          // drawn live over the baked street: the plume rises above every roof, so the order is unchanged
          const im = this.add.image(0, 0, ATLAS, 'smoke').setOrigin(0.5, 1).setScale(1 / RES).setScrollFactor(HORIZON_F, 1).setDepth(LIVE_DEPTH);
          this.puffs.push({ img: im, chimney, copy, phase: k / 6 });
        }
      });
    }
  }

  private addSnow(): void {
    const r = lcg(99);
    for (let i = 0; i < 70; i++) {
      const im = this.add.image(0, 0, ATLAS, 'snow').setScale(1 / RES).setScrollFactor(0).setDepth(40).setAlpha(0.85);
      this.flakes.push({ img: im, x: r(), y: r(), vy: 0.025 + r() * 0.03, drift: r() * Math.PI * 2 });
    }
  }

  // ------------------------------------------------------------ camera and panning

  private free(): { left: number; top: number; w: number; h: number } {
    const { width, height } = this.scale;
    const i = townStore.insets;
    const w = Math.max(120, width - i.left - i.right);
    const h = Math.max(120, height - i.top - i.bottom);
    return { left: Math.min(i.left, width - 120), top: Math.min(i.top, height - 120), w, h };
  }

  private clampFocus(x: number): number {
    if (!this.layout) return x;
    const z = this.cameras.main.zoom || 1;
    const half = this.free().w / (2 * z);
    const W = this.layout.width;
    if (W <= 2 * half) return W / 2;
    return Math.max(half, Math.min(W - half, x));
  }

  private panBy(dx: number): void {
    this.pan = null;
    this.targetX = this.clampFocus(this.targetX + dx);
    this.focusX = this.targetX;
  }

  /** A calm pan of fixed length (whatever the distance), or a jump when motion is reduced. */
  private panTo(x: number): void {
    this.targetX = this.clampFocus(x);
    if (townStore.reducedMotion) { this.focusX = this.targetX; this.pan = null; return; }
    this.pan = { from: this.focusX, t: 0 };
  }

  private applyCamera(): boolean {
    const cam = this.cameras.main;
    const { width: W, height: H } = this.scale;
    const f = this.free();
    const z = Phaser.Math.Clamp(f.h / VIEW_H, 0.35, 3);
    const key = `${W}x${H}:${z.toFixed(4)}:${this.focusX.toFixed(2)}:${f.left},${f.top},${f.w},${f.h}`;
    if (key === this.camKey) return false;
    this.camKey = key;
    cam.setZoom(z);
    const cx = f.left + f.w / 2;
    const cy = f.top + f.h / 2;
    cam.centerOn(this.focusX + (W / 2 - cx) / z, (VIEW_TOP + VIEW_BOTTOM) / 2 + (H / 2 - cy) / z);
    this.sky.setPosition(W / 2, H / 2).setDisplaySize(W / z + 8, H / z + 8);
    this.roadBelow.setPosition(W / 2, GROUND_TILE_H - 1).setSize(W / z + 8, 4000);
    this.snowCover.setPosition(W / 2, 2).setSize(W / z + 8, PAVEMENT - 2);
    return true;
  }

  private toScreen = (x: number, y: number, f = 1): { x: number; y: number } => {
    const cam = this.cameras.main;
    const { width: W, height: H } = this.scale;
    return { x: (x - f * cam.scrollX - W / 2) * cam.zoom + W / 2, y: (y - cam.scrollY - H / 2) * cam.zoom + H / 2 };
  };

  /** Hides what the camera cannot see; with the static layer baked, hides the baked objects too. */
  private cull(baked: boolean): number {
    const cam = this.cameras.main;
    const { width: W } = this.scale;
    const z = cam.zoom;
    const half = W / (2 * z) + 40;
    let n = 0;
    for (const c of this.street) {
      const mid = c.f * cam.scrollX + W / 2;
      const inView = c.x1 >= mid - half && c.x0 <= mid + half;
      const v = inView && !(baked && c.cached);
      if (c.obj.visible !== v) c.obj.setVisible(v);
      if (inView) n++;
    }
    const lo = cam.scrollX + W / 2 - half;
    const hi = cam.scrollX + W / 2 + half;
    for (const w of this.walkers) {
      const v = w.x + 20 >= lo && w.x - 20 <= hi;
      if (w.img.visible !== v) w.img.setVisible(v);
      if (v) n++;
    }
    return n;
  }

  private updateHotspots(): void {
    if (!this.hotspots || !this.layout || !this.view) return;
    if (!(Math.abs(this.focusX - this.hotspotFocusX) < 300)) {
      this.hotspotFocusX = this.focusX;
      const view = this.view;
      // the title's backdrop is a picture, not a place to explore: no hotspots before the game starts
      const slots = view.preLayoff ? [] : hotspotSlots(this.layout, this.focusX, HOTSPOT_CAP, view.player?.businessFirmId ?? null);
      const specs: HotspotSpec[] = slots.map((s) => {
        const top = s.kind === 'landmark' ? -(LANDMARK_H[s.id] ?? 200) : s.firm.form === 'shop' ? -SHOPFRONT_H : -STALL_H + STALL_Y;
        const isPlayer = s.kind === 'firm' && view.player?.businessFirmId === s.firm.id;
        return {
          key: s.kind === 'firm' ? `firm-${s.firm.id}` : `lm-${s.id}`,
          x: s.x, y: top, w: s.width, h: QUEUE_Y + 6 - top,
          kind: s.kind,
          describe: () => describeSlot(s, view, this.openOfType),
          data: (s.kind === 'firm'
            ? { status: s.firm.status, owner: isPlayer ? 'player' : s.firm.owner, business: s.firm.businessId, form: s.firm.form }
            : { landmark: s.id, owner: s.id === 'home' ? 'player' : '' }) as Record<string, string>,
        };
      });
      this.hotspots.setSpecs(specs);
      townStore.stats.hotspots = specs.length;
    }
    this.hotspots.position((x, y) => this.toScreen(x, y));
  }

  // ------------------------------------------------------------ the frame loop

  override update(_time: number, delta: number): void {
    if (this.dirty) this.sync();
    if (!this.view || !this.layout) return;
    if (this.fades.length) this.stepFades(delta);
    const dt = Math.min(0.1, delta / 1000);
    const still = townStore.reducedMotion;
    if (this.benchPan && !still) {
      const next = this.targetX + this.benchDir * 140 * dt;
      const c = this.clampFocus(next);
      if (c !== next) this.benchDir *= -1;
      this.targetX = c;
      this.focusX = c;
    }
    if (this.pan && !still) {
      this.pan.t = Math.min(1, this.pan.t + delta / PAN_MS);
      const e = 0.5 - Math.cos(Math.PI * this.pan.t) / 2;
      this.focusX = this.pan.from + (this.targetX - this.pan.from) * e;
      if (this.pan.t >= 1) this.pan = null;
    } else if (this.focusX !== this.targetX) {
      this.pan = null;
      this.focusX = this.targetX;
    }
    const moved = this.applyCamera();
    townStore.stats.focusX = Math.round(this.focusX);
    if (!still) this.animate(dt);
    else if (moved || this.dirtyStill) this.placeStill();
    if (moved) { this.invalidateCache(); this.updateHotspots(); }
    this.restMs += delta;
    if (this.cacheOn && !this.cacheValid && this.restMs >= CACHE_REST_MS) this.bakeStatic();
    townStore.stats.visibleObjects = this.cull(this.cacheValid);
  }

  /** New stalls fading in (sine ease-out, as the engine's 'Sine.easeOut'); a destroyed one drops out. */
  private stepFades(delta: number): void {
    this.fades = this.fades.filter((f) => {
      if (!f.obj.active) return false;
      f.t = Math.min(1, f.t + delta / FADE_MS);
      f.obj.setAlpha(Math.sin((f.t * Math.PI) / 2));
      return f.t < 1;
    });
  }

  private invalidateCache(): void {
    this.restMs = 0;
    if (!this.cacheValid) return;
    this.cacheValid = false;
    if (this.staticCanvas) this.staticCanvas.style.visibility = 'hidden';
    this.sky.setVisible(true);
    this.roadBelow.setVisible(true);
    this.snowCover.setVisible(!!this.view?.snow);
  }

  /** Paints every static object the camera sees into a plain 2D canvas behind the game's (transparent) canvas,
   * then lets Phaser draw only the few live objects: walkers, what stands in front of them, smoke and snow.
   * Copies come straight from the baked atlas canvases, so this works the same under WebGL and Canvas. */
  private bakeStatic(): void {
    const cam = this.cameras.main;
    const { width: W, height: H } = this.scale;
    const canvas = this.staticCanvas;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || W < 2 || H < 2) return;
    if (canvas.width !== W || canvas.height !== H) { canvas.width = W; canvas.height = H; }
    this.cull(false);
    const z = cam.zoom;
    const sx = (x: number, f: number) => (x - f * cam.scrollX - W / 2) * z + W / 2;
    const sy = (y: number) => (y - cam.scrollY - H / 2) * z + H / 2;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.imageSmoothingEnabled = true;
    const skyFrame = this.sky.frame;
    ctx.drawImage(skyFrame.source.image as CanvasImageSource, skyFrame.cutX, skyFrame.cutY, skyFrame.cutWidth, skyFrame.cutHeight, 0, 0, W, H);
    const objs = this.street.filter((c) => c.cached && c.obj.visible).sort((a, b) => a.obj.depth - b.obj.depth);
    const drawObj = (c: Culled) => {
      const o = c.obj;
      const fr = o.frame;
      const w = fr.cutWidth * o.scaleX;
      const h = fr.cutHeight * o.scaleY;
      const x = sx(o.x - o.originX * w, c.f);
      const y = sy(o.y - o.originY * h);
      ctx.globalAlpha = o.alpha;
      if (o.flipX) {
        ctx.setTransform(-1, 0, 0, 1, x + w * z, y);
        ctx.drawImage(fr.source.image as CanvasImageSource, fr.cutX, fr.cutY, fr.cutWidth, fr.cutHeight, 0, 0, w * z, h * z);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
      } else {
        ctx.drawImage(fr.source.image as CanvasImageSource, fr.cutX, fr.cutY, fr.cutWidth, fr.cutHeight, x, y, w * z, h * z);
      }
    };
    let i = 0;
    // the road and the snow on the pavement are plain bands drawn between the ground tiles and the street
    for (; i < objs.length && (objs[i] as Culled).obj.depth <= 4; i++) drawObj(objs[i] as Culled);
    ctx.globalAlpha = 1;
    ctx.fillStyle = '#7b766f';
    ctx.fillRect(0, sy(GROUND_TILE_H - 1), W, H);
    if (this.view?.snow) { ctx.fillStyle = 'rgba(255,255,255,0.45)'; ctx.fillRect(0, sy(2), W, (PAVEMENT - 2) * z); }
    for (; i < objs.length; i++) drawObj(objs[i] as Culled);
    ctx.globalAlpha = 1;
    canvas.style.visibility = 'visible';
    this.sky.setVisible(false);
    this.roadBelow.setVisible(false);
    this.snowCover.setVisible(false);
    this.cacheValid = true;
  }

  private dirtyStill = true;

  /** Walkers, smoke and snow move calmly; the step changes every few units walked. */
  private animate(dt: number): void {
    this.dirtyStill = true;
    const width = this.layout?.width ?? 1000;
    for (const w of this.walkers) {
      w.x += w.speed * w.dir * dt;
      if (w.x > width + 60) w.x = -60; else if (w.x < -60) w.x = width + 60;
      w.travelled += w.speed * dt;
      const step: 0 | 1 = Math.floor(w.travelled / 11) % 2 === 0 ? 0 : 1;
      if (step !== w.step) { w.step = step; w.img.setFrame(frameKey.person(w.look, step)); }
      w.img.x = w.x;
    }
    if (this.puffs.length) this.placeSmoke(dt);
    if (this.flakes.length) this.placeSnow(dt);
  }

  /** Reduced motion: everything holds still in a fixed, readable position. */
  private placeStill(): void {
    this.dirtyStill = false;
    if (this.puffs.length) this.placeSmoke(0);
    if (this.flakes.length) this.placeSnow(0);
  }

  private placeSmoke(dt: number): void {
    const cam = this.cameras.main;
    const { width: W } = this.scale;
    const centre = HORIZON_F * cam.scrollX + W / 2;
    const nearest = Math.floor((centre - this.horizonX0) / HORIZON_W);
    for (const p of this.puffs) {
      p.phase = (p.phase + dt * 0.07) % 1;
      const top = CHIMNEY_TOPS[p.chimney] as { x: number; y: number };
      const copy = nearest - 1 + p.copy;
      const t = p.phase;
      p.img.setPosition(this.horizonX0 + copy * HORIZON_W + top.x + t * 60, HORIZON_BASE - HORIZON_H + top.y + 6 - t * 110);
      p.img.setScale((0.45 + t * 1.3) / RES).setAlpha(0.85 * (1 - t) * Math.min(1, t * 6));
    }
  }

  private placeSnow(dt: number): void {
    const { width: W, height: H } = this.scale;
    const z = this.cameras.main.zoom;
    const w = W / z;
    const h = H / z;
    for (const f of this.flakes) {
      f.y = (f.y + f.vy * dt) % 1;
      f.drift += dt * 0.8;
      f.img.setPosition(W / 2 - w / 2 + f.x * w + Math.sin(f.drift) * 6, H / 2 - h / 2 + f.y * h);
    }
  }
}

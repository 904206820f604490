// Bakes the town's art into textures once: one atlas for everything on the street (so WebGL batches it
// and Canvas copies plain images) and separate textures for the wide background strips. Drawn at RES x the
// design size so it stays crisp when the window is large; sprites are shown at 1/RES scale.
import * as Phaser from 'phaser';
import { GREY } from './palette';
import {
  BLOCKS_H, BLOCKS_W, HORIZON_H, HORIZON_W, OPENING, SHOPFRONT_H, bank, barredWindow, buildingBody, busStation, homeBlock, horizon,
  housingBlocks, jobCentre, kerbSpot, playerMarker, shopfront, shutter, smokePuff, snowflake, stall, tree,
} from './buildings';
import { GUARANTOR_LOOK, PLAYER_LOOK, WORKER_LOOKS, courtNotice, lanterns, overdueNotice, person, personLooks, playerFlag, priceSign, rect } from './shapes';
import { LANDMARK_WIDTH, SLOT_WIDTH } from '../../town/layout';

/** Texture pixels per design unit. */
export const RES = 2;
export const ATLAS = 'town-atlas';
export const HORIZON = 'town-horizon';
export const BLOCKS = 'town-blocks';
export const GROUND = 'town-ground';
export const SKY = 'town-sky';

export const BODY_HEIGHTS = [212, 272] as const;
export const BODY_TONES = 4;
export const PERSON_W = 40;
export const PERSON_H = 66;
export const STALL_H = 132;
export const SIGN_W = 56;
export const SIGN_H = 72;
export const LANDMARK_H: Record<string, number> = { busStation: 190, bank: 210, jobCentre: 190, home: 270 };
export const GROUND_TILE_W = 960;
export const GROUND_TILE_H = 200;
export const GROUND_RES = 1.5;
export const HORIZON_RES = 1.25;
export const BLOCKS_RES = 1.5;
/** Pavement depth below the ground line; the road starts after the kerb. */
export const PAVEMENT = 62;

export const frameKey = {
  body: (w: number, tone: number, tall: number) => `body-${w}-${tone}-${tall}`,
  front: (id: string) => `front-${id}`,
  stall: (id: string, open: boolean) => `stall-${id}-${open ? 'open' : 'closed'}`,
  kerb: (id: string, open: boolean) => `kerb-${id}-${open ? 'open' : 'closed'}`,
  sign: (bars: number, lowered: boolean) => `sign-${bars}-${lowered ? 'low' : 'up'}`,
  person: (i: number, step: 0 | 1) => `person-${i}-${step}`,
  tree: (season: string) => `tree-${season}`,
};

export interface PersonCast {
  passers: number[];
  workers: number[];
  player: number;
  guarantor: number;
}

interface Item { key: string; w: number; h: number; draw: (g: Phaser.GameObjects.Graphics) => void }

/** Packs items into rows (tallest first) within `maxW` texture pixels; returns positions and the atlas size. */
function pack(items: Item[], maxW: number): { pos: Map<string, { x: number; y: number }>; width: number; height: number } {
  const pad = 2;
  const sorted = [...items].sort((a, b) => b.h - a.h);
  const pos = new Map<string, { x: number; y: number }>();
  let x = 0;
  let y = 0;
  let rowH = 0;
  let width = 0;
  for (const it of sorted) {
    const w = Math.ceil(it.w * RES) + pad;
    const h = Math.ceil(it.h * RES) + pad;
    if (x + w > maxW) { x = 0; y += rowH; rowH = 0; }
    pos.set(it.key, { x, y });
    x += w;
    width = Math.max(width, x);
    rowH = Math.max(rowH, h);
  }
  return { pos, width, height: y + rowH };
}

function bake(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, key: string, w: number, h: number, res: number, draw: (g: Phaser.GameObjects.Graphics) => void): void {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  g.clear();
  g.setScale(res);
  draw(g);
  g.generateTexture(key, Math.ceil(w * res), Math.ceil(h * res));
}

/** Makes every texture the town needs (idempotent: skips work when the atlas exists). */
export function bakeTownTextures(scene: Phaser.Scene, businesses: readonly { id: string; category: string }[]): PersonCast {
  const looks = personLooks();
  const all = [...looks, ...WORKER_LOOKS, PLAYER_LOOK, GUARANTOR_LOOK];
  const cast: PersonCast = {
    passers: looks.map((_, i) => i),
    workers: WORKER_LOOKS.map((_, i) => looks.length + i),
    player: looks.length + WORKER_LOOKS.length,
    guarantor: looks.length + WORKER_LOOKS.length + 1,
  };
  if (scene.textures.exists(ATLAS)) return cast;

  const items: Item[] = [];
  for (const w of new Set(Object.values(SLOT_WIDTH))) {
    for (let tone = 0; tone < BODY_TONES; tone++) {
      BODY_HEIGHTS.forEach((bh, tall) => items.push({ key: frameKey.body(w, tone, tall), w, h: bh, draw: (g) => buildingBody(g, w, bh, tone + tall) }));
    }
  }
  for (const b of businesses) {
    items.push({ key: frameKey.front(b.id), w: SLOT_WIDTH.shop, h: SHOPFRONT_H, draw: (g) => shopfront(g, SLOT_WIDTH.shop, b.id, b.category) });
    for (const open of [true, false]) {
      items.push({ key: frameKey.stall(b.id, open), w: SLOT_WIDTH.stall, h: STALL_H, draw: (g) => stall(g, SLOT_WIDTH.stall, STALL_H, b.id, b.category, open) });
      items.push({ key: frameKey.kerb(b.id, open), w: SLOT_WIDTH.kerb, h: STALL_H, draw: (g) => kerbSpot(g, SLOT_WIDTH.kerb, STALL_H, b.id, b.category, open) });
    }
  }
  items.push({ key: 'shutter', w: OPENING.w, h: OPENING.h, draw: (g) => shutter(g) });
  for (let bars = 1; bars <= 6; bars++) {
    for (const low of [false, true]) items.push({ key: frameKey.sign(bars, low), w: SIGN_W, h: SIGN_H, draw: (g) => priceSign(g, SIGN_W, SIGN_H, bars, low) });
  }
  all.forEach((look, i) => {
    for (const step of [0, 1] as const) items.push({ key: frameKey.person(i, step), w: PERSON_W, h: PERSON_H, draw: (g) => person(g, PERSON_W, PERSON_H, look, step) });
  });
  for (const s of ['spring', 'summer', 'autumn', 'winter']) items.push({ key: frameKey.tree(s), w: 70, h: 140, draw: (g) => tree(g, 70, 140, s) });
  items.push({ key: 'busStation', w: LANDMARK_WIDTH.busStation, h: 190, draw: (g) => busStation(g, LANDMARK_WIDTH.busStation, 190) });
  items.push({ key: 'bank', w: LANDMARK_WIDTH.bank, h: 210, draw: (g) => bank(g, LANDMARK_WIDTH.bank, 210) });
  items.push({ key: 'jobCentre', w: LANDMARK_WIDTH.jobCentre, h: 190, draw: (g) => jobCentre(g, LANDMARK_WIDTH.jobCentre, 190) });
  items.push({ key: 'home', w: LANDMARK_WIDTH.home, h: 270, draw: (g) => homeBlock(g, LANDMARK_WIDTH.home, 270) });
  items.push({ key: 'barred', w: 54, h: 46, draw: (g) => barredWindow(g, 54, 46) });
  items.push({ key: 'flag', w: 30, h: 44, draw: (g) => playerFlag(g, 30, 44) });
  items.push({ key: 'notice-overdue', w: 18, h: 24, draw: (g) => overdueNotice(g, 0, 0, 18, 24) });
  items.push({ key: 'notice-court', w: 24, h: 30, draw: (g) => courtNotice(g, 0, 0, 24, 30) });
  items.push({ key: 'lanterns', w: 140, h: 42, draw: (g) => lanterns(g, 140, 4) });
  items.push({ key: 'smoke', w: 44, h: 32, draw: (g) => smokePuff(g, 44, 32) });
  items.push({ key: 'snow', w: 5, h: 5, draw: (g) => snowflake(g, 5) });
  items.push({ key: 'marker', w: 14, h: 14, draw: (g) => playerMarker(g, 14) });

  const maxW = 4096;
  const { pos, width, height } = pack(items, maxW);
  const tex = scene.textures.createCanvas(ATLAS, width, height);
  if (!tex) throw new Error('could not create the town atlas');
  const canvas = tex.getSourceImage() as HTMLCanvasElement;
  const g = scene.make.graphics({}, false);
  for (const it of items) {
    const p = pos.get(it.key) as { x: number; y: number };
    g.clear();
    g.setScale(1);
    g.translateCanvas(p.x, p.y);
    g.scaleCanvas(RES, RES);
    it.draw(g);
    g.generateTexture(canvas, width, height);
    tex.add(it.key, 0, p.x, p.y, Math.ceil(it.w * RES), Math.ceil(it.h * RES));
  }
  tex.refresh();

  bake(scene, g, HORIZON, HORIZON_W, HORIZON_H, HORIZON_RES, (gg) => horizon(gg));
  bake(scene, g, BLOCKS, BLOCKS_W, BLOCKS_H, BLOCKS_RES, (gg) => housingBlocks(gg));
  bake(scene, g, GROUND, GROUND_TILE_W, GROUND_TILE_H, GROUND_RES, (gg) => groundTile(gg));
  g.destroy();
  return cast;
}

/** Pavement slabs, the kerb and the road, repeating along the street. */
function groundTile(g: Phaser.GameObjects.Graphics): void {
  const w = GROUND_TILE_W;
  rect(g, 0, 0, w, PAVEMENT, 0xbdb4a5);
  rect(g, 0, 0, w, 4, 0xa89f90);
  for (let y = 20; y < PAVEMENT; y += 20) rect(g, 0, y, w, 1.5, 0xaca392);
  for (let x = 0; x < w; x += 96) { rect(g, x, 0, 1.5, PAVEMENT, 0xaca392); rect(g, x + 48, 20, 1.5, 20, 0xaca392); }
  rect(g, 0, PAVEMENT, w, 8, 0x9a9081);
  rect(g, 0, PAVEMENT + 8, w, 3, 0x80776a);
  rect(g, 0, PAVEMENT + 11, w, GROUND_TILE_H - PAVEMENT - 11, 0x7b766f);
  for (let x = 10; x < w; x += 120) rect(g, x, PAVEMENT + 70, 46, 4, GREY.g2);
}

/** A small vertical gradient for the sky (the one gradient the art direction allows), redrawn per month. */
export function paintSky(scene: Phaser.Scene, top: number, bottom: number): void {
  const h = 128;
  let tex = scene.textures.exists(SKY) ? (scene.textures.get(SKY) as Phaser.Textures.CanvasTexture) : null;
  if (!tex) tex = scene.textures.createCanvas(SKY, 4, h);
  if (!tex) return;
  const ctx = tex.getContext();
  const grad = ctx.createLinearGradient(0, 0, 0, h);
  const c = (v: number) => `rgb(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255})`;
  grad.addColorStop(0, c(top));
  grad.addColorStop(1, c(bottom));
  ctx.fillStyle = grad;
  ctx.fillRect(0, 0, 4, h);
  tex.refresh();
}

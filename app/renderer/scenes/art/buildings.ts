// Buildings, stalls, landmarks and the horizon, composed from the shared shape helpers (shapes.ts).
// Each function draws one texture's worth of art in design units into a box of w x h whose bottom edge is
// the ground line. Positions of parts other code needs (door, ticket window, chimney tops) are exported.
import * as Phaser from 'phaser';
import { CATEGORY_COLOUR, GREY, OI, WALLS, shade, tint } from './palette';
import { awning, bar, circle, courtNotice, dome, groundShadow, paperNotice, poly, rect, round, star, tradeIcon } from './shapes';

type G = Phaser.GameObjects.Graphics;

export const SHOPFRONT_H = 126;
/** The shop opening a shutter covers, relative to the shopfront's top-left. */
export const OPENING = { x: 6, y: 48, w: 128, h: 78 } as const;

/** The building a slot stands in: upper floors with windows, a plain ground floor (a shopfront covers it). */
export function buildingBody(g: G, w: number, h: number, tone: number): void {
  const t = WALLS[tone % WALLS.length] as (typeof WALLS)[number];
  rect(g, 0, 0, w, h, t.wall);
  rect(g, 0, 0, w, 9, t.trim);
  rect(g, 0, 9, w, 3, t.shade);
  const floors = Math.max(1, Math.floor((h - SHOPFRONT_H - 14) / 58));
  const cols = w >= 130 ? 2 : 1;
  for (let f = 0; f < floors; f++) {
    const y = 22 + f * 58;
    for (let c = 0; c < cols; c++) {
      const ww = cols === 2 ? 40 : 46;
      const x = cols === 2 ? w * (c === 0 ? 0.27 : 0.73) - ww / 2 : w / 2 - ww / 2;
      rect(g, x - 3, y - 3, ww + 6, 40, t.trim);
      rect(g, x, y, ww, 34, 0xa7b5b9);
      rect(g, x, y, ww, 9, 0x93a2a7);
      rect(g, x + ww / 2 - 1, y, 2, 34, t.trim);
      rect(g, x - 5, y + 36, ww + 10, 4, t.shade);
      if ((tone + f + c) % 3 === 0) rect(g, x + ww + 6, y + 16, 16, 12, GREY.g2); // an air conditioner
    }
  }
  // plain ground floor with a small barred window, seen where a street stall stands in front
  const gy = h - SHOPFRONT_H;
  rect(g, 0, gy, w, 4, t.shade);
  rect(g, w * 0.3, gy + 30, w * 0.4, 34, 0x8f9da2);
  for (let i = 1; i < 5; i++) rect(g, w * 0.3 + (w * 0.4 * i) / 5 - 1, gy + 30, 2, 34, GREY.g6);
  rect(g, w - 5, 0, 5, h, t.shade, 0.7);
}

/** A shopfront of one trade: signboard with its silhouette, awning in the category's pattern, window, door. */
export function shopfront(g: G, w: number, businessId: string, category: string): void {
  const h = SHOPFRONT_H;
  rect(g, 0, 0, w, h, GREY.g5);
  // signboard: a light board with the trade's silhouette (no text)
  rect(g, 5, 4, w - 10, 30, GREY.g7);
  rect(g, 7, 6, w - 14, 26, GREY.paper);
  const cc = CATEGORY_COLOUR[category] ?? GREY.g4;
  rect(g, 7, 6, 8, 26, cc);
  rect(g, w - 15, 6, 8, 26, cc);
  tradeIcon(g, businessId, w / 2, 19, 24, GREY.ink, GREY.paper);
  awning(g, 2, 34, w - 4, 12, category);
  // window with goods on a counter
  rect(g, OPENING.x + 2, OPENING.y + 2, 78, 68, 0x5d5750);
  rect(g, OPENING.x + 4, OPENING.y + 4, 74, 64, 0xb4c2c5);
  poly(g, [OPENING.x + 4, OPENING.y + 4, OPENING.x + 30, OPENING.y + 4, OPENING.x + 4, OPENING.y + 40], 0xc7d2d4);
  rect(g, OPENING.x + 4, OPENING.y + 46, 74, 22, GREY.g4);
  rect(g, OPENING.x + 4, OPENING.y + 46, 74, 3, GREY.g6);
  tradeIcon(g, businessId, OPENING.x + 24, OPENING.y + 35, 20, GREY.g6, 0xb4c2c5);
  tradeIcon(g, businessId, OPENING.x + 58, OPENING.y + 35, 20, GREY.g6, 0xb4c2c5);
  // door with a strip curtain
  const dx = OPENING.x + 86;
  rect(g, dx, OPENING.y + 2, 40, 76, GREY.g7);
  rect(g, dx + 3, OPENING.y + 5, 34, 73, 0x4a453e);
  for (let i = 0; i < 6; i++) rect(g, dx + 5 + i * 5.3, OPENING.y + 6, 3, 70, 0xd9e0df, 0.35);
  rect(g, 0, h - 4, w, 4, GREY.g6);
}

/** A rolled-down shutter over the opening, with a closure notice taped to it. */
export function shutter(g: G): void {
  const { w, h } = OPENING;
  rect(g, 0, 0, w, h, 0x9a9790);
  rect(g, 0, 0, w, 6, GREY.g6);
  for (let y = 9; y < h - 2; y += 5) rect(g, 0, y, w, 1.6, 0x86837c);
  rect(g, w / 2 - 8, h - 6, 16, 4, GREY.g7); // the lock
  paperNotice(g, w * 0.62, 16, 24, 30);
  paperNotice(g, w * 0.2, 24, 18, 22);
}

/** A street stall: a cart under an umbrella with the trade's silhouette on it. */
export function stall(g: G, w: number, h: number, businessId: string, category: string, open: boolean): void {
  const cx = w / 2;
  groundShadow(g, cx, h - 1, w * 0.8);
  if (open) {
    rect(g, cx - 1.5, 26, 3, h - 50, GREY.g7);
    dome(g, cx, 36, w - 14, 22, CATEGORY_COLOUR[category] ?? GREY.g4);
    awning(g, 7, 34, w - 14, 8, category);
    rect(g, 12, h - 48, w - 24, 5, GREY.g7);
    tradeIcon(g, businessId, cx, h - 66, 34, GREY.ink, GREY.g2);
  } else {
    // umbrella folded, cart under a tied tarpaulin with a notice
    poly(g, [cx - 1.5, 20, cx + 1.5, 20, cx + 5, 44, cx, 64, cx - 5, 44], tint(shade(CATEGORY_COLOUR[category] ?? GREY.g4, 0.3), 0.4));
    rect(g, cx - 1.5, 60, 3, h - 80, GREY.g7);
    round(g, 10, h - 66, w - 20, 50, 12, 0x7f8b8e);
    rect(g, 10, h - 40, w - 20, 3, 0x68757a);
    rect(g, 30, h - 66, 3, 48, 0x68757a);
    rect(g, w - 33, h - 66, 3, 48, 0x68757a);
    paperNotice(g, cx - 9, h - 60, 18, 22);
  }
  rect(g, 16, h - 43, w - 32, 24, open ? GREY.g3 : 0x6a777b);
  rect(g, 16, h - 24, w - 32, 3, GREY.g5);
  circle(g, 28, h - 9, 8, GREY.ink);
  circle(g, 28, h - 9, 3, GREY.g3);
  circle(g, w - 28, h - 9, 8, GREY.ink);
  circle(g, w - 28, h - 9, 3, GREY.g3);
}

/** Trades that work from the kerb: a parked motorbike taxi, or a renovation crew's ladder and tools. */
export function kerbSpot(g: G, w: number, h: number, businessId: string, category: string, open: boolean): void {
  // a post with a small board showing the trade
  const px = w - 14;
  rect(g, px - 1.5, h - 100, 3, 100, GREY.g7);
  rect(g, px - 14, h - 118, 28, 26, GREY.g7);
  rect(g, px - 12, h - 116, 24, 22, GREY.paper);
  rect(g, px - 12, h - 116, 24, 3, CATEGORY_COLOUR[category] ?? GREY.g4);
  tradeIcon(g, businessId, px, h - 104, 17, GREY.ink, GREY.paper);
  if (!open) {
    paperNotice(g, px - 9, h - 84, 18, 22);
    for (let i = 0; i < 3; i++) rect(g, 10 + i * 26, h - 3, 14, 2, GREY.g1, 0.8); // an empty painted bay
    return;
  }
  if (businessId === 'motorbikeTaxi') {
    groundShadow(g, 40, h - 1, 64);
    tradeIcon(g, 'motorbikeTaxi', 40, h - 30, 62, GREY.g7, GREY.g3);
    round(g, 20, h - 45, 22, 6, 2, shade(OI.yellow, 0.15)); // the seat cover in the category colour
  } else {
    // a ladder against the wall, a bucket and a roller
    bar(g, 14, h, 34, h - 110, 4, GREY.g6);
    bar(g, 30, h, 50, h - 110, 4, GREY.g6);
    for (let i = 1; i < 7; i++) { const t = i / 7; bar(g, 14 + 20 * t, h - 110 * t, 30 + 20 * t, h - 110 * t, 2.5, GREY.g6); }
    groundShadow(g, 62, h - 1, 30);
    poly(g, [52, h - 26, 72, h - 26, 70, h, 54, h], GREY.g2);
    rect(g, 52, h - 26, 20, 4, shade(OI.vermillion, 0.1));
    // a paint roller leaning on the bucket
    bar(g, 60, h - 24, 44, h - 62, 2.4, GREY.g7);
    round(g, 34, h - 70, 20, 9, 3, GREY.g7);
    rect(g, 36, h - 67, 16, 1.5, GREY.g3);
  }
}

// ---------------------------------------------------------------- landmarks

export const BUS_TICKET_WINDOW = { x: 150, y: 96, w: 54, h: 46 } as const;
export const HOME_DOOR = { x: 78, y: 196, w: 38, h: 74 } as const;

export function busStation(g: G, w: number, h: number): void {
  rect(g, 16, 56, w - 32, h - 56, 0xd2cabb);
  rect(g, 16, 56, w - 32, 6, 0xb9ae9c);
  rect(g, 0, 44, w, 14, GREY.g6);
  rect(g, 0, 58, w, 3, GREY.g7);
  // clock over the entrance
  circle(g, 65, 84, 13, GREY.g7);
  circle(g, 65, 84, 10.5, GREY.paper);
  bar(g, 65, 84, 65, 76, 1.8, GREY.ink);
  bar(g, 65, 84, 71, 87, 1.8, GREY.ink);
  // entrance
  rect(g, 40, 104, 52, h - 104, GREY.g7);
  rect(g, 44, 108, 20, h - 108, 0x9fb0b5);
  rect(g, 68, 108, 20, h - 108, 0x9fb0b5);
  // ticket window with a counter
  const tw = BUS_TICKET_WINDOW;
  rect(g, tw.x - 4, tw.y - 4, tw.w + 8, tw.h + 8, GREY.g6);
  rect(g, tw.x, tw.y, tw.w, tw.h, 0xaebcc0);
  circle(g, tw.x + tw.w / 2, tw.y + tw.h * 0.55, 7, GREY.g5);
  rect(g, tw.x - 8, tw.y + tw.h + 4, tw.w + 16, 6, GREY.g5);
  // the bus-stop sign: a round plate with a bus on a pole
  rect(g, w - 22, 70, 3, h - 70, GREY.g7);
  circle(g, w - 20.5, 70, 15, GREY.g7);
  circle(g, w - 20.5, 70, 12.5, GREY.paper);
  busIcon(g, w - 20.5, 70, 18, GREY.ink, GREY.paper);
  groundShadow(g, w / 2, h - 1, w * 0.9);
}

export function busIcon(g: G, cx: number, cy: number, s: number, c: number, d: number): void {
  const u = s / 20;
  round(g, cx - 9 * u, cy - 6 * u, 18 * u, 10 * u, 2 * u, c);
  for (let i = 0; i < 3; i++) rect(g, cx - 7.5 * u + i * 5.2 * u, cy - 4.5 * u, 4 * u, 3.5 * u, d);
  circle(g, cx - 5 * u, cy + 5 * u, 2.2 * u, c);
  circle(g, cx + 5 * u, cy + 5 * u, 2.2 * u, c);
}

/** Bars and a plank over the ticket window: the defaulters' list bars the player from trains. */
export function barredWindow(g: G, w: number, h: number): void {
  for (let x = 4; x < w - 2; x += 8) rect(g, x, 0, 3, h, GREY.g7);
  bar(g, 0, h * 0.3, w, h * 0.7, 6, 0x8a7a63);
  courtNotice(g, w * 0.28, h * 0.12, w * 0.44, h * 0.62);
}

export function bank(g: G, w: number, h: number): void {
  rect(g, 6, h - 8, w - 12, 8, GREY.g4);
  rect(g, 12, h - 15, w - 24, 7, GREY.g3);
  rect(g, 16, h - 21, w - 32, 6, GREY.g2);
  rect(g, 18, 62, w - 36, h - 83, GREY.g1);
  poly(g, [8, 62, w / 2, 22, w - 8, 62], GREY.g3);
  rect(g, 8, 60, w - 16, 6, GREY.g4);
  // an old round coin with a square hole: money, without words
  circle(g, w / 2, 46, 11, GREY.g6);
  rect(g, w / 2 - 3.5, 42.5, 7, 7, GREY.g3);
  for (const x of [30, 62, w - 74, w - 42]) {
    rect(g, x, 70, 12, h - 91, GREY.paper);
    rect(g, x + 8, 70, 4, h - 91, GREY.g2);
    rect(g, x - 2, 66, 16, 5, GREY.g3);
  }
  rect(g, w / 2 - 14, h - 84, 28, 63, GREY.g7);
  rect(g, w / 2 - 1, h - 84, 2, 63, GREY.g5);
  groundShadow(g, w / 2, h - 1, w * 0.9);
}

export function jobCentre(g: G, w: number, h: number): void {
  rect(g, 0, 34, w, h - 34, 0xd3cbbd);
  rect(g, 0, 30, w, 8, GREY.g5);
  for (let i = 0; i < 4; i++) {
    rect(g, 12 + i * 51, 52, 42, 30, GREY.g4);
    rect(g, 14 + i * 51, 54, 38, 26, 0xa7b5b9);
  }
  // a briefcase over the door: work, without words
  round(g, 142, 92, 36, 22, 3, GREY.g6);
  rect(g, 154, 87, 12, 6, GREY.g6);
  rect(g, 157, 89, 6, 3, 0xd3cbbd);
  rect(g, 142, 101, 36, 2, 0xd3cbbd);
  rect(g, 134, 120, 54, h - 120, GREY.g7);
  rect(g, 138, 124, 22, h - 124, 0x9fb0b5);
  rect(g, 162, 124, 22, h - 124, 0x9fb0b5);
  // the notice board of job offers outside
  rect(g, 24, h - 40, 4, 40, GREY.g6);
  rect(g, 96, h - 40, 4, 40, GREY.g6);
  rect(g, 16, h - 92, 92, 56, GREY.g6);
  rect(g, 19, h - 89, 86, 50, 0xb79c72);
  const papers: [number, number, number, number][] = [[24, 84, 20, 24], [48, 86, 16, 20], [68, 82, 22, 26], [26, 56, 18, 14], [50, 60, 24, 18], [80, 54, 18, 12]];
  for (const [x, y, pw, ph] of papers) paperNotice(g, x, h - y, pw, ph);
  groundShadow(g, w / 2, h - 1, w * 0.9);
}

/** The player's housing block: five storeys, a stairwell door, one window with the household's blue curtain. */
export function homeBlock(g: G, w: number, h: number): void {
  rect(g, 0, 16, w, h - 16, 0xcfc3b0);
  rect(g, 0, 12, w, 8, 0xa99d8b);
  for (let f = 0; f < 4; f++) {
    for (let c = 0; c < 3; c++) {
      const x = 18 + c * 58;
      const y = 32 + f * 42;
      rect(g, x - 3, y - 3, 42, 32, 0xb0a48f);
      rect(g, x, y, 36, 26, 0xa7b5b9);
      rect(g, x - 5, y + 28, 46, 6, 0xb9ad98);
      if (f === 2 && c === 0) { rect(g, x, y, 12, 26, OI.blue); rect(g, x + 24, y, 12, 26, OI.blue); }
    }
  }
  const d = HOME_DOOR;
  rect(g, d.x - 10, d.y - 12, d.w + 20, 8, GREY.g6);
  rect(g, d.x - 3, d.y - 3, d.w + 6, d.h + 3, GREY.g6);
  rect(g, d.x, d.y, d.w, d.h, 0x6e665c);
  rect(g, d.x + d.w - 8, d.y + d.h / 2, 4, 4, GREY.g2);
  // mailboxes and a bicycle by the wall
  rect(g, 20, h - 60, 40, 26, GREY.g4);
  for (let i = 0; i < 4; i++) rect(g, 22 + i * 9.5, h - 57, 8, 9, GREY.g3);
  circle(g, 150, h - 11, 10, GREY.g7); circle(g, 150, h - 11, 7, 0xcfc3b0);
  circle(g, 176, h - 11, 10, GREY.g7); circle(g, 176, h - 11, 7, 0xcfc3b0);
  bar(g, 150, h - 11, 162, h - 26, 2.5, GREY.g7);
  bar(g, 162, h - 26, 176, h - 11, 2.5, GREY.g7);
  bar(g, 158, h - 30, 166, h - 30, 3, GREY.g7);
  groundShadow(g, w / 2, h - 1, w * 0.9);
}

// ---------------------------------------------------------------- the horizon and the blocks behind

export const HORIZON_W = 1600;
export const HORIZON_H = 330;
/** Chimney tops in the horizon texture (for smoke puffs). */
export const CHIMNEY_TOPS: readonly { x: number; y: number }[] = [{ x: 211, y: 36 }, { x: 271, y: 78 }];

export function horizon(g: G): void {
  const w = HORIZON_W;
  const h = HORIZON_H;
  const far = 0xc5cbcb;
  const mid = 0xa9b1b4;
  const near = 0x9aa3a7;
  const hills: number[] = [0, h];
  for (let x = 0; x <= w; x += 40) hills.push(x, h - 70 - Math.sin(x / 210) * 26 - Math.sin(x / 90 + 1) * 10);
  hills.push(w, h);
  poly(g, hills, far);
  // steel mill: sawtooth sheds, a blast furnace, two chimneys
  rect(g, 120, h - 110, 420, 110, mid);
  for (let x = 120; x < 540; x += 42) poly(g, [x, h - 110, x + 42, h - 110, x + 42, h - 136], mid);
  rect(g, 200, 36, 22, h - 36, near);
  rect(g, 198, 36, 26, 8, shade(near, 0.1));
  rect(g, 200, 62, 22, 8, tint(near, 0.35));
  rect(g, 262, 78, 18, h - 78, near);
  rect(g, 262, 100, 18, 7, tint(near, 0.35));
  rect(g, 420, 120, 46, h - 120, near);
  dome(g, 443, 120, 46, 18, near);
  bar(g, 443, 112, 520, 170, 7, near);
  bar(g, 520, 170, 520, h - 110, 7, near);
  // a cooling tower
  poly(g, [700, h, 712, h - 90, 704, h - 150, 774, h - 150, 766, h - 90, 778, h], mid);
  // the mine headframe: an A-frame with its winding wheel, the winding house and a coal heap
  const hx = 1180;
  bar(g, hx - 40, h, hx, h - 200, 7, near);
  bar(g, hx + 40, h, hx, h - 200, 7, near);
  bar(g, hx + 4, h, hx + 4, h - 200, 5, near);
  for (let i = 1; i < 5; i++) bar(g, hx - 40 + i * 8, h - i * 40, hx + 40 - i * 8, h - i * 40, 4, near);
  g.lineStyle(6, near, 1).strokeCircle(hx, h - 212, 22);
  circle(g, hx, h - 212, 4, near);
  rect(g, hx + 50, h - 90, 110, 90, mid);
  poly(g, [hx + 44, h - 90, hx + 105, h - 120, hx + 166, h - 90], mid);
  dome(g, 1440, h, 160, 50, shade(mid, 0.12));
}

export const BLOCKS_W = 1500;
export const BLOCKS_H = 290;

/** Housing blocks behind the street (tiles horizontally). */
export function housingBlocks(g: G): void {
  const h = BLOCKS_H;
  const tones = [0xcdc4b6, 0xc4bbad, 0xd4cbbc];
  let x = 10;
  let i = 0;
  while (x < BLOCKS_W - 150) {
    const bw = 150 + ((i * 53) % 80);
    const bh = 170 + ((i * 71) % 110);
    const c = tones[i % 3] as number;
    rect(g, x, h - bh, bw, bh, c);
    rect(g, x, h - bh, bw, 6, shade(c, 0.12));
    if (i % 2 === 0) { rect(g, x + bw * 0.6, h - bh - 16, 24, 16, shade(c, 0.18)); rect(g, x + bw * 0.6 + 4, h - bh - 22, 16, 6, shade(c, 0.18)); }
    const cols = Math.floor((bw - 16) / 26);
    for (let r = 0; r * 30 + 22 < bh - 20; r++) {
      for (let k = 0; k < cols; k++) rect(g, x + 12 + k * 26, h - bh + 18 + r * 30, 14, 14, (r + k + i) % 5 === 0 ? 0xb9c3c3 : shade(c, 0.16));
    }
    x += bw + 26 + ((i * 37) % 30);
    i++;
  }
}

/** A street tree in a season (a plain canopy; bare branches in winter). */
export function tree(g: G, w: number, h: number, season: string): void {
  const cx = w / 2;
  groundShadow(g, cx, h - 1, 30);
  rect(g, cx - 3, h - 70, 6, 70, GREY.g6);
  rect(g, cx - 10, h - 6, 20, 6, GREY.g5);
  if (season === 'winter') {
    bar(g, cx, h - 66, cx - 20, h - 104, 3, GREY.g6);
    bar(g, cx, h - 72, cx + 18, h - 112, 3, GREY.g6);
    bar(g, cx, h - 70, cx + 2, h - 122, 3, GREY.g6);
    bar(g, cx - 12, h - 88, cx - 24, h - 94, 2, GREY.g6);
    bar(g, cx + 10, h - 92, cx + 24, h - 96, 2, GREY.g6);
    return;
  }
  const c = season === 'spring' ? 0x9fb880 : season === 'summer' ? 0x6f9163 : 0xc39a5c;
  circle(g, cx - 14, h - 92, 20, shade(c, 0.1));
  circle(g, cx + 14, h - 94, 20, shade(c, 0.1));
  circle(g, cx, h - 110, 24, c);
  circle(g, cx - 6, h - 96, 18, c);
  if (season === 'spring') for (const [x, y] of [[-12, -100], [10, -112], [4, -90], [-4, -120], [16, -96]]) circle(g, cx + (x as number), h + (y as number), 2.6, 0xe9d6da);
}

export function smokePuff(g: G, w: number, h: number): void {
  circle(g, w * 0.35, h * 0.6, h * 0.32, 0xe8e6e1, 0.9);
  circle(g, w * 0.6, h * 0.45, h * 0.38, 0xefece7, 0.9);
  circle(g, w * 0.75, h * 0.65, h * 0.26, 0xe3e0da, 0.9);
}

export function snowflake(g: G, w: number): void {
  circle(g, w / 2, w / 2, w / 2, 0xffffff, 0.95);
}

/** A small blue star marker over the player's own figure. */
export function playerMarker(g: G, w: number): void {
  circle(g, w / 2, w / 2, w / 2, 0xffffff);
  star(g, w / 2, w / 2 + 0.5, w * 0.42, OI.blue);
}

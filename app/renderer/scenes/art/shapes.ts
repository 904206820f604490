// The one set of shape helpers the town is drawn with: flat vector shapes in a few tones, soft shadows as a
// darker tone, no outlines and no text. Everything is drawn in design units into a Phaser Graphics and baked
// into textures once (see textures.ts), so 300+ stalls and people cost one image each per frame.
import * as Phaser from 'phaser';
import { CATEGORY_COLOUR, GREY, OI, OVERALLS, shade, tint } from './palette';

type G = Phaser.GameObjects.Graphics;

// ---------------------------------------------------------------- primitives

export function rect(g: G, x: number, y: number, w: number, h: number, c: number, a = 1): void {
  g.fillStyle(c, a).fillRect(x, y, w, h);
}

export function round(g: G, x: number, y: number, w: number, h: number, r: number, c: number, a = 1): void {
  g.fillStyle(c, a).fillRoundedRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

export function circle(g: G, x: number, y: number, r: number, c: number, a = 1): void {
  g.fillStyle(c, a).fillCircle(x, y, r);
}

export function ellipse(g: G, x: number, y: number, w: number, h: number, c: number, a = 1): void {
  g.fillStyle(c, a).fillEllipse(x, y, w, h, 24);
}

/** A filled polygon from a flat list of coordinates [x0, y0, x1, y1, ...]. */
export function poly(g: G, pts: readonly number[], c: number, a = 1): void {
  const v: Phaser.Math.Vector2[] = [];
  for (let i = 0; i + 1 < pts.length; i += 2) v.push(new Phaser.Math.Vector2(pts[i], pts[i + 1]));
  g.fillStyle(c, a).fillPoints(v, true, true);
}

/** A thick straight bar from (x0,y0) to (x1,y1), drawn as a polygon so it bakes the same in both renderers. */
export function bar(g: G, x0: number, y0: number, x1: number, y1: number, width: number, c: number, a = 1): void {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * (width / 2);
  const ny = (dx / len) * (width / 2);
  poly(g, [x0 + nx, y0 + ny, x1 + nx, y1 + ny, x1 - nx, y1 - ny, x0 - nx, y0 - ny], c, a);
}

/** Upper half of an ellipse (a dome), flat side down at y. */
export function dome(g: G, cx: number, y: number, w: number, h: number, c: number): void {
  const pts: number[] = [];
  for (let i = 0; i <= 16; i++) {
    const t = Math.PI + (i / 16) * Math.PI;
    pts.push(cx + Math.cos(t) * (w / 2), y + Math.sin(t) * h);
  }
  poly(g, pts, c);
}

/** A five-pointed star (the player's mark). */
export function star(g: G, cx: number, cy: number, r: number, c: number): void {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * 0.45;
    const t = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(cx + Math.cos(t) * rr, cy + Math.sin(t) * rr);
  }
  poly(g, pts, c);
}

/** A soft ground shadow: a flat darker ellipse. */
export function groundShadow(g: G, cx: number, y: number, w: number): void {
  ellipse(g, cx, y, w, Math.max(3, w * 0.14), GREY.ink, 0.16);
}

// ---------------------------------------------------------------- business silhouettes

/**
 * The silhouette that names a trade without colour or words: drawn in `c` with small details in `d`,
 * centred at (cx, cy) inside a square of side `s`.
 */
export function tradeIcon(g: G, id: string, cx: number, cy: number, s: number, c: number, d: number): void {
  const u = s / 40; // icons are designed on a 40-unit square
  const X = (v: number) => cx + (v - 20) * u;
  const Y = (v: number) => cy + (v - 20) * u;
  switch (id) {
    case 'breakfastStall': { // a stack of bamboo steamer baskets with a domed lid
      for (let i = 0; i < 3; i++) {
        round(g, X(6 - i * 0.5), Y(30 - i * 8), 28 * u + i * u, 8 * u, 2 * u, c);
        rect(g, X(8), Y(33 - i * 8), 24 * u, 1.2 * u, d);
      }
      dome(g, X(20), Y(14), 26 * u, 8 * u, c);
      round(g, X(18), Y(3.5), 4 * u, 3 * u, 1 * u, c);
      break;
    }
    case 'noodleShop': { // a bowl with chopsticks
      bar(g, X(12), Y(2), X(30), Y(20), 2.2 * u, c);
      bar(g, X(17), Y(1), X(33), Y(19), 2.2 * u, c);
      rect(g, X(3), Y(18), 34 * u, 3 * u, c);
      g.fillStyle(c, 1).slice(X(20), Y(21), 16 * u, 0, Math.PI, false).fillPath();
      rect(g, X(14), Y(34), 12 * u, 3 * u, c);
      rect(g, X(9), Y(24), 22 * u, 1.4 * u, d);
      break;
    }
    case 'smallGrocery': { // crates with produce on top
      const crate = (x: number, y: number) => {
        rect(g, X(x), Y(y), 16 * u, 12 * u, c);
        rect(g, X(x + 1.5), Y(y + 3.5), 13 * u, 1.3 * u, d);
        rect(g, X(x + 1.5), Y(y + 7.5), 13 * u, 1.3 * u, d);
      };
      crate(3, 27); crate(21, 27); crate(12, 14);
      circle(g, X(15), Y(11), 3.2 * u, c); circle(g, X(21), Y(10), 3.4 * u, c); circle(g, X(26), Y(11.5), 3 * u, c);
      break;
    }
    case 'hairSalon': { // a barber pole
      circle(g, X(20), Y(5), 4 * u, c);
      rect(g, X(14), Y(8), 12 * u, 3 * u, c);
      rect(g, X(15.5), Y(11), 9 * u, 22 * u, c);
      for (let i = 0; i < 4; i++) poly(g, [X(15.5), Y(15 + i * 5.5), X(24.5), Y(11 + i * 5.5), X(24.5), Y(13.2 + i * 5.5), X(15.5), Y(17.2 + i * 5.5)], d);
      rect(g, X(14), Y(33), 12 * u, 3 * u, c);
      rect(g, X(17), Y(36), 6 * u, 3 * u, c);
      break;
    }
    case 'tailoringRepairs': { // a sewing machine in profile
      rect(g, X(2), Y(32), 36 * u, 5 * u, c);
      rect(g, X(27), Y(12), 8 * u, 20 * u, c);
      round(g, X(6), Y(8), 31 * u, 8 * u, 3 * u, c);
      rect(g, X(7), Y(14), 7 * u, 9 * u, c);
      rect(g, X(9.5), Y(23), 2 * u, 6 * u, c);
      circle(g, X(37), Y(19), 5 * u, c);
      circle(g, X(37), Y(19), 2 * u, d);
      rect(g, X(15), Y(11), 10 * u, 1.4 * u, d);
      break;
    }
    case 'motorbikeTaxi': { // a small motorbike
      circle(g, X(8), Y(30), 7 * u, c); circle(g, X(8), Y(30), 3 * u, d);
      circle(g, X(32), Y(30), 7 * u, c); circle(g, X(32), Y(30), 3 * u, d);
      poly(g, [X(8), Y(28), X(14), Y(19), X(26), Y(19), X(33), Y(28), X(27), Y(29), X(22), Y(25), X(15), Y(25), X(11), Y(29)], c);
      round(g, X(12), Y(15), 13 * u, 4.5 * u, 2 * u, c);
      bar(g, X(27), Y(21), X(30), Y(9), 2.4 * u, c);
      rect(g, X(26), Y(7.5), 8 * u, 2.4 * u, c);
      circle(g, X(33), Y(14), 2.4 * u, c);
      break;
    }
    case 'phoneRepair': { // a mobile phone and a screwdriver
      round(g, X(9), Y(3), 17 * u, 32 * u, 3 * u, c);
      rect(g, X(11.5), Y(7), 12 * u, 21 * u, d);
      circle(g, X(17.5), Y(31), 1.8 * u, d);
      bar(g, X(28), Y(37), X(36), Y(15), 2.2 * u, c);
      bar(g, X(25.5), Y(38.5), X(29), Y(31), 4.5 * u, c);
      break;
    }
    case 'renovationCrew': { // a paint roller and a step ladder
      bar(g, X(22), Y(38), X(29), Y(3), 2.4 * u, c);
      bar(g, X(36), Y(38), X(29), Y(3), 2.4 * u, c);
      for (let i = 0; i < 3; i++) rect(g, X(24 + i * 1.3), Y(28 - i * 8), (10 - i * 2.6) * u, 1.8 * u, c);
      round(g, X(2), Y(6), 15 * u, 7 * u, 2 * u, c);
      rect(g, X(4), Y(8.5), 11 * u, 1.2 * u, d);
      rect(g, X(8.5), Y(13), 2 * u, 8 * u, c);
      rect(g, X(8.5), Y(19), 2 * u, 19 * u, c);
      round(g, X(7), Y(28), 5 * u, 10 * u, 1.5 * u, c);
      break;
    }
    case 'buildingMaterials': { // a stack of bricks
      const brick = (x: number, y: number) => { rect(g, X(x), Y(y), 11 * u, 6 * u, c); rect(g, X(x), Y(y + 4.8), 11 * u, 1.2 * u, d); };
      for (let i = 0; i < 3; i++) brick(2 + i * 12, 31);
      for (let i = 0; i < 2; i++) brick(8 + i * 12, 24);
      brick(14, 17);
      rect(g, X(12), Y(9), 15 * u, 6 * u, c);
      break;
    }
    default: { // any other trade: a plain market crate
      rect(g, X(6), Y(16), 28 * u, 20 * u, c);
      rect(g, X(8), Y(24), 24 * u, 1.5 * u, d);
    }
  }
}

/** The awning/umbrella pattern of each category, so the category shows in shape as well as in colour. */
export function awning(g: G, x: number, y: number, w: number, h: number, category: string, faded = false): void {
  const base = CATEGORY_COLOUR[category] ?? GREY.g4;
  const c = faded ? tint(shade(base, 0.25), 0.45) : base;
  const light = faded ? GREY.g1 : GREY.paper;
  rect(g, x, y, w, h, c);
  switch (category) {
    case 'food': // wide stripes
      for (let i = 0; i * 14 < w; i += 2) rect(g, x + i * 14, y, Math.min(14, w - i * 14), h, light);
      break;
    case 'services': // scalloped edge
      for (let sx = x; sx < x + w - 1; sx += 14) g.fillStyle(c, 1).slice(sx + 7, y + h, 7, 0, Math.PI, false).fillPath();
      break;
    case 'retail': // a light band along the front
      rect(g, x, y + h * 0.55, w, h * 0.2, light);
      break;
    case 'transport': // a zig-zag edge
      for (let sx = x; sx < x + w - 1; sx += 12) poly(g, [sx, y + h, sx + 12, y + h, sx + 6, y + h + 6], c);
      break;
    case 'construction': // diagonal hazard bars
      for (let sx = x - h; sx < x + w; sx += 16) poly(g, [Math.max(x, sx), y + h, Math.max(x, sx + 7), y + h, Math.min(x + w, sx + 7 + h), y, Math.min(x + w, sx + h), y], light);
      break;
    default:
  }
  rect(g, x, y + h - 2, w, 2, shade(c, 0.25));
}

// ---------------------------------------------------------------- notices and signs

/** A plain paper notice: a closure or "to let" notice on a shutter. */
export function paperNotice(g: G, x: number, y: number, w: number, h: number): void {
  rect(g, x + 1.5, y + 1.5, w, h, GREY.ink, 0.18);
  rect(g, x, y, w, h, GREY.paper);
  for (let i = 0; i < 4; i++) rect(g, x + w * 0.15, y + h * (0.22 + i * 0.17), w * (i === 3 ? 0.4 : 0.7), Math.max(1.2, h * 0.06), GREY.g4);
}

/** An overdue notice: paper with a vermillion band and a warning triangle (shape, not colour alone). */
export function overdueNotice(g: G, x: number, y: number, w: number, h: number): void {
  rect(g, x + 1.5, y + 1.5, w, h, GREY.ink, 0.18);
  rect(g, x, y, w, h, GREY.paper);
  rect(g, x, y, w, h * 0.2, OI.vermillion);
  poly(g, [x + w / 2, y + h * 0.3, x + w * 0.82, y + h * 0.78, x + w * 0.18, y + h * 0.78], GREY.ink);
  rect(g, x + w / 2 - w * 0.05, y + h * 0.44, w * 0.1, h * 0.18, OI.yellow);
  rect(g, x + w / 2 - w * 0.05, y + h * 0.66, w * 0.1, h * 0.07, OI.yellow);
}

/** A court notice (the defaulters' list): paper with lines and a round seal. */
export function courtNotice(g: G, x: number, y: number, w: number, h: number): void {
  rect(g, x + 1.5, y + 1.5, w, h, GREY.ink, 0.18);
  rect(g, x, y, w, h, GREY.paper);
  rect(g, x + w * 0.2, y + h * 0.1, w * 0.6, h * 0.07, GREY.ink);
  for (let i = 0; i < 4; i++) rect(g, x + w * 0.12, y + h * (0.26 + i * 0.12), w * 0.76, Math.max(1, h * 0.035), GREY.g5);
  circle(g, x + w * 0.68, y + h * 0.8, w * 0.16, OI.vermillion);
  circle(g, x + w * 0.68, y + h * 0.8, w * 0.09, GREY.paper);
}

/** A price sign on the pavement: a small board whose bars, rising left to right like a meter, show the price
 * (5 bars = the price before the layoffs; fewer = cheaper). Lowered (struggling): the board is set down on the
 * pavement instead of standing on its legs. A chevron points down when the price is below normal. */
export function priceSign(g: G, w: number, h: number, bars: number, lowered: boolean): void {
  // Big enough to read at 1280x720: six thick bars (five = the price before the layoffs) and a large
  // down-pointing mark when the price has fallen; a struggling stall's sign stands lowered on the ground.
  const bw = 46;
  const bh = 34;
  const x = (w - bw) / 2;
  const y = lowered ? h - bh - 1 : h - bh - 32;
  if (!lowered) {
    bar(g, x + 5, y + bh - 2, x + 1, h, 3, GREY.g6);
    bar(g, x + bw - 5, y + bh - 2, x + bw - 1, h, 3, GREY.g6);
  }
  groundShadow(g, w / 2, h - 1, bw + 6);
  rect(g, x + 1.5, y + 1.5, bw, bh, GREY.ink, 0.2);
  rect(g, x, y, bw, bh, GREY.g7);
  rect(g, x + 2, y + 2, bw - 4, bh - 4, GREY.paper);
  const base = y + bh - 4;
  const x0 = bars < 5 ? x + 13 : x + 6;
  const step = bars < 5 ? 5.2 : 5.8;
  for (let i = 0; i < 6; i++) {
    const bhh = 4 + i * 4;
    rect(g, x0 + i * step, base - bhh, step - 1.6, bhh, i < bars ? GREY.ink : GREY.g2);
  }
  if (bars < 5) {
    // a thick down arrow: shaft and head
    rect(g, x + 5.5, y + 5, 3, 12, OI.vermillion);
    poly(g, [x + 2, y + 15, x + 12, y + 15, x + 7, y + 23], OI.vermillion);
  }
}

/** The player's mark: a blue pennant with a white star on a short pole. */
export function playerFlag(g: G, w: number, h: number): void {
  rect(g, 3, 2, 3, h - 2, GREY.g7);
  circle(g, 4.5, 3, 3, GREY.g7);
  poly(g, [6, 5, w, 5 + (h * 0.42) / 2, 6, 5 + h * 0.42], OI.blue);
  star(g, 6 + (w - 6) * 0.33, 5 + (h * 0.42) / 2, h * 0.13, 0xffffff);
}

/** Spring Festival lanterns on a rope between two points. */
export function lanterns(g: G, w: number, n: number): void {
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    const sag = Math.sin(t * Math.PI) * 8;
    rect(g, t * (w - 2), 2 + sag, 2, 1.5, GREY.g6);
  }
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n;
    const x = t * w;
    const y = 4 + Math.sin(t * Math.PI) * 8;
    rect(g, x - 0.6, y, 1.2, 4, GREY.g6);
    ellipse(g, x, y + 12, 15, 13, OI.vermillion);
    rect(g, x - 4, y + 4, 8, 2.4, shade(OI.yellow, 0.3));
    rect(g, x - 4, y + 18.5, 8, 2.4, shade(OI.yellow, 0.3));
    rect(g, x - 0.8, y + 21, 1.6, 6, shade(OI.yellow, 0.2));
    rect(g, x - 0.7, y + 7, 1.4, 10, shade(OI.vermillion, 0.2));
  }
}

// ---------------------------------------------------------------- people

export type PersonKind = 'adult' | 'elder' | 'child' | 'worker' | 'player' | 'guarantor';

export interface PersonLook {
  kind: PersonKind;
  height: number;
  skin: number;
  top: number;
  legs: number;
  hair: number;
  longHair: boolean;
  bag: boolean;
}

/**
 * A simple standing or walking figure facing right, feet on the bottom of a w x h box.
 * `step` 0 = feet together, 1 = mid-stride.
 */
export function person(g: G, w: number, h: number, p: PersonLook, step: 0 | 1): void {
  const H = p.height;
  const cx = w / 2;
  const foot = h - 1;
  const headR = p.kind === 'child' ? H * 0.13 : H * 0.095;
  const bend = p.kind === 'elder' ? H * 0.05 : 0;
  const hip = foot - H * 0.46;
  const shoulder = foot - H * 0.79;
  const bodyW = p.kind === 'child' ? H * 0.3 : H * 0.27;
  groundShadow(g, cx, foot, H * 0.42);
  // legs
  const lw = H * 0.085;
  if (step === 0) {
    rect(g, cx - lw - 0.6, hip, lw, foot - hip, p.legs);
    rect(g, cx + 0.6, hip, lw, foot - hip, shade(p.legs, 0.12));
  } else {
    bar(g, cx - lw / 2, hip + 1, cx - H * 0.12, foot - 0.5, lw, shade(p.legs, 0.12));
    bar(g, cx + lw / 2, hip + 1, cx + H * 0.13, foot - 0.5, lw, p.legs);
  }
  // shoes
  rect(g, (step === 0 ? cx - lw - 0.6 : cx - H * 0.12 - lw / 2), foot - 2.2, lw + 2, 2.2, GREY.ink);
  rect(g, (step === 0 ? cx + 0.6 : cx + H * 0.13 - lw / 2), foot - 2.2, lw + 2, 2.2, GREY.ink);
  // body (a coat for the guarantor reaches the knees)
  const coatEnd = p.kind === 'guarantor' ? foot - H * 0.26 : hip + H * 0.04;
  round(g, cx - bodyW / 2 + bend, shoulder, bodyW, coatEnd - shoulder, H * 0.06, p.top);
  if (p.kind === 'worker') { // overall straps and a pocket
    rect(g, cx - bodyW / 2 + bend + 1.5, shoulder + 1, 1.6, H * 0.22, shade(p.top, 0.25));
    rect(g, cx + bodyW / 2 + bend - 3.1, shoulder + 1, 1.6, H * 0.22, shade(p.top, 0.25));
    rect(g, cx - bodyW * 0.2 + bend, shoulder + H * 0.2, bodyW * 0.4, H * 0.08, shade(p.top, 0.2));
  }
  // arm (the near one), swinging with the step
  const armX = cx + bend + (step === 1 ? H * 0.04 : 0);
  bar(g, armX, shoulder + 2, armX + (step === 1 ? H * 0.06 : H * 0.02), shoulder + H * 0.3, H * 0.075, shade(p.top, 0.15));
  if (p.kind === 'elder') bar(g, cx + H * 0.2, foot, cx + H * 0.1, shoulder + H * 0.33, 1.6, GREY.g6); // a walking stick
  if (p.bag) round(g, armX - H * 0.02, shoulder + H * 0.28, H * 0.14, H * 0.13, 1.5, p.kind === 'guarantor' ? GREY.g7 : shade(p.top, 0.35));
  // head and hair
  const hx = cx + bend * 1.4;
  const hy = shoulder - headR * 1.05;
  rect(g, hx - headR * 0.35, shoulder - headR * 0.4, headR * 0.7, headR * 0.6, p.skin);
  circle(g, hx, hy, headR, p.skin);
  if (p.kind === 'worker') { // hard hat
    g.fillStyle(OI.yellow, 1).slice(hx, hy - headR * 0.1, headR * 1.12, Math.PI, 0, false).fillPath();
    rect(g, hx - headR * 1.35, hy - headR * 0.2, headR * 2.7, headR * 0.32, shade(OI.yellow, 0.2));
  } else if (p.kind === 'player') { // a cap in the household's blue
    g.fillStyle(OI.blue, 1).slice(hx, hy - headR * 0.15, headR * 1.05, Math.PI, 0, false).fillPath();
    rect(g, hx, hy - headR * 0.3, headR * 1.5, headR * 0.3, OI.blue);
  } else {
    g.fillStyle(p.hair, 1).slice(hx, hy, headR * 1.05, Math.PI * 0.95, Math.PI * 2.05, false).fillPath();
    rect(g, hx - headR * 1.02, hy - headR * 0.1, headR * 0.5, headR * (p.longHair ? 1.6 : 0.8), p.hair);
  }
  rect(g, hx + headR * 0.45, hy - headR * 0.1, headR * 0.22, headR * 0.22, GREY.ink, 0.75); // eye: a small dot
}

/** The standard cast of passers-by, from which walkers and customers are drawn. */
export function personLooks(): PersonLook[] {
  const looks: PersonLook[] = [];
  const adultTops = [0x6f7d8c, 0x8a6f5a, 0x5f6b5a, 0x9c8a78, 0x7a5c61, 0x4f5963, 0xa3927d, 0x6d6a75];
  const legs = [0x3f434a, 0x4b4640, 0x55524c, 0x3a3f45];
  const skins = [0xe8c4a0, 0xd9ad85, 0xc89670, 0xdcb590];
  const hairs = [0x2b2622, 0x3b332c, 0x2b2622, 0x4a3f36];
  adultTops.forEach((top, i) => looks.push({
    kind: 'adult', height: 48 + ((i * 5) % 11), skin: skins[i % 4] as number, top, legs: legs[i % 4] as number,
    hair: hairs[i % 4] as number, longHair: i % 3 === 1, bag: i % 4 === 2,
  }));
  looks.push({ kind: 'elder', height: 47, skin: 0xdcb590, top: 0x6d6a75, legs: 0x3f434a, hair: 0xb8b2aa, longHair: false, bag: false });
  looks.push({ kind: 'elder', height: 45, skin: 0xc89670, top: 0x8e7f6b, legs: 0x4b4640, hair: 0xd8d2ca, longHair: true, bag: true });
  looks.push({ kind: 'child', height: 34, skin: 0xe8c4a0, top: 0xa3927d, legs: 0x3a3f45, hair: 0x2b2622, longHair: true, bag: true });
  looks.push({ kind: 'child', height: 38, skin: 0xd9ad85, top: 0x58606b, legs: 0x55524c, hair: 0x3b332c, longHair: false, bag: false });
  return looks;
}

export const WORKER_LOOKS: PersonLook[] = [
  { kind: 'worker', height: 54, skin: 0xd9ad85, top: OVERALLS, legs: shade(OVERALLS, 0.15), hair: 0x2b2622, longHair: false, bag: false },
  { kind: 'worker', height: 50, skin: 0xc89670, top: 0x66727a, legs: shade(0x66727a, 0.15), hair: 0x2b2622, longHair: false, bag: true },
];

export const PLAYER_LOOK: PersonLook = { kind: 'player', height: 52, skin: 0xdcb590, top: OI.blue, legs: 0x3a3f45, hair: 0x2b2622, longHair: false, bag: false };
export const GUARANTOR_LOOK: PersonLook = { kind: 'guarantor', height: 53, skin: 0xe0bb95, top: 0x7a6e86, legs: 0x3f434a, hair: 0x6a625a, longHair: false, bag: true };

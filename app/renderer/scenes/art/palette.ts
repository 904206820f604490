// The town's colours in one place: Okabe-Ito for anything that carries meaning (always paired with a shape),
// warm greys for buildings, a muted sky. Numbers are Phaser colour ints (0xRRGGBB).

/** Okabe-Ito colour-blind-safe palette. */
export const OI = {
  orange: 0xe69f00,
  sky: 0x56b4e9,
  green: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2, // reserved for the player's household: home, business, figure
  vermillion: 0xd55e00,
  purple: 0xcc79a7,
} as const;

/** Warm greys, light to dark, for walls, roofs, pavements and the horizon. */
export const GREY = {
  paper: 0xf4efe6,
  g1: 0xe2dbcf,
  g2: 0xcfc6b7,
  g3: 0xb8ae9e,
  g4: 0x9f9586,
  g5: 0x857c6f,
  g6: 0x6b6359,
  g7: 0x524c44,
  ink: 0x2e2a26,
} as const;

/** Wall tones for buildings along the street (chosen per slot so neighbours differ). */
export const WALLS: readonly { wall: number; shade: number; trim: number }[] = [
  { wall: 0xd9cfbf, shade: 0xc4b9a7, trim: 0xa99d8b },
  { wall: 0xcdc5b8, shade: 0xb7ae9f, trim: 0x978d7e },
  { wall: 0xded5c4, shade: 0xc9bea9, trim: 0xb0a28c },
  { wall: 0xc8bfb0, shade: 0xb2a897, trim: 0x8f8577 },
];

/** Skin and clothing tones for people: muted, varied, none of them the player's blue. */
export const SKIN = [0xe8c4a0, 0xd9ad85, 0xc89670, 0xb9835e] as const;
export const CLOTHES = [0x6f7d8c, 0x8a6f5a, 0x5f6b5a, 0x9c8a78, 0x7a5c61, 0x4f5963, 0xa3927d, 0x6d6a75, 0x8e7f6b, 0x58606b] as const;
export const TROUSERS = [0x3f434a, 0x4b4640, 0x55524c, 0x3a3f45, 0x5e574e] as const;
export const HAIR = [0x2b2622, 0x3b332c, 0x6a625a, 0xb8b2aa] as const;
/** Overalls of mill and mine workers (a dull blue-grey, distinct from the player's Okabe-Ito blue). */
export const OVERALLS = 0x5d6f7e;

/** Category colours for awnings and umbrellas; the category also has its own pattern (see shapes.ts). */
export const CATEGORY_COLOUR: Record<string, number> = {
  food: OI.orange,
  retail: OI.green,
  services: OI.purple,
  transport: OI.yellow,
  construction: OI.vermillion,
};

/** Sky (top, horizon) by calendar month 1..12: cool and pale in winter, warmer in summer, never saturated. */
export const SKY_BY_MONTH: readonly [number, number][] = [
  [0xb9c4cc, 0xe4e2dc], // Jan
  [0xbcc7cf, 0xe6e2da],
  [0xbfcdd5, 0xebe5d9],
  [0xbdd0da, 0xeee7d8], // Apr
  [0xb8cfdc, 0xefe6d4],
  [0xb3ccdc, 0xf0e4cf],
  [0xb1cadb, 0xf1e2cb], // Jul
  [0xb4cbd9, 0xf0e2cc],
  [0xbac9d2, 0xeee2cf],
  [0xc0c8cc, 0xede0cc], // Oct
  [0xbec5ca, 0xe8e1d5],
  [0xbbc4cb, 0xe5e2dc], // Dec
];

/** Split 0xRRGGBB into a CSS rgb() string (for canvas gradients and the HTML layer). */
export function css(c: number, alpha = 1): string {
  return `rgba(${(c >> 16) & 255},${(c >> 8) & 255},${c & 255},${alpha})`;
}

/** Mix two colours; t = 0 gives a, 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (s: number) => Math.round(((a >> s) & 255) * (1 - t) + ((b >> s) & 255) * t);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** A darker tone of the same colour, for soft shadows (flat, no gradient). */
export const shade = (c: number, t = 0.18): number => mix(c, 0x2e2a26, t);
/** A lighter tone, for highlights. */
export const tint = (c: number, t = 0.25): number => mix(c, 0xffffff, t);

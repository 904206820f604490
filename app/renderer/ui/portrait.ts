// A persona's portrait: a calm, flat figure drawn as inline SVG with DOM APIs (no text inside the picture).
// Age shows in the hair colour, the job in the headwear and collar; the accent colour marks the household.
const NS = 'http://www.w3.org/2000/svg';

export interface PortraitSpec {
  id: string;
  gender: 'f' | 'm';
  age: number;
  job: string;
}

function el(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** Okabe-Ito tones for clothes; picked from the id so each persona keeps the same look. */
const CLOTHES = ['#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const SKIN = ['#e0b48f', '#d6a57c', '#c8956d', '#e6bf9c'];

function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

export function portrait(p: PortraitSpec, label: string, size = 120): SVGSVGElement {
  const k = hash(p.id);
  const svg = el('svg', { viewBox: '0 0 120 120', width: size, height: size, role: 'img', 'aria-label': label, class: 'portrait' }) as SVGSVGElement;
  const title = el('title', {});
  title.textContent = label;
  svg.append(title);
  const skin = SKIN[k % SKIN.length]!;
  const cloth = CLOTHES[k % CLOTHES.length]!;
  const hair = p.age >= 50 ? '#9a948b' : p.age >= 42 ? '#4d4640' : '#2a2420';
  const hardHat = /miner|furnace|washery|sorter/i.test(p.job);
  svg.append(el('rect', { x: 0, y: 0, width: 120, height: 120, rx: 10, fill: '#efe8dc' }));
  // shoulders and collar
  svg.append(el('path', { d: 'M18 120 C20 92 38 84 60 84 C82 84 100 92 102 120 Z', fill: cloth }));
  svg.append(el('path', { d: 'M48 86 L60 100 L72 86 Z', fill: hardHat ? '#3d3a35' : '#faf7f1' }));
  // neck and head
  svg.append(el('rect', { x: 52, y: 70, width: 16, height: 16, fill: skin }));
  svg.append(el('ellipse', { cx: 60, cy: 56, rx: 20, ry: 23, fill: skin }));
  // hair: longer at the sides for the women, short for the men
  if (p.gender === 'f') {
    svg.append(el('path', { d: 'M38 58 C36 30 50 28 60 28 C74 28 86 34 82 60 C80 48 74 40 60 40 C48 40 42 46 38 58 Z', fill: hair }));
    svg.append(el('path', { d: 'M38 56 C36 70 38 78 44 80 L44 58 Z', fill: hair }));
    svg.append(el('path', { d: 'M82 56 C84 70 82 78 76 80 L76 58 Z', fill: hair }));
  } else {
    svg.append(el('path', { d: 'M40 52 C40 34 50 30 60 30 C72 30 80 36 80 52 C76 42 70 40 60 40 C50 40 44 42 40 52 Z', fill: hair }));
  }
  if (hardHat) {
    svg.append(el('path', { d: 'M36 44 C36 26 48 20 60 20 C72 20 84 26 84 44 Z', fill: '#F0E442' }));
    svg.append(el('rect', { x: 32, y: 42, width: 56, height: 5, rx: 2, fill: '#c9bf35' }));
  }
  // eyes and a quiet mouth; lines at the eyes for the older personas
  svg.append(el('circle', { cx: 52, cy: 57, r: 2, fill: '#2a2420' }));
  svg.append(el('circle', { cx: 68, cy: 57, r: 2, fill: '#2a2420' }));
  svg.append(el('path', { d: 'M53 68 Q60 71 67 68', stroke: '#7a4e3a', 'stroke-width': 2, fill: 'none', 'stroke-linecap': 'round' }));
  if (p.age >= 45) {
    svg.append(el('path', { d: 'M44 54 l3 1 M76 54 l-3 1', stroke: '#9b7a63', 'stroke-width': 1.2 }));
  }
  return svg;
}

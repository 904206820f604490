// A tiny helper for building accessible HTML panels without a framework: h('button', {...}, children).
// Amounts in text ("−¥1,946", "45,943元", "100%") are wrapped in a no-break span, so a line never ends
// between a number and its sign or unit.
import { AMOUNT, hasUnitOrSign } from '../typography';
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v as EventListener);
    else if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  const plain = TEXT_ONLY.has(tag);
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    if (typeof c === 'string') el.append(...(plain ? [document.createTextNode(c)] : keepAmountsTogether(c)));
    else el.append(c);
  }
  return el;
}

/** Elements that may hold only text. */
const TEXT_ONLY = new Set(['option', 'textarea', 'title', 'style', 'script']);

/** Text split into plain runs and no-break spans around amounts with a sign or unit. */
export function keepAmountsTogether(text: string): Node[] {
  const out: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(AMOUNT)) {
    if (!hasUnitOrSign(m[0])) continue;
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    const span = document.createElement('span');
    span.className = 'nb';
    span.textContent = m[0];
    out.push(span);
    last = m.index + m[0].length;
  }
  if (last < text.length || !out.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

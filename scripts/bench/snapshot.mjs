// Copies the freshly built dist/renderer to a private temporary folder, so the benchmark keeps serving
// and measuring one consistent build even when someone rebuilds dist/ in the same tree meanwhile.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Files index.html refers to (src/href, relative). */
export function referencedFiles(html) {
  return [...html.matchAll(/(?:src|href)="\.?\/?([^"#?:]+)"/g)].map((m) => m[1]).filter((f) => f && !f.startsWith('data'));
}

/** Whether every file index.html refers to exists under dir. */
export function isComplete(dir) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  return referencedFiles(readFileSync(index, 'utf8')).every((f) => existsSync(join(dir, f)));
}

export function snapshotBuild(src = 'dist/renderer') {
  if (!isComplete(src)) throw new Error(`${src} is incomplete (index.html or a file it refers to is missing): was it rebuilt meanwhile?`);
  const dir = mkdtempSync(join(tmpdir(), 'irb-bench-'));
  cpSync(src, dir, { recursive: true });
  if (!isComplete(dir)) { rmSync(dir, { recursive: true, force: true }); throw new Error(`${src} changed while copying it`); }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// The game's custom Phaser build (app/renderer/engine/phaser-build.js, issue 15) holds only the modules the
// renderer uses. TypeScript cannot see a gap (the types are the full Phaser's), so this test does: every
// `Phaser.X.Y` the renderer names, every `this.add.x(...)` / `this.make.x(...)` factory, every scene plugin
// (`this.tweens`, `this.time`, ...) and every loader file type (`this.load.svg`) must be in the build.
import { readFileSync, readdirSync, statSync, realpathSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const entryPath = join(root, 'app/renderer/engine/phaser-build.js');
const entry = readFileSync(entryPath, 'utf8');
const phaserSrc = realpathSync(join(root, 'node_modules/phaser/src'));

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, ext) : ext.test(n) ? [p] : [];
  });
}

/** The phaser/src files the custom entry imports (directly). */
const imported = [...entry.matchAll(/from '(phaser\/src\/[^']+)'|import '(phaser\/src\/[^']+)'/g)]
  .map((m) => join(phaserSrc, (m[1] ?? m[2] ?? '').slice('phaser/src/'.length)));

/** name -> provided? from `register('name'` calls of a registry, across all of phaser/src and within the build. */
function registry(pattern: RegExp): { all: Set<string>; built: Set<string> } {
  const names = (files: string[]) => new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(pattern)].map((m) => m[1] as string)));
  return { all: names(walk(phaserSrc, /\.js$/)), built: names(imported) };
}

const rendererFiles = walk(join(root, 'app/renderer'), /\.ts$/).filter((f) => /from 'phaser'/.test(readFileSync(f, 'utf8')));
const rendererCode = rendererFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
// Scene objects in the renderer are `this` inside scenes and `scene` where art helpers receive one.
const uses = (prop: string) => new Set([...rendererCode.matchAll(new RegExp(`\\b(?:this|scene)\\.${prop}\\.([A-Za-z0-9]+)\\b`, 'g'))].map((m) => m[1] as string));

describe('custom Phaser build', () => {
  it('the renderer imports Phaser only as "phaser" (resolved to the custom build)', () => {
    expect(rendererFiles.length).toBeGreaterThan(3);
    const deep = walk(join(root, 'app/renderer'), /\.ts$/).filter((f) => /from 'phaser\/|phaser\.esm|phaser\/dist/.test(readFileSync(f, 'utf8')));
    expect(deep).toEqual([]);
  });

  it('every imported phaser/src module exists', () => {
    for (const f of imported) expect(statSync(f, { throwIfNoEntry: false })?.isFile(), f).toBe(true);
  });

  it('exports every Phaser.X.Y the renderer names', () => {
    const names = new Set([...rendererCode.matchAll(/\bPhaser\.([A-Z][A-Za-z0-9]*)(?:\.([A-Z][A-Za-z0-9]*))?/g)].map((m) => (m[2] ? `${m[1]}.${m[2]}` : (m[1] as string))));
    expect(names.size).toBeGreaterThan(5);
    const missing = [...names].filter((n) => {
      const [ns, member] = n.split('.') as [string, string | undefined];
      // Types only (Phaser.Input.Pointer as a parameter type is fine either way; a value use needs the export)
      const top = new RegExp(`export (?:const|\\{)[^;]*\\b${ns}\\b`).test(entry);
      if (!member) return !top;
      const block = new RegExp(`export const ${ns} = \\{([^}]*)\\}`).exec(entry)?.[1] ?? '';
      return !(new RegExp(`\\b${member}\\b`).test(block) || /\.\.\./.test(block) && ns === 'Scale');
    });
    expect(missing, `add these to ${dirname(entryPath)}/phaser-build.js`).toEqual([]);
  });

  it('registers every factory, creator, scene plugin and loader file type the renderer uses', () => {
    const factories = registry(/GameObjectFactory\.register\('([^']+)'/g);
    const creators = registry(/GameObjectCreator\.register\('([^']+)'/g);
    const plugins = registry(/PluginCache\.register\('[^']+',\s*[A-Za-z]+,\s*'([^']+)'/g);
    const files = registry(/FileTypesManager\.register\('([^']+)'/g);
    const gaps = (used: Set<string>, r: { all: Set<string>; built: Set<string> }) => [...used].filter((n) => r.all.has(n) && !r.built.has(n));
    expect(uses('add').size + uses('make').size).toBeGreaterThan(0);
    expect(gaps(uses('add'), factories), 'this.add.* factories missing from the build').toEqual([]);
    expect(gaps(uses('make'), creators), 'this.make.* creators missing from the build').toEqual([]);
    expect(gaps(uses('load'), files), 'this.load.* file types missing from the build').toEqual([]);
    const scenePlugins = new Set([...rendererCode.matchAll(/\b(?:this|scene)\.([a-zA-Z]+)\./g)].map((m) => m[1] as string));
    expect([...scenePlugins].filter((p) => plugins.all.has(p) && !plugins.built.has(p)), 'scene plugins missing from the build').toEqual([]);
  });
});

describe('stand-ins for phaser/src modules the game never reaches (scripts/phaser-custom.mjs PHASER_STUBS)', () => {
  it('each replaced module exists in phaser/src and each stand-in exists and says why', async () => {
    const { PHASER_STUBS } = await import('../../../scripts/phaser-custom.mjs');
    expect(Object.keys(PHASER_STUBS).length).toBeGreaterThan(3);
    for (const [mod, stub] of Object.entries(PHASER_STUBS)) {
      expect(statSync(join(phaserSrc, mod), { throwIfNoEntry: false })?.isFile(), mod).toBe(true);
      const code = readFileSync(join(root, 'app/renderer/engine/stubs', stub), 'utf8');
      expect(code, stub).toMatch(/^\/\/ phaser\/src\//);
      expect(code, stub).toMatch(/module\.exports/);
    }
  });

  it('the renderer uses none of the features the stand-ins leave out', () => {
    // Sprite animations, dynamic textures and tile sprites, WebGL filters, texture formats other than images,
    // canvases and JSON atlases, and Phaser.Math beyond what phaser-build.js exports.
    expect(rendererCode).not.toMatch(/\b(?:this|scene)\.anims\b|\.play\(\s*['"]|addDynamicTexture|\.add\.(?:renderTexture|dynamicTexture|tileSprite)\b|TileSprite|DynamicTexture/);
    expect(rendererCode).not.toMatch(/enableFilters|\.filters\.(?:internal|external)|\.postFX|\.preFX/);
    expect(rendererCode).not.toMatch(/\.load\.(?:atlasXML|unityAtlas|texture|pct)\b|addAtlasXML|addUnityAtlas|addPCT/);
    const math = new Set([...rendererCode.matchAll(/\bPhaser\.Math\.([A-Za-z0-9]+)/g)].map((m) => m[1] as string));
    const exported = /export const Math = \{([^}]*)\}/.exec(entry)?.[1] ?? '';
    expect([...math].filter((n) => !new RegExp(`\\b${n}\\b`).test(exported))).toEqual([]);
  });
});

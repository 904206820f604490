// The packaging configuration, checked without packaging (which needs the Electron download): it passes
// electron-builder's own validation (its JSON schema), names every target the issue asks for with the
// icon, the Education category and the name in both languages, keeps the hardened fuses, and its `files`
// patterns take exactly the built output into app.asar: no sources, tests, source maps or dependencies.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { MDNS_TYPE } from '../../../app/class-host/discovery';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { minimatch } = require('minimatch') as { minimatch(path: string, pattern: string, opts?: object): boolean };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void>;
};

type Config = Record<string, unknown> & { files: string[] };
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Config;
const quiet = { isEnabled: false, add: () => undefined };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;

/** electron-builder's rule: a file is packaged when the last pattern that matches it is not a negation. */
function selected(patterns: string[], file: string): boolean {
  let keep = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (minimatch(file, negated ? p.slice(1) : p, { dot: true })) keep = !negated;
  }
  return keep;
}

function walk(root: string, skip: Set<string>): string[] {
  const out: string[] = [];
  const go = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const rel = relative(root, p).split(sep).join('/');
      if (skip.has(rel)) continue;
      if (e.isDirectory()) go(p); else out.push(rel);
    }
  };
  go(root);
  return out;
}

const temp: string[] = [];
afterAll(() => { for (const d of temp) rmSync(d, { recursive: true, force: true }); });

describe('electron-builder.yml', { timeout: 60000 }, () => {
  it('passes electron-builder\'s own schema validation', async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
  });

  it('the validation can fail (a misspelt option is refused)', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...(config.nsis as object), oneClik: false } }, quiet)).rejects.toThrow(/Invalid configuration/);
  });

  it('builds NSIS and portable for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    const targets = (os: string) => (config[os] as { target: (string | { target: string })[] }).target.map((t) => (typeof t === 'string' ? t : t.target));
    expect(targets('win').sort()).toEqual(['nsis', 'portable']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux').sort()).toEqual(['AppImage', 'deb']);
    // Installer and portable are both .exe: their names must differ.
    expect((config.win as { artifactName: string }).artifactName).not.toBe((config.portable as { artifactName: string }).artifactName);
  });

  it('has the icon, the Education category and the name in both languages', () => {
    expect(existsSync(config.icon as string)).toBe(true);
    expect((config.linux as { category: string }).category).toBe('Education');
    expect((config.mac as { category: string }).category).toBe('public.app-category.education');
    const zh = JSON.parse(readFileSync('locales/zh-CN/common.json', 'utf8')).appTitle as string;
    const en = JSON.parse(readFileSync('locales/en/common.json', 'utf8')).appTitle as string;
    const entry = (config.linux as { desktop: { entry: Record<string, string> } }).desktop.entry;
    expect([entry.Name, entry['Name[zh_CN]']]).toEqual([en, zh]);
    expect(entry.Categories).toMatch(/(^|;)Education;/);
    expect((config.nsis as { shortcutName: string }).shortcutName).toBe(`${en} ${zh}`);
    expect(readFileSync('build/mac/zh_CN.lproj/InfoPlist.strings', 'utf8')).toContain(zh);
    expect(config.productName).toBe(en);
  });

  it('keeps the hardened fuses, with file:// extra privileges off', () => {
    expect(config.electronFuses).toMatchObject({
      grantFileProtocolExtraPrivileges: false, runAsNode: false, enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true,
    });
  });

  it('copies no dependencies into app.asar (everything is bundled at build time)', () => {
    expect(Object.keys((pkg.dependencies as object | undefined) ?? {})).toEqual([]);
  });
});

describe('class mode network rules (docs/class-mode.md, "Firewall prompts")', () => {
  const nsis = config.nsis as { include?: string; perMachine: boolean; oneClick: boolean };
  const script = nsis.include ? readFileSync(nsis.include, 'utf8') : '';
  /** The body of one NSIS macro, comment lines left out. */
  const macro = (name: string) => {
    const m = new RegExp(`^!macro ${name}\\b([\\s\\S]*?)^!macroend`, 'm').exec(script);
    return m ? m[1]!.split('\n').filter((l) => !l.trim().startsWith(';')).join('\n') : null;
  };
  const rule = /!define IRB_FIREWALL_RULE "([^"]+)"/.exec(script)?.[1];

  it('the Windows installer includes the script, and lets the teacher choose an install for all users', () => {
    expect(nsis.include).toBe('build/installer.nsh');
    expect(existsSync(nsis.include!)).toBe(true);
    expect(nsis.oneClick).toBe(false);
    expect(nsis.perMachine).toBe(false); // the assisted installer's "for all users / only for me" page
    expect(rule).toBeTruthy();
  });

  it('adds an inbound allow rule for the game on Private and Domain networks, only when installed for all users', () => {
    const install = macro('customInstall');
    expect(install).not.toBeNull();
    expect(install).toMatch(/\$\{if\} \$installMode == "all"/);
    const add = install!.split('\n').find((l) => l.includes('firewall add rule'));
    expect(add).toBeDefined();
    expect(add).toContain('name="${IRB_FIREWALL_RULE}"');
    expect(add).toContain('dir=in');
    expect(add).toContain('action=allow');
    expect(add).toContain('program="$INSTDIR\\${APP_EXECUTABLE_FILENAME}"');
    expect(add).toMatch(/profile=private,domain( |'|$)/);
    expect(add).not.toMatch(/public|profile=any/i);
    // a reinstall replaces the rule instead of adding a second one
    expect(install!.indexOf('irbFirewallRemove')).toBeLessThan(install!.indexOf('firewall add rule'));
  });

  it('the uninstaller removes the same rule', () => {
    const un = macro('customUnInstall');
    expect(un).toMatch(/\$\{if\} \$installMode == "all"/);
    expect(un).toContain('irbFirewallRemove');
    expect(macro('irbFirewallRemove')).toContain('firewall delete rule name="${IRB_FIREWALL_RULE}"');
  });

  it('macOS: the Local Network text in both languages and the Bonjour service the host advertises', () => {
    const info = (config.mac as { extendInfo: Record<string, unknown> }).extendInfo;
    expect(info.NSBonjourServices).toEqual([`_${MDNS_TYPE}._tcp`]);
    expect(String(info.NSLocalNetworkUsageDescription)).toMatch(/school network/);
    const strings = (lang: string) => readFileSync(`build/mac/${lang}.lproj/InfoPlist.strings`, 'utf8');
    expect(strings('en')).toContain(`"NSLocalNetworkUsageDescription" = "${info.NSLocalNetworkUsageDescription as string}";`);
    expect(strings('zh_CN')).toMatch(/"NSLocalNetworkUsageDescription" = "[^"]*校园网[^"]*";/);
  });

  it('the schema check refuses a misspelt nsis.include', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...(config.nsis as object), includ: 'build/installer.nsh' } }, quiet)).rejects.toThrow(/Invalid configuration/);
  });
});

describe('the files patterns take exactly the built output', () => {
  it('on a project tree with every kind of file', () => {
    const root = mkdtempSync(join(tmpdir(), 'irb-files-'));
    temp.push(root);
    const files = [
      'package.json', 'package-lock.json', 'README.md', 'electron-builder.yml', 'tsconfig.json',
      'app/main/main.ts', 'app/renderer/index.html', 'app/sim/engine.ts', 'tests/unit/x.test.ts', 'scripts/build.mjs', 'docs/security.md',
      'locales/en/common.json', 'build/icon.png', 'node_modules/phaser/dist/phaser.js', 'test-results/vitest.json', 'release/old.exe',
      'dist/main/main.cjs', 'dist/main/main.cjs.map', 'dist/preload/preload.cjs', 'dist/preload/preload.cjs.map',
      'dist/renderer/index.html', 'dist/renderer/assets/index-abc.js', 'dist/renderer/assets/index-abc.js.map', 'dist/renderer/assets/font-sc.woff2',
      'dist/renderer/.hidden', 'dist/stray.txt',
    ];
    for (const f of files) { mkdirSync(dirname(join(root, f)), { recursive: true }); writeFileSync(join(root, f), 'x'); }
    const packaged = walk(root, new Set()).filter((f) => selected(config.files, f)).sort();
    expect(packaged).toEqual([
      'dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/.hidden', 'dist/renderer/assets/font-sc.woff2',
      'dist/renderer/assets/index-abc.js', 'dist/renderer/index.html', 'package.json',
    ]);
  });

  it('on this project as it is now (the built output when it exists, never a source or test)', () => {
    const all = walk('.', new Set(['node_modules', '.git', 'release', 'test-results']));
    const packaged = all.filter((f) => selected(config.files, f));
    expect(packaged.filter((f) => !f.startsWith('dist/') && f !== 'package.json')).toEqual([]);
    expect(packaged.filter((f) => f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
    const built = all.filter((f) => /^dist\/(main|preload|renderer)\//.test(f) && !f.endsWith('.map'));
    expect(packaged.filter((f) => f.startsWith('dist/')).sort()).toEqual(built.sort());
  });
});

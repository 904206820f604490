// Argument validation for every IPC method: what the renderer may send, and what is turned away.
import { describe, expect, it } from 'vitest';
import { argumentSchemas, exportRequestSchema, saveJsonSchema, saveSlotSchema, settingsPatchSchema } from '../../../app/main/validation';
import { IPC_CHANNELS, MAX_JSON_BYTES } from '../../../app/shared/ipc';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('save slot', () => {
  it('accepts short lower-case ids', () => {
    for (const slot of ['autosave', 'slot-1', 'a', '0', 'a'.repeat(32)]) expect(ok(saveSlotSchema, slot), slot).toBe(true);
  });

  it('refuses anything that is not a plain file stem', () => {
    for (const slot of ['', '-a', 'a-', 'Slot', 'a.b', '../x', 'a/b', 'a\\b', 'a b', 'a'.repeat(33), '存档', 'con\u0000', 1, null, undefined]) {
      expect(ok(saveSlotSchema, slot), String(slot)).toBe(false);
    }
  });
});

describe('save JSON', () => {
  it('must be the text of a JSON object', () => {
    expect(ok(saveJsonSchema, '{"week":1}')).toBe(true);
    for (const bad of ['', 'null', '[1]', '"text"', '{"a":', 42, { week: 1 }]) expect(ok(saveJsonSchema, bad), String(bad)).toBe(false);
  });

  it('is bounded in size (counted in UTF-8 bytes)', () => {
    const pad = (n: number) => `{"p":"${'x'.repeat(n)}"}`;
    expect(ok(saveJsonSchema, pad(MAX_JSON_BYTES - 8))).toBe(true);
    expect(ok(saveJsonSchema, pad(MAX_JSON_BYTES))).toBe(false);
    // 3 bytes per character in UTF-8: fewer characters than the limit, more bytes.
    expect(ok(saveJsonSchema, `{"p":"${'饭'.repeat(MAX_JSON_BYTES / 3 + 10)}"}`)).toBe(false);
  });
});

describe('settings patch', () => {
  it('covers exactly the fields of Settings', () => {
    expect(Object.keys(settingsPatchSchema.shape).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('accepts partial and full settings', () => {
    expect(ok(settingsPatchSchema, {})).toBe(true);
    expect(ok(settingsPatchSchema, { language: 'zh-CN' })).toBe(true);
    expect(ok(settingsPatchSchema, { language: null, reducedMotion: null })).toBe(true);
    expect(ok(settingsPatchSchema, { ...DEFAULT_SETTINGS, textSize: 3, sound: false })).toBe(true);
  });

  it('refuses unknown fields and bad values', () => {
    for (const bad of [
      { language: 'fr' },
      { language: 'zh-TW' },
      { textSize: 4 },
      { textSize: 1.5 },
      { textSize: -1 },
      { sound: 'yes' },
      { reducedMotion: 1 },
      { extra: 1 },
      JSON.parse('{"__proto__": {"sound": true}}'),
      null,
      'language=en',
    ]) {
      expect(ok(settingsPatchSchema, bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('export request', () => {
  it('accepts JSON and PDF requests', () => {
    expect(ok(exportRequestSchema, { kind: 'json', suggestedName: 'report', data: '{"a":1}' })).toBe(true);
    expect(ok(exportRequestSchema, { kind: 'pdf', suggestedName: '报告' })).toBe(true);
    expect(ok(exportRequestSchema, { kind: 'pdf', suggestedName: 'r', pageSize: 'Letter' })).toBe(true);
  });

  it('refuses other kinds, bad JSON, missing or overlong names and stray fields', () => {
    for (const bad of [
      { kind: 'html', suggestedName: 'r', data: '' },
      { kind: 'json', suggestedName: 'r', data: '{oops' },
      { kind: 'json', suggestedName: 'r' },
      { kind: 'json', suggestedName: '', data: '{}' },
      { kind: 'pdf', suggestedName: 'x'.repeat(201) },
      { kind: 'pdf', suggestedName: 'r', pageSize: 'A3' },
      { kind: 'pdf', suggestedName: 'r', path: '/etc/passwd' },
    ]) {
      expect(ok(exportRequestSchema, bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('argument tuples', () => {
  it('exist for every method of the contract', () => {
    expect(Object.keys(argumentSchemas).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('refuse extra and missing arguments', () => {
    expect(ok(argumentSchemas.getSettings, [])).toBe(true);
    expect(ok(argumentSchemas.getSettings, ['extra'])).toBe(false);
    expect(ok(argumentSchemas.writeSave, ['autosave', '{}'])).toBe(true);
    expect(ok(argumentSchemas.writeSave, ['autosave'])).toBe(false);
    expect(ok(argumentSchemas.writeSave, ['autosave', '{}', 'more'])).toBe(false);
  });
});

// Frames on the class network: what the host accepts, what it refuses (and with which close code), nicknames.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  APP_VERSION, MAX_FRAME_BYTES, cleanNick, nickKey, parseClientFrame, parseServerFrame, hostCommandSchema,
} from '../../../app/shared/class-protocol';

const hello = { t: 'hello', v: 1, appVersion: APP_VERSION, scenarioHash: '2016-steel-coal@p1', joinCode: 'K7Q-2MX', nick: 'Wang' };

describe('client frames', () => {
  it.each([
    ['hello', hello],
    ['hello with resume', { ...hello, resume: { seat: 3, token: 'a'.repeat(32) } }],
    ['submit', { t: 'submit', round: 2, seq: 5, choice: { trade: 'noodleShop', location: 'mainStreet' }, predict: { entrants: 12, beatAverage: true } }],
    ['submit no business', { t: 'submit', round: 1, seq: 1, choice: { trade: null } }],
    ['leave', { t: 'leave' }],
  ])('accepts %s', (_n, f) => {
    expect(parseClientFrame(JSON.stringify(f)).ok).toBe(true);
  });

  it.each([
    ['unknown type', { t: 'admin', cmd: 'end' }],
    ['extra field', { ...hello, isTeacher: true }],
    ['a number instead of a choice', { t: 'submit', round: 1, seq: 1, choice: { trade: 'noodleShop', profit: 99999 } }],
    ['unknown trade', { t: 'submit', round: 1, seq: 1, choice: { trade: 'bank' } }],
    ['round out of range', { t: 'submit', round: 99, seq: 1, choice: { trade: null } }],
    ['fractional seq', { t: 'submit', round: 1, seq: 1.5, choice: { trade: null } }],
    ['short token', { ...hello, resume: { seat: 1, token: 'abc' } }],
    ['teacher command over the network', { t: 'command', cmd: 'close', round: 1 }],
  ])('refuses %s with 1008', (_n, f) => {
    expect(parseClientFrame(JSON.stringify(f))).toEqual({ ok: false, code: 1008 });
  });

  it('refuses text that is not JSON, and invalid UTF-8, with 1008', () => {
    expect(parseClientFrame('{"t":')).toEqual({ ok: false, code: 1008 });
    expect(parseClientFrame(new Uint8Array([0xff, 0xfe, 0x80]))).toEqual({ ok: false, code: 1008 });
  });

  it('refuses a frame over 4 KiB with 1009', () => {
    const big = JSON.stringify({ ...hello, nick: 'x'.repeat(MAX_FRAME_BYTES) });
    expect(parseClientFrame(big)).toEqual({ ok: false, code: 1009 });
  });

  it('server frames parse, and a malformed one is null', () => {
    expect(parseServerFrame(JSON.stringify({ t: 'ack', round: 1, seq: 2 }))?.t).toBe('ack');
    expect(parseServerFrame(JSON.stringify({ t: 'reject', reason: 'version', hostVersion: '0.1.0/p1' }))?.t).toBe('reject');
    expect(parseServerFrame('{"t":"ack","round":0,"seq":1}')).toBeNull();
    expect(parseServerFrame('nonsense')).toBeNull();
  });

  it('teacher commands are strict too', () => {
    expect(hostCommandSchema.safeParse({ cmd: 'close', round: 2 }).success).toBe(true);
    expect(hostCommandSchema.safeParse({ cmd: 'close', round: 2, force: true }).success).toBe(false);
  });

  it('APP_VERSION follows package.json', () => {
    expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('nicknames', () => {
  it('folds width, strips control and bidi characters, keeps 16 characters', () => {
    expect(cleanNick('  Ｗａｎｇ\u202e  Li\u0007 ')).toBe('Wang Li');
    expect(cleanNick('\u200b\u0000  ')).toBeNull();
    expect([...cleanNick('王'.repeat(40))!].length).toBe(16);
    expect(nickKey('Ｗang')).toBe(nickKey('wang'));
  });
});

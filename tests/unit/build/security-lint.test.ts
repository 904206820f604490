// The security linter's gate: findings are matched against the table in docs/security.md by check and
// place, a row without a reason does not count, and a new finding fails the check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { explainedFindings, findingsFromSarif, unexplained } from '../../../scripts/security-lint.mjs';

type Finding = { rule: string; where: string; message: string };
const sarif = (results: { ruleId: string; uri: string }[]) => ({
  runs: [{ results: results.map((r) => ({ ruleId: r.ruleId, message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: r.uri } } }] })) }],
});

describe('security lint gate', () => {
  it('reads findings from SARIF, global checks as "*"', () => {
    const f: Finding[] = findingsFromSarif(sarif([{ ruleId: 'CSP_GLOBAL_CHECK', uri: 'file:///' }, { ruleId: 'SANDBOX_JS_CHECK', uri: 'window.ts' }]), 'app/main');
    expect(f.map((x) => `${x.rule} ${x.where}`)).toEqual(['CSP_GLOBAL_CHECK app/main:*', 'SANDBOX_JS_CHECK app/main:window.ts']);
  });

  it('counts only rows with a reason, and reports what is not explained', () => {
    const md = [
      '| `SANDBOX_JS_CHECK` | `app/main:window.ts` | sandbox is set in web-preferences.ts and enforced by enableSandbox |',
      '| `AUXCLICK_JS_CHECK` | `app/main:window.ts` | |',
    ].join('\n');
    const explained = explainedFindings(md);
    expect([...explained.keys()]).toEqual(['SANDBOX_JS_CHECK app/main:window.ts']);
    const findings: Finding[] = findingsFromSarif(sarif([{ ruleId: 'SANDBOX_JS_CHECK', uri: 'window.ts' }, { ruleId: 'AUXCLICK_JS_CHECK', uri: 'window.ts' }, { ruleId: 'SANDBOX_JS_CHECK', uri: 'other.ts' }]), 'app/main');
    expect(unexplained(findings, explained).map((x: Finding) => `${x.rule} ${x.where}`)).toEqual(['AUXCLICK_JS_CHECK app/main:window.ts', 'SANDBOX_JS_CHECK app/main:other.ts']);
  });

  it('docs/security.md explains each of the findings known today, and covers all 20 checklist items', () => {
    const md = readFileSync('docs/security.md', 'utf8');
    const explained = explainedFindings(md);
    for (const key of ['CSP_GLOBAL_CHECK app/main:security/csp.ts', 'CSP_GLOBAL_CHECK dist:renderer/index.html', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK app/preload:*']) expect(explained.has(key), key).toBe(true);
    for (let i = 1; i <= 20; i++) expect(md, `checklist item ${i}`).toMatch(new RegExp(`^\\| ${i} \\| `, 'm'));
  });
});

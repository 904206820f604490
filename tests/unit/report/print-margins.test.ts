// Every printed page carries the student's name or nickname, the class code and "page N of M" in its margins:
// the @page rule the print copy installs.
import { describe, expect, it } from 'vitest';
import { PAGE_MARK, PAGES_MARK, pageCounterContent, pageRule } from '../../../app/renderer/report/print';

describe('print margins', () => {
  it('turn "第{{page}}页，共{{pages}}页" into page counters', () => {
    expect(pageCounterContent(`第${PAGE_MARK}页，共${PAGES_MARK}页`)).toBe('"第" counter(page) "页，共" counter(pages) "页"');
    expect(pageCounterContent(`Page ${PAGE_MARK} of ${PAGES_MARK}`)).toBe('"Page " counter(page) " of " counter(pages)');
  });
  it('put the header on every page and escape what the student typed', () => {
    const css = pageRule('A4', { header: 'Played by "Xiao\\Chen" · Class code 7B', page: `${PAGE_MARK}/${PAGES_MARK}` });
    expect(css).toMatch(/@page \{ size: A4 portrait;/);
    expect(css).toContain('@top-right { content: "Played by \\"Xiao\\\\Chen\\" · Class code 7B";');
    expect(css).toContain('@bottom-center { content: counter(page) "/" counter(pages);');
    expect(pageRule('Letter')).toBe('@page { size: letter portrait; margin: 14mm 13mm 16mm; }');
  });
});

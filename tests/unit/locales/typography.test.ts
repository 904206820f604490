// Punctuation and amounts built in code: Chinese joins with full-width colons and brackets and no spaces,
// one minus sign, large sums in 万 in Chinese prose, and amounts found whole (sign and unit included) so the
// no-break span keeps them on one line.
import { describe, expect, it } from 'vitest';
import { AMOUNT, bracketed, hasUnitOrSign, joinSentences, labelled, MINUS, normaliseMinus, zhAmount, zhYuanProse } from '../../../app/renderer/typography';

describe('joins', () => {
  it('use full-width punctuation and no spaces in Chinese', () => {
    expect(labelled('zh-CN', '在这局游戏里', '有5家关了门。')).toBe('在这局游戏里：有5家关了门。');
    expect(bracketed('zh-CN', '早点摊', '门面店')).toBe('早点摊（门面店）');
    expect(joinSentences('zh-CN', ['早点摊（门面店）', '开了多年的老店', '价格和裁员前一样。'])).toBe('早点摊（门面店）。开了多年的老店。价格和裁员前一样。');
    expect(joinSentences('zh-CN', ['有5家关了门。', '镇上下岗工人一共开了3家店。'])).not.toMatch(/\s/);
  });
  it('keep English spacing', () => {
    expect(labelled('en', 'In this game', 'x.')).toBe('In this game: x.');
    expect(bracketed('en', 'Noodle shop', 'shop')).toBe('Noodle shop (shop)');
    expect(joinSentences('en', ['Noodle shop (shop)', 'An old shop.'])).toBe('Noodle shop (shop). An old shop.');
  });
});

describe('amounts', () => {
  it('have one minus sign', () => {
    expect(normaliseMinus('-¥10,284')).toBe(`${MINUS}¥10,284`);
    expect(normaliseMinus('12-18')).toBe('12-18');
  });
  it('read in 万 from ten thousand up in Chinese prose, exact below', () => {
    expect(zhYuanProse(2600)).toBe('2,600元');
    expect(zhYuanProse(122_400)).toBe('12.24万元');
    expect(zhYuanProse(100_000)).toBe('10万元');
    expect(zhYuanProse(70_200)).toBe('7.02万元');
    expect(zhAmount(-10_284)).toBe(`${MINUS}1.03万`);
    expect(zhAmount(9_999)).toBe('9,999');
  });
  it('are found whole with their sign and unit', () => {
    const found = (s: string) => [...s.matchAll(AMOUNT)].map((m) => m[0]).filter(hasUnitOrSign);
    expect(found('上个月：+¥797。')).toEqual(['+¥797']);
    expect(found('一共45,943元。价格是裁员前的100%')).toEqual(['45,943元', '100%']);
    expect(found('每月房租¥600')).toEqual(['¥600']);
    expect(found(`净资产${MINUS}¥10,284，约12.24万元`)).toEqual([`${MINUS}¥10,284`, '12.24万元']);
    expect(found('with a loan of 30,000 yuan in month 7')).toEqual(['30,000 yuan']);
  });
});

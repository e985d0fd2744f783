import { describe, expect, it } from 'vitest';
import { birthDateFromIin, computeCheckDigit, hasValidCheckDigit, isBin, isIin, maskIdentifier } from './iin-bin';

describe('IIN / BIN check digit', () => {
  it('accepts the official samples', () => {
    expect(isBin('940140000385')).toBe(true);
    expect(isBin('990140004654')).toBe(true);
    expect(isIin('061211600012')).toBe(true);
  });

  it('rejects a changed digit, a wrong length and non-digits', () => {
    expect(hasValidCheckDigit('940140000386')).toBe(false);
    expect(hasValidCheckDigit('061211600013')).toBe(false);
    expect(hasValidCheckDigit('94014000038')).toBe(false);
    expect(hasValidCheckDigit('9401400003850')).toBe(false);
    expect(hasValidCheckDigit('94014000038a')).toBe(false);
  });

  it('uses the second weights when the first pass gives 10', () => {
    // Find a prefix whose first pass is 10, then check the second-pass digit is what we accept.
    const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    let found = 0;
    for (let n = 0; n < 200_000 && found < 5; n++) {
      const prefix = `0612116${String(n).padStart(4, '0')}`;
      const digits = [...prefix].map(Number);
      if (digits.reduce((s, d, i) => s + d * w1[i]!, 0) % 11 !== 10) continue;
      const second = digits.reduce((s, d, i) => s + d * w2[i]!, 0) % 11;
      expect(computeCheckDigit(prefix)).toBe(second === 10 ? null : second);
      if (second !== 10) expect(hasValidCheckDigit(`${prefix}${second}`)).toBe(true);
      found++;
    }
    expect(found).toBe(5);
  });

  it('tells an IIN from a BIN and reads the birth date', () => {
    expect(isIin('940140000385')).toBe(false);
    expect(isBin('061211600012')).toBe(false);
    expect(birthDateFromIin('061211600012')).toBe('2006-12-11');
  });

  it('refuses the national CA test IIN, whose check digit fails', () => {
    expect(isIin('123456789011')).toBe(false);
  });

  it('masks all but the last four digits', () => {
    expect(maskIdentifier('061211600012')).toBe('********0012');
  });
});

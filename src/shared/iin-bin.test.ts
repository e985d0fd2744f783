import { describe, expect, it } from 'vitest';
import { iinSchema } from './api/common';
import {
  birthDateFromIin,
  computeCheckDigit,
  findIinProblem,
  hasValidCheckDigit,
  isBin,
  isIin,
  maskIdentifier,
} from './iin-bin';

/** An IIN for a birth date (YYMMDD) and century digit, with the first serial whose check digit exists. */
function iinFor(yymmdd: string, centuryAndSex: number): string {
  for (let serial = 0; serial < 10_000; serial++) {
    const first11 = `${yymmdd}${centuryAndSex}${String(serial).padStart(4, '0')}`;
    const check = computeCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error('no serial gives a check digit');
}

/** The message keys the shared schema gives a value. */
function schemaMessages(value: string): string[] {
  const parsed = iinSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

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

  it('refuses a birth date that does not exist, with its own reason, not the check digit', () => {
    const feb31 = iinFor('900231', 3); // 31 February 1990
    const feb29common = iinFor('230229', 5); // 29 February 2023: 2023 is not a leap year
    const month13 = iinFor('901301', 3);
    const century0 = iinFor('900101', 0);
    for (const iin of [feb31, feb29common, month13, century0]) {
      expect(hasValidCheckDigit(iin), iin).toBe(true);
      expect(findIinProblem(iin), iin).toBe('birth_date_impossible');
      expect(isIin(iin), iin).toBe(false);
      expect(birthDateFromIin(iin), iin).toBeNull();
      expect(schemaMessages(iin), iin).toEqual(['validation.iin_birth_date_invalid']);
    }
    // 29 February 2024 and 2000 exist (leap years; 2000 is divisible by 400); 1900 was not a leap year.
    expect(birthDateFromIin(iinFor('240229', 5))).toBe('2024-02-29');
    expect(birthDateFromIin(iinFor('000229', 5))).toBe('2000-02-29');
    expect(findIinProblem(iinFor('000229', 3))).toBe('birth_date_impossible');
  });

  it('a wrong check digit keeps its own reason', () => {
    expect(findIinProblem('061211600013')).toBe('check_digit');
    expect(schemaMessages('061211600013')).toEqual(['validation.iin_invalid']);
    expect(schemaMessages('06121160001')).toEqual(['validation.twelve_digits']);
    expect(schemaMessages('061211600012')).toEqual([]);
  });

  it('refuses a birth date after the given day, and accepts one born that very day', () => {
    const born = iinFor('260315', 6); // 15 March 2026
    expect(findIinProblem(born, '2026-03-14')).toBe('birth_date_future');
    expect(findIinProblem(born, '2026-03-15')).toBeNull();
    // Without a day (the shared schema at the edge has no clock) the future is not judged.
    expect(findIinProblem(born)).toBeNull();
  });

  it('masks all but the last four digits', () => {
    expect(maskIdentifier('061211600012')).toBe('********0012');
  });
});

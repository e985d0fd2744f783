// Proves how tenge amounts are written: thin no-break spaces between digit groups and before ₸.
import { describe, expect, it } from 'vitest';
import { formatTenge, groupDigits, thinSpace } from './money';

describe('formatTenge', () => {
  it('groups thousands with thin no-break spaces and ends with ₸', () => {
    expect(formatTenge(85_000)).toBe(`85${thinSpace}000${thinSpace}₸`);
    expect(formatTenge(1_234_567)).toBe(`1${thinSpace}234${thinSpace}567${thinSpace}₸`);
  });

  it('writes small amounts and zero without separators', () => {
    expect(formatTenge(0)).toBe(`0${thinSpace}₸`);
    expect(formatTenge(999)).toBe(`999${thinSpace}₸`);
    expect(formatTenge(1000)).toBe(`1${thinSpace}000${thinSpace}₸`);
  });

  it('uses a true minus sign and never prints −0', () => {
    expect(groupDigits(-12_500)).toBe(`\u221212${thinSpace}500`);
    expect(groupDigits(-0.2)).toBe('0');
  });

  it('rounds a stray fraction instead of printing decimals', () => {
    expect(groupDigits(29_749.5)).toBe(`29${thinSpace}750`);
  });
});

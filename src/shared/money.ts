// Tenge amounts for people (pages, PDFs, messages): digits grouped by thin no-break spaces and the ₸ sign, as Kazakh
// and Russian typography wants.

/** U+202F NARROW NO-BREAK SPACE: a thin space that never lets "85 000 ₸" break across lines. */
export const thinSpace = '\u202F';

/** Whole tenge with digit groups and "₸"; a fraction (which no amount in Jumys has) is rounded half away from zero. */
export function formatTenge(amount: number): string {
  return `${groupDigits(amount)}${thinSpace}₸`;
}

/** An integer with its thousands separated by thin spaces and a true minus sign: 1234567 → "1 234 567". */
export function groupDigits(amount: number): string {
  const whole = Math.round(Math.abs(amount));
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, thinSpace);
  return amount < 0 && whole !== 0 ? `\u2212${digits}` : digits;
}

// Kazakhstan's 12-digit IIN / BIN and its official check digit (DOMAIN.md §3): both weight passes.
const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11;
}

/** The check digit the first 11 digits call for, or null when both passes give 10 (no valid number exists). */
export function computeCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  let s = weightedSum(digits, firstWeights);
  if (s === 10) s = weightedSum(digits, secondWeights);
  return s === 10 ? null : s;
}

export function hasValidCheckDigit(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  return computeCheckDigit(value.slice(0, 11)) === Number(value[11]);
}

/** Digit 5 ∈ {4,5,6} marks a BIN (legal entity, non-resident, joint IE); otherwise the number is an IIN. */
export function isBin(value: string): boolean {
  return hasValidCheckDigit(value) && ['4', '5', '6'].includes(value[4]!);
}

export function isIin(value: string): boolean {
  if (!hasValidCheckDigit(value) || isBin(value)) return false;
  const centuryAndSex = Number(value[6]);
  if (centuryAndSex < 1 || centuryAndSex > 6) return false;
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Birth date encoded in an IIN (YYMMDD + century digit), as YYYY-MM-DD. */
export function birthDateFromIin(iin: string): string | null {
  if (!isIin(iin)) return null;
  const century = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 }[Number(iin[6]) as 1 | 2 | 3 | 4 | 5 | 6];
  return `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
}

/** Sex encoded in an IIN: its 7th digit is odd for men, even for women (DOMAIN.md §3). */
export function sexFromIin(iin: string): 'female' | 'male' {
  return Number(iin[6]) % 2 === 1 ? 'male' : 'female';
}

/** Shows only the last four digits: IINs never appear whole in logs or to those not entitled to them. */
export function maskIdentifier(value: string): string {
  return value.length <= 4 ? '****' : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

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

/**
 * What is wrong with an IIN, or null: not twelve digits, a wrong check digit, or digits 1–7 that name no real birth
 * date (31 February, 29 February of a common year, a month 13, a century digit outside 1–6 — a BIN's fifth digit makes
 * its "day" 40 or more). With `today` (YYYY-MM-DD), a birth date after it is refused too; without, it is not checked.
 */
export type IinProblem = 'format' | 'check_digit' | 'birth_date_impossible' | 'birth_date_future';

export function findIinProblem(value: string, today?: string): IinProblem | null {
  if (!/^\d{12}$/.test(value)) return 'format';
  if (!hasValidCheckDigit(value)) return 'check_digit';
  const birthDate = encodedBirthDate(value);
  if (birthDate === null) return 'birth_date_impossible';
  if (today !== undefined && birthDate > today) return 'birth_date_future';
  return null;
}

const centuryStart: Record<string, number> = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 };

/** The YYYY-MM-DD that digits 1–7 encode, or null when that day does not exist. */
function encodedBirthDate(value: string): string | null {
  const century = centuryStart[value[6]!];
  if (century === undefined) return null;
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March: a real day reads back as itself.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${value.slice(2, 4)}-${value.slice(4, 6)}`;
}

/** A well-formed IIN of a real birth date (whether that date has come is the caller's clock's business). */
export function isIin(value: string): boolean {
  return findIinProblem(value) === null;
}

/** Birth date encoded in an IIN (YYMMDD + century digit), as YYYY-MM-DD. */
export function birthDateFromIin(iin: string): string | null {
  return isIin(iin) ? encodedBirthDate(iin) : null;
}

/** Sex encoded in an IIN: its 7th digit is odd for men, even for women (DOMAIN.md §3). */
export function sexFromIin(iin: string): 'female' | 'male' {
  return Number(iin[6]) % 2 === 1 ? 'male' : 'female';
}

/** Shows only the last four digits: IINs never appear whole in logs or to those not entitled to them. */
export function maskIdentifier(value: string): string {
  return value.length <= 4 ? '****' : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

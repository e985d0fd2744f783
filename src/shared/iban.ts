// IBAN check (ISO 13616, mod 97) and Kazakhstan's format: KZ, 2 check digits, 3-digit bank code, 13 account characters.
export const KZ_IBAN_LENGTH = 20;

export function normaliseIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** ISO 13616: move the first four characters to the end, letters to numbers (A = 10 … Z = 35), mod 97 must be 1. */
export function hasValidIbanChecksum(iban: string): boolean {
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function isKazakhIban(value: string): boolean {
  const iban = normaliseIban(value);
  return iban.length === KZ_IBAN_LENGTH && /^KZ[0-9]{5}[A-Z0-9]{13}$/.test(iban) && hasValidIbanChecksum(iban);
}

/** Computes the two check digits for a KZ account (used by the demo data and tests). */
export function kazakhIbanWithCheckDigits(bankCode: string, account: string): string {
  const body = `${bankCode}${account}`.toUpperCase();
  const rearranged = `${body}KZ00`;
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return `KZ${String(98 - remainder).padStart(2, '0')}${body}`;
}

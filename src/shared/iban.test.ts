// IBAN checks against published examples and Kazakhstan's 20-character format.
import { describe, expect, it } from 'vitest';
import { hasValidIbanChecksum, isKazakhIban, kazakhIbanWithCheckDigits, normaliseIban } from './iban';

describe('IBAN (ISO 13616)', () => {
  it('accepts the standard examples and refuses a changed digit', () => {
    expect(hasValidIbanChecksum('GB82WEST12345698765432')).toBe(true);
    expect(hasValidIbanChecksum('GB82WEST12345698765433')).toBe(false);
    // The Kazakh example of the IBAN registry: KZ86 125K ZT50 0410 0100
    expect(isKazakhIban('KZ86 125K ZT50 0410 0100')).toBe(true);
    expect(isKazakhIban('KZ86125KZT5004100101')).toBe(false);
  });

  it('refuses other countries and other lengths as a Kazakh account', () => {
    expect(isKazakhIban('GB82WEST12345698765432')).toBe(false);
    expect(isKazakhIban('KZ86125KZT500410010')).toBe(false);
  });

  it('computes check digits that pass the check', () => {
    const iban = kazakhIbanWithCheckDigits('722', 'S000012345678');
    expect(iban).toHaveLength(20);
    expect(isKazakhIban(iban)).toBe(true);
    expect(normaliseIban(' kz86 125k zt50 0410 0100 ')).toBe('KZ86125KZT5004100100');
  });
});

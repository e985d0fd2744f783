// The КАТО reference: codes, the choices of a region, and old free-text districts mapped by their names.
import { describe, expect, it } from 'vitest';
import { regionCodes } from '../regions';
import {
  districtChoices,
  districtCodeSchema,
  districtLabel,
  findDistrictByName,
  isDistrictChoice,
  katoUnits,
  regionOfKato,
} from './kato';

describe('КАТО', () => {
  it('has nine-digit unique codes, kk, ru and en names, and a code for every region', () => {
    expect(new Set(katoUnits.map((u) => u.code)).size).toBe(katoUnits.length);
    for (const unit of katoUnits) {
      expect(unit.code).toMatch(/^[0-9]{9}$/);
      expect(unit.name.kk && unit.name.ru && unit.name.en).toBeTruthy();
      // A district's first two digits are its region's.
      if (unit.parent) expect(unit.code.slice(0, 2)).toBe(unit.parent.slice(0, 2));
    }
    for (const region of regionCodes) expect(regionOfKato(districtChoices(region)[0]!.code)).toBe(region);
    expect(districtChoices('astana').map((u) => u.code)).toEqual([
      '711110000',
      '711210000',
      '711310000',
      '711410000',
      '711510000',
      '711610000',
    ]);
    expect(districtChoices('almaty')).toHaveLength(8);
    expect(districtChoices('shymkent')).toHaveLength(5);
    // A region whose districts are not entered yet offers itself.
    expect(districtChoices('akmola').map((u) => u.code)).toEqual(['110000000']);
  });

  it('maps an old text in either language, or a usual variant, to the district of its region only', () => {
    for (const text of ['Есіл ауданы', 'Есильский район', 'район Есиль', ' есіл  ', 'Есиль']) {
      expect(findDistrictByName(text, 'astana')?.code, text).toBe('711210000');
    }
    expect(findDistrictByName('Сарыарка', 'astana')?.code).toBe('711310000');
    expect(findDistrictByName('Бостандық ауданы', 'almaty')?.code).toBe('751410000');
    // Astana's "Алматы ауданы" is not a district of Almaty.
    expect(findDistrictByName('Алматы ауданы', 'astana')?.code).toBe('711110000');
    expect(findDistrictByName('Алматы ауданы', 'almaty')).toBeUndefined();
    expect(findDistrictByName('Район', 'astana')).toBeUndefined();
  });

  it('takes a known district code and refuses an unknown one with a clear message key', () => {
    expect(isDistrictChoice('711210000')).toBe(true);
    expect(isDistrictChoice('710000000')).toBe(false);
    expect(districtCodeSchema.safeParse('751410000').success).toBe(true);
    const unknown = districtCodeSchema.safeParse('711990000');
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toBe('validation.district_unknown');
    expect(districtCodeSchema.safeParse('Есіл ауданы').error?.issues[0]?.message).toBe('validation.district_unknown');
    expect(districtLabel('711210000', 'kk')).toBe('Есіл ауданы');
    expect(districtLabel('711210000', 'ru')).toBe('район Есиль');
    expect(districtLabel('Есіл', 'en')).toBe('Есіл');
  });
});

// The КАТО classifier (regions, cities of republican significance, their districts) as the reference districts are chosen from.

import { z } from 'zod';
import type { LocalizedText } from '../api/common';
import { type RegionCode, regions } from '../regions';

/**
 * Where the list comes from. The classifier cannot be downloaded from here, so it was entered by hand: the regions and
 * cities of republican significance whole, the districts of the demo regions (Astana, Almaty, Shymkent) only. English
 * names are transliterations. The codes were compared with a published extract of the 2025 edition. The other regions'
 * districts are to be entered from the same source.
 */
export const katoSource = {
  title: {
    kk: 'Әкімшілік-аумақтық объектілер жіктеуіші (ӘАОЖ), ҚР СЖРА Ұлттық статистика бюросы',
    ru: 'Классификатор административно-территориальных объектов (КАТО), Бюро национальной статистики АСПиР РК',
    en: 'Classifier of administrative-territorial units (KATO), Bureau of National Statistics of the ASPR RK',
  },
  url: 'https://stat.gov.kz/ru/classifiers/statistical/21/',
  enteredOn: '2026-12-02',
  enteredBy: 'hand',
} as const;

export type KatoLevel = 'region' | 'city' | 'district';

export type KatoUnit = {
  /** Nine digits: AB region, CD district, EF rural district, GHI settlement. */
  code: string;
  level: KatoLevel;
  /** The region's or city's code for a district; null for a region or a city of republican significance. */
  parent: string | null;
  name: Required<LocalizedText>;
  /** Other ways people write the name (an adjective instead of "район …"); used to map free text, never shown. */
  aliases?: readonly string[];
};

/** The КАТО code of each region of regions.ts. */
export const regionKato: Record<RegionCode, string> = {
  abai: '100000000',
  akmola: '110000000',
  aktobe: '150000000',
  almaty_region: '190000000',
  atyrau: '230000000',
  west_kazakhstan: '270000000',
  zhambyl: '310000000',
  zhetysu: '330000000',
  karaganda: '350000000',
  kostanay: '390000000',
  kyzylorda: '430000000',
  mangystau: '470000000',
  pavlodar: '550000000',
  north_kazakhstan: '590000000',
  turkistan: '610000000',
  ulytau: '620000000',
  east_kazakhstan: '630000000',
  astana: '710000000',
  almaty: '750000000',
  shymkent: '790000000',
};

const citiesOfRepublicanSignificance: readonly RegionCode[] = ['astana', 'almaty', 'shymkent'];

const district = (
  code: string,
  parent: string,
  kk: string,
  ru: string,
  en: string,
  aliases: readonly string[] = [],
): KatoUnit => ({ code, level: 'district', parent, name: { kk, ru, en }, aliases });

const entered: readonly KatoUnit[] = [
  district('711110000', '710000000', 'Алматы ауданы', 'район Алматы', 'Almaty District', ['Алматинский район']),
  district('711210000', '710000000', 'Есіл ауданы', 'район Есиль', 'Esil District', ['Есильский район']),
  district('711310000', '710000000', 'Сарыарқа ауданы', 'район Сарыарка', 'Saryarka District', ['Сарыаркинский район']),
  district('711410000', '710000000', 'Байқоңыр ауданы', 'район Байконур', 'Baikonur District', ['Байконурский район']),
  district('711510000', '710000000', 'Нұра ауданы', 'район Нура', 'Nura District', ['Нуринский район']),
  district('711610000', '710000000', 'Сарайшық ауданы', 'район Сарайшык', 'Sarayshyk District'),
  district('751110000', '750000000', 'Алмалы ауданы', 'Алмалинский район', 'Almaly District'),
  district('751210000', '750000000', 'Алатау ауданы', 'Алатауский район', 'Alatau District'),
  district('751310000', '750000000', 'Әуезов ауданы', 'Ауэзовский район', 'Auezov District'),
  district('751410000', '750000000', 'Бостандық ауданы', 'Бостандыкский район', 'Bostandyk District'),
  district('751510000', '750000000', 'Жетісу ауданы', 'Жетысуский район', 'Zhetysu District'),
  district('751710000', '750000000', 'Медеу ауданы', 'Медеуский район', 'Medeu District'),
  district('751810000', '750000000', 'Наурызбай ауданы', 'Наурызбайский район', 'Nauryzbay District'),
  district('751910000', '750000000', 'Түрксіб ауданы', 'Турксибский район', 'Turksib District'),
  district('791110000', '790000000', 'Абай ауданы', 'Абайский район', 'Abai District'),
  district('791310000', '790000000', 'Әл-Фараби ауданы', 'Аль-Фарабийский район', 'Al-Farabi District'),
  district('791510000', '790000000', 'Еңбекші ауданы', 'Енбекшинский район', 'Enbekshi District'),
  district('791710000', '790000000', 'Қаратау ауданы', 'Каратауский район', 'Karatau District'),
  district('791910000', '790000000', 'Тұран ауданы', 'Туранский район', 'Turan District'),
];

/** Every unit: the regions and cities of republican significance (from regions.ts), then the districts entered. */
export const katoUnits: readonly KatoUnit[] = [
  ...(Object.keys(regionKato) as RegionCode[]).map(
    (region): KatoUnit => ({
      code: regionKato[region],
      level: citiesOfRepublicanSignificance.includes(region) ? 'city' : 'region',
      parent: null,
      name: regions[region],
    }),
  ),
  ...entered,
];

const byCode = new Map(katoUnits.map((u) => [u.code, u]));

export function findKatoUnit(code: string): KatoUnit | undefined {
  return byCode.get(code);
}

/**
 * What a person living or working in the region may choose as their district: the region's districts, or the region
 * itself while its districts are not yet entered.
 */
export function districtChoices(region: RegionCode): KatoUnit[] {
  const code = regionKato[region];
  const districts = entered.filter((u) => u.parent === code);
  return districts.length > 0 ? [...districts] : [byCode.get(code)!];
}

/** The region a district code (or a region's own code) belongs to. */
export function regionOfKato(code: string): RegionCode | undefined {
  const unit = byCode.get(code);
  if (!unit) return undefined;
  const top = unit.parent ?? unit.code;
  return (Object.keys(regionKato) as RegionCode[]).find((r) => regionKato[r] === top);
}

/** Whether the code is one a district field may hold: a district entered, or a region without districts entered. */
export function isDistrictChoice(code: string): boolean {
  const region = regionOfKato(code);
  return region !== undefined && districtChoices(region).some((u) => u.code === code);
}

const kazakhLetters: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};
const districtWords = new Set(['ауданы', 'аудан', 'район', 'р-н', 'рн', 'district', 'г', 'город', 'каласы']);

/** A typed name reduced for comparison: case, spacing, punctuation, Kazakh letters and the word "district" ignored. */
export function normaliseDistrictName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/й/g, 'и')
    .replace(/[ьъ]/g, '')
    .replace(/[әғқңөұүһі]/g, (c) => kazakhLetters[c] ?? c)
    .split(/[^a-zа-я0-9-]+/)
    .map((word) => word.replace(/^-+|-+$/g, ''))
    .filter((word) => word !== '' && !districtWords.has(word))
    .join(' ');
}

/** The district of the region whose name in any language (or usual variant) is the text; undefined when none or several. */
export function findDistrictByName(text: string, region: RegionCode): KatoUnit | undefined {
  const wanted = normaliseDistrictName(text);
  if (wanted === '') return undefined;
  const matches = districtChoices(region).filter((u) =>
    [u.name.kk, u.name.ru, u.name.en, ...(u.aliases ?? [])].some((name) => normaliseDistrictName(name) === wanted),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** A district field as the API takes it: a КАТО code from the list, else a clear refusal. */
export const districtCodeSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.district_unknown') })
  .trim()
  .min(1, 'validation.required')
  .refine(isDistrictChoice, 'validation.district_unknown');

/** The columns a district field is stored in: its code, and its name as written (Russian, as the registries keep it). */
export function districtColumns(code: string): { district_code: string; district: string } {
  return { district_code: code, district: findKatoUnit(code)?.name.ru ?? code };
}

/** A district for people to read: the КАТО name in their language, or an old text (not a code) as it was written. */
export function districtLabel(value: string, language: 'kk' | 'ru' | 'en'): string {
  return findKatoUnit(value)?.name[language] ?? value;
}

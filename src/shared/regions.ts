// Regions of Kazakhstan (cities of republican significance and oblasts) with their names.
import type { LocalizedText } from './api/common';

export const regions = {
  astana: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana' },
  almaty: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty' },
  shymkent: { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent' },
  abai: { kk: 'Абай облысы', ru: 'Абайская область', en: 'Abai Region' },
  akmola: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
  aktobe: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' },
  almaty_region: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
  atyrau: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' },
  east_kazakhstan: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' },
  zhambyl: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' },
  zhetysu: { kk: 'Жетісу облысы', ru: 'Область Жетісу', en: 'Zhetysu Region' },
  west_kazakhstan: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' },
  karaganda: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
  kostanay: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' },
  kyzylorda: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
  mangystau: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' },
  pavlodar: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' },
  north_kazakhstan: {
    kk: 'Солтүстік Қазақстан облысы',
    ru: 'Северо-Казахстанская область',
    en: 'North Kazakhstan Region',
  },
  turkistan: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' },
  ulytau: { kk: 'Ұлытау облысы', ru: 'Область Ұлытау', en: 'Ulytau Region' },
} as const satisfies Record<string, LocalizedText>;

export type RegionCode = keyof typeof regions;
export const regionCodes = Object.keys(regions) as RegionCode[];

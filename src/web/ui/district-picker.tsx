// The district field: a searchable choice from the КАТО list in the reader's language (any of kk, ru, en finds it).
import { type ComboboxItem, type ComboboxParsedItem, type OptionsFilter, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { districtChoices, districtLabel, type KatoUnit, normaliseDistrictName } from '../../shared/kato/kato';
import { type RegionCode, regionCodes, regions } from '../../shared/regions';
import { pickText, useUiLanguage } from './labels';

const isRegion = (value: string | null | undefined): value is RegionCode =>
  !!value && (regionCodes as readonly string[]).includes(value);

const searchTextOf = (unit: KatoUnit) =>
  normaliseDistrictName([unit.name.kk, unit.name.ru, unit.name.en, ...(unit.aliases ?? [])].join(' '));

const allChoices = regionCodes.flatMap((region) => districtChoices(region).map((unit) => ({ region, unit })));
const searchText = new Map(allChoices.map(({ unit }) => [unit.code, searchTextOf(unit)]));

/** Every word typed must be in one of the district's names, in any language. */
const filterByNames: OptionsFilter = ({ options, search }) => {
  const words = normaliseDistrictName(search).split(' ').filter(Boolean);
  const matches = (item: ComboboxItem) => words.every((w) => (searchText.get(item.value) ?? '').includes(w));
  const kept: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (!('group' in option)) {
      if (matches(option)) kept.push(option);
      continue;
    }
    const items = option.items.filter(matches);
    if (items.length > 0) kept.push({ ...option, items });
  }
  return kept;
};

/** A district for people to read: its name in the UI language, or an old text as it was written. */
export function useDistrictLabel(): (value: string | null | undefined) => string {
  const language = useUiLanguage();
  return (value) => (value ? districtLabel(value, language) : '—');
}

export function DistrictPicker({
  region,
  value,
  onChange,
  label,
  error,
  asWritten,
  readOnly,
  onBlur,
  withAsterisk = true,
  clearable = false,
}: {
  /** The region whose districts are offered; without one, every district entered, by region. */
  region: string | null | undefined;
  value: string;
  onChange: (code: string) => void;
  label: string;
  error?: string | undefined;
  /** An old free text that named no district: shown, so the person can choose the right one. */
  asWritten?: string | null | undefined;
  readOnly?: boolean;
  onBlur?: () => void;
  withAsterisk?: boolean;
  clearable?: boolean;
}) {
  const { t } = useTranslation('common');
  const language = useUiLanguage();
  const option = (unit: KatoUnit) => ({ value: unit.code, label: unit.name[language] });
  const data = isRegion(region)
    ? districtChoices(region).map(option)
    : regionCodes.map((r) => ({ group: pickText(regions[r], language), items: districtChoices(r).map(option) }));
  const known = allChoices.some(({ unit }) => unit.code === value);
  return (
    <Select
      label={label}
      placeholder={t('district.placeholder')}
      description={!known && asWritten ? t('district.asWritten', { text: asWritten }) : undefined}
      data={data}
      value={known ? value : null}
      onChange={(code) => onChange(code ?? '')}
      onBlur={onBlur}
      searchable
      filter={filterByNames}
      nothingFoundMessage={t('district.nothingFound')}
      withAsterisk={withAsterisk}
      clearable={clearable}
      allowDeselect={false}
      readOnly={readOnly}
      error={error}
      data-district-picker
    />
  );
}

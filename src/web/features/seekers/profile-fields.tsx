// The profile's fields, shared by the seeker's own form and the specialist's assisted registration.
import { Checkbox, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { educationLevels } from '../../../shared/api/cvs';
import type { SeekerProfileFields } from '../../../shared/api/seekers';
import { fieldError } from '../../api';
import { DistrictPicker } from '../../ui/district-picker';
import { useUiLanguage } from '../../ui/labels';
import { occupationOptions, regionOptions } from '../cvs/cv-labels';

/** The form's state: what the request sends, with empty strings where a value is not chosen yet. */
export type ProfileDraft = {
  region: string | null;
  /** A КАТО code; '' until chosen. */
  district: string;
  /** An old free text that named no district, shown beside the picker until one is chosen. */
  districtAsWritten?: string | undefined;
  rural: boolean;
  occupationCode: string | null;
  hasDisability: boolean;
  hasWorkExperience: boolean;
  educationLevel: string | null;
  graduationYear: number | null;
  phone: string;
};

export const emptyProfileDraft: ProfileDraft = {
  region: null,
  district: '',
  rural: false,
  occupationCode: null,
  hasDisability: false,
  hasWorkExperience: true,
  educationLevel: null,
  graduationYear: null,
  phone: '',
};

export const profileFieldNames = [
  'region',
  'district',
  'rural',
  'occupationCode',
  'hasDisability',
  'hasWorkExperience',
  'educationLevel',
  'graduationYear',
  'phone',
] as const;

export function draftOf(profile: SeekerProfileFields & { districtAsWritten?: string }): ProfileDraft {
  return { ...profile, phone: profile.phone ?? '' };
}

/** The request's fields; the server reports what is missing or wrong, field by field. */
export function fieldsOf({ districtAsWritten: _shown, ...draft }: ProfileDraft): SeekerProfileFields {
  return {
    ...draft,
    region: draft.region as SeekerProfileFields['region'],
    educationLevel: draft.educationLevel as SeekerProfileFields['educationLevel'],
    occupationCode: draft.occupationCode as SeekerProfileFields['occupationCode'],
    district: draft.district,
    phone: draft.phone.trim() === '' ? null : draft.phone,
  };
}

export function ProfileFields({
  draft,
  onChange,
  error,
}: {
  draft: ProfileDraft;
  onChange: (draft: ProfileDraft) => void;
  error: unknown;
}) {
  const { t } = useTranslation('seekers');
  const language = useUiLanguage();
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('profile.region')}
          placeholder={t('form.choose')}
          data={regionOptions(language)}
          value={draft.region}
          onChange={(v) => onChange({ ...draft, region: v, district: '' })}
          searchable
          withAsterisk
          error={fieldError(error, 'region')}
        />
        <DistrictPicker
          label={t('profile.district')}
          region={draft.region}
          value={draft.district}
          asWritten={draft.districtAsWritten}
          onChange={(district) => set('district', district)}
          error={fieldError(error, 'district')}
        />
        <Select
          label={t('profile.occupation')}
          placeholder={t('form.choose')}
          data={occupationOptions(language)}
          value={draft.occupationCode}
          onChange={(v) => set('occupationCode', v)}
          searchable
          clearable
          error={fieldError(error, 'occupationCode')}
        />
        <Select
          label={t('profile.education')}
          placeholder={t('form.choose')}
          data={educationLevels.map((level) => ({ value: level, label: t(`education.${level}`) }))}
          value={draft.educationLevel}
          onChange={(v) => set('educationLevel', v)}
          withAsterisk
          error={fieldError(error, 'educationLevel')}
        />
        <NumberInput
          label={t('profile.graduationYear')}
          value={draft.graduationYear ?? ''}
          onChange={(v) => set('graduationYear', typeof v === 'number' ? v : null)}
          min={1950}
          max={2100}
          allowDecimal={false}
          error={fieldError(error, 'graduationYear')}
        />
        <TextInput
          label={t('profile.phone')}
          type="tel"
          autoComplete="tel"
          value={draft.phone}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={fieldError(error, 'phone')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('profile.rural')}
        checked={draft.rural}
        onChange={(e) => set('rural', e.currentTarget.checked)}
      />
      <Checkbox
        label={t('profile.disability')}
        checked={draft.hasDisability}
        onChange={(e) => set('hasDisability', e.currentTarget.checked)}
      />
      <Checkbox
        label={t('profile.workExperience')}
        checked={draft.hasWorkExperience}
        onChange={(e) => set('hasWorkExperience', e.currentTarget.checked)}
      />
    </Stack>
  );
}

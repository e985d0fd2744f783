// The employer's two forms as the page holds them (text and number fields) and as the API takes them (the shared schemas).
import {
  type ApplicationFormInput,
  type ApplicationRequisites,
  type ApplicationView,
  applicationFormInput,
  applicationRequisites,
} from '../../../shared/api/subsidized-jobs';
import { hasValidIbanChecksum, KZ_IBAN_LENGTH, normaliseIban } from '../../../shared/iban';
import type { Locale } from '../../../shared/roles';
import { type FieldErrors, validateWith } from './field-errors';

/** A number field: a number once typed, '' while empty (Mantine's NumberInput gives the same). */
export type NumberField = number | '';

export type PositionDraft = {
  /** Identifies the row while it is edited, so React keeps focus in the right row when another is removed. */
  key: string;
  occupationCode: string;
  jobs: NumberField;
  monthlyWage: NumberField;
  schedule: string;
  workplace: string;
  district: string;
  durationMonths: NumberField;
  requirements: string;
};

export type FormDraft = {
  programmeCode: string;
  centreId: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** YYYY-MM-DD, '' while empty. */
  plannedStartDate: string;
  positions: PositionDraft[];
};

/** What fills the contacts of a new application: the person signed in and the organisation's requisites. */
export type ContactDefaults = { name?: string | null; phone?: string | null; email?: string | null };

export function emptyPosition(key: string, durationMonths: NumberField = ''): PositionDraft {
  return {
    key,
    occupationCode: '',
    jobs: 1,
    monthlyWage: '',
    schedule: 'full_time',
    workplace: '',
    district: '',
    durationMonths,
    requirements: '',
  };
}

export function formDraftFromView(view: ApplicationView, defaults: ContactDefaults, newKey: () => string): FormDraft {
  return {
    programmeCode: view.programme.code,
    centreId: view.centre.id,
    contactName: view.contactName ?? defaults.name ?? '',
    contactPhone: view.contactPhone ?? defaults.phone ?? '',
    contactEmail: view.contactEmail ?? defaults.email ?? '',
    plannedStartDate: view.plannedStartDate ?? '',
    positions: [...view.positions]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((p) => ({
        key: newKey(),
        occupationCode: p.occupationCode,
        jobs: p.jobs,
        monthlyWage: p.monthlyWage,
        schedule: p.schedule,
        workplace: p.workplace,
        district: p.district,
        durationMonths: p.durationMonths,
        requirements: p.requirements,
      })),
  };
}

/** An empty number field is a missing value, so the schema says "fill in this field" rather than "not a number". */
function numberOrMissing(value: NumberField): number | undefined {
  return value === '' ? undefined : value;
}

/** The request body before validation: what the person typed, in the shape of applicationFormInput. */
export function formRequestFrom(draft: FormDraft, version: number): Record<string, unknown> {
  return {
    version,
    programmeCode: draft.programmeCode,
    centreId: draft.centreId,
    contactName: draft.contactName,
    contactPhone: draft.contactPhone,
    contactEmail: draft.contactEmail,
    plannedStartDate: draft.plannedStartDate === '' ? null : draft.plannedStartDate,
    positions: draft.positions.map(({ key: _key, ...p }) => ({
      ...p,
      jobs: numberOrMissing(p.jobs),
      monthlyWage: numberOrMissing(p.monthlyWage),
      durationMonths: numberOrMissing(p.durationMonths),
    })),
  };
}

/** The form checked by the server's schema: the body to send (trimmed, phone normalised) or the messages by field. */
export function validateForm(
  draft: FormDraft,
  version: number,
  locale: Locale,
): { value: ApplicationFormInput; errors: FieldErrors } | { value: null; errors: FieldErrors } {
  return validateWith(applicationFormInput, formRequestFrom(draft, version), locale);
}

/** Whether two drafts would send the same body: a reload or an echo of our own save is not an edit. */
export function sameForm(a: FormDraft, b: FormDraft): boolean {
  return JSON.stringify(formRequestFrom(a, 0)) === JSON.stringify(formRequestFrom(b, 0));
}

export type RequisiteField = keyof ApplicationRequisites;
export const requisiteFields = Object.keys(applicationRequisites.shape) as RequisiteField[];
export type RequisitesDraft = Record<RequisiteField, string>;

/** Where the form's first values came from, said above the form so the employer knows what to check. */
export type RequisitesOrigin = 'application' | 'organisation' | 'registry' | 'empty';

/**
 * The requisites to start from: the application's own (as last saved), else the organisation's, else what the
 * business registry knows. The BIN is always the organisation's: it is not the employer's to change.
 */
export function requisitesDraftFrom({
  application,
  organisation,
  prefill,
  employerBin,
}: {
  application: ApplicationRequisites | null;
  organisation: ApplicationRequisites | null;
  prefill: Partial<ApplicationRequisites>;
  employerBin: string;
}): { draft: RequisitesDraft; origin: RequisitesOrigin } {
  const source = application ?? organisation ?? prefill;
  const origin: RequisitesOrigin = application
    ? 'application'
    : organisation
      ? 'organisation'
      : Object.keys(prefill).length > 0
        ? 'registry'
        : 'empty';
  const draft = Object.fromEntries(requisiteFields.map((f) => [f, source[f] ?? ''])) as RequisitesDraft;
  return { draft: { ...draft, bin: employerBin }, origin };
}

/** Field errors come back keyed "requisites.iban": the request body is { version, requisites }. */
export const requisitesPath = (field: RequisiteField) => `requisites.${field}`;

export function validateRequisites(
  draft: RequisitesDraft,
  locale: Locale,
): { value: ApplicationRequisites; errors: FieldErrors } | { value: null; errors: FieldErrors } {
  return validateWith(applicationRequisites, draft, locale, 'requisites.');
}

/** What the IBAN field says while it is typed: how far along, which rule fails, or that the ISO 13616 check passed. */
export type IbanFeedback =
  | { state: 'empty' }
  | { state: 'typing'; entered: number }
  | { state: 'not_kz' }
  | { state: 'bad_characters' }
  | { state: 'too_long'; entered: number }
  | { state: 'bad_format' }
  | { state: 'checksum' }
  | { state: 'valid'; grouped: string };

export function ibanFeedback(value: string): IbanFeedback {
  const iban = normaliseIban(value);
  if (iban === '') return { state: 'empty' };
  if (!/^[A-Z0-9]+$/.test(iban)) return { state: 'bad_characters' };
  if (!'KZ'.startsWith(iban.slice(0, 2))) return { state: 'not_kz' };
  // KZ, two check digits, a three-digit bank code, then thirteen account characters: checked as far as typed.
  if (!/^[0-9]*$/.test(iban.slice(2, 7))) return { state: 'bad_format' };
  if (iban.length < KZ_IBAN_LENGTH) return { state: 'typing', entered: iban.length };
  if (iban.length > KZ_IBAN_LENGTH) return { state: 'too_long', entered: iban.length };
  if (!hasValidIbanChecksum(iban)) return { state: 'checksum' };
  return { state: 'valid', grouped: iban.replace(/(.{4})(?=.)/g, '$1 ') };
}

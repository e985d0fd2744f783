// The administrator's new-version form as the inputs hold it, and the request it becomes (the server validates it).
import type {
  FormulaKind,
  NewProgrammeVersionInput,
  ProgrammeVersionView,
} from '../../../shared/api/subsidy-programmes';
import type { Certainty, TargetGroup } from '../../../shared/subsidy/programmes';

/** What a number input holds: a number, or '' while empty. */
export type NumberField = number | string;

export type VersionForm = {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  targetGroups: TargetGroup[];
  minParticipantAge: NumberField;
  maxParticipantAge: NumberField;
  maxDurationMonths: NumberField;
  formulaKind: FormulaKind;
  percent: NumberField;
  capMrp: NumberField;
  capMzp: NumberField;
  /** "70, 65, 60": one share per year of participation. */
  percentByYear: string;
  mrp: NumberField;
  multiple: NumberField;
  validFrom: string;
  validTo: string;
  source: string;
  certainty: { participants: Certainty; duration: Certainty; formula: Certainty };
};

export const emptyVersionForm: VersionForm = {
  code: '',
  nameKk: '',
  nameRu: '',
  nameEn: '',
  targetGroups: [],
  minParticipantAge: '',
  maxParticipantAge: '',
  maxDurationMonths: '',
  formulaKind: 'wage_share',
  percent: '',
  capMrp: '',
  capMzp: '',
  percentByYear: '',
  mrp: '',
  multiple: '',
  validFrom: '',
  validTo: '',
  source: '',
  certainty: { participants: 'unconfirmed', duration: 'unconfirmed', formula: 'unconfirmed' },
};

const fromOptional = (value: number | null | undefined): NumberField => value ?? '';

/** The next version starts from the current one's values; its dates and source are the administrator's to give. */
export function formFromVersion(version: ProgrammeVersionView): VersionForm {
  const f = version.formula;
  return {
    ...emptyVersionForm,
    code: version.code,
    nameKk: version.name.kk,
    nameRu: version.name.ru,
    nameEn: version.name.en ?? '',
    targetGroups: [...version.targetGroups],
    minParticipantAge: fromOptional(version.minParticipantAge),
    maxParticipantAge: fromOptional(version.maxParticipantAge),
    maxDurationMonths: fromOptional(version.maxDurationMonths),
    formulaKind: f.kind,
    percent: f.kind === 'wage_share' ? f.percent : '',
    capMrp: f.kind === 'wage_share' || f.kind === 'wage_share_by_year' ? fromOptional(f.capMrp) : '',
    capMzp: f.kind === 'wage_share' ? fromOptional(f.capMzp) : '',
    percentByYear: f.kind === 'wage_share_by_year' ? f.percentByYear.join(', ') : '',
    mrp: f.kind === 'fixed_mrp' ? f.mrp : '',
    multiple: f.kind === 'fixed_mzp' ? f.multiple : '',
    certainty: { ...version.certainty },
  };
}

/** An empty input is "not given"; anything else goes as typed, for the server to accept or explain. */
function numberOrNull(value: NumberField): number | null {
  return value === '' ? null : Number(value);
}

function numberOrAbsent(value: NumberField): number | undefined {
  return value === '' ? undefined : Number(value);
}

/** The request body: like NewProgrammeVersionInput, except that a number or date left empty is simply missing. */
export type VersionRequest = Omit<NewProgrammeVersionInput, 'formula' | 'validFrom'> & {
  formula: { kind: FormulaKind } & Record<string, unknown>;
  validFrom: string | undefined;
};

function formulaFromForm(form: VersionForm): VersionRequest['formula'] {
  switch (form.formulaKind) {
    case 'wage_share':
      return {
        kind: 'wage_share',
        percent: numberOrAbsent(form.percent),
        ...(form.capMrp === '' ? {} : { capMrp: Number(form.capMrp) }),
        ...(form.capMzp === '' ? {} : { capMzp: Number(form.capMzp) }),
      };
    case 'wage_share_by_year':
      return {
        kind: 'wage_share_by_year',
        percentByYear: form.percentByYear
          .split(/[\s,;/]+/)
          .filter((part) => part.length > 0)
          .map(Number),
        capMrp: numberOrAbsent(form.capMrp),
      };
    case 'fixed_mrp':
      return { kind: 'fixed_mrp', mrp: numberOrAbsent(form.mrp) };
    case 'fixed_mzp':
      return { kind: 'fixed_mzp', multiple: numberOrAbsent(form.multiple) };
    case 'not_set':
      return { kind: 'not_set' };
  }
}

export function requestFromForm(form: VersionForm): VersionRequest {
  return {
    code: form.code.trim(),
    name: { kk: form.nameKk, ru: form.nameRu, ...(form.nameEn.trim() ? { en: form.nameEn } : {}) },
    targetGroups: form.targetGroups,
    minParticipantAge: numberOrNull(form.minParticipantAge),
    maxParticipantAge: numberOrNull(form.maxParticipantAge),
    maxDurationMonths: numberOrNull(form.maxDurationMonths),
    formula: formulaFromForm(form),
    validFrom: form.validFrom === '' ? undefined : form.validFrom,
    validTo: form.validTo === '' ? null : form.validTo,
    source: form.source,
    certainty: form.certainty,
  };
}

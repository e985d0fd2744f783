// The CV builder's form as the page holds it (text fields, rows with keys) and as the API takes it (the shared schema).
import {
  type CvInputDraft,
  type CvView,
  cvInput,
  type EducationLevel,
  knownCvLanguages,
  type LanguageLevel,
} from '../../../shared/api/cvs';
import type { Locale } from '../../../shared/roles';
import { type FieldErrors, validateWith } from '../subsidized-jobs/field-errors';

/** A number field: a number once typed, '' while empty (Mantine's NumberInput gives the same). */
export type NumberField = number | '';

export type ExperienceDraft = {
  /** Identifies the row while it is edited, so React keeps focus in the right row when another is removed. */
  key: string;
  employer: string;
  position: string;
  from: string;
  to: string;
  current: boolean;
  duties: string;
};

export type EducationDraft = {
  key: string;
  institution: string;
  speciality: string;
  level: EducationLevel | '';
  graduationYear: NumberField;
};

export type KnownLanguage = (typeof knownCvLanguages)[number];
export type LanguageDraft = {
  key: string;
  code: KnownLanguage | 'other' | '';
  otherName: string;
  level: LanguageLevel | '';
};

export type CvDraft = {
  title: string;
  desiredPosition: string;
  occupationCode: string;
  desiredSalary: NumberField;
  region: string;
  willingToRelocate: boolean;
  experience: ExperienceDraft[];
  education: EducationDraft[];
  skills: string[];
  languages: LanguageDraft[];
  about: string;
  locale: Locale;
};

let rowCounter = 0;
export const newRowKey = () => `cv-row-${++rowCounter}`;

export const emptyExperience = (key: string): ExperienceDraft => ({
  key,
  employer: '',
  position: '',
  from: '',
  to: '',
  current: false,
  duties: '',
});
export const emptyEducation = (key: string): EducationDraft => ({
  key,
  institution: '',
  speciality: '',
  level: '',
  graduationYear: '',
});
export const emptyLanguage = (key: string): LanguageDraft => ({ key, code: '', otherName: '', level: '' });

const isKnownLanguage = (language: string): language is KnownLanguage =>
  (knownCvLanguages as readonly string[]).includes(language);

export function draftFromCv(cv: CvView, newKey: () => string = newRowKey): CvDraft {
  return {
    title: cv.title,
    desiredPosition: cv.desiredPosition,
    occupationCode: cv.occupationCode ?? '',
    desiredSalary: cv.desiredSalary ?? '',
    region: cv.region,
    willingToRelocate: cv.willingToRelocate,
    experience: cv.experience.map((entry) => ({
      key: newKey(),
      employer: entry.employer,
      position: entry.position,
      from: entry.from,
      to: entry.to ?? '',
      current: entry.to === null,
      duties: entry.duties,
    })),
    education: cv.education.map((entry) => ({ key: newKey(), ...entry })),
    skills: [...cv.skills],
    languages: cv.languages.map((entry) =>
      isKnownLanguage(entry.language)
        ? { key: newKey(), code: entry.language, otherName: '', level: entry.level }
        : { key: newKey(), code: 'other', otherName: entry.language, level: entry.level },
    ),
    about: cv.about,
    locale: cv.locale,
  };
}

/** An empty field is a missing value, so the schema says "fill in this field" rather than "not a number". */
const orMissing = <T>(value: T | '') => (value === '' ? undefined : value);

/** The request body; empty optional fields become what the API means by "none". */
export function inputFromDraft(draft: CvDraft): CvInputDraft {
  return {
    title: draft.title,
    desiredPosition: draft.desiredPosition,
    occupationCode: draft.occupationCode === '' ? null : (draft.occupationCode as CvInputDraft['occupationCode']),
    desiredSalary: draft.desiredSalary === '' ? null : draft.desiredSalary,
    region: draft.region as CvInputDraft['region'],
    willingToRelocate: draft.willingToRelocate,
    experience: draft.experience.map((entry) => ({
      employer: entry.employer,
      position: entry.position,
      from: entry.from,
      to: entry.current ? null : entry.to,
      duties: entry.duties,
    })),
    education: draft.education.map((entry) => ({
      institution: entry.institution,
      speciality: entry.speciality,
      level: orMissing(entry.level) as EducationLevel,
      graduationYear: orMissing(entry.graduationYear) as number,
    })),
    skills: draft.skills,
    languages: draft.languages.map((entry) => ({
      language: entry.code === 'other' ? entry.otherName : entry.code,
      level: orMissing(entry.level) as LanguageLevel,
    })),
    about: draft.about,
    locale: draft.locale,
  };
}

/** Checks the draft with the server's own schema: the same messages on the same paths (experience.0.from …). */
export function validateDraft(draft: CvDraft, locale: Locale): FieldErrors {
  return validateWith(cvInput, inputFromDraft(draft), locale).errors;
}

/** Whether two drafts would save the same CV (row keys aside). */
export function sameDraft(a: CvDraft, b: CvDraft): boolean {
  return JSON.stringify(inputFromDraft(a)) === JSON.stringify(inputFromDraft(b));
}

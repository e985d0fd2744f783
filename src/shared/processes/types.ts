// The shape of a functional process map (функциональная карта бизнес-процесса) as data.
import type { LocalizedText } from '../api/common';

export type ProcessSystem = 'enbek' | 'ais_rt' | 'tanda' | 'automatic' | 'none';
export type Lane =
  | 'employer'
  | 'job_seeker'
  | 'employer_or_job_seeker'
  | 'employer_relations_specialist'
  | 'centre_head'
  | 'automatic';

export type MapStep = {
  /** Number as printed in the map: "1" is a stage, "1.3" a step of it. */
  number: string;
  lane: Lane;
  system: ProcessSystem;
  action: LocalizedText;
};

export type ProcessDefinition = {
  code: 'B03' | 'B06';
  officialCode: string;
  title: LocalizedText;
  purpose: LocalizedText;
  steps: readonly MapStep[];
};

export const laneNames: Record<Lane, LocalizedText> = {
  employer: { kk: 'Жұмыс беруші', ru: 'Работодатель', en: 'Employer' },
  job_seeker: { kk: 'Ізденуші', ru: 'Соискатель', en: 'Job seeker' },
  employer_or_job_seeker: {
    kk: 'Жұмыс беруші / Ізденуші',
    ru: 'Работодатель / Соискатель',
    en: 'Employer / Job seeker',
  },
  employer_relations_specialist: {
    kk: 'Жұмыс берушілермен өзара іс-қимыл жөніндегі маман',
    ru: 'Специалист по взаимодействию с работодателями',
    en: 'Employer-relations specialist',
  },
  centre_head: { kk: 'ЕМО (МО) басшысы', ru: 'Руководитель ЦТМ (КЦ)', en: 'Head of the employment centre' },
  automatic: { kk: 'Автоматты түрде', ru: 'Автоматически', en: 'Automatic' },
};

export function stepId(process: ProcessDefinition['code'], number: string): string {
  return `${process}-${number}`;
}

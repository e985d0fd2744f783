// Table types of subsidy programmes (виды СРМ) as versioned data, МРП/МЗП by year, and the dated participant rules.
import type { ColumnType } from 'kysely';
import type { ParticipantRuleKind, ParticipantRuleValue, RuleSex } from '../../../shared/subsidy/participants';
import type { Certainty, SubsidyFormula, TargetGroup } from '../../../shared/subsidy/programmes';
import type { GeneratedId, Json, Timestamp } from '../../platform/db/column-types';

export type SubsidyProgrammeVersionsTable = {
  id: GeneratedId;
  code: string;
  version: number;
  name_kk: string;
  name_ru: string;
  name_en: string | null;
  target_groups: ColumnType<TargetGroup[], TargetGroup[], TargetGroup[]>;
  min_participant_age: number | null;
  max_participant_age: number | null;
  max_duration_months: number | null;
  formula: Json<SubsidyFormula>;
  valid_from: string;
  valid_to: string | null;
  source: string;
  certainty: Json<{ participants: Certainty; duration: Certainty; formula: Certainty }>;
  created_by: string | null;
  created_at: Timestamp;
};

export type WageIndicatorsTable = {
  year: number;
  mrp: number;
  mzp: number;
  source: string;
  certainty: Certainty;
  updated_by: string | null;
  updated_at: Timestamp;
};

export type SubsidyParticipantRulesTable = {
  kind: ParticipantRuleKind;
  sex: ColumnType<RuleSex, RuleSex | undefined, RuleSex>;
  valid_from: string;
  value: Json<ParticipantRuleValue>;
  source: string;
  certainty: Certainty;
  created_by: string | null;
  created_at: Timestamp;
};

export type SubsidyProgrammesTables = {
  subsidy_programme_versions: SubsidyProgrammeVersionsTable;
  wage_indicators: WageIndicatorsTable;
  subsidy_participant_rules: SubsidyParticipantRulesTable;
};

// Table types of the employer conditions as dated, sourced versions (B03-1.3).
import type { ConditionMode, ConditionParams, EmployerConditionCode } from '../../../shared/api/employer-conditions';
import type { Certainty } from '../../../shared/subsidy/programmes';
import type { GeneratedId, Json, Timestamp } from '../../platform/db/column-types';

export type EmployerConditionVersionsTable = {
  id: GeneratedId;
  code: EmployerConditionCode;
  version: number;
  ordinal: number;
  mode: ConditionMode;
  params: Json<ConditionParams>;
  valid_from: string;
  valid_to: string | null;
  source: string;
  certainty: Certainty;
  note: string;
  created_by: string | null;
  created_at: Timestamp;
};

export type GovRegistriesTables = { employer_condition_versions: EmployerConditionVersionsTable };

// Table types of the job-seeker registry: profiles and registrations at a centre.
import type { ColumnType, Generated } from 'kysely';
import type { DeregistrationReason } from '../../../shared/seekers/deregistration';
import type { GeneratedId, Timestamp } from '../../platform/db/column-types';

export type CvVisibility = 'employers' | 'centre' | 'none';
export type SeekerRegistrationKind = 'job_seeker' | 'unemployed';
export type SeekerRegistrationStatus = 'requested' | 'registered' | 'refused' | 'deregistered';

export type SeekerProfilesTable = {
  user_id: string;
  birth_date: string;
  sex: 'female' | 'male';
  region: string;
  /** The district as written: free text before КАТО codes, the КАТО name in Russian since. */
  district: string;
  /** The КАТО code; null for an old text that named no district of the region (shown for correction). */
  district_code: string | null;
  rural: Generated<boolean>;
  occupation_code: string | null;
  has_disability: Generated<boolean>;
  has_work_experience: Generated<boolean>;
  education_level: Generated<'secondary' | 'vocational' | 'higher' | 'postgraduate'>;
  graduation_year: number | null;
  phone: string | null;
  cv_visibility: Generated<CvVisibility>;
  version: Generated<number>;
  updated_at: Timestamp;
};

export type SeekerRegistrationsTable = {
  id: GeneratedId;
  seeker_id: string;
  centre_id: string;
  kind: SeekerRegistrationKind;
  status: SeekerRegistrationStatus;
  version: Generated<number>;
  categories: ColumnType<string[], string[] | undefined, string[]>;
  assisted: Generated<boolean>;
  requested_at: Timestamp;
  decided_at: Timestamp | null;
  decided_by: string | null;
  refusal_reason: string | null;
  created_by: string | null;
  deregistration_reason: ColumnType<DeregistrationReason | null, DeregistrationReason | null | undefined>;
  deregistration_note: ColumnType<string | null, string | null | undefined>;
  deregistered_at: ColumnType<Date | null, Date | string | null | undefined>;
  deregistered_by: ColumnType<string | null, string | null | undefined>;
};

export type SeekersTables = {
  seeker_profiles: SeekerProfilesTable;
  seeker_registrations: SeekerRegistrationsTable;
};

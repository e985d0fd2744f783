// Table types of subsidized-job applications (ФК-В.03 steps 1–3.2): requisites, applications, positions, revisions,
// remarks, consultations and compliance checks.
import type { ColumnType, Generated } from 'kysely';
import type { ApplicationRequisites, ApplicationStatus } from '../../../shared/api/subsidized-jobs';
import type { GeneratedId, Json, Timestamp } from '../../platform/db/column-types';

type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export type EmployerRequisitesTable = {
  organisation_id: string;
  requisites: Json<ApplicationRequisites>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
};

export type SubsidyApplicationsTable = {
  id: GeneratedId;
  number: string | null;
  employer_id: string;
  centre_id: string;
  programme_code: string;
  programme_version_id: string | null;
  status: ApplicationStatus;
  version: Generated<number>;
  requisites: NullableJson<ApplicationRequisites>;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  /** B03-1.2: the day the subsidized jobs are planned to start; the figures are priced from it. */
  planned_start_date: string | null;
  /** The EmployerCheck of the gov-registries module, as it answered. */
  check_result: NullableJson<unknown>;
  checked_at: Timestamp | null;
  pending_document_id: string | null;
  revision: Generated<number>;
  submitted_at: Timestamp | null;
  demand_supply: NullableJson<unknown>;
  decision: 'approved' | 'rejected' | null;
  approved_jobs: number | null;
  decision_reason: string | null;
  decided_at: Timestamp | null;
  /** The first submission: the queue's age counts from it. */
  first_submitted_at: Timestamp | null;
  /** B03-2.3: when the centre last returned it for correction. */
  returned_at: Timestamp | null;
  /** When the employer was told the returned application may be closed as abandoned. */
  abandonment_notice_at: Timestamp | null;
  /** Withdrawn or closed as abandoned; the employer's reason for a withdrawal. */
  closed_at: Timestamp | null;
  closed_reason: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PositionSchedule = 'full_time' | 'part_time' | 'shift' | 'flexible';

export type SubsidyApplicationPositionsTable = {
  id: GeneratedId;
  application_id: string;
  ordinal: number;
  occupation_code: string;
  occupation_name: string;
  jobs: number;
  monthly_wage: number;
  schedule: PositionSchedule;
  workplace: string;
  /** The district as written: free text before КАТО codes, the КАТО name in Russian since. */
  district: string;
  /** The КАТО code; null for an old text that named no district of the centre's region (shown for correction). */
  district_code: string | null;
  duration_months: number;
  requirements: Generated<string>;
};

export type SubsidyApplicationRevisionsTable = {
  application_id: string;
  revision: number;
  /** The canonical content that was signed (the signed document's bytes are its RFC 8785 JSON). */
  content: Json<unknown>;
  document_id: string;
  submitted_by: string;
  submitted_at: Timestamp;
};

export type SubsidyApplicationRemarksTable = {
  id: GeneratedId;
  application_id: string;
  revision: number;
  field: string | null;
  text: string;
  author_id: string;
  created_at: Timestamp;
};

export type ConsultationChannel = 'in_person' | 'phone' | 'video' | 'email' | 'portal';

export type SubsidyConsultationsTable = {
  id: GeneratedId;
  application_id: string;
  given_on: string;
  channel: ConsultationChannel;
  topic: string;
  summary: string;
  given_by: string;
  created_at: Timestamp;
};

export type SubsidyComplianceChecksTable = {
  application_id: string;
  revision: number;
  item: string;
  result: 'passed' | 'failed' | 'not_applicable';
  note: Generated<string>;
  checked_by: string;
  checked_at: Timestamp;
};

export type SubsidyApplicationSettingsTable = {
  key: 'abandon_after_working_days' | 'abandon_notice_working_days';
  value: number;
  updated_by: string | null;
  updated_at: Timestamp;
};

export type SubsidizedJobsTables = {
  subsidy_application_settings: SubsidyApplicationSettingsTable;
  employer_requisites: EmployerRequisitesTable;
  subsidy_applications: SubsidyApplicationsTable;
  subsidy_application_positions: SubsidyApplicationPositionsTable;
  subsidy_application_revisions: SubsidyApplicationRevisionsTable;
  subsidy_application_remarks: SubsidyApplicationRemarksTable;
  subsidy_consultations: SubsidyConsultationsTable;
  subsidy_compliance_checks: SubsidyComplianceChecksTable;
};

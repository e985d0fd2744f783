// Table types of the centre's review: the conclusion of the compliance checklist (B03-2.2), one per revision.
import type { Json, Timestamp } from '../../platform/db/column-types';

export type ConclusionFailedItem = { id: string; code: string; position: number | null };

export type SubsidyReviewConclusionsTable = {
  application_id: string;
  revision: number;
  outcome: 'compliant' | 'not_compliant';
  failed_items: Json<ConclusionFailedItem[]>;
  rejection_reasons: Json<string[]>;
  concluded_by: string;
  concluded_at: Timestamp;
};

export type SubsidyReviewTables = { subsidy_review_conclusions: SubsidyReviewConclusionsTable };

// Table types of the appeal routes.
import type { Generated } from 'kysely';

export type AppealRoutesTables = {
  appeal_routes: {
    valid_from: string;
    text_kk: string;
    text_ru: string;
    text_en: string;
    source: string;
    certainty: 'verified' | 'secondary' | 'unconfirmed';
    created_by: string | null;
    created_at: Generated<Date>;
  };
};

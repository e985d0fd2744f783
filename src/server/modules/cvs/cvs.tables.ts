// Table types of job seekers' CVs (the table is created by migrations/0005-accounts.ts).
import type { ColumnType, Generated } from 'kysely';
import type { EducationEntry, ExperienceEntry, LanguageEntry, PhotoMediaType } from '../../../shared/api/cvs';
import type { Locale } from '../../../shared/roles';
import type { GeneratedId, Json, Timestamp } from '../../platform/db/column-types';

export type CvsTable = {
  id: GeneratedId;
  seeker_id: string;
  title: string;
  desired_position: string;
  occupation_code: string | null;
  desired_salary: number | null;
  region: string;
  willing_to_relocate: Generated<boolean>;
  experience: Json<ExperienceEntry[]>;
  education: Json<EducationEntry[]>;
  skills: ColumnType<string[], string[] | undefined, string[]>;
  languages: Json<LanguageEntry[]>;
  about: Generated<string>;
  photo: Uint8Array | null;
  photo_media_type: PhotoMediaType | null;
  locale: Generated<Locale>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Title, position, about and skills in lower case, kept by a trigger for the trigram index. */
  search_text: Generated<string>;
};

export type CvsTables = { cvs: CvsTable };

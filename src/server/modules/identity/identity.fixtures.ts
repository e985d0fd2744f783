// Typed builders for organisations and users, shared by the demo world and the tests.
import { employerRights } from '../../../shared/api/accounts';
import { computeCheckDigit } from '../../../shared/iin-bin';
import type { RegionCode } from '../../../shared/regions';
import type { Locale, Role } from '../../../shared/roles';
import type { DbOrTx } from '../../platform/db/database';

/** A valid BIN: registration year-month, resident legal entity (4), head office (0), serial, check digit. */
export function makeBin(yearMonth: string, serial: number): string {
  for (let s = serial; ; s++) {
    const first11 = `${yearMonth}40${String(s % 100_000).padStart(5, '0')}`;
    const check = computeCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** A valid IIN for a birth date (YYYY-MM-DD) and sex. */
export function makeIin(birthDate: string, sex: 'male' | 'female', serial: number): string {
  const [year, month, day] = birthDate.split('-');
  const centuryBase = { 18: 1, 19: 3, 20: 5 }[Number(year!.slice(0, 2)) as 18 | 19 | 20];
  const centuryDigit = centuryBase + (sex === 'female' ? 1 : 0);
  for (let s = serial; ; s++) {
    const first11 = `${year!.slice(2)}${month}${day}${centuryDigit}${String(s % 10_000).padStart(4, '0')}`;
    const check = computeCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

export type NewOrganisation = {
  kind: 'employer' | 'centre';
  bin: string;
  nameKk: string;
  nameRu: string;
  nameEn?: string;
  region: RegionCode;
};

export async function insertOrganisation(db: DbOrTx, o: NewOrganisation): Promise<string> {
  const row = await db
    .insertInto('organisations')
    .values({
      kind: o.kind,
      bin: o.bin,
      name_kk: o.nameKk,
      name_ru: o.nameRu,
      name_en: o.nameEn ?? null,
      region: o.region,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type NewUser = {
  login: string;
  fullName: string;
  role: Role;
  organisationId?: string | null;
  iin?: string | null;
  locale?: Locale;
  passwordHash: string | null;
  email?: string | null;
  /** An employer's user: every right unless told, as the seeded ones are their organisation's heads. */
  rights?: string[];
};

export async function insertUser(db: DbOrTx, u: NewUser): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      login: u.login.toLowerCase(),
      email: u.email === undefined ? u.login.toLowerCase() : u.email,
      full_name: u.fullName,
      role: u.role,
      organisation_id: u.organisationId ?? null,
      iin: u.iin ?? null,
      locale: u.locale ?? 'ru',
      password_hash: u.passwordHash,
      disabled_at: null,
      rights: u.rights ?? (u.role === 'employer_representative' ? [...employerRights] : []),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

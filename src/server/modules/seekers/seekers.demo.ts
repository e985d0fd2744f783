// Demo job-seeker profiles and registrations for the six demo seekers, so demand and supply (B03-2.1) has people to count.
import { birthDateFromIin } from '../../../shared/iin-bin';
import type { OccupationCode } from '../../../shared/occupations';
import type { RegionCode } from '../../../shared/regions';
import { Role } from '../../../shared/roles';
import { SeekerCategory } from '../../../shared/seekers/categories';
import type { DbOrTx } from '../../platform/db/database';
import { insertSeekerRegistration, upsertSeekerProfile } from './seekers.repository';
import type { CvVisibility, SeekerRegistrationKind } from './seekers.tables';

type DemoSeekerProfile = {
  login: string;
  centre: Extract<RegionCode, 'astana' | 'almaty'>;
  /** A КАТО code of the centre's region. */
  district: string;
  occupationCode: OccupationCode;
  kind: SeekerRegistrationKind;
  categories: SeekerCategory[];
  hasDisability: boolean;
  hasWorkExperience: boolean;
  educationLevel: 'secondary' | 'vocational' | 'higher';
  graduationYear: number | null;
  cvVisibility: CvVisibility;
  /** Days before `now` the centre registered them. */
  registeredDaysAgo: number;
};

// Astana's seekers match the demo application of employer2 (social jobs: 9214 garden labourers, 4110 clerks, Сарыарқа);
// Almaty's match the trades of its demo employers (sewing, transport, kitchen).
export const demoSeekerProfiles: readonly DemoSeekerProfile[] = [
  {
    login: 'seeker1@demo.kz',
    centre: 'astana',
    district: '711310000',
    occupationCode: '4110',
    kind: 'unemployed',
    categories: [SeekerCategory.youth, SeekerCategory.graduate, SeekerCategory.noWorkExperience],
    hasDisability: false,
    hasWorkExperience: false,
    educationLevel: 'vocational',
    graduationYear: 2023,
    cvVisibility: 'employers',
    registeredDaysAgo: 40,
  },
  {
    login: 'seeker2@demo.kz',
    centre: 'astana',
    district: '711210000',
    occupationCode: '4110',
    kind: 'job_seeker',
    categories: [SeekerCategory.youth, SeekerCategory.graduate],
    hasDisability: false,
    hasWorkExperience: true,
    educationLevel: 'higher',
    graduationYear: 2021,
    cvVisibility: 'none',
    registeredDaysAgo: 25,
  },
  {
    login: 'seeker3@demo.kz',
    centre: 'astana',
    district: '711310000',
    occupationCode: '9214',
    kind: 'unemployed',
    categories: [SeekerCategory.over50],
    hasDisability: false,
    hasWorkExperience: true,
    educationLevel: 'vocational',
    graduationYear: 1990,
    cvVisibility: 'centre',
    registeredDaysAgo: 60,
  },
  {
    login: 'seeker4@demo.kz',
    centre: 'almaty',
    district: '751310000',
    occupationCode: '7531',
    kind: 'unemployed',
    categories: [SeekerCategory.youth, SeekerCategory.graduate, SeekerCategory.noWorkExperience],
    hasDisability: false,
    hasWorkExperience: false,
    educationLevel: 'vocational',
    graduationYear: 2024,
    cvVisibility: 'none',
    registeredDaysAgo: 15,
  },
  {
    login: 'seeker5@demo.kz',
    centre: 'almaty',
    district: '751210000',
    occupationCode: '8332',
    kind: 'unemployed',
    categories: [SeekerCategory.disability],
    hasDisability: true,
    hasWorkExperience: true,
    educationLevel: 'secondary',
    graduationYear: null,
    cvVisibility: 'centre',
    registeredDaysAgo: 90,
  },
  {
    login: 'seeker6@demo.kz',
    centre: 'almaty',
    district: '751710000',
    occupationCode: '5120',
    kind: 'unemployed',
    categories: [SeekerCategory.over50, SeekerCategory.rural],
    hasDisability: false,
    hasWorkExperience: true,
    educationLevel: 'vocational',
    graduationYear: 1987,
    cvVisibility: 'employers',
    registeredDaysAgo: 30,
  },
];

const dayMs = 86_400_000;

/** Gives the demo world's six seekers a profile (birth date from their IIN) and a registration at the Astana or Almaty centre. */
export async function seedSeekersDemo(db: DbOrTx, { now }: { now: Date }): Promise<void> {
  for (const demo of demoSeekerProfiles) {
    const user = await db
      .selectFrom('users')
      .select(['id', 'iin'])
      .where('login', '=', demo.login)
      .where('role', '=', Role.jobSeeker)
      .executeTakeFirstOrThrow(() => new Error(`demo seeker ${demo.login} is missing: seed the demo world first`));
    const birthDate = user.iin ? birthDateFromIin(user.iin) : null;
    if (!birthDate) throw new Error(`demo seeker ${demo.login} has no valid IIN`);
    const centre = await db
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'centre')
      .where('region', '=', demo.centre)
      .orderBy('bin')
      .executeTakeFirstOrThrow(() => new Error(`demo centre ${demo.centre} is missing`));
    const assistant = await db
      .selectFrom('users')
      .select('id')
      .where('organisation_id', '=', centre.id)
      .where('role', '=', Role.employmentAssistanceSpecialist)
      .orderBy('login')
      .executeTakeFirst();
    await upsertSeekerProfile(db, {
      userId: user.id,
      birthDate,
      // The IIN's 7th digit is odd for men (DOMAIN.md §3).
      sex: Number(user.iin![6]) % 2 === 1 ? 'male' : 'female',
      region: demo.centre,
      district: demo.district,
      rural: demo.categories.includes(SeekerCategory.rural),
      occupationCode: demo.occupationCode,
      hasDisability: demo.hasDisability,
      hasWorkExperience: demo.hasWorkExperience,
      educationLevel: demo.educationLevel,
      graduationYear: demo.graduationYear,
      phone: null,
      cvVisibility: demo.cvVisibility,
      now,
    });
    const registeredAt = new Date(now.getTime() - demo.registeredDaysAgo * dayMs);
    await insertSeekerRegistration(db, {
      seekerId: user.id,
      centreId: centre.id,
      kind: demo.kind,
      status: 'registered',
      categories: demo.categories,
      requestedAt: new Date(registeredAt.getTime() - dayMs),
      decidedAt: registeredAt,
      decidedBy: assistant?.id ?? null,
      createdBy: user.id,
    });
  }
}

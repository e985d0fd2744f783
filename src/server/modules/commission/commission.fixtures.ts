// TEST FIXTURES for the commission: an application sent by its employer and taken under review by the specialist
// (inserted as the employer's steps leave it, then moved by the workflow engine), and a standard commission of five.

import type { CreateMemberRequest, MinutesLanguage, SessionView } from '../../../shared/api/commission';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { type OccupationCode, occupations } from '../../../shared/occupations';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import type { SessionUser } from '../../platform/auth/access';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { applyAction } from '../../platform/workflow/workflow';
import { type SignatureTestKit, testIdentities } from '../signatures/signatures.fixtures';
import { applicationWorkflow } from '../subsidized-jobs';
import { findProgrammeInForce, seedProgrammeCatalogue } from '../subsidy-programmes';
import { seedReviewConclusion } from '../subsidy-review';

export async function seedProgrammes(db: Db, now: Date): Promise<void> {
  await seedProgrammeCatalogue(db, { programmes: programmeCatalogue, indicators: indicatorsByYear, now });
}

export type ApplicationFixture = {
  employerId: string;
  centreId: string;
  /** The employer's representative who signed and sent it. */
  submittedBy: string;
  positions: readonly { occupationCode: OccupationCode; jobs: number }[];
  submittedAt: Date;
  programmeCode?: string;
};

/** An application in status "submitted", as B03-1.4 leaves it (the signed revision itself is not needed here). */
export async function insertSubmittedApplication(db: Db, f: ApplicationFixture) {
  const programmeCode = f.programmeCode ?? 'social_jobs';
  const programme = await findProgrammeInForce(db, programmeCode, dateInKazakhstan(f.submittedAt));
  const { n } = await db
    .selectNoFrom((eb) => eb.fn<number>('nextval', [eb.val('subsidy_application_number_seq')]).as('n'))
    .executeTakeFirstOrThrow();
  const number = `СРМ-${dateInKazakhstan(f.submittedAt).slice(0, 4)}-${String(n).padStart(6, '0')}`;
  const application = await db
    .insertInto('subsidy_applications')
    .values({
      number,
      employer_id: f.employerId,
      centre_id: f.centreId,
      programme_code: programmeCode,
      programme_version_id: programme?.id ?? null,
      status: 'submitted',
      version: 6,
      requisites: null,
      contact_name: 'Ақынов Арман',
      contact_phone: '+77011234567',
      contact_email: 'hr@example.kz',
      check_result: JSON.stringify({ eligible: true }),
      checked_at: f.submittedAt,
      pending_document_id: null,
      revision: 1,
      submitted_at: f.submittedAt,
      created_by: f.submittedBy,
      created_at: f.submittedAt,
      updated_at: f.submittedAt,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('subsidy_application_positions')
    .values(
      f.positions.map((p, i) => ({
        application_id: application.id,
        ordinal: i + 1,
        occupation_code: p.occupationCode,
        occupation_name: occupations[p.occupationCode].ru,
        jobs: p.jobs,
        monthly_wage: 150_000,
        schedule: 'full_time' as const,
        workplace: 'г. Астана, ул. Сығанақ, 10',
        district: 'Есіл ауданы',
        duration_months: 12,
      })),
    )
    .execute();
  return { id: application.id, number, version: application.version };
}

/** B03-2.2 through the engine: the centre's specialist takes the submitted application under review. */
export async function insertApplicationUnderReview(db: Db, f: ApplicationFixture & { specialist: SessionUser }) {
  const submitted = await insertSubmittedApplication(db, f);
  const { record } = await applyAction(db, applicationWorkflow, {
    id: submitted.id,
    action: 'start_review',
    expectedVersion: submitted.version,
    actor: f.specialist,
    input: {},
    now: f.submittedAt,
  });
  // B03-2.2's conclusion, without which B03-2.5 refuses to send it.
  await seedReviewConclusion(db, {
    applicationId: submitted.id,
    concludedBy: f.specialist.id,
    concludedAt: f.submittedAt,
  });
  return { id: submitted.id, number: submitted.number, version: record.version };
}

/**
 * A commission of five through the members route: the head as chair, a secretary linked to a user, three members. The
 * chair and the secretary sign the minutes with the test PKI's individual keys "stranger" and "seeker".
 */
/** The test PKI's individual certificates the standard chair and secretary sign with. */
export const signerIins = { chair: testIdentities.stranger.iin, secretary: testIdentities.seeker.iin };
export const signerKeys = { chair: 'stranger', secretary: 'seeker' } as const;

export async function addStandardMembers(
  app: App,
  head: { headers: Record<string, string> },
  links: { chairUserId: string; secretaryUserId: string },
): Promise<string[]> {
  const members: CreateMemberRequest[] = [
    {
      fullName: 'Әбдірахманов Мұрат Серікұлы',
      position: 'Орталық басшысы',
      role: 'chair',
      userId: links.chairUserId,
      iin: signerIins.chair,
    },
    {
      fullName: 'Қасымов Ержан Болатұлы',
      position: 'Маман',
      role: 'secretary',
      userId: links.secretaryUserId,
      iin: signerIins.secretary,
    },
    { fullName: 'Иванова Ольга Петровна', position: 'Әкімдік өкілі', role: 'member', userId: null, iin: null },
    {
      fullName: 'Сейітов Бауыржан Қайратұлы',
      position: '«Атамекен» ҰКП өкілі',
      role: 'member',
      userId: null,
      iin: null,
    },
    { fullName: 'Жұмабаева Әсел Нұрланқызы', position: 'Кәсіподақ өкілі', role: 'member', userId: null, iin: null },
  ];
  for (const member of members) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/commission/members',
      headers: head.headers,
      payload: member,
    });
    if (response.statusCode !== 201)
      throw new Error(`member ${member.fullName}: ${response.statusCode} ${response.body}`);
  }
  const list = await app.inject({ method: 'GET', url: '/api/commission/members', headers: head.headers });
  const items = list.json().items as { id: string; fullName: string }[];
  return members.map((m) => items.find((i) => i.fullName === m.fullName)!.id);
}

/** B03-3.1 as a signer does it: read one language of the minutes, sign its bytes with a test key, send the CMS. */
export async function signMinutesWith(
  app: App,
  caller: { headers: Record<string, string> },
  input: { sessionId: string; language: MinutesLanguage; kit: SignatureTestKit; key: string; at: Date },
) {
  const view = (
    await app.inject({ method: 'GET', url: `/api/commission/sessions/${input.sessionId}`, headers: caller.headers })
  ).json() as SessionView;
  if (!view.minutes) throw new Error('the minutes are not ready');
  const content = await app.inject({
    method: 'GET',
    url: `/api/signatures/documents/${view.minutes[input.language]}/content`,
    headers: caller.headers,
  });
  const cms = Buffer.from(await input.kit.sign(input.key, content.rawPayload, input.at)).toString('base64');
  return app.inject({
    method: 'POST',
    url: `/api/commission/sessions/${input.sessionId}/minutes/signatures`,
    headers: caller.headers,
    payload: { language: input.language, cms },
  });
}

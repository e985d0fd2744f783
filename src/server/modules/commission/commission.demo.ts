// Demo data of the commission: in every centre, the head chairs it, the employment-assistance specialist is its
// secretary, and three outside members sit on it (the local akimat, the chamber of entrepreneurs, the trade unions).
import { Role } from '../../../shared/roles';
import { appendAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { insertMember, listMembers } from './commission.repository';

/** Outside members by the centre's region; a centre of another region gets the first set. */
const outsideMembers: Record<string, readonly { fullName: string; position: string }[]> = {
  astana: [
    { fullName: 'Ольга Петровна Иванова', position: 'Астана қаласы әкімдігі жұмыспен қамту бөлімінің бас маманы' },
    { fullName: 'Бауыржан Қайратұлы Сейітов', position: '«Атамекен» ҰКП Астана қаласы палатасының өкілі' },
    { fullName: 'Әсел Нұрланқызы Жұмабаева', position: 'Астана қаласы кәсіподақтар орталығының өкілі' },
  ],
  almaty: [
    { fullName: 'Ерлан Маратұлы Сапаров', position: 'Алматы қаласы әкімдігі жұмыспен қамту басқармасының бас маманы' },
    { fullName: 'Наталья Викторовна Ли', position: '«Атамекен» ҰКП Алматы қаласы палатасының өкілі' },
    { fullName: 'Гүлназ Серікқызы Омарова', position: 'Алматы қаласы кәсіподақтар орталығының өкілі' },
  ],
  shymkent: [
    {
      fullName: 'Дархан Әбдіқадірұлы Құлбаев',
      position: 'Шымкент қаласы әкімдігі жұмыспен қамту бөлімінің бас маманы',
    },
    { fullName: 'Мадина Ерғалиқызы Тәжібаева', position: '«Атамекен» ҰКП Шымкент қаласы палатасының өкілі' },
    { fullName: 'Сергей Александрович Ким', position: 'Шымкент қаласы кәсіподақтар орталығының өкілі' },
  ],
};

export type CommissionDemo = { centres: number; members: number };

/** Seeds the commission of each centre that has a head and no members yet; run after the demo world. */
export async function seedCommissionDemo(db: Db, { now }: { now: Date }): Promise<CommissionDemo> {
  return db.transaction().execute(async (tx) => {
    const centres = await tx
      .selectFrom('organisations')
      .select(['id', 'region'])
      .where('kind', '=', 'centre')
      .orderBy('bin')
      .execute();
    let seededCentres = 0;
    let seededMembers = 0;
    for (const centre of centres) {
      if ((await listMembers(tx, centre.id)).length > 0) continue;
      const staff = await tx
        .selectFrom('users')
        .select(['id', 'full_name', 'role', 'iin'])
        .where('organisation_id', '=', centre.id)
        .where('role', 'in', [Role.centreHead, Role.employmentAssistanceSpecialist])
        .where('disabled_at', 'is', null)
        .orderBy('login')
        .execute();
      const headUser = staff.find((u) => u.role === Role.centreHead);
      const secretaryUser = staff.find((u) => u.role === Role.employmentAssistanceSpecialist);
      if (!headUser || !secretaryUser) continue;
      const members = [
        // The chair and the secretary sign the minutes with their own keys: their recorded IIN is their account's.
        {
          fullName: headUser.full_name,
          position: 'Орталық басшысы',
          role: 'chair' as const,
          userId: headUser.id,
          iin: headUser.iin,
        },
        {
          fullName: secretaryUser.full_name,
          position: 'Жұмыспен қамтуға жәрдемдесу жөніндегі маман',
          role: 'secretary' as const,
          userId: secretaryUser.id,
          iin: secretaryUser.iin,
        },
        ...(outsideMembers[centre.region] ?? outsideMembers.astana!).map((m) => ({
          ...m,
          role: 'member' as const,
          userId: null,
          iin: null,
        })),
      ];
      for (const member of members) {
        const { id } = await insertMember(tx, { centreId: centre.id, ...member, now });
        await appendAudit(tx, {
          at: now,
          actorId: null,
          actorRole: 'system',
          action: 'commission.member_added',
          subjectType: 'commission_member',
          subjectId: id,
          centreId: centre.id,
          details: { role: member.role, linkedUser: member.userId !== null, system: 'demo' },
        });
        seededMembers += 1;
      }
      seededCentres += 1;
    }
    return { centres: seededCentres, members: seededMembers };
  });
}

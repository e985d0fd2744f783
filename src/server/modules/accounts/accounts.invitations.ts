// An employer's colleagues: the users with the right to manage users invite others by an e-mail link (7 days, works
// once), and give or take their rights; an organisation always keeps one user who can manage the others.
import {
  EmployerRight,
  employerRights,
  type InvitationAcceptRequest,
  type InvitationRequest,
} from '../../../shared/api/accounts';
import { translate } from '../../../shared/i18n/messages';
import { maskIdentifier } from '../../../shared/iin-bin';
import { type Locale, Role } from '../../../shared/roles';
import { appendAudit } from '../../platform/audit/audit';
import type { SessionUser } from '../../platform/auth/access';
import { hashPassword } from '../../platform/auth/passwords';
import { startSession } from '../../platform/auth/sessions';
import { type Db, type DbOrTx, isUniqueViolation } from '../../platform/db/database';
import { forbidden, notFound } from '../../platform/errors';
import { enqueueJob } from '../../platform/jobs/jobs';
import { renderNotification } from '../../platform/notifications/notifications';
import { emailTaken, iinTaken, lastManager, linkInvalid, manageUsersRequired } from './accounts.errors';
import {
  closeInvitation,
  consumeAccountLink,
  countUsersWithRight,
  findOpenInvitation,
  findOrganisationNames,
  findOrganisationUser,
  insertAccountLink,
  insertEmployerUser,
  insertMailToAddress,
  isIinTaken,
  isLoginTaken,
  listOpenInvitations,
  listOrganisationUsers,
  lockOrganisation,
  retireOpenInvitations,
  updateUserRights,
} from './accounts.repository';
import { hashLinkToken, linkUrl, newLinkToken } from './accounts.usecases';

export const INVITATION_TTL_DAYS = 7;
const INVITATION_TTL_MS = INVITATION_TTL_DAYS * 24 * 60 * 60_000;

/**
 * Whether an employer's user may do this for their organisation. For the modules that act for an employer (submitting
 * applications, signing contracts): `hasRight(request.user, EmployerRight.submitApplications)`.
 */
export function hasRight(user: Pick<SessionUser, 'role' | 'rights'>, right: EmployerRight): boolean {
  return user.role === Role.employerRepresentative && (user.rights ?? []).includes(right);
}

/** Rights as stored, narrowed to the ones this version knows (the list may grow; an unknown one is never shown). */
function knownRights(rights: readonly string[]): EmployerRight[] {
  return employerRights.filter((right) => rights.includes(right));
}

export type InvitationDeps = { db: Db; now: Date; publicUrl: string };

/** The caller's organisation, when the caller is an employer's user who may manage its users now. */
async function managedOrganisationOf(db: DbOrTx, user: SessionUser): Promise<string> {
  if (user.role !== Role.employerRepresentative || user.organisationKind !== 'employer' || !user.organisationId) {
    throw forbidden();
  }
  // Read from the row, not the session: a right taken a moment ago no longer counts.
  const me = await findOrganisationUser(db, user.organisationId, user.id);
  if (!me?.rights.includes(EmployerRight.manageUsers)) throw manageUsersRequired();
  return user.organisationId;
}

function employerOf(user: SessionUser): string {
  if (user.role !== Role.employerRepresentative || user.organisationKind !== 'employer' || !user.organisationId) {
    throw forbidden();
  }
  return user.organisationId;
}

function organisationName(names: { name_kk: string; name_ru: string; name_en: string | null }, locale: Locale) {
  if (locale === 'kk') return names.name_kk;
  if (locale === 'en') return names.name_en ?? names.name_ru;
  return names.name_ru;
}

export async function inviteColleague(deps: InvitationDeps, actor: SessionUser, input: InvitationRequest) {
  const { db, now } = deps;
  const link = newLinkToken();
  return db.transaction().execute(async (tx) => {
    const organisationId = await managedOrganisationOf(tx, actor);
    // Asked only of those who may invite, so nobody else can use it to learn which addresses have accounts.
    if (await isLoginTaken(tx, input.email)) throw emailTaken();
    const replaced = await retireOpenInvitations(tx, organisationId, input.email, now);
    const id = await insertAccountLink(tx, {
      purpose: 'invitation',
      tokenSha256: link.sha256,
      userId: null,
      organisationId,
      email: input.email,
      rights: input.rights,
      createdBy: actor.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    });
    const names = await findOrganisationNames(tx, organisationId);
    // The person has no account yet, so no inbox either: the letter goes to the address, in the language chosen.
    const { title, body } = renderNotification(input.locale, 'account.invitation', {
      inviter: actor.fullName,
      organisation: organisationName(names, input.locale),
      link: linkUrl(deps.publicUrl, 'invitation', link.token),
      days: INVITATION_TTL_DAYS,
    });
    const mailId = await insertMailToAddress(tx, {
      to: input.email,
      locale: input.locale,
      subject: title,
      body: `${body}\n\n${translate(input.locale, 'mail.footer')}`,
      createdAt: now,
    });
    await enqueueJob(tx, 'mail.send', { mailId }, now, { dedupeKey: `mail.send:${mailId}` });
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'accounts.invitation_sent',
      subjectType: 'invitation',
      subjectId: id,
      organisationId,
      details: { rights: input.rights, replaced: replaced.map((r) => r.id) },
    });
    return { id };
  });
}

export async function listInvitations(deps: Pick<InvitationDeps, 'db' | 'now'>, actor: SessionUser) {
  const organisationId = await managedOrganisationOf(deps.db, actor);
  const rows = await listOpenInvitations(deps.db, organisationId, deps.now);
  return rows.map((row) => ({
    id: row.id,
    email: row.email ?? '',
    rights: knownRights(row.rights),
    invitedBy: row.invited_by,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  }));
}

export async function revokeInvitation(deps: Pick<InvitationDeps, 'db' | 'now'>, actor: SessionUser, id: string) {
  const { db, now } = deps;
  await db.transaction().execute(async (tx) => {
    const organisationId = await managedOrganisationOf(tx, actor);
    const closed = await closeInvitation(tx, organisationId, id, now);
    if (!closed) throw notFound();
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'accounts.invitation_revoked',
      subjectType: 'invitation',
      subjectId: id,
      organisationId,
    });
  });
}

/** What the invitation page shows before anything is typed: the organisation and the rights, nothing else. */
export async function previewInvitation(deps: Pick<InvitationDeps, 'db' | 'now'>, token: string) {
  const invitation = await findOpenInvitation(deps.db, hashLinkToken(token), deps.now);
  if (!invitation) throw linkInvalid();
  return {
    organisation: {
      kk: invitation.name_kk,
      ru: invitation.name_ru,
      ...(invitation.name_en ? { en: invitation.name_en } : {}),
    },
    rights: knownRights(invitation.rights),
  };
}

/**
 * The colleague's account, made from the link: of the inviting organisation, with the rights it names, and with the
 * e-mail confirmed (the link came to that mailbox). The link works once; the new user is signed in.
 */
export async function acceptInvitation(
  deps: Pick<InvitationDeps, 'db' | 'now'> & { sessionTtlMs: number },
  input: InvitationAcceptRequest,
) {
  const { db, now } = deps;
  const passwordHash = await hashPassword(input.password);
  let created: { userId: string; organisationId: string };
  try {
    created = await db.transaction().execute(async (tx) => {
      const link = await consumeAccountLink(tx, 'invitation', hashLinkToken(input.token), now);
      if (!link?.organisation_id || !link.email) throw linkInvalid();
      // Refused here, the link stays unused (the transaction rolls back): the person can still sign in instead.
      if (await isIinTaken(tx, input.iin)) throw iinTaken();
      if (await isLoginTaken(tx, link.email)) throw emailTaken();
      const userId = await insertEmployerUser(tx, {
        email: link.email,
        fullName: input.fullName,
        iin: input.iin,
        organisationId: link.organisation_id,
        locale: input.locale,
        passwordHash,
        rights: knownRights(link.rights),
        emailConfirmedAt: now,
        createdAt: now,
      });
      await appendAudit(tx, {
        at: now,
        actorId: userId,
        actorRole: Role.employerRepresentative,
        action: 'accounts.invitation_accepted',
        subjectType: 'invitation',
        subjectId: link.id,
        organisationId: link.organisation_id,
        details: { userId, iin: maskIdentifier(input.iin), rights: knownRights(link.rights) },
      });
      return { userId, organisationId: link.organisation_id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      if (await isIinTaken(db, input.iin)) throw iinTaken();
      throw emailTaken();
    }
    throw error;
  }
  return startSession(db, {
    user: { id: created.userId, role: Role.employerRepresentative, organisation_id: created.organisationId },
    now,
    ttlMs: deps.sessionTtlMs,
    details: { method: 'invitation' },
  });
}

/** Every user of the caller's organisation with their rights; any of them may look, managers may change. */
export async function listColleagues(db: Db, actor: SessionUser) {
  const organisationId = employerOf(actor);
  const rows = await listOrganisationUsers(db, organisationId);
  const me = rows.find((row) => row.id === actor.id);
  return {
    items: rows.map((row) => ({
      id: row.id,
      fullName: row.full_name,
      email: row.email,
      rights: knownRights(row.rights),
      emailConfirmed: row.email_confirmed_at !== null,
      disabled: row.disabled_at !== null,
      isMe: row.id === actor.id,
    })),
    canManage: me?.rights.includes(EmployerRight.manageUsers) ?? false,
  };
}

/**
 * Gives or takes a colleague's rights (one's own too). The organisation's row is locked first, so two managers taking
 * each other's right at once cannot leave it with nobody to manage its users.
 */
export async function changeRights(
  deps: Pick<InvitationDeps, 'db' | 'now'>,
  actor: SessionUser,
  input: { userId: string; rights: EmployerRight[] },
) {
  const { db, now } = deps;
  await db.transaction().execute(async (tx) => {
    const organisationId = employerOf(actor);
    await lockOrganisation(tx, organisationId);
    await managedOrganisationOf(tx, actor);
    const user = await findOrganisationUser(tx, organisationId, input.userId);
    if (!user) throw notFound();
    const before = knownRights(user.rights);
    // Rights this version does not know are kept as they are: only the listed ones are given or taken here.
    const unknown = user.rights.filter((right) => !(employerRights as readonly string[]).includes(right));
    await updateUserRights(tx, user.id, [...input.rights, ...unknown]);
    if ((await countUsersWithRight(tx, organisationId, EmployerRight.manageUsers)) === 0) throw lastManager();
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'accounts.rights_changed',
      subjectType: 'user',
      subjectId: user.id,
      organisationId,
      details: {
        given: input.rights.filter((right) => !before.includes(right)),
        taken: before.filter((right) => !input.rights.includes(right)),
      },
    });
  });
}

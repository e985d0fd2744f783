// B03-3.1 the minutes signed: whoever presided (the chair, or the deputy chair when the chair was absent) and the
// secretary each sign both languages with a personal ЭЦП whose IIN is the one recorded on their membership.
import type { MinutesLanguage, SessionView, SignMinutesRequest } from '../../../shared/api/commission';
import { minutesLanguages } from '../../../shared/api/commission';
import type { SessionUser } from '../../platform/auth/access';
import type { Db, DbOrTx } from '../../platform/db/database';
import { forbidden, notFound } from '../../platform/errors';
import { performActivityIn } from '../../platform/workflow/workflow';
import { recordSignature, type SignatureServices } from '../signatures';
import { commissionError } from './commission.errors';
import {
  type CompositionMember,
  listMinutesSignatures,
  listSessionComposition,
  setMinutesSigned,
} from './commission.repository';
import { commissionSessionWorkflow, type SessionRecord } from './commission.workflow';

type Minutes = Record<MinutesLanguage, string> | null;

/** Who signs the minutes: the member who presided and the secretary. */
export function requiredSigners(record: Pick<SessionRecord, 'chairPresent'>, composition: CompositionMember[]) {
  const presiding = composition.find((m) => m.role === (record.chairPresent ? 'chair' : 'deputy_chair'));
  const secretary = composition.find((m) => m.role === 'secretary');
  return [presiding, secretary].filter((m): m is CompositionMember => m !== undefined);
}

type MinutesSignature = Awaited<ReturnType<typeof listMinutesSignatures>>[number];

/** A member has signed a language when a signature on that document carries their IIN and came from their account. */
function signedBy(member: CompositionMember, signature: MinutesSignature) {
  return signature.signer_iin === member.iin && signature.submitted_by === member.userId;
}

export async function listMinutesSigners(
  db: DbOrTx,
  user: SessionUser,
  record: SessionRecord,
  composition: CompositionMember[],
  minutes: Minutes,
): Promise<SessionView['minutesSignatures']> {
  if (!minutes) return [];
  const signatures = await listMinutesSignatures(db, [minutes.kk, minutes.ru]);
  return requiredSigners(record, composition).map((member) => ({
    memberId: member.id,
    fullName: member.fullName,
    role: member.role,
    signed: minutesLanguages.flatMap((language) => {
      const found = signatures.find((s) => s.document_id === minutes[language] && signedBy(member, s));
      return found ? [{ language, signedAt: new Date(found.signing_time).toISOString() }] : [];
    }),
    mine: member.userId === user.id,
  }));
}

/** Who signed each language, for the stamp on the minutes' copy: name, masked IIN, certificate, time. */
export async function listSignersOf(db: DbOrTx, documentId: string) {
  return listMinutesSignatures(db, [documentId]);
}

/**
 * Verifies a signer's ЭЦП over one language of the minutes and keeps it; when both signers have signed both
 * languages, the minutes are signed and the decisions may be entered (B03-3.1) and delivered (B03-3.2).
 */
export async function signMinutes(
  deps: { db: Db; signatures: SignatureServices; now: Date },
  user: SessionUser,
  sessionId: string,
  { language, cms }: SignMinutesRequest,
  findMinutes: (db: DbOrTx, sessionId: string) => Promise<Minutes>,
): Promise<void> {
  const { db, now } = deps;
  const record = await db.transaction().execute((tx) => commissionSessionWorkflow.load(tx, sessionId));
  if (!record || !commissionSessionWorkflow.isVisibleTo(record, user)) throw notFound();
  const minutes = await findMinutes(db, sessionId);
  if (!minutes) throw commissionError('commission.minutes_not_ready');
  const composition = await listSessionComposition(db, record);
  const signer = requiredSigners(record, composition).find((m) => m.userId === user.id);
  if (!signer) throw commissionError('commission.not_a_signer');
  if (!signer.iin) throw commissionError('commission.signers_incomplete');
  const documentId = minutes[language];
  const already = await listMinutesSignatures(db, [documentId]);
  if (already.some((s) => signedBy(signer, s))) throw commissionError('commission.minutes_already_signed');

  await recordSignature(
    {
      db,
      services: deps.signatures,
      now,
      actor: { id: user.id, role: user.role, organisationId: user.organisationId },
    },
    {
      documentId,
      cms: new Uint8Array(Buffer.from(cms, 'base64')),
      expectedParty: { kind: 'person', iin: signer.iin },
      step: 'B03-3.1',
      onAccepted: async (tx, signature) => {
        // A personal signature: a certificate of an organisation (with a BIN) speaks for the organisation.
        if (signature.signer.bin !== null) throw commissionError('commission.signer_not_individual');
        await performActivityIn(
          tx,
          commissionSessionWorkflow,
          {
            id: sessionId,
            action: 'sign_minutes',
            actor: user,
            now,
            details: { language, role: signer.role, signatureId: signature.signatureId },
          },
          async ({ record: locked }) => {
            if (!requiredSigners(locked, composition).some((m) => m.id === signer.id)) throw forbidden();
            const signatures = await listMinutesSignatures(tx, [minutes.kk, minutes.ru]);
            const complete = requiredSigners(locked, composition).every((member) =>
              minutesLanguages.every((l) =>
                signatures.some((s) => s.document_id === minutes[l] && signedBy(member, s)),
              ),
            );
            if (complete) await setMinutesSigned(tx, sessionId, now);
          },
        );
      },
    },
  );
}

// Joining Jumys by ЭЦП. An employer: the certificate names the organisation (BIN) and a person who may act for it, the
// business registry (ГБД ЮЛ) gives its names and address, and the signer becomes its first user with every right.
// A job seeker: the person's own certificate gives the IIN and the name, and the account is theirs at once.
import { type EmployerJoinRequest, employerRights, type SeekerJoinRequest } from '../../../shared/api/accounts';
import { maskIdentifier } from '../../../shared/iin-bin';
import { type RegionCode, regionCodes, regions } from '../../../shared/regions';
import { Role } from '../../../shared/roles';
import { appendAudit } from '../../platform/audit/audit';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import { startSession } from '../../platform/auth/sessions';
import { type Db, isUniqueViolation } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import type { GovRegistries, OrganisationRecord } from '../gov-registries';
import { parseCertificate, type SignatureServices, verifyNonceSignature } from '../signatures';
import {
  certificateWithoutBin,
  emailTaken,
  notOrganisationHead,
  organisationCertificate,
  organisationExists,
  organisationNotActive,
  organisationNotRegistered,
  regionUnknown,
  registryUnavailable,
  signerHasAccount,
} from './accounts.errors';
import {
  findOrganisationByBin,
  insertEmployerOrganisation,
  insertEmployerUser,
  isIinTaken,
  isLoginTaken,
} from './accounts.repository';
import { createSeekerAccount, EMAIL_CONFIRMATION_TTL_MS, mailUserLink } from './accounts.usecases';

export type JoiningDeps = {
  db: Db;
  services: SignatureServices;
  throttle: LoginThrottle;
  now: Date;
  publicUrl: string;
  sessionTtlMs: number;
  govRegistries: GovRegistries | undefined;
};

export type JoinedEmployer = {
  session: { userId: string; token: string; csrfToken: string; expiresAt: Date; maxAgeSeconds: number };
  organisation: {
    id: string;
    bin: string;
    name: { kk: string; ru: string };
    legalForm: string;
    registrationDate: string;
    address: string;
    region: RegionCode;
  };
};

const folded: Record<string, string> = {
  ә: 'а',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  һ: 'х',
  і: 'ы',
  ё: 'е',
};

/** Lower case with the Kazakh letters folded to their Russian look-alikes: "Жетісу" and "Жетысу" read the same. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[әөұүқғңһіё]/g, (letter) => folded[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

const cities = new Set<RegionCode>(['astana', 'almaty', 'shymkent']);

/** How each region is written in an address: a city by its name, an oblast by its Russian adjective or Kazakh name. */
const regionPatterns = regionCodes.map((code) => {
  const kazakhName = fold(regions[code].kk.replace(/\s*(облысы|қаласы)$/u, ''));
  if (cities.has(code)) {
    return {
      code,
      matches: (part: string) => new RegExp(`^(г\\.|город|гор\\.)? ?${kazakhName}( к\\.| каласы)?$`).test(part),
    };
  }
  const russianWord = fold(regions[code].ru)
    .split(' ')
    .find((word) => word !== 'область')!;
  // "Абайская" → "абайск", so "Абайская обл." and "Абайской области" match too; "Область Жетісу" keeps its word.
  const russianStem = russianWord.endsWith('ская') ? russianWord.slice(0, -2) : russianWord;
  return {
    code,
    matches: (part: string) =>
      (part.includes('обл') || part.includes('облыс')) && (part.includes(russianStem) || part.includes(kazakhName)),
  };
});

/**
 * The region of a registered address, read from its parts in order ("г. Астана, район Алматы, …" is Astana): ГБД ЮЛ
 * writes the city of republican significance or the oblast first. Null when no part names one.
 */
export function regionOfAddress(address: string): RegionCode | null {
  for (const part of address.split(',').map(fold)) {
    const found = regionPatterns.find((pattern) => pattern.matches(part));
    if (found) return found.code;
  }
  return null;
}

function capitalise(word: string): string {
  return word
    .split('-')
    .map((piece) => piece.charAt(0).toUpperCase() + piece.slice(1).toLowerCase())
    .join('-');
}

/** "АҚЫНОВ АРМАН" (the certificate's CN: surname, then given name) → "Арман Ақынов", as people write their names. */
export function fullNameFromCommonName(commonName: string): string {
  const [surname, ...given] = commonName.trim().split(/\s+/).filter(Boolean).map(capitalise);
  return [...given, surname].filter(Boolean).join(' ');
}

/**
 * The holder's name as people write it — given name, patronymic, surname — from the certificate's CN ("SURNAME GIVEN")
 * and its G field, which national CA certificates use for the patronymic.
 */
export function personNameOf(signer: { name: string; certificateDer: Uint8Array | null }): string {
  const [surname, ...given] = signer.name.trim().split(/\s+/).filter(Boolean).map(capitalise);
  const patronymic = signer.certificateDer ? parseCertificate(signer.certificateDer).givenName : null;
  return [...given, patronymic ? capitalise(patronymic) : null, surname].filter(Boolean).join(' ');
}

async function lookUpOrganisation(registries: GovRegistries | undefined, bin: string): Promise<OrganisationRecord> {
  if (!registries) throw registryUnavailable();
  try {
    return await registries.getOrganisation(bin);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'gov_registries.organisation_not_found') {
      throw organisationNotRegistered(bin);
    }
    if (error instanceof DomainError && error.code === 'gov_registries.unavailable') throw registryUnavailable();
    throw error;
  }
}

/**
 * Creates the organisation from the registry and its first user from the certificate, then signs them in. The ЭЦП
 * proves the person but not the mailbox, so a confirmation link goes to the e-mail; signing in by ЭЦП works at once.
 * Every refusal of the person is audited and throttled as a failed sign-in; nothing is created unless all is well.
 */
export async function joinAsEmployer(
  deps: JoiningDeps,
  input: Omit<EmployerJoinRequest, 'cms'> & { cms: Uint8Array; ip: string },
): Promise<JoinedEmployer> {
  const { db, now } = deps;
  const { signer, details, refuse } = await verifyNonceSignature(deps, {
    nonceId: input.nonceId,
    cms: input.cms,
    ip: input.ip,
    method: 'employer_join',
  });
  const bin = signer.bin;
  if (bin === null) throw await refuse(certificateWithoutBin());
  if (!signer.roles.includes('firstHead') && !signer.roles.includes('signingRight')) {
    throw await refuse(notOrganisationHead());
  }
  if (await findOrganisationByBin(db, bin)) throw await refuse(organisationExists());
  if (await isIinTaken(db, signer.iin)) throw await refuse(signerHasAccount());
  if (await isLoginTaken(db, input.email)) throw await refuse(emailTaken());

  let record: OrganisationRecord;
  try {
    record = await lookUpOrganisation(deps.govRegistries, bin);
  } catch (error) {
    // The registry being down is nobody's fault: answered, but not counted against the person.
    if (error instanceof DomainError && error.code === 'accounts.registry_unavailable') throw error;
    throw error instanceof DomainError ? await refuse(error) : error;
  }
  if (record.status !== 'active') throw await refuse(organisationNotActive(bin));
  const region = regionOfAddress(record.address);
  if (!region) throw await refuse(regionUnknown());

  const signerIsRegisteredHead = record.headIin === signer.iin;
  // The registry writes the head's name in full (with the patronymic); otherwise the certificate's name is all there is.
  const fullName = signerIsRegisteredHead ? record.headFullName : fullNameFromCommonName(signer.name);
  let created: { organisationId: string; userId: string };
  try {
    created = await db.transaction().execute(async (tx) => {
      const organisationId = await insertEmployerOrganisation(tx, {
        bin,
        nameKk: record.name.kk,
        nameRu: record.name.ru,
        region,
        createdAt: now,
      });
      const userId = await insertEmployerUser(tx, {
        email: input.email,
        fullName,
        iin: signer.iin,
        organisationId,
        locale: input.locale,
        passwordHash: null,
        rights: [...employerRights],
        emailConfirmedAt: null,
        createdAt: now,
      });
      await mailUserLink(tx, {
        purpose: 'email_confirmation',
        userId,
        ttlMs: EMAIL_CONFIRMATION_TTL_MS,
        publicUrl: deps.publicUrl,
        now,
        template: 'account.employer_joined',
        params: { name: fullName, organisation: input.locale === 'kk' ? record.name.kk : record.name.ru, hours: 24 },
      });
      await appendAudit(tx, {
        at: now,
        actorId: userId,
        actorRole: Role.employerRepresentative,
        action: 'accounts.employer_joined',
        subjectType: 'organisation',
        subjectId: organisationId,
        organisationId,
        details: {
          bin,
          region,
          legalForm: record.legalForm,
          registryRequestId: record.requestId,
          signerIin: maskIdentifier(signer.iin),
          signerIsRegisteredHead,
          certificateRoles: signer.roles,
          certificateSerial: signer.certificateSerial,
        },
      });
      return { organisationId, userId };
    });
  } catch (error) {
    // Two joins racing: the database's unique indexes decide, and the loser hears why.
    if (isUniqueViolation(error)) {
      if (await findOrganisationByBin(db, bin)) throw await refuse(organisationExists());
      if (await isIinTaken(db, signer.iin)) throw await refuse(signerHasAccount());
      throw await refuse(emailTaken());
    }
    throw error;
  }

  const session = await startSession(db, {
    user: { id: created.userId, role: Role.employerRepresentative, organisation_id: created.organisationId },
    now,
    ttlMs: deps.sessionTtlMs,
    details: { method: 'employer_join', ...details },
  });
  return {
    session,
    organisation: {
      id: created.organisationId,
      bin,
      name: record.name,
      legalForm: record.legalForm,
      registrationDate: record.registrationDate,
      address: record.address,
      region,
    },
  };
}

export type JoinedSeeker = {
  session: { userId: string; token: string; csrfToken: string; expiresAt: Date; maxAgeSeconds: number };
};

/**
 * A job seeker joins with their own ЭЦП: the certificate is an individual's (no BIN), its IIN has no account yet (one
 * IIN, one account), and the account starts without a password — the person signs in by ЭЦП, or sets a password
 * through the reset link once the e-mail is confirmed. Refusals are audited and throttled as failed sign-ins.
 */
export async function joinAsSeeker(
  deps: Omit<JoiningDeps, 'govRegistries'>,
  input: Omit<SeekerJoinRequest, 'cms'> & { cms: Uint8Array; ip: string },
): Promise<JoinedSeeker> {
  const { db, now } = deps;
  const { signer, details, refuse } = await verifyNonceSignature(deps, {
    nonceId: input.nonceId,
    cms: input.cms,
    ip: input.ip,
    method: 'seeker_join',
  });
  if (signer.bin !== null) throw await refuse(organisationCertificate());
  if (await isIinTaken(db, signer.iin)) throw await refuse(signerHasAccount());
  if (await isLoginTaken(db, input.email)) throw await refuse(emailTaken());
  let userId: string;
  try {
    userId = await db.transaction().execute((tx) =>
      createSeekerAccount(tx, {
        email: input.email,
        fullName: personNameOf(signer),
        iin: signer.iin,
        locale: input.locale,
        passwordHash: null,
        publicUrl: deps.publicUrl,
        now,
        method: 'ecp',
        auditDetails: { certificateSerial: signer.certificateSerial },
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      if (await isIinTaken(db, signer.iin)) throw await refuse(signerHasAccount());
      throw await refuse(emailTaken());
    }
    throw error;
  }
  const session = await startSession(db, {
    user: { id: userId, role: Role.jobSeeker, organisation_id: null },
    now,
    ttlMs: deps.sessionTtlMs,
    details: { method: 'seeker_join', ...details },
  });
  return { session };
}

// Who may call a route: every route declares it, and a hook enforces it before anything else runs.
import type { Role } from '../../../shared/roles';
import { staffRoles } from '../../../shared/roles';

export type Access = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

export const access = {
  public: { kind: 'public' } as Access,
  authenticated: { kind: 'authenticated' } as Access,
  roles: (...roles: Role[]): Access => ({ kind: 'roles', roles }),
  staff: { kind: 'roles', roles: staffRoles } as Access,
};

/** The signed-in user as every handler sees it. */
export type SessionUser = {
  id: string;
  login: string;
  fullName: string;
  role: Role;
  locale: 'kk' | 'ru' | 'en';
  organisationId: string | null;
  organisationKind: 'employer' | 'centre' | null;
  /** An employer's user's rights for the organisation (accounts' hasRight); absent where a seed acts without a session. */
  rights?: readonly string[];
  sessionId: string;
  csrfToken: string;
};

/** The centre a staff member works in (null for everyone else). */
export function centreIdOf(user: SessionUser): string | null {
  return user.organisationKind === 'centre' ? user.organisationId : null;
}

/** The employer an employer representative acts for (null for everyone else). */
export function employerIdOf(user: SessionUser): string | null {
  return user.organisationKind === 'employer' ? user.organisationId : null;
}

export function isAllowed(rule: Access, user: SessionUser | null): 'ok' | 'unauthenticated' | 'forbidden' {
  if (rule.kind === 'public') return 'ok';
  if (!user) return 'unauthenticated';
  if (rule.kind === 'authenticated') return 'ok';
  return rule.roles.includes(user.role) ? 'ok' : 'forbidden';
}

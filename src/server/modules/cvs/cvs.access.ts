// Who may see a CV: the one rule every read of a CV goes through (page, photo, PDF, search).
import type { CvViewerKind, CvVisibility } from '../../../shared/api/cvs';
import { isStaffRole, Role } from '../../../shared/roles';
import type { SessionUser } from '../../platform/auth/access';

/** What the rule needs to know of the CV's owner. */
export type CvAudienceFacts = {
  seekerId: string;
  /** The seeker's consent; a seeker without a profile counts as 'centre'. */
  visibility: CvVisibility;
  /** Centres where the seeker is registered or has asked to be (status registered or requested). */
  openRegistrationCentreIds: readonly string[];
  /** A disabled account's CVs are shown to nobody else. */
  accountActive: boolean;
};

export type CvViewer = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'organisationKind'>;

/**
 * How the viewer may see the CV, or null when they may not (the caller then answers 404, never 403):
 * - the seeker always sees their own;
 * - staff of a centre where the seeker is registered (or asked to be), unless the seeker chose "no one";
 *   staff of any other centre do not;
 * - employers' representatives only when the seeker chose "employers";
 * - nobody else, administrators included.
 */
export function cvViewerKind(viewer: CvViewer, cv: CvAudienceFacts): CvViewerKind | null {
  if (viewer.role === Role.jobSeeker) return viewer.id === cv.seekerId ? 'owner' : null;
  if (!cv.accountActive) return null;
  if (isStaffRole(viewer.role)) {
    const centreId = viewer.organisationKind === 'centre' ? viewer.organisationId : null;
    const entitled = centreId !== null && cv.visibility !== 'none' && cv.openRegistrationCentreIds.includes(centreId);
    return entitled ? 'centre' : null;
  }
  if (viewer.role === Role.employerRepresentative) {
    return viewer.organisationKind === 'employer' && cv.visibility === 'employers' ? 'employer' : null;
  }
  return null;
}

/** The seeker's IIN and contacts go to the seeker and their centre, never to an employer. */
export function seesContacts(kind: CvViewerKind): boolean {
  return kind === 'owner' || kind === 'centre';
}

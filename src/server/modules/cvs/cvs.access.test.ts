// The one rule of who sees a CV, case by case: the seeker, their centre's staff, employers with consent, nobody else.
import { describe, expect, it } from 'vitest';
import { type CvVisibility, cvVisibilities } from '../../../shared/api/cvs';
import { Role, staffRoles } from '../../../shared/roles';
import { type CvAudienceFacts, type CvViewer, cvViewerKind, seesContacts } from './cvs.access';

const seekerId = 'seeker-1';
const astana = 'centre-astana';
const almaty = 'centre-almaty';

const facts = (visibility: CvVisibility, overrides: Partial<CvAudienceFacts> = {}): CvAudienceFacts => ({
  seekerId,
  visibility,
  openRegistrationCentreIds: [astana],
  accountActive: true,
  ...overrides,
});

const owner: CvViewer = { id: seekerId, role: Role.jobSeeker, organisationId: null, organisationKind: null };
const otherSeeker: CvViewer = { id: 'seeker-2', role: Role.jobSeeker, organisationId: null, organisationKind: null };
const employer: CvViewer = {
  id: 'employer-1',
  role: Role.employerRepresentative,
  organisationId: 'employer-a',
  organisationKind: 'employer',
};
const staffOf = (role: (typeof staffRoles)[number], centreId: string): CvViewer => ({
  id: `${role}-${centreId}`,
  role,
  organisationId: centreId,
  organisationKind: 'centre',
});
const admin: CvViewer = { id: 'admin', role: Role.administrator, organisationId: null, organisationKind: null };

describe('cvViewerKind', () => {
  it('the seeker always sees their own CV, whatever they consented to', () => {
    for (const visibility of cvVisibilities) expect(cvViewerKind(owner, facts(visibility))).toBe('owner');
  });

  it('another seeker never sees it', () => {
    for (const visibility of cvVisibilities) expect(cvViewerKind(otherSeeker, facts(visibility))).toBeNull();
  });

  it('an employer sees it only when the seeker chose "employers"', () => {
    expect(cvViewerKind(employer, facts('employers'))).toBe('employer');
    expect(cvViewerKind(employer, facts('centre'))).toBeNull();
    expect(cvViewerKind(employer, facts('none'))).toBeNull();
  });

  it('every staff role of the centre where the seeker is registered or asked to be sees it, unless they chose "no one"', () => {
    for (const role of staffRoles) {
      expect(cvViewerKind(staffOf(role, astana), facts('centre'))).toBe('centre');
      expect(cvViewerKind(staffOf(role, astana), facts('employers'))).toBe('centre');
      expect(cvViewerKind(staffOf(role, astana), facts('none'))).toBeNull();
    }
  });

  it('staff of another centre never see it, whatever the consent', () => {
    for (const visibility of cvVisibilities) {
      expect(cvViewerKind(staffOf(Role.employmentAssistanceSpecialist, almaty), facts(visibility))).toBeNull();
    }
  });

  it('staff see nothing of a seeker with no open registration (refused or deregistered count as none)', () => {
    const unregistered = facts('centre', { openRegistrationCentreIds: [] });
    expect(cvViewerKind(staffOf(Role.employmentAssistanceSpecialist, astana), unregistered)).toBeNull();
  });

  it('administrators do not see CVs', () => {
    for (const visibility of cvVisibilities) expect(cvViewerKind(admin, facts(visibility))).toBeNull();
  });

  it('a disabled account is shown to nobody else', () => {
    const disabled = facts('employers', { accountActive: false });
    expect(cvViewerKind(employer, disabled)).toBeNull();
    expect(cvViewerKind(staffOf(Role.centreHead, astana), disabled)).toBeNull();
  });

  it('a user claiming a role without the matching organisation sees nothing', () => {
    const employerWithoutEmployer: CvViewer = { ...employer, organisationKind: 'centre' };
    const staffWithoutCentre: CvViewer = { ...staffOf(Role.centreHead, astana), organisationKind: null };
    expect(cvViewerKind(employerWithoutEmployer, facts('employers'))).toBeNull();
    expect(cvViewerKind(staffWithoutCentre, facts('centre'))).toBeNull();
  });

  it('only the seeker and the centre get the IIN and contacts', () => {
    expect(seesContacts('owner')).toBe(true);
    expect(seesContacts('centre')).toBe(true);
    expect(seesContacts('employer')).toBe(false);
  });
});

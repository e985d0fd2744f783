// Proves where the application page opens and why signing is not offered, from the view and its actions alone.
import { describe, expect, it } from 'vitest';
import type { ApplicationRequisites, ApplicationView, CheckView } from '../../../shared/api/subsidized-jobs';
import { applicationPhase, completedSteps, firstOpenStep, signingBlocker } from './application-steps';
import { applicationView } from './application-view.fixture';
import { changeSubject } from './revision-changes';

const editing: ApplicationView['actions'] = [
  { action: 'save_requisites', step: 'B03-1.1', to: 'draft' },
  { action: 'save_form', step: 'B03-1.2', to: 'draft' },
  { action: 'check_employer', step: 'B03-1.3', to: 'draft' },
];
const someRequisites = { bin: '940140000385' } as ApplicationRequisites;
const passedCheck: CheckView = {
  eligible: true,
  checkedAt: '2026-02-02T05:00:00.000Z',
  applicationDate: '2026-02-02',
  conditions: [{ code: 'active', passed: true, source: 'gbd_ul' }],
  sources: [{ source: 'gbd_ul', requestId: 'r-1', checkedAt: '2026-02-02T05:00:00.000Z' }],
};

describe('application steps', () => {
  it('opens a new draft on the requisites, then on the first unfinished step', () => {
    expect(firstOpenStep(applicationView({ actions: editing }))).toBe('B03-1.1');
    expect(firstOpenStep(applicationView({ actions: editing, requisites: someRequisites, positions: [] }))).toBe(
      'B03-1.2',
    );
    expect(firstOpenStep(applicationView({ actions: editing, requisites: someRequisites }))).toBe('B03-1.3');
    expect(firstOpenStep(applicationView({ actions: editing, requisites: someRequisites, check: passedCheck }))).toBe(
      'B03-1.4',
    );
  });

  it('opens a returned application on the form, where the corrections are made', () => {
    const returned = applicationView({
      status: 'returned',
      actions: editing,
      requisites: someRequisites,
      check: passedCheck,
      revision: 1,
    });
    expect(firstOpenStep(returned)).toBe('B03-1.2');
  });

  it('opens on signing once the document is prepared and after sending', () => {
    const signing = applicationView({ actions: [{ action: 'sign_and_send', step: 'B03-1.4', to: 'submitted' }] });
    expect(applicationPhase(signing)).toBe('signing');
    expect(firstOpenStep(signing)).toBe('B03-1.4');
    const sent = applicationView({
      status: 'submitted',
      revisions: [
        { revision: 1, documentId: '4b7e9a52-3c1d-4e5f-8a9b-1c2d3e4f5a6b', submittedAt: passedCheck.checkedAt },
      ],
    });
    expect(applicationPhase(sent)).toBe('sent');
    expect(completedSteps(sent)['B03-1.4']).toBe(true);
  });

  it('names the first thing that keeps the application from being signed', () => {
    expect(signingBlocker(applicationView({ actions: editing }))).toBe('requisites');
    expect(signingBlocker(applicationView({ actions: editing, requisites: someRequisites, contactEmail: null }))).toBe(
      'form',
    );
    expect(signingBlocker(applicationView({ actions: editing, requisites: someRequisites }))).toBe('check');
    expect(
      signingBlocker(
        applicationView({ actions: editing, requisites: someRequisites, check: { ...passedCheck, eligible: false } }),
      ),
    ).toBe('not_eligible');
    expect(signingBlocker(applicationView({ actions: editing, requisites: someRequisites, check: passedCheck }))).toBe(
      'check_stale',
    );
    expect(
      signingBlocker(
        applicationView({
          actions: [...editing, { action: 'prepare_signature', step: 'B03-1.4', to: 'awaiting_signature' }],
        }),
      ),
    ).toBeNull();
  });
});

describe('changeSubject', () => {
  it('reads the paths of the signed content as parts of the application', () => {
    expect(changeSubject('positions.1.monthlyWage')).toEqual({ kind: 'position', number: 2, field: 'monthlyWage' });
    expect(changeSubject('positions.0')).toEqual({ kind: 'position', number: 1, field: null });
    expect(changeSubject('requisites.iban')).toEqual({ kind: 'requisites', field: 'iban' });
    expect(changeSubject('contacts.phone')).toEqual({ kind: 'contact', field: 'contactPhone' });
    expect(changeSubject('programme.code')).toEqual({ kind: 'programme' });
    expect(changeSubject('centre.id')).toEqual({ kind: 'centre' });
    expect(changeSubject('totals.contractTotal')).toEqual({ kind: 'total', field: 'contractTotal' });
    expect(changeSubject('plannedStartDate')).toEqual({ kind: 'plannedStartDate' });
    expect(changeSubject('figures.byYear.1.total')).toEqual({ kind: 'follows' });
    expect(changeSubject('check.checkedAt')).toEqual({ kind: 'check', field: 'checkedAt' });
  });

  it('leaves out what only repeats another change, and shows anything unknown as its path', () => {
    for (const path of [
      'programme.name.kk',
      'centre.name.ru',
      'positions.0.occupationName',
      'check.sources.2.requestId',
    ]) {
      expect(changeSubject(path)).toEqual({ kind: 'follows' });
    }
    expect(changeSubject('positions.x.jobs')).toEqual({ kind: 'other', path: 'positions.x.jobs' });
    expect(changeSubject('requisites.unknown')).toEqual({ kind: 'other', path: 'requisites.unknown' });
  });
});

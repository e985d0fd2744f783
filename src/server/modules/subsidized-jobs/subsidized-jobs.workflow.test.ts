// Every state has a way out: each status of an application has a transition leaving it, or is listed as final with why.
import { describe, expect, it } from 'vitest';
import { ApplicationStatus, applicationStatuses } from '../../../shared/api/subsidized-jobs';
import { applicationWorkflow, withdrawableStatuses } from './subsidized-jobs.workflow';

/** Final statuses: nothing in steps 1–3.2 moves the record on, and each says why that is right. */
const finalStatuses: Record<string, string> = {
  [ApplicationStatus.approved]: 'the contract (B03-3.3 onwards) starts from it; the application itself is done',
  [ApplicationStatus.rejected]: 'the commission refused; the employer may apply again with a new application',
  [ApplicationStatus.withdrawn]: 'the employer withdrew it; a new application starts afresh',
  [ApplicationStatus.abandoned]: 'returned, never corrected, closed after a notice: final like a rejection',
};

const leaving = (status: string) =>
  applicationWorkflow.transitions.filter((t) => (t.from as readonly string[]).includes(status) && t.to !== status);

describe('every state of an application has a way out', () => {
  it('each status but the final ones has a transition leaving it; the final ones have none', () => {
    for (const status of applicationStatuses) {
      const ways = leaving(status).map((t) => `${t.action}→${t.to}`);
      if (status in finalStatuses) expect(ways, status).toEqual([]);
      else expect(ways.length, status).toBeGreaterThan(0);
    }
    expect(Object.keys(finalStatuses).every((s) => (applicationStatuses as readonly string[]).includes(s))).toBe(true);
  });

  it('the employer can leave every status before the centre’s decision is entered, and no status after it', () => {
    for (const status of applicationStatuses) {
      const byEmployer = leaving(status).filter(
        (t) => t.action === 'withdraw' && t.roles.includes('employer_representative'),
      );
      expect(byEmployer.length, status).toBe((withdrawableStatuses as readonly string[]).includes(status) ? 1 : 0);
    }
    expect([...withdrawableStatuses].sort()).toEqual(
      ['draft', 'awaiting_signature', 'submitted', 'under_review', 'returned', 'at_commission'].sort(),
    );
  });

  it('a returned application the employer abandons has the centre’s way out, B03-2.3 close_abandoned', () => {
    expect(leaving(ApplicationStatus.returned).map((t) => [t.step, t.action, t.to])).toEqual(
      expect.arrayContaining([
        ['B03-1.4', 'prepare_signature', 'awaiting_signature'],
        ['B03-1', 'withdraw', 'withdrawn'],
        ['B03-2.3', 'close_abandoned', 'abandoned'],
      ]),
    );
  });
});

// The commission's quorum and majority rules, against cases counted by hand.
import { describe, expect, it } from 'vitest';
import { decisionRefusal, hasQuorum, quorumNeeded, tallyItem } from './rules';

describe('quorum', () => {
  it('needs more than half of the members present', () => {
    expect([1, 2, 3, 4, 5, 6].map(quorumNeeded)).toEqual([1, 2, 2, 3, 3, 4]);
    expect(hasQuorum(3, 5)).toBe(true);
    expect(hasQuorum(2, 5)).toBe(false);
    expect(hasQuorum(2, 4)).toBe(false);
    expect(hasQuorum(0, 0)).toBe(false);
  });
});

describe('tallyItem', () => {
  it('approves with more "for" votes than half of the eligible members present', () => {
    const tally = tallyItem({ eligible: 5, eligiblePresent: 4, votes: ['for', 'for', 'for', 'against'] });
    expect(tally).toMatchObject({ quorum: true, for: 3, against: 1, abstain: 0, notVoted: 0, forNeeded: 3 });
    expect(tally.outcome).toBe('approved');
  });

  it('rejects on a tie and counts an abstention as no approval', () => {
    expect(tallyItem({ eligible: 4, eligiblePresent: 4, votes: ['for', 'for', 'against', 'against'] }).outcome).toBe(
      'rejected',
    );
    expect(tallyItem({ eligible: 3, eligiblePresent: 3, votes: ['for', 'abstain', 'abstain'] }).outcome).toBe(
      'rejected',
    );
  });

  it('carries nothing until every eligible member present has voted', () => {
    const tally = tallyItem({ eligible: 5, eligiblePresent: 4, votes: ['for', 'for', 'for'] });
    expect(tally.notVoted).toBe(1);
    expect(tally.outcome).toBeNull();
    expect(decisionRefusal(tally, 'approved')).toBe('commission.votes_incomplete');
  });

  it('refuses a decision without quorum among eligible members, or one the votes contradict', () => {
    // 5 members, 2 conflicted: 3 eligible, of whom only 1 present.
    expect(decisionRefusal(tallyItem({ eligible: 3, eligiblePresent: 1, votes: ['for'] }), 'approved')).toBe(
      'commission.no_quorum',
    );
    const rejected = tallyItem({ eligible: 3, eligiblePresent: 3, votes: ['for', 'against', 'against'] });
    expect(decisionRefusal(rejected, 'approved')).toBe('commission.decision_contradicts_votes');
    expect(decisionRefusal(rejected, 'rejected')).toBeNull();
  });
});

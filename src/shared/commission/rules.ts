// The commission's counting rules — quorum and the vote that carries an item — shared by the server and the live UI.
import type { ItemDecision, ItemTally, VoteChoice } from '../api/commission';

/**
 * Quorum (кворум): more than half of the members must be present. The same rule counts an item, where a member
 * with a declared conflict of interest is neither a member nor present for that item.
 */
export function quorumNeeded(members: number): number {
  return Math.floor(members / 2) + 1;
}

export function hasQuorum(present: number, members: number): boolean {
  return members > 0 && present >= quorumNeeded(members);
}

/**
 * THE voting rule of the commission, in one place: an application is approved when the "for" votes are more than
 * half of the eligible members present (a simple majority of those present, so an abstention weighs like a vote
 * against and a tie is no approval); otherwise it is rejected. The votes carry once every eligible member present
 * has voted.
 */
export function tallyItem(input: {
  eligible: number;
  eligiblePresent: number;
  votes: readonly VoteChoice[];
}): ItemTally {
  const count = (vote: VoteChoice) => input.votes.filter((v) => v === vote).length;
  const forVotes = count('for');
  const notVoted = Math.max(0, input.eligiblePresent - input.votes.length);
  const forNeeded = quorumNeeded(input.eligiblePresent);
  const complete = notVoted === 0 && input.eligiblePresent > 0;
  return {
    eligible: input.eligible,
    eligiblePresent: input.eligiblePresent,
    quorum: hasQuorum(input.eligiblePresent, input.eligible),
    for: forVotes,
    against: count('against'),
    abstain: count('abstain'),
    notVoted,
    forNeeded,
    outcome: complete ? (forVotes >= forNeeded ? 'approved' : 'rejected') : null,
  };
}

/** Why this decision may not be recorded on the item now, or null: quorum, every vote cast, and no contradiction. */
export function decisionRefusal(
  tally: ItemTally,
  decision: ItemDecision,
): 'commission.no_quorum' | 'commission.votes_incomplete' | 'commission.decision_contradicts_votes' | null {
  if (!tally.quorum) return 'commission.no_quorum';
  if (tally.outcome === null) return 'commission.votes_incomplete';
  if (tally.outcome !== decision) return 'commission.decision_contradicts_votes';
  return null;
}

/** The tally of one item from the session's composition, the conflicts declared on it and the votes recorded. */
export function tallyOfItem(input: {
  composition: readonly { id: string; present: boolean | null }[];
  conflictedMemberIds: readonly string[];
  votes: readonly { memberId: string; vote: VoteChoice }[];
}): ItemTally {
  const eligible = input.composition.filter((m) => !input.conflictedMemberIds.includes(m.id));
  const eligiblePresent = eligible.filter((m) => m.present === true);
  // Only an eligible member present can have voted (the use cases refuse the rest); counting by them stays safe.
  const counted = input.votes.filter((v) => eligiblePresent.some((m) => m.id === v.memberId));
  return tallyItem({
    eligible: eligible.length,
    eligiblePresent: eligiblePresent.length,
    votes: counted.map((v) => v.vote),
  });
}

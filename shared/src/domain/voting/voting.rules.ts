import type { Matter } from '../decisions/matters';
import { MATTERS } from '../decisions/matters';
import { VOTING_RULE_LABELS, type VotingRule } from '../decisions/decisions';
import { decide } from '../decisions/decisions.rules';
import { ruleForMatter } from '../decisions/matters.rules';
import type { RulesOfProcedure } from '../decisions/quorum';
import type { Choice, VoteSnapshot } from '../../contracts/http/plenary.contract';
import type { EligibleState, VoteCounts, VoteFigures } from './voting';

/** Whether each State's choice is public: recorded and roll-call votes, never a secret ballot. */
export function isPerStateMethod(method: VoteSnapshot['method']): boolean {
  return method === 'recorded' || method === 'roll-call';
}

/** The counts the snapshot carries, else counted from its per-State votes; null when hidden. */
export function countVotes(vote: Pick<VoteSnapshot, 'counts' | 'votes' | 'eligible'>): VoteCounts | null {
  if (vote.counts) return vote.counts;
  if (!vote.votes) return null;
  const c: VoteCounts = { yes: 0, no: 0, abstain: 0, notVoted: 0 };
  for (const choice of Object.values(vote.votes)) c[choice] += 1;
  c.notVoted = Math.max(0, vote.eligible.length - c.yes - c.no - c.abstain);
  return c;
}

/**
 * The figures of a vote for every screen (board, console, pad): while open, what decide() gives
 * as the votes stand; once closed, the result the server recorded. Throws a DomainRuleError when
 * the counts are not whole numbers (a malformed tally), like decide().
 */
export function voteFigures(vote: VoteSnapshot): VoteFigures {
  const closed = vote.status === 'closed';
  const counts = countVotes(vote);
  const perState = isPerStateMethod(vote.method);
  const eligible = vote.eligible.length;
  const voted = counts ? counts.yes + counts.no + counts.abstain : (vote.voted?.length ?? 0);
  const absent = vote.absent ? vote.absent.length : null;
  const base = {
    closed,
    method: vote.method,
    eligible,
    entitled: eligible - (absent ?? 0),
    absent,
    perState,
    voted,
    provisional: !closed,
  };
  const presentNotVoted = (known: boolean, votedNow: number) =>
    absent === null || (!known && vote.method !== 'secret')
      ? null
      : Math.max(0, eligible - votedNow - absent);

  if (closed && vote.result) {
    const r = vote.result;
    const votedNow = counts ? voted : r.yes + r.no + r.abstain;
    return {
      ...base,
      presentNotVoted: presentNotVoted(true, votedNow),
      counts: counts ?? {
        yes: r.yes,
        no: r.no,
        abstain: r.abstain,
        notVoted: Math.max(0, eligible - r.yes - r.no - r.abstain),
      },
      voted: counts ? voted : r.yes + r.no + r.abstain,
      presentAndVoting: r.presentAndVoting,
      required: r.required,
      outcome: r.outcome,
      explanation: r.explanation,
      reason: r.reason ?? null,
    };
  }
  if (!counts) {
    return {
      ...base,
      presentNotVoted: presentNotVoted(false, voted),
      counts: null,
      presentAndVoting: null,
      required: null,
      outcome: null,
      explanation: null,
      reason: null,
    };
  }
  const d = decide(vote.rule, counts);
  return {
    ...base,
    presentNotVoted: presentNotVoted(true, voted),
    counts,
    presentAndVoting: d.presentAndVoting,
    required: d.required,
    outcome: d.outcome,
    explanation: d.explanation,
    reason: d.reason,
  };
}

/** Who has voted so far, by ISO code: from per-State votes, or the secret ballot's list of voters. */
export function votedStates(vote: Pick<VoteSnapshot, 'votes' | 'voted'>): Set<string> {
  if (vote.votes) return new Set(Object.keys(vote.votes));
  return new Set(vote.voted ?? []);
}

/** The eligible States in roll-call order (from the State drawn by lot), else as listed. */
export function rollCallOrder(vote: Pick<VoteSnapshot, 'eligible' | 'rollCall'>): EligibleState[] {
  if (!vote.rollCall) return vote.eligible;
  const byIso = new Map(vote.eligible.map((e) => [e.iso3, e]));
  return vote.rollCall.order.map((iso) => byIso.get(iso)).filter((e): e is EligibleState => e !== undefined);
}

/** Eligible States that have not voted, in roll-call order when there is one; none for a show of hands. */
export function notVotedYet(vote: VoteSnapshot): EligibleState[] {
  if (vote.method === 'show-of-hands') return [];
  const voted = votedStates(vote);
  return rollCallOrder(vote).filter((e) => !voted.has(e.iso3));
}

/**
 * Who has not voted, split as the President needs it: States in the room that have not voted
 * yet, and States not checked in (absent). Without presence every one counts as present.
 */
export function notVotedByPresence(vote: VoteSnapshot): {
  present: EligibleState[];
  absent: EligibleState[];
} {
  const away = new Set(vote.absent ?? []);
  const waiting = notVotedYet(vote);
  return {
    present: waiting.filter((e) => !away.has(e.iso3)),
    absent: waiting.filter((e) => away.has(e.iso3)),
  };
}

/**
 * This delegation's choice as the server holds it, from the snapshot (kept current by the
 * tallies): the per-State votes of a recorded or roll-call vote. A secret ballot never tells
 * (null): there only `hasVoted` is known, and the device that cast it knows its own ack.
 */
export function ownChoice(vote: Pick<VoteSnapshot, 'votes'> | null, iso3: string | null): Choice | null {
  if (!vote || !iso3) return null;
  return vote.votes?.[iso3] ?? null;
}

/** Whether this State has voted, as the snapshot says (per-State votes, or a secret ballot's voters). */
export function hasVoted(vote: Pick<VoteSnapshot, 'votes' | 'voted'> | null, iso3: string | null): boolean {
  if (!vote || !iso3) return false;
  return votedStates(vote).has(iso3);
}

/**
 * The rule a question is decided by, in the words every screen uses, with its source:
 * "Two-thirds majority of States Parties present and voting — Convention Art. 13.4". Where the
 * Convention itself names consensus first (Art. 8.6, 8.20) it says so. Always the question's own
 * rule (a meeting's rules of procedure may set another than the matter's default).
 */
export function ruleWording(q: { rule: VotingRule; ruleSource: string; matter?: Matter }): string {
  const label = VOTING_RULE_LABELS[q.rule];
  const consensus = q.matter !== undefined && MATTERS[q.matter].consensusByConvention;
  const words = consensus
    ? `Consensus, else a ${label}`
    : `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
  return q.ruleSource ? `${words} — ${q.ruleSource}` : words;
}

/** The rule and source a question on `matter` gets when it is put, as the server sets them. */
export function questionRuleFor(
  matter: Matter,
  rules?: RulesOfProcedure,
): { rule: VotingRule; ruleSource: string; matter: Matter } {
  return { rule: ruleForMatter(matter, rules), ruleSource: MATTERS[matter].source, matter };
}

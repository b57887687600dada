import {
  MATTERS,
  requiredYes,
  ruleForMatter,
  VOTING_RULE_LABELS,
  type Matter,
  type QuorumView,
  type RulesOfProcedure,
  type VoteSnapshot,
} from '@plenary/shared';

export interface EligibleState {
  delegationId: string;
  iso3: string;
  name: string;
}

/** The rule a matter is decided by, and where it comes from, read out before anything else. */
export function ruleSentence(matter: Matter, rules?: RulesOfProcedure): string {
  const info = MATTERS[matter];
  const rule = ruleForMatter(matter, rules);
  const label = VOTING_RULE_LABELS[rule].replace(/^two-thirds majority/, 'two-thirds');
  // The same words the server sends as a question's ruleSource, so console and board agree.
  const source = info.source;
  const text = `${label.charAt(0).toUpperCase()}${label.slice(1)} — ${source}`;
  return info.consensusByConvention ? `Consensus, else ${label} — ${source}` : text;
}

/** Who has cast a vote so far, by ISO code: per-State votes, or the secret ballot's list of voters. */
function votedSet(vote: VoteSnapshot): Set<string> {
  if (vote.votes) return new Set(Object.keys(vote.votes));
  if (vote.voted) return new Set(vote.voted);
  return new Set();
}

/** Eligible States that have not voted, in the order of the list (or of the roll-call). */
export function notVotedYet(vote: VoteSnapshot): EligibleState[] {
  if (vote.method === 'show-of-hands') return [];
  const voted = votedSet(vote);
  return rollCallOrder(vote).filter((e) => !voted.has(e.iso3));
}

/** The eligible States in roll-call order (from the State drawn by lot), else as listed. */
export function rollCallOrder(vote: VoteSnapshot): EligibleState[] {
  if (!vote.rollCall) return vote.eligible;
  const byIso = new Map(vote.eligible.map((e) => [e.iso3, e]));
  return vote.rollCall.order.map((iso) => byIso.get(iso)).filter((e): e is EligibleState => e !== undefined);
}

export interface LiveFigures {
  yes: number;
  no: number;
  abstain: number;
  voted: number;
  notVoted: number;
  presentAndVoting: number;
  /** Yes votes that adopt the proposal with the present and voting as they stand (shared requiredYes). */
  neededNow: number;
  adoptedIfClosedNow: boolean;
  eligible: number;
}

/** The figures the President watches while a vote is open; null while the counts are hidden. */
export function liveFigures(vote: VoteSnapshot): LiveFigures | null {
  let c: { yes: number; no: number; abstain: number } | null = vote.counts;
  if (!c && vote.votes) {
    c = { yes: 0, no: 0, abstain: 0 };
    for (const choice of Object.values(vote.votes)) c[choice] += 1;
  }
  if (!c) return null;
  const presentAndVoting = c.yes + c.no;
  const neededNow = requiredYes(vote.rule, presentAndVoting);
  const voted = c.yes + c.no + c.abstain;
  return {
    ...c,
    voted,
    notVoted: Math.max(0, vote.eligible.length - voted),
    presentAndVoting,
    neededNow,
    adoptedIfClosedNow: presentAndVoting > 0 && c.yes >= neededNow,
    eligible: vote.eligible.length,
  };
}

/** The warning shown whenever a decision could not be taken now. */
export function decisionWarning(q: QuorumView): string | null {
  if (q.decision.required === null) return 'This meeting takes no decisions.';
  if (q.decision.met) return null;
  const short = q.decision.required - q.present;
  return `No decision can be taken: ${q.present} present, ${q.decision.required} needed (${short} more).`;
}

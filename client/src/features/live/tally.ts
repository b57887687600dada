import {
  decide,
  requiredYes,
  VOTING_RULE_LABELS,
  type Choice,
  type QuestionView,
  type VoteMethod,
  type VoteSnapshot,
  type VotingRule,
} from '@plenary/shared';

export type Counts = { yes: number; no: number; abstain: number; notVoted: number };

/** Every figure a screen shows for a vote, derived with the shared rules. */
export interface TallyView {
  closed: boolean;
  method: VoteMethod;
  eligible: number;
  /** Whether each State's choice may be shown (recorded and roll-call votes). */
  perState: boolean;
  /** Null while a secret ballot or a show of hands is open. */
  counts: Counts | null;
  /** How many have voted; for an open secret ballot the only figure there is. */
  voted: number;
  /** Yes + no; null while the counts are not known. */
  presentAndVoting: number | null;
  /** Yes votes that adopt the proposal with the present and voting as they stand. */
  required: number | null;
  /** Adopted / rejected as the votes stand, or the result once closed. */
  outcome: 'adopted' | 'rejected' | 'no-quorum' | null;
  /** The sentence with the arithmetic: provisional while open, the server's result once closed. */
  sentence: string;
}

const METHOD_LABELS: Record<VoteMethod, string> = {
  recorded: 'Recorded vote',
  'roll-call': 'Roll-call vote',
  secret: 'Secret ballot',
  'show-of-hands': 'Show of hands',
};

export function methodLabel(m: VoteMethod): string {
  return METHOD_LABELS[m];
}

/** "Two-thirds majority of States Parties present and voting". */
export function ruleLabel(rule: VotingRule): string {
  const l = VOTING_RULE_LABELS[rule];
  return l.charAt(0).toUpperCase() + l.slice(1);
}

/** The rule in plain words with where it comes from: "… present and voting — Rules of procedure (UN model)". */
export function ruleWithSource(q: Pick<QuestionView, 'rule' | 'ruleSource'>): string {
  return q.ruleSource ? `${ruleLabel(q.rule)} — ${q.ruleSource}` : ruleLabel(q.rule);
}

function countsOf(vote: VoteSnapshot): Counts | null {
  if (vote.counts) return vote.counts;
  if (vote.votes) {
    const c: Counts = { yes: 0, no: 0, abstain: 0, notVoted: 0 };
    for (const choice of Object.values(vote.votes)) c[choice] += 1;
    c.notVoted = Math.max(0, vote.eligible.length - c.yes - c.no - c.abstain);
    return c;
  }
  return null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function tallyOf(vote: VoteSnapshot): TallyView {
  const closed = vote.status === 'closed';
  const counts = countsOf(vote);
  const perState = vote.method === 'recorded' || vote.method === 'roll-call';
  const eligible = vote.eligible.length;
  const voted = counts ? counts.yes + counts.no + counts.abstain : (vote.voted?.length ?? 0);

  if (closed && vote.result) {
    const r = vote.result;
    return {
      closed,
      method: vote.method,
      eligible,
      perState,
      counts: counts ?? {
        yes: r.yes,
        no: r.no,
        abstain: r.abstain,
        notVoted: Math.max(0, eligible - r.yes - r.no - r.abstain),
      },
      voted,
      presentAndVoting: r.presentAndVoting,
      required: r.required,
      outcome: r.outcome,
      sentence: r.explanation,
    };
  }

  if (!counts) {
    const sentence =
      vote.method === 'secret'
        ? `${plural(voted, 'State has', 'States have')} voted of ${eligible}; the counts are shown when the ballot closes.`
        : 'The Secretariat counts the hands in the room; the result is shown when the vote closes.';
    return {
      closed,
      method: vote.method,
      eligible,
      perState,
      counts: null,
      voted,
      presentAndVoting: null,
      required: null,
      outcome: null,
      sentence,
    };
  }

  const d = decide(vote.rule, counts);
  const required = requiredYes(vote.rule, counts.yes + counts.no);
  const prefix = closed ? '' : 'As the votes stand — ';
  return {
    closed,
    method: vote.method,
    eligible,
    perState,
    counts,
    voted,
    presentAndVoting: d.presentAndVoting,
    required,
    outcome: d.outcome,
    sentence: `${prefix}${d.explanation}`,
  };
}

export const CHOICE_LABELS: Record<Choice, string> = { yes: 'Yes', no: 'No', abstain: 'Abstain' };
export const CHOICE_LETTERS: Record<Choice, string> = { yes: 'Y', no: 'N', abstain: 'A' };

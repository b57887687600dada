import type { VotingRule } from '../domain/decisions/decisions';
import type { Message } from './translator';
import { renderMessage } from './translator';
import { inEnglishOrder } from './state-names';

/**
 * The outcome of a decision as UN records phrase it ("The draft decision was adopted by 91 votes
 * to 45, with 4 abstentions."), with each language's zero and one forms ("to none", "contre zéro",
 * "contra ninguno", "при отсутствии голосов против", "0票反对", "مقابل لا شيء"). outcomeMessage() is
 * language-free data for the record; renderOutcome() is the sentence in one language.
 */
export type OutcomeSubject = 'draft-decision' | 'amendment' | 'proposal' | 'motion';

export type VotedOutcome = {
  outcome: 'adopted' | 'rejected';
  yes: number;
  no: number;
  abstain: number;
  /** When given, a two-thirds rejection says the required majority was not obtained. */
  rule?: VotingRule;
};
/** The vote closed without the decision quorum: no decision, and nothing about the counts (§4). */
export type NoQuorumOutcome = { outcome: 'no-quorum'; presentAtClose: number; quorumRequired: number | null };
export type WithoutVoteOutcome = { outcome: 'adopted-without-vote' };
export type OutcomeInput = VotedOutcome | NoQuorumOutcome | WithoutVoteOutcome;

export function outcomeMessage(result: OutcomeInput, subject: OutcomeSubject = 'draft-decision'): Message {
  switch (result.outcome) {
    case 'adopted-without-vote':
      return { key: 'record.adoptedWithoutVote', params: { subject } };
    case 'no-quorum':
      return {
        key: 'record.noQuorum',
        params: { present: result.presentAtClose, required: result.quorumRequired ?? 0 },
      };
    case 'adopted': {
      const { yes, no, abstain } = result;
      return { key: 'record.adopted', params: { subject, yes, no, abstain } };
    }
    case 'rejected': {
      const { yes, no, abstain, rule } = result;
      if (yes + no === 0) return { key: 'record.noVotesCast', params: { subject, abstain } };
      // Under a majority a rejection means yes <= no; more yes than no fails only a two-thirds rule.
      const twoThirdsFailed = rule ? rule === 'two-thirds-present-voting' && yes > no : yes > no;
      const key = twoThirdsFailed ? 'record.rejectedTwoThirds' : 'record.rejected';
      return { key, params: { subject, yes, no, abstain } };
    }
  }
}

export function renderOutcome(
  locale: string | null | undefined,
  result: OutcomeInput,
  subject: OutcomeSubject = 'draft-decision',
): string {
  return renderMessage(locale, outcomeMessage(result, subject));
}

/** "Two-thirds of 136 present and voting requires 91.": the line shown below the outcome. */
export function arithmeticMessage(facts: {
  rule: VotingRule;
  presentAndVoting: number;
  required: number;
}): Message {
  const { rule, presentAndVoting, required } = facts;
  return { key: 'record.arithmetic', params: { rule, presentAndVoting, required } };
}

/** Per-State votes of a recorded (or roll-call) vote, by ISO code; never for a secret ballot. */
export type RecordedVotes = {
  inFavour: readonly string[];
  against: readonly string[];
  abstaining: readonly string[];
};

/**
 * The record's paragraphs for a recorded vote (DOMAIN.md §6): "A recorded vote was taken.",
 * "In favour: ...", "Against: ...", "Abstaining: ..." (each list in UN English alphabetical order,
 * the names in the reader's language), then the outcome.
 */
export function recordedVoteMessages(
  votes: RecordedVotes,
  result: OutcomeInput,
  subject: OutcomeSubject = 'draft-decision',
): Message[] {
  return [
    { key: 'record.recordedVoteTaken' },
    { key: 'record.inFavourList', params: { states: inEnglishOrder(votes.inFavour) } },
    { key: 'record.againstList', params: { states: inEnglishOrder(votes.against) } },
    { key: 'record.abstainingList', params: { states: inEnglishOrder(votes.abstaining) } },
    outcomeMessage(result, subject),
  ];
}

export function renderRecordedVote(
  locale: string | null | undefined,
  votes: RecordedVotes,
  result: OutcomeInput,
  subject: OutcomeSubject = 'draft-decision',
): string[] {
  return recordedVoteMessages(votes, result, subject).map((m) => renderMessage(locale, m));
}

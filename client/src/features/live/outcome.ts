import {
  arithmeticMessage,
  renderMessage,
  renderOutcome,
  type Matter,
  type OutcomeSubject,
  type VoteResult,
  type VotingRule,
} from '@plenary/shared';

/** What the question is, in the record's words: an amendment, a motion, else a draft decision. */
export function outcomeSubject(matter: Matter): OutcomeSubject {
  if (matter === 'art13-amendment') return 'amendment';
  if (matter === 'procedural') return 'motion';
  return 'draft-decision';
}

export interface OutcomeLines {
  /** The sentence as UN records phrase it: "The draft decision was adopted by 91 votes to 45, with 4 abstentions." */
  sentence: string;
  /** The rule's arithmetic, below it ("Two-thirds of 136 present and voting requires 91."); none without a quorum. */
  arithmetic: string | null;
}

/**
 * The declared result in the room's words, from the shared catalogue (the six languages): one
 * sentence, then the arithmetic. A vote closed without the quorum says only that no decision was
 * taken, never also "rejected".
 */
export function outcomeLines(
  locale: string,
  result: VoteResult,
  question: { matter: Matter; rule: VotingRule },
): OutcomeLines {
  if (result.outcome === 'no-quorum') {
    return {
      sentence: renderOutcome(locale, {
        outcome: 'no-quorum',
        presentAtClose: result.presentAtClose,
        quorumRequired: result.quorumRequired,
      }),
      arithmetic: null,
    };
  }
  const { outcome, yes, no, abstain, presentAndVoting, required } = result;
  return {
    sentence: renderOutcome(
      locale,
      { outcome, yes, no, abstain, rule: question.rule },
      outcomeSubject(question.matter),
    ),
    arithmetic: renderMessage(locale, arithmeticMessage({ rule: question.rule, presentAndVoting, required })),
  };
}

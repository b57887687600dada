import { DomainRuleError, fail, ok, Result } from '../errors';
import type { Proportion } from './decisions';
import {
  describeProportion,
  formatStatesParties,
  minimumForProportion,
  satisfiesProportion,
  showComparison,
} from './decisions.rules';
import { MATTERS, Matter } from './matters';
import { articleOf } from './matters.rules';
import { reason } from '../reasons/reasons';
import {
  INFORMAL_MEETING_KINDS,
  InformalKindKey,
  InformalMeetingKind,
  MeetingKind,
  MEETING_KIND_LABELS,
  QuorumCheck,
  QuorumPurpose,
  QuorumRequirement,
  RulesOfProcedure,
} from './quorum';

/** UN model (A/520/Rev.20): open with one-third present, decide with a majority present. */
export const DEFAULT_RULES_OF_PROCEDURE: RulesOfProcedure = {
  openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 3 },
  decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 2 },
};

/** Art. 8.5: a majority of all States Parties, whatever the meeting's rules say. */
const SPECIAL_MEETING_QUORUM: Proportion = { comparison: 'more-than', numerator: 1, denominator: 2 };

function checkProportion(
  t: Proportion,
  field: 'openingQuorum' | 'decisionQuorum' | 'rop',
): Result<Proportion> {
  const { comparison, numerator: n, denominator: d } = t;
  const whole = Number.isSafeInteger(n) && Number.isSafeInteger(d) && n >= 1 && d >= 1;
  const sensible = comparison === 'more-than' ? n < d : comparison === 'at-least' && n <= d;
  if (!whole || !sensible) {
    return fail(
      'INVALID_RULES_OF_PROCEDURE',
      `${field} must be a fraction of States Parties between 0 and 1.`,
      field,
      reason('refusal.invalidProportion', { field }),
    );
  }
  return ok({ comparison, numerator: n, denominator: d });
}

/** Checks the rules of procedure a meeting adopts before it starts. */
export function validateRulesOfProcedure(rop: RulesOfProcedure): Result<RulesOfProcedure> {
  const opening = checkProportion(rop.openingQuorum, 'openingQuorum');
  if (!opening.ok) return opening;
  const decision = checkProportion(rop.decisionQuorum, 'decisionQuorum');
  if (!decision.ok) return decision;
  for (const matter of Object.keys(rop.votingRules ?? {}) as Matter[]) {
    const info = MATTERS[matter];
    if (!info) {
      return fail(
        'INVALID_RULES_OF_PROCEDURE',
        `Unknown matter: ${matter}.`,
        'votingRules',
        reason('refusal.unknownMatter', { matter }),
      );
    }
    if (info.convention) {
      return fail(
        'CONVENTION_RULE_NOT_CONFIGURABLE',
        `${info.label}: the rule is fixed by ${info.source} and cannot be changed by the rules of procedure.`,
        'votingRules',
        reason('refusal.conventionRuleNotConfigurable', { matter, article: articleOf(matter) }),
      );
    }
  }
  return ok(rop);
}

export function isInformalMeeting(kind: MeetingKind): kind is InformalMeetingKind {
  return (INFORMAL_MEETING_KINDS as readonly MeetingKind[]).includes(kind);
}

/** Intersessional, committee and Coordinating Committee meetings take no decisions (DOMAIN.md §2, §9). */
export function canTakeDecisions(kind: MeetingKind): boolean {
  return !isInformalMeeting(kind);
}

const INFORMAL_KIND_KEYS: Record<InformalMeetingKind, InformalKindKey> = {
  intersessional: 'intersessional',
  committee: 'committee',
  'coordinating-committee': 'coordinatingCommittee',
};

/** An informal meeting's kind as the messages' `select` names it. */
export const informalKindKey = (kind: InformalMeetingKind): InformalKindKey => INFORMAL_KIND_KEYS[kind];

/** Why an informal meeting takes no decisions, in English (logs, record summaries, error messages). */
export function noDecisionsExplanation(kind: InformalMeetingKind): string {
  switch (kind) {
    case 'intersessional':
      return 'Intersessional meetings are informal and take no decisions.';
    case 'committee':
      return 'A committee takes no decisions: it seeks general agreement and records conclusions and recommendations for the next Meeting of the States Parties or Review Conference.';
    case 'coordinating-committee':
      return 'The Coordinating Committee has no substantive decision-making capacity: it takes no decisions.';
  }
}

function requireParties(parties: number): void {
  if (!Number.isSafeInteger(parties) || parties < 1) {
    throw new DomainRuleError(
      'INVALID_COUNT',
      'The number of States Parties must be a whole number of at least 1.',
      undefined,
      reason('refusal.invalidParties', {}),
    );
  }
}

/**
 * States Parties that must be present to open a meeting or to take a decision, counted over all
 * `parties` States Parties on that day. Observers never count.
 */
export function quorumFor(
  kind: MeetingKind,
  purpose: QuorumPurpose,
  parties: number,
  rop: RulesOfProcedure = DEFAULT_RULES_OF_PROCEDURE,
): QuorumRequirement {
  requireParties(parties);
  const base = { kind, purpose, parties };
  if (isInformalMeeting(kind)) {
    const explanation =
      purpose === 'opening'
        ? `${MEETING_KIND_LABELS[kind]}: informal, no quorum applies.`
        : noDecisionsExplanation(kind);
    const params = { kind: informalKindKey(kind) };
    return {
      ...base,
      required: null,
      threshold: null,
      convention: false,
      source: kind === 'intersessional' ? 'DOMAIN.md §2' : 'DOMAIN.md §9',
      explanation,
      reason:
        purpose === 'opening'
          ? reason('quorum.informalOpening', params)
          : reason('quorum.informalNoDecisions', params),
    };
  }
  const convention = kind === 'special';
  let threshold = SPECIAL_MEETING_QUORUM;
  if (!convention) {
    const checked = checkProportion(purpose === 'opening' ? rop.openingQuorum : rop.decisionQuorum, 'rop');
    if (!checked.ok) {
      const { message, reason: why } = checked.error;
      throw new DomainRuleError('INVALID_RULES_OF_PROCEDURE', message, undefined, why);
    }
    threshold = checked.value;
  }
  const required = minimumForProportion(threshold, parties);
  const source = convention ? 'Convention Art. 8.5' : 'Rules of procedure';
  const action = purpose === 'opening' ? 'To open the meeting' : 'To take a decision';
  const explanation =
    `${action} [${source}]: ${describeProportion(threshold)} of all ${formatStatesParties(parties)}, ` +
    `${required} present (${showComparison(threshold, required, parties)}).`;
  const facts = {
    ...threshold,
    purpose,
    parties,
    required,
    source: convention ? ('convention' as const) : ('rules-of-procedure' as const),
  };
  return {
    ...base,
    required,
    threshold,
    convention,
    source,
    explanation,
    reason: reason('quorum.required', facts),
  };
}

/** Whether `present` States Parties (credentials accepted, in the room) make the quorum. */
export function quorumMet(
  kind: MeetingKind,
  purpose: QuorumPurpose,
  present: number,
  parties: number,
  rop: RulesOfProcedure = DEFAULT_RULES_OF_PROCEDURE,
): QuorumCheck {
  const requirement = quorumFor(kind, purpose, parties, rop);
  if (!Number.isSafeInteger(present) || present < 0 || present > parties) {
    throw new DomainRuleError(
      'INVALID_COUNT',
      `Present must be a whole number from 0 to ${parties}.`,
      'present',
      reason('refusal.invalidPresent', { max: parties }),
    );
  }
  const why = requirement.reason;
  if (requirement.threshold === null || why.code !== 'quorum.required') {
    // Informal: it "opens" without a quorum and never decides (quorumFor gives no threshold only then).
    const informal =
      why.code === 'quorum.required'
        ? reason('quorum.informalNoDecisions', {
            kind: isInformalMeeting(kind) ? informalKindKey(kind) : 'intersessional',
          })
        : why;
    return { ...requirement, present, met: purpose === 'opening', reason: informal };
  }
  const met = satisfiesProportion(requirement.threshold, present, parties);
  const explanation =
    `${met ? 'Quorum present' : 'No quorum'}: ${present} of ${formatStatesParties(parties)} present; ` +
    `${describeProportion(requirement.threshold)} requires ${requirement.required} ` +
    `(${showComparison(requirement.threshold, present, parties)}) [${requirement.source}].`;
  const facts = { ...why.params, present };
  return {
    ...requirement,
    present,
    met,
    explanation,
    reason: reason(met ? 'quorum.met' : 'quorum.notMet', facts),
  };
}

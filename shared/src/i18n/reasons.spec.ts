import {
  decide,
  meetsCount,
  minimumCount,
  requiredYes,
  validateTally,
} from '../domain/decisions/decisions.rules';
import { validateRuleForMatter } from '../domain/decisions/matters.rules';
import { quorumFor, quorumMet, validateRulesOfProcedure } from '../domain/decisions/quorum.rules';
import { countProgress } from '../domain/convening/counts.rules';
import { deadlineReason, deadlineView } from '../domain/convening/periods.rules';
import { reviewConferenceTiming } from '../domain/convening/procedures.rules';
import { DomainRuleError } from '../domain/errors';
import type { StateRecord } from '../domain/membership/membership';
import { REASON_CODES, reason, type Reason, type ReasonCode } from '../domain/reasons/reasons';
import { consoleActionReasons } from '../domain/voting/console-actions.rules';
import {
  validateConflictEnd,
  validateInstrument,
  validateWithdrawal,
} from '../domain/membership/membership.validation';
import { validateExperts } from '../domain/convening/compliance.rules';
import {
  ctx,
  must,
  observerState,
  openFloor,
  party as delegate,
  run,
  T0,
} from '../domain/floor/floor.fixtures';
import { createFloor } from '../domain/floor/floor.state';
import { DEFAULT_FLOOR_SETTINGS } from '../domain/floor/floor.settings';
import {
  adoptMotionWithoutVote,
  giveFloorOnMotion,
  resumeDebate,
  takeUpMotion,
} from '../domain/floor/motion-decision.rules';
import { moveMotion, objectToMotion, withdrawMotion } from '../domain/floor/motions.rules';
import {
  orderAmendments,
  recordVote,
  submitAmendment,
  submitProposal,
} from '../domain/floor/proposals.rules';
import { appealRuling, raisePointOfOrder, ruleOnPointOfOrder } from '../domain/floor/rulings.rules';
import {
  callNextSpeaker,
  closeList,
  moveSpeaker,
  requestFloor,
  withdrawRequest,
} from '../domain/floor/speakers.rules';
import { endSpeech } from '../domain/floor/speech.rules';
import { openExplanations, requestExplanation, requestReply } from '../domain/floor/statements.rules';
import { SUPPORTED_LANGUAGES } from './languages';
import { renderReason } from './reasons.render';

const TWO = 'two-thirds-present-voting';
const MAJ = 'majority-present-voting';

function thrown(f: () => unknown): DomainRuleError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainRuleError) return e;
  }
  throw new Error('expected a DomainRuleError');
}

function refusal<T>(r: { ok: boolean; error?: { reason?: Reason } } | T): Reason {
  const reason = (r as { error?: { reason?: Reason } }).error?.reason;
  if (!reason) throw new Error('expected a refusal with a reason');
  return reason;
}

const party = (iso3: string): StateRecord => ({
  iso3,
  name: iso3,
  regionalGroup: null,
  instruments: [{ type: 'ratification', depositDate: '2000-01-03' }],
  withdrawal: null,
});
const REGISTER = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'].map(party);
const favour = (iso3s: string[], date: string) => iso3s.map((iso3) => ({ iso3, date }));

const NORWAY: StateRecord = { ...party('NOR'), name: 'Norway' };
const FLOOR = ctx(T0);
const LISTED = () => must(requestFloor(openFloor(), delegate('S1'), FLOOR));
const PROPOSED = () =>
  must(submitProposal(openFloor(), { id: 'P', symbol: null, text: 'd', sponsors: ['S1'] }));
const AMENDED = () =>
  run(
    PROPOSED(),
    (s) => submitAmendment(s, { id: 'A', proposalId: 'P', symbol: null, text: 'a', sponsors: [] }),
    (s) => submitAmendment(s, { id: 'B', proposalId: 'P', symbol: null, text: 'b', sponsors: [] }),
  );
const MOVED = (kind: 'close-debate' | 'suspend-meeting' = 'close-debate') =>
  must(moveMotion(openFloor(), delegate('S1'), { kind }, FLOOR));
const RAISED = () => must(raisePointOfOrder(openFloor(), delegate('S1'), FLOOR));
const RULED = () => must(ruleOnPointOfOrder(RAISED(), 'PO1', 'x', FLOOR));

// One reason per code, each produced by the shared rule that gives it: a code without one here
// fails to compile, and a rule that stops giving its reason fails below.
/** A meeting open with its decision quorum and no vote: every console action available. */
const LIVE = {
  meeting: { status: 'open' as const },
  quorum: { present: 100, decision: { required: 81, met: true, explanation: '' } },
  vote: null,
};

const PRODUCED: { [C in ReasonCode]: () => Reason } = {
  'decision.adopted': () => decide(TWO, { yes: 91, no: 45, abstain: 4 }).reason,
  'decision.rejected': () => decide(TWO, { yes: 80, no: 50, abstain: 1 }).reason,
  'decision.tie': () => decide(MAJ, { yes: 45, no: 45, abstain: 0 }).reason,
  'decision.noneVoting': () => decide(MAJ, { yes: 0, no: 0, abstain: 12 }).reason,
  'decision.noQuorum': () => ({ code: 'decision.noQuorum', params: { present: 80, required: 81 } }),
  'quorum.required': () => quorumFor('special', 'decision', 161).reason,
  'quorum.met': () => quorumMet('msp', 'opening', 54, 161).reason,
  'quorum.notMet': () => quorumMet('msp', 'decision', 80, 161).reason,
  'quorum.informalOpening': () => quorumFor('intersessional', 'opening', 161).reason,
  'quorum.informalNoDecisions': () => quorumMet('intersessional', 'decision', 100, 161).reason,
  'count.minimum': () => minimumCount('one-third-of-parties', 161).reason,
  'count.met': () => meetsCount('majority-of-parties', 81, 161).reason,
  'count.notMet': () => meetsCount('one-third-of-parties', 53, 161).reason,
  'progress.metOn': () =>
    countProgress(
      'one-third-of-parties',
      favour(['AAA', 'BBB'], '2026-03-05'),
      REGISTER,
      { from: '2026-03-02', lastDay: '2026-03-16' },
      '2026-03-10',
    ).reason,
  'progress.ended': () =>
    countProgress(
      'majority-of-parties',
      favour(['AAA'], '2026-03-05'),
      REGISTER,
      { from: '2026-03-02', lastDay: '2026-03-16' },
      '2026-04-01',
    ).reason,
  'refusal.invalidTally': () => refusal(validateTally({ yes: 1, no: -1, abstain: 0 })),
  'refusal.invalidParties': () => thrown(() => minimumCount('majority-of-parties', 0)).reason!,
  'refusal.invalidPresentAndVoting': () => thrown(() => requiredYes(MAJ, -1)).reason!,
  'refusal.invalidCount': () => thrown(() => meetsCount('majority-of-parties', 200, 161)).reason!,
  'refusal.invalidPresent': () => thrown(() => quorumMet('msp', 'decision', 170, 161)).reason!,
  'refusal.invalidProportion': () =>
    refusal(
      validateRulesOfProcedure({
        openingQuorum: { comparison: 'at-least', numerator: 4, denominator: 3 },
        decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 2 },
      }),
    ),
  'refusal.unknownMatter': () =>
    refusal(
      validateRulesOfProcedure({
        openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 3 },
        decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 2 },
        votingRules: { 'no-such-matter': MAJ } as never,
      }),
    ),
  'refusal.conventionRuleNotConfigurable': () =>
    refusal(
      validateRulesOfProcedure({
        openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 3 },
        decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 2 },
        votingRules: { 'art8-measures': MAJ },
      }),
    ),
  'refusal.ruleFixedByConvention': () => refusal(validateRuleForMatter('art5-extension', TWO)),
  'refusal.ruleBelowRequired': () => refusal(validateRuleForMatter('other-substance', MAJ)),
  'refusal.dateInFuture': () =>
    refusal(
      validateInstrument(
        { ...NORWAY, instruments: [] },
        { type: 'accession', depositDate: '2030-01-02' },
        { today: '2026-11-30' },
      ),
    ),
  'refusal.dateBeforeSignature': () =>
    refusal(
      validateInstrument({ ...NORWAY, instruments: [] }, { type: 'accession', depositDate: '1997-01-02' }),
    ),
  'refusal.alreadyParty': () =>
    refusal(validateInstrument(NORWAY, { type: 'accession', depositDate: '2005-01-03' })),
  'refusal.instrumentPending': () =>
    refusal(
      validateInstrument(
        { ...NORWAY, instruments: [{ type: 'accession', depositDate: '2026-01-10' }] },
        { type: 'accession', depositDate: '2026-02-02' },
      ),
    ),
  'refusal.laterInstrumentExists': () =>
    refusal(validateInstrument(NORWAY, { type: 'accession', depositDate: '1998-06-01' })),
  'refusal.alreadyWithdrawing': () =>
    refusal(
      validateWithdrawal(
        { ...NORWAY, withdrawal: { receivedDate: '2025-06-01', armedConflict: false } },
        { receivedDate: '2026-01-05', armedConflict: false },
      ),
    ),
  'refusal.notAParty': () =>
    refusal(
      validateWithdrawal(
        { ...NORWAY, instruments: [] },
        { receivedDate: '2026-01-05', armedConflict: false },
      ),
    ),
  'refusal.noWithdrawal': () => refusal(validateConflictEnd(NORWAY, '2026-01-05')),
  'refusal.dateBeforeWithdrawal': () =>
    refusal(
      validateWithdrawal(NORWAY, {
        receivedDate: '2026-01-05',
        armedConflict: true,
        conflictEndedOn: '2025-12-01',
      }),
    ),
  'refusal.instrumentType': () =>
    refusal(validateInstrument(NORWAY, { type: 'treaty' as never, depositDate: '2026-01-05' })),
  'refusal.successionDateNotAllowed': () =>
    refusal(
      validateInstrument(
        { ...NORWAY, instruments: [] },
        { type: 'accession', depositDate: '2026-01-05', successionEffectiveDate: '2025-01-05' },
      ),
    ),
  'refusal.successionDateAfterDeposit': () =>
    refusal(
      validateInstrument(
        { ...NORWAY, instruments: [] },
        { type: 'succession', depositDate: '2026-01-05', successionEffectiveDate: '2026-02-05' },
      ),
    ),
  'refusal.noArmedConflictCondition': () =>
    refusal(
      validateWithdrawal(NORWAY, {
        receivedDate: '2026-01-05',
        armedConflict: false,
        conflictEndedOn: '2026-02-01',
      }),
    ),
  // The register's own checks (server/src/modules/register), before any rule runs.
  'refusal.alreadyInRegister': () => reason('refusal.alreadyInRegister', { what: 'name', value: 'Norway' }),
  'refusal.unknownState': () => reason('refusal.unknownState', { code: 'XYZ' }),
  'refusal.tooManyExperts': () =>
    refusal(
      validateExperts(
        Array.from({ length: 10 }, (_, i) => ({ name: `Expert ${i + 1}`, nationality: 'CHE' })),
        [],
      ),
    ),
  'refusal.excludedNationality': () =>
    refusal(validateExperts([{ name: 'Dr Ana Alves', nationality: 'BRA' }], ['BRA', 'NOR'])),
  'refusal.floor.listNotOpen': () =>
    refusal(requestFloor(createFloor('item-1', DEFAULT_FLOOR_SETTINGS), delegate('S1'), FLOOR)),
  'refusal.floor.listClosed': () =>
    refusal(
      requestFloor(must(closeList(openFloor(), { kind: 'no-objection' }, FLOOR)), delegate('S1'), FLOOR),
    ),
  'refusal.floor.alreadyOnList': () => refusal(requestFloor(LISTED(), delegate('S1'), FLOOR)),
  'refusal.floor.interventionLimit': () => {
    const limited = ctx(T0, { maxInterventionsPerItem: 1 });
    const spoke = run(
      openFloor({ maxInterventionsPerItem: 1 }),
      (s) => requestFloor(s, delegate('S1'), limited),
      (s) => callNextSpeaker(s, limited),
      (s) => endSpeech(s, limited),
    );
    return refusal(requestFloor(spoke, delegate('S1'), limited));
  },
  'refusal.floor.replyLimit': () =>
    refusal(
      requestReply(
        openFloor(),
        delegate('S1'),
        ctx(T0, { replies: { ...DEFAULT_FLOOR_SETTINGS.replies, maxPerItem: 0 } }),
      ),
    ),
  'refusal.floor.position': () => refusal(moveSpeaker(LISTED(), 'S1', 3)),
  'refusal.floor.debateNot': () => refusal(callNextSpeaker({ ...LISTED(), debate: 'adjourned' }, FLOOR)),
  'refusal.floor.voteUnderWay': () => refusal(callNextSpeaker(LISTED(), ctx(T0, {}, true))),
  'refusal.floor.observerPointOfOrder': () =>
    refusal(raisePointOfOrder(openFloor(), observerState('O1'), FLOOR)),
  'refusal.floor.observerMotion': () =>
    refusal(moveMotion(openFloor(), observerState('O1'), { kind: 'close-debate' }, FLOOR)),
  'refusal.floor.explanationsNotOpened': () =>
    refusal(requestExplanation(openFloor(), delegate('S1'), FLOOR)),
  'refusal.floor.division': () =>
    refusal(moveMotion(PROPOSED(), delegate('S2'), { kind: 'division', proposalId: 'P', parts: [] }, FLOOR)),
  'refusal.floor.motionState': () =>
    refusal(adoptMotionWithoutVote(must(objectToMotion(MOVED(), 'M1', delegate('S2'))), 'M1', FLOOR)),
  'refusal.floor.motionDecided': () =>
    refusal(takeUpMotion(must(withdrawMotion(MOVED(), 'M1', 'S1')), 'M1', FLOOR)),
  'refusal.floor.notDebatable': () =>
    refusal(
      giveFloorOnMotion(
        must(takeUpMotion(MOVED('suspend-meeting'), 'M1', FLOOR)),
        'M1',
        delegate('S2'),
        'for',
        FLOOR,
      ),
    ),
  'refusal.floor.motionSpeakersFull': () =>
    refusal(giveFloorOnMotion(must(takeUpMotion(MOVED(), 'M1', FLOOR)), 'M1', delegate('S2'), 'for', FLOOR)),
  'refusal.floor.alreadySpokeOnMotion': () => {
    const heard = run(
      must(takeUpMotion(MOVED(), 'M1', FLOOR)),
      (s) => giveFloorOnMotion(s, 'M1', delegate('S2'), 'against', FLOOR),
      (s) => endSpeech(s, FLOOR),
    );
    return refusal(giveFloorOnMotion(heard, 'M1', delegate('S2'), 'against', FLOOR));
  },
  'refusal.floor.notFound': () => refusal(appealRuling(openFloor(), 'PO9', delegate('S1'), FLOOR)),
  'refusal.floor.outOfPrecedence': () =>
    refusal(
      takeUpMotion(
        must(moveMotion(MOVED(), delegate('S2'), { kind: 'suspend-meeting' }, FLOOR)),
        'M1',
        FLOOR,
      ),
    ),
  'refusal.floor.proposal': () =>
    refusal(moveMotion(PROPOSED(), delegate('S2'), { kind: 'reconsideration', proposalId: 'P' }, FLOOR)),
  'refusal.floor.voteOpen': () =>
    refusal(moveMotion(openFloor(), delegate('S1'), { kind: 'close-debate' }, ctx(T0, {}, true))),
  'refusal.floor.observer': () => refusal(appealRuling(RULED(), 'PO1', observerState('O1'), FLOOR)),
  'refusal.floor.notTheMover': () => refusal(withdrawMotion(MOVED(), 'M1', 'S2')),
  'refusal.floor.alreadyTabled': () =>
    refusal(submitProposal(PROPOSED(), { id: 'P', symbol: null, text: 'x', sponsors: [] })),
  'refusal.floor.order': () => refusal(orderAmendments(AMENDED(), 'P', ['A', 'A'])),
  'refusal.floor.motionPending': () =>
    refusal(callNextSpeaker(must(requestFloor(MOVED(), delegate('S2'), FLOOR)), FLOOR)),
  'refusal.floor.ruling': () => refusal(appealRuling(RAISED(), 'PO1', delegate('S2'), FLOOR)),
  'refusal.floor.rulingStatus': () => refusal(ruleOnPointOfOrder(RULED(), 'PO1', 'y', FLOOR)),
  'refusal.floor.list': () => refusal(withdrawRequest(openFloor(), 'S1')),
  'refusal.floor.nobodyWaiting': () => refusal(callNextSpeaker(openFloor(), FLOOR)),
  'refusal.floor.speech': () => refusal(endSpeech(openFloor(), FLOOR)),
  'refusal.floor.debateNotAdjourned': () => refusal(resumeDebate(openFloor())),
  'refusal.floor.statement': () =>
    refusal(
      requestExplanation(
        must(openExplanations(PROPOSED(), { subjectId: 'P', phase: 'before' }, FLOOR)),
        delegate('S1'),
        FLOOR,
      ),
    ),
  'refusal.floor.alreadyExplaining': () => {
    const opened = must(openExplanations(PROPOSED(), { subjectId: 'P', phase: 'after' }, FLOOR));
    return refusal(
      requestExplanation(must(requestExplanation(opened, delegate('S2'), FLOOR)), delegate('S2'), FLOOR),
    );
  },
  'refusal.floor.pointOfOrderPending': () =>
    refusal(callNextSpeaker(must(requestFloor(RAISED(), delegate('S2'), FLOOR)), FLOOR)),
  'refusal.floor.sequence': () =>
    refusal(recordVote(AMENDED(), { kind: 'amendment', proposalId: 'P', amendmentId: 'B' }, 'adopted')),
  'action.noDecisionQuorum': () =>
    consoleActionReasons(
      { ...LIVE, quorum: { present: 60, decision: { required: 81, met: false, explanation: '' } } },
      false,
    ).openVote!,
  'action.meetingNotOpen': () =>
    consoleActionReasons({ ...LIVE, meeting: { status: 'suspended' } }, false).consensus!,
  'action.rollCallNotFinished': () =>
    consoleActionReasons(
      {
        ...LIVE,
        vote: {
          status: 'open',
          votes: { TUR: 'yes' },
          rollCall: { drawn: 'TUR', order: ['TUR', 'TKM'], seed: 'x', passed: [], declined: [] },
        },
      },
      false,
    ).closeVote!,
  'action.busy': () => consoleActionReasons(LIVE, true).closeVote!,
  'deadline.remaining': () => deadlineReason(deadlineView('2026-03-16', '2026-03-02')),
  'deadline.passed': () => deadlineReason(deadlineView('2026-03-16', '2026-03-19')),
  'review.next': () => reviewConferenceTiming('2024-11-25').reason,
  'review.first': () => reviewConferenceTiming(null).reason,
};

const rendered = (code: ReasonCode) => {
  const reason = PRODUCED[code]();
  return Object.fromEntries(SUPPORTED_LANGUAGES.map((l) => [l, renderReason(l, reason)]));
};

describe('reasons: every outcome, refusal and explanation as data', () => {
  it.each(REASON_CODES)('%s is what its rule gives, and renders in all six languages', (code) => {
    const reason = PRODUCED[code]();
    expect(reason.code).toBe(code);
    // Data, not prose: JSON-safe scalars only, so a record entry keeps it as it is.
    expect(JSON.parse(JSON.stringify(reason))).toEqual(reason);
    const texts = rendered(code);
    for (const lang of SUPPORTED_LANGUAGES) {
      expect(texts[lang]).not.toMatch(/[{}]|undefined|NaN|\[object/);
      // A sentence, not a stub (Chinese says in 6 characters what English says in 20).
      expect(texts[lang].length).toBeGreaterThan(lang === 'zh' ? 5 : 10);
      if (lang !== 'en') expect(texts[lang]).not.toBe(texts.en);
    }
  });

  it('says the facts in each language: the two-thirds outcome with its arithmetic', () => {
    expect(rendered('decision.adopted')).toEqual({
      en: 'Adopted: 91 in favour, 45 against; two-thirds of 136 present and voting requires 91. 4 abstentions are not counted.',
      fr: 'Adopté : 91 pour, 45 contre ; sur 136 présents et votants, la majorité des deux tiers exige 91 voix. 4 abstentions ne sont pas comptées.',
      es: 'Aprobado: 91 a favor, 45 en contra; de 136 presentes y votantes, la mayoría de dos tercios requiere 91. No se cuentan 4 abstenciones.',
      ru: 'Принято: за — 91, против — 45; присутствующих и участвующих в голосовании: 136, для большинства в две трети требуется 91. Воздержавшиеся (4) не учитываются.',
      zh: '通过：91票赞成，45票反对；出席并参加表决的有136个，三分之二多数需要91票。4票弃权不计入。',
      ar: 'اعتُمد: المؤيدون 91، والمعارضون 45؛ عدد الحاضرين والمصوتين 136، وتقتضي أغلبية الثلثين 91. ولا يُحتسب الممتنعون (4).',
    });
  });

  it('keeps the English explanation and the reason in agreement', () => {
    const d = decide(MAJ, { yes: 45, no: 45, abstain: 1 });
    expect(d.explanation).toMatch(/^Rejected: tie/);
    expect(renderReason('en', d.reason)).toMatch(/^Rejected: a tie, 45 to 45/);
    expect(renderReason('en', d.reason)).toContain('1 abstention is not counted.');
  });

  it('shows dates in the reader’s long form (Art. 8.5 count met)', () => {
    const texts = rendered('progress.metOn');
    expect(texts.en).toContain('first met on 5 March 2026');
    expect(texts.fr).toContain('le 5 mars 2026');
    expect(texts.ru).toContain('5 марта 2026 г.');
    expect(texts.zh).toContain('2026年3月5日');
    expect(texts.ar).toContain('5 آذار/مارس 2026');
    expect(rendered('progress.ended').en).toContain('The period ended on 16 March 2026 without reaching it.');
  });

  it('counts a deadline’s days in each language’s plural forms, the last day as a date', () => {
    const say = (lastDay: string, today: string) =>
      Object.fromEntries(
        SUPPORTED_LANGUAGES.map((l) => [l, renderReason(l, deadlineReason(deadlineView(lastDay, today)))]),
      );
    expect(say('2026-03-16', '2026-03-16').en).toBe('last day today (last day 16 March 2026)');
    expect(say('2026-03-16', '2026-03-15').en).toBe('1 day remaining (last day 16 March 2026)');
    expect(say('2026-03-16', '2026-03-02')).toMatchObject({
      en: '14 days remaining (last day 16 March 2026)',
      fr: '14 jours restants (dernier jour : 16 mars 2026)',
      ru: 'осталось 14 дней (последний день: 16 марта 2026 г.)',
      zh: '还剩14天（最后一天：2026年3月16日）',
    });
    expect(say('2026-03-16', '2026-03-14').ar).toMatch(/^بقي يومان/);
    expect(say('2026-03-16', '2026-03-19').es).toBe('vencido hace 3 días (último día: 16 de marzo de 2026)');
  });

  it('names the matter, the rule and the article in refusals', () => {
    expect(rendered('refusal.ruleFixedByConvention').en).toBe(
      'Article 5 extension request: Article 5.5 of the Convention requires a majority of States Parties present and voting.',
    );
    expect(rendered('refusal.ruleBelowRequired').fr).toBe(
      "Autre question de fond : la règle doit être au moins la suivante : majorité des deux tiers des États parties présents et votants [Règlement intérieur (modèle de l'ONU)].",
    );
    expect(rendered('refusal.conventionRuleNotConfigurable').ru).toContain('(статья 8.20)');
  });

  it('gives the quorum its threshold in words, with the Convention or the rules as source', () => {
    expect(rendered('quorum.required').en).toBe(
      'To take a decision (Convention, Article 8.5): a majority of all 161 States Parties, that is 81 present.',
    );
    expect(rendered('quorum.met').en).toBe(
      'Quorum to open the meeting present: 54 of 161 States Parties present; one-third requires 54 (rules of procedure).',
    );
    expect(rendered('quorum.notMet').zh).toBe(
      '作出决定的法定人数不足：161个缔约国中有80个出席；过半数需要81个（议事规则）。',
    );
  });

  it('describes a fraction a meeting adopted itself ("more than 3/5")', () => {
    const rop = {
      openingQuorum: { comparison: 'at-least' as const, numerator: 1, denominator: 3 },
      decisionQuorum: { comparison: 'more-than' as const, numerator: 3, denominator: 5 },
    };
    const reason = quorumMet('msp', 'decision', 90, 161, rop).reason;
    expect(renderReason('en', reason)).toContain('more than 3/5 requires 97');
    expect(renderReason('ar', reason)).toContain('أكثر من 3/5');
  });

  it('carries the refusal reason on the error the rules return or throw', () => {
    const r = validateRuleForMatter('art8-measures', MAJ);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'RULE_FIXED_BY_CONVENTION', reason: { code: 'refusal.ruleFixedByConvention' } },
    });
    const e = thrown(() => quorumMet('msp', 'decision', -1, 161));
    expect(e.toDomainError().reason).toEqual({ code: 'refusal.invalidPresent', params: { max: 161 } });
  });
});

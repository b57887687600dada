import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../../i18n/languages';
import { Iso3Schema, IsoDateSchema, UuidSchema } from './common.contract';
import {
  ChoiceSchema,
  MatterSchema,
  MeetingKindSchema,
  VoteMethodSchema,
  VotingRuleSchema,
} from './plenary.contract';

/*
 * The official record (DOMAIN.md §6, issue #16 item 3): a meeting's decisions in order, in the
 * form UN meeting records print them, in any of the six languages. Every sentence is kept twice:
 * as language-free data (`messages`: a catalogue key and its facts) and rendered in the language
 * asked for. The print view, the PDF, the DOCX and the JSON export all read this one shape.
 */

/** `?lang=` of the record and its exports: one of the six languages; English when absent. */
export const RecordLanguageSchema = z.enum(SUPPORTED_LANGUAGES, {
  error: () => `must be one of ${SUPPORTED_LANGUAGES.join(', ')}`,
});
export const OfficialRecordQuerySchema = z.object({ lang: RecordLanguageSchema.default('en') });
export type OfficialRecordQuery = z.infer<typeof OfficialRecordQuerySchema>;
/** `?lang=&vote=` of the CSV export: one vote, or every vote of the meeting. */
export const RecordCsvQuerySchema = OfficialRecordQuerySchema.extend({ vote: UuidSchema.optional() });
export type RecordCsvQuery = z.infer<typeof RecordCsvQuerySchema>;

/** A message as data: a catalogue key and its language-free facts (see i18n/translator.ts). */
export const RecordMessageSchema = z.object({
  key: z.string().min(1),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]))
    .optional(),
});
export type RecordMessage = z.infer<typeof RecordMessageSchema>;

/** A State that said, after the vote, that it voted in error: noted beside the vote cast (§6). */
export const IntendedVoteBodySchema = z.object({
  stateIso3: Iso3Schema,
  intended: ChoiceSchema,
});
export type IntendedVoteBody = z.infer<typeof IntendedVoteBodySchema>;

export const OfficialCorrectionSchema = z.object({
  entryId: z.number().int(),
  at: z.string(),
  /** The entry it corrects (a decision, or an earlier correction of it). */
  corrects: z.number().int(),
  /** As the secretariat wrote it; not translated. */
  text: z.string(),
  message: RecordMessageSchema,
  rendered: z.string(),
});
export type OfficialCorrection = z.infer<typeof OfficialCorrectionSchema>;

export const OfficialIntendedVoteSchema = z.object({
  entryId: z.number().int(),
  at: z.string(),
  stateIso3: z.string(),
  cast: ChoiceSchema,
  intended: ChoiceSchema,
  message: RecordMessageSchema,
  rendered: z.string(),
});
export type OfficialIntendedVote = z.infer<typeof OfficialIntendedVoteSchema>;

export const OfficialResultSchema = z.object({
  outcome: z.enum(['adopted', 'rejected', 'no-quorum', 'adopted-without-vote']),
  yes: z.number().int().nullable(),
  no: z.number().int().nullable(),
  abstain: z.number().int().nullable(),
  presentAndVoting: z.number().int().nullable(),
  required: z.number().int().nullable(),
  quorumRequired: z.number().int().nullable(),
  presentAtClose: z.number().int().nullable(),
});
export type OfficialResult = z.infer<typeof OfficialResultSchema>;

/** Per-State votes, ISO codes in English alphabetical order; only for recorded and roll-call votes. */
export const OfficialStateVotesSchema = z.object({
  inFavour: z.array(z.string()),
  against: z.array(z.string()),
  abstaining: z.array(z.string()),
  /** Eligible States Parties that did not vote. */
  notVoting: z.array(z.string()),
});
export type OfficialStateVotes = z.infer<typeof OfficialStateVotesSchema>;

export const OfficialDecisionSchema = z.object({
  /** 1, 2, … in the order the record holds them. */
  number: z.number().int().min(1),
  entryId: z.number().int(),
  seq: z.number().int(),
  kind: z.string(),
  at: z.string(),
  questionId: z.string().nullable(),
  voteId: z.string().nullable(),
  agendaItem: z.object({ position: z.number().int(), title: z.string() }).nullable(),
  /** The text decided on, as put to the meeting (not translated). */
  text: z.string(),
  matter: MatterSchema.nullable(),
  rule: VotingRuleSchema.nullable(),
  /** The Convention's article ('5.5'), or null for the rules of procedure. */
  article: z.string().nullable(),
  method: z.union([VoteMethodSchema, z.literal('consensus')]).nullable(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  eligible: z.number().int().nullable(),
  result: OfficialResultSchema.nullable(),
  /** Null for a secret ballot and a show of hands: the record keeps who voted, never how. */
  votes: OfficialStateVotesSchema.nullable(),
  /** The decision's paragraphs as data (method, lists, outcome), then the arithmetic, if any. */
  messages: z.array(RecordMessageSchema),
  arithmetic: RecordMessageSchema.nullable(),
  corrections: z.array(OfficialCorrectionSchema),
  intendedVotes: z.array(OfficialIntendedVoteSchema),
  rendered: z.object({
    heading: z.string(),
    agendaItem: z.string(),
    matter: z.string().nullable(),
    rule: z.string().nullable(),
    method: z.string().nullable(),
    times: z.string().nullable(),
    participation: z.string().nullable(),
    paragraphs: z.array(z.string()),
    arithmetic: z.string().nullable(),
  }),
});
export type OfficialDecision = z.infer<typeof OfficialDecisionSchema>;

/** A ballot's count as the record prints it (DOMAIN.md §8): every figure and each candidate's votes. */
export const OfficialBallotSchema = z.object({
  round: z.number().int(),
  cast: z.number().int(),
  invalid: z.number().int(),
  valid: z.number().int(),
  /** Blank ballots: abstentions. */
  blank: z.number().int(),
  presentAndVoting: z.number().int(),
  requiredMajority: z.number().int(),
  results: z.array(z.object({ candidateId: z.string(), votes: z.number().int() })),
  /** Candidates this ballot elected. */
  elected: z.array(z.string()),
});
export type OfficialBallot = z.infer<typeof OfficialBallotSchema>;

/**
 * An election in the record, from its entries' facts (election.created, round.counted, lot,
 * withdrawal, acclamation, complete), so it renders in every language: the candidates, each
 * ballot's figures and votes, who was elected and how.
 */
export const OfficialElectionSchema = z.object({
  electionId: z.string(),
  /** As the secretariat wrote it; not translated. */
  title: z.string(),
  places: z.number().int(),
  candidates: z.array(
    z.object({
      id: z.string(),
      /** The State standing, or nominating the person. */
      state: z.string(),
      person: z.string().nullable(),
      /** The person with the State's name in the language asked for, or the State's name. */
      name: z.string(),
    }),
  ),
  ballots: z.array(OfficialBallotSchema),
  elected: z.array(
    z.object({
      candidateId: z.string(),
      round: z.number().int(),
      by: z.enum(['majority', 'lot', 'acclamation']),
      votes: z.number().int().nullable(),
    }),
  ),
  /** Places left unfilled once complete; null while the election is not complete. */
  unfilled: z.number().int().nullable(),
  /** The election's paragraphs in the language asked for, rendered from the facts above. */
  rendered: z.object({ heading: z.string(), paragraphs: z.array(z.string()) }),
});
export type OfficialElection = z.infer<typeof OfficialElectionSchema>;

/** A ruling of the President on a point of order (DOMAIN.md §7), once final: from the floor's entries. */
export const OfficialRulingSchema = z.object({
  id: z.string(),
  subject: z.enum(['point-of-order', 'procedure-or-substance']),
  /** The State that raised it (ISO code), when known. */
  raisedBy: z.string().nullable(),
  /** The ruling as the President stated it (verbatim, not translated). */
  ruling: z.string(),
  appealed: z.boolean(),
  outcome: z.enum(['stands', 'overruled']),
  rendered: z.string(),
});
export type OfficialRuling = z.infer<typeof OfficialRulingSchema>;

/** A committee's conclusion or recommendation (DOMAIN.md §9), from its `committee.conclusion` entry. */
export const OfficialConclusionSchema = z.object({
  entryId: z.number().int(),
  position: z.number().int(),
  kind: z.enum(['conclusion', 'recommendation']),
  /** As recorded (verbatim, not translated). */
  text: z.string(),
  /** "Conclusion" or "Recommendation" in the language asked for. */
  label: z.string(),
});
export type OfficialConclusion = z.infer<typeof OfficialConclusionSchema>;

export const OfficialRecordSchema = z.object({
  language: RecordLanguageSchema,
  /** BCP 47 tag for `lang` ('zh-Hans') and the writing direction for `dir`. */
  tag: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  meeting: z.object({
    id: z.string(),
    code: z.string(),
    kind: MeetingKindSchema,
    title: z.string(),
    venue: z.string(),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    timeZone: z.string(),
  }),
  decisions: z.array(OfficialDecisionSchema),
  /** Elections held at the meeting, in the order they were created. */
  elections: z.array(OfficialElectionSchema),
  /** The President's final rulings on points of order, in the order they became final. */
  rulings: z.array(OfficialRulingSchema),
  /** A committee meeting's conclusions and recommendations, in the order recorded. */
  conclusions: z.array(OfficialConclusionSchema),
  /** Corrections of entries that are not decisions (a registration, a credentials change…). */
  otherCorrections: z.array(OfficialCorrectionSchema),
  head: z.object({ seq: z.number().int().min(0), hash: z.string().nullable(), at: z.string().nullable() }),
  /** Headings and labels in the language asked for. */
  labels: z.object({
    title: z.string(),
    meeting: z.string(),
    kind: z.string(),
    decisions: z.string(),
    elections: z.string(),
    rulings: z.string(),
    conclusions: z.string(),
    text: z.string(),
    matter: z.string(),
    rule: z.string(),
    method: z.string(),
    empty: z.string(),
    chainHead: z.string(),
  }),
});
export type OfficialRecord = z.infer<typeof OfficialRecordSchema>;

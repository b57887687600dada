import { z } from 'zod';
import { ReasonSchema } from '../reason.contract';
import { Iso3Schema, IsoDateSchema } from './common.contract';
import { MeetingTimeZoneSchema } from './time-zone.contract';
import { FloorViewSchema } from './floor-view.contract';
import { CommitteeIdSchema } from './election.contract';

// ---- Meetings -------------------------------------------------------------------------------
export const MeetingKindSchema = z.enum([
  'msp',
  'special',
  'review',
  'amendment',
  'intersessional',
  'committee',
  'coordinating-committee',
]);

export const MeetingStatusSchema = z.enum(['scheduled', 'open', 'suspended', 'closed']);
export const ProportionSchema = z.object({
  comparison: z.enum(['more-than', 'at-least']),
  numerator: z.number().int().min(1),
  denominator: z.number().int().min(1),
});
export const MatterSchema = z.enum([
  'art5-extension',
  'art8-consider-further',
  'art8-fact-finding',
  'art8-measures',
  'art13-amendment',
  'procedural',
  'other-substance',
  'election',
]);
export const VotingRuleSchema = z.enum(['majority-present-voting', 'two-thirds-present-voting']);
export const RulesOfProcedureSchema = z.object({
  openingQuorum: ProportionSchema,
  decisionQuorum: ProportionSchema,
  votingRules: z.partialRecord(MatterSchema, VotingRuleSchema).optional(),
});

/**
 * An agenda item. One carried from a committee meeting's conclusions and recommendations says so,
 * so a screen renders its title in its own language ("Conclusions and recommendations of the …").
 */
export const AgendaItemSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  conclusionsOf: z
    .object({ meetingId: z.string(), code: z.string(), committee: CommitteeIdSchema })
    .nullable(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const MeetingViewSchema = z.object({
  id: z.string(),
  kind: MeetingKindSchema,
  /** The committee meeting (kind `committee`) names its committee; null for every other kind. */
  committee: CommitteeIdSchema.nullable(),
  number: z.number().int().nullable(),
  code: z.string(),
  title: z.string(),
  venue: z.string(),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  timeZone: z.string(),
  status: MeetingStatusSchema,
  rules: RulesOfProcedureSchema,
  rulesFixed: z.boolean(),
  version: z.number().int(),
  agenda: z.array(AgendaItemSchema),
});
export type MeetingView = z.infer<typeof MeetingViewSchema>;

export const CreateMeetingBodySchema = z
  .object({
    kind: MeetingKindSchema,
    number: z.number().int().min(1).max(999).nullable().default(null),
    title: z.string().trim().min(3, 'must have at least 3 characters').max(200),
    venue: z.string().trim().min(2).max(200),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    timeZone: MeetingTimeZoneSchema,
    rules: RulesOfProcedureSchema.optional(),
    agenda: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
    /** Required for a committee meeting, refused for any other kind. */
    committee: CommitteeIdSchema.nullable().default(null),
  })
  .refine((b) => b.endDate >= b.startDate, { message: 'must not be before startDate', path: ['endDate'] })
  .refine((b) => b.kind !== 'committee' || b.committee !== null, {
    message: 'is required for a committee meeting',
    path: ['committee'],
  })
  .refine((b) => b.kind === 'committee' || b.committee === null, {
    message: 'is only for a committee meeting',
    path: ['committee'],
  });
export type CreateMeetingBody = z.infer<typeof CreateMeetingBodySchema>;

// ---- Conclusions and recommendations of a committee meeting (DOMAIN.md §9) --------------------
export const ConclusionKindSchema = z.enum(['conclusion', 'recommendation']);
export type ConclusionKind = z.infer<typeof ConclusionKindSchema>;
export const RecordConclusionBodySchema = z.object({
  kind: ConclusionKindSchema,
  text: z.string().trim().min(1, 'is required').max(4000),
});
export type RecordConclusionBody = z.infer<typeof RecordConclusionBodySchema>;
/** A committee's conclusion or recommendation, in the order recorded (kept verbatim, not translated). */
export const ConclusionViewSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  position: z.number().int().min(1),
  kind: ConclusionKindSchema,
  text: z.string(),
  recordedAt: z.string(),
});
export type ConclusionView = z.infer<typeof ConclusionViewSchema>;

export const UpdateRulesBodySchema = RulesOfProcedureSchema;
export const AddAgendaItemBodySchema = z.object({ title: z.string().trim().min(1, 'is required').max(300) });
export const MeetingTransitionBodySchema = z.object({
  action: z.enum(['open', 'suspend', 'resume', 'close']),
});
export type MeetingTransition = z.infer<typeof MeetingTransitionBodySchema>['action'];

// ---- Delegations, credentials, presence -----------------------------------------------------
export const CredentialsSchema = z.enum(['none', 'provisional', 'accepted']);
export const DelegationViewSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  kind: z.enum(['state', 'organisation']),
  stateIso3: z.string().nullable(),
  name: z.string(),
  /** Party status on the meeting's date (null for organisations). */
  partyStatus: z.enum(['party', 'pending', 'withdrawn', 'non-party']).nullable(),
  credentials: CredentialsSchema,
  /** participant = a State Party with accepted or provisional credentials; everyone else observes. */
  standing: z.enum(['participant', 'observer']),
  present: z.boolean(),
  signIn: z.object({ issued: z.boolean(), issuedAt: z.string().nullable(), revoked: z.boolean() }),
});
export type DelegationView = z.infer<typeof DelegationViewSchema>;

export const RegisterDelegationBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('state'), stateIso3: Iso3Schema }),
  z.object({ kind: z.literal('organisation'), name: z.string().trim().min(2).max(200) }),
]);
export type RegisterDelegationBody = z.infer<typeof RegisterDelegationBodySchema>;
export const SetCredentialsBodySchema = z.object({ credentials: CredentialsSchema });
export const SetPresenceBodySchema = z.object({ present: z.boolean() });
export const SignInCodeSchema = z.object({
  delegationId: z.string(),
  /** Typed by hand; works until the secretariat revokes it or issues a new one. */
  code: z.string(),
  /** A one-time link (`/signin?link=…`): opens one session, once, until signInUrlExpiresAt. */
  signInUrl: z.string(),
  signInUrlExpiresAt: z.string(),
  /**
   * What a printed slip's QR code holds: `/signin#code=…`. The code sits in the fragment, which
   * browsers never send to a server (no access log, no Referer), and works as long as the code.
   */
  slipUrl: z.string(),
});
export type SignInCode = z.infer<typeof SignInCodeSchema>;

/** One slip of a bulk issue: the delegation and its new code (shown this once). */
export const SignInSlipSchema = z.object({
  delegationId: z.string(),
  name: z.string(),
  stateIso3: z.string().nullable(),
  code: z.string(),
  slipUrl: z.string(),
});
export type SignInSlip = z.infer<typeof SignInSlipSchema>;
/** Codes issued to every delegation of a meeting that had none; the others are left as they are. */
export const BulkSignInCodesSchema = z.object({
  issued: z.array(SignInSlipSchema),
  /** Delegations whose code is in use: not reissued (a reissue signs their devices out). */
  alreadyIssued: z.number().int(),
  /** Delegations whose sign-in the secretariat ended: reissued one at a time, deliberately. */
  revoked: z.number().int(),
});
export type BulkSignInCodes = z.infer<typeof BulkSignInCodesSchema>;

export const QuorumViewSchema = z.object({
  meetingId: z.string(),
  date: IsoDateSchema,
  parties: z.number().int(),
  participants: z.number().int(),
  present: z.number().int(),
  opening: z.object({
    required: z.number().int().nullable(),
    met: z.boolean(),
    /** English, as the rule words it; `reason` is the same as data, for the reader's language. */
    explanation: z.string(),
    reason: ReasonSchema.optional(),
  }),
  decision: z.object({
    required: z.number().int().nullable(),
    met: z.boolean(),
    explanation: z.string(),
    reason: ReasonSchema.optional(),
  }),
});
export type QuorumView = z.infer<typeof QuorumViewSchema>;

// ---- Questions and votes --------------------------------------------------------------------
export const VoteMethodSchema = z.enum(['recorded', 'secret', 'show-of-hands', 'roll-call']);
export type VoteMethod = z.infer<typeof VoteMethodSchema>;
export const ChoiceSchema = z.enum(['yes', 'no', 'abstain']);
export type Choice = z.infer<typeof ChoiceSchema>;

export const PutQuestionBodySchema = z.object({
  agendaItemId: z.string().uuid('must be an agenda item id').nullable().default(null),
  text: z.string().trim().min(3, 'must have at least 3 characters').max(4000),
  matter: MatterSchema,
  /** Optional: a stricter rule than the matter requires; a lower one is refused. */
  rule: VotingRuleSchema.optional(),
});
export type PutQuestionBody = z.infer<typeof PutQuestionBodySchema>;

export const OpenVoteBodySchema = z.object({ method: VoteMethodSchema });
export const CloseVoteBodySchema = z.object({
  /** Show of hands only: the counts the secretariat took in the room. */
  counts: z
    .object({ yes: z.number().int().min(0), no: z.number().int().min(0), abstain: z.number().int().min(0) })
    .optional(),
});
export const CastBodySchema = z.object({
  choice: ChoiceSchema,
  /** Client operation id: a retried cast with the same id is answered the same and counted once. */
  opId: z.string().uuid('must be a UUID'),
  /**
   * Optional press sequence, increasing with every press on one device (the pad sends its clock
   * in ms, kept increasing): a press older than one already applied for the same session is
   * refused as STALE_CAST, so a buffered press flushed late never overrides a newer one.
   */
  seq: z
    .number()
    .int('must be an integer')
    .positive('must be positive')
    .max(Number.MAX_SAFE_INTEGER)
    .optional(),
});
export type CastBody = z.infer<typeof CastBodySchema>;
export const CastCommandSchema = CastBodySchema.extend({ voteId: z.string().uuid('must be a vote id') });
export type CastCommand = z.infer<typeof CastCommandSchema>;
export const CastResultSchema = z.object({
  voteId: z.string(),
  choice: ChoiceSchema,
  revision: z.number().int(),
  opId: z.string(),
  replayed: z.boolean(),
});
export type CastResult = z.infer<typeof CastResultSchema>;

export const ResultSchema = z.object({
  outcome: z.enum(['adopted', 'rejected', 'no-quorum']),
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  presentAndVoting: z.number().int(),
  required: z.number().int(),
  quorumRequired: z.number().int().nullable(),
  presentAtClose: z.number().int(),
  /** English, as the rule words it. */
  explanation: z.string(),
  /**
   * The same as data (decision.* with its arithmetic), rendered in the reader's language. Every
   * result the server closes carries it; optional only for results stored before it existed.
   */
  reason: ReasonSchema.optional(),
});
export type VoteResult = z.infer<typeof ResultSchema>;

export const VoteSnapshotSchema = z.object({
  id: z.string(),
  questionId: z.string(),
  meetingId: z.string(),
  method: VoteMethodSchema,
  rule: VotingRuleSchema,
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  /** Monotonic per vote: a client keeps the highest it has seen. */
  version: z.number().int(),
  eligible: z.array(z.object({ delegationId: z.string(), iso3: z.string(), name: z.string() })),
  /** Live counts; null for a secret ballot until it closes. */
  counts: z
    .object({
      yes: z.number().int(),
      no: z.number().int(),
      abstain: z.number().int(),
      notVoted: z.number().int(),
    })
    .nullable(),
  /** Per-State votes for recorded and roll-call votes; null for secret and show of hands. */
  votes: z.record(z.string(), ChoiceSchema).nullable(),
  /** Secret ballots: who has voted (never how). */
  voted: z.array(z.string()).nullable(),
  /**
   * Eligible States whose delegation is not checked in and has not voted (ISO codes): "absent",
   * as against present and not (yet) voting. Present and eligible = eligible minus these.
   * Left out of a show of hands, and by producers that do not know presence.
   */
  absent: z.array(z.string()).optional(),
  /**
   * A roll-call: the State drawn by lot (with the seed it was drawn with), the calling order, and
   * the States that passed (to be called again at the end) or passed twice (not voting).
   */
  rollCall: z
    .object({
      drawn: z.string(),
      order: z.array(z.string()),
      seed: z.string().nullable(),
      passed: z.array(z.string()),
      declined: z.array(z.string()),
    })
    .nullable(),
  result: ResultSchema.nullable(),
});
export type VoteSnapshot = z.infer<typeof VoteSnapshotSchema>;

/** The secretariat records the answer of the State called in a roll-call. */
export const RollCallAnswerBodySchema = z.object({
  /** The State answering: it must be the one called now. */
  iso3: Iso3Schema,
  answer: z.enum(['yes', 'no', 'abstain', 'pass']),
  /** Operation id: a retried answer with the same id is answered the same and recorded once. */
  opId: z.string().uuid('must be a UUID'),
});
export type RollCallAnswerBody = z.infer<typeof RollCallAnswerBodySchema>;
export const RollCallAnswerResultSchema = z.object({
  voteId: z.string(),
  iso3: z.string(),
  answer: z.enum(['yes', 'no', 'abstain', 'pass']),
  round: z.union([z.literal(1), z.literal(2)]),
  /** Position of the answer in the roll-call, from 1. */
  seq: z.number().int(),
  replayed: z.boolean(),
  /** The vote as it stands after this answer (for a replay: as it stands now). */
  vote: VoteSnapshotSchema,
});
export type RollCallAnswerResult = z.infer<typeof RollCallAnswerResultSchema>;

export const QuestionViewSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  agendaItemId: z.string().nullable(),
  text: z.string(),
  matter: MatterSchema,
  rule: VotingRuleSchema,
  ruleSource: z.string(),
  status: z.enum(['pending', 'voting', 'adopted', 'rejected', 'no-decision']),
  decidedBy: z.enum(['consensus', 'vote']).nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  voteId: z.string().nullable(),
});
export type QuestionView = z.infer<typeof QuestionViewSchema>;

/** Everything a screen needs to show a meeting live; fetched on connect, reconnect and gaps. */
export const LiveSnapshotSchema = z.object({
  meeting: MeetingViewSchema,
  quorum: QuorumViewSchema,
  question: QuestionViewSchema.nullable(),
  vote: VoteSnapshotSchema.nullable(),
  /** The floor of the item last acted on (speaker, queue, motions); absent before any floor action. */
  floor: FloorViewSchema.nullable().optional(),
});
export type LiveSnapshot = z.infer<typeof LiveSnapshotSchema>;

// ---- Record ---------------------------------------------------------------------------------
const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const RecordEntrySchema = z.object({
  id: z.number().int(),
  meetingId: z.string(),
  /** Position in the meeting's hash chain, from 1. */
  seq: z.number().int().min(1),
  kind: z.string(),
  at: z.string(),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
  corrects: z.number().int().nullable(),
  /** The previous entry's hash (null for the first entry). */
  prevHash: Sha256HexSchema.nullable(),
  /** sha256 of the entry's canonical content, the previous hash included (ADR 0005). */
  hash: Sha256HexSchema,
});
export type RecordEntry = z.infer<typeof RecordEntrySchema>;
/** The last hash of a meeting's record: any change to any entry before it changes it. */
export const RecordHeadSchema = z.object({
  meetingId: z.string(),
  /** The number of entries in the chain (0: none yet). */
  seq: z.number().int().min(0),
  hash: Sha256HexSchema.nullable(),
  at: z.string().nullable(),
});
export type RecordHead = z.infer<typeof RecordHeadSchema>;
export const RecordCorrectionBodySchema = z.object({ text: z.string().trim().min(3).max(4000) });

// ---- Delegations: bulk registration ---------------------------------------------------------
/** Registers every State Party on the meeting day that has no delegation yet. */
export const BulkRegisterDelegationsBodySchema = z.object({ credentials: CredentialsSchema.default('none') });
export type BulkRegisterDelegationsBody = z.infer<typeof BulkRegisterDelegationsBodySchema>;

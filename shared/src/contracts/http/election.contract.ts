import { z } from 'zod';
import { COMMITTEE_IDS, type CommitteeId } from '../../domain/offices/offices';
import { SERVER_ERROR_CODES } from '../errors';
import { Iso3Schema, IsoDateSchema } from './common.contract';

/**
 * Elections in rounds (DOMAIN.md §8) and the register of officeholders (§9): what the server
 * answers and accepts. The round engine is `domain/elections`; these are its shapes on the wire.
 */

/**
 * Why the register of officeholders refused the terms an election or a slate would enter (an
 * overlapping term entered meanwhile, …): the refusal as data, rendered in the reader's language
 * (`renderError`); `message` is the English sentence.
 */
export const RegisterRefusalSchema = z.object({
  code: z.enum(SERVER_ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
});
export type RegisterRefusal = z.infer<typeof RegisterRefusalSchema>;

// ---- Offices ----------------------------------------------------------------------------------
export const CommitteeIdSchema = z.enum(COMMITTEE_IDS as [CommitteeId, ...CommitteeId[]]);
export const OfficeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('president') }),
  z.object({ kind: z.literal('president-designate') }),
  z.object({ kind: z.literal('vice-president') }),
  z.object({ kind: z.literal('committee-member'), committee: CommitteeIdSchema }),
  z.object({ kind: z.literal('committee-chair'), committee: CommitteeIdSchema }),
  z.object({ kind: z.literal('sponsorship-coordinator') }),
]);
export type OfficeBody = z.infer<typeof OfficeSchema>;

const PersonSchema = z.string().trim().min(2, 'must have at least 2 characters').max(200);

export const HolderSchema = z.object({ state: Iso3Schema, person: PersonSchema.nullable().default(null) });

export const TermBodySchema = z.object({
  office: OfficeSchema,
  holder: HolderSchema,
  from: IsoDateSchema,
  until: IsoDateSchema.nullable().default(null),
});
export const AddTermsBodySchema = z.object({ terms: z.array(TermBodySchema).min(1, 'is empty').max(50) });
export type AddTermsBody = z.infer<typeof AddTermsBodySchema>;

export const TermViewSchema = z.object({
  id: z.string(),
  office: OfficeSchema,
  holder: z.object({ state: z.string(), person: z.string().nullable() }),
  /** The holder State's name, for screens. */
  stateName: z.string(),
  from: z.string(),
  until: z.string().nullable(),
  /** The election that filled the office, when it was filled by one. */
  electionId: z.string().nullable(),
});
export type TermView = z.infer<typeof TermViewSchema>;

export const OfficeholdersQuerySchema = z.object({ on: IsoDateSchema.optional() });

export const OfficeholdersViewSchema = z.object({
  on: z.string(),
  president: TermViewSchema.nullable(),
  presidentDesignate: TermViewSchema.nullable(),
  vicePresidents: z.array(TermViewSchema),
  sponsorshipCoordinator: TermViewSchema.nullable(),
  committees: z.array(
    z.object({
      committee: CommitteeIdSchema,
      name: z.string(),
      members: z.array(TermViewSchema),
      chair: z.object({ state: z.string(), person: z.string().nullable() }).nullable(),
    }),
  ),
});
export type OfficeholdersView = z.infer<typeof OfficeholdersViewSchema>;

// ---- Elections --------------------------------------------------------------------------------
export const CandidateBodySchema = z.object({
  state: Iso3Schema,
  /** A person nominated by the State (a President); null when the State itself stands (a committee seat). */
  person: PersonSchema.nullable().default(null),
});

export const CreateElectionBodySchema = z
  .object({
    title: z.string().trim().min(3, 'must have at least 3 characters').max(300),
    places: z.number().int('must be a whole number').min(1, 'must be at least 1').max(20),
    candidates: z.array(CandidateBodySchema).min(1, 'is empty').max(200),
    /** The office the elected take up, with the term decided; null: the result is only recorded. */
    office: OfficeSchema.nullable().default(null),
    termFrom: IsoDateSchema.nullable().default(null),
    termUntil: IsoDateSchema.nullable().default(null),
  })
  .refine((b) => b.office === null || b.termFrom !== null, {
    message: 'is required when an office is given',
    path: ['termFrom'],
  })
  .refine((b) => b.termUntil === null || (b.termFrom !== null && b.termUntil > b.termFrom), {
    message: 'must be after termFrom',
    path: ['termUntil'],
  });
export type CreateElectionBody = z.infer<typeof CreateElectionBodySchema>;

export const WithdrawCandidateBodySchema = z.object({ candidateId: z.string().min(1).max(300) });
/** The President confirms the step the rules announce: the number of the round to open. */
export const OpenRoundBodySchema = z.object({ round: z.number().int().min(1).max(1000) });

export const ElectionCandidateViewSchema = z.object({
  id: z.string(),
  state: z.string(),
  stateName: z.string(),
  person: z.string().nullable(),
  regionalGroup: z.string().nullable(),
});

export const RoundSchema = z.object({
  number: z.number().int(),
  kind: z.enum(['first', 'restricted', 'free']),
  inSeries: z.number().int(),
  candidates: z.array(z.string()),
  placesLeft: z.number().int(),
  tieBreak: z.enum(['lot', 'further-ballot']),
});
const LotNeedSchema = z.object({
  purpose: z.enum(['tie-for-place', 'restricted-list']),
  afterRound: z.number().int(),
  tied: z.array(z.string()),
  slots: z.number().int(),
});
const ElectedSchema = z.object({
  candidateId: z.string(),
  round: z.number().int(),
  by: z.enum(['majority', 'lot', 'acclamation']),
  votes: z.number().int().nullable(),
});
export const RoundCountSchema = z.object({
  round: z.number().int(),
  votes: z.record(z.string(), z.number().int()),
  presentAndVoting: z.number().int(),
  blank: z.number().int(),
  invalid: z.number().int(),
  cast: z.number().int(),
  valid: z.number().int(),
  requiredMajority: z.number().int(),
  results: z.array(z.object({ candidateId: z.string(), votes: z.number().int(), majority: z.boolean() })),
  elected: z.array(ElectedSchema),
  lot: LotNeedSchema.nullable(),
});
export const LotViewSchema = z.object({
  purpose: z.enum(['tie-for-place', 'restricted-list']),
  seed: z.string(),
  /** The tied, sorted by key (SHA-256 of seed:candidate): anyone can recompute it. */
  order: z.array(z.object({ candidateId: z.string(), key: z.string() })),
  drawn: z.array(z.string()),
});
export const RoundViewSchema = z.object({
  id: z.string(),
  round: RoundSchema,
  status: z.enum(['open', 'counted']),
  /** Delegations eligible in the round, and how many have cast a ballot (who: never how). */
  eligible: z.number().int(),
  voted: z.number().int(),
  /** Once counted: the arithmetic per candidate, valid, invalid, blank, the required majority. */
  count: RoundCountSchema.nullable(),
  lot: LotViewSchema.nullable(),
});
export type RoundView = z.infer<typeof RoundViewSchema>;

export const NextStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('ballot'), round: RoundSchema }),
  z.object({ step: z.literal('lot'), lot: LotNeedSchema }),
  z.object({ step: z.literal('done'), elected: z.array(ElectedSchema), unfilled: z.number().int() }),
]);

export const ElectionViewSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  title: z.string(),
  places: z.number().int(),
  electionDate: z.string(),
  office: OfficeSchema.nullable(),
  termFrom: z.string().nullable(),
  termUntil: z.string().nullable(),
  status: z.enum(['open', 'complete']),
  candidates: z.array(ElectionCandidateViewSchema),
  withdrawals: z.array(z.object({ candidateId: z.string(), beforeRound: z.number().int() })),
  acclaimedBeforeRound: z.number().int().nullable(),
  rounds: z.array(RoundViewSchema),
  /** The round open for ballots, if any. */
  openRound: z.number().int().nullable(),
  elected: z.array(ElectedSchema),
  placesLeft: z.number().int(),
  standing: z.array(z.string()),
  /** What the rules call for next; the President confirms it (a ballot, a lot). */
  next: NextStepSchema,
  acclamation: z.object({ available: z.boolean(), reason: z.string().nullable() }),
  /** Why the elected could not be entered in the register of officeholders, if so. */
  termsRefusal: RegisterRefusalSchema.nullable(),
  version: z.number().int(),
});
export type ElectionView = z.infer<typeof ElectionViewSchema>;

export const ElectionCastBodySchema = z.object({
  /** The round the ballot is for (the pad's view of it): a ballot for another round is refused. */
  round: z.number().int().min(1).max(1000),
  /** The candidates marked; none is a blank ballot (an abstention); more than the places left spoils it. */
  marks: z.array(z.string().min(1).max(300)).max(200),
  opId: z.string().uuid('must be a UUID'),
});
export const ElectionCastCommandSchema = ElectionCastBodySchema.extend({
  electionId: z.string().uuid('must be an election id'),
});
export type ElectionCastCommand = z.infer<typeof ElectionCastCommandSchema>;
export const ElectionCastResultSchema = z.object({
  electionId: z.string(),
  round: z.number().int(),
  opId: z.string(),
  replayed: z.boolean(),
});
export type ElectionCastResult = z.infer<typeof ElectionCastResultSchema>;

// ---- The Coordinating Committee (derived, DOMAIN.md §9) ---------------------------------------
const HolderViewSchema = z.object({
  state: z.string(),
  person: z.string().nullable(),
  stateName: z.string(),
});

export const CoordinatingCommitteeViewSchema = z.object({
  on: z.string(),
  /** The President chairs it; null when nobody holds the office on the date. */
  chair: HolderViewSchema.nullable(),
  members: z.array(
    z.object({
      seat: z.enum(['president', 'president-designate', 'committee-member']),
      committee: CommitteeIdSchema.nullable(),
      holder: HolderViewSchema,
    }),
  ),
  observers: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('sponsorship-coordinator'), holder: HolderViewSchema }),
      z.object({ kind: z.literal('organisation'), name: z.enum(['UN', 'ICRC', 'ICBL', 'GICHD']) }),
    ]),
  ),
  /** It has no substantive decision-making capacity. */
  decides: z.literal(false),
});
export type CoordinatingCommitteeView = z.infer<typeof CoordinatingCommitteeViewSchema>;

// ---- The President's proposed slate (DOMAIN.md §8-9) -------------------------------------------
export const StateProfileSchema = z.object({
  article5: z.boolean(),
  affected: z.boolean(),
  implementingKeyObligations: z.boolean(),
  providingAssistance: z.boolean(),
});

export const ProposeSlateBodySchema = z.object({
  /** The date decided: every term of the slate starts on it. */
  from: IsoDateSchema,
  terms: z.array(TermBodySchema).min(1, 'is empty').max(50),
  /** What the slate says of each State, for the balance and the committee warnings. */
  profiles: z.record(Iso3Schema, StateProfileSchema).default({}),
  /** The agenda item the slate is taken up under (its question is put there). */
  agendaItemId: z.string().uuid().nullable().default(null),
});
export type ProposeSlateBody = z.infer<typeof ProposeSlateBodySchema>;

const RegionalGroupCountSchema = z.object({ regionalGroup: z.string().nullable(), count: z.number().int() });
const ObligationMixSchema = z.object({
  implementing: z.number().int(),
  providing: z.number().int(),
  both: z.number().int(),
  others: z.number().int(),
  unknown: z.number().int(),
});

export const SlateReviewSchema = z.object({
  on: z.string(),
  committees: z.array(
    z.object({
      committee: CommitteeIdSchema,
      members: z.array(z.object({ state: z.string(), joining: z.boolean(), secondYear: z.boolean() })),
      chair: z.object({ state: z.string(), person: z.string().nullable() }).nullable(),
      regionalGroups: z.array(RegionalGroupCountSchema),
      mix: ObligationMixSchema,
    }),
  ),
  regionalGroups: z.array(RegionalGroupCountSchema),
  mix: ObligationMixSchema,
  warnings: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      committee: CommitteeIdSchema.nullable(),
      state: z.string().nullable(),
    }),
  ),
});

export const SlateViewSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  /** The question put to the meeting: adopted by consensus or by a vote. */
  questionId: z.string(),
  agendaItemId: z.string().nullable(),
  from: z.string(),
  terms: z.array(TermBodySchema.extend({ stateName: z.string() })),
  profiles: z.record(z.string(), StateProfileSchema),
  /** proposed, then adopted (its terms entered), rejected, or not-entered (adopted, the register refused: see refusal). */
  status: z.enum(['proposed', 'adopted', 'rejected', 'not-entered']),
  refusal: RegisterRefusalSchema.nullable(),
  /** The review as of the proposal: regional balance, the mix of States, warnings. */
  review: SlateReviewSchema,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type SlateView = z.infer<typeof SlateViewSchema>;

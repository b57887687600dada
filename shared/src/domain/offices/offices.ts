import type { IsoDate } from '../dates/dates';
import type { RegionalGroupCount } from '../membership/membership';

/**
 * Officeholders and committees (DOMAIN.md §9, seed part 4): the Convention's machinery as terms
 * of office over plain data, so the server stores terms and every view is derived from them.
 */

export type CommitteeId =
  'article-5-implementation' | 'victim-assistance' | 'cooperation-and-assistance' | 'cooperative-compliance';

/** Three committees choose their Chair yearly among their second-year members; one is chaired by the President. */
export type ChairSelection = 'second-year-member' | 'president';

export type Committee = { id: CommitteeId; name: string; chair: ChairSelection };

export const COMMITTEES: readonly Committee[] = [
  {
    id: 'article-5-implementation',
    name: 'Committee on Article 5 Implementation',
    chair: 'second-year-member',
  },
  { id: 'victim-assistance', name: 'Committee on Victim Assistance', chair: 'second-year-member' },
  {
    id: 'cooperation-and-assistance',
    name: 'Committee on the Enhancement of Cooperation and Assistance',
    chair: 'second-year-member',
  },
  { id: 'cooperative-compliance', name: 'Committee on Cooperative Compliance', chair: 'president' },
];

export const COMMITTEE_IDS: readonly CommitteeId[] = COMMITTEES.map((c) => c.id);

/** Four States Parties per committee, two joining each year for two years. */
export const COMMITTEE_SIZE = 4;
export const JOINING_EACH_YEAR = 2;
export const COMMITTEE_TERM_YEARS = 2;

/** Invited to the Coordinating Committee as observers, with the Sponsorship Coordinator. */
export const INVITED_OBSERVERS = ['UN', 'ICRC', 'ICBL', 'GICHD'] as const;
export type InvitedObserver = (typeof INVITED_OBSERVERS)[number];

export type Office =
  | { kind: 'president' }
  | { kind: 'president-designate' }
  /** Vice-Presidents of the meeting (DOMAIN.md §8): several at once, one per State. */
  | { kind: 'vice-president' }
  | { kind: 'committee-member'; committee: CommitteeId }
  /** Only for the three committees that select their Chair; Cooperative Compliance's is the President. */
  | { kind: 'committee-chair'; committee: CommitteeId }
  | { kind: 'sponsorship-coordinator' };

export type OfficeKind = Office['kind'];

/** A State Party, and the person who holds the office for it (a President is a person). */
export type Holder = { state: string; person: string | null };

/**
 * A term of office: in office from `from` (inclusive) until `until` (exclusive: the first day out
 * of office), so consecutive terms meet without overlapping; `until` null is open-ended.
 */
export type Term = { office: Office; holder: Holder; from: IsoDate; until: IsoDate | null };

/** What the President's slate says of each State, for the balance and the committee warnings. */
export type StateProfile = {
  /** Implementing, or having completed, Article 5 clearance (Article 5 committee). */
  article5: boolean;
  /** A mine-affected State (Cooperation committee: at least one). */
  affected: boolean;
  /** Implementing key obligations (Art. 4, 5 or victim assistance), for the balance. */
  implementingKeyObligations: boolean;
  /** Providing support (Cooperation committee: at least one; and the balance). */
  providingAssistance: boolean;
};

/** The President's proposed set of officeholders: terms starting on the date decided. */
export type Slate = { from: IsoDate; terms: Term[]; profiles: Record<string, StateProfile> };

export type CommitteeOnDate = {
  committee: CommitteeId;
  members: Term[];
  /** The Chair's term holder; for Cooperative Compliance, the President. */
  chair: Holder | null;
};

export type Officeholders = {
  on: IsoDate;
  president: Term | null;
  presidentDesignate: Term | null;
  /** Every Vice-President in office on the date, by start then State. */
  vicePresidents: Term[];
  sponsorshipCoordinator: Term | null;
  /** In the order of COMMITTEES. */
  committees: CommitteeOnDate[];
};

export type CoordinatingSeat = {
  seat: 'president' | 'president-designate' | 'committee-member';
  committee: CommitteeId | null;
  holder: Holder;
};

export type CoordinatingObserver =
  { kind: 'sponsorship-coordinator'; holder: Holder } | { kind: 'organisation'; name: InvitedObserver };

/** Chaired by the President; it has no substantive decision-making capacity (DOMAIN.md §9). */
export type CoordinatingCommittee = {
  on: IsoDate;
  chair: Holder | null;
  members: CoordinatingSeat[];
  observers: CoordinatingObserver[];
};

/** Distinct States by the slate's profiles; `unknown` when the slate gives no profile. */
export type ObligationMix = {
  implementing: number;
  providing: number;
  both: number;
  others: number;
  unknown: number;
};

export type SlateWarningCode =
  | 'ARTICLE5_COMMITTEE_WITHOUT_ARTICLE5_STATE'
  | 'COOPERATION_COMMITTEE_WITHOUT_AFFECTED_STATE'
  | 'COOPERATION_COMMITTEE_WITHOUT_PROVIDER'
  | 'COMMITTEE_NOT_FULL'
  | 'JOINING_NOT_TWO'
  | 'NO_CHAIR'
  | 'NO_PRESIDENT'
  | 'STATE_ON_SEVERAL_COMMITTEES'
  | 'REGIONAL_GROUP_ABSENT'
  | 'PROFILE_MISSING';

/** Something the President should see before proposing the slate; never a refusal. */
export type SlateWarning = {
  code: SlateWarningCode;
  message: string;
  committee: CommitteeId | null;
  state: string | null;
};

export type CommitteeReview = {
  committee: CommitteeId;
  members: { state: string; joining: boolean; secondYear: boolean }[];
  chair: Holder | null;
  regionalGroups: RegionalGroupCount[];
  mix: ObligationMix;
};

export type SlateReview = {
  on: IsoDate;
  committees: CommitteeReview[];
  /** Over the distinct States holding office on the date (President, President-designate, committees). */
  regionalGroups: RegionalGroupCount[];
  mix: ObligationMix;
  warnings: SlateWarning[];
};

import { z } from 'zod';
import type { ErrorCode } from '../errors';
import type {
  CastCommand,
  CastResult,
  DelegationView,
  LiveSnapshot,
  MeetingView,
  QuestionView,
  QuorumView,
  VoteSnapshot,
} from '../http/plenary.contract';
import type { VoteTally } from './tally';
import type { ConveningCounted } from '../http/convening.contract';
import type { ElectionCastCommand, ElectionCastResult, ElectionView } from '../http/election.contract';
import type { FloorRequestCommandSchema, PointOfOrderCommandSchema } from '../http/floor.contract';
import type { FloorView } from '../http/floor-view.contract';
import type { FloorPatch, FloorWire } from './floor-wire';

export const WatchCommandSchema = z.object({ meetingId: z.string().uuid('must be a meeting id') });
export type WatchCommand = z.infer<typeof WatchCommandSchema>;

export type AckError = { code: ErrorCode; message: string; field?: string };
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

/** Facts, past tense, server to client. Every payload carries a version to order it by. */
export interface ServerToClientEvents {
  'meeting.updated': (p: { meeting: MeetingView }) => void;
  'meeting.presenceChanged': (p: {
    meetingVersion: number;
    /**
     * Coalesced presence changes (casts that marked delegations present): every version after
     * this one up to meetingVersion was a presence change, all shown by this quorum. Absent: the
     * version before meetingVersion (one change).
     */
    sinceVersion?: number;
    quorum: QuorumView;
    delegation?: DelegationView;
  }) => void;
  'question.put': (p: { meetingVersion: number; question: QuestionView }) => void;
  'question.decided': (p: { meetingVersion: number; question: QuestionView }) => void;
  'vote.opened': (p: { meetingVersion: number; vote: VoteSnapshot }) => void;
  /** Compact: apply to the vote snapshot with `applyTally` (names come from the snapshot). */
  'vote.tallied': (p: { tally: VoteTally }) => void;
  'vote.closed': (p: { meetingVersion: number; vote: VoteSnapshot; question: QuestionView }) => void;
  /** Periodic: the current versions, so a client behind a lost message notices and re-fetches. */
  'meeting.versions': (p: {
    meetingId: string;
    meetingVersion: number;
    voteId: string | null;
    voteVersion: number | null;
  }) => void;
  /** This session has ended (sign-in revoked, new code, signed out, password changed); the socket is then disconnected. */
  'session.revoked': (p: { reason: string }) => void;
  /** The session's rights changed (credentials, account role); the socket is then disconnected: reconnect to continue. */
  'session.changed': (p: { reason: string }) => void;
  /** A count over all States Parties changed (room `convening`): Special Meeting favour, amendment support, requests, acceptances. */
  'convening.counted': (p: ConveningCounted) => void;
  /** An election changed (created, round opened or counted, lot drawn, withdrawal, acclamation); `version` orders them. */
  'election.updated': (p: { election: ElectionView }) => void;
  /** A ballot was cast in an election's open round: how many have voted (never how). */
  'election.voted': (p: { electionId: string; round: number; voted: number; version: number }) => void;
  /**
   * The floor of an agenda item changed (speaker, queue, ruling, motion, proposal): its whole view,
   * packed for the wire (`unpackFloorView(floor)` is the FloorView; issue 11). Sent when the server
   * has no view of the revision before to patch.
   */
  'floor.changed': (p: { meetingVersion: number; floor: FloorWire }) => void;
  /** The floor of an agenda item changed: what changed since the revision before (`applyFloorPatch`). */
  'floor.patched': (p: { meetingVersion: number; patch: FloorPatch }) => void;
}

/** Commands, imperative, client to server; each answers through its ack. */
export interface ClientToServerEvents {
  'meeting.watch': (p: WatchCommand, ack: (r: Ack<LiveSnapshot>) => void) => void;
  'vote.cast': (p: CastCommand, ack: (r: Ack<CastResult>) => void) => void;
  /** Join the room of the convening counters (Special Meeting favour, amendment support…). */
  'convening.watch': (p: Record<string, never>, ack: (r: Ack<{ room: string }>) => void) => void;
  /** A delegation's secret ballot in an election's open round (idempotent per opId); answered after commit. */
  'election.cast': (p: ElectionCastCommand, ack: (r: Ack<ElectionCastResult>) => void) => void;
  /** Ask for the floor (or to explain the vote, or a right of reply) on the meeting's current item. */
  'floor.request': (p: z.input<typeof FloorRequestCommandSchema>, ack: (r: Ack<FloorView>) => void) => void;
  /** Withdraw that request. */
  'floor.withdraw': (p: z.input<typeof FloorRequestCommandSchema>, ack: (r: Ack<FloorView>) => void) => void;
  /** Raise a point of order: it interrupts the speech and waits for the President's ruling. */
  'floor.pointOfOrder': (
    p: z.input<typeof PointOfOrderCommandSchema>,
    ack: (r: Ack<FloorView>) => void,
  ) => void;
}

export const MEETING_ROOM = (meetingId: string) => `meeting:${meetingId}`;

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
}

/** Commands, imperative, client to server; each answers through its ack. */
export interface ClientToServerEvents {
  'meeting.watch': (p: WatchCommand, ack: (r: Ack<LiveSnapshot>) => void) => void;
  'vote.cast': (p: CastCommand, ack: (r: Ack<CastResult>) => void) => void;
  /** Join the room of the convening counters (Special Meeting favour, amendment support…). */
  'convening.watch': (p: Record<string, never>, ack: (r: Ack<{ room: string }>) => void) => void;
}

export const MEETING_ROOM = (meetingId: string) => `meeting:${meetingId}`;

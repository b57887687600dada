import {
  applyFloorPatch,
  applyTally,
  unpackFloorView,
  votedStates,
  type LiveSnapshot,
  type ServerToClientEvents,
  type VoteSnapshot,
} from '@plenary/shared';

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/** What a live screen knows: the last snapshot, patched by events, and the highest meeting version seen. */
export interface LiveState {
  snapshot: LiveSnapshot | null;
  meetingVersion: number;
  /**
   * Events that reached the screen before its first snapshot (the socket joins the room before
   * the server reads, so a change committed after that read can overtake the snapshot's reply).
   * They are applied on top of the snapshot when it arrives; what it already holds is skipped by
   * version.
   */
  early: readonly Exclude<LiveInput, { type: 'snapshot' }>[];
}

export type LiveInput =
  | { type: 'snapshot'; snapshot: LiveSnapshot }
  | { type: 'meeting.updated'; payload: Payload<'meeting.updated'> }
  | { type: 'meeting.presenceChanged'; payload: Payload<'meeting.presenceChanged'> }
  | { type: 'question.put'; payload: Payload<'question.put'> }
  | { type: 'question.decided'; payload: Payload<'question.decided'> }
  | { type: 'vote.opened'; payload: Payload<'vote.opened'> }
  | { type: 'vote.tallied'; payload: Payload<'vote.tallied'> }
  | { type: 'vote.closed'; payload: Payload<'vote.closed'> }
  | { type: 'meeting.versions'; payload: Payload<'meeting.versions'> }
  | { type: 'floor.changed'; payload: Payload<'floor.changed'> }
  | { type: 'floor.patched'; payload: Payload<'floor.patched'> };

export interface LiveStep {
  state: LiveState;
  /** The screen missed something (a gap in versions, an unknown vote): fetch a fresh snapshot. */
  refresh: boolean;
}

export const EMPTY_LIVE: LiveState = { snapshot: null, meetingVersion: 0, early: [] };

/** At most this many early events are kept; past it the screen asks for a fresh snapshot. */
const EARLY_LIMIT = 64;

function meetingOf(input: LiveInput): string | null {
  switch (input.type) {
    case 'snapshot':
      return input.snapshot.meeting.id;
    case 'meeting.updated':
      return input.payload.meeting.id;
    case 'meeting.presenceChanged':
      return input.payload.quorum.meetingId;
    case 'question.put':
    case 'question.decided':
      return input.payload.question.meetingId;
    case 'vote.opened':
    case 'vote.closed':
      return input.payload.vote.meetingId;
    case 'vote.tallied':
      return input.payload.tally.meetingId;
    case 'meeting.versions':
      return input.payload.meetingId;
    case 'floor.changed':
      return input.payload.floor.meetingId;
    case 'floor.patched':
      return input.payload.patch.meetingId;
  }
}

/** A check-in or check-out at the door, applied to the vote's absent list (a State that voted is never absent). */
function withPresence(vote: VoteSnapshot, iso3: string | null, present: boolean): VoteSnapshot {
  if (!iso3 || !vote.absent || vote.status !== 'open' || !vote.eligible.some((e) => e.iso3 === iso3))
    return vote;
  const others = vote.absent.filter((a) => a !== iso3);
  const away = !present && !votedStates(vote).has(iso3);
  return { ...vote, absent: away ? [...others, iso3] : others };
}

/**
 * Applies a snapshot or an event. Versions never go backwards: an older meeting or vote is
 * ignored, and a version that skips one (a lost message) asks for a fresh snapshot.
 */
export function reduceLive(state: LiveState, input: LiveInput, meetingId: string): LiveStep {
  if (meetingOf(input) !== meetingId) return { state, refresh: false };
  const snap = state.snapshot;
  const known = state.meetingVersion;

  if (input.type === 'snapshot') {
    const next = input.snapshot;
    if (snap && next.meeting.version < known) return { state, refresh: false };
    // Keep a newer tally of the same vote that arrived while the snapshot was on its way.
    const vote =
      snap?.vote && next.vote && snap.vote.id === next.vote.id && snap.vote.version > next.vote.version
        ? snap.vote
        : next.vote;
    let step: LiveStep = {
      state: { snapshot: { ...next, vote }, meetingVersion: next.meeting.version, early: [] },
      refresh: false,
    };
    for (const e of state.early) {
      const after = reduceLive(step.state, e, meetingId);
      step = { state: after.state, refresh: step.refresh || after.refresh };
    }
    return step;
  }

  // No snapshot yet: one is on its way (a screen always asks for one first), so keep the event
  // for it rather than ask again.
  if (!snap) {
    if (input.type === 'meeting.versions') return { state, refresh: false };
    if (state.early.length >= EARLY_LIMIT) return { state: { ...state, early: [] }, refresh: true };
    return { state: { ...state, early: [...state.early, input] }, refresh: false };
  }

  /** For events that carry the meeting's version: skip what is already known, notice gaps. */
  const versioned = (v: number, apply: (s: LiveSnapshot) => LiveSnapshot): LiveStep => {
    if (v <= known) return { state, refresh: false };
    return { state: { ...state, snapshot: apply(snap), meetingVersion: v }, refresh: v > known + 1 };
  };

  switch (input.type) {
    case 'meeting.updated': {
      const m = input.payload.meeting;
      if (m.version <= snap.meeting.version) return { state, refresh: false };
      return {
        state: { ...state, snapshot: { ...snap, meeting: m }, meetingVersion: Math.max(known, m.version) },
        refresh: m.version > known + 1,
      };
    }
    case 'meeting.presenceChanged': {
      // A coalesced broadcast covers every version since sinceVersion: no gap if we hold that one.
      const { meetingVersion: v, sinceVersion, quorum, delegation: d } = input.payload;
      if (v <= known) return { state, refresh: false };
      return {
        state: {
          ...state,
          snapshot: {
            ...snap,
            quorum,
            vote: d && snap.vote ? withPresence(snap.vote, d.stateIso3, d.present) : snap.vote,
          },
          meetingVersion: v,
        },
        refresh: (sinceVersion ?? v - 1) > known,
      };
    }
    case 'question.put':
    case 'question.decided':
      return versioned(input.payload.meetingVersion, (s) => ({ ...s, question: input.payload.question }));
    case 'vote.opened': {
      const { vote } = input.payload;
      return versioned(input.payload.meetingVersion, (s) => ({
        ...s,
        vote,
        question:
          s.question && s.question.id === vote.questionId
            ? { ...s.question, status: 'voting', voteId: vote.id }
            : s.question,
      }));
    }
    case 'vote.tallied': {
      const { tally } = input.payload;
      if (!snap.vote || snap.vote.id !== tally.voteId) return { state, refresh: true };
      if (tally.version < snap.vote.version || snap.vote.status === 'closed')
        return { state, refresh: false };
      return {
        state: { ...state, snapshot: { ...snap, vote: applyTally(snap.vote, tally) } },
        refresh: false,
      };
    }
    case 'floor.changed':
      return versioned(input.payload.meetingVersion, (s) => ({
        ...s,
        floor: unpackFloorView(input.payload.floor),
      }));
    case 'floor.patched': {
      // Applied to the floor the screen holds; a patch for another revision or item, or one that
      // does not give the server's view, asks for a fresh snapshot instead.
      const { meetingVersion: v, patch } = input.payload;
      if (v <= known) return { state, refresh: false };
      const floor = snap.floor ? applyFloorPatch(snap.floor, patch) : null;
      if (!floor) return { state, refresh: true };
      return { state: { ...state, snapshot: { ...snap, floor }, meetingVersion: v }, refresh: v > known + 1 };
    }
    case 'vote.closed':
      return versioned(input.payload.meetingVersion, (s) => ({
        ...s,
        vote: input.payload.vote,
        question: input.payload.question,
      }));
    case 'meeting.versions': {
      const p = input.payload;
      // Read before changes this screen already holds (a server pass waits for its turn behind
      // tallies and events): its vote may be one this screen has already seen replaced.
      if (p.meetingVersion < known) return { state, refresh: false };
      const behindMeeting = p.meetingVersion > known;
      const behindVote =
        p.voteId !== null &&
        p.voteVersion !== null &&
        (snap.vote?.id !== p.voteId || p.voteVersion > snap.vote.version);
      return { state, refresh: behindMeeting || behindVote };
    }
  }
}

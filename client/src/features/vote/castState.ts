import type { AckError, CastResult, Choice } from '@plenary/shared';

/**
 * Error codes that mean "not decided yet": no answer came, or the server could not reach its
 * database or lost a race inside it. The same cast (same opId) is tried again, never a new one:
 * the server counts one cast per opId.
 */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'TIMEOUT',
  'NETWORK',
  'TRY_AGAIN',
  'DATABASE_UNAVAILABLE',
]);

/**
 * The sequence number of a press: the device's clock in ms, kept increasing. The server refuses
 * a press older than one it applied for this session (STALE_CAST), so a press buffered while
 * offline and flushed late can never override a newer one.
 */
export function nextSeq(last: number, nowMs: number): number {
  return Math.max(Math.floor(nowMs), last + 1);
}

export interface PendingCast {
  choice: Choice;
  /** Kept across retries: the server counts one cast per opId, however often it arrives. */
  opId: string;
  status: 'sending' | 'retrying';
  attempts: number;
}

export interface RecordedCast {
  choice: Choice;
  /** When the ack arrived (ISO). */
  at: string;
  revision: number;
}

/** A press the server refused because the vote had closed: it was NOT recorded, and the pad says so. */
export interface LostCast {
  choice: Choice;
  opId: string;
}

export interface CastState {
  voteId: string | null;
  pending: PendingCast | null;
  recorded: RecordedCast | null;
  error: AckError | null;
  lost: LostCast | null;
}

export type CastAction =
  | { type: 'vote'; voteId: string | null }
  | { type: 'press'; choice: Choice; opId: string }
  | { type: 'retry'; opId: string }
  | { type: 'ack'; opId: string; result: CastResult; at: string }
  | { type: 'fail'; opId: string; error: AckError };

export const initialCast = (voteId: string | null = null): CastState => ({
  voteId,
  pending: null,
  recorded: null,
  error: null,
  lost: null,
});

/**
 * The pad's cast: idle → sending → recorded, or → retrying (no answer: same opId again) or an
 * error from the server, or → lost (the vote closed before the press landed). The state lives as
 * long as its vote, open or closed: a press still unresolved at the close is sent again (same
 * opId) and its answer says whether it counted. A vote is shown as recorded only once the server's ack says so, and no
 * new press is taken while one is unresolved (sending or retrying): two presses in flight could
 * reach the server in either order.
 */
export function castReducer(state: CastState, action: CastAction): CastState {
  switch (action.type) {
    case 'vote':
      return action.voteId === state.voteId ? state : initialCast(action.voteId);
    case 'press':
      if (state.pending) return state; // one unresolved cast at a time
      return {
        ...state,
        pending: { choice: action.choice, opId: action.opId, status: 'sending', attempts: 1 },
        error: null,
      };
    case 'retry':
      if (state.pending?.opId !== action.opId) return state;
      return {
        ...state,
        pending: { ...state.pending, status: 'sending', attempts: state.pending.attempts + 1 },
      };
    case 'ack':
      if (state.pending?.opId !== action.opId) return state;
      return {
        ...state,
        pending: null,
        error: null,
        lost: null,
        recorded: { choice: action.result.choice, at: action.at, revision: action.result.revision },
      };
    case 'fail':
      if (state.pending?.opId !== action.opId) return state;
      if (TRANSIENT_CODES.has(action.error.code)) {
        return { ...state, pending: { ...state.pending, status: 'retrying' }, error: action.error };
      }
      if (action.error.code === 'VOTE_CLOSED') {
        // The press did not land before the close (the server answers a landed one from its
        // operation log, even after the close): say so, and keep saying it.
        return {
          ...state,
          pending: null,
          error: action.error,
          lost: { choice: state.pending.choice, opId: state.pending.opId },
        };
      }
      return { ...state, pending: null, error: action.error };
  }
}

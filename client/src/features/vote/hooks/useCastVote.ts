import type { Ack, CastResult, Choice } from '@plenary/shared';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { castReducer, initialCast, type CastState } from '../castState';

export type CastFn = (voteId: string, choice: Choice, opId: string) => Promise<Ack<CastResult>>;

export interface CastVote {
  state: CastState;
  press(choice: Choice): void;
}

/** How long to wait before trying again when the server was reachable but did not answer. */
const RETRY_DELAY_MS = 1500;

/**
 * Sends a press through `cast` and follows the ack. A timeout or a lost connection keeps the
 * press and sends it again with the same opId once `connected` is true again, even after the
 * vote has closed: the server answers a press that landed from its operation log, and refuses
 * one that did not (VOTE_CLOSED), which the pad then shows as NOT recorded. `voteId` is the
 * current vote, open or closed; presses are taken only while `open`.
 */
export function useCastVote(
  voteId: string | null,
  cast: CastFn,
  connected: boolean,
  newOpId: () => string = () => crypto.randomUUID(),
  open = true,
): CastVote {
  const [state, dispatch] = useReducer(castReducer, voteId, initialCast);
  const castRef = useRef(cast);
  const mounted = useRef(true);
  useEffect(() => {
    castRef.current = cast;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => dispatch({ type: 'vote', voteId }), [voteId]);

  const send = useCallback((vId: string, choice: Choice, opId: string) => {
    void castRef.current(vId, choice, opId).then((ack) => {
      if (!mounted.current) return;
      if (ack.ok) dispatch({ type: 'ack', opId, result: ack.data, at: new Date().toISOString() });
      else dispatch({ type: 'fail', opId, error: ack.error });
    });
  }, []);

  const press = useCallback(
    (choice: Choice) => {
      if (!voteId || !open || state.voteId !== voteId || state.pending?.status === 'sending') return;
      const opId = newOpId();
      dispatch({ type: 'press', choice, opId });
      send(voteId, choice, opId);
    },
    [voteId, open, state.voteId, state.pending?.status, newOpId, send],
  );

  // Retry the same cast (same opId) when the connection is back.
  const retrying = state.pending?.status === 'retrying' ? state.pending : null;
  useEffect(() => {
    if (!retrying || !connected || !state.voteId) return;
    const vId = state.voteId;
    const timer = setTimeout(() => {
      dispatch({ type: 'retry', opId: retrying.opId });
      send(vId, retrying.choice, retrying.opId);
    }, RETRY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [retrying, connected, state.voteId, send]);

  return { state, press };
}

import type { Ack, CastResult, Choice, Principal } from '@plenary/shared';
import { STATES_161 } from '../../../testing/liveFixtures';

/** The pad's own State in the specs. */
export const ME = STATES_161[5];

/** Its delegation, signed in to meeting m1. */
export const delegation: Principal = {
  role: 'delegation',
  displayName: ME.name,
  userId: null,
  delegationId: ME.delegationId,
  meetingId: 'm1',
  stateIso3: ME.iso3,
};

/** A cast the pad sent, waiting for the server's answer. */
export interface Call {
  voteId: string;
  choice: Choice;
  opId: string;
  seq?: number;
  answer(a: Ack<CastResult>): void;
}

/** A cast function that records each cast and answers only when the spec says. */
export function fakeCast() {
  const calls: Call[] = [];
  const cast = (voteId: string, choice: Choice, opId: string, seq?: number) =>
    new Promise<Ack<CastResult>>((answer) => calls.push({ voteId, choice, opId, seq, answer }));
  return { calls, cast };
}

/** The server's acknowledgement of a cast: recorded, first revision. */
export const castOk = (c: Call): Ack<CastResult> => ({
  ok: true,
  data: { voteId: c.voteId, choice: c.choice, revision: 1, opId: c.opId, replayed: false },
});

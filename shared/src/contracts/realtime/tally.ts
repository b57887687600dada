import { z } from 'zod';
import type { Choice, VoteSnapshot } from '../http/plenary.contract';

/**
 * A live tally on the wire. Thousands of board watchers receive every one, so it carries no names:
 * one character per eligible State, in the order of `eligible` in the vote snapshot (fixed when
 * the vote opens). Y yes, N no, A abstain, - present and not voted, . absent (not checked in, not
 * voted); a secret ballot shows V for "has voted"; a roll-call shows P for "passed, to be called
 * again" and X for "passed twice, not voting"; a show of hands has no lights.
 */
export const VoteTallySchema = z.object({
  voteId: z.string(),
  meetingId: z.string(),
  version: z.number().int(),
  counts: z
    .object({
      yes: z.number().int(),
      no: z.number().int(),
      abstain: z.number().int(),
      notVoted: z.number().int(),
    })
    .nullable(),
  lights: z.string().nullable(),
});
export type VoteTally = z.infer<typeof VoteTallySchema>;

const LETTER: Record<Choice, string> = { yes: 'Y', no: 'N', abstain: 'A' };
const CHOICE: Record<string, Choice | undefined> = { Y: 'yes', N: 'no', A: 'abstain' };

export function toTally(vote: VoteSnapshot): VoteTally {
  let lights: string | null = null;
  const absent = new Set(vote.absent ?? []);
  const idle = (iso3: string) => (absent.has(iso3) ? '.' : '-');
  if (vote.votes) {
    const votes = vote.votes;
    const passed = new Set(vote.rollCall?.passed);
    const declined = new Set(vote.rollCall?.declined);
    lights = vote.eligible
      .map((e) =>
        votes[e.iso3]
          ? LETTER[votes[e.iso3]]
          : passed.has(e.iso3)
            ? 'P'
            : declined.has(e.iso3)
              ? 'X'
              : idle(e.iso3),
      )
      .join('');
  } else if (vote.voted) {
    const voted = new Set(vote.voted);
    lights = vote.eligible.map((e) => (voted.has(e.iso3) ? 'V' : idle(e.iso3))).join('');
  }
  return { voteId: vote.id, meetingId: vote.meetingId, version: vote.version, counts: vote.counts, lights };
}

/** The vote as the tally says it stands now; the snapshot supplies the eligible States' names. */
export function applyTally(vote: VoteSnapshot, tally: VoteTally): VoteSnapshot {
  if (tally.voteId !== vote.id) throw new Error('applyTally: the tally is of another vote');
  const lights = tally.lights;
  if (lights === null || lights.length !== vote.eligible.length)
    return { ...vote, version: tally.version, counts: tally.counts };
  // Presence rides on the lights: kept only where the snapshot or the tally knows it.
  const presence =
    vote.absent !== undefined || lights.includes('.')
      ? { absent: vote.eligible.filter((_, i) => lights[i] === '.').map((e) => e.iso3) }
      : {};
  if (vote.votes) {
    const votes: Record<string, Choice> = {};
    const index = new Map(vote.eligible.map((e, i) => [e.iso3, i]));
    vote.eligible.forEach((e, i) => {
      const c = CHOICE[lights[i]];
      if (c) votes[e.iso3] = c;
    });
    const rollCall = vote.rollCall && {
      ...vote.rollCall,
      passed: vote.rollCall.order.filter((s) => lights[index.get(s) ?? -1] === 'P'),
      declined: vote.rollCall.order.filter((s) => lights[index.get(s) ?? -1] === 'X'),
    };
    return { ...vote, ...presence, version: tally.version, counts: tally.counts, votes, rollCall };
  }
  return {
    ...vote,
    ...presence,
    version: tally.version,
    counts: tally.counts,
    voted: vote.eligible.filter((_, i) => lights[i] === 'V').map((e) => e.iso3),
  };
}

import type { Choice } from '../../contracts/http/plenary.contract';
import { drawLot } from '../elections/lot.rules';

/**
 * The roll-call (DOMAIN.md §5; GA practice): the States are called in English alphabetical order,
 * starting from one drawn by lot; each answers yes, no, abstain, or passes; those that passed are
 * called again, in the same order, once everyone has been called. A second pass is final: the
 * State does not vote.
 *
 * The draw is the lot of §8, so it is reproducible from the record: with the seed recorded when
 * the vote opened, `key = SHA-256(seed + ":" + ISO3)`, and the State with the lowest key starts.
 */
export type RollCallAnswer = Choice | 'pass';

/** One answer as the secretariat recorded it, in the order recorded. */
export type RollCallCall = { iso3: string; round: 1 | 2; answer: RollCallAnswer };

/** The State that starts the roll-call: drawn by lot from the eligible States with the seed. */
export function drawRollCallStart(seed: string, iso3s: readonly string[]): string | null {
  return drawLot(seed, iso3s).drawn[0] ?? null;
}

/**
 * The calling order: `inEnglishOrder` (the States in UN English alphabetical order, sorted by the
 * caller with shared/i18n's englishAlphabeticalOrder), rotated to start at the State drawn.
 */
export function rollCallSequence(inEnglishOrder: readonly string[], drawn: string): string[] {
  const start = inEnglishOrder.indexOf(drawn);
  if (start < 0) return [...inEnglishOrder];
  return [...inEnglishOrder.slice(start), ...inEnglishOrder.slice(0, start)];
}

export type RollCallNow = {
  /** 1 while the first call goes round, 2 while those that passed are called again; null when done. */
  round: 1 | 2 | null;
  /** The State being called now; null once every State has answered. */
  called: string | null;
  /** Passed on the first call and not yet called again, in calling order. */
  passed: string[];
  /** Passed twice: not voting. */
  declined: string[];
};

/** Where the roll-call stands: a pure function of the order and the answers recorded so far. */
export function rollCallNow(order: readonly string[], calls: readonly RollCallCall[]): RollCallNow {
  const first = new Map<string, RollCallAnswer>();
  const second = new Map<string, RollCallAnswer>();
  for (const c of calls) (c.round === 1 ? first : second).set(c.iso3, c.answer);
  const passed = order.filter((s) => first.get(s) === 'pass' && !second.has(s));
  const declined = order.filter((s) => second.get(s) === 'pass');
  const firstUp = order.find((s) => !first.has(s));
  if (firstUp) return { round: 1, called: firstUp, passed, declined };
  if (passed.length) return { round: 2, called: passed[0], passed, declined };
  return { round: null, called: null, passed, declined };
}

/**
 * Whether `iso3` may answer now. A roll-call answers the State called, and only it: an answer
 * out of turn is refused, naming the State called.
 */
export function checkRollCallAnswer(
  order: readonly string[],
  calls: readonly RollCallCall[],
  iso3: string,
): { ok: true; round: 1 | 2 } | { ok: false; called: string | null } {
  const now = rollCallNow(order, calls);
  if (now.called === null || now.round === null || now.called !== iso3)
    return { ok: false, called: now.called };
  return { ok: true, round: now.round };
}

/**
 * The State called now, read from a vote snapshot (or a tally applied to one): the first in order
 * that has neither voted nor passed; once all have been called, the first that passed. The same
 * answer as rollCallNow over the recorded answers, from what every screen holds.
 */
export function rollCallCalled(vote: {
  rollCall: { order: readonly string[]; passed: readonly string[]; declined: readonly string[] } | null;
  votes: Readonly<Record<string, Choice>> | null;
  status?: string;
}): { round: 1 | 2; called: string } | null {
  const rc = vote.rollCall;
  if (!rc || vote.status === 'closed') return null;
  const votes = vote.votes ?? {};
  const passed = new Set(rc.passed);
  const declined = new Set(rc.declined);
  const first = rc.order.find((s) => !votes[s] && !passed.has(s) && !declined.has(s));
  if (first) return { round: 1, called: first };
  const again = rc.order.find((s) => passed.has(s) && !votes[s]);
  return again ? { round: 2, called: again } : null;
}

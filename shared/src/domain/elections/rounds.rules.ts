import type { Result } from '../errors';
import type {
  CandidateId,
  Elected,
  Election,
  ElectionState,
  LotNeed,
  NextStep,
  Round,
  RoundKind,
  RoundRecord,
  TieBreak,
} from './elections';
import { BALLOTS_PER_SERIES, RESTRICTED_PER_PLACE } from './elections';
import { electionFail } from './elections.errors';
import { cutAt, decideRound, validateRoundTally } from './count.rules';
import { validateElection } from './election.validation';
import { drawLot, validateLotSeed } from './lot.rules';

/**
 * The round engine (DOMAIN.md §8; GA rules 93 and 94). `electionState` replays the recorded rounds
 * through the rules, refusing a record that differs from what the rules give, and says what comes
 * next: a ballot (and who is on it), a lot for the President to draw, or the end.
 *
 * - Round 1 is open to every candidate standing.
 * - One place (rule 93): then ballots restricted to the two best placed; a tie in them is decided
 *   by lot. (A restricted ballot where nobody named anyone is simply held again.)
 * - Several places (rule 94): then three restricted ballots (to at most twice the places left),
 *   three free ballots, three restricted, and so on by position, until every place is filled. A
 *   ballot that leaves a place unfilled is inconclusive, even if it elected someone.
 * - A restricted list ranks the standing candidates who were on the previous ballot by their votes
 *   in it; equal votes across the cut are settled by a lot drawn after that ballot (recorded as its
 *   `lotSeed`). If none of them stands any more, every standing candidate is ranked, at nought.
 */

/** The kind of round `n` and its place in its series of three. */
export function roundKind(places: number, n: number): { kind: RoundKind; inSeries: number } {
  if (n <= 1) return { kind: 'first', inSeries: 1 };
  if (places === 1) return { kind: 'restricted', inSeries: n - 1 };
  const p = n - 2;
  const series = Math.floor(p / BALLOTS_PER_SERIES);
  return { kind: series % 2 === 0 ? 'restricted' : 'free', inSeries: (p % BALLOTS_PER_SERIES) + 1 };
}

export function tieBreakFor(places: number, kind: RoundKind): TieBreak {
  return places === 1 && kind === 'restricted' ? 'lot' : 'further-ballot';
}

/** Nominated, not yet elected, not withdrawn before round `n`; in the election's order. */
export function standingBefore(election: Election, elected: readonly Elected[], n: number): CandidateId[] {
  const out = new Set(elected.map((e) => e.candidateId));
  for (const w of election.withdrawals) if (w.beforeRound <= n) out.add(w.candidateId);
  return election.candidates.map((c) => c.id).filter((id) => !out.has(id));
}

function upcoming(
  election: Election,
  elected: readonly Elected[],
  previous: RoundRecord | undefined,
  n: number,
): NextStep {
  const placesLeft = election.places - elected.length;
  const standing = standingBefore(election, elected, n);
  if (placesLeft <= 0 || standing.length === 0) {
    return { step: 'done', elected: [...elected], unfilled: Math.max(0, placesLeft) };
  }
  const { kind, inSeries } = roundKind(election.places, n);
  const round = (candidates: CandidateId[]): NextStep => ({
    step: 'ballot',
    round: {
      number: n,
      kind,
      inSeries,
      candidates,
      placesLeft,
      tieBreak: tieBreakFor(election.places, kind),
    },
  });
  if (kind !== 'restricted' || previous === undefined) return round(standing);

  const onPrevious = standing.filter((id) => previous.round.candidates.includes(id));
  const ranked = (onPrevious.length > 0 ? onPrevious : standing).map((candidateId) => ({
    candidateId,
    votes: previous.tally.votes[candidateId] ?? 0,
  }));
  const cut = cutAt(ranked, RESTRICTED_PER_PLACE * placesLeft);
  let chosen = cut.sure;
  if (cut.tied.length > 0) {
    const seed = previous.lotSeed;
    const tied = standing.filter((id) => cut.tied.includes(id));
    if (seed === undefined || seed === null) {
      return {
        step: 'lot',
        lot: { purpose: 'restricted-list', afterRound: previous.round.number, tied, slots: cut.slots },
      };
    }
    chosen = [...chosen, ...drawLot(seed, tied, cut.slots).drawn];
  }
  return round(standing.filter((id) => chosen.includes(id)));
}

function sameRound(a: Round, b: Round): boolean {
  const ids = (r: Round) => [...r.candidates].sort().join('\u0000');
  return (
    a.number === b.number &&
    a.kind === b.kind &&
    a.inSeries === b.inSeries &&
    a.placesLeft === b.placesLeft &&
    a.tieBreak === b.tieBreak &&
    ids(a) === ids(b)
  );
}

const mismatch = (n: number, why: string) =>
  electionFail<ElectionState>('ELECTION_HISTORY_MISMATCH', `round ${n}: ${why}`, `history.${n - 1}`);

/** Replays the counted rounds and says where the election stands. */
export function electionState(election: Election, history: readonly RoundRecord[]): Result<ElectionState> {
  const valid = validateElection(election);
  if (!valid.ok) return valid;
  const acclaimedAt = election.acclaimedBeforeRound ?? null;
  if (acclaimedAt !== null && acclaimedAt <= history.length) {
    return mismatch(acclaimedAt, 'a ballot is recorded after the election by acclamation');
  }
  const elected: Elected[] = [];
  let pendingLot: LotNeed | null = null;
  for (const [i, rec] of history.entries()) {
    const n = i + 1;
    const expected = upcoming(election, elected, history[i - 1], n);
    if (expected.step === 'done') return mismatch(n, 'recorded after the election was complete');
    if (expected.step === 'lot') return mismatch(n, `recorded before the lot after round ${n - 1} was drawn`);
    if (!sameRound(expected.round, rec.round)) {
      return mismatch(n, 'the recorded round is not the one the rules give (kind, places or candidates)');
    }
    const tally = validateRoundTally(rec.round, rec.tally, `history.${i}.tally`);
    if (!tally.ok) return tally;
    if (rec.lotSeed !== undefined && rec.lotSeed !== null) {
      const seed = validateLotSeed(rec.lotSeed, `history.${i}.lotSeed`);
      if (!seed.ok) return seed;
    }
    const decided = decideRound(rec.round, rec.tally, rec.lotSeed);
    if (decided.lot !== null) {
      if (n < history.length) return mismatch(n + 1, `recorded before the lot completing round ${n}`);
      pendingLot = decided.lot;
    }
    elected.push(...decided.elected);
  }
  const renounced = election.withdrawals.find((w) => elected.some((e) => e.candidateId === w.candidateId));
  if (renounced !== undefined) {
    return electionFail(
      'INVALID_WITHDRAWAL',
      `${renounced.candidateId} is elected and cannot be withdrawn before round ${renounced.beforeRound}`,
      'withdrawals',
    );
  }

  const n = history.length + 1;
  const placesLeft = election.places - elected.length;
  const standing = standingBefore(election, elected, n);
  const next: NextStep =
    pendingLot !== null ? { step: 'lot', lot: pendingLot } : upcoming(election, elected, history[n - 2], n);
  if (acclaimedAt === null) return { ok: true, value: { elected, placesLeft, standing, next } };

  if (acclaimedAt !== n || next.step !== 'ballot' || standing.length !== placesLeft) {
    return electionFail(
      'ACCLAMATION_NOT_AVAILABLE',
      `acclamation before round ${acclaimedAt} needs as many candidates standing as places left`,
      'acclaimedBeforeRound',
    );
  }
  const all: Elected[] = [
    ...elected,
    ...standing.map((candidateId): Elected => ({ candidateId, round: n, by: 'acclamation', votes: null })),
  ];
  return {
    ok: true,
    value: { elected: all, placesLeft: 0, standing: [], next: { step: 'done', elected: all, unfilled: 0 } },
  };
}

/** What comes next: `{ step: 'ballot', round }`, `{ step: 'lot', lot }` or `{ step: 'done', elected, unfilled }`. */
export function nextRound(election: Election, history: readonly RoundRecord[]): Result<NextStep> {
  const state = electionState(election, history);
  return state.ok ? { ok: true, value: state.value.next } : state;
}

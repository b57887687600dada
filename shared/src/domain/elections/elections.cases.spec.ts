import type { Candidate, Election, Elected, LotNeed, Round, RoundRecord } from './elections';
import { countBallots } from './count.rules';
import { drawLot } from './lot.rules';
import { nextRound } from './rounds.rules';
import { withdrawCandidate } from './standing.rules';
import { expand, tallyOf, unwrap, type BallotGroup } from './elections.fixtures';
import worked from './elections.cases.json';

type WorkedRound = {
  ballots: BallotGroup[];
  round: Round;
  count: {
    cast: number;
    valid: number;
    invalid: number;
    blank: number;
    presentAndVoting: number;
    requiredMajority: number;
    votes: Record<string, number>;
    elected: string[];
  };
  lot?: Omit<LotNeed, 'afterRound'> & { seed: string; drawn: string[] };
  withdrawAfter?: string[];
};
type WorkedCase = {
  name: string;
  election: { places: number; candidates: Candidate[] };
  rounds: WorkedRound[];
  final: { elected: Elected[]; unfilled: number };
};

const cases = (worked as unknown as { cases: WorkedCase[] }).cases;

describe('worked cases of the round engine (elections.cases.json)', () => {
  it('holds the cases the issue asks for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    let election: Election = { ...c.election, withdrawals: [] };
    const history: RoundRecord[] = [];
    for (const r of c.rounds) {
      const step = unwrap(nextRound(election, history));
      expect(step).toEqual({ step: 'ballot', round: r.round });
      const ballots = expand(r.ballots);
      const count = countBallots(r.round, ballots);
      expect({
        cast: count.cast,
        valid: count.valid,
        invalid: count.invalid,
        blank: count.blank,
        presentAndVoting: count.presentAndVoting,
        requiredMajority: count.requiredMajority,
        votes: count.votes,
        elected: count.elected.map((e) => e.candidateId),
      }).toEqual(r.count);

      const record: RoundRecord = { round: r.round, tally: tallyOf(count), lotSeed: null };
      history.push(record);
      if (r.lot?.purpose === 'tie-for-place') {
        const need = {
          purpose: r.lot.purpose,
          afterRound: r.round.number,
          tied: r.lot.tied,
          slots: r.lot.slots,
        };
        expect(count.lot).toEqual(need);
        expect(unwrap(nextRound(election, history))).toEqual({ step: 'lot', lot: need });
        const settled = countBallots(r.round, ballots, r.lot.seed);
        expect(settled.elected.map((e) => e.candidateId)).toEqual(r.lot.drawn);
        expect(settled.lot).toBeNull();
        record.lotSeed = r.lot.seed;
      } else {
        expect(count.lot).toBeNull();
      }
      if (r.lot?.purpose === 'restricted-list') {
        const need = {
          purpose: r.lot.purpose,
          afterRound: r.round.number,
          tied: r.lot.tied,
          slots: r.lot.slots,
        };
        expect(unwrap(nextRound(election, history))).toEqual({ step: 'lot', lot: need });
        expect(drawLot(r.lot.seed, r.lot.tied, r.lot.slots).drawn).toEqual(r.lot.drawn);
        record.lotSeed = r.lot.seed;
      }
      for (const id of r.withdrawAfter ?? []) election = unwrap(withdrawCandidate(election, history, id));
    }
    expect(unwrap(nextRound(election, history))).toEqual({ step: 'done', ...c.final });
  });
});

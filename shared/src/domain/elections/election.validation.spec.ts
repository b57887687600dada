import { party } from '../convening/convening.fixtures';
import type { Candidate, Election } from './elections';
import { election, stateCandidate } from './elections.fixtures';
import { validateCandidacy, validateElection } from './election.validation';

const codeOf = (r: { ok: boolean; error?: { code: string; field?: string } }) =>
  r.ok ? 'ok' : `${r.error?.code} ${r.error?.field ?? ''}`.trim();

describe('validateElection', () => {
  const base = election(2, ['A', 'B', 'C']);
  it.each<[string, Election, string]>([
    ['a good election', base, 'ok'],
    ['fewer candidates than places (the rest stay vacant)', election(3, ['A']), 'ok'],
    ['no places', { ...base, places: 0 }, 'INVALID_PLACES places'],
    ['fractional places', { ...base, places: 1.5 }, 'INVALID_PLACES places'],
    ['no candidates', { ...base, candidates: [] }, 'NO_CANDIDATES candidates'],
    [
      'the same id twice',
      { ...base, candidates: [...base.candidates, stateCandidate('A')] },
      'DUPLICATE_CANDIDATE candidates.3.id',
    ],
    [
      'a State standing twice',
      { ...base, candidates: [...base.candidates, { ...stateCandidate('A'), id: 'A2' }] },
      'DUPLICATE_CANDIDATE candidates.3.state',
    ],
    [
      'a withdrawal of a stranger',
      { ...base, withdrawals: [{ candidateId: 'Z', beforeRound: 2 }] },
      'UNKNOWN_CANDIDATE withdrawals.0.candidateId',
    ],
    [
      'a candidate withdrawn twice',
      {
        ...base,
        withdrawals: [
          { candidateId: 'A', beforeRound: 2 },
          { candidateId: 'A', beforeRound: 3 },
        ],
      },
      'INVALID_WITHDRAWAL withdrawals.1.candidateId',
    ],
    [
      'a withdrawal before round 0',
      { ...base, withdrawals: [{ candidateId: 'A', beforeRound: 0 }] },
      'INVALID_WITHDRAWAL withdrawals.0.beforeRound',
    ],
    [
      'an acclamation before round 0',
      { ...base, acclaimedBeforeRound: 0 },
      'ACCLAMATION_NOT_AVAILABLE acclaimedBeforeRound',
    ],
  ])('%s', (_what, e, expected) => {
    expect(codeOf(validateElection(e))).toBe(expected);
  });

  it('lets two persons nominated by the same State stand', () => {
    const persons: Candidate[] = [
      { id: 'p1', state: 'AAA', person: 'One', regionalGroup: null },
      { id: 'p2', state: 'AAA', person: 'Two', regionalGroup: null },
    ];
    expect(validateElection({ places: 1, candidates: persons, withdrawals: [] }).ok).toBe(true);
  });
});

describe('validateCandidacy (only a State Party on the date may stand or nominate)', () => {
  const states = [
    party('AAA', '2000-01-01'),
    party('BBB', '2026-03-01'),
    party('CCC', '2000-01-01', '2025-06-01'),
  ];
  const on = '2025-12-01';

  it('accepts States Parties and persons they nominate', () => {
    const c: Candidate[] = [
      stateCandidate('AAA'),
      { id: 'p', state: 'AAA', person: 'X', regionalGroup: null },
    ];
    expect(validateCandidacy(c, states, on).ok).toBe(true);
  });

  it.each([
    ['a State not yet a party', 'BBB', 'NOT_A_PARTY candidates.0.state'],
    ['a State whose withdrawal took effect', 'CCC', 'NOT_A_PARTY candidates.0.state'],
    ['a State not in the register', 'ZZZ', 'UNKNOWN_STATE candidates.0.state'],
  ])('refuses %s', (_what, iso3, expected) => {
    expect(codeOf(validateCandidacy([stateCandidate(iso3)], states, on))).toBe(expected);
  });

  it('refuses a person nominated by a State that is not a party, naming both', () => {
    const r = validateCandidacy([{ id: 'p', state: 'BBB', person: 'Ms X', regionalGroup: null }], states, on);
    expect(r.ok || r.error.message).toBe(
      'Ms X, nominated by State BBB, cannot stand: State BBB is not a State Party on 2025-12-01',
    );
  });
});

import type { ElectionView, RoundView } from '@plenary/shared';

const CANDIDATES = ['P-BRA', 'P-NOR', 'P-THA'];

const firstRound: RoundView = {
  id: 'r1',
  round: {
    number: 1,
    kind: 'first',
    inSeries: 1,
    candidates: CANDIDATES,
    placesLeft: 2,
    tieBreak: 'further-ballot',
  },
  status: 'counted',
  eligible: 161,
  voted: 155,
  count: {
    round: 1,
    votes: { 'P-BRA': 90, 'P-NOR': 40, 'P-THA': 20 },
    presentAndVoting: 150,
    blank: 3,
    invalid: 2,
    cast: 155,
    valid: 153,
    requiredMajority: 76,
    results: [
      { candidateId: 'P-BRA', votes: 90, majority: true },
      { candidateId: 'P-NOR', votes: 40, majority: false },
      { candidateId: 'P-THA', votes: 20, majority: false },
    ],
    elected: [{ candidateId: 'P-BRA', round: 1, by: 'majority', votes: 90 }],
    lot: null,
  },
  lot: null,
};

const secondRound: RoundView['round'] = {
  number: 2,
  kind: 'restricted',
  inSeries: 1,
  candidates: ['P-NOR', 'P-THA'],
  placesLeft: 1,
  tieBreak: 'further-ballot',
};

/**
 * An election of two Vice-Presidents in its second ballot: the first counted (one elected), the
 * second open. The console shows the card, both rounds and the count button; the board the round
 * in progress; a delegation's pad the open ballot.
 */
export const ELECTION: ElectionView = {
  id: 'e1',
  meetingId: 'm1',
  title: 'Election of two Vice-Presidents',
  places: 2,
  electionDate: '2026-03-02',
  office: { kind: 'vice-president' },
  termFrom: '2026-03-02',
  termUntil: null,
  status: 'open',
  candidates: [
    { id: 'P-BRA', state: 'BRA', stateName: 'Brazil', person: 'Ana Alves', regionalGroup: null },
    { id: 'P-NOR', state: 'NOR', stateName: 'Norway', person: 'Bo Berg', regionalGroup: null },
    { id: 'P-THA', state: 'THA', stateName: 'Thailand', person: null, regionalGroup: null },
  ],
  withdrawals: [],
  acclaimedBeforeRound: null,
  rounds: [
    firstRound,
    { id: 'r2', round: secondRound, status: 'open', eligible: 161, voted: 10, count: null, lot: null },
  ],
  openRound: 2,
  elected: [{ candidateId: 'P-BRA', round: 1, by: 'majority', votes: 90 }],
  placesLeft: 1,
  standing: ['P-BRA', 'P-NOR', 'P-THA'],
  next: { step: 'ballot', round: secondRound },
  acclamation: { available: false, reason: null },
  termsRefusal: null,
  version: 4,
};

import type { ElectionView, RoundView } from '@plenary/shared';
import { countLines, nextAnnouncement, roundOutcome, votesObtained } from './wording';

const counted: RoundView = {
  id: 'r1',
  round: {
    number: 1,
    kind: 'first',
    inSeries: 1,
    candidates: ['P-BRA', 'P-NOR', 'P-THA'],
    placesLeft: 1,
    tieBreak: 'further-ballot',
  },
  status: 'counted',
  eligible: 161,
  voted: 155,
  count: {
    round: 1,
    votes: { 'P-BRA': 70, 'P-NOR': 40, 'P-THA': 40 },
    presentAndVoting: 150,
    blank: 3,
    invalid: 2,
    cast: 155,
    valid: 153,
    requiredMajority: 76,
    results: [
      { candidateId: 'P-BRA', votes: 70, majority: false },
      { candidateId: 'P-NOR', votes: 40, majority: false },
      { candidateId: 'P-THA', votes: 40, majority: false },
    ],
    elected: [],
    lot: null,
  },
  lot: null,
};

const election: ElectionView = {
  id: 'e1',
  meetingId: 'm1',
  title: 'Election of the President',
  places: 1,
  electionDate: '2026-03-02',
  office: { kind: 'president' },
  termFrom: '2026-03-02',
  termUntil: null,
  status: 'open',
  candidates: [
    { id: 'P-BRA', state: 'BRA', stateName: 'Brazil', person: 'Ana Alves', regionalGroup: null },
    { id: 'P-NOR', state: 'NOR', stateName: 'Norway', person: 'Bo Berg', regionalGroup: null },
    { id: 'P-THA', state: 'THA', stateName: 'Thailand', person: 'Chen Cai', regionalGroup: null },
  ],
  withdrawals: [],
  acclaimedBeforeRound: null,
  rounds: [counted],
  openRound: null,
  elected: [],
  placesLeft: 1,
  standing: ['P-BRA', 'P-NOR', 'P-THA'],
  next: {
    step: 'lot',
    lot: { purpose: 'restricted-list', afterRound: 1, tied: ['P-NOR', 'P-THA'], slots: 1 },
  },
  acclamation: { available: false, reason: '3 candidates stand for 1 place' },
  termsNote: null,
  version: 3,
};

describe('election wording (UN Journal style)', () => {
  it('lists the count with the required majority', () => {
    expect(countLines(counted).map((l) => `${l.label}: ${l.value}`)).toEqual([
      'Number of ballot papers: 155',
      'Number of invalid ballots: 2',
      'Number of valid ballots: 153',
      'Abstentions: 3',
      'Number of States Parties present and voting: 150',
      'Required majority: 76',
    ]);
  });

  it('orders votes obtained by votes, ties in the election’s order', () => {
    expect(votesObtained(election, counted).map((v) => `${v.name} ${v.votes}`)).toEqual([
      'Ana Alves (Brazil) 70',
      'Bo Berg (Norway) 40',
      'Chen Cai (Thailand) 40',
    ]);
  });

  it('says what the round decided and what comes next', () => {
    expect(roundOutcome(election, counted)).toBe('No candidate obtained the required majority.');
    expect(nextAnnouncement(election)).toBe(
      'Bo Berg (Norway) and Chen Cai (Thailand) obtained the same number of votes: a lot decides who goes forward to the restricted ballot.',
    );
    const won: RoundView = {
      ...counted,
      count: { ...counted.count!, elected: [{ candidateId: 'P-BRA', round: 1, by: 'majority', votes: 90 }] },
    };
    expect(roundOutcome(election, won)).toBe(
      'Having obtained the required majority, Ana Alves (Brazil) was elected President.',
    );
  });
});

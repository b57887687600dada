import type { ElectionView, RoundView } from '@plenary/shared';
import { createFormat } from '../../lib/locale/format';
import type { LocaleCode } from '../../lib/locale/locales';
import { createT } from '../../lib/locale/translate';
import {
  ballotTitle,
  countLines,
  nextAnnouncement,
  roundOutcome,
  votesObtained,
  type Words,
} from './wording';

const words = (l: LocaleCode): Words => ({ t: createT(l), fmt: createFormat(l) });
const en = words('en');

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
  termsRefusal: null,
  version: 3,
};

describe('election wording (UN Journal style)', () => {
  it('lists the count with the required majority', () => {
    expect(countLines(en, counted).map((l) => `${l.label}: ${l.value}`)).toEqual([
      'Number of ballot papers: 155',
      'Number of invalid ballots: 2',
      'Number of valid ballots: 153',
      'Abstentions: 3',
      'Number of States Parties present and voting: 150',
      'Required majority: 76',
    ]);
  });

  it('orders votes obtained by votes, ties in the election’s order', () => {
    expect(votesObtained(en, election, counted).map((v) => `${v.name} ${v.votes}`)).toEqual([
      'Ana Alves (Brazil) 70',
      'Bo Berg (Norway) 40',
      'Chen Cai (Thailand) 40',
    ]);
  });

  it('says what the round decided and what comes next', () => {
    expect(roundOutcome(en, election, counted)).toBe('No candidate obtained the required majority.');
    expect(nextAnnouncement(en, election)).toBe(
      'Bo Berg (Norway) and Chen Cai (Thailand) obtained the same number of votes: a lot decides who goes forward to the restricted ballot.',
    );
    const won: RoundView = {
      ...counted,
      count: { ...counted.count!, elected: [{ candidateId: 'P-BRA', round: 1, by: 'majority', votes: 90 }] },
    };
    expect(roundOutcome(en, election, won)).toBe(
      'Having obtained the required majority, Ana Alves (Brazil) was elected President.',
    );
  });

  it('speaks the reader’s language: State names, ordinals, plural forms and lists', () => {
    const fr = words('fr');
    expect(votesObtained(fr, election, counted).map((v) => v.name)).toEqual([
      'Ana Alves (Brésil)',
      'Bo Berg (Norvège)',
      'Chen Cai (Thaïlande)',
    ]);
    expect(countLines(fr, counted)[5]).toEqual({ label: 'Majorité requise', value: 76 });
    expect(nextAnnouncement(fr, election)).toBe(
      'Bo Berg (Norvège) et Chen Cai (Thaïlande) ont obtenu le même nombre de voix : un tirage au sort désigne qui participe au scrutin restreint.',
    );
    expect(ballotTitle(fr, { ...counted.round, number: 2, kind: 'restricted' })).toBe(
      'Deuxième tour de scrutin (restreint)',
    );
    expect(ballotTitle(words('zh'), counted.round)).toBe('第一轮投票');
    expect(ballotTitle(en, { ...counted.round, number: 12, kind: 'free' })).toBe('Ballot 12 (unrestricted)');
    const ballot = (placesLeft: number): ElectionView => ({
      ...election,
      next: { step: 'ballot', round: { ...counted.round, number: 2, placesLeft } },
    });
    // Russian: one / few / many; Arabic: one and two in words, then few and many.
    const ru = words('ru');
    expect(nextAnnouncement(ru, ballot(1))).toMatch(/число мест: 1\.$/);
    const ar = words('ar');
    expect(nextAnnouncement(ar, ballot(1))).toMatch(/لشغل مقعد واحد\.$/);
    expect(nextAnnouncement(ar, ballot(2))).toMatch(/لشغل مقعدين\.$/);
    expect(nextAnnouncement(ar, ballot(3))).toMatch(/لشغل 3 مقاعد\.$/);
    expect(nextAnnouncement(ar, ballot(11))).toMatch(/لشغل 11 مقعدا\.$/);
    const progress = (eligible: number) =>
      roundOutcome(ru, election, { ...counted, count: null, voted: 2, eligible });
    expect(progress(161)).toBe('Проголосовали 2 из 161 делегации.');
    expect(progress(155)).toBe('Проголосовали 2 из 155 делегаций.');
  });
});

import { acts, parties, party } from './convening.fixtures';
import { countProgress } from './counts.rules';
import {
  amendmentConferenceStart,
  amendmentEntryIntoForce,
  boundByAmendment,
  conveningPhase,
  earliestReviewConference,
  extendedDeadline,
  nextMspOrReviewConference,
  validateDirectSetup,
  validateReviewConferenceDate,
  validateSpecialMeetingStart,
  type MeetingSlot,
} from './procedures.rules';

describe('convening: which meetings are set up directly', () => {
  it.each(['msp', 'intersessional'] as const)('sets up a %s directly', (kind) => {
    expect(validateDirectSetup(kind)).toEqual({ ok: true, value: kind });
  });

  it.each([
    ['special', 'Art. 8.5', 'POST /api/convening/special-meetings/{id}/convene'],
    ['review', 'Art. 12.1', 'POST /api/convening/review-conferences'],
    ['amendment', 'Art. 13.1', 'POST /api/convening/amendments/{id}/conference'],
  ] as const)('refuses a %s and points to its procedure (%s)', (kind, article, endpoint) => {
    const r = validateDirectSetup(kind);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'CONVENING_PROCEDURE_REQUIRED', field: 'kind' });
    expect(r.error.message).toContain(article);
    expect(r.error.message).toContain(endpoint);
  });
});

describe('convening: Special Meeting: phase and convening date (Art. 8.5)', () => {
  const nine = parties(9);
  const window = { from: '2026-03-02', lastDay: '2026-03-16' };
  it.each([
    [2, '2026-03-10', false, 'collecting'],
    [2, '2026-03-16', false, 'collecting'],
    [2, '2026-03-17', false, 'lapsed'],
    [3, '2026-03-17', false, 'met'],
    [3, '2026-03-17', true, 'convened'],
  ] as const)('%i of 9 favour, today %s, convened %s -> %s', (n, today, convened, phase) => {
    const progress = countProgress('one-third-of-parties', acts(nine, n, '2026-03-02'), nine, window, today);
    expect(conveningPhase(progress, window.lastDay, today, convened)).toBe(phase);
  });

  it.each([
    ['2026-03-30', true],
    ['2026-03-16', true],
    ['2026-03-31', false],
    ['2026-03-09', false],
  ])('met on 2026-03-10, convene by 2026-03-30: starting %s allowed %s', (start, ok) => {
    expect(validateSpecialMeetingStart(start, '2026-03-10', '2026-03-30').ok).toBe(ok);
  });
});

describe('convening: Amendment Conference timing (Art. 13.3)', () => {
  const meetings: MeetingSlot[] = [
    { id: 'rc5', kind: 'review', startDate: '2024-11-25', endDate: '2024-11-29' },
    { id: 'im', kind: 'intersessional', startDate: '2026-06-01', endDate: '2026-06-03' },
    { id: 'msp23', kind: 'msp', startDate: '2026-11-30', endDate: '2026-12-04' },
    { id: 'sp', kind: 'special', startDate: '2026-05-01', endDate: '2026-05-01' },
    { id: 'msp24', kind: 'msp', startDate: '2027-11-29', endDate: '2027-12-03' },
  ];
  it.each([
    ['2026-04-01', 'msp23', '2026-12-05'],
    ['2026-11-30', 'msp23', '2026-12-05'],
    ['2026-12-01', 'msp24', '2027-12-04'],
  ])('from %s the next MSP or Review Conference is %s, so the conference starts %s', (from, id, start) => {
    const next = nextMspOrReviewConference(meetings, from);
    expect(next?.id).toBe(id);
    expect(amendmentConferenceStart(next as MeetingSlot)).toBe(start);
  });
  it('finds none when nothing is scheduled', () => {
    expect(nextMspOrReviewConference(meetings, '2028-01-01')).toBeNull();
  });
});

describe('convening: amendment entry into force (Art. 13.5)', () => {
  const ten = parties(10);
  const accepted = [
    ...acts(ten, 5, '2027-01-01', 10),
    { iso3: 'S006', date: '2027-03-01' },
    { iso3: 'S007', date: '2027-06-15' },
  ];

  it('enters into force on the deposit that makes a majority of the day’s States Parties (6 of 10)', () => {
    expect(amendmentEntryIntoForce(accepted, ten, '2027-12-31')).toBe('2027-03-01');
    expect(amendmentEntryIntoForce(accepted.slice(0, 5), ten, '2027-12-31')).toBeNull();
  });

  it.each([
    ['2027-02-28', null, []],
    ['2027-03-01', '2027-03-01', ['S001', 'S002', 'S003', 'S004', 'S005', 'S006']],
    ['2027-06-14', '2027-03-01', ['S001', 'S002', 'S003', 'S004', 'S005', 'S006']],
    ['2027-06-15', '2027-03-01', ['S001', 'S002', 'S003', 'S004', 'S005', 'S006', 'S007']],
  ])('bound on %s: in force %s', (on, eif, iso3s) => {
    const r = boundByAmendment(accepted, ten, on);
    expect(r.entryIntoForce).toBe(eif);
    expect(r.bound.map((b) => b.iso3)).toEqual(iso3s);
  });

  it('binds the early acceptors from entry into force and a later one from its deposit', () => {
    const r = boundByAmendment(accepted, ten, '2027-07-01');
    expect(r.bound.find((b) => b.iso3 === 'S001')?.date).toBe('2027-03-01');
    expect(r.bound.find((b) => b.iso3 === 'S007')?.date).toBe('2027-06-15');
  });

  it('counts over the States Parties on the day: a withdrawal can bring it into force', () => {
    const states = [...parties(9), party('OUT', '2000-01-01', '2027-04-20')];
    const five = acts(states, 5, '2027-01-01');
    expect(amendmentEntryIntoForce(five, states, '2027-12-31')).toBe('2027-04-20');
  });

  it('a State that has since withdrawn is no longer bound', () => {
    const states = [...parties(9), party('OUT', '2000-01-01', '2027-09-10')];
    const r = boundByAmendment(
      [...acts(states, 5, '2027-01-01'), { iso3: 'OUT', date: '2027-01-02' }],
      states,
      '2027-10-01',
    );
    expect(r.entryIntoForce).toBe('2027-01-02');
    expect(r.bound.map((b) => b.iso3)).not.toContain('OUT');
  });
});

describe('convening: Article 5 extensions: at most ten years (Art. 5.3)', () => {
  it.each([
    ['2026-03-01', 1, '2027-03-01'],
    ['2026-03-01', 10, '2036-03-01'],
    ['2024-02-29', 1, '2025-02-28'],
  ])('%s + %i years -> %s', (d, y, next) => {
    expect(extendedDeadline(d, y)).toEqual({ ok: true, value: next });
  });
  it.each([0, 11, 2.5, -1])('refuses %s years', (y) => {
    expect(extendedDeadline('2026-03-01', y)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_EXTENSION', field: 'years' },
    });
  });
});

describe('convening: Review Conferences at least five years apart (Art. 12)', () => {
  it.each([
    [null, '2004-03-01'],
    ['2024-11-25', '2029-11-25'],
    ['2024-02-29', '2029-02-28'],
  ])('after %s the earliest is %s', (prev, earliest) => {
    expect(earliestReviewConference(prev)).toBe(earliest);
  });
  it.each([
    ['2029-11-25', true],
    ['2029-11-24', false],
    ['2031-01-01', true],
  ])('previous began 2024-11-25: starting %s allowed %s', (start, ok) => {
    const r = validateReviewConferenceDate(start, '2024-11-25');
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error.message).toMatch(/earliest allowed date is 2029-11-25/);
  });
});

import { deadlineView, describeDeadline, isWithin, lastDayWithin } from './periods.rules';
import { amendmentSupportLastDay, clarificationResponseDue, specialMeetingDates } from './procedures.rules';

describe('convening: periods: "within N days from D" ends at the end of day D + N', () => {
  it.each([
    ['2026-03-02', 14, '2026-03-16'],
    ['2026-03-02', 28, '2026-03-30'],
    ['2026-03-02', 30, '2026-04-01'],
    ['2025-02-20', 14, '2025-03-06'],
    ['2024-02-20', 14, '2024-03-05'],
    ['2025-12-25', 14, '2026-01-08'],
    ['2026-03-02', 0, '2026-03-02'],
  ])('%s + %i days -> last day %s', (from, days, last) => {
    expect(lastDayWithin(from, days)).toBe(last);
  });

  it('refuses a negative or fractional period', () => {
    expect(() => lastDayWithin('2026-03-02', -1)).toThrow();
    expect(() => lastDayWithin('2026-03-02', 1.5)).toThrow();
  });

  it.each([
    ['2026-03-01', false],
    ['2026-03-02', true],
    ['2026-03-16', true],
    ['2026-03-17', false],
  ])('inside 2026-03-02..2026-03-16: %s -> %s', (d, inside) => {
    expect(isWithin(d, '2026-03-02', '2026-03-16')).toBe(inside);
  });
});

describe('convening: the Convention’s periods', () => {
  it.each([
    ['2026-03-02', '2026-03-16', '2026-03-30'],
    ['2026-02-14', '2026-02-28', '2026-03-14'],
    ['2028-02-14', '2028-02-28', '2028-03-13'],
  ])(
    'Special Meeting communicated on %s: favour by %s, convene by %s (Art. 8.5)',
    (d, favourBy, conveneBy) => {
      expect(specialMeetingDates(d)).toEqual({ favourBy, conveneBy });
    },
  );

  it.each([
    ['2026-03-02', '2026-03-30'],
    ['2026-02-01', '2026-03-01'],
  ])('Request for Clarification received %s: answer by %s (Art. 8.2)', (d, due) => {
    expect(clarificationResponseDue(d)).toBe(due);
  });

  it.each([
    ['2026-03-02', '2026-04-01'],
    ['2026-01-31', '2026-03-02'],
  ])('amendment circulated %s: support by %s (Art. 13.1)', (d, last) => {
    expect(amendmentSupportLastDay(d)).toBe(last);
  });
});

describe('convening: days remaining', () => {
  it.each([
    ['2026-03-02', 14, false, '14 days remaining (last day 2026-03-16)'],
    ['2026-03-15', 1, false, '1 day remaining (last day 2026-03-16)'],
    ['2026-03-16', 0, false, 'last day today (2026-03-16)'],
    ['2026-03-17', -1, true, 'passed 1 day ago (last day 2026-03-16)'],
    ['2026-03-20', -4, true, 'passed 4 days ago (last day 2026-03-16)'],
  ])('on %s the 2026-03-16 deadline has %i days left', (today, left, passed, text) => {
    const d = deadlineView('2026-03-16', today);
    expect(d).toEqual({ lastDay: '2026-03-16', daysRemaining: left, passed });
    expect(describeDeadline(d)).toBe(text);
  });
});

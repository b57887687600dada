import { conclusionsDestination, type ConclusionsSlot } from './conclusions.rules';

describe('conclusionsDestination: the next MSP or Review Conference considers a committee’s conclusions', () => {
  const committee = { endDate: '2026-06-17' };
  const slot = (over: Partial<ConclusionsSlot> & Pick<ConclusionsSlot, 'id'>): ConclusionsSlot => ({
    kind: 'msp',
    startDate: '2026-11-30',
    endDate: '2026-12-04',
    status: 'scheduled',
    ...over,
  });

  it.each<[string, ConclusionsSlot[], string | null]>([
    ['the next MSP', [slot({ id: 'msp23' }), slot({ id: 'msp24', startDate: '2027-11-29' })], 'msp23'],
    ['a Review Conference as well', [slot({ id: 'rc6', kind: 'review', startDate: '2026-09-01' })], 'rc6'],
    ['none scheduled', [], null],
    ['never a closed one', [slot({ id: 'msp23', status: 'closed' })], null],
    [
      'never one starting before or on the day the committee meeting ends',
      [slot({ id: 'early', startDate: '2026-06-17' })],
      null,
    ],
    ['the day after it ends', [slot({ id: 'next', startDate: '2026-06-18' })], 'next'],
    [
      'never an intersessional, special, amendment, committee or Coordinating Committee meeting',
      [
        slot({ id: 'im', kind: 'intersessional', startDate: '2026-07-01' }),
        slot({ id: 'sp', kind: 'special', startDate: '2026-07-02' }),
        slot({ id: 'ac', kind: 'amendment', startDate: '2026-07-03' }),
        slot({ id: 'cm', kind: 'committee', startDate: '2026-07-04' }),
        slot({ id: 'cc', kind: 'coordinating-committee', startDate: '2026-07-05' }),
        slot({ id: 'msp23' }),
      ],
      'msp23',
    ],
    ['the earliest, then by id', [slot({ id: 'b' }), slot({ id: 'a' })], 'a'],
  ])('%s', (_, meetings, expected) => {
    expect(conclusionsDestination(committee, meetings)?.id ?? null).toBe(expected);
  });
});

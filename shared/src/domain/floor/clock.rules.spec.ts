import { clockReading, elapsedMs, pauseClock, resumeClock, startClock } from './clock.rules';
import type { SpeakingClock } from './floor';

type Op = ['pause' | 'resume', number];

function replay(start: number, ops: Op[]): SpeakingClock {
  return ops.reduce(
    (c, [op, t]) => (op === 'pause' ? pauseClock(c, t) : resumeClock(c, t)),
    startClock(start),
  );
}

describe('floor: speaking clock arithmetic', () => {
  it.each<[string, number, number, Op[]]>([
    ['running, no pause', 90_000, 90_000, []],
    ['paused at 60 s, read later', 300_000, 60_000, [['pause', 60_000]]],
    [
      'paused 60-120 s, resumed',
      180_000,
      120_000,
      [
        ['pause', 60_000],
        ['resume', 120_000],
      ],
    ],
    [
      'two pauses',
      60_000,
      30_000,
      [
        ['pause', 10_000],
        ['resume', 20_000],
        ['pause', 30_000],
        ['resume', 50_000],
      ],
    ],
    [
      'pausing twice counts once',
      90_000,
      10_000,
      [
        ['pause', 10_000],
        ['pause', 40_000],
      ],
    ],
    ['resuming a running clock changes nothing', 60_000, 60_000, [['resume', 50_000]]],
    ['a reading before the start counts nothing', -5_000, 0, []],
    ['a pause stamped before the start counts nothing', 10_000, 0, [['pause', -1_000]]],
  ])('%s: read at %i ms, %i ms elapsed', (_name, at, expected, ops) => {
    expect(elapsedMs(replay(0, ops), at)).toBe(expected);
  });

  it.each<[number | null, number, { remainingMs: number | null; overrun: boolean; overrunMs: number }]>([
    [null, 600_000, { remainingMs: null, overrun: false, overrunMs: 0 }],
    [300_000, 299_999, { remainingMs: 1, overrun: false, overrunMs: 0 }],
    [300_000, 300_000, { remainingMs: 0, overrun: false, overrunMs: 0 }],
    [300_000, 300_001, { remainingMs: 0, overrun: true, overrunMs: 1 }],
    [300_000, 420_000, { remainingMs: 0, overrun: true, overrunMs: 120_000 }],
  ])('limit %p, %i ms used -> %p', (limit, used, expected) => {
    expect(clockReading(startClock(0), limit, used)).toEqual({
      elapsedMs: used,
      running: true,
      limitMs: limit,
      ...expected,
    });
  });

  it('a paused clock past its limit stays overrun by the same amount', () => {
    const c = pauseClock(startClock(0), 330_000);
    expect(clockReading(c, 300_000, 999_000)).toMatchObject({
      running: false,
      overrun: true,
      overrunMs: 30_000,
    });
  });
});

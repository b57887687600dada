import { DEFAULT_FLOOR_SETTINGS } from '../../domain/floor/floor.settings';
import { FloorActionBodySchema, FloorRequestCommandSchema, FloorSettingsSchema } from './floor.contract';

describe('floor settings contract', () => {
  it('parses an empty body to the UN-model defaults', () => {
    expect(FloorSettingsSchema.parse({})).toEqual(DEFAULT_FLOOR_SETTINGS);
  });

  it('the defaults are those of DOMAIN.md §7 and GA annex V', () => {
    expect(DEFAULT_FLOOR_SETTINGS).toMatchObject({
      speakingTimeMs: null,
      maxInterventionsPerItem: null,
      categoryOrder: ['state-party', 'observer-state', 'un-icrc-icbl-gichd', 'other-observer'],
      explanationTimeMs: 600_000,
      replies: { maxPerItem: 2, firstMs: 600_000, laterMs: 300_000 },
      reconsiderationRule: 'two-thirds-present-voting',
    });
    expect(DEFAULT_FLOOR_SETTINGS.motionSpeakers).toEqual({
      'suspend-meeting': { for: 0, against: 0 },
      'adjourn-meeting': { for: 0, against: 0 },
      'adjourn-debate': { for: 2, against: 2 },
      'close-debate': { for: 0, against: 2 },
      division: { for: 2, against: 2 },
      reconsideration: { for: 0, against: 2 },
    });
  });

  it('keeps a meeting’s own values', () => {
    const s = FloorSettingsSchema.parse({ speakingTimeMs: 300_000, maxInterventionsPerItem: 2 });
    expect(s).toMatchObject({
      speakingTimeMs: 300_000,
      maxInterventionsPerItem: 2,
      explanationTimeMs: 600_000,
    });
  });

  it.each([
    ['a speaking time under a second', { speakingTimeMs: 500 }, 'speakingTimeMs'],
    ['a fractional limit', { maxInterventionsPerItem: 1.5 }, 'maxInterventionsPerItem'],
    [
      'a category twice',
      { categoryOrder: ['state-party', 'state-party', 'observer-state', 'other-observer'] },
      'categoryOrder',
    ],
    ['an unknown rule', { reconsiderationRule: 'unanimity' }, 'reconsiderationRule'],
  ])('refuses %s, naming the field', (_name, body, field) => {
    const r = FloorSettingsSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path[0]).toBe(field);
  });
});

describe('floor action contract', () => {
  const D = '11111111-1111-4111-8111-111111111111';

  it('parses the chair’s actions with their defaults', () => {
    expect(FloorActionBodySchema.parse({ action: 'next-speaker' })).toEqual({ action: 'next-speaker' });
    expect(FloorActionBodySchema.parse({ action: 'put-next' })).toEqual({
      action: 'put-next',
      matter: 'other-substance',
    });
    expect(
      FloorActionBodySchema.parse({
        action: 'move-motion',
        delegationId: D,
        motion: { kind: 'close-debate' },
      }),
    ).toMatchObject({ motion: { kind: 'close-debate' } });
  });

  it('refuses bad input naming the field', () => {
    const r = FloorActionBodySchema.safeParse({ action: 'move-speaker', delegationId: 'x', toIndex: -1 });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['delegationId', 'toIndex']);
    const division = FloorActionBodySchema.safeParse({
      action: 'move-motion',
      delegationId: D,
      motion: { kind: 'division', proposalId: 'L.1', parts: [{ id: 'a', label: 'A', operative: true }] },
    });
    expect(division.success).toBe(false);
    expect(FloorActionBodySchema.safeParse({ action: 'levitate' }).success).toBe(false);
    expect(FloorActionBodySchema.safeParse({ action: 'next-speaker', revision: -1 }).success).toBe(false);
  });

  it('a pad’s request defaults to the list of speakers', () => {
    expect(FloorRequestCommandSchema.parse({ meetingId: D })).toEqual({ meetingId: D, queue: 'speakers' });
  });
});

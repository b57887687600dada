// The lot must be checkable from the record with any SHA-256 tool, so this spec compares it with
// Node's own implementation; the rule itself uses @noble/hashes, which also runs in the browser.
// eslint-disable-next-line no-restricted-imports -- an independent SHA-256 to check the rule against
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { drawLot, isLotSeed, lotKey, validateLotSeed } from './lot.rules';

const nodeKey = (seed: string, id: string) =>
  createHash('sha256').update(`${seed}:${id}`, 'utf8').digest('hex');

describe('lotKey', () => {
  it('is the lowercase hex SHA-256 of seed + ":" + id (the value the worked case records)', () => {
    const key = '2e67f07691ec01ce8c8e43ac064cb876ed872a743dd7eb77dc58f1dd0838b558';
    expect(lotKey('9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c', 'P-THA')).toBe(key);
    expect(nodeKey('9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c', 'P-THA')).toBe(key);
  });

  it('agrees with an independent SHA-256 for any seed and id, non-ASCII ids included', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (seed, id) => {
        expect(lotKey(seed, id)).toBe(nodeKey(seed, id));
      }),
    );
  });
});

describe('drawLot', () => {
  it('orders the tied by key and draws the first', () => {
    const seed = '9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c';
    const lot = drawLot(seed, ['P-AUT', 'P-THA']);
    expect(lot.order.map((o) => o.candidateId)).toEqual(['P-THA', 'P-AUT']);
    expect(lot.order[0].key < lot.order[1].key).toBe(true);
    expect(lot.drawn).toEqual(['P-THA']);
  });

  it('draws several slots, never more than the tied', () => {
    expect(drawLot('s', ['A', 'B', 'C'], 2).drawn).toHaveLength(2);
    expect(drawLot('s', ['A', 'B'], 5).drawn).toHaveLength(2);
    expect(drawLot('s', ['A', 'B'], 0).drawn).toEqual([]);
  });

  it('counts a candidate named twice once', () => {
    expect(drawLot('s', ['A', 'A', 'B']).order).toHaveLength(2);
  });

  it('depends on the seed: some seed draws each of the tied', () => {
    const winners = new Set(
      Array.from({ length: 40 }, (_, i) => drawLot(`seed-${i}`, ['A', 'B', 'C']).drawn[0]),
    );
    expect([...winners].sort()).toEqual(['A', 'B', 'C']);
  });
});

describe('lot properties', () => {
  const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
  const seed = fc.string({ minLength: 1, maxLength: 64 });

  it('same seed, same lot', () => {
    fc.assert(
      fc.property(seed, ids, fc.nat(8), (s, tied, slots) => {
        expect(drawLot(s, tied, slots)).toEqual(drawLot(s, tied, slots));
      }),
    );
  });

  it('the order of the rows never changes the lot', () => {
    fc.assert(
      fc.property(seed, ids, fc.nat(8), fc.nat(), (s, tied, slots, k) => {
        const rotated = [...tied.slice(k % tied.length), ...tied.slice(0, k % tied.length)].reverse();
        expect(drawLot(s, rotated, slots).drawn).toEqual(drawLot(s, tied, slots).drawn);
      }),
    );
  });

  it('draws exactly min(slots, tied) distinct candidates, all among the tied', () => {
    fc.assert(
      fc.property(seed, ids, fc.nat(8), (s, tied, slots) => {
        const { drawn } = drawLot(s, tied, slots);
        expect(drawn).toHaveLength(Math.min(slots, tied.length));
        expect(new Set(drawn).size).toBe(drawn.length);
        for (const d of drawn) expect(tied).toContain(d);
      }),
    );
  });

  it('leaving out a tied candidate keeps the others in the same order (a withdrawal does not reshuffle)', () => {
    fc.assert(
      fc.property(seed, ids, fc.nat(), (s, tied, k) => {
        const out = tied[k % tied.length];
        const full = drawLot(s, tied, tied.length).drawn.filter((id) => id !== out);
        const without = drawLot(
          s,
          tied.filter((id) => id !== out),
          tied.length,
        ).drawn;
        expect(without).toEqual(full);
      }),
    );
  });
});

describe('lot seeds', () => {
  it.each([
    ['0123456789abcdef0123456789abcdef', true],
    ['worked-case-3', true],
    ['', false],
    ['has space', false],
    ['tab\there', false],
    ['é', false],
    ['x'.repeat(257), false],
    [42, false],
  ])('%j is a seed: %s', (s, expected) => {
    expect(isLotSeed(s)).toBe(expected);
    const r = validateLotSeed(s);
    expect(r.ok ? true : r.error.code).toBe(expected ? true : 'INVALID_LOT_SEED');
  });
});

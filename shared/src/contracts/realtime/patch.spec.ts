import fc from 'fast-check';
import { applyPatch, diffJson, fingerprint, jsonEqual, type JsonValue } from './patch';

const json: fc.Arbitrary<JsonValue> = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;
/** Lists that share most of their entries, as a floor's queue does from one revision to the next. */
const neighbours = fc
  .tuple(fc.array(json, { maxLength: 12 }), fc.nat(12), fc.nat(3), fc.array(json, { maxLength: 3 }))
  .map(([a, at, remove, insert]) => {
    const b = a.slice();
    b.splice(Math.min(at, a.length), remove, ...insert);
    return [a, b] as const;
  });

describe('JSON patches', () => {
  it('turns any value into any other, leaving the first unchanged', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const before = JSON.stringify(a);
        const out = applyPatch(a, diffJson(a, b));
        expect(jsonEqual(out, b)).toBe(true);
        expect(JSON.stringify(a)).toBe(before);
      }),
    );
  });

  it('turns a list into its neighbour with at most one splice at its own level', () => {
    fc.assert(
      fc.property(neighbours, ([a, b]) => {
        const ops = diffJson({ list: a }, { list: b });
        expect(jsonEqual(applyPatch({ list: a }, ops), { list: b })).toBe(true);
        expect(ops.filter((op) => 's' in op && op.p.length === 1).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never takes a name Object.prototype has (toString, constructor, __proto__) for a key the value holds', () => {
    const cases: [JsonValue, JsonValue][] = [
      [{ toString: false }, {}],
      [{}, { constructor: 1 }],
      [JSON.parse('{"__proto__": 1}') as JsonValue, {}],
      [{ a: {} }, { a: { valueOf: [1] } }],
    ];
    for (const [a, b] of cases) expect(jsonEqual(applyPatch(a, diffJson(a, b)), b)).toBe(true);
    expect(jsonEqual({}, { toString: false })).toBe(false);
  });

  it('is empty between equal values and says nothing of keys whose value is undefined', () => {
    expect(diffJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
    expect(diffJson({ a: 1, gone: undefined }, { a: 1 })).toEqual([]);
  });

  it('removes the head of a long list in one operation, not one per entry', () => {
    const queue = Array.from({ length: 161 }, (_, i) => ({ id: `d${i}`, seq: i }));
    const ops = diffJson({ queue, speaking: null }, { queue: queue.slice(1), speaking: queue[0] });
    expect(ops).toEqual([
      { p: ['queue'], s: [0, 1] },
      { p: ['speaking'], v: { id: 'd0', seq: 0 } },
    ]);
  });

  it('refuses a path the value does not have rather than invent it', () => {
    expect(() => applyPatch({ a: 1 }, [{ p: ['b', 0], v: 2 }])).toThrow(/does not exist/);
    expect(() => applyPatch({ a: [1] }, [{ p: ['a'], s: [0, 3] }])).toThrow(/past the end/);
  });

  it('fingerprints values by content, whatever the order of their keys', () => {
    expect(fingerprint({ a: 1, b: [1, 2] })).toBe(fingerprint({ b: [1, 2], a: 1 }));
    expect(fingerprint({ a: 1, b: [1, 2] })).not.toBe(fingerprint({ a: 1, b: [2, 1] }));
    expect(fingerprint({ a: 1, c: undefined })).toBe(fingerprint({ a: 1 }));
    fc.assert(
      fc.property(json, (v) => expect(fingerprint(JSON.parse(JSON.stringify(v)))).toBe(fingerprint(v))),
    );
  });
});

import {
  asStored,
  canonicalContent,
  canonicalJson,
  checkChain,
  entryHash,
  type StoredEntry,
} from './record-chain';

const MEETING = '6f1d2c3b-0000-4000-8000-000000000001';

function chain(n: number): StoredEntry[] {
  const out: StoredEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const content = {
      meetingId: MEETING,
      seq: i,
      id: 100 + i,
      at: `2026-03-02T09:0${i}:00.123456Z`,
      kind: i === n ? 'decision.vote' : 'meeting.opened',
      summary: `Entry ${i}`,
      data: { yes: 91, no: 45, abstain: 4, ballotsDigest: 'ab'.repeat(32), n: i },
      corrects: null,
      prevHash: out[i - 2]?.hash ?? null,
    };
    out.push({ ...content, hash: entryHash(content) });
  }
  return out;
}

describe('the record hash chain', () => {
  it('writes canonical JSON: keys sorted by code point, no whitespace, nested objects too', () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, y: 'é' }], A: true })).toBe(
      '{"A":true,"a":[{"y":"é","z":null}],"b":1}',
    );
    expect(canonicalJson({ skip: undefined, keep: 0 })).toBe('{"keep":0}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/no JSON form/);
  });

  it('hashes the same content to the same value whatever the key order of its data', () => {
    const [a] = chain(1);
    const reordered = { ...a, data: Object.fromEntries(Object.entries(a.data as object).reverse()) };
    expect(entryHash(reordered)).toBe(a.hash);
  });

  it('keeps canonical form version 1 fixed: a known entry has a known hash', () => {
    const content = {
      meetingId: MEETING,
      seq: 1,
      id: 7,
      at: '2026-03-02T09:00:00.000001Z',
      kind: 'meeting.created',
      summary: 'Twenty-Third Meeting of the States Parties convened',
      data: { code: '23MSP' },
      corrects: null,
      prevHash: null,
    };
    expect(canonicalContent(content)).toBe(
      `{"at":"2026-03-02T09:00:00.000001Z","corrects":null,"data":{"code":"23MSP"},"id":7,"kind":"meeting.created","meetingId":"${MEETING}","prevHash":null,"seq":1,"summary":"Twenty-Third Meeting of the States Parties convened","v":1}`,
    );
    // Changing the canonical form breaks every chain already written: this value must never move.
    // (The same as `printf '%s' '<the string above>' | sha256sum`.)
    expect(entryHash(content)).toBe('7b2f1c6dfc71526bbb933c6a461d4f3fabb625d72e9fe0b57499ce7c47cf14c0');
  });

  it('stores data as JSON reads it back (dates as ISO strings, no undefined)', () => {
    expect(asStored({ at: new Date('2026-03-02T09:00:00Z'), gone: undefined })).toEqual({
      at: '2026-03-02T09:00:00.000Z',
    });
  });

  it('verifies an intact chain and reports its head', () => {
    const c = chain(5);
    expect(checkChain(c, { seq: 5, hash: c[4].hash })).toEqual({
      ok: true,
      entries: 5,
      head: { seq: 5, hash: c[4].hash },
    });
    expect(checkChain([], null)).toMatchObject({ ok: true, head: { seq: 0, hash: null } });
  });

  it('names an entry whose content was changed', () => {
    const c = chain(5);
    c[2] = { ...c[2], summary: 'Entry 3, rewritten' };
    const r = checkChain(c, { seq: 5, hash: c[4].hash });
    expect(r).toMatchObject({ ok: false, problem: 'content-altered', entry: { id: 103, seq: 3 } });
    expect(!r.ok && r.message).toMatch(/entry 103 \(no\. 3, meeting\.opened/);
  });

  it('names the entry after one whose hash was recomputed to hide a change', () => {
    const c = chain(5);
    const forged = { ...c[1], summary: 'forged' };
    c[1] = { ...forged, hash: entryHash(forged) };
    expect(checkChain(c, { seq: 5, hash: c[4].hash })).toMatchObject({
      ok: false,
      problem: 'previous-hash-mismatch',
      entry: { seq: 3 },
    });
  });

  it('names the entry after a removed one, and a chain whose last entries were removed', () => {
    const c = chain(5);
    expect(checkChain([...c.slice(0, 2), ...c.slice(3)], { seq: 5, hash: c[4].hash })).toMatchObject({
      ok: false,
      problem: 'sequence-gap',
      entry: { seq: 4 },
    });
    expect(checkChain(c.slice(0, 4), { seq: 5, hash: c[4].hash })).toMatchObject({
      ok: false,
      problem: 'head-mismatch',
      entry: null,
    });
  });

  it('notices a change to the ballots digest of a vote', () => {
    const c = chain(3);
    c[2] = { ...c[2], data: { ...(c[2].data as object), ballotsDigest: 'cd'.repeat(32) } };
    expect(checkChain(c, { seq: 3, hash: c[2].hash })).toMatchObject({
      ok: false,
      problem: 'content-altered',
      entry: { kind: 'decision.vote' },
    });
  });
});

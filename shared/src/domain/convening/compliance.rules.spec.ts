import type { Expert } from './convening';
import { parties, party } from './convening.fixtures';
import { validateExperts, validateReceipt, validateStatesParties } from './compliance.rules';

const experts = (nationalities: string[]): Expert[] =>
  nationalities.map((n, i) => ({ name: `Expert ${i + 1}`, nationality: n }));

describe('convening: fact-finding mission experts (Art. 8.9-8.10)', () => {
  const excluded = ['REQ', 'AFF'];
  it.each<[string, Expert[], string | null, string | undefined]>([
    [
      'nine eligible experts',
      experts(['NOR', 'CHE', 'CAN', 'NZL', 'AUT', 'IRL', 'MEX', 'CHL', 'ZAF']),
      null,
      undefined,
    ],
    ['one expert', experts(['NOR']), null, undefined],
    ['ten experts', experts(Array(10).fill('NOR') as string[]), 'TOO_MANY_EXPERTS', 'experts'],
    ['no expert', [], 'NO_EXPERTS', 'experts'],
    [
      'a national of the requesting State',
      experts(['NOR', 'CHE', 'REQ']),
      'EXCLUDED_NATIONALITY',
      'experts.2.nationality',
    ],
    [
      'a national of a directly affected State',
      experts(['AFF']),
      'EXCLUDED_NATIONALITY',
      'experts.0.nationality',
    ],
  ])('%s', (_, list, code, field) => {
    const r = validateExperts(list, excluded);
    if (code === null) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ ok: false, error: { code, field } });
  });

  it('names the expert and the State in the message', () => {
    const r = validateExperts([{ name: 'A. Expert', nationality: 'REQ' }], excluded, () => 'Requestia');
    expect(!r.ok && r.error.message).toMatch(/A\. Expert is a national of Requestia/);
  });
});

describe('convening: States named in a request', () => {
  const states = [...parties(3), party('PND', '2026-09-01')];
  it.each<[string, string[], string[], string | null]>([
    ['two States Parties', ['S001', 'S002'], ['S003'], null],
    ['none', [], [], 'INVALID_STATES'],
    ['the same State twice', ['S001', 'S001'], [], 'INVALID_STATES'],
    ['a State not yet party', ['PND'], [], 'NOT_A_PARTY'],
    ['an unknown State', ['ZZZ'], [], 'UNKNOWN_STATE'],
    ['the requested State among the requesting', ['S001', 'S003'], ['S003'], 'INVALID_STATES'],
  ])('%s', (_, iso3s, also, code) => {
    const r = validateStatesParties(iso3s, states, '2026-03-02', 'requestingStates', also);
    if (code === null) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ ok: false, error: { code, field: 'requestingStates' } });
  });
});

describe('convening: dates of a Request for Clarification', () => {
  it.each([
    ['2026-03-02', '2026-03-02', '2026-03-02', null],
    ['2026-03-02', '2026-03-04', '2026-03-05', null],
    ['2026-03-02', '2026-03-01', '2026-03-05', 'BEFORE_PERIOD'],
    ['2026-03-06', '2026-03-06', '2026-03-05', 'DATE_IN_FUTURE'],
  ])('submitted %s, received %s, today %s -> %s', (sub, rec, today, code) => {
    const r = validateReceipt(sub, rec, today);
    if (code === null) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ ok: false, error: { code } });
  });
});

import type { StateView } from '@plenary/shared';
import { countEffect } from './countEffect';

const party = (iso3: string, name: string, over: Partial<StateView> = {}): StateView => ({
  iso3,
  name,
  regionalGroup: null,
  status: 'party',
  partySince: '1999-03-01',
  instruments: [
    {
      id: 1,
      type: 'ratification',
      depositDate: '1998-07-01',
      successionEffectiveDate: null,
      entryIntoForce: '1999-03-01',
    },
  ],
  withdrawal: null,
  ...over,
});

// Three parties and two States that are not party: the count is 3.
const STATES: StateView[] = [
  party('AAA', 'Alpha'),
  party('BBB', 'Beta'),
  party('CCC', 'Gamma'),
  party('TON', 'Tonga', { status: 'non-party', partySince: null, instruments: [] }),
  party('USA', 'United States of America', { status: 'non-party', partySince: null, instruments: [] }),
];
const TODAY = '2026-03-02';

describe('countEffect: the effect of a register change on the count, before saving', () => {
  it('counts an accession from its entry into force, the first day of the sixth month after deposit', () => {
    const e = countEffect(
      STATES,
      {
        kind: 'instrument',
        iso3: 'TON',
        type: 'accession',
        depositDate: '2026-03-02',
        successionEffectiveDate: null,
      },
      TODAY,
    );
    expect(e).toMatchObject({
      ok: true,
      effectiveOn: '2026-09-01',
      on: '2026-09-01',
      before: 3,
      after: 4,
      sentence: 'Count on 2026-09-01: 3 → 4.',
    });
    if (e.ok) {
      expect(e.statusBefore).toEqual({ status: 'non-party' });
      expect(e.statusAfter).toMatchObject({ status: 'party', since: '2026-09-01' });
    }
  });

  it('takes a withdrawal off the count six months after receipt', () => {
    const e = countEffect(
      STATES,
      { kind: 'withdrawal', iso3: 'BBB', receivedDate: '2026-01-31', armedConflict: false },
      TODAY,
    );
    // 31 July exists; six months after 31 January is 31 July.
    expect(e).toMatchObject({
      ok: true,
      effectiveOn: '2026-07-31',
      before: 3,
      after: 2,
      sentence: 'Count on 2026-07-31: 3 → 2.',
    });
  });

  it('leaves the count unchanged while an armed conflict holds the withdrawal back (Art. 20.3)', () => {
    const e = countEffect(
      STATES,
      { kind: 'withdrawal', iso3: 'BBB', receivedDate: '2026-01-15', armedConflict: true },
      TODAY,
    );
    expect(e).toMatchObject({ ok: true, effectiveOn: null, on: TODAY, before: 3, after: 3 });
    if (e.ok) expect(e.sentence).toMatch(/waits for the end of the armed conflict/);
  });

  it('counts the withdrawal from the later of six months and the end of the conflict', () => {
    const withdrawing = STATES.map((s) =>
      s.iso3 === 'CCC'
        ? {
            ...s,
            withdrawal: {
              receivedDate: '2025-06-10',
              armedConflict: true,
              conflictEndedOn: null,
              effectiveDate: null,
            },
          }
        : s,
    );
    const e = countEffect(withdrawing, { kind: 'conflict-end', iso3: 'CCC', endedOn: '2026-02-20' }, TODAY);
    expect(e).toMatchObject({ ok: true, effectiveOn: '2026-02-20', before: 3, after: 2 });
  });

  it('refuses with the shared rule’s message when the change is not allowed', () => {
    const e = countEffect(
      STATES,
      {
        kind: 'instrument',
        iso3: 'AAA',
        type: 'accession',
        depositDate: '2026-01-10',
        successionEffectiveDate: null,
      },
      TODAY,
    );
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.message).toMatch(/Alpha/);
    const future = countEffect(
      STATES,
      {
        kind: 'instrument',
        iso3: 'TON',
        type: 'accession',
        depositDate: '2026-05-01',
        successionEffectiveDate: null,
      },
      TODAY,
    );
    expect(future).toMatchObject({ ok: false, field: 'depositDate' });
    expect(
      countEffect(
        STATES,
        { kind: 'withdrawal', iso3: 'ZZZ', receivedDate: TODAY, armedConflict: false },
        TODAY,
      ),
    ).toMatchObject({ ok: false, field: 'iso3' });
  });
});

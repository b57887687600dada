import type { RecordEntry } from '@plenary/shared';
import { csvField, decisionArithmetic, filterRecord, recordToCsv, recordToJson } from './recordExport';

const entry = (over: Partial<RecordEntry>): RecordEntry => ({
  id: 1,
  meetingId: 'm',
  seq: 1,
  prevHash: null,
  hash: 'a'.repeat(64),
  kind: 'meeting.created',
  at: '2026-03-02T09:00:00.000Z',
  summary: 'Meeting convened',
  data: {},
  corrects: null,
  ...over,
});

describe('record export', () => {
  it('quotes a CSV field only when it holds a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Geneva, Switzerland')).toBe('"Geneva, Switzerland"');
    expect(csvField('the "draft" decision')).toBe('"the ""draft"" decision"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
  });

  it('writes the columns id, at, kind, summary, corrects, data-json with CRLF line ends', () => {
    const csv = recordToCsv([
      entry({
        id: 7,
        kind: 'decision.vote',
        summary: 'Adopted: 100 yes of 149, two-thirds requires 100 — "Adopt"',
        data: { result: { yes: 100 } },
      }),
      entry({
        id: 8,
        kind: 'correction',
        summary: 'Correction to entry 7',
        corrects: 7,
        data: { text: 'a, b' },
      }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,at,kind,summary,corrects,data-json');
    expect(lines[1]).toBe(
      '7,2026-03-02T09:00:00.000Z,decision.vote,"Adopted: 100 yes of 149, two-thirds requires 100 — ""Adopt""",,"{""result"":{""yes"":100}}"',
    );
    expect(lines[2]).toBe(
      '8,2026-03-02T09:00:00.000Z,correction,Correction to entry 7,7,"{""text"":""a, b""}"',
    );
    expect(lines[3]).toBe('');
  });

  it('round-trips the entries as JSON', () => {
    const entries = [entry({ data: { a: [1, 2] } })];
    expect(JSON.parse(recordToJson(entries))).toEqual(entries);
  });

  it('filters by kind (or kind family) and text', () => {
    const entries = [
      entry({ id: 1, kind: 'delegation.presence', summary: 'Angola checked in' }),
      entry({ id: 2, kind: 'delegation.credentials', summary: 'Credentials of Angola accepted' }),
      entry({ id: 3, kind: 'decision.vote', summary: 'Adopted' }),
    ];
    expect(filterRecord(entries, { kind: 'delegation', text: '' }).map((e) => e.id)).toEqual([1, 2]);
    expect(filterRecord(entries, { kind: '', text: 'angola' }).map((e) => e.id)).toEqual([1, 2]);
    expect(filterRecord(entries, { kind: 'delegation.presence', text: 'angola' }).map((e) => e.id)).toEqual([
      1,
    ]);
  });

  it('shows the arithmetic a decision keeps', () => {
    expect(
      decisionArithmetic(
        entry({
          kind: 'decision.vote',
          data: {
            method: 'recorded',
            result: {
              yes: 100,
              no: 49,
              abstain: 12,
              presentAndVoting: 149,
              required: 100,
              presentAtClose: 161,
              quorumRequired: 81,
            },
          },
        }),
      ),
    ).toBe(
      'Recorded: 100 yes, 49 no, 12 abstain; 149 present and voting, 100 yes required; quorum 81, 161 present at close.',
    );
    expect(decisionArithmetic(entry({ kind: 'decision.consensus' }))).toMatch(/without a vote/);
    expect(decisionArithmetic(entry({}))).toBeNull();
  });
});

import type { RecordEntry } from '../contracts/http/plenary.contract';
import { OfficialRecordSchema } from '../contracts/http/record.contract';
import { SUPPORTED_LANGUAGES } from './languages';
import { buildOfficialRecord, decisionEntryMessages, type OfficialRecordSource } from './official-record';

const HASH = 'a'.repeat(64);
let seq = 0;
function entry(kind: string, data: Record<string, unknown>, corrects: number | null = null): RecordEntry {
  seq += 1;
  return {
    id: 100 + seq,
    meetingId: 'm1',
    seq,
    kind,
    at: `2026-11-30T09:${String(seq).padStart(2, '0')}:00.000000Z`,
    summary: `English summary of ${kind}`,
    data,
    corrects,
    prevHash: seq === 1 ? null : HASH,
    hash: HASH,
  };
}

const recorded = (votes: Record<string, string>, result: Record<string, unknown>) =>
  entry('decision.vote', {
    voteId: 'v1',
    questionId: 'q1',
    matter: 'other-substance',
    rule: 'two-thirds-present-voting',
    method: 'recorded',
    openedAt: '2026-11-30T09:00:00.000Z',
    closedAt: '2026-11-30T09:05:00.000Z',
    eligible: 5,
    result,
    votes,
  });

function source(entries: RecordEntry[]): OfficialRecordSource {
  return {
    meeting: {
      id: 'm1',
      code: '23MSP',
      kind: 'msp',
      title: 'Twenty-Third Meeting of the States Parties',
      venue: 'Geneva',
      startDate: '2026-11-30',
      endDate: '2026-12-04',
      timeZone: 'Europe/Zurich',
    },
    agenda: [{ id: 'a1', position: 3, title: 'Adoption of the 2026-2027 work plan' }],
    questions: [{ id: 'q1', text: 'Draft decision on the re-count', agendaItemId: 'a1' }],
    entries,
    head: { seq: entries.length, hash: entries.length ? HASH : null, at: null },
  };
}

describe('official record', () => {
  beforeEach(() => {
    seq = 0;
  });

  it('prints a recorded vote in UN form, lists in English alphabetical order, in every language', () => {
    const opened = entry('vote.opened', { voteId: 'v1', eligible: ['FRA', 'AUT', 'BEL', 'ARG', 'NZL'] });
    const decided = recorded(
      { FRA: 'yes', AUT: 'yes', BEL: 'no', ARG: 'abstain' },
      {
        outcome: 'rejected',
        yes: 2,
        no: 1,
        abstain: 1,
        presentAndVoting: 3,
        required: 2,
        quorumRequired: 3,
        presentAtClose: 5,
      },
    );
    for (const lang of SUPPORTED_LANGUAGES) {
      const r = OfficialRecordSchema.parse(buildOfficialRecord(source([opened, decided]), lang));
      const [d] = r.decisions;
      expect(d.votes).toEqual({
        inFavour: ['AUT', 'FRA'],
        against: ['BEL'],
        abstaining: ['ARG'],
        notVoting: ['NZL'],
      });
      expect(d.rendered.paragraphs).toHaveLength(5);
      expect(d.text).toBe('Draft decision on the re-count');
      expect(d.rendered.agendaItem).toContain('Adoption of the 2026-2027 work plan');
      expect(d.article).toBeNull();
      expect(r.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    }
    const en = buildOfficialRecord(source([opened, decided]), 'en').decisions[0].rendered;
    expect(en.paragraphs).toEqual([
      'A recorded vote was taken.',
      'In favour: Austria, France.',
      'Against: Belgium.',
      'Abstaining: Argentina.',
      'The draft decision was rejected by 2 votes to 1, with 1 abstention, having failed to obtain the required two-thirds majority.',
    ]);
    expect(en.arithmetic).toBe('Two-thirds of 3 present and voting requires 2.');
    const ar = buildOfficialRecord(source([opened, decided]), 'ar').decisions[0].rendered;
    expect(ar.paragraphs[1]).toContain('النمسا، فرنسا');
  });

  it('keeps no per-State choice for a secret ballot', () => {
    const decided = entry('decision.vote', {
      voteId: 'v2',
      matter: 'election',
      rule: 'majority-present-voting',
      method: 'secret',
      votes: null,
      voted: ['FRA', 'AUT'],
      result: {
        outcome: 'adopted',
        yes: 2,
        no: 0,
        abstain: 0,
        presentAndVoting: 2,
        required: 2,
        quorumRequired: 1,
        presentAtClose: 2,
      },
    });
    const r = buildOfficialRecord(source([decided]), 'en');
    expect(r.decisions[0].votes).toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/FRA|AUT/);
    expect(r.decisions[0].rendered.paragraphs[0]).toBe('A secret ballot was taken.');
  });

  it('sets corrections and intended-vote notes beside the decision they reference', () => {
    const decided = recorded(
      { FRA: 'yes', AUT: 'no' },
      {
        outcome: 'rejected',
        yes: 1,
        no: 1,
        abstain: 0,
        presentAndVoting: 2,
        required: 2,
        quorumRequired: 1,
        presentAtClose: 2,
      },
    );
    const note = entry('note.intended-vote', { stateIso3: 'AUT', cast: 'no', intended: 'yes' }, decided.id);
    const fix = entry('correction', { text: '2026-12-01', by: 'secretariat' }, decided.id);
    const other = entry('correction', { text: 'Typo', by: 'secretariat' }, 1);
    const r = buildOfficialRecord(source([decided, note, fix, other]), 'en');
    expect(r.decisions[0].intendedVotes.map((n) => n.rendered)).toEqual([
      'After the vote, the delegation of Austria informed the secretariat that it had intended to vote in favour; its vote was recorded as against. The result is unchanged.',
    ]);
    // Free text is printed as written, never read as a date or a code.
    expect(r.decisions[0].corrections.map((c) => c.rendered)).toEqual([
      `Correction (record entry ${decided.id}): 2026-12-01`,
    ]);
    // A correction of an entry that is not a decision is kept apart.
    expect(r.otherCorrections.map((c) => c.rendered)).toEqual(['Correction (record entry 1): Typo']);
    expect(r.decisions[0].result?.outcome).toBe('rejected');
  });

  it('renders an entry written before messages were stored, and prefers the stored ones', () => {
    const data = {
      matter: 'procedural',
      rule: 'majority-present-voting',
      method: 'show-of-hands',
      result: {
        outcome: 'adopted',
        yes: 10,
        no: 0,
        abstain: 3,
        presentAndVoting: 10,
        required: 6,
        quorumRequired: 5,
        presentAtClose: 13,
      },
    };
    const stored = decisionEntryMessages('decision.vote', data);
    expect(stored?.paragraphs.map((m) => m.key)).toEqual([
      'officialRecord.showOfHandsTaken',
      'record.adopted',
    ]);
    const old = buildOfficialRecord(source([entry('decision.vote', data)]), 'fr').decisions[0];
    seq = 0;
    const kept = buildOfficialRecord(
      source([entry('decision.vote', { ...data, messages: stored?.paragraphs })]),
      'fr',
    ).decisions[0];
    expect(kept.rendered.paragraphs).toEqual(old.rendered.paragraphs);
    expect(old.rendered.paragraphs[1]).toMatch(/^La motion/);
  });

  it('answers an empty record for a meeting with no decision', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const r = buildOfficialRecord(source([]), lang);
      expect(r.decisions).toEqual([]);
      expect(r.labels.empty.length).toBeGreaterThan(0);
    }
    expect(buildOfficialRecord(source([]), 'en').labels.chainHead).toBe('The record has no entries yet.');
  });
});

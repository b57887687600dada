import type { RecordEntry } from '../contracts/http/plenary.contract';
import { OfficialRecordSchema } from '../contracts/http/record.contract';
import { SUPPORTED_LANGUAGES } from './languages';
import { buildOfficialRecord, decisionEntryMessages, type OfficialRecordSource } from './official-record';
import { stateName } from './state-names';

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

describe('elections in the official record', () => {
  beforeEach(() => {
    seq = 0;
  });

  // Two places, three candidates: one elected on the first ballot, a tie for the second place
  // decided by lot after the second ballot, then complete.
  const candidates = [
    { id: 'c1', state: 'FRA', person: 'Ms. A. Martin', regionalGroup: 'WEOG' },
    { id: 'c2', state: 'CHL', person: null, regionalGroup: 'GRULAC' },
    { id: 'c3', state: 'CHN', person: null, regionalGroup: 'Asia-Pacific' },
  ];
  const electionEntries = () => [
    entry('election.created', {
      electionId: 'e1',
      places: 2,
      candidates,
      office: null,
      electionDate: '2026-11-30',
    }),
    entry('election.round.counted', {
      electionId: 'e1',
      count: {
        round: 1,
        cast: 150,
        invalid: 2,
        valid: 148,
        blank: 4,
        presentAndVoting: 144,
        requiredMajority: 73,
        votes: {},
        results: [
          { candidateId: 'c1', votes: 100, majority: true },
          { candidateId: 'c2', votes: 60, majority: false },
          { candidateId: 'c3', votes: 60, majority: false },
        ],
        elected: [{ candidateId: 'c1', round: 1, by: 'majority', votes: 100 }],
        lot: null,
      },
    }),
    entry('election.lot', {
      electionId: 'e1',
      lot: { purpose: 'tie-for-place', afterRound: 2, tied: ['c2', 'c3'], slots: 1 },
      seed: 'x',
      order: ['c3', 'c2'],
      drawn: ['c3'],
    }),
    entry('election.complete', {
      electionId: 'e1',
      elected: [
        { candidateId: 'c1', round: 1, by: 'majority', votes: 100 },
        { candidateId: 'c3', round: 2, by: 'lot', votes: 60 },
      ],
      unfilled: 0,
      termsRefusal: null,
    }),
  ];
  const build = (lang: (typeof SUPPORTED_LANGUAGES)[number]) =>
    OfficialRecordSchema.parse(
      buildOfficialRecord(
        { ...source(electionEntries()), elections: [{ id: 'e1', title: 'Election of two Vice-Presidents' }] },
        lang,
      ),
    );

  it('prints each ballot’s figures, the votes obtained and who was elected, in English', () => {
    const [e] = build('en').elections;
    expect(e.title).toBe('Election of two Vice-Presidents');
    expect(e.ballots).toEqual([
      expect.objectContaining({
        round: 1,
        cast: 150,
        invalid: 2,
        valid: 148,
        blank: 4,
        requiredMajority: 73,
        elected: ['c1'],
      }),
    ]);
    expect(e.elected.map((x) => [x.candidateId, x.by])).toEqual([
      ['c1', 'majority'],
      ['c3', 'lot'],
    ]);
    expect(e.rendered.paragraphs).toEqual([
      '2 places to fill. Candidates: Ms. A. Martin (France), Chile, China.',
      'Ballot 1',
      'Number of ballot papers: 150. Invalid ballots: 2. Valid ballots: 148. Abstentions: 4. Number of States Parties voting: 144. Required majority: 73.',
      'Ms. A. Martin (France): 100 votes',
      'Chile: 60 votes',
      'China: 60 votes',
      'Having obtained the required majority, Ms. A. Martin (France) was elected.',
      'Lots were drawn among Chile, China: China drawn.',
      'China was elected by drawing lots.',
    ]);
  });

  it('renders the same facts in all six languages, with each language’s State names', () => {
    const texts = Object.fromEntries(SUPPORTED_LANGUAGES.map((l) => [l, build(l).elections[0].rendered]));
    for (const lang of SUPPORTED_LANGUAGES) {
      expect(texts[lang].paragraphs).toHaveLength(9);
      expect(texts[lang].heading).toBe('Election of two Vice-Presidents');
      expect(texts[lang].paragraphs.join(' ')).not.toMatch(/[{}]|undefined/);
      // A person's name is kept as written in every language.
      expect(texts[lang].paragraphs[0]).toContain('Ms. A. Martin');
      if (lang !== 'en') expect(texts[lang].paragraphs).not.toEqual(texts.en.paragraphs);
    }
    expect(texts.fr.paragraphs[2]).toBe(
      'Nombre de bulletins déposés : 150. Bulletins nuls : 2. Bulletins valables : 148. Abstentions : 4. Nombre d’États parties votants : 144. Majorité requise : 73.',
    );
    expect(texts.fr.paragraphs[4]).toBe('Chili : 60 voix');
    expect(texts.zh.paragraphs[5]).toBe('中国：60票');
    expect(texts.ru.paragraphs[3]).toBe('Ms. A. Martin (Франция): 100 голосов');
    expect(texts.ar.paragraphs[4]).toBe('شيلي: 60 صوتا');
    expect(build('es').labels.elections).toBe('Elecciones');
  });

  it('says how many places remain unfilled, and an empty meeting has no elections', () => {
    const entries = electionEntries();
    entries[3] = entry('election.complete', {
      electionId: 'e1',
      elected: [{ candidateId: 'c1', round: 1, by: 'majority', votes: 100 }],
      unfilled: 1,
    });
    const [e] = buildOfficialRecord(source(entries.filter((x) => x.kind !== 'election.lot')), 'en').elections;
    expect(e.unfilled).toBe(1);
    expect(e.rendered.paragraphs.at(-1)).toBe('1 place remains unfilled.');
    // Without its title the record falls back to the entry's summary, never fails.
    expect(e.title).toBe('English summary of election.created');
    expect(buildOfficialRecord(source([]), 'en').elections).toEqual([]);
  });
});

describe('rulings of the President in the official record', () => {
  beforeEach(() => {
    seq = 0;
  });

  const ruling = (status: string, extra: Record<string, unknown> = {}) => ({
    id: 'r1',
    subject: 'point-of-order',
    raisedBy: 'd-mex',
    status,
    ruling: 'The speaker may continue.',
    appeal: null,
    outcome: null,
    ...extra,
  });

  it('prints a final ruling once, with who raised it and whether it stood, in six languages', () => {
    const entries = [
      entry('floor.changed', { rulings: [ruling('raised')] }),
      entry('floor.changed', { rulings: [ruling('ruled')] }),
      entry('floor.changed', {
        rulings: [ruling('final', { appeal: { by: 'd-mex', at: 1 }, outcome: 'overruled' })],
      }),
      entry('floor.changed', {
        rulings: [ruling('final', { id: 'r2', subject: 'procedure-or-substance', outcome: 'stands' })],
      }),
    ];
    const build = (lang: (typeof SUPPORTED_LANGUAGES)[number]) =>
      OfficialRecordSchema.parse(
        buildOfficialRecord({ ...source(entries), delegations: [{ id: 'd-mex', iso3: 'MEX' }] }, lang),
      ).rulings;
    const en = build('en');
    expect(en.map((r) => [r.id, r.raisedBy, r.appealed, r.outcome])).toEqual([
      ['r1', 'MEX', true, 'overruled'],
      ['r2', 'MEX', false, 'stands'],
    ]);
    expect(en[0].rendered).toBe(
      'A point of order was raised by Mexico. The President ruled: “The speaker may continue.”. The ruling was overruled on appeal.',
    );
    expect(en[1].rendered).toMatch(
      /^The question whether the matter was one of procedure or of substance was raised by Mexico\./,
    );
    for (const lang of SUPPORTED_LANGUAGES) {
      const r = build(lang);
      expect(r[0].rendered).toContain('The speaker may continue.');
      expect(r[0].rendered).toContain(stateName('MEX', lang));
      if (lang !== 'en') expect(r[0].rendered).not.toBe(en[0].rendered);
    }
    expect(build('fr')[0].rendered).toContain('La décision a été rejetée en appel.');
    expect(buildOfficialRecord(source([]), 'en').rulings).toEqual([]);
  });
});

describe('a committee’s conclusions and recommendations in the official record', () => {
  it('lists them in the order recorded, verbatim, labelled in each language; other entries are not among them', () => {
    const entries = [
      entry('meeting.open', { from: 'scheduled', to: 'open' }),
      entry('committee.conclusion', { position: 1, kind: 'conclusion', text: 'Progress was reported.' }),
      entry('committee.conclusion', { position: 2, kind: 'recommendation', text: 'Name focal points.' }),
      entry('committee.conclusion', { position: 3, kind: 'decision', text: 'Not a conclusion kind' }),
    ];
    const labels = { en: ['Conclusion', 'Recommendation'], ru: ['Вывод', 'Рекомендация'] } as const;
    for (const lang of ['en', 'ru'] as const) {
      const record = OfficialRecordSchema.parse(buildOfficialRecord(source(entries), lang));
      expect(record.conclusions.map((c) => [c.position, c.kind, c.text, c.label])).toEqual([
        [1, 'conclusion', 'Progress was reported.', labels[lang][0]],
        [2, 'recommendation', 'Name focal points.', labels[lang][1]],
      ]);
      expect(record.decisions).toEqual([]);
    }
    expect(buildOfficialRecord(source([]), 'fr').labels.conclusions).toBe('Conclusions et recommandations');
  });
});

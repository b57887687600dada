// The worked cases in shared/vectors/rules.json and the seed register are files, so this spec alone
// reads from disk; the rules it checks stay free of I/O.
// eslint-disable-next-line no-restricted-imports -- test fixture loading, not rule code
import { readFileSync } from 'fs';
// eslint-disable-next-line no-restricted-imports -- test fixture loading, not rule code
import { join } from 'path';
import type { CountRule, VotingRule } from './decisions/decisions';
import { decide, minimumCount } from './decisions/decisions.rules';
import { quorumFor } from './decisions/quorum.rules';
import type { InstrumentType, StateRecord } from './membership/membership';
import { countStatesPartiesOn, entryIntoForce, withdrawalEffectiveDate } from './membership/membership.rules';

type Vectors = {
  decisions: Array<{
    rule: VotingRule;
    yes: number;
    no: number;
    abstain: number;
    outcome: 'adopted' | 'rejected';
  }>;
  countThresholds: Array<{ rule: CountRule; parties: number; minimum: number }>;
  entryIntoForce: Array<{ deposit: string; entryIntoForce: string }>;
  withdrawal: Array<{ received: string; effective: string }>;
  membership: Array<{ date: string; count: number; quorumSpecialMeeting: number; oneThirdToConvene: number }>;
};

const repoRoot = join(__dirname, '..', '..', '..');
const vectors = JSON.parse(
  readFileSync(join(repoRoot, 'shared', 'vectors', 'rules.json'), 'utf8'),
) as Vectors;

/** One CSV line into fields; handles quoted fields with commas and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}

type Row = Record<string, string>;

function readRegister(): Row[] {
  const text = readFileSync(join(repoRoot, 'server', 'seed', 'states-parties.csv'), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = splitCsvLine(header);
  return lines.map((line) => {
    const values = splitCsvLine(line);
    return Object.fromEntries(columns.map((c, i) => [c, values[i] ?? '']));
  });
}

function toStateRecord(row: Row): StateRecord {
  const type = row.instrument as InstrumentType;
  return {
    iso3: row.iso3,
    name: row.name,
    regionalGroup: row.un_regional_group || null,
    instruments: [
      type === 'succession'
        ? { type, depositDate: row.deposit_date, successionEffectiveDate: row.entry_into_force }
        : { type, depositDate: row.deposit_date },
    ],
    withdrawal: row.withdrawal_deposit_date
      ? { receivedDate: row.withdrawal_deposit_date, armedConflict: false }
      : null,
  };
}

const rows = readRegister();
const register = rows.map(toStateRecord);

describe('worked cases in shared/vectors/rules.json', () => {
  it.each(vectors.decisions)('$rule with $yes yes, $no no, $abstain abstaining is $outcome', (c) => {
    expect(decide(c.rule, { yes: c.yes, no: c.no, abstain: c.abstain }).outcome).toBe(c.outcome);
  });

  it.each(vectors.countThresholds)('$rule of $parties States Parties needs $minimum', (c) => {
    expect(minimumCount(c.rule, c.parties).minimum).toBe(c.minimum);
  });

  it.each(vectors.entryIntoForce)(
    'an instrument deposited on $deposit enters into force on $entryIntoForce',
    (c) => {
      expect(entryIntoForce({ type: 'ratification', depositDate: c.deposit })).toBe(c.entryIntoForce);
    },
  );

  it.each(vectors.withdrawal)('a withdrawal received on $received takes effect on $effective', (c) => {
    expect(withdrawalEffectiveDate({ receivedDate: c.received, armedConflict: false })).toBe(c.effective);
  });

  it.each(vectors.membership)(
    'on $date the register has $count States Parties, Special Meeting quorum $quorumSpecialMeeting, one-third $oneThirdToConvene',
    (c) => {
      const count = countStatesPartiesOn(register, c.date);
      expect(count).toBe(c.count);
      expect(quorumFor('special', 'decision', count).required).toBe(c.quorumSpecialMeeting);
      expect(minimumCount('one-third-of-parties', count).minimum).toBe(c.oneThirdToConvene);
    },
  );
});

describe('the seed register (server/seed/states-parties.csv)', () => {
  it('lists every State once with a known instrument', () => {
    expect(rows.length).toBeGreaterThan(160);
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(rows.length);
    for (const r of rows) {
      expect(['ratification', 'acceptance', 'approval', 'accession', 'succession']).toContain(r.instrument);
    }
  });

  it.each(rows.map((r) => [r.name, r] as const))(
    'computes the entry into force of %s as recorded',
    (_name, row) => {
      expect(entryIntoForce(toStateRecord(row).instruments[0])).toBe(row.entry_into_force);
    },
  );

  it.each(rows.filter((r) => r.withdrawal_deposit_date).map((r) => [r.name, r] as const))(
    'computes the withdrawal of %s as recorded',
    (_name, row) => {
      const withdrawal = toStateRecord(row).withdrawal!;
      expect(withdrawalEffectiveDate(withdrawal)).toBe(row.withdrawal_effective_date);
    },
  );

  it('counts 162 States Parties on 3 Feb 2026 and 161 from 20 Feb 2026', () => {
    expect(countStatesPartiesOn(register, '2026-02-03')).toBe(162);
    expect(countStatesPartiesOn(register, '2026-02-19')).toBe(162);
    expect(countStatesPartiesOn(register, '2026-02-20')).toBe(161);
  });
});

describe('the CSV line splitter used above', () => {
  it.each([
    ['a,b,,d', ['a', 'b', '', 'd']],
    ['"Bolivia, Plurinational State of",BOL', ['Bolivia, Plurinational State of', 'BOL']],
    ['"say ""yes""",x', ['say "yes"', 'x']],
  ])('splits %s', (line, expected) => {
    expect(splitCsvLine(line)).toEqual(expected);
  });
});

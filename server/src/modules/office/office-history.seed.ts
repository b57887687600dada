import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { SEED_DIR } from '../register/register.seed';

/** A past meeting's President as the shipped history names them, with the State found in the register. */
export interface PastPresident {
  meeting: string;
  state: string;
  person: string | null;
  from: string;
  /** The next meeting's first day; null for the last meeting in the history (succeeded when the next President takes office). */
  until: string | null;
}

interface HistoryRow {
  number: string;
  start: string;
  president: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Presidents of past meetings from `meetings-history.csv` (issue 12 item 4), where it names
 * them: the President's State is the register's State whose name (without a parenthetical like
 * "(Kingdom of the)") appears in the entry, the longest name winning ("South Sudan" over
 * "Sudan"); the person is the text before the first parenthesis, unless the entry names only the
 * State ("Australia held the presidency"). A President holds office from the meeting's first day
 * until the next meeting's first day. Entries without a President, or naming no State of the
 * register, are left out.
 */
export function pastPresidents(
  rows: readonly HistoryRow[],
  states: readonly { iso3: string; name: string }[],
): PastPresident[] {
  const sorted = [...rows].sort((a, b) => a.start.localeCompare(b.start));
  const names = states
    .map((s) => ({ iso3: s.iso3, name: s.name.replace(/\s*\(.*\)\s*$/, '') }))
    .sort((a, b) => b.name.length - a.name.length);
  const out: PastPresident[] = [];
  sorted.forEach((r, i) => {
    // The holder is named first; what follows a ';' or the first closing parenthesis is commentary.
    const text = r.president.split(';')[0].replace(/\).*$/, ')').trim();
    if (!text) return;
    const found = names.find((s) =>
      new RegExp(`(^|[^\\p{L}])${escape(s.name)}($|[^\\p{L}])`, 'u').test(text),
    );
    if (!found) return;
    const before = text.split(' (')[0].trim();
    const person = before.includes(found.name) ? null : before;
    out.push({
      meeting: r.number,
      state: found.iso3,
      person,
      from: r.start,
      until: sorted[i + 1]?.start ?? null,
    });
  });
  return out;
}

export function readMeetingsHistory(file = join(SEED_DIR, 'meetings-history.csv')): HistoryRow[] {
  return parse<HistoryRow>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

/**
 * Enters the past Presidents in the register of officeholders. Idempotent: a President whose term
 * overlaps one already in the register (seeded before, or entered by hand) is left alone.
 */
export async function seedPastPresidents(
  ds: DataSource,
  rows = readMeetingsHistory(),
): Promise<{ inserted: number; skipped: number }> {
  let inserted = 0;
  let total = 0;
  await ds.transaction(async (em) => {
    await em.query('LOCK TABLE office_terms IN SHARE ROW EXCLUSIVE MODE');
    const states = await em.query<{ iso3: string; name: string }[]>(
      'SELECT TRIM(iso3) AS iso3, name FROM states',
    );
    const presidents = pastPresidents(rows, states);
    total = presidents.length;
    for (const p of presidents) {
      const created = await em.query<unknown[]>(
        `INSERT INTO office_terms (office_kind, holder_state, holder_person, from_date, until_date)
         SELECT 'president', $1, $2, $3::date, $4::date
          WHERE NOT EXISTS (
            SELECT 1 FROM office_terms t WHERE t.office_kind = 'president'
               AND daterange(t.from_date, t.until_date) && daterange($3::date, $4::date))
         RETURNING id`,
        [p.state, p.person, p.from, p.until],
      );
      inserted += created.length;
    }
  });
  return { inserted, skipped: total - inserted };
}

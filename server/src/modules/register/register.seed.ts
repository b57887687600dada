import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type InstrumentType, entryIntoForce, withdrawalEffectiveDate } from '@plenary/shared';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';

export const SEED_DIR = join(__dirname, '..', '..', '..', 'seed');

interface Row {
  name: string;
  iso3: string;
  signature_date: string;
  deposit_date: string;
  instrument: InstrumentType;
  entry_into_force: string;
  withdrawal_deposit_date: string;
  withdrawal_effective_date: string;
  un_regional_group: string;
}

export function readRegisterCsv(file = join(SEED_DIR, 'states-parties.csv')): Row[] {
  return parse<Row>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

/** Loads the UN Treaty Collection register. Idempotent: States already present are left alone. */
export async function seedRegister(
  ds: DataSource,
  rows = readRegisterCsv(),
): Promise<{ inserted: number; skipped: number }> {
  let inserted = 0;
  await ds.transaction(async (em) => {
    for (const r of rows) {
      const created = await em.query<unknown[]>(
        `INSERT INTO states (iso3, name, regional_group, signature_date) VALUES ($1, $2, $3, $4)
         ON CONFLICT (iso3) DO NOTHING RETURNING iso3`,
        [r.iso3, r.name, r.un_regional_group || null, r.signature_date || null],
      );
      if (created.length === 0) continue;
      inserted += 1;
      const instrument = {
        type: r.instrument,
        depositDate: r.deposit_date,
        successionEffectiveDate: r.instrument === 'succession' ? r.entry_into_force : undefined,
      };
      await em.query(
        `INSERT INTO instruments (state_iso3, type, deposit_date, succession_effective_date, entry_into_force)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          r.iso3,
          r.instrument,
          r.deposit_date,
          instrument.successionEffectiveDate ?? null,
          entryIntoForce(instrument),
        ],
      );
      if (r.withdrawal_deposit_date) {
        const w = { receivedDate: r.withdrawal_deposit_date, armedConflict: false, conflictEndedOn: null };
        await em.query(
          `INSERT INTO withdrawals (state_iso3, received_date, armed_conflict, effective_date) VALUES ($1, $2, false, $3)`,
          [r.iso3, r.withdrawal_deposit_date, withdrawalEffectiveDate(w)],
        );
      }
    }
  });
  return { inserted, skipped: rows.length - inserted };
}

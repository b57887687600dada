import { addDays, addMonthsClamped } from '../dates/dates.rules';
import type { IsoDate } from '../dates/dates';
import type { StateRecord } from '../membership/membership';

/** A State Party from `since` (a succession takes effect on its date), optionally withdrawn on `until`. */
export function party(
  iso3: string,
  since: IsoDate = '2000-01-01',
  until: IsoDate | null = null,
): StateRecord {
  return {
    iso3,
    name: `State ${iso3}`,
    regionalGroup: null,
    instruments: [{ type: 'succession', depositDate: since, successionEffectiveDate: since }],
    // Art. 20.2: effective six months after receipt, so receipt is six months before (day <= 28 keeps it exact).
    withdrawal: until
      ? { receivedDate: addMonthsClamped(until, -6), armedConflict: false, conflictEndedOn: null }
      : null,
  };
}

/** `n` States Parties named S001, S002, … */
export function parties(n: number, since?: IsoDate): StateRecord[] {
  return Array.from({ length: n }, (_, i) => party(`S${String(i + 1).padStart(3, '0')}`, since));
}

/** Indications by the first `n` of `states`, all on `date` (or on successive days from it). */
export function acts(states: readonly StateRecord[], n: number, date: IsoDate, step = 0) {
  return states.slice(0, n).map((s, i) => ({ iso3: s.iso3, date: addDays(date, i * step) }));
}

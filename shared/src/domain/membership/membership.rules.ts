import { addMonthsClamped, compareIsoDates, firstDayOfMonthAfter, maxIsoDate } from '../dates/dates.rules';
import type { IsoDate } from '../dates/dates';
import {
  CONVENTION_ENTRY_INTO_FORCE,
  ENTRY_INTO_FORCE_DELAY_MONTHS,
  FORTIETH_INSTRUMENT_DATE,
  Instrument,
  PartyStatus,
  RegionalGroupCount,
  StateRecord,
  Withdrawal,
  WithdrawalPending,
  WITHDRAWAL_DELAY_MONTHS,
} from './membership';

/**
 * Art. 17. The first 40 instruments took effect with the Convention itself; a later one on the
 * first day of the sixth month after the month of deposit. A succession binds the successor from
 * independence, but the Convention cannot bind anyone before it was itself in force.
 */
export function entryIntoForce(instrument: Instrument): IsoDate {
  if (instrument.type === 'succession' && instrument.successionEffectiveDate) {
    return maxIsoDate(instrument.successionEffectiveDate, CONVENTION_ENTRY_INTO_FORCE);
  }
  if (compareIsoDates(instrument.depositDate, FORTIETH_INSTRUMENT_DATE) <= 0)
    return CONVENTION_ENTRY_INTO_FORCE;
  return maxIsoDate(
    firstDayOfMonthAfter(instrument.depositDate, ENTRY_INTO_FORCE_DELAY_MONTHS),
    CONVENTION_ENTRY_INTO_FORCE,
  );
}

/** Art. 20.2: six months after receipt, same day of the month, clamped to the month's last day. */
export function withdrawalSixMonthDate(receivedDate: IsoDate): IsoDate {
  return addMonthsClamped(receivedDate, WITHDRAWAL_DELAY_MONTHS);
}

/**
 * Art. 20.3: a State engaged in an armed conflict at the end of the six months stays bound until
 * the conflict ends, so the date is unknown (null) until the secretariat records that end.
 */
export function withdrawalEffectiveDate(w: Withdrawal): IsoDate | null {
  const sixMonths = withdrawalSixMonthDate(w.receivedDate);
  if (!w.armedConflict) return sixMonths;
  if (!w.conflictEndedOn) return null;
  return maxIsoDate(sixMonths, w.conflictEndedOn);
}

function byDeposit(state: StateRecord): Instrument[] {
  return [...state.instruments].sort((a, b) => compareIsoDates(a.depositDate, b.depositDate));
}

function participation(
  instrument: Instrument,
  date: IsoDate,
  pending: WithdrawalPending | null,
): PartyStatus {
  const inForce = entryIntoForce(instrument);
  return compareIsoDates(inForce, date) <= 0
    ? { status: 'party', since: inForce, withdrawalPending: pending }
    : { status: 'pending', entersIntoForceOn: inForce };
}

/**
 * Status of a State on `date`. An instrument deposited on or after a withdrawal took effect starts
 * a new participation, so a State that withdrew and later acceded again is read correctly.
 */
export function partyStatusOn(state: StateRecord, date: IsoDate): PartyStatus {
  const deposited = byDeposit(state).filter((i) => compareIsoDates(i.depositDate, date) <= 0);
  if (deposited.length === 0) return { status: 'non-party' };
  const w = state.withdrawal ?? null;
  if (!w || compareIsoDates(w.receivedDate, date) > 0) return participation(deposited[0], date, null);

  const effective = withdrawalEffectiveDate(w);
  if (effective !== null && compareIsoDates(effective, date) <= 0) {
    const rejoined = deposited.find((i) => compareIsoDates(i.depositDate, effective) >= 0);
    return rejoined ? participation(rejoined, date, null) : { status: 'withdrawn', effective };
  }
  return participation(deposited[0], date, {
    receivedDate: w.receivedDate,
    effectiveOn: effective,
    armedConflict: w.armedConflict,
  });
}

export function isStateParty(state: StateRecord, date: IsoDate): boolean {
  return partyStatusOn(state, date).status === 'party';
}

export function statesPartiesOn<S extends StateRecord>(states: readonly S[], date: IsoDate): S[] {
  return states.filter((s) => isStateParty(s, date));
}

/** N for every count over "all States Parties" (quorum, convening thresholds) on that day. */
export function countStatesPartiesOn(states: readonly StateRecord[], date: IsoDate): number {
  return statesPartiesOn(states, date).length;
}

/** States Parties on `date` per UN regional group, by group name; States in no group come last. */
export function countByRegionalGroup(states: readonly StateRecord[], date: IsoDate): RegionalGroupCount[] {
  const counts = new Map<string | null, number>();
  for (const s of statesPartiesOn(states, date)) {
    counts.set(s.regionalGroup, (counts.get(s.regionalGroup) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([regionalGroup, count]) => ({ regionalGroup, count }))
    .sort((a, b) => {
      if (a.regionalGroup === null) return b.regionalGroup === null ? 0 : 1;
      if (b.regionalGroup === null) return -1;
      return a.regionalGroup < b.regionalGroup ? -1 : a.regionalGroup > b.regionalGroup ? 1 : 0;
    });
}

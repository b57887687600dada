import {
  countStatesPartiesOn,
  entryIntoForce,
  partyStatusOn,
  validateConflictEnd,
  validateInstrument,
  validateWithdrawal,
  withdrawalEffectiveDate,
  type InstrumentType,
  type PartyStatus,
  type StateRecord,
  type StateView,
} from '@plenary/shared';

export type RegisterChange =
  | {
      kind: 'instrument';
      iso3: string;
      type: InstrumentType;
      depositDate: string;
      successionEffectiveDate: string | null;
    }
  | { kind: 'withdrawal'; iso3: string; receivedDate: string; armedConflict: boolean }
  | { kind: 'conflict-end'; iso3: string; endedOn: string };

export type CountEffect =
  | {
      ok: true;
      /** The day the change takes effect; null when it waits for an event not yet recorded. */
      effectiveOn: string | null;
      /** The count on `effectiveOn` (or on `today` when it is null), without and with the change. */
      on: string;
      before: number;
      after: number;
      statusBefore: PartyStatus;
      statusAfter: PartyStatus;
      sentence: string;
    }
  | { ok: false; field: string | undefined; message: string };

/** The register's view of a State as the shared rules take it. */
export function toRecord(s: StateView): StateRecord {
  return {
    iso3: s.iso3,
    name: s.name,
    regionalGroup: s.regionalGroup,
    instruments: s.instruments.map((i) => ({
      type: i.type,
      depositDate: i.depositDate,
      successionEffectiveDate: i.successionEffectiveDate,
    })),
    withdrawal: s.withdrawal
      ? {
          receivedDate: s.withdrawal.receivedDate,
          armedConflict: s.withdrawal.armedConflict,
          conflictEndedOn: s.withdrawal.conflictEndedOn,
        }
      : null,
  };
}

function applyChange(
  state: StateRecord,
  change: RegisterChange,
  today: string,
):
  | { ok: true; next: StateRecord; effectiveOn: string | null }
  | { ok: false; field: string | undefined; message: string } {
  switch (change.kind) {
    case 'instrument': {
      const instrument = {
        type: change.type,
        depositDate: change.depositDate,
        successionEffectiveDate: change.type === 'succession' ? change.successionEffectiveDate : null,
      };
      const v = validateInstrument(state, instrument, { today });
      if (!v.ok) return { ok: false, field: v.error.field, message: v.error.message };
      return {
        ok: true,
        next: { ...state, instruments: [...state.instruments, instrument] },
        effectiveOn: entryIntoForce(instrument),
      };
    }
    case 'withdrawal': {
      const w = {
        receivedDate: change.receivedDate,
        armedConflict: change.armedConflict,
        conflictEndedOn: null,
      };
      const v = validateWithdrawal(state, w, { today });
      if (!v.ok) return { ok: false, field: v.error.field, message: v.error.message };
      return { ok: true, next: { ...state, withdrawal: w }, effectiveOn: withdrawalEffectiveDate(w) };
    }
    case 'conflict-end': {
      const v = validateConflictEnd(state, change.endedOn, { today });
      if (!v.ok || !state.withdrawal) {
        return {
          ok: false,
          field: v.ok ? 'endedOn' : v.error.field,
          message: v.ok ? `${state.name} has no withdrawal.` : v.error.message,
        };
      }
      const w = { ...state.withdrawal, conflictEndedOn: change.endedOn };
      return { ok: true, next: { ...state, withdrawal: w }, effectiveOn: withdrawalEffectiveDate(w) };
    }
  }
}

/**
 * What a change to the register does to the count of States Parties, worked out with the shared
 * rules before anything is saved: "Count on 1 September 2026: 161 → 162".
 */
export function countEffect(
  states: readonly StateView[],
  change: RegisterChange,
  today: string,
): CountEffect {
  const target = states.find((s) => s.iso3 === change.iso3);
  if (!target) return { ok: false, field: 'iso3', message: 'Choose a State from the register.' };
  const records = states.map(toRecord);
  const index = states.indexOf(target);
  const applied = applyChange(records[index], change, today);
  if (!applied.ok) return applied;
  const after = records.slice();
  after[index] = applied.next;
  const on = applied.effectiveOn ?? today;
  const before = countStatesPartiesOn(records, on);
  const afterCount = countStatesPartiesOn(after, on);
  const statusBefore = partyStatusOn(records[index], on);
  const statusAfter = partyStatusOn(applied.next, on);
  const sentence =
    applied.effectiveOn === null
      ? `No change to the count: the withdrawal waits for the end of the armed conflict (Art. 20.3). Count on ${on}: ${before} → ${afterCount}.`
      : `Count on ${on}: ${before} → ${afterCount}.`;
  return {
    ok: true,
    effectiveOn: applied.effectiveOn,
    on,
    before,
    after: afterCount,
    statusBefore,
    statusAfter,
    sentence,
  };
}

import type { InstrumentType, StateRecord, StateView } from '@plenary/shared';
import { partyStatusOn } from '@plenary/shared';
import type { StateEntity } from './state.entity';

export function toStateRecord(e: StateEntity): StateRecord {
  return {
    iso3: e.iso3.trim(),
    name: e.name,
    regionalGroup: e.regionalGroup,
    instruments: (e.instruments ?? []).map((i) => ({
      type: i.type as InstrumentType,
      depositDate: i.depositDate,
      successionEffectiveDate: i.successionEffectiveDate ?? undefined,
    })),
    withdrawal: e.withdrawal
      ? {
          receivedDate: e.withdrawal.receivedDate,
          armedConflict: e.withdrawal.armedConflict,
          conflictEndedOn: e.withdrawal.conflictEndedOn,
        }
      : null,
  };
}

export function toStateView(e: StateEntity, on: string): StateView {
  const status = partyStatusOn(toStateRecord(e), on);
  const instruments = [...(e.instruments ?? [])].sort((a, b) => a.depositDate.localeCompare(b.depositDate));
  return {
    iso3: e.iso3.trim(),
    name: e.name,
    regionalGroup: e.regionalGroup,
    status: status.status,
    partySince: status.status === 'party' ? status.since : null,
    instruments: instruments.map((i) => ({
      id: i.id,
      type: i.type as InstrumentType,
      depositDate: i.depositDate,
      successionEffectiveDate: i.successionEffectiveDate,
      entryIntoForce: i.entryIntoForce,
    })),
    withdrawal: e.withdrawal
      ? {
          receivedDate: e.withdrawal.receivedDate,
          armedConflict: e.withdrawal.armedConflict,
          conflictEndedOn: e.withdrawal.conflictEndedOn,
          effectiveDate: e.withdrawal.effectiveDate,
        }
      : null,
  };
}

import { fail, ok, Result } from '../errors';
import { reason } from '../reasons/reasons';
import type { IsoDate } from '../dates/dates';
import { compareIsoDates, isIsoDate } from '../dates/dates.rules';
import {
  CONVENTION_OPENED_FOR_SIGNATURE,
  INSTRUMENT_TYPES,
  Instrument,
  StateRecord,
  Withdrawal,
} from './membership';
import { partyStatusOn } from './membership.rules';

/** `today`, when given, rejects dates in the future: the register records deposits already made. */
export type RegisterOptions = { today?: IsoDate };

function checkDate(value: unknown, field: string, today: IsoDate | undefined): Result<IsoDate> {
  if (!isIsoDate(value)) return fail('INVALID_DATE', `${field} must be a calendar date (YYYY-MM-DD).`, field);
  if (today !== undefined && compareIsoDates(value, today) > 0) {
    return fail(
      'DATE_IN_FUTURE',
      `${field} ${value} is after today (${today}).`,
      field,
      reason('refusal.dateInFuture', { date: value, today }),
    );
  }
  return ok(value);
}

/** Checks a new instrument against the State's register before it is recorded. */
export function validateInstrument(
  state: StateRecord,
  instrument: Instrument,
  options: RegisterOptions = {},
): Result<Instrument> {
  if (!INSTRUMENT_TYPES.includes(instrument.type)) {
    return fail(
      'INVALID_INSTRUMENT_TYPE',
      `Unknown instrument type: ${String(instrument.type)}.`,
      'type',
      reason('refusal.instrumentType', { given: String(instrument.type) }),
    );
  }
  const deposit = checkDate(instrument.depositDate, 'depositDate', options.today);
  if (!deposit.ok) return deposit;
  if (compareIsoDates(instrument.depositDate, CONVENTION_OPENED_FOR_SIGNATURE) < 0) {
    return fail(
      'DATE_BEFORE_SIGNATURE',
      `No instrument can be deposited before the Convention was opened for signature on ${CONVENTION_OPENED_FOR_SIGNATURE}.`,
      'depositDate',
      reason('refusal.dateBeforeSignature', { opened: CONVENTION_OPENED_FOR_SIGNATURE }),
    );
  }
  const succession = instrument.successionEffectiveDate ?? null;
  if (succession !== null) {
    if (instrument.type !== 'succession') {
      return fail(
        'SUCCESSION_DATE_NOT_ALLOWED',
        'Only a succession takes effect from a date of independence.',
        'successionEffectiveDate',
        reason('refusal.successionDateNotAllowed', {}),
      );
    }
    const checked = checkDate(succession, 'successionEffectiveDate', options.today);
    if (!checked.ok) return checked;
    if (compareIsoDates(succession, instrument.depositDate) > 0) {
      return fail(
        'SUCCESSION_DATE_AFTER_DEPOSIT',
        'The date of independence cannot follow the notification of succession.',
        'successionEffectiveDate',
        reason('refusal.successionDateAfterDeposit', {}),
      );
    }
  }
  const status = partyStatusOn(state, instrument.depositDate);
  if (status.status === 'party') {
    return fail(
      'ALREADY_PARTY',
      `${state.name} is already a State Party on ${instrument.depositDate}.`,
      'depositDate',
      reason('refusal.alreadyParty', { iso3: state.iso3, date: instrument.depositDate }),
    );
  }
  if (status.status === 'pending') {
    return fail(
      'INSTRUMENT_PENDING',
      `${state.name} has already deposited an instrument; the Convention enters into force for it on ${status.entersIntoForceOn}.`,
      'depositDate',
      reason('refusal.instrumentPending', { iso3: state.iso3, entersIntoForceOn: status.entersIntoForceOn }),
    );
  }
  if (state.instruments.some((i) => compareIsoDates(i.depositDate, instrument.depositDate) >= 0)) {
    return fail(
      'LATER_INSTRUMENT_EXISTS',
      `${state.name} already has an instrument deposited on or after ${instrument.depositDate}.`,
      'depositDate',
      reason('refusal.laterInstrumentExists', { iso3: state.iso3, date: instrument.depositDate }),
    );
  }
  return ok(
    succession === null ? { type: instrument.type, depositDate: instrument.depositDate } : instrument,
  );
}

/** Checks a notice of withdrawal (Art. 20) before it is recorded. */
export function validateWithdrawal(
  state: StateRecord,
  withdrawal: Withdrawal,
  options: RegisterOptions = {},
): Result<Withdrawal> {
  const received = checkDate(withdrawal.receivedDate, 'receivedDate', options.today);
  if (!received.ok) return received;
  if (state.withdrawal) {
    return fail(
      'ALREADY_WITHDRAWING',
      `${state.name} has already given notice of withdrawal (received ${state.withdrawal.receivedDate}).`,
      'receivedDate',
      reason('refusal.alreadyWithdrawing', { iso3: state.iso3, receivedDate: state.withdrawal.receivedDate }),
    );
  }
  if (partyStatusOn(state, withdrawal.receivedDate).status !== 'party') {
    return fail(
      'NOT_A_PARTY',
      `${state.name} is not a State Party on ${withdrawal.receivedDate} and so cannot withdraw.`,
      'receivedDate',
      reason('refusal.notAParty', { iso3: state.iso3, date: withdrawal.receivedDate }),
    );
  }
  const ended = withdrawal.conflictEndedOn ?? null;
  if (ended !== null) {
    const checked = checkConflictEnd(withdrawal, ended, options);
    if (!checked.ok) return checked;
  }
  return ok({
    receivedDate: withdrawal.receivedDate,
    armedConflict: withdrawal.armedConflict,
    conflictEndedOn: ended,
  });
}

function checkConflictEnd(
  w: Withdrawal,
  conflictEndedOn: IsoDate,
  options: RegisterOptions,
): Result<Withdrawal> {
  if (!w.armedConflict) {
    return fail(
      'NO_ARMED_CONFLICT_CONDITION',
      'No armed-conflict condition was recorded for this withdrawal, so it has no conflict end date.',
      'conflictEndedOn',
      reason('refusal.noArmedConflictCondition', {}),
    );
  }
  const checked = checkDate(conflictEndedOn, 'conflictEndedOn', options.today);
  if (!checked.ok) return checked;
  if (compareIsoDates(conflictEndedOn, w.receivedDate) < 0) {
    return fail(
      'DATE_BEFORE_WITHDRAWAL',
      `The end of the armed conflict (${conflictEndedOn}) cannot precede receipt of the withdrawal (${w.receivedDate}).`,
      'conflictEndedOn',
      reason('refusal.dateBeforeWithdrawal', { conflictEndedOn, receivedDate: w.receivedDate }),
    );
  }
  return ok({ ...w, conflictEndedOn });
}

/** Records the end of the armed conflict that holds a withdrawal back (Art. 20.3). */
export function validateConflictEnd(
  state: StateRecord,
  conflictEndedOn: IsoDate,
  options: RegisterOptions = {},
): Result<Withdrawal> {
  if (!state.withdrawal) {
    return fail(
      'NO_WITHDRAWAL',
      `${state.name} has given no notice of withdrawal.`,
      'conflictEndedOn',
      reason('refusal.noWithdrawal', { iso3: state.iso3 }),
    );
  }
  return checkConflictEnd(state.withdrawal, conflictEndedOn, options);
}

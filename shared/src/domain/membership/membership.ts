import type { IsoDate } from '../dates/dates';

export const CONVENTION_OPENED_FOR_SIGNATURE: IsoDate = '1997-12-03';
export const CONVENTION_ENTRY_INTO_FORCE: IsoDate = '1999-03-01';
/** Deposit of the 40th instrument, which set the Convention's own entry into force (Art. 17.1). */
export const FORTIETH_INSTRUMENT_DATE: IsoDate = '1998-09-16';
/** Art. 17.2: first day of the sixth month after the month of deposit. */
export const ENTRY_INTO_FORCE_DELAY_MONTHS = 6;
/** Art. 20.2: six months after the Depositary receives the instrument of withdrawal. */
export const WITHDRAWAL_DELAY_MONTHS = 6;

export type InstrumentType = 'ratification' | 'acceptance' | 'approval' | 'accession' | 'succession';

export const INSTRUMENT_TYPES: readonly InstrumentType[] = [
  'ratification',
  'acceptance',
  'approval',
  'accession',
  'succession',
];

export type Instrument = {
  type: InstrumentType;
  depositDate: IsoDate;
  /** Date of independence, for a succession: the Convention binds the successor from then. */
  successionEffectiveDate?: IsoDate | null;
};

export type Withdrawal = {
  /** Date the Depositary received the instrument of withdrawal. */
  receivedDate: IsoDate;
  /** Recorded by the secretariat when the State is engaged in an armed conflict (Art. 20.3). */
  armedConflict: boolean;
  conflictEndedOn?: IsoDate | null;
};

export type StateRecord = {
  iso3: string;
  name: string;
  regionalGroup: string | null;
  instruments: Instrument[];
  withdrawal?: Withdrawal | null;
};

export type WithdrawalPending = {
  receivedDate: IsoDate;
  /** null while an armed-conflict withdrawal waits for the end of the conflict to be recorded. */
  effectiveOn: IsoDate | null;
  armedConflict: boolean;
};

export type PartyStatus =
  | { status: 'party'; since: IsoDate; withdrawalPending: WithdrawalPending | null }
  /** Deposited but not yet in force: may attend as an observer, never votes or counts. */
  | { status: 'pending'; entersIntoForceOn: IsoDate }
  | { status: 'withdrawn'; effective: IsoDate }
  | { status: 'non-party' };

export type RegionalGroupCount = { regionalGroup: string | null; count: number };

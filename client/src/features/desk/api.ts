import {
  StateViewSchema,
  type RecordConflictEndBody,
  type RecordInstrumentBody,
  type RecordWithdrawalBody,
  type StateView,
} from '@plenary/shared';
import { apiRequest } from '../../lib/api';

export function recordInstrument(iso3: string, body: RecordInstrumentBody): Promise<StateView> {
  return apiRequest(`/api/states/${iso3}/instruments`, StateViewSchema, { method: 'POST', body });
}

export function recordWithdrawal(iso3: string, body: RecordWithdrawalBody): Promise<StateView> {
  return apiRequest(`/api/states/${iso3}/withdrawal`, StateViewSchema, { method: 'POST', body });
}

export function recordConflictEnd(iso3: string, body: RecordConflictEndBody): Promise<StateView> {
  return apiRequest(`/api/states/${iso3}/withdrawal/conflict-end`, StateViewSchema, { method: 'POST', body });
}

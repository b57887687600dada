import {
  RegisterSummarySchema,
  StatesResponseSchema,
  StateViewSchema,
  type RecordConflictEndBody,
  type RecordInstrumentBody,
  type RecordWithdrawalBody,
  type RegisterSummary,
  type StatesResponse,
  type StateView,
} from '@plenary/shared';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api';
import { keys } from '../../lib/query/keys';

export function fetchStates(on: string, signal?: AbortSignal): Promise<StatesResponse> {
  return apiRequest('/api/states', StatesResponseSchema, { query: { on }, signal });
}

export function fetchRegisterSummary(on: string, signal?: AbortSignal): Promise<RegisterSummary> {
  return apiRequest('/api/register/summary', RegisterSummarySchema, { query: { on }, signal });
}

const state = encodeURIComponent;

export function recordInstrument(iso3: string, body: RecordInstrumentBody): Promise<StateView> {
  return apiRequest(`/api/states/${state(iso3)}/instruments`, StateViewSchema, { method: 'POST', body });
}

export function recordWithdrawal(iso3: string, body: RecordWithdrawalBody): Promise<StateView> {
  return apiRequest(`/api/states/${state(iso3)}/withdrawal`, StateViewSchema, { method: 'POST', body });
}

export function recordConflictEnd(iso3: string, body: RecordConflictEndBody): Promise<StateView> {
  return apiRequest(`/api/states/${state(iso3)}/withdrawal/conflict-end`, StateViewSchema, {
    method: 'POST',
    body,
  });
}

/** Every State with its status on `on` (YYYY-MM-DD). */
export const statesQuery = (on: string) =>
  queryOptions({ queryKey: keys.register.states(on), queryFn: ({ signal }) => fetchStates(on, signal) });

/** The count on `on`, by regional group, with the quorums and thresholds that follow. */
export const summaryQuery = (on: string) =>
  queryOptions({
    queryKey: keys.register.summary(on),
    queryFn: ({ signal }) => fetchRegisterSummary(on, signal),
  });

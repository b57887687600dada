import {
  RegisterSummarySchema,
  StatesResponseSchema,
  type RegisterSummary,
  type StatesResponse,
} from '@plenary/shared';
import { apiRequest } from '../../lib/api';

export function fetchStates(on: string, signal?: AbortSignal): Promise<StatesResponse> {
  return apiRequest('/api/states', StatesResponseSchema, { query: { on }, signal });
}

export function fetchRegisterSummary(on: string, signal?: AbortSignal): Promise<RegisterSummary> {
  return apiRequest('/api/register/summary', RegisterSummarySchema, { query: { on }, signal });
}

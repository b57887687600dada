import {
  BulkSignInCodesSchema,
  DelegationViewSchema,
  SignInCodeSchema,
  type BulkSignInCodes,
  type DelegationView,
  type RegisterDelegationBody,
  type SignInCode,
} from '@plenary/shared';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { keys } from '../../lib/query/keys';

export type Credentials = DelegationView['credentials'];

export function fetchDelegations(meetingId: string, signal?: AbortSignal): Promise<DelegationView[]> {
  return apiRequest(`/api/meetings/${meetingId}/delegations`, z.array(DelegationViewSchema), { signal });
}

export function registerDelegation(meetingId: string, body: RegisterDelegationBody): Promise<DelegationView> {
  return apiRequest(`/api/meetings/${meetingId}/delegations`, DelegationViewSchema, { method: 'POST', body });
}

/** Registers every State Party on the meeting day that has none yet; answers all the delegations. */
export function registerAllParties(meetingId: string, credentials: Credentials): Promise<DelegationView[]> {
  return apiRequest(`/api/meetings/${meetingId}/delegations/bulk`, z.array(DelegationViewSchema), {
    method: 'POST',
    body: { credentials },
  });
}

export function setCredentials(id: string, credentials: Credentials): Promise<DelegationView> {
  return apiRequest(`/api/delegations/${id}/credentials`, DelegationViewSchema, {
    method: 'PUT',
    body: { credentials },
  });
}

export function setPresence(id: string, present: boolean): Promise<DelegationView> {
  return apiRequest(`/api/delegations/${id}/presence`, DelegationViewSchema, {
    method: 'PUT',
    body: { present },
  });
}

export function issueSignInCode(id: string): Promise<SignInCode> {
  return apiRequest(`/api/delegations/${id}/sign-in-code`, SignInCodeSchema, { method: 'POST' });
}

/** A code for every delegation that has none, in one go; codes in use and ended sign-ins are left alone. */
export function issueAllSignInCodes(meetingId: string): Promise<BulkSignInCodes> {
  return apiRequest(`/api/meetings/${meetingId}/sign-in-codes`, BulkSignInCodesSchema, { method: 'POST' });
}

export function revokeSignInCode(id: string): Promise<DelegationView> {
  return apiRequest(`/api/delegations/${id}/sign-in-code`, DelegationViewSchema, { method: 'DELETE' });
}

/** A meeting's delegations, as the server lists them. */
export const delegationsQuery = (meetingId: string) =>
  queryOptions({
    queryKey: keys.meetings.delegations(meetingId),
    queryFn: ({ signal }) => fetchDelegations(meetingId, signal),
  });

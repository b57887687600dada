import {
  CoordinatingCommitteeViewSchema,
  ElectionViewSchema,
  OfficeholdersViewSchema,
  SlateViewSchema,
  type CoordinatingCommitteeView,
  type CreateElectionBody,
  type ElectionView,
  type OfficeholdersView,
  type SlateView,
} from '@plenary/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';

const id = encodeURIComponent;

export function fetchElections(meetingId: string): Promise<ElectionView[]> {
  return apiRequest(`/api/meetings/${id(meetingId)}/elections`, z.array(ElectionViewSchema));
}

export function createElection(meetingId: string, body: CreateElectionBody): Promise<ElectionView> {
  return apiRequest(`/api/meetings/${id(meetingId)}/elections`, ElectionViewSchema, { method: 'POST', body });
}

/** What the President can confirm: the ballot the rules call for, its count, a lot, a withdrawal, acclamation. */
export type ElectionStep =
  | { kind: 'open'; round: number }
  | { kind: 'count' }
  | { kind: 'lot' }
  | { kind: 'withdraw'; candidateId: string }
  | { kind: 'acclaim' };

export function electionStep(electionId: string, step: ElectionStep): Promise<ElectionView> {
  const base = `/api/elections/${id(electionId)}`;
  switch (step.kind) {
    case 'open':
      return apiRequest(`${base}/rounds`, ElectionViewSchema, {
        method: 'POST',
        body: { round: step.round },
      });
    case 'count':
      return apiRequest(`${base}/count`, ElectionViewSchema, { method: 'POST', body: {} });
    case 'lot':
      return apiRequest(`${base}/lot`, ElectionViewSchema, { method: 'POST', body: {} });
    case 'withdraw':
      return apiRequest(`${base}/withdrawals`, ElectionViewSchema, {
        method: 'POST',
        body: { candidateId: step.candidateId },
      });
    case 'acclaim':
      return apiRequest(`${base}/acclamation`, ElectionViewSchema, { method: 'POST', body: {} });
  }
}

export function fetchOfficeholders(on: string | undefined): Promise<OfficeholdersView> {
  return apiRequest('/api/officeholders', OfficeholdersViewSchema, { query: { on } });
}

export function fetchCoordinatingCommittee(on: string | undefined): Promise<CoordinatingCommitteeView> {
  return apiRequest('/api/coordinating-committee', CoordinatingCommitteeViewSchema, { query: { on } });
}

export function fetchSlates(meetingId: string): Promise<SlateView[]> {
  return apiRequest(`/api/meetings/${id(meetingId)}/slates`, z.array(SlateViewSchema));
}

import {
  MeetingViewSchema,
  QuorumViewSchema,
  type CreateMeetingBody,
  type MeetingTransition,
  type MeetingView,
  type QuorumView,
  type RulesOfProcedure,
} from '@plenary/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';

export function fetchMeetings(signal?: AbortSignal): Promise<MeetingView[]> {
  return apiRequest('/api/meetings', z.array(MeetingViewSchema), { signal });
}

export function createMeeting(body: CreateMeetingBody): Promise<MeetingView> {
  return apiRequest('/api/meetings', MeetingViewSchema, { method: 'POST', body });
}

export function transitionMeeting(id: string, action: MeetingTransition): Promise<MeetingView> {
  return apiRequest(`/api/meetings/${id}/status`, MeetingViewSchema, { method: 'POST', body: { action } });
}

export function fetchQuorum(id: string, signal?: AbortSignal): Promise<QuorumView> {
  return apiRequest(`/api/meetings/${id}/quorum`, QuorumViewSchema, { signal });
}

export function updateRules(id: string, rules: RulesOfProcedure): Promise<MeetingView> {
  return apiRequest(`/api/meetings/${id}/rules`, MeetingViewSchema, { method: 'PUT', body: rules });
}

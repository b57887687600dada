import {
  MeetingViewSchema,
  QuestionViewSchema,
  QuorumViewSchema,
  type CreateMeetingBody,
  type MeetingTransition,
  type MeetingView,
  type QuestionView,
  type QuorumView,
  type RulesOfProcedure,
} from '@plenary/shared';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { keys } from '../../lib/query/keys';

const id = encodeURIComponent;

export function fetchMeetings(signal?: AbortSignal): Promise<MeetingView[]> {
  return apiRequest('/api/meetings', z.array(MeetingViewSchema), { signal });
}

export function fetchQuorum(meetingId: string, signal?: AbortSignal): Promise<QuorumView> {
  return apiRequest(`/api/meetings/${id(meetingId)}/quorum`, QuorumViewSchema, { signal });
}

export function fetchQuestions(meetingId: string, signal?: AbortSignal): Promise<QuestionView[]> {
  return apiRequest(`/api/meetings/${id(meetingId)}/questions`, z.array(QuestionViewSchema), { signal });
}

export function createMeeting(body: CreateMeetingBody): Promise<MeetingView> {
  return apiRequest('/api/meetings', MeetingViewSchema, { method: 'POST', body });
}

export function transitionMeeting(meetingId: string, action: MeetingTransition): Promise<MeetingView> {
  return apiRequest(`/api/meetings/${id(meetingId)}/status`, MeetingViewSchema, {
    method: 'POST',
    body: { action },
  });
}

export function updateRules(meetingId: string, rules: RulesOfProcedure): Promise<MeetingView> {
  return apiRequest(`/api/meetings/${id(meetingId)}/rules`, MeetingViewSchema, {
    method: 'PUT',
    body: rules,
  });
}

/** Every meeting, newest first. */
export const meetingsQuery = () =>
  queryOptions({ queryKey: keys.meetings.list(), queryFn: ({ signal }) => fetchMeetings(signal) });

export const quorumQuery = (meetingId: string) =>
  queryOptions({
    queryKey: keys.meetings.quorum(meetingId),
    queryFn: ({ signal }) => fetchQuorum(meetingId, signal),
  });

export const questionsQuery = (meetingId: string) =>
  queryOptions({
    queryKey: keys.meetings.questions(meetingId),
    queryFn: ({ signal }) => fetchQuestions(meetingId, signal),
  });

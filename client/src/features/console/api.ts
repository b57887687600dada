import {
  ConclusionViewSchema,
  type ConclusionView,
  type RecordConclusionBody,
  QuestionViewSchema,
  RollCallAnswerResultSchema,
  type RollCallAnswerBody,
  type RollCallAnswerResult,
  VoteSnapshotSchema,
  type PutQuestionBody,
  type QuestionView,
  type VoteMethod,
  type VoteSnapshot,
} from '@plenary/shared';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { keys } from '../../lib/query/keys';

const id = encodeURIComponent;

export function putQuestion(meetingId: string, body: PutQuestionBody): Promise<QuestionView> {
  return apiRequest(`/api/meetings/${id(meetingId)}/questions`, QuestionViewSchema, { method: 'POST', body });
}

export function adoptByConsensus(questionId: string): Promise<QuestionView> {
  return apiRequest(`/api/questions/${id(questionId)}/consensus`, QuestionViewSchema, { method: 'POST' });
}

export function openVote(questionId: string, method: VoteMethod): Promise<VoteSnapshot> {
  return apiRequest(`/api/questions/${id(questionId)}/votes`, VoteSnapshotSchema, {
    method: 'POST',
    body: { method },
  });
}

export type HandCounts = { yes: number; no: number; abstain: number };

export function closeVote(
  voteId: string,
  counts?: HandCounts,
): Promise<{ vote: VoteSnapshot; question: QuestionView }> {
  return apiRequest(
    `/api/votes/${id(voteId)}/close`,
    z.object({ vote: VoteSnapshotSchema, question: QuestionViewSchema }),
    { method: 'POST', body: counts ? { counts } : {} },
  );
}

/** The answer of the State called in a roll-call; the same opId on a retry records it once. */
export function answerRollCall(voteId: string, body: RollCallAnswerBody): Promise<RollCallAnswerResult> {
  return apiRequest(`/api/votes/${id(voteId)}/roll-call`, RollCallAnswerResultSchema, {
    method: 'POST',
    body,
  });
}

/** A committee meeting's conclusions and recommendations, in the order recorded. */
export const conclusionsQuery = (meetingId: string) =>
  queryOptions({
    queryKey: keys.meetings.conclusions(meetingId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/meetings/${id(meetingId)}/conclusions`, z.array(ConclusionViewSchema), { signal }),
  });

export function recordConclusion(meetingId: string, body: RecordConclusionBody): Promise<ConclusionView> {
  return apiRequest(`/api/meetings/${id(meetingId)}/conclusions`, ConclusionViewSchema, {
    method: 'POST',
    body,
  });
}

import {
  AmendmentViewSchema,
  BoundViewSchema,
  ClarificationViewSchema,
  ClearanceDeadlineViewSchema,
  ConvenedMeetingSchema,
  ExtensionRequestViewSchema,
  FactFindingMissionViewSchema,
  MeetingViewSchema,
  QuestionViewSchema,
  QuorumViewSchema,
  ReviewConferenceTimingSchema,
  StatesResponseSchema,
  SpecialMeetingProposalViewSchema,
  type AcceptanceBody,
  type AmendmentView,
  type BoundView,
  type ClarificationResponseBody,
  type ClarificationView,
  type ClearanceDeadlineView,
  type ConveneSpecialMeetingBody,
  type ConvenedMeeting,
  type CreateAmendmentBody,
  type CreateClarificationBody,
  type CreateExtensionRequestBody,
  type CreateFactFindingMissionBody,
  type CreateReviewConferenceBody,
  type CreateSpecialMeetingProposalBody,
  type ExtensionDecisionBody,
  type ExtensionRequestView,
  type FactFindingMissionView,
  type IndicationBody,
  type MeetingView,
  type QuestionView,
  type QuorumView,
  type ReviewConferenceTiming,
  type ScheduleAmendmentConferenceBody,
  type SpecialMeetingProposalView,
  type StatesResponse,
} from '@plenary/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';

const BASE = '/api/convening';
const post = <S extends z.ZodType>(path: string, schema: S, body: unknown = {}) =>
  apiRequest(`${BASE}${path}`, schema, { method: 'POST', body });

// ---- Article 8 ----
export const fetchClarifications = (signal?: AbortSignal): Promise<ClarificationView[]> =>
  apiRequest(`${BASE}/clarifications`, z.array(ClarificationViewSchema), { signal });
export const createClarification = (body: CreateClarificationBody): Promise<ClarificationView> =>
  post('/clarifications', ClarificationViewSchema, body);
export const respondToClarification = (
  id: string,
  body: ClarificationResponseBody,
): Promise<ClarificationView> => post(`/clarifications/${id}/response`, ClarificationViewSchema, body);

export const fetchProposals = (signal?: AbortSignal): Promise<SpecialMeetingProposalView[]> =>
  apiRequest(`${BASE}/special-meetings`, z.array(SpecialMeetingProposalViewSchema), { signal });
export const createProposal = (body: CreateSpecialMeetingProposalBody): Promise<SpecialMeetingProposalView> =>
  post('/special-meetings', SpecialMeetingProposalViewSchema, body);
export const favourProposal = (id: string, body: IndicationBody): Promise<SpecialMeetingProposalView> =>
  post(`/special-meetings/${id}/indications`, SpecialMeetingProposalViewSchema, body);
export const conveneSpecialMeeting = (
  id: string,
  body: ConveneSpecialMeetingBody,
): Promise<ConvenedMeeting> => post(`/special-meetings/${id}/convene`, ConvenedMeetingSchema, body);
export const recordLapse = (id: string): Promise<SpecialMeetingProposalView> =>
  post(`/special-meetings/${id}/lapse`, SpecialMeetingProposalViewSchema);
export const createMission = (
  id: string,
  body: CreateFactFindingMissionBody,
): Promise<FactFindingMissionView> =>
  post(`/special-meetings/${id}/fact-finding-missions`, FactFindingMissionViewSchema, body);

// ---- Article 13 ----
export const fetchAmendments = (signal?: AbortSignal): Promise<AmendmentView[]> =>
  apiRequest(`${BASE}/amendments`, z.array(AmendmentViewSchema), { signal });
export const createAmendment = (body: CreateAmendmentBody): Promise<AmendmentView> =>
  post('/amendments', AmendmentViewSchema, body);
export type AmendmentAct = 'support' | 'earlier-requests' | 'acceptances';
export const amendmentAct = (
  id: string,
  act: AmendmentAct,
  body: IndicationBody | AcceptanceBody,
): Promise<AmendmentView> => post(`/amendments/${id}/${act}`, AmendmentViewSchema, body);
export const scheduleConference = (
  id: string,
  body: ScheduleAmendmentConferenceBody,
): Promise<AmendmentView> => post(`/amendments/${id}/conference`, AmendmentViewSchema, body);
export const recordAdoption = (id: string, questionId: string): Promise<AmendmentView> =>
  post(`/amendments/${id}/adoption`, AmendmentViewSchema, { questionId });
export const fetchBound = (id: string, on: string, signal?: AbortSignal): Promise<BoundView> =>
  apiRequest(`${BASE}/amendments/${id}/bound`, BoundViewSchema, { query: { on }, signal });

// ---- Articles 5 and 12 ----
export const fetchExtensions = (signal?: AbortSignal): Promise<ExtensionRequestView[]> =>
  apiRequest(`${BASE}/extension-requests`, z.array(ExtensionRequestViewSchema), { signal });
export const createExtension = (body: CreateExtensionRequestBody): Promise<ExtensionRequestView> =>
  post('/extension-requests', ExtensionRequestViewSchema, body);
export const decideExtension = (id: string, body: ExtensionDecisionBody): Promise<ExtensionRequestView> =>
  post(`/extension-requests/${id}/decision`, ExtensionRequestViewSchema, body);
export const fetchClearanceDeadline = (iso3: string, signal?: AbortSignal): Promise<ClearanceDeadlineView> =>
  apiRequest(`${BASE}/clearance-deadlines/${iso3}`, ClearanceDeadlineViewSchema, { signal });
export const fetchReviewTiming = (signal?: AbortSignal): Promise<ReviewConferenceTiming> =>
  apiRequest(`${BASE}/review-conferences/earliest`, ReviewConferenceTimingSchema, { signal });
export const createReviewConference = (body: CreateReviewConferenceBody): Promise<MeetingView> =>
  post('/review-conferences', MeetingViewSchema, body);

// ---- Meetings the procedures lead to (read only) ----
export const fetchAllMeetings = (signal?: AbortSignal): Promise<MeetingView[]> =>
  apiRequest('/api/meetings', z.array(MeetingViewSchema), { signal });
export const fetchMeetingQuorum = (id: string, signal?: AbortSignal): Promise<QuorumView> =>
  apiRequest(`/api/meetings/${id}/quorum`, QuorumViewSchema, { signal });
export const fetchQuestions = (meetingId: string, signal?: AbortSignal): Promise<QuestionView[]> =>
  apiRequest(`/api/meetings/${meetingId}/questions`, z.array(QuestionViewSchema), { signal });

/** The register on the server's today (no `on`): the day every period here is counted from. */
export const fetchStatesToday = (signal?: AbortSignal): Promise<StatesResponse> =>
  apiRequest('/api/states', StatesResponseSchema, { signal });

import {
  AmendmentViewSchema,
  BoundViewSchema,
  ClarificationViewSchema,
  ClearanceDeadlineViewSchema,
  ConvenedMeetingSchema,
  ExtensionRequestViewSchema,
  FactFindingMissionViewSchema,
  MeetingViewSchema,
  ReviewConferenceTimingSchema,
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
  type ReviewConferenceTiming,
  type ScheduleAmendmentConferenceBody,
  type SpecialMeetingProposalView,
} from '@plenary/shared';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { keys } from '../../lib/query/keys';

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

// ---- Queries: one per list, keyed in lib/query/keys ----
export const proposalsQuery = () =>
  queryOptions({ queryKey: keys.convening.proposals(), queryFn: ({ signal }) => fetchProposals(signal) });
export const clarificationsQuery = () =>
  queryOptions({
    queryKey: keys.convening.clarifications(),
    queryFn: ({ signal }) => fetchClarifications(signal),
  });
export const amendmentsQuery = () =>
  queryOptions({ queryKey: keys.convening.amendments(), queryFn: ({ signal }) => fetchAmendments(signal) });
export const boundQuery = (amendmentId: string, on: string) =>
  queryOptions({
    queryKey: keys.convening.bound(amendmentId, on),
    queryFn: ({ signal }) => fetchBound(amendmentId, on, signal),
  });
export const extensionsQuery = () =>
  queryOptions({ queryKey: keys.convening.extensions(), queryFn: ({ signal }) => fetchExtensions(signal) });
export const clearanceQuery = (iso3: string) =>
  queryOptions({
    queryKey: keys.convening.clearance(iso3),
    queryFn: ({ signal }) => fetchClearanceDeadline(iso3, signal),
    // 404 means "none recorded yet", an answer rather than a failure to retry.
    retry: false,
  });
export const reviewTimingQuery = () =>
  queryOptions({
    queryKey: keys.convening.reviewTiming(),
    queryFn: ({ signal }) => fetchReviewTiming(signal),
  });

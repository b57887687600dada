import type { SpecialMeetingProposalView } from '@plenary/shared';
import { STATES } from '../../testing/fixtures';
import type { Reference } from './hooks/useReference';

export const TODAY = '2026-03-06';

export const reference: Reference = {
  today: TODAY,
  parties: 161,
  states: STATES.states,
  nameOf: (iso3) => STATES.states.find((s) => s.iso3 === iso3)?.name ?? iso3,
};

/** Communicated on 2 March 2026, seen on 6 March: 12 of the 54 needed so far. */
export function proposal(over: Partial<SpecialMeetingProposalView> = {}): SpecialMeetingProposalView {
  return {
    id: '6f1c4c62-6c1c-4d43-9a55-0c3f4f1f0a01',
    clarificationId: null,
    requestingStates: ['FRA'],
    matter: 'Compliance of the requested State with Article 1',
    communicatedOn: '2026-03-02',
    favourBy: {
      lastDay: '2026-03-16',
      daysRemaining: 10,
      passed: false,
      explanation: '10 days remaining (last day 2026-03-16)',
    },
    conveneBy: {
      lastDay: '2026-03-30',
      daysRemaining: 24,
      passed: false,
      explanation: '24 days remaining (last day 2026-03-30)',
    },
    phase: 'collecting',
    progress: {
      rule: 'one-third-of-parties',
      countedOn: TODAY,
      count: 12,
      parties: 161,
      required: 54,
      met: false,
      metOn: null,
      explanation: 'Not met: 12 of 161 States Parties; one-third requires 54 (3 × 12 = 36 < 161).',
    },
    favouring: [
      { iso3: 'AFG', name: 'Afghanistan', date: '2026-03-03', enteredBy: 'secretariat' },
      { iso3: 'CIV', name: "Côte d'Ivoire", date: '2026-03-04', enteredBy: 'delegation' },
    ],
    meetingId: null,
    lapsed: null,
    missions: [],
    decisions: [],
    ...over,
  };
}

import {
  minimumCount,
  quorumFor,
  type DelegationView,
  type RegisterSummary,
  type StatesResponse,
  type StateView,
} from '@plenary/shared';

const state = (
  iso3: string,
  name: string,
  regionalGroup: string,
  over: Partial<StateView> = {},
): StateView => ({
  iso3,
  name,
  regionalGroup,
  status: 'party',
  partySince: '1999-03-01',
  instruments: [
    {
      id: 1,
      type: 'ratification',
      depositDate: '1998-01-01',
      successionEffectiveDate: null,
      entryIntoForce: '1999-03-01',
    },
  ],
  withdrawal: null,
  ...over,
});

export const STATES: StatesResponse = {
  date: '2026-02-20',
  count: 161,
  states: [
    state('AFG', 'Afghanistan', 'Asia-Pacific Group', { partySince: '2003-03-01' }),
    state('CIV', "Côte d'Ivoire", 'African Group', { partySince: '2000-12-01' }),
    state('FRA', 'France', 'Western European and Others Group'),
    state('POL', 'Poland', 'Eastern European Group', {
      status: 'withdrawn',
      partySince: null,
      withdrawal: {
        receivedDate: '2025-08-20',
        armedConflict: false,
        conflictEndedOn: null,
        effectiveDate: '2026-02-20',
      },
    }),
    state('TON', 'Tonga', 'Asia-Pacific Group', {
      status: 'pending',
      partySince: null,
      instruments: [
        {
          id: 2,
          type: 'accession',
          depositDate: '2026-01-15',
          successionEffectiveDate: null,
          entryIntoForce: '2026-07-01',
        },
      ],
    }),
    state('USA', 'United States of America', 'Western European and Others Group', {
      status: 'non-party',
      partySince: null,
      instruments: [],
    }),
  ],
};

// The reasons are the shared rules' own, as the server sends them beside its English sentences.
export const SUMMARY: RegisterSummary = {
  date: '2026-02-20',
  count: 161,
  byRegionalGroup: [
    { group: 'African Group', count: 51 },
    { group: 'Asia-Pacific Group', count: 35 },
    { group: 'Eastern European Group', count: 22 },
    { group: 'Latin American and Caribbean Group', count: 33 },
    { group: 'Western European and Others Group', count: 20 },
  ],
  quorumSpecialMeeting: {
    required: 81,
    explanation:
      'Special Meeting quorum (Art. 8.5): a majority of 161 States Parties: 81 (2 × 81 = 162 > 161).',
    reason: quorumFor('special', 'decision', 161).reason,
  },
  oneThirdToConvene: {
    required: 54,
    explanation: 'At least one-third of 161 States Parties: 54 (3 × 54 = 162 ≥ 161).',
    reason: minimumCount('one-third-of-parties', 161).reason,
  },
  majorityOfParties: {
    required: 81,
    explanation: 'A majority of 161 States Parties: 81 (2 × 81 = 162 > 161).',
    reason: minimumCount('majority-of-parties', 161).reason,
  },
  openingQuorumMsp: {
    required: 54,
    explanation: 'One-third of 161 States Parties to open: 54.',
    reason: quorumFor('msp', 'opening', 161).reason,
  },
  decisionQuorumMsp: {
    required: 81,
    explanation: 'A majority of 161 States Parties for a decision: 81.',
    reason: quorumFor('msp', 'decision', 161).reason,
  },
};

/** A delegation of meeting m1: a State Party with accepted credentials, or (no ISO code) an organisation observing. */
export const delegation = (
  iso3: string | null,
  name: string,
  over: Partial<DelegationView> = {},
): DelegationView => ({
  id: `id-${iso3 ?? name}`,
  meetingId: 'm1',
  kind: iso3 ? 'state' : 'organisation',
  stateIso3: iso3,
  name,
  partyStatus: iso3 ? 'party' : null,
  credentials: iso3 ? 'accepted' : 'none',
  standing: iso3 ? 'participant' : 'observer',
  present: false,
  signIn: { issued: false, issuedAt: null, revoked: false },
  ...over,
});

import type { StateView } from '@plenary/shared';

export type PartyStatus = StateView['status'];

export const PARTY_STATUSES: readonly PartyStatus[] = ['party', 'pending', 'withdrawn', 'non-party'];

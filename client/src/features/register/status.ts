import type { StateView } from '@plenary/shared';

export type PartyStatus = StateView['status'];

export const PARTY_STATUSES: readonly PartyStatus[] = ['party', 'pending', 'withdrawn', 'non-party'];

export function statusLabel(status: PartyStatus): string {
  switch (status) {
    case 'party':
      return 'State Party';
    case 'pending':
      return 'Not yet in force';
    case 'withdrawn':
      return 'Withdrawn';
    case 'non-party':
      return 'Not a party';
  }
}

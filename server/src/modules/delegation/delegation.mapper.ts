import type { DelegationView, StateRecord } from '@plenary/shared';
import { partyStatusOn } from '@plenary/shared';
import type { DelegationEntity } from './delegation.entity';

export type PartyStatusName = NonNullable<DelegationView['partyStatus']>;

/** Party status of every State in the register on one day, by ISO code. */
export function partyStatusesOn(records: readonly StateRecord[], day: string): Map<string, PartyStatusName> {
  return new Map(records.map((r) => [r.iso3, partyStatusOn(r, day).status]));
}

const SEATED = new Set(['accepted', 'provisional']);

/**
 * A participant counts toward quorum and votes (DOMAIN.md §2, §5): a State Party on the meeting
 * day whose credentials were accepted or seated provisionally and whose sign-in is not revoked.
 * Everyone else, however present, observes.
 */
export function standingOf(d: Pick<DelegationEntity, 'kind' | 'credentials' | 'credentialRevokedAt'>, partyStatus: PartyStatusName | null): DelegationView['standing'] {
  return d.kind === 'state' && SEATED.has(d.credentials) && partyStatus === 'party' && d.credentialRevokedAt === null ? 'participant' : 'observer';
}

export function toDelegationView(d: DelegationEntity, statuses: Map<string, PartyStatusName>): DelegationView {
  const iso3 = d.stateIso3 ? d.stateIso3.trim() : null;
  const partyStatus = iso3 ? (statuses.get(iso3) ?? 'non-party') : null;
  return {
    id: d.id,
    meetingId: d.meetingId,
    kind: d.kind as DelegationView['kind'],
    stateIso3: iso3,
    name: d.displayName,
    partyStatus,
    credentials: d.credentials as DelegationView['credentials'],
    standing: standingOf(d, partyStatus),
    present: d.present,
    signIn: {
      issued: d.codeHash !== null,
      issuedAt: d.codeIssuedAt ? d.codeIssuedAt.toISOString() : null,
      revoked: d.credentialRevokedAt !== null,
    },
  };
}

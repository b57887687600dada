import type {
  Credentials,
  DelegationKind,
  DelegationView,
  PartyStatusName,
  StateRecord,
} from '@plenary/shared';
import { isParticipant, partyStatusOn } from '@plenary/shared';
import type { DelegationEntity } from './delegation.entity';

export type { PartyStatusName } from '@plenary/shared';

/** Party status of every State in the register on one day, by ISO code. */
export function partyStatusesOn(records: readonly StateRecord[], day: string): Map<string, PartyStatusName> {
  return new Map(records.map((r) => [r.iso3, partyStatusOn(r, day).status]));
}

/** Standing follows credentials and party status only; sign-in is a separate fact (`signIn`). */
export function standingOf(
  d: Pick<DelegationEntity, 'kind' | 'credentials'>,
  partyStatus: PartyStatusName | null,
): DelegationView['standing'] {
  return isParticipant(
    { kind: d.kind as DelegationKind, credentials: d.credentials as Credentials },
    partyStatus,
  )
    ? 'participant'
    : 'observer';
}

export function toDelegationView(
  d: DelegationEntity,
  statuses: Map<string, PartyStatusName>,
): DelegationView {
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
      revoked: d.signInRevokedAt !== null,
    },
  };
}

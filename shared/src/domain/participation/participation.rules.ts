/**
 * Who takes part in a meeting's decisions (DOMAIN.md §2, §5). The one definition: the server's
 * quorum, a vote's eligible States and every screen's "participant" all come from here.
 *
 * Legal standing is credentials only. A delegation's sign-in (its code, its devices' sessions) is
 * a separate fact: revoking a lost phone's code ends sessions; it never changes the quorum, a
 * vote's eligibility or the record of standing.
 */
export type Credentials = 'none' | 'provisional' | 'accepted';
export type DelegationKind = 'state' | 'organisation';
export type PartyStatusName = 'party' | 'pending' | 'withdrawn' | 'non-party';

/** Credentials that seat a delegation: accepted, or seated provisionally pending a decision. */
export const SEATED_CREDENTIALS: readonly Credentials[] = ['accepted', 'provisional'];

export const isSeated = (credentials: Credentials): boolean => SEATED_CREDENTIALS.includes(credentials);

/**
 * A participant counts toward quorum when present and votes: a State Party on the day (the
 * meeting day, or the day a vote opened) whose credentials the meeting accepted or seated
 * provisionally. Everyone else, however present, observes.
 */
export function isParticipant(
  d: { kind: DelegationKind; credentials: Credentials },
  partyStatusOnDay: PartyStatusName | null,
): boolean {
  return d.kind === 'state' && isSeated(d.credentials) && partyStatusOnDay === 'party';
}

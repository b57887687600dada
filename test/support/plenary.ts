import { randomUUID } from 'node:crypto';
import type {
  Ack,
  CastResult,
  ClientToServerEvents,
  LiveSnapshot,
  ServerToClientEvents,
} from '@plenary/shared';
import { io, type Socket } from 'socket.io-client';
import { sessionTokenFrom, staffToken, type TestApp } from './app';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An MSP on the test clock's day, with every State Party registered and credentials accepted. */
export async function setUpMeeting(
  t: TestApp,
  secretariat: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; agenda: { id: string }[] }> {
  const res = await t.http
    .post('/api/meetings')
    .set(bearer(secretariat))
    .send({
      kind: 'msp',
      number: 23,
      title: 'Twenty-Third Meeting of the States Parties',
      venue: 'Geneva',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
      agenda: ['Opening', 'Article 5 requests'],
      ...overrides,
    })
    .expect(201);
  await t.http
    .post(`/api/meetings/${res.body.id}/delegations/bulk`)
    .set(bearer(secretariat))
    .send({ credentials: 'accepted' })
    .expect(201);
  return res.body;
}

export async function delegations(
  t: TestApp,
  meetingId: string,
): Promise<{ id: string; stateIso3: string | null; standing: string; name: string }[]> {
  return (await t.http.get(`/api/meetings/${meetingId}/delegations`).expect(200)).body;
}

/** Issues a sign-in code and signs in with it, as a delegation's device would. */
export async function signInDelegation(
  t: TestApp,
  secretariat: string,
  delegationId: string,
): Promise<string> {
  const code = (
    await t.http.post(`/api/delegations/${delegationId}/sign-in-code`).set(bearer(secretariat)).expect(201)
  ).body.code as string;
  return sessionTokenFrom(await t.http.post('/api/auth/code').send({ code }).expect(200));
}

export async function checkIn(t: TestApp, secretariat: string, delegationIds: string[]): Promise<void> {
  for (const id of delegationIds)
    await t.http
      .put(`/api/delegations/${id}/presence`)
      .set(bearer(secretariat))
      .send({ present: true })
      .expect(200);
}

/** The given delegations checked in by the secretariat, then the meeting opened by the President. */
export async function checkInAndOpen(
  t: TestApp,
  staff: { secretariat: string; president: string },
  meetingId: string,
  delegationIds: string[],
): Promise<void> {
  await checkIn(t, staff.secretariat, delegationIds);
  await t.http
    .post(`/api/meetings/${meetingId}/status`)
    .set(bearer(staff.president))
    .send({ action: 'open' })
    .expect(201);
}

/**
 * A meeting set up (`setUpMeeting`) and opened with its first `checkedIn` States Parties checked
 * in, the staff's tokens, and every State Party's delegation.
 */
export async function openMeetingWithParties(t: TestApp, checkedIn = 100) {
  const secretariat = await staffToken(t, 'secretariat');
  const president = await staffToken(t, 'president');
  const meetingId = (await setUpMeeting(t, secretariat)).id;
  const parties = (await delegations(t, meetingId)).filter((d) => d.stateIso3);
  await checkInAndOpen(
    t,
    { secretariat, president },
    meetingId,
    parties.slice(0, checkedIn).map((d) => d.id),
  );
  return { secretariat, president, meetingId, parties };
}

export function connect(t: TestApp, token?: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(t.baseUrl, {
    transports: ['websocket'],
    auth: token ? { token } : {},
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export function watch(socket: ClientSocket, meetingId: string): Promise<Ack<LiveSnapshot>> {
  return socket.timeout(10000).emitWithAck('meeting.watch', { meetingId });
}

export function castOverSocket(
  socket: ClientSocket,
  voteId: string,
  choice: 'yes' | 'no' | 'abstain',
  opId: string = randomUUID(),
): Promise<Ack<CastResult>> {
  return socket.timeout(10000).emitWithAck('vote.cast', { voteId, choice, opId });
}

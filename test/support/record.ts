import { randomUUID } from 'node:crypto';
import type { Choice } from '@plenary/shared';
import { staffToken, type TestApp } from './app';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from './plenary';

/** Who votes how in the recorded vote of `recordedDecisions` (the rest of the States Parties do not vote). */
export const RECORDED: Record<string, Choice> = {
  AUT: 'yes',
  FRA: 'yes',
  MEX: 'yes',
  CHE: 'yes',
  BEL: 'no',
  NZL: 'no',
  ARG: 'abstain',
};
/** Who votes in its secret ballot (how is never kept beside them). */
export const SECRET: Record<string, Choice> = { CHL: 'yes', COL: 'yes', PER: 'no' };

export interface RecordedDecisions {
  secretariat: string;
  president: string;
  meetingId: string;
  emptyMeetingId: string;
  recordedVoteId: string;
  secretVoteId: string;
}

/**
 * An open MSP with three decisions: one adopted without a vote (agenda item 1), a recorded vote
 * (agenda item 2: 4 in favour, 2 against, 1 abstaining: two-thirds of 6 is 4) and a secret ballot; plus a second
 * meeting with no decision at all.
 */
export async function recordedDecisions(t: TestApp): Promise<RecordedDecisions> {
  const secretariat = await staffToken(t, 'secretariat');
  const president = await staffToken(t, 'president');
  const meeting = await setUpMeeting(t, secretariat, {
    agenda: ['Adoption of the agenda', 'Programme of work for 2026-2027'],
  });
  const meetingId = meeting.id;
  const empty = await t.http
    .post('/api/meetings')
    .set(bearer(secretariat))
    .send({
      kind: 'msp',
      number: 24,
      title: 'Twenty-Fourth Meeting of the States Parties',
      venue: 'Geneva',
      startDate: '2026-11-30',
      endDate: '2026-12-04',
    })
    .expect(201);
  const all = await delegations(t, meetingId);
  const of = (iso3: string) => all.find((d) => d.stateIso3 === iso3)!.id;
  await checkIn(
    t,
    secretariat,
    all
      .filter((d) => d.standing === 'participant')
      .slice(0, 90)
      .map((d) => d.id),
  );
  await t.http
    .post(`/api/meetings/${meetingId}/status`)
    .set(bearer(president))
    .send({ action: 'open' })
    .expect(201);
  const put = async (body: Record<string, unknown>) =>
    (await t.http.post(`/api/meetings/${meetingId}/questions`).set(bearer(president)).send(body).expect(201))
      .body.id as string;
  const q1 = await put({
    agendaItemId: meeting.agenda[0].id,
    text: 'Adopt the agenda',
    matter: 'procedural',
  });
  await t.http.post(`/api/questions/${q1}/consensus`).set(bearer(president)).expect(201);

  const vote = async (questionId: string, method: string, choices: Record<string, Choice>) => {
    const voteId = (
      await t.http
        .post(`/api/questions/${questionId}/votes`)
        .set(bearer(president))
        .send({ method })
        .expect(201)
    ).body.id as string;
    for (const [iso3, choice] of Object.entries(choices)) {
      const token = await signInDelegation(t, secretariat, of(iso3));
      await t.http
        .post(`/api/votes/${voteId}/ballots`)
        .set(bearer(token))
        .send({ choice, opId: randomUUID() })
        .expect(200);
    }
    await t.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send({}).expect(200);
    return voteId;
  };
  const q2 = await put({
    agendaItemId: meeting.agenda[1].id,
    text: 'Adopt the programme of work for 2026-2027',
    matter: 'other-substance',
  });
  const recordedVoteId = await vote(q2, 'recorded', RECORDED);
  const q3 = await put({ text: 'Elect the Vice-President', matter: 'election' });
  const secretVoteId = await vote(q3, 'secret', SECRET);
  return {
    secretariat,
    president,
    meetingId,
    emptyMeetingId: empty.body.id as string,
    recordedVoteId,
    secretVoteId,
  };
}

/** The recorded vote's choices as the database holds them, by ISO code. */
export async function ballotsInDatabase(t: TestApp, voteId: string): Promise<Record<string, Choice>> {
  const rows = await t.db.dataSource.query<{ iso3: string; choice: Choice }[]>(
    `SELECT TRIM(d.state_iso3) AS iso3, b.choice FROM ballots b JOIN delegations d ON d.id = b.delegation_id
      WHERE b.vote_id = $1`,
    [voteId],
  );
  return Object.fromEntries(rows.map((r) => [r.iso3, r.choice]));
}

/**
 * An election held at the meeting of `recordedDecisions`, for the record to print: one place, two
 * candidates (a person nominated by France, and Chile itself), one ballot of six papers: four for
 * the person, one for Chile, one blank. Four of five present and voting is the majority: elected.
 */
export async function heldElection(t: TestApp, s: RecordedDecisions): Promise<{ electionId: string }> {
  const all = await delegations(t, s.meetingId);
  const of = (iso3: string) => all.find((d) => d.stateIso3 === iso3)!.id;
  const created = await t.http
    .post(`/api/meetings/${s.meetingId}/elections`)
    .set(bearer(s.president))
    .send({
      title: 'Election of the Rapporteur',
      places: 1,
      candidates: [{ state: 'FRA', person: 'Ms. Anne Martin' }, { state: 'CHL' }],
    })
    .expect(201);
  const election = created.body as { id: string; candidates: { id: string; state: string }[] };
  const [person, chile] = ['FRA', 'CHL'].map((iso3) => election.candidates.find((c) => c.state === iso3)!.id);
  await t.http
    .post(`/api/elections/${election.id}/rounds`)
    .set(bearer(s.president))
    .send({ round: 1 })
    .expect(201);
  const ballots: [string, string[]][] = [
    ['ARG', [person]],
    ['AUT', [person]],
    ['BEL', [person]],
    ['BRA', [person]],
    ['CAN', [chile]],
    ['DNK', []],
  ];
  for (const [iso3, marks] of ballots) {
    const token = await signInDelegation(t, s.secretariat, of(iso3));
    await t.http
      .post(`/api/elections/${election.id}/ballots`)
      .set(bearer(token))
      .send({ round: 1, marks, opId: randomUUID() })
      .expect(200);
  }
  await t.http.post(`/api/elections/${election.id}/count`).set(bearer(s.president)).expect(200);
  return { electionId: election.id };
}

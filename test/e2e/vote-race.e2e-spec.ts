import type { Choice } from '@plenary/shared';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  bearer,
  castOverSocket,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  type ClientSocket,
} from '../support/plenary';

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];
const ROUNDS = 8;
const VOTERS = 40;

describe('casts racing a close', () => {
  let t: TestApp;
  let president: string;
  let meetingId: string;
  let sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    const secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    const all = (await delegations(t, meetingId)).filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      all.slice(0, 100).map((d) => d.id),
    );
    const tokens = await Promise.all(all.slice(0, VOTERS).map((d) => signInDelegation(t, secretariat, d.id)));
    sockets = await Promise.all(tokens.map((tok) => connect(t, tok)));
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('counts every acknowledged ballot and nothing else, round after round', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const q = (
        await t.http
          .post(`/api/meetings/${meetingId}/questions`)
          .set(bearer(president))
          .send({ text: `Procedural motion ${round}`, matter: 'procedural' })
          .expect(201)
      ).body;
      const vote = (
        await t.http
          .post(`/api/questions/${q.id}/votes`)
          .set(bearer(president))
          .send({ method: 'recorded' })
          .expect(201)
      ).body;
      // Each delegation's acknowledged casts, by revision: the highest is what must count.
      const acked = new Map<number, { revision: number; choice: Choice }>();
      let refused = 0;
      const casts = sockets.flatMap((s, i) =>
        [0, 1, 2].map(async (k) => {
          await new Promise((r) => setTimeout(r, Math.random() * 40));
          const choice = CHOICES[(i + k + round) % 3];
          const ack = await castOverSocket(s, vote.id, choice);
          if (ack.ok) {
            const prev = acked.get(i);
            if (!prev || ack.data.revision > prev.revision)
              acked.set(i, { revision: ack.data.revision, choice });
          } else {
            expect(ack.error.code).toBe('VOTE_CLOSED');
            refused += 1;
          }
        }),
      );
      const closing = new Promise((r) => setTimeout(r, 10 + Math.random() * 25)).then(() =>
        t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200),
      );
      const [closed] = await Promise.all([closing, ...casts]);
      const expected = { yes: 0, no: 0, abstain: 0 };
      for (const a of acked.values()) expected[a.choice] += 1;
      const { yes, no, abstain } = closed.body.vote.result;
      expect({ yes, no, abstain }).toEqual(expected);
      const db = await t.db.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM ballots WHERE vote_id = $1',
        [vote.id],
      );
      expect(db[0].n).toBe(acked.size);
      expect(acked.size + refused).toBeGreaterThan(0);
    }
  });
});

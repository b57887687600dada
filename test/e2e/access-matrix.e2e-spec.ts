import { randomUUID } from 'node:crypto';
import type { Ack, ClientToServerEvents } from '@plenary/shared';
import { SOCKET_COMMANDS } from '../../server/src/modules/realtime/realtime.gateway';
import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  bearer,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  type ClientSocket,
} from '../support/plenary';

/**
 * The authorization matrix (issue #13, item 3): every operation of the OpenAPI document and
 * every socket command, tried as each kind of principal. The expectations below are the one
 * statement of who may do what; an operation or a command the server has that is not in them
 * fails the spec, and so does one listed here that the server no longer has.
 *
 * A cell is `allow` (the request gets past authorization: any answer but 401/403, never a 5xx)
 * or `deny` (401 UNAUTHENTICATED anonymously, 403 FORBIDDEN signed in).
 */
const WHO = ['anonymous', 'observer', 'delegation', 'delegationOnB', 'president', 'secretariat'] as const;
type Who = (typeof WHO)[number];
type Cell = 'allow' | 'deny';
type GuardRole = 'secretariat' | 'president' | 'delegation' | 'observer';

interface Expectation {
  /** What the route's guard admits ('public': anyone), as the OpenAPI description must say. */
  guard: 'public' | GuardRole[];
  /** Cells decided after the guard: by the handler (who you are) or the service (whom you act for). */
  overrides?: Partial<Record<Who, Cell>>;
  /** The body each principal sends; `{}` by default (authorization is decided before validation). */
  body?: (who: Who) => unknown;
  /** A 503 with this code is a stated unavailability, not a failure (the PDF where no print view is served). */
  unavailable?: string;
}

const PUBLIC: Expectation = { guard: 'public' };
const SECRETARIAT: Expectation = { guard: ['secretariat'] };
const PRESIDENT: Expectation = { guard: ['president'] };
const STAFF: Expectation = { guard: ['secretariat', 'president'] };
/** A State acts (Art. 8.5, 13.1, 13.3): the secretariat names it; a delegation acts only for its own. */
const STATE_ACT: Expectation = {
  guard: ['secretariat', 'delegation'],
  overrides: { delegationOnB: 'deny' },
  body: (who) => (who === 'delegationOnB' ? { stateIso3: B_ISO3 } : {}),
};

const A_ISO3 = 'FRA';
const B_ISO3 = 'ITA';
const C_ISO3 = 'ESP'; // a delegation the staff's calls may change without touching A's session
const OBSERVER_ISO3 = 'DEU'; // a State Party whose credentials are not accepted: an observer

const HTTP: Record<string, Expectation> = {
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/code': PUBLIC,
  'POST /api/auth/link': PUBLIC,
  'POST /api/auth/logout': PUBLIC,
  'GET /api/auth/me': { guard: 'public', overrides: { anonymous: 'deny' } },
  'PUT /api/auth/language': {
    guard: ['secretariat', 'president', 'delegation', 'observer'],
    body: () => ({ language: 'fr' }),
  },
  'GET /api/health': PUBLIC,
  'GET /api/metrics/process': PUBLIC,
  'GET /api/states': PUBLIC,
  'POST /api/states': SECRETARIAT,
  'GET /api/register/summary': PUBLIC,
  'POST /api/states/{iso3}/instruments': SECRETARIAT,
  'POST /api/states/{iso3}/withdrawal': SECRETARIAT,
  'POST /api/states/{iso3}/withdrawal/conflict-end': SECRETARIAT,
  'GET /api/meetings/{meetingId}/record': PUBLIC,
  'GET /api/meetings/{meetingId}/record/head': PUBLIC,
  'GET /api/time': PUBLIC,
  'POST /api/meetings/{meetingId}/record/{entryId}/corrections': SECRETARIAT,
  'GET /api/meetings/{meetingId}/record/official': PUBLIC,
  'GET /api/meetings/{meetingId}/record/export/json': PUBLIC,
  'GET /api/meetings/{meetingId}/record/export/csv': PUBLIC,
  'GET /api/meetings/{meetingId}/record/export/docx': PUBLIC,
  'GET /api/meetings/{meetingId}/record/export/pdf': { guard: 'public', unavailable: 'PDF_UNAVAILABLE' },
  'POST /api/meetings/{meetingId}/record/{entryId}/intended-votes': SECRETARIAT,
  'GET /api/meetings': PUBLIC,
  'POST /api/meetings': SECRETARIAT,
  'GET /api/meetings/{id}': PUBLIC,
  'PUT /api/meetings/{id}/rules': SECRETARIAT,
  'POST /api/meetings/{id}/agenda': STAFF,
  'POST /api/meetings/{id}/status': PRESIDENT,
  'GET /api/meetings/{id}/quorum': PUBLIC,
  'GET /api/meetings/{id}/conclusions': PUBLIC,
  'POST /api/meetings/{id}/conclusions': STAFF,
  'GET /api/meetings/{meetingId}/delegations': PUBLIC,
  'POST /api/meetings/{meetingId}/delegations': SECRETARIAT,
  'POST /api/meetings/{meetingId}/delegations/bulk': SECRETARIAT,
  'PUT /api/delegations/{id}/credentials': SECRETARIAT,
  'PUT /api/delegations/{id}/presence': SECRETARIAT,
  'POST /api/delegations/{id}/sign-in-code': SECRETARIAT,
  'DELETE /api/delegations/{id}/sign-in-code': SECRETARIAT,
  'POST /api/meetings/{meetingId}/sign-in-codes': SECRETARIAT,
  'GET /api/meetings/{meetingId}/live': PUBLIC,
  'GET /api/meetings/{meetingId}/questions': PUBLIC,
  'POST /api/meetings/{meetingId}/questions': PRESIDENT,
  'POST /api/questions/{questionId}/consensus': PRESIDENT,
  'POST /api/questions/{questionId}/votes': PRESIDENT,
  'GET /api/votes/{voteId}': PUBLIC,
  // A delegation casts its own vote only: nothing in the request can name another. The route
  // also admits observers so the service can say why they may not ("Observers do not vote"):
  // a well-formed cast is what decides their cell.
  'POST /api/votes/{voteId}/ballots': {
    guard: ['delegation'],
    body: (who) => ({
      choice: 'yes',
      opId: randomUUID(),
      ...(who === 'delegationOnB' ? { delegationId: B_ISO3 } : {}),
    }),
  },
  'POST /api/votes/{voteId}/close': PRESIDENT,
  'POST /api/votes/{voteId}/roll-call': STAFF,
  'GET /api/convening/clarifications': PUBLIC,
  'POST /api/convening/clarifications': SECRETARIAT,
  'GET /api/convening/clarifications/{id}': PUBLIC,
  'POST /api/convening/clarifications/{id}/response': SECRETARIAT,
  'GET /api/convening/special-meetings': PUBLIC,
  'POST /api/convening/special-meetings': SECRETARIAT,
  'GET /api/convening/special-meetings/{id}': PUBLIC,
  'POST /api/convening/special-meetings/{id}/indications': STATE_ACT,
  'POST /api/convening/special-meetings/{id}/convene': SECRETARIAT,
  'POST /api/convening/special-meetings/{id}/lapse': SECRETARIAT,
  'POST /api/convening/special-meetings/{id}/fact-finding-missions': SECRETARIAT,
  'GET /api/convening/amendments': PUBLIC,
  'POST /api/convening/amendments': SECRETARIAT,
  'GET /api/convening/amendments/{id}': PUBLIC,
  'POST /api/convening/amendments/{id}/support': STATE_ACT,
  'POST /api/convening/amendments/{id}/earlier-requests': STATE_ACT,
  'POST /api/convening/amendments/{id}/conference': SECRETARIAT,
  'POST /api/convening/amendments/{id}/adoption': SECRETARIAT,
  'POST /api/convening/amendments/{id}/acceptances': SECRETARIAT,
  'GET /api/convening/amendments/{id}/bound': PUBLIC,
  'GET /api/convening/extension-requests': PUBLIC,
  'POST /api/convening/extension-requests': SECRETARIAT,
  'GET /api/convening/extension-requests/{id}': PUBLIC,
  'POST /api/convening/extension-requests/{id}/decision': SECRETARIAT,
  'GET /api/convening/clearance-deadlines/{iso3}': PUBLIC,
  'GET /api/convening/review-conferences/earliest': PUBLIC,
  'POST /api/convening/review-conferences': SECRETARIAT,
  'GET /api/officeholders': PUBLIC,
  'GET /api/office-terms': PUBLIC,
  'POST /api/office-terms': SECRETARIAT,
  'DELETE /api/office-terms/{id}': SECRETARIAT,
  'GET /api/coordinating-committee': PUBLIC,
  'GET /api/meetings/{meetingId}/slates': PUBLIC,
  'POST /api/meetings/{meetingId}/slates': PRESIDENT,
  'GET /api/slates/{slateId}': PUBLIC,
  'GET /api/meetings/{meetingId}/elections': PUBLIC,
  'POST /api/meetings/{meetingId}/elections': PRESIDENT,
  'GET /api/elections/{electionId}': PUBLIC,
  'POST /api/elections/{electionId}/rounds': PRESIDENT,
  'POST /api/elections/{electionId}/count': PRESIDENT,
  'POST /api/elections/{electionId}/lot': PRESIDENT,
  'POST /api/elections/{electionId}/withdrawals': PRESIDENT,
  'POST /api/elections/{electionId}/acclamation': PRESIDENT,
  // Like a vote's ballot: a delegation casts its own only; observers are refused by the service.
  'POST /api/elections/{electionId}/ballots': {
    guard: ['delegation'],
    body: (who) => ({
      round: 1,
      marks: [],
      opId: randomUUID(),
      ...(who === 'delegationOnB' ? { delegationId: B_ISO3 } : {}),
    }),
  },
  'GET /api/meetings/{meetingId}/floor': PUBLIC,
  'GET /api/meetings/{meetingId}/floor/settings': PUBLIC,
  'PUT /api/meetings/{meetingId}/floor/settings': SECRETARIAT,
  'GET /api/meetings/{meetingId}/agenda/{agendaItemId}/floor': PUBLIC,
  // The secretariat passes the guard to inscribe speakers; every other action is the President's
  // (a well-formed action of the chair from the secretariat is refused by the service, 403).
  'POST /api/meetings/{meetingId}/agenda/{agendaItemId}/floor': {
    guard: ['president', 'secretariat'],
    overrides: { secretariat: 'deny' },
    body: () => ({ action: 'open-list' }),
  },
};

/** Socket commands. `delegationOnB` sends B's delegation id along, which must change nothing. */
const SOCKET: Record<keyof ClientToServerEvents, Record<Who, Cell>> = {
  'meeting.watch': {
    anonymous: 'allow',
    observer: 'allow',
    delegation: 'allow',
    delegationOnB: 'allow',
    president: 'allow',
    secretariat: 'allow',
  },
  'convening.watch': {
    anonymous: 'allow',
    observer: 'allow',
    delegation: 'allow',
    delegationOnB: 'allow',
    president: 'allow',
    secretariat: 'allow',
  },
  'vote.cast': {
    anonymous: 'deny',
    observer: 'deny',
    delegation: 'allow',
    delegationOnB: 'allow',
    president: 'deny',
    secretariat: 'deny',
  },
  'election.cast': {
    anonymous: 'deny',
    observer: 'deny',
    delegation: 'allow',
    delegationOnB: 'allow',
    president: 'deny',
    secretariat: 'deny',
  },
  // A delegation's own requests from its pad; an observer passes (the floor's rules answer it).
  'floor.request': {
    anonymous: 'deny',
    observer: 'allow',
    delegation: 'allow',
    delegationOnB: 'allow',
    president: 'deny',
    secretariat: 'deny',
  },
  'floor.withdraw': {
    anonymous: 'deny',
    observer: 'allow',
    delegation: 'allow',
    delegationOnB: 'allow',
    president: 'deny',
    secretariat: 'deny',
  },
  'floor.pointOfOrder': {
    anonymous: 'deny',
    observer: 'allow',
    delegation: 'allow',
    delegationOnB: 'allow',
    president: 'deny',
    secretariat: 'deny',
  },
};

function cells(e: Expectation): Record<Who, Cell> {
  const admits = (role: GuardRole): Cell =>
    e.guard === 'public' || e.guard.includes(role) ? 'allow' : 'deny';
  return {
    anonymous: e.guard === 'public' ? 'allow' : 'deny',
    observer: admits('observer'),
    delegation: admits('delegation'),
    delegationOnB: admits('delegation'),
    president: admits('president'),
    secretariat: admits('secretariat'),
    ...e.overrides,
  };
}

interface Operation {
  key: string;
  method: string;
  path: string;
  description: string;
}

describe('authorization matrix: every operation and socket command × every kind of principal', () => {
  const D = '2026-03-02';
  let t: TestApp;
  let operations: Operation[];
  const tokens: Partial<Record<Who, string>> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(genevaMorning(D)) });
    tokens.secretariat = await staffToken(t, 'secretariat');
    tokens.president = await staffToken(t, 'president');
    const secretariat = tokens.secretariat;
    const meeting = await setUpMeeting(t, secretariat);
    ids.meeting = meeting.id;
    ids.item = meeting.agenda[0].id;
    const all = await delegations(t, ids.meeting);
    const of = (iso3: string) => all.find((d) => d.stateIso3 === iso3)!.id;
    Object.assign(ids, { A: of(A_ISO3), B: of(B_ISO3), C: of(C_ISO3), observer: of(OBSERVER_ISO3) });
    await t.http
      .put(`/api/delegations/${ids.observer}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'none' })
      .expect(200);
    tokens.delegation = await signInDelegation(t, secretariat, ids.A);
    tokens.delegationOnB = tokens.delegation;
    tokens.observer = await signInDelegation(t, secretariat, ids.observer);
    expect((await t.http.get('/api/auth/me').set(bearer(tokens.observer)).expect(200)).body).toMatchObject({
      role: 'observer',
      stateIso3: OBSERVER_ISO3,
    });

    // A vote open, a question, a record entry, a Special Meeting proposal and an amendment to act on.
    await checkIn(
      t,
      secretariat,
      all.filter((d) => d.standing === 'participant').map((d) => d.id),
    );
    const president = tokens.president;
    await t.http
      .post(`/api/meetings/${ids.meeting}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    ids.question = (
      await t.http
        .post(`/api/meetings/${ids.meeting}/questions`)
        .set(bearer(president))
        .send({ text: 'Adopt the agenda', matter: 'procedural' })
        .expect(201)
    ).body.id;
    ids.vote = (
      await t.http
        .post(`/api/questions/${ids.question}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body.id;
    ids.entry = (await t.http.get(`/api/meetings/${ids.meeting}/record`).expect(200)).body[0].id;
    // An election with its first round open, for the ballot cells.
    ids.election = (
      await t.http
        .post(`/api/meetings/${ids.meeting}/elections`)
        .set(bearer(president))
        .send({
          title: 'Election of a Vice-President',
          places: 1,
          candidates: [{ state: 'NOR' }, { state: 'CHL' }],
        })
        .expect(201)
    ).body.id;
    await t.http
      .post(`/api/elections/${ids.election}/rounds`)
      .set(bearer(president))
      .send({ round: 1 })
      .expect(201);
    const parties = (
      (await t.http.get('/api/states').query({ on: D }).expect(200)).body.states as {
        iso3: string;
        status: string;
      }[]
    )
      .filter((s) => s.status === 'party' && ![A_ISO3, B_ISO3].includes(s.iso3))
      .map((s) => s.iso3);
    ids.proposal = (
      await t.http
        .post('/api/convening/special-meetings')
        .set(bearer(secretariat))
        .send({ requestingStates: [parties[0]], matter: 'A compliance matter', communicatedOn: D })
        .expect(201)
    ).body.id;
    ids.amendment = (
      await t.http
        .post('/api/convening/amendments')
        .set(bearer(secretariat))
        .send({ proposedBy: parties[0], text: 'Amend Article 5', circulatedOn: D })
        .expect(201)
    ).body.id;

    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { description?: string }>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        description: op.description ?? '',
      })),
    );
  });
  afterAll(() => t.close());

  /** Fills a path's parameters with real ids; `who` decides whose delegation a path names. */
  function concrete(path: string, who: Who): string {
    return path.replace(/\{(\w+)\}/g, (_m, name: string, offset: number) => {
      const before = path.slice(0, offset);
      switch (name) {
        case 'meetingId':
          return ids.meeting;
        case 'questionId':
          return ids.question;
        case 'voteId':
          return ids.vote;
        case 'entryId':
          return ids.entry;
        case 'electionId':
          return ids.election;
        case 'slateId':
          return randomUUID(); // authorization comes before lookup
        case 'agendaItemId':
          return ids.item;
        case 'iso3':
          return B_ISO3;
        case 'id':
          if (before.endsWith('/meetings/')) return ids.meeting;
          if (before.endsWith('/delegations/'))
            return who === 'delegationOnB' ? ids.B : who === 'delegation' ? ids.A : ids.C;
          if (before.endsWith('/special-meetings/')) return ids.proposal;
          if (before.endsWith('/amendments/')) return ids.amendment;
          return randomUUID(); // clarifications, extension requests, office terms: authorization comes before lookup
        default:
          throw new Error(`no value for {${name}} in ${path}: teach the matrix`);
      }
    });
  }

  it('lists every operation of the OpenAPI document, and nothing the server no longer has', () => {
    const served = operations.map((o) => o.key).sort();
    const listed = Object.keys(HTTP).sort();
    expect(served.filter((k) => !HTTP[k])).toEqual([]); // a new endpoint: add it to HTTP above
    expect(listed.filter((k) => !served.includes(k))).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(60);
  });

  it('documents each operation’s roles as its guard enforces them', () => {
    const documented = operations.map((o) => ({ key: o.key, description: o.description }));
    const expected = operations.map((o) => {
      const g = HTTP[o.key].guard;
      return { key: o.key, description: g === 'public' ? 'Public' : `Roles: ${g.join(', ')}` };
    });
    expect(documented).toEqual(expected);
  });

  it('answers every operation × principal as the matrix says, never with a 5xx', async () => {
    // Signing out ends the session the other cells use: those go last.
    const ordered = [...operations].sort(
      (a, b) => Number(a.key === 'POST /api/auth/logout') - Number(b.key === 'POST /api/auth/logout'),
    );
    const wrong: string[] = [];
    let tried = 0;
    for (const op of ordered) {
      const expectation = HTTP[op.key];
      const expected = cells(expectation);
      for (const who of WHO) {
        const url = concrete(op.path, who);
        let req = t.http[op.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](url);
        const token = tokens[who as Exclude<Who, 'anonymous'>];
        if (who !== 'anonymous' && token) req = req.set(bearer(token));
        if (op.method !== 'GET') req = req.send(expectation.body?.(who) ?? {});
        const res = await req;
        tried += 1;
        const got = res.status;
        const denied = who === 'anonymous' ? 401 : 403;
        const unavailable =
          got === 503 && expectation.unavailable !== undefined && res.body.code === expectation.unavailable;
        const ok =
          (got < 500 || (unavailable && expected[who] === 'allow')) &&
          (expected[who] === 'deny'
            ? got === denied && res.body.code === (denied === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN')
            : got !== 401 && got !== 403);
        if (!ok)
          wrong.push(
            `${op.key} as ${who}: expected ${expected[who]}, got ${got} ${JSON.stringify(res.body)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(tried).toBe(operations.length * WHO.length);
  });

  it('answers every socket command × principal as the matrix says', async () => {
    // A fresh delegation session (the HTTP matrix signed the others out).
    const president = await staffToken(t, 'president');
    const secretariat = await staffToken(t, 'secretariat');
    const a = await signInDelegation(t, secretariat, ids.A);
    const observer = await signInDelegation(t, secretariat, ids.observer);
    // The HTTP matrix may have closed the vote: open a new one.
    const q = (
      await t.http
        .post(`/api/meetings/${ids.meeting}/questions`)
        .set(bearer(president))
        .send({ text: 'Adopt the report', matter: 'procedural' })
        .expect(201)
    ).body.id as string;
    const voteId = (
      await t.http
        .post(`/api/questions/${q}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body.id as string;
    const socketTokens: Record<Who, string | undefined> = {
      anonymous: undefined,
      observer,
      delegation: a,
      delegationOnB: a,
      president,
      secretariat,
    };
    const payloads: Record<keyof ClientToServerEvents, (who: Who) => unknown> = {
      'meeting.watch': () => ({ meetingId: ids.meeting }),
      'convening.watch': () => ({}),
      'election.cast': (who) => ({
        electionId: ids.election,
        round: 1,
        marks: [],
        opId: randomUUID(),
        ...(who === 'delegationOnB' ? { delegationId: ids.B } : {}),
      }),
      'floor.request': () => ({ meetingId: ids.meeting }),
      'floor.withdraw': () => ({ meetingId: ids.meeting }),
      'floor.pointOfOrder': () => ({ meetingId: ids.meeting }),
      'vote.cast': (who) => ({
        voteId,
        choice: 'yes',
        opId: randomUUID(),
        ...(who === 'delegationOnB' ? { delegationId: ids.B } : {}),
      }),
    };
    expect(Object.keys(SOCKET).sort()).toEqual(Object.keys(SOCKET_COMMANDS).sort());
    const wrong: string[] = [];
    const sockets: ClientSocket[] = [];
    for (const command of Object.keys(SOCKET_COMMANDS) as (keyof ClientToServerEvents)[]) {
      for (const who of WHO) {
        const socket = await connect(t, socketTokens[who]);
        sockets.push(socket);
        const ack = (await socket
          .timeout(10000)
          .emitWithAck(command as 'meeting.watch', payloads[command](who) as never)) as Ack<unknown>;
        const refusal = ack.ok ? null : ack.error.code;
        const ok =
          SOCKET[command][who] === 'allow'
            ? refusal !== 'UNAUTHENTICATED' && refusal !== 'FORBIDDEN' && refusal !== 'INTERNAL'
            : refusal === (who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        if (!ok)
          wrong.push(`${command} as ${who}: expected ${SOCKET[command][who]}, got ${JSON.stringify(ack)}`);
      }
    }
    sockets.forEach((s) => s.disconnect());
    expect(wrong).toEqual([]);
    // Acting "on B" cast A's ballot, never B's.
    const ballots = await t.db.dataSource.query<{ delegation_id: string }[]>(
      'SELECT delegation_id FROM ballots WHERE vote_id = $1',
      [voteId],
    );
    expect(ballots.map((b) => b.delegation_id)).toEqual([ids.A]);
  });
});

import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import type { ClientToServerEvents } from '@plenary/shared';
import { io } from 'socket.io-client';
import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  COOKIES,
  FIELD_VALUES,
  PARAM_VALUES,
  PAYLOADS,
  QUERY_VALUES,
  exampleOf,
  rawBodies,
  type Hints,
  type JsonSchema,
  type RawBody,
} from '../support/fuzz-corpus';
import {
  bearer,
  checkIn,
  delegations,
  setUpMeeting,
  signInDelegation,
  type ClientSocket,
} from '../support/plenary';

const D = '2026-03-02';
type Role = 'secretariat' | 'president' | 'delegation';
const ROLES: Role[] = ['secretariat', 'president', 'delegation'];

/** Every client-to-server event; the compiler refuses this list if the event map gains or loses one. */
const COMMANDS = {
  'meeting.watch': true,
  'vote.cast': true,
  'convening.watch': true,
  'election.cast': true,
  'floor.request': true,
  'floor.withdraw': true,
  'floor.pointOfOrder': true,
} satisfies Record<keyof ClientToServerEvents, true>;

type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  params: string[];
  query: string[];
  body?: JsonSchema;
  /** Roles the document says the endpoint admits; null when it is public. */
  roles: string[] | null;
};

type Body = { kind: 'none' } | { kind: 'json'; value: unknown } | ({ kind: 'raw' } & RawBody);

/**
 * Issue 9, item 5: a fixed hostile corpus to every POST/PUT/PATCH/DELETE of the OpenAPI document
 * (and the parameters and queries of every GET), as secretariat, President and delegation, and to
 * every socket command. Anything a client can send gets a 4xx or a socket error, never a 5xx or
 * INTERNAL; and nothing sent pollutes Object.prototype of the (in-process) server.
 */
describe('fuzz: hostile input to every endpoint and socket command', () => {
  const clock = new FixedClock(genevaMorning(D));
  let t: TestApp;
  const tokens = {} as Record<Role, string>;
  let ops: Operation[] = [];
  let hints: Hints;
  let ids: Record<string, string>;
  const totals: Record<string, number> = {
    sent: 0,
    '2xx': 0,
    '3xx': 0,
    '4xx': 0,
    '5xx': 0,
    pdfUnavailable: 0,
    dropped: 0,
  };
  const socketTotals: Record<string, number> = { sent: 0, ok: 0, error: 0, INTERNAL: 0, disconnected: 0 };
  const failures: string[] = [];

  // One connection reused: thousands of requests without a TCP handshake each.
  const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
  const polluted = () => (({}) as Record<string, unknown>).polluted !== undefined;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    tokens.secretariat = await staffToken(t, 'secretariat');
    tokens.president = await staffToken(t, 'president');
    const states = (await t.http.get('/api/states').query({ on: D }).expect(200)).body.states as {
      iso3: string;
      status: string;
    }[];
    const parties = states.filter((s) => s.status === 'party').map((s) => s.iso3);
    const meeting = await setUpMeeting(t, tokens.secretariat);
    const ds = (await delegations(t, meeting.id)).filter((d) => d.stateIso3);
    await checkIn(
      t,
      tokens.secretariat,
      ds.slice(0, 90).map((d) => d.id),
    );
    tokens.delegation = await signInDelegation(t, tokens.secretariat, ds[0].id);
    const as = (role: Role) => ({ Authorization: `Bearer ${tokens[role]}` });
    const post = async (role: Role, path: string, body: Record<string, unknown> = {}) =>
      (
        await t.http
          .post(path)
          .set(as(role))
          .send(body)
          .expect((r) => expect(r.status).toBeLessThan(300))
      ).body;
    await post('president', `/api/meetings/${meeting.id}/status`, { action: 'open' });
    const question = await post('president', `/api/meetings/${meeting.id}/questions`, {
      text: 'A procedural question',
      matter: 'procedural',
    });
    const vote = await post('president', `/api/questions/${question.id}/votes`, { method: 'recorded' });
    const clarification = await post('secretariat', '/api/convening/clarifications', {
      requestingStates: [parties[0]],
      requestedState: parties[1],
      submittedOn: D,
      information: 'Allegations of use',
    });
    const proposal = await post('secretariat', '/api/convening/special-meetings', {
      clarificationId: clarification.id,
      requestingStates: [parties[0]],
      matter: 'Compliance of the requested State',
      communicatedOn: D,
    });
    const amendment = await post('secretariat', '/api/convening/amendments', {
      proposedBy: parties[0],
      text: 'Amend Article 5',
      circulatedOn: D,
    });
    const extension = await post('secretariat', '/api/convening/extension-requests', {
      stateIso3: parties[3],
      submittedOn: D,
      currentDeadline: '2027-03-01',
      years: 3,
      contents: 'Reasons, preparatory work, circumstances (Art. 5.4)',
    });
    const election = await post('president', `/api/meetings/${meeting.id}/elections`, {
      title: 'Election of a Vice-President',
      places: 1,
      candidates: [{ state: parties[6] }, { state: parties[7] }],
    });
    const record = (await t.http.get(`/api/meetings/${meeting.id}/record`).expect(200)).body as {
      id: number;
    }[];
    ids = {
      meetings: meeting.id,
      meetingId: meeting.id,
      // Another delegation than the one signed in, so revoking its code leaves our session alone.
      delegations: ds[1].id,
      questions: question.id,
      questionId: question.id,
      votes: vote.id,
      voteId: vote.id,
      clarifications: clarification.id,
      clarificationId: clarification.id,
      'special-meetings': proposal.id,
      amendments: amendment.id,
      'extension-requests': extension.id,
      entryId: String(record[0].id),
      iso3: parties[5],
      agendaItemId: meeting.agenda[0].id,
      elections: election.id,
      electionId: election.id,
    };
    hints = {
      iso3: parties[5],
      date: D,
      uuids: {
        questionId: () => question.id,
        voteId: () => vote.id,
        meetingId: () => meeting.id,
        clarificationId: () => clarification.id,
        agendaItemId: () => meeting.agenda[0].id,
        electionId: () => election.id,
      },
    };

    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<
        string,
        Record<
          string,
          {
            description?: string;
            parameters?: { in: string; name: string }[];
            requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
          }
        >
      >;
    };
    // Destructive ones last (signing out, revoking, closing), so the others run signed in and open.
    const rank = (o: Operation) =>
      o.path.endsWith('/logout') ? 3 : o.method === 'delete' ? 2 : o.path.endsWith('/close') ? 1 : 0;
    ops = Object.entries(doc.paths)
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({
          method: method as Operation['method'],
          path,
          params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          body: op.requestBody?.content['application/json']?.schema,
          roles: /^Roles: /.test(op.description ?? '')
            ? (op.description as string).slice('Roles: '.length).split(/,\s*/)
            : null,
        })),
      )
      .filter((o) => o.path.startsWith('/api/') && !o.path.startsWith('/api/docs'))
      .sort((a, b) => rank(a) - rank(b));
  });

  afterAll(async () => {
    console.log(
      `fuzz totals: HTTP ${totals.sent} requests: 2xx ${totals['2xx']}, 3xx ${totals['3xx']}, 4xx ${totals['4xx']}, 5xx ${totals['5xx']}, dropped by the HTTP parser ${totals.dropped}; ` +
        `socket ${socketTotals.sent} commands: ok ${socketTotals.ok}, error ${socketTotals.error}, INTERNAL ${socketTotals.INTERNAL}, disconnected ${socketTotals.disconnected}`,
    );
    keepAlive.destroy();
    await t?.close();
  });

  /** The value for a path parameter that names a real row, so the request reaches the service. */
  function realParam(op: Operation, name: string): string {
    if (ids[name]) return ids[name];
    const segments = op.path.split('/');
    const before = segments[segments.indexOf(`{${name}}`) - 1];
    return ids[before] ?? randomUUID();
  }

  function pathWith(op: Operation, override?: { name: string; value: string }): string {
    return op.params.reduce(
      (p, name) => p.replace(`{${name}}`, override?.name === name ? override.value : realParam(op, name)),
      op.path,
    );
  }

  async function send(
    op: Operation,
    role: Role | 'a hostile cookie',
    label: string,
    body: Body,
    path = pathWith(op),
    query = '',
  ) {
    totals.sent += 1;
    const where = `${op.method.toUpperCase()} ${op.path} as ${role} [${label}]`;
    let req = t.http[op.method](path + query)
      .agent(keepAlive)
      .set(role === 'a hostile cookie' ? { Cookie: label } : bearer(tokens[role]));
    if (body.kind === 'json') req = req.send(body.value as object);
    if (body.kind === 'raw') req = req.set(body.headers).send(body.body);
    try {
      const res = await req;
      // Not a failure: the PDF export says it cannot render here (this app serves no print view).
      const unavailable = res.status === 503 && /"code":"PDF_UNAVAILABLE"/.test(res.text);
      totals[unavailable ? 'pdfUnavailable' : `${Math.floor(res.status / 100)}xx`] += 1;
      if (res.status >= 500 && !unavailable)
        failures.push(`${where} -> ${res.status} ${res.text.slice(0, 300)}`);
    } catch (e) {
      // Node's own HTTP parser may drop a request it cannot read; the app never saw it.
      totals.dropped += 1;
      if (!/socket hang up|ECONNRESET|EPIPE/.test(String(e))) failures.push(`${where} -> ${String(e)}`);
    }
    if (polluted()) failures.push(`${where} polluted Object.prototype`);
  }

  it('answers every socket command with data or an error, never INTERNAL', async () => {
    const open = async (token?: string): Promise<ClientSocket> => {
      const socket: ClientSocket = io(t.baseUrl, {
        transports: ['websocket'],
        auth: token ? { token } : {},
        reconnection: false,
        forceNew: true,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      return socket;
    };
    // Frames are written raw (socket.io EVENT with an ack id): the client library's own encoder
    // recurses and would give up on deep nesting before the server ever saw it.
    let nextAck = 1000;
    const emitRaw = (
      socket: ClientSocket,
      event: string,
      payload: unknown,
      extra: unknown[] = [],
      payloadText?: string,
    ): Promise<unknown> => {
      const id = nextAck++;
      const frame =
        payloadText !== undefined
          ? `2${id}["${event}",${payloadText}]`
          : `2${id}${JSON.stringify(payload === undefined ? [event] : [event, payload, ...extra])}`;
      const engine = socket.io.engine;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error('no answer')), 10_000);
        const onMessage = (data: unknown) => {
          if (typeof data === 'string' && data.startsWith(`3${id}[`))
            done(null, (JSON.parse(data.slice(`3${id}`.length)) as unknown[])[0]);
        };
        const onClose = () => done(new Error('disconnected'));
        function done(err: Error | null, value?: unknown) {
          clearTimeout(timer);
          engine.off('message', onMessage);
          engine.off('close', onClose);
          if (err) reject(err);
          else resolve(value);
        }
        engine.on('message', onMessage);
        engine.on('close', onClose);
        engine.write(frame);
      });
    };
    const plausible: Record<keyof typeof COMMANDS, () => Record<string, unknown>> = {
      'meeting.watch': () => ({ meetingId: ids.meetings }),
      'vote.cast': () => ({ voteId: ids.votes, choice: 'yes', opId: randomUUID() }),
      'convening.watch': () => ({}),
      'election.cast': () => ({ electionId: ids.elections, round: 1, marks: [], opId: randomUUID() }),
      'floor.request': () => ({ meetingId: ids.meetings, queue: 'speakers' }),
      'floor.withdraw': () => ({ meetingId: ids.meetings, queue: 'speakers' }),
      'floor.pointOfOrder': () => ({ meetingId: ids.meetings }),
    };
    for (const role of [...ROLES, 'public'] as const) {
      const token = role === 'public' ? undefined : tokens[role];
      let socket = await open(token);
      try {
        for (const event of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) {
          const payloads = [
            { label: 'plausible', value: plausible[event]() as unknown },
            ...PAYLOADS,
            ...Object.keys(plausible[event]()).flatMap((field) =>
              FIELD_VALUES.map((v) => ({
                label: `${field}: ${v.label}`,
                value: { ...plausible[event](), [field]: v.value },
              })),
            ),
          ];
          for (const { label, value } of payloads) {
            socketTotals.sent += 1;
            try {
              const ack = (await emitRaw(socket, event, value)) as { ok: boolean; error?: { code: string } };
              if (ack.ok) socketTotals.ok += 1;
              else if (ack.error?.code === 'INTERNAL') {
                socketTotals.INTERNAL += 1;
                failures.push(`socket ${event} as ${role} [${label}] -> INTERNAL`);
              } else socketTotals.error += 1;
            } catch (e) {
              // Over the server's buffer limit socket.io closes the connection: open another.
              if (String(e).includes('no answer'))
                failures.push(`socket ${event} as ${role} [${label}] -> no answer`);
              socketTotals.disconnected += 1;
              socket.close();
              socket = await open(token);
            }
            if (polluted()) failures.push(`socket ${event} as ${role} [${label}] polluted Object.prototype`);
          }
          socketTotals.sent += 1;
          const deep = '['.repeat(50_000) + ']'.repeat(50_000);
          const nested = (await emitRaw(socket, event, null, [], deep)) as {
            ok: boolean;
            error?: { code: string };
          };
          if (nested.error?.code === 'INTERNAL')
            failures.push(`socket ${event} as ${role} [deep nesting] -> INTERNAL`);
          socketTotals.sent += 1;
          const extra = (await emitRaw(socket, event, plausible[event](), ['extra', 1])) as { ok: boolean };
          if (!('ok' in extra))
            failures.push(`socket ${event} as ${role} [extra arguments] -> ${JSON.stringify(extra)}`);
          // Without an ack id the server must neither crash nor stop answering.
          socket.io.engine.write(`2${JSON.stringify([event, null])}`);
        }
        expect(await emitRaw(socket, 'convening.watch', {})).toMatchObject({ ok: true });
      } finally {
        socket.close();
      }
    }
    for (const auth of [
      { token: 123 },
      { token: 'a\u0000b' },
      { token: '\ud800' },
      { token: 'x'.repeat(100_000) },
    ]) {
      socketTotals.sent += 1;
      const socket = io(t.baseUrl, { transports: ['websocket'], auth, reconnection: false, forceNew: true });
      const outcome = await new Promise<string>((resolve) => {
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', (e) => resolve(e.message));
      });
      socket.close();
      if (/internal/i.test(outcome))
        failures.push(`socket handshake ${JSON.stringify(auth).slice(0, 40)} -> ${outcome}`);
      else socketTotals.error += 1;
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('answers every request of the corpus with a status below 500', async () => {
    expect(ops.filter((o) => o.method !== 'get').length).toBeGreaterThan(30);
    for (const op of ops) {
      for (const role of ROLES) {
        // Bodies are parsed before anyone is signed in, so every role gets the raw corpus and the
        // parameters; the field-by-field corpus goes to the roles the endpoint admits (the others
        // are refused by the guard before any field is read).
        const admitted = op.roles === null || op.roles.includes(role);
        if (op.method === 'get' && role !== 'secretariat') continue;
        const base = () => exampleOf(op.body, hints);
        const plain: Body = op.body ? { kind: 'json', value: base() } : { kind: 'none' };
        for (const name of op.params)
          for (const value of PARAM_VALUES)
            await send(op, role, `${name}=${value.slice(0, 20)}`, plain, pathWith(op, { name, value }));
        for (const name of op.query)
          for (const value of QUERY_VALUES)
            await send(op, role, `?${name}=${value.slice(0, 20)}`, plain, undefined, `?${name}=${value}`);
        if (op.method === 'get') continue;
        await send(op, role, 'plausible', plain);
        for (const raw of rawBodies(base())) await send(op, role, raw.label, { kind: 'raw', ...raw });
        if (!admitted) continue;
        const fields = Object.keys(
          op.body?.properties ?? op.body?.oneOf?.[0]?.properties ?? op.body?.anyOf?.[0]?.properties ?? {},
        );
        for (const field of fields)
          for (const v of FIELD_VALUES)
            await send(op, role, `${field}: ${v.label}`, {
              kind: 'json',
              value: { ...(base() as object), [field]: v.value },
            });
      }
    }
    // The session may also come as a cookie, read before any role is known.
    for (const op of ops)
      for (const cookie of COOKIES)
        await send(
          op,
          'a hostile cookie',
          cookie,
          op.body ? { kind: 'json', value: exampleOf(op.body, hints) } : { kind: 'none' },
        );
    expect(failures).toEqual([]);
    expect(totals['5xx']).toBe(0);
  }, 900_000);
});

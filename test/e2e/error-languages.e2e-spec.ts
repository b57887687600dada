import {
  type Ack,
  ApiErrorSchema,
  formatMessage,
  type LiveSnapshot,
  QuorumViewSchema,
  reason,
  renderError,
  renderReason,
} from '@plenary/shared';
import { io } from 'socket.io-client';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { bearer, checkInAndOpen, delegations, setUpMeeting, type ClientSocket } from '../support/plenary';

/*
 * The server's refusals in the request's language (issue #16 item 4): the same 4xx asked for in
 * French, Arabic and English keeps its status, `code` and `field`; only the message changes,
 * rendered from the error's reason (with its facts) or its code. English keeps the message written
 * where the error arose.
 */
describe('4xx messages in the language the request asks for', () => {
  let t: TestApp;
  let president: string;
  let meetingId: string;
  let itemId: string;
  let secretariat: string;
  let delegationId: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    const meeting = await setUpMeeting(t, secretariat);
    meetingId = meeting.id;
    itemId = meeting.agenda[1].id;
    // An open meeting, so that putting a question reaches the rule's check.
    const all = await delegations(t, meetingId);
    delegationId = all[0].id;
    await checkInAndOpen(
      t,
      { secretariat, president },
      meetingId,
      all.slice(0, 100).map((d) => d.id),
    );
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t?.close();
  });

  // A matter of substance cannot be put under a simple majority (Art. 11 needs two-thirds).
  const belowRule = (lang: { header?: string; query?: string }) => {
    const req = t.http
      .post(`/api/meetings/${meetingId}/questions`)
      .query(lang.query ? { lang: lang.query } : {})
      .set(bearer(president));
    if (lang.header) req.set('Accept-Language', lang.header);
    return req
      .send({ text: 'Adopt the draft decision', matter: 'other-substance', rule: 'majority-present-voting' })
      .expect(422);
  };

  it('renders a rule’s refusal from its reason in French and Arabic, English unchanged', async () => {
    const en = ApiErrorSchema.parse((await belowRule({})).body);
    const fr = ApiErrorSchema.parse((await belowRule({ header: 'fr-CH, fr;q=0.9, en;q=0.8' })).body);
    const ar = ApiErrorSchema.parse((await belowRule({ query: 'ar' })).body);
    const why = reason('refusal.ruleBelowRequired', {
      matter: 'other-substance',
      rule: 'two-thirds-present-voting',
      article: null,
    });
    for (const body of [en, fr, ar])
      expect(body).toMatchObject({ statusCode: 422, code: 'RULE_BELOW_REQUIRED', field: 'rule' });
    // English: the rule's own sentence, as before.
    expect(en.message).toMatch(/requires at least a two-thirds majority/);
    expect(fr.message).toBe(renderError('fr', { code: 'RULE_BELOW_REQUIRED', field: 'rule', reason: why }));
    expect(fr.message.startsWith(renderReason('fr', why))).toBe(true);
    expect(fr.message).toContain(formatMessage('fr', 'votingRule.two-thirds-present-voting'));
    expect(ar.message).toBe(renderError('ar', { code: 'RULE_BELOW_REQUIRED', field: 'rule', reason: why }));
    expect(ar.message).toContain(formatMessage('ar', 'votingRule.two-thirds-present-voting'));
    expect(new Set([en.message, fr.message, ar.message]).size).toBe(3);
  });

  it('renders a register refusal from its reason: the State and the date in the reader’s language', async () => {
    // Norway has been a State Party since 1999: a new instrument is refused (ALREADY_PARTY).
    const deposit = (lang?: string) =>
      t.http
        .post('/api/states/NOR/instruments')
        .query(lang ? { lang } : {})
        .set(bearer(secretariat))
        .send({ type: 'accession', depositDate: '2026-03-01' })
        .expect(422)
        .then((r) => ApiErrorSchema.parse(r.body));
    const [en, fr, ar] = await Promise.all([deposit(), deposit('fr'), deposit('ar')]);
    const why = reason('refusal.alreadyParty', { iso3: 'NOR', date: '2026-03-01' });
    for (const body of [en, fr, ar])
      expect(body).toMatchObject({ code: 'ALREADY_PARTY', field: 'depositDate' });
    expect(en.message).toBe('Norway is already a State Party on 2026-03-01.');
    expect(fr.message).toBe(renderError('fr', { code: 'ALREADY_PARTY', field: 'depositDate', reason: why }));
    expect(fr.message).toMatch(/^Norvège : cet État est déjà partie à la Convention le 1(er)? mars 2026\./);
    expect(ar.message).toBe(renderError('ar', { code: 'ALREADY_PARTY', field: 'depositDate', reason: why }));
    expect(ar.message).toContain('النرويج');
  });

  it('renders a floor refusal from its reason, not the code’s general sentence', async () => {
    const addSpeaker = (lang?: string) =>
      t.http
        .post(`/api/meetings/${meetingId}/agenda/${itemId}/floor`)
        .query(lang ? { lang } : {})
        .set(bearer(president))
        .send({ action: 'add-speaker', delegationId })
        .expect(422)
        .then((r) => ApiErrorSchema.parse(r.body));
    // The list of speakers is not open yet.
    const [en, fr, ru] = await Promise.all([addSpeaker(), addSpeaker('fr'), addSpeaker('ru')]);
    for (const body of [en, fr, ru]) expect(body.code).toBe('LIST_NOT_OPEN');
    expect(en.message).toMatch(/^The President has not yet opened the list of speakers\. \(list of speakers/);
    expect(fr.message).toBe('Le Président n’a pas encore ouvert la liste des orateurs.');
    expect(fr.message).not.toBe(renderError('fr', { code: 'LIST_NOT_OPEN' }));
    expect(ru.message).toBe(renderReason('ru', reason('refusal.floor.listNotOpen', {})));
  });

  it('renders a validation refusal from its code, keeping code, field and issues', async () => {
    const post = (accept?: string) => {
      const req = t.http.post(`/api/meetings/${meetingId}/questions`).set(bearer(president));
      if (accept) req.set('Accept-Language', accept);
      return req.send({ text: 'x', matter: 'other-substance' }).expect(400);
    };
    const [en, fr, ar] = await Promise.all([post(), post('fr'), post('ar-EG')]).then((rs) =>
      rs.map((r) => ApiErrorSchema.parse(r.body)),
    );
    for (const body of [fr, ar]) {
      expect(body.code).toBe(en.code);
      expect(body.field).toBe(en.field);
      expect(body.issues).toEqual(en.issues);
    }
    expect(en).toMatchObject({ code: 'VALIDATION', field: 'text' });
    expect(en.message).toMatch(/^Invalid body: text /);
    // The contract's own English words ('must have at least 3 characters') become zod's French ones.
    expect(fr.message).toBe(
      'La requête n’est pas valide. Trop petit : chaîne de caractères doit avoir >=3 caractères (champ : text)',
    );
    expect(ar.message.startsWith(renderError('ar', { code: 'VALIDATION' }))).toBe(true);
    expect(ar.message).toContain('(الحقل: text)');
    expect(ar.message).not.toMatch(/characters/);
  });

  it('words every common validation issue in the request’s language: type, enum, format, number', async () => {
    const question = (lang?: string) =>
      t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .query(lang ? { lang } : {})
        .set(bearer(president))
        .send({ agendaItemId: 'item-1', text: 5, matter: 'nonsense' })
        .expect(400)
        .then((r) => ApiErrorSchema.parse(r.body));
    const [en, fr] = await Promise.all([question(), question('fr')]);
    expect(fr.issues).toEqual(en.issues);
    expect(fr.field).toBe(en.field);
    expect(en.message).toMatch(/^Invalid body: agendaItemId must be an agenda item id; text /);
    expect(fr.message.startsWith('La requête n’est pas valide. ')).toBe(true);
    expect(fr.message).toContain('UUID invalide (champ : agendaItemId)');
    expect(fr.message).toContain(
      'Entrée invalide : chaîne de caractères attendu, nombre reçu (champ : text)',
    );
    expect(fr.message).toMatch(/Option invalide : une valeur parmi .* attendue \(champ : matter\)/);
    // A number too big, in Arabic, on the floor's actions.
    const move = (lang?: string) =>
      t.http
        .post(`/api/meetings/${meetingId}/agenda/${itemId}/floor`)
        .query(lang ? { lang } : {})
        .set(bearer(president))
        .send({ action: 'move-speaker', delegationId, toIndex: 20_000 })
        .expect(400)
        .then((r) => ApiErrorSchema.parse(r.body));
    const [enMove, arMove] = await Promise.all([move(), move('ar')]);
    expect(arMove).toMatchObject({ code: 'VALIDATION', field: 'toIndex', issues: enMove.issues });
    expect(arMove.message).toBe(
      `${renderError('ar', { code: 'VALIDATION' })} أكبر من اللازم: يفترض أن تكون number <= 10000 (الحقل: toIndex)`,
    );
  });

  it('answers English for an unknown or absent language, and `?lang=` wins over the header', async () => {
    const missing = (q: Record<string, string>, accept?: string) => {
      const req = t.http.get('/api/meetings/00000000-0000-4000-8000-000000000000/quorum').query(q);
      if (accept) req.set('Accept-Language', accept);
      return req.expect(404).then((r) => ApiErrorSchema.parse(r.body));
    };
    const en = await missing({});
    const de = await missing({}, 'de-DE, de;q=0.9');
    const zh = await missing({ lang: 'zh' }, 'fr');
    expect(de.message).toBe(en.message);
    expect(en.code).toBe('NOT_FOUND');
    expect(zh.code).toBe('NOT_FOUND');
    expect(zh.message.startsWith(renderError('zh', { code: 'NOT_FOUND' }))).toBe(true);
  });

  it('sends explanations as data beside the English sentence, so any language can render them', async () => {
    const quorum = QuorumViewSchema.parse(
      (await t.http.get(`/api/meetings/${meetingId}/quorum`).expect(200)).body,
    );
    expect(quorum.opening.reason).toEqual({
      code: 'quorum.met',
      params: expect.objectContaining({ present: 100, parties: 161, required: 54 }),
    });
    expect(quorum.decision.reason?.code).toBe('quorum.met');
    expect(renderReason('fr', quorum.decision.reason!)).toContain('100');
    const summary = (await t.http.get('/api/register/summary').query({ on: '2026-03-02' }).expect(200)).body;
    expect(summary.oneThirdToConvene.reason).toEqual({
      code: 'count.minimum',
      params: {
        countRule: 'one-third-of-parties',
        parties: summary.count,
        minimum: summary.oneThirdToConvene.required,
      },
    });
  });

  it('answers a socket command’s refusal in the handshake’s language', async () => {
    const open = (options: { auth?: object; extraHeaders?: Record<string, string> }) =>
      new Promise<ClientSocket>((resolve, reject) => {
        const s: ClientSocket = io(t.baseUrl, {
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
          ...options,
        });
        sockets.push(s);
        s.once('connect', () => resolve(s));
        s.once('connect_error', reject);
      });
    const badWatch = async (s: ClientSocket) => {
      const ack: Ack<LiveSnapshot> = await s
        .timeout(10000)
        .emitWithAck('meeting.watch', { meetingId: 'nope' });
      if (ack.ok) throw new Error('a malformed meeting id was accepted');
      return ack.error;
    };
    const en = await badWatch(await open({}));
    const fr = await badWatch(await open({ auth: { lang: 'fr' } }));
    const ar = await badWatch(await open({ extraHeaders: { 'Accept-Language': 'ar' } }));
    expect(en).toMatchObject({ code: 'VALIDATION', field: 'meetingId' });
    expect(fr).toEqual({
      code: 'VALIDATION',
      field: 'meetingId',
      message: 'La requête n’est pas valide. UUID invalide (champ : meetingId)',
    });
    expect(ar).toEqual({
      code: 'VALIDATION',
      field: 'meetingId',
      message: renderError('ar', {
        code: 'VALIDATION',
        localIssues: [{ field: 'meetingId', message: 'UUID غير مقبول' }],
      }),
    });
    expect(en.message).not.toBe(fr.message);
  });
});

import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CreateMeetingBodySchema, addDays } from '@plenary/shared';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { AuthService } from '../auth/auth.service';
import { UserEntity } from '../auth/user.entity';
import { DelegationService } from '../delegation/delegation.service';
import { SignInCodeService } from '../delegation/sign-in-code.service';
import { MeetingService } from '../meeting/meeting.service';
import { RegisterService } from '../register/register.service';

const DEMO_CODE = '23MSP';
const AGENDA = [
  'Opening of the meeting',
  'Election of the President',
  'Adoption of the agenda',
  'Consideration of requests submitted under Article 5',
  'Other matters',
  'Closure of the meeting',
];
const OBSERVER_ORGANISATIONS = [
  'International Committee of the Red Cross',
  'International Campaign to Ban Landmines',
  'United Nations',
];
const OBSERVER_STATE = {
  iso3: 'USA',
  name: 'United States of America',
  regionalGroup: 'WEOG',
  signatureDate: null,
};
const STAFF = [
  { username: 'secretariat', displayName: 'Secretariat', role: 'secretariat' },
  { username: 'president', displayName: 'President', role: 'president' },
] as const;

interface DemoMeeting {
  id: string;
  code: string;
  title: string;
  startDate: string;
  endDate: string;
}

/** Tolerates what an earlier start already did, so every step can run again. */
const ignoreExisting = (e: unknown) => {
  if (!(e instanceof DomainException && e.code === 'ALREADY_EXISTS')) throw e;
};

async function ensureMeeting(app: INestApplication, log: Logger): Promise<DemoMeeting> {
  const ds = app.get(DataSource);
  const [existing] = await ds.query<(DemoMeeting & { delegations: number })[]>(
    `SELECT id, code, title, start_date::text AS "startDate", end_date::text AS "endDate",
            (SELECT COUNT(*)::int FROM delegations d WHERE d.meeting_id = m.id) AS delegations
       FROM meetings m ORDER BY start_date DESC, created_at DESC LIMIT 1`,
  );
  // A start interrupted between creating the meeting and seating its delegations finishes here.
  if (existing && (existing.code !== DEMO_CODE || existing.delegations > 0)) return existing;
  const m = existing ?? (await createMeeting(app));
  const delegations = app.get(DelegationService);
  await app.get(RegisterService).createState(OBSERVER_STATE).catch(ignoreExisting);
  const parties = await delegations.registerAllParties(m.id, 'accepted');
  for (const name of OBSERVER_ORGANISATIONS)
    await delegations.register(m.id, { kind: 'organisation', name }).catch(ignoreExisting);
  await delegations.register(m.id, { kind: 'state', stateIso3: OBSERVER_STATE.iso3 }).catch(ignoreExisting);
  log.info(
    { meeting: m.code, delegations: parties.length + OBSERVER_ORGANISATIONS.length + 1 },
    'demo meeting set up',
  );
  return m;
}

async function createMeeting(app: INestApplication): Promise<DemoMeeting> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const today = app.get(Clock).today(config.PLENARY_TIME_ZONE);
  return app.get(MeetingService).create(
    CreateMeetingBodySchema.parse({
      kind: 'msp',
      number: 23,
      title: 'Twenty-Third Meeting of the States Parties',
      venue: 'Geneva, Switzerland',
      startDate: today,
      endDate: addDays(today, 4),
      timeZone: config.PLENARY_TIME_ZONE,
      agenda: AGENDA,
    }),
  );
}

async function ensureStaff(
  app: INestApplication,
  minutes: number,
): Promise<{
  links: Map<string, { token: string; expiresAt: Date }>;
  created: { username: string; password: string }[];
}> {
  const auth = app.get(AuthService);
  const users = app.get(DataSource).getRepository(UserEntity);
  const created: { username: string; password: string }[] = [];
  const links = new Map<string, { token: string; expiresAt: Date }>();
  for (const s of STAFF) {
    let user = await users.findOneBy({ username: s.username });
    if (!user) {
      const password = randomBytes(12).toString('base64url');
      user = await auth.createUser({ ...s, password });
      created.push({ username: s.username, password });
    }
    links.set(s.username, await auth.createLink({ userId: user.id, delegationId: null }, minutes));
  }
  return { links, created };
}

/**
 * Demo data for a newcomer: the upcoming MSP with every State Party seated, a few observers, the
 * two staff accounts, and sign-in links printed at every start. Each link works once, within
 * PLENARY_SIGN_IN_LINK_MINUTES; a restart prints fresh ones. Delegation codes keep working when
 * typed on the sign-in page. Idempotent.
 */
export async function seedDemo(app: INestApplication, base: string, log: Logger): Promise<void> {
  const meeting = await ensureMeeting(app, log);
  const config = app.get<AppConfig>(APP_CONFIG);
  const { links: staff, created } = await ensureStaff(app, config.PLENARY_SIGN_IN_LINK_MINUTES);
  const expiresAt = staff.get('secretariat')!.expiresAt;
  const list = await app.get(DelegationService).list(meeting.id);
  // Reissuing ends those delegations' earlier sessions: the printed codes and links are the ones that work.
  const codes = app.get(SignInCodeService);
  const delegations: { name: string; code: string; url: string }[] = [];
  for (const d of list.filter((x) => x.standing === 'participant').slice(0, 3)) {
    const issued = await codes.issue(d.id, base);
    delegations.push({ name: d.name, code: issued.code, url: issued.signInUrl });
  }
  const signIn = (username: string, next: string) =>
    `${base}/signin?link=${staff.get(username)!.token}&next=${encodeURIComponent(next)}`;
  const links = {
    board: `${base}/board?meeting=${meeting.id}`,
    console: `${base}/console?meeting=${meeting.id}`,
    secretariat: signIn('secretariat', `/desk?meeting=${meeting.id}`),
    president: signIn('president', `/console?meeting=${meeting.id}`),
    delegations,
  };
  // The links are credentials until used: the structured log says they exist, not what they are.
  log.info(
    {
      meeting: meeting.code,
      board: links.board,
      linksExpireAt: expiresAt.toISOString(),
      accountsCreated: created.map((c) => c.username),
    },
    'demo sign-in links printed',
  );

  const until = expiresAt.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: config.PLENARY_TIME_ZONE,
    timeZoneName: 'short',
  });
  const rule = '─'.repeat(78);
  const width = Math.max(12, ...delegations.map((d) => d.name.length + 2));
  const lines = [
    rule,
    ` Plenary demo: ${meeting.code}, ${meeting.title} (${meeting.startDate} to ${meeting.endDate})`,
    rule,
    ` Board (projector)  ${links.board}`,
    ` Console            ${links.console}`,
    ` Sign-in links below work once each, until ${until} (restart for new ones):`,
    `   Secretariat      ${links.secretariat}`,
    `   President        ${links.president}`,
    ' Delegations: code (typed at /signin, works until reissued) and one-time link:',
    ...delegations.flatMap((d) => [`   ${d.name.padEnd(width)}${d.code}`, `   ${''.padEnd(width)}${d.url}`]),
  ];
  if (created.length) {
    lines.push(' Accounts created now; these passwords are shown only once:');
    for (const c of created) lines.push(`   ${c.username.padEnd(width)}${c.password}`);
  }
  lines.push(rule);
  console.log(`\n${lines.join('\n')}\n`);
}

import { Injectable } from '@nestjs/common';
import {
  type DelegationView,
  type RegisterDelegationBody,
  type StateRecord,
  isSeated,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { AuthService } from '../auth/auth.service';
import type { MeetingEntity } from '../meeting/meeting.entity';
import { MeetingService } from '../meeting/meeting.service';
import { RealtimeService } from '../realtime/realtime.service';
import { RecordService } from '../record/record.service';
import { RegisterService } from '../register/register.service';
import { DelegationEntity } from './delegation.entity';
import { type PartyStatusName, partyStatusesOn, toDelegationView } from './delegation.mapper';

type Credentials = DelegationView['credentials'];

export interface DelegationContext {
  em: EntityManager;
  meeting: MeetingEntity;
  day: string;
  records: StateRecord[];
  statuses: Map<string, PartyStatusName>;
}

/** What a change writes to the record; null when there was nothing to change. */
export interface RecordLine {
  kind: string;
  summary: string;
  data?: Record<string, unknown>;
  /** Recorded, but neither the meeting's version nor its quorum changes (e.g. a code reissued). */
  quiet?: boolean;
}

const CREDENTIALS_WORDS: Record<Credentials, string> = {
  accepted: 'accepted',
  provisional: 'seated provisionally',
  none: 'not accepted',
};

@Injectable()
export class DelegationService {
  constructor(
    private readonly ds: DataSource,
    private readonly meetings: MeetingService,
    private readonly states: RegisterService,
    private readonly record: RecordService,
    private readonly realtime: RealtimeService,
    private readonly auth: AuthService,
  ) {}

  async list(meetingId: string): Promise<DelegationView[]> {
    return this.listIn(
      await this.context(this.ds.manager, await this.meetings.load(meetingId, this.ds.manager)),
    );
  }

  async register(meetingId: string, body: RegisterDelegationBody): Promise<DelegationView> {
    const { view, version } = await inTransaction(this.ds, async (em) => {
      const ctx = await this.context(em, await this.meetings.lock(em, meetingId));
      const repo = em.getRepository(DelegationEntity);
      let name: string;
      if (body.kind === 'state') {
        const state = ctx.records.find((r) => r.iso3 === body.stateIso3);
        if (!state)
          throw new DomainException(
            'UNKNOWN_STATE',
            `No State with ISO code ${body.stateIso3} in the register`,
            'stateIso3',
          );
        name = state.name;
        if (await repo.existsBy({ meetingId, stateIso3: body.stateIso3 })) {
          throw new DomainException(
            'ALREADY_EXISTS',
            `${name} already has a delegation at this meeting`,
            'stateIso3',
          );
        }
      } else {
        name = body.name;
        const same = await em.query<unknown[]>(
          'SELECT 1 FROM delegations WHERE meeting_id = $1 AND lower(display_name) = lower($2)',
          [meetingId, name],
        );
        if (same.length)
          throw new DomainException(
            'ALREADY_EXISTS',
            `${name} already has a delegation at this meeting`,
            'name',
          );
      }
      const saved = await repo.save(
        repo.create({
          meetingId,
          kind: body.kind,
          stateIso3: body.kind === 'state' ? body.stateIso3 : null,
          displayName: name,
        }),
      );
      const status = body.kind === 'state' ? ctx.statuses.get(body.stateIso3) : null;
      const as =
        body.kind === 'organisation'
          ? 'an observer organisation'
          : status === 'party'
            ? 'a State Party'
            : `an observer State (${status ?? 'non-party'} on ${ctx.day})`;
      await this.record.append(em, {
        meetingId,
        kind: 'delegation.registered',
        summary: `Delegation of ${name} registered as ${as}`,
        data: { delegationId: saved.id, kind: body.kind, stateIso3: saved.stateIso3 },
      });
      return {
        view: toDelegationView(saved, ctx.statuses),
        version: await this.meetings.bumpVersion(em, meetingId),
      };
    });
    await this.announce(meetingId, version, view);
    return view;
  }

  /** Registers every State Party on the meeting day that has no delegation yet; answers the whole list. */
  async registerAllParties(meetingId: string, credentials: Credentials): Promise<DelegationView[]> {
    const { list, version } = await inTransaction(this.ds, async (em) => {
      const ctx = await this.context(em, await this.meetings.lock(em, meetingId));
      const taken = new Set(
        (
          await em.query<{ iso3: string }[]>(
            'SELECT TRIM(state_iso3) AS iso3 FROM delegations WHERE meeting_id = $1 AND state_iso3 IS NOT NULL',
            [meetingId],
          )
        ).map((r) => r.iso3),
      );
      const missing = ctx.records.filter((r) => ctx.statuses.get(r.iso3) === 'party' && !taken.has(r.iso3));
      if (!missing.length) return { list: await this.listIn(ctx), version: null };
      await em.getRepository(DelegationEntity).insert(
        missing.map((r) => ({
          meetingId,
          kind: 'state',
          stateIso3: r.iso3,
          displayName: r.name,
          credentials,
        })),
      );
      await this.record.append(em, {
        meetingId,
        kind: 'delegation.registered',
        summary: `Delegations of ${missing.length} States Parties registered (credentials ${CREDENTIALS_WORDS[credentials]})`,
        data: { stateIso3: missing.map((r) => r.iso3), credentials },
      });
      return { list: await this.listIn(ctx), version: await this.meetings.bumpVersion(em, meetingId) };
    });
    if (version !== null) await this.announce(meetingId, version);
    return list;
  }

  async setCredentials(id: string, credentials: Credentials): Promise<DelegationView> {
    return this.change(id, async ({ em, day, statuses }, d) => {
      if (d.credentials === credentials) return null;
      if (credentials !== 'none') {
        if (d.kind !== 'state') {
          throw new DomainException(
            'NOT_A_STATE',
            `${d.displayName} is an organisation: it attends as an observer and holds no credentials`,
            'credentials',
          );
        }
        const status = statuses.get(d.stateIso3!.trim()) ?? 'non-party';
        if (status !== 'party') {
          throw new DomainException(
            'NOT_A_PARTY',
            `${d.displayName} is not a State Party on ${day} (${status}): it may attend as an observer, but its credentials cannot be accepted`,
            'credentials',
          );
        }
      }
      await em.update(DelegationEntity, { id }, { credentials });
      if (isSeated(d.credentials as Credentials) !== isSeated(credentials)) {
        // Its open sockets reconnect on commit with the role the credentials now give.
        await this.auth.delegationRightsChanged(
          em,
          id,
          isSeated(credentials)
            ? `Your delegation's credentials are ${CREDENTIALS_WORDS[credentials]}: it may now vote`
            : `Your delegation's credentials are ${CREDENTIALS_WORDS[credentials]}: it follows the meeting as an observer`,
        );
      }
      return {
        kind: 'delegation.credentials',
        summary: `Credentials of ${d.displayName} ${CREDENTIALS_WORDS[credentials]}`,
        data: { delegationId: id, from: d.credentials, to: credentials },
      };
    });
  }

  async setPresence(id: string, present: boolean): Promise<DelegationView> {
    return this.change(id, async ({ em }, d) => {
      if (d.present === present) return null;
      await em.update(DelegationEntity, { id }, { present });
      return {
        kind: 'delegation.presence',
        summary: `${d.displayName} ${present ? 'checked in' : 'checked out'}`,
        data: { delegationId: id, present },
      };
    });
  }

  /**
   * The shape of every change to one delegation: lock its meeting first (which serialises writes
   * to the meeting's delegations, and is the lock order of ADR 0003: meeting, then delegation,
   * then its sessions), apply, append to the record and bump the meeting version in the same
   * transaction, then announce the new quorum after commit. An unchanged delegation writes nothing.
   */
  async change(
    id: string,
    apply: (ctx: DelegationContext, d: DelegationEntity) => Promise<RecordLine | null>,
  ): Promise<DelegationView> {
    const found = await this.ds.getRepository(DelegationEntity).findOneBy({ id });
    if (!found) throw notFound('Delegation', 'id');
    const { view, version } = await inTransaction(this.ds, async (em) => {
      const ctx = await this.context(em, await this.meetings.lock(em, found.meetingId));
      const d = await em.getRepository(DelegationEntity).findOneByOrFail({ id });
      const line = await apply(ctx, d);
      if (line)
        await this.record.append(em, {
          meetingId: d.meetingId,
          kind: line.kind,
          summary: line.summary,
          data: line.data,
        });
      const after = await em.getRepository(DelegationEntity).findOneByOrFail({ id });
      return {
        view: toDelegationView(after, ctx.statuses),
        version: line && !line.quiet ? await this.meetings.bumpVersion(em, d.meetingId) : null,
      };
    });
    if (version !== null) await this.announce(found.meetingId, version, view);
    return view;
  }

  /** The delegation's current standing, party status and meeting, for signing in. */
  async viewOf(d: DelegationEntity, em: EntityManager = this.ds.manager): Promise<DelegationView> {
    const ctx = await this.context(em, await this.meetings.load(d.meetingId, em));
    return toDelegationView(d, ctx.statuses);
  }

  private async context(em: EntityManager, meeting: MeetingEntity): Promise<DelegationContext> {
    const day = this.meetings.meetingDay(meeting);
    const records = await this.states.loadRecords(em);
    return { em, meeting, day, records, statuses: partyStatusesOn(records, day) };
  }

  private async listIn(ctx: DelegationContext): Promise<DelegationView[]> {
    const rows = await ctx.em.getRepository(DelegationEntity).find({ where: { meetingId: ctx.meeting.id } });
    return rows
      .map((d) => toDelegationView(d, ctx.statuses))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  private async announce(
    meetingId: string,
    meetingVersion: number,
    delegation?: DelegationView,
  ): Promise<void> {
    const quorum = await this.meetings.quorum(meetingId);
    this.realtime.emitToMeeting(meetingId, 'meeting.presenceChanged', {
      meetingVersion,
      quorum,
      ...(delegation ? { delegation } : {}),
    });
  }
}

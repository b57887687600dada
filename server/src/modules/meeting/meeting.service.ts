import { Injectable } from '@nestjs/common';
import {
  type CommitteeId,
  type CreateMeetingBody,
  DEFAULT_RULES_OF_PROCEDURE,
  type MeetingKind,
  type MeetingTransition,
  type MeetingView,
  type QuorumView,
  type RulesOfProcedure,
  quorumMet,
  validateDirectSetup,
  validateRulesOfProcedure,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, notFound, orThrow } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { RealtimeService } from '../realtime/realtime.service';
import { RecordService } from '../record/record.service';
import { ParticipantRepository } from '../participant/participant.repository';
import { AgendaItemEntity } from './agenda-item.entity';
import { ConclusionRepository } from './conclusion.repository';
import { MEETING_VIEW_RELATIONS, meetingCode, toMeetingView } from './meeting.mapper';
import { MeetingEntity } from './meeting.entity';
import { MeetingVersionRepository } from './meeting-version.repository';

/** A meeting to write: convening procedures name no committee (only a committee meeting has one). */
type NewMeeting = Omit<CreateMeetingBody, 'committee'> & { committee?: CommitteeId | null };

const TRANSITIONS: Record<
  MeetingTransition,
  { from: string[]; to: string; verb: string; needsQuorum: boolean }
> = {
  open: { from: ['scheduled'], to: 'open', verb: 'opened', needsQuorum: true },
  suspend: { from: ['open'], to: 'suspended', verb: 'suspended', needsQuorum: false },
  resume: { from: ['suspended'], to: 'open', verb: 'resumed', needsQuorum: true },
  close: { from: ['open', 'suspended'], to: 'closed', verb: 'closed', needsQuorum: false },
};

@Injectable()
export class MeetingService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly participants: ParticipantRepository,
    private readonly record: RecordService,
    private readonly realtime: RealtimeService,
    private readonly versions: MeetingVersionRepository,
    private readonly conclusions: ConclusionRepository,
  ) {}

  /** The day whose States Parties count: today in the meeting's time zone, within its dates. */
  meetingDay(m: Pick<MeetingEntity, 'timeZone' | 'startDate' | 'endDate'>): string {
    return this.versions.day(m);
  }

  async list(): Promise<MeetingView[]> {
    const rows = await this.ds
      .getRepository(MeetingEntity)
      .find({ relations: MEETING_VIEW_RELATIONS, order: { startDate: 'DESC' } });
    return rows.map(toMeetingView);
  }

  async load(id: string, em: EntityManager = this.ds.manager): Promise<MeetingEntity> {
    const m = await em
      .getRepository(MeetingEntity)
      .findOne({ where: { id }, relations: MEETING_VIEW_RELATIONS });
    if (!m) throw notFound('Meeting', 'meetingId');
    return m;
  }

  async get(id: string, em: EntityManager = this.ds.manager): Promise<MeetingView> {
    return toMeetingView(await this.load(id, em));
  }

  /**
   * POST /api/meetings: MSPs, intersessional, committee and Coordinating Committee meetings. Special Meetings, Review and
   * Amendment Conferences come from their convening procedures, which check the Convention's
   * conditions (Art. 8.5, 12.1, 13.1) and call `create` in their own transaction.
   */
  async setUp(body: CreateMeetingBody): Promise<MeetingView> {
    orThrow(validateDirectSetup(body.kind));
    return this.create(body);
  }

  /**
   * Writes the meeting, its agenda and its record entry in the caller's transaction (so a
   * convening procedure that fails after this leaves no meeting behind), or in its own.
   */
  async create(body: NewMeeting, em?: EntityManager): Promise<MeetingView> {
    if (!em) return inTransaction(this.ds, (tx) => this.create(body, tx));
    const rules = body.rules ?? DEFAULT_RULES_OF_PROCEDURE;
    const valid = validateRulesOfProcedure(rules);
    if (!valid.ok)
      throw DomainException.fromError({
        ...valid.error,
        field: `rules.${valid.error.field ?? ''}`.replace(/\.$/, ''),
      });
    const repo = em.getRepository(MeetingEntity);
    const m = await repo.save(
      repo.create({
        kind: body.kind,
        committee: body.committee ?? null,
        number: body.number,
        code: meetingCode(body.kind, body.number, body.startDate.slice(0, 4), body.committee ?? null),
        title: body.title,
        venue: body.venue,
        startDate: body.startDate,
        endDate: body.endDate,
        timeZone: body.timeZone,
        rules: valid.value,
      }),
    );
    if (body.agenda.length)
      await em
        .getRepository(AgendaItemEntity)
        .insert(body.agenda.map((title, i) => ({ meetingId: m.id, position: i + 1, title })));
    // An MSP or Review Conference takes the committees' conclusions waiting for it (DOMAIN.md §9).
    if (m.kind === 'msp' || m.kind === 'review') await this.conclusions.carryTo(em, m.id);
    await this.record.append(em, {
      meetingId: m.id,
      kind: 'meeting.created',
      summary: `${m.title} convened at ${m.venue}, ${m.startDate} to ${m.endDate}`,
      data: { kind: m.kind, committee: m.committee, rules },
    });
    return toMeetingView(await this.load(m.id, em));
  }

  async updateRules(id: string, rules: RulesOfProcedure): Promise<MeetingView> {
    const valid = validateRulesOfProcedure(rules);
    if (!valid.ok) throw DomainException.fromError(valid.error);
    const view = await inTransaction(this.ds, async (em) => {
      const m = await this.lock(em, id);
      if (m.rulesFixedAt)
        throw new DomainException(
          'RULES_FIXED',
          'The rules of procedure were fixed when the meeting opened',
          'rules',
        );
      await em.update(MeetingEntity, { id }, { rules: valid.value });
      // The rules change what the quorum requires: a change screens must see.
      await this.bumpVersion(em, id);
      await this.record.append(em, {
        meetingId: id,
        kind: 'meeting.rules',
        summary: 'Rules of procedure adopted',
        data: { rules: valid.value },
      });
      return toMeetingView(await this.load(id, em));
    });
    // The quorum first (the rules change what it requires), then the meeting, at one version.
    this.realtime.emitToMeeting(id, 'meeting.presenceChanged', {
      meetingVersion: view.version,
      quorum: await this.quorum(id),
    });
    this.realtime.emitToMeeting(id, 'meeting.updated', { meeting: view });
    return view;
  }

  async addAgendaItem(id: string, title: string): Promise<MeetingView> {
    const { meeting } = await inTransaction(this.ds, (em) => this.appendAgendaItem(em, id, title));
    this.announce(meeting);
    return meeting;
  }

  /** Adds the item at the end, in the caller's transaction; the caller announces after commit. */
  async appendAgendaItem(
    em: EntityManager,
    id: string,
    title: string,
  ): Promise<{ meeting: MeetingView; itemId: string }> {
    await this.lock(em, id);
    const [{ next }] = await em.query<{ next: number }[]>(
      'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM agenda_items WHERE meeting_id = $1',
      [id],
    );
    const inserted = await em
      .getRepository(AgendaItemEntity)
      .insert({ meetingId: id, position: next, title });
    await this.bumpVersion(em, id);
    return { meeting: toMeetingView(await this.load(id, em)), itemId: String(inserted.identifiers[0].id) };
  }

  /** Tells the meeting's room what changed; only ever after the change committed. */
  announce(meeting: MeetingView): void {
    this.realtime.emitToMeeting(meeting.id, 'meeting.updated', { meeting });
  }

  async transition(id: string, action: MeetingTransition): Promise<MeetingView> {
    const t = TRANSITIONS[action];
    const view = await inTransaction(this.ds, async (em) => {
      const m = await this.lock(em, id);
      if (!t.from.includes(m.status)) {
        throw new DomainException(
          'INVALID_TRANSITION',
          `A ${m.status} meeting cannot be ${t.verb}`,
          'action',
        );
      }
      if (t.needsQuorum) {
        const q = await this.quorum(id, em);
        if (!q.opening.met)
          throw new DomainException(
            'QUORUM_NOT_MET',
            `The meeting cannot be ${t.verb}: ${q.opening.explanation}`,
            'action',
          );
      }
      if (action === 'suspend' || action === 'close') {
        const open = await em.query<unknown[]>(
          "SELECT 1 FROM votes WHERE meeting_id = $1 AND status = 'open'",
          [id],
        );
        if (open.length)
          throw new DomainException(
            'VOTE_OPEN',
            `Close the open vote before the meeting is ${t.verb}`,
            'action',
          );
      }
      await em.update(
        MeetingEntity,
        { id },
        {
          status: t.to,
          ...(m.rulesFixedAt ? {} : action === 'open' ? { rulesFixedAt: this.clock.now() } : {}),
        },
      );
      await this.bumpVersion(em, id);
      await this.record.append(em, {
        meetingId: id,
        kind: `meeting.${action}`,
        summary: `The President ${t.verb} the meeting`,
        data: { from: m.status, to: t.to },
      });
      return toMeetingView(await this.load(id, em));
    });
    this.realtime.emitToMeeting(id, 'meeting.updated', { meeting: view });
    return view;
  }

  /**
   * Quorum figures: States Parties on the day, participants and those present now. The day is
   * the meeting's today unless given (a vote's own day, fixed when it opened), and so is N unless
   * given (a vote's N, fixed when it opened).
   */
  async quorum(
    id: string,
    em: EntityManager = this.ds.manager,
    on: { day: string; parties?: number | null } | null = null,
  ): Promise<QuorumView> {
    const m = await this.load(id, em);
    const day = on?.day ?? this.meetingDay(m);
    const onDay = await this.participants.onDay(id, day, em);
    const parties = on?.parties ?? onDay.parties;
    const { participants } = onDay;
    const present = participants.filter((r) => r.present).length;
    const kind = m.kind as MeetingKind;
    const opening = quorumMet(kind, 'opening', present, parties, m.rules);
    const decision = quorumMet(kind, 'decision', present, parties, m.rules);
    return {
      meetingId: id,
      date: day,
      parties: parties,
      participants: participants.length,
      present,
      opening: {
        required: opening.required,
        met: opening.met,
        explanation: opening.explanation,
        reason: opening.reason,
      },
      decision: {
        required: decision.required,
        met: decision.met,
        explanation: decision.explanation,
        reason: decision.reason,
      },
    };
  }

  /**
   * Locks the meeting row. Lock order, everywhere (ADR 0003): meeting -> cast operation id ->
   * question -> vote -> delegation -> session -> ballot -> ballot box -> record. Whoever needs
   * the meeting takes it first.
   */
  async lock(em: EntityManager, id: string): Promise<MeetingEntity> {
    const rows = await em.query<unknown[]>('SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE', [id]);
    if (!rows.length) throw notFound('Meeting', 'meetingId');
    return this.load(id, em);
  }

  /** Every meeting-level change bumps the version in its transaction (meeting-version.repository.ts). */
  bumpVersion(em: EntityManager, id: string): Promise<number> {
    return this.versions.bump(em, id);
  }
}

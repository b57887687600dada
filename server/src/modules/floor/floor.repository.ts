import { Injectable } from '@nestjs/common';
import {
  type Credentials,
  type DelegationKind,
  type FloorActor,
  type FloorSettings,
  FloorSettingsSchema,
  type FloorState,
  type FloorView,
  speakerCategory,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/domain.exception';
import { ParticipantRepository } from '../participant/participant.repository';
import { FloorEntity, FloorQuestionEntity, FloorSettingsEntity } from './floor.entity';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A delegation as the floor sees it: who acts, in which category, under which name. */
export interface FloorDelegation {
  actor: FloorActor;
  name: string;
}

/** Reads and writes of the floor; the lock order is the meeting's row first (ADR 0003), then the floor's. */
@Injectable()
export class FloorRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly participants: ParticipantRepository,
    private readonly clock: Clock,
  ) {}

  async settings(em: EntityManager, meetingId: string): Promise<FloorSettings> {
    const row = await em.getRepository(FloorSettingsEntity).findOneBy({ meetingId });
    return FloorSettingsSchema.parse(row?.settings ?? {});
  }

  async saveSettings(em: EntityManager, meetingId: string, settings: FloorSettings): Promise<void> {
    await em.getRepository(FloorSettingsEntity).save({ meetingId, settings });
  }

  /** The item's floor, locked; null before its first action. */
  async lock(em: EntityManager, agendaItemId: string): Promise<FloorEntity | null> {
    const rows = await em.query<unknown[]>('SELECT 1 FROM floors WHERE agenda_item_id = $1 FOR UPDATE', [
      agendaItemId,
    ]);
    if (!rows.length) return null;
    return em.getRepository(FloorEntity).findOneByOrFail({ agendaItemId });
  }

  async create(em: EntityManager, meetingId: string, state: FloorState): Promise<FloorEntity> {
    const repo = em.getRepository(FloorEntity);
    await repo.insert({ agendaItemId: state.agendaItemId, meetingId, state, revision: 0 });
    return repo.findOneByOrFail({ agendaItemId: state.agendaItemId });
  }

  async save(em: EntityManager, floor: FloorEntity, state: FloorState): Promise<FloorEntity> {
    await em.update(
      FloorEntity,
      { agendaItemId: floor.agendaItemId },
      { state, revision: floor.revision + 1 },
    );
    return em.getRepository(FloorEntity).findOneByOrFail({ agendaItemId: floor.agendaItemId });
  }

  /** The floor the meeting last acted on: the pads' requests go to it, the board shows it. */
  async current(meetingId: string, em: EntityManager = this.ds.manager): Promise<FloorEntity | null> {
    return em
      .getRepository(FloorEntity)
      .findOne({ where: { meetingId }, order: { updatedAt: 'DESC', agendaItemId: 'ASC' } });
  }

  /** A vote of the meeting is open (GA rule 88: nobody interrupts it). */
  async voteOpen(em: EntityManager, meetingId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      "SELECT 1 FROM votes WHERE meeting_id = $1 AND status = 'open' LIMIT 1",
      [meetingId],
    );
    return rows.length > 0;
  }

  /**
   * The delegation's standing now, read in the caller's transaction: a participant (a State
   * Party on the meeting day with seated credentials) or an observer of its category.
   */
  async delegation(
    em: EntityManager,
    meetingId: string,
    day: string,
    delegationId: string,
  ): Promise<FloorDelegation> {
    const [d] = await em.query<{ kind: DelegationKind; credentials: Credentials; name: string }[]>(
      'SELECT kind, credentials, display_name AS name FROM delegations WHERE id = $1 AND meeting_id = $2',
      [delegationId, meetingId],
    );
    if (!d) throw notFound('Delegation of this meeting', 'delegationId');
    const { participants } = await this.participants.onDay(meetingId, day, em);
    const seated = participants.some((p) => p.delegationId === delegationId);
    const category = speakerCategory(d, seated ? 'party' : 'non-party');
    return { actor: { delegationId, category }, name: d.name };
  }

  /** The floor's questions in the order they were put. */
  async questions(em: EntityManager, agendaItemId: string): Promise<FloorQuestionEntity[]> {
    const rows = await em.query<
      { question_id: string; subject: FloorQuestionEntity['subject']; settled_at: Date | null }[]
    >(
      `SELECT fq.question_id, fq.subject, fq.settled_at FROM floor_questions fq
         JOIN questions q ON q.id = fq.question_id
        WHERE fq.agenda_item_id = $1 ORDER BY q.created_at, q.id`,
      [agendaItemId],
    );
    return rows.map((r) =>
      Object.assign(new FloorQuestionEntity(), {
        questionId: r.question_id,
        agendaItemId,
        subject: r.subject,
        settledAt: r.settled_at,
      }),
    );
  }

  /** What every screen reads of a floor: the state, the names it mentions, its questions. */
  async view(em: EntityManager, floor: FloorEntity): Promise<FloorView> {
    const ids = [...new Set(JSON.stringify(floor.state).match(UUID) ?? [])];
    const named = ids.length
      ? await em.query<{ id: string; name: string }[]>(
          'SELECT id, display_name AS name FROM delegations WHERE id = ANY($1::uuid[])',
          [ids],
        )
      : [];
    const [item] = await em.query<{ title: string }[]>('SELECT title FROM agenda_items WHERE id = $1', [
      floor.agendaItemId,
    ]);
    const questions = await this.questions(em, floor.agendaItemId);
    return {
      meetingId: floor.meetingId,
      agendaItemId: floor.agendaItemId,
      itemTitle: item?.title ?? '',
      revision: floor.revision,
      serverNow: this.clock.now().getTime(),
      state: floor.state,
      names: Object.fromEntries(named.map((r) => [r.id, r.name])),
      settings: await this.settings(em, floor.meetingId),
      questions: questions.map((q) => ({
        questionId: q.questionId,
        subject: q.subject,
        settled: q.settledAt !== null,
      })),
    };
  }

  /** The live snapshot's floor: the one the meeting last acted on, or null. */
  async viewOfMeeting(meetingId: string, em: EntityManager = this.ds.manager): Promise<FloorView | null> {
    const floor = await this.current(meetingId, em);
    return floor ? this.view(em, floor) : null;
  }
}

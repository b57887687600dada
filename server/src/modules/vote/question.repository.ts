import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/domain.exception';
import { QuestionEntity } from './question.entity';
import { VoteEntity } from './vote.entity';

@Injectable()
export class QuestionRepository {
  constructor(private readonly ds: DataSource) {}

  /** The meeting a question belongs to (it never changes), read without a lock. */
  async meetingOf(em: EntityManager, questionId: string): Promise<string> {
    const rows = await em.query<{ meeting_id: string }[]>('SELECT meeting_id FROM questions WHERE id = $1', [
      questionId,
    ]);
    if (!rows.length) throw notFound('Question', 'questionId');
    return rows[0].meeting_id;
  }

  /** Locks the question row (after its meeting: ADR 0003's lock order). */
  async lock(em: EntityManager, id: string): Promise<QuestionEntity> {
    const rows = await em.query<unknown[]>('SELECT 1 FROM questions WHERE id = $1 FOR UPDATE', [id]);
    if (!rows.length) throw notFound('Question', 'questionId');
    return em.getRepository(QuestionEntity).findOneByOrFail({ id });
  }

  async hasActive(em: EntityManager, meetingId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      "SELECT 1 FROM questions WHERE meeting_id = $1 AND status IN ('pending','voting')",
      [meetingId],
    );
    return rows.length > 0;
  }

  async idsOf(meetingId: string): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      'SELECT id FROM questions WHERE meeting_id = $1 ORDER BY created_at, id',
      [meetingId],
    );
    return rows.map((r) => r.id);
  }

  async find(
    id: string,
    em: EntityManager = this.ds.manager,
  ): Promise<{ question: QuestionEntity; voteId: string | null } | null> {
    const question = await em.getRepository(QuestionEntity).findOneBy({ id });
    if (!question) return null;
    const v = await em.getRepository(VoteEntity).findOne({ where: { questionId: id }, select: { id: true } });
    return { question, voteId: v?.id ?? null };
  }
}

import { Injectable } from '@nestjs/common';
import type { Choice, VoteMethod } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/domain.exception';
import { VoteEntity } from './vote.entity';

export interface Eligible {
  id: string;
  iso3: string;
  name: string;
}

@Injectable()
export class VoteRepository {
  constructor(private readonly ds: DataSource) {}

  /** What never changes about a vote: its method and meeting. */
  async info(voteId: string): Promise<{ method: VoteMethod; meetingId: string }> {
    const rows = await this.ds.query<{ method: VoteMethod; meeting_id: string }[]>(
      'SELECT method, meeting_id FROM votes WHERE id = $1',
      [voteId],
    );
    if (!rows.length) throw notFound('Vote', 'voteId');
    return { method: rows[0].method, meetingId: rows[0].meeting_id };
  }

  /** Locks the vote row FOR UPDATE: waits for every cast in flight (they hold FOR SHARE). */
  async lock(em: EntityManager, voteId: string): Promise<VoteEntity> {
    const rows = await em.query<unknown[]>('SELECT 1 FROM votes WHERE id = $1 FOR UPDATE', [voteId]);
    if (!rows.length) throw notFound('Vote', 'voteId');
    return em.getRepository(VoteEntity).findOneByOrFail({ id: voteId });
  }

  async fixEligibility(em: EntityManager, voteId: string, eligible: Eligible[]): Promise<void> {
    if (!eligible.length) return;
    await em.query(
      `INSERT INTO vote_eligibility (vote_id, delegation_id, state_iso3, name)
       SELECT $1, d.id, d.iso3, d.name FROM jsonb_to_recordset($2::jsonb) AS d(id uuid, iso3 text, name text)`,
      [voteId, JSON.stringify(eligible)],
    );
  }

  async openBox(em: EntityManager, voteId: string): Promise<void> {
    await em.query('INSERT INTO secret_ballot_boxes (vote_id) VALUES ($1)', [voteId]);
  }

  /** Recorded and roll-call ballots, with the State of each (eligibility was fixed at opening). */
  async recordedBallots(em: EntityManager, voteId: string): Promise<{ iso3: string; choice: Choice }[]> {
    return em.query<{ iso3: string; choice: Choice }[]>(
      `SELECT TRIM(e.state_iso3) AS iso3, b.choice FROM ballots b
         JOIN vote_eligibility e ON e.vote_id = b.vote_id AND e.delegation_id = b.delegation_id
        WHERE b.vote_id = $1 AND b.choice IS NOT NULL`,
      [voteId],
    );
  }

  /**
   * The secret ballot box's totals, rewritten in the closing transaction so the closed box keeps
   * the close's transaction id and place, not the last State's (ADR 0008).
   */
  async closeBox(em: EntityManager, voteId: string): Promise<Record<Choice, number>> {
    const [rows] = await em.query<[{ yes: number; no: number; abstain: number }[], number]>(
      'UPDATE secret_ballot_boxes SET vote_id = vote_id WHERE vote_id = $1 RETURNING yes, no, abstain',
      [voteId],
    );
    return rows[0] ?? { yes: 0, no: 0, abstain: 0 };
  }
}

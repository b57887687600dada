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

  /** Recorded and roll-call ballots, with the State of each (eligibility was fixed at opening). */
  async recordedBallots(em: EntityManager, voteId: string): Promise<{ iso3: string; choice: Choice }[]> {
    return em.query<{ iso3: string; choice: Choice }[]>(
      `SELECT TRIM(e.state_iso3) AS iso3, b.choice FROM ballots b
         JOIN vote_eligibility e ON e.vote_id = b.vote_id AND e.delegation_id = b.delegation_id
        WHERE b.vote_id = $1 AND b.choice IS NOT NULL`,
      [voteId],
    );
  }

  /** The sealed choices of a secret vote (read in the closing transaction, the vote locked). */
  async sealedBallots(
    em: EntityManager,
    voteId: string,
  ): Promise<{ delegation_id: string; sealed_choice: Buffer }[]> {
    return em.query<{ delegation_id: string; sealed_choice: Buffer }[]>(
      'SELECT delegation_id, sealed_choice FROM ballots WHERE vote_id = $1 AND sealed_choice IS NOT NULL',
      [voteId],
    );
  }

  /**
   * Writes the secret ballot box at the close: the totals counted from the sealed ballots (added to
   * those of a box kept from before ballots were sealed), then erases every sealed choice. Both in
   * the closing transaction, before the vote is marked closed (after that, the rows are fixed).
   */
  async closeBox(
    em: EntityManager,
    voteId: string,
    counted: Record<Choice, number>,
  ): Promise<Record<Choice, number>> {
    const [box] = await em.query<{ yes: number; no: number; abstain: number }[]>(
      `INSERT INTO secret_ballot_boxes AS x (vote_id, yes, no, abstain) VALUES ($1, $2, $3, $4)
       ON CONFLICT (vote_id) DO UPDATE
          SET yes = x.yes + EXCLUDED.yes, no = x.no + EXCLUDED.no, abstain = x.abstain + EXCLUDED.abstain
       RETURNING yes, no, abstain`,
      [voteId, counted.yes, counted.no, counted.abstain],
    );
    await em.query(
      'UPDATE ballots SET sealed_choice = NULL WHERE vote_id = $1 AND sealed_choice IS NOT NULL',
      [voteId],
    );
    return { yes: box.yes, no: box.no, abstain: box.abstain };
  }
}

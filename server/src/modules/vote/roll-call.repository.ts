import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type Choice,
  type RollCallAnswer,
  type RollCallCall,
  type VoteSnapshot,
  drawRollCallStart,
  inEnglishOrder,
  rollCallNow,
  rollCallSequence,
} from '@plenary/shared';
import type { EntityManager } from 'typeorm';

export interface RecordedCall extends RollCallCall {
  seq: number;
  delegationId: string;
  answeredAt: string;
}

export interface Cursor {
  seed: string;
  drawn: string;
  calls: number;
}

/** The roll-call's SQL: the draw, the cursor and the answers (tables of RollCall1795880000001). */
@Injectable()
export class RollCallRepository {
  /** A fresh seed (printable, recorded) and the State it draws among the eligible. */
  draw(iso3s: readonly string[]): { seed: string; drawn: string } | null {
    const seed = randomBytes(16).toString('hex');
    const drawn = drawRollCallStart(seed, iso3s);
    return drawn ? { seed, drawn } : null;
  }

  async start(em: EntityManager, voteId: string, seed: string, drawn: string): Promise<void> {
    await em.query('INSERT INTO roll_calls (vote_id, seed, drawn) VALUES ($1, $2, $3)', [
      voteId,
      seed,
      drawn,
    ]);
  }

  /** Locks the cursor FOR UPDATE: answers to one roll-call are recorded one at a time. */
  async lockCursor(em: EntityManager, voteId: string): Promise<Cursor | null> {
    const rows = await em.query<{ seed: string; drawn: string; calls: number }[]>(
      'SELECT seed, TRIM(drawn) AS drawn, calls FROM roll_calls WHERE vote_id = $1 FOR UPDATE',
      [voteId],
    );
    return rows[0] ?? null;
  }

  async cursor(em: EntityManager, voteId: string): Promise<Cursor | null> {
    const rows = await em.query<Cursor[]>(
      'SELECT seed, TRIM(drawn) AS drawn, calls FROM roll_calls WHERE vote_id = $1',
      [voteId],
    );
    return rows[0] ?? null;
  }

  /** The eligible States, by ISO code, with their delegations (fixed when the vote opened). */
  async eligible(em: EntityManager, voteId: string): Promise<Map<string, string>> {
    const rows = await em.query<{ iso3: string; delegation_id: string }[]>(
      'SELECT TRIM(state_iso3) AS iso3, delegation_id FROM vote_eligibility WHERE vote_id = $1',
      [voteId],
    );
    return new Map(rows.map((r) => [r.iso3, r.delegation_id]));
  }

  /** The calling order: UN English alphabetical order from the State drawn. */
  order(iso3s: Iterable<string>, drawn: string): string[] {
    return rollCallSequence(inEnglishOrder([...iso3s]), drawn);
  }

  async calls(em: EntityManager, voteId: string): Promise<RecordedCall[]> {
    const rows = await em.query<
      { seq: number; round: number; iso3: string; answer: RollCallAnswer; delegation_id: string; at: Date }[]
    >(
      `SELECT seq, round, TRIM(state_iso3) AS iso3, answer, delegation_id, answered_at AS at
         FROM roll_call_answers WHERE vote_id = $1 ORDER BY seq`,
      [voteId],
    );
    return rows.map((r) => ({
      seq: r.seq,
      round: r.round === 2 ? 2 : 1,
      iso3: r.iso3,
      answer: r.answer,
      delegationId: r.delegation_id,
      answeredAt: new Date(r.at).toISOString(),
    }));
  }

  async byOp(
    em: EntityManager,
    opId: string,
  ): Promise<{ voteId: string; seq: number; round: 1 | 2; iso3: string; answer: RollCallAnswer } | null> {
    const rows = await em.query<
      { vote_id: string; seq: number; round: number; iso3: string; answer: RollCallAnswer }[]
    >(
      'SELECT vote_id, seq, round, TRIM(state_iso3) AS iso3, answer FROM roll_call_answers WHERE op_id = $1',
      [opId],
    );
    const r = rows[0];
    return r
      ? { voteId: r.vote_id, seq: r.seq, round: r.round === 2 ? 2 : 1, iso3: r.iso3, answer: r.answer }
      : null;
  }

  /** Records the answer and moves the cursor, in the caller's transaction (cursor locked). */
  async record(
    em: EntityManager,
    a: {
      voteId: string;
      seq: number;
      round: 1 | 2;
      delegationId: string;
      iso3: string;
      answer: RollCallAnswer;
      opId: string;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO roll_call_answers (vote_id, seq, round, delegation_id, state_iso3, answer, op_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [a.voteId, a.seq, a.round, a.delegationId, a.iso3, a.answer, a.opId],
    );
    await em.query('UPDATE roll_calls SET calls = $2 WHERE vote_id = $1', [a.voteId, a.seq]);
  }

  /** The State's vote, written once: a roll-call answer is not changed afterwards. */
  async writeBallot(em: EntityManager, voteId: string, delegationId: string, choice: Choice): Promise<void> {
    await em.query('INSERT INTO ballots (vote_id, delegation_id, choice, revision) VALUES ($1, $2, $3, 1)', [
      voteId,
      delegationId,
      choice,
    ]);
  }

  /** A State answering the roll-call is present; true when this made it so. */
  async markPresent(em: EntityManager, delegationId: string): Promise<boolean> {
    const [rows] = await em.query<[unknown[], number]>(
      'UPDATE delegations SET present = true WHERE id = $1 AND NOT present RETURNING id',
      [delegationId],
    );
    return rows.length > 0;
  }

  /** What a snapshot shows of the roll-call: the draw, the order, who passed and who declined. */
  async view(em: EntityManager, voteId: string, iso3s: readonly string[]): Promise<VoteSnapshot['rollCall']> {
    const cursor = await this.cursor(em, voteId);
    if (!cursor) return null;
    const order = this.order(iso3s, cursor.drawn);
    const now = rollCallNow(order, await this.calls(em, voteId));
    return { drawn: cursor.drawn, order, seed: cursor.seed, passed: now.passed, declined: now.declined };
  }
}

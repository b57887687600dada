import { Injectable } from '@nestjs/common';
import type { Choice, QuestionView, VoteMethod, VoteResult, VoteSnapshot, VotingRule } from '@plenary/shared';
import { MATTERS, type Matter } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/domain.exception';
import { hotStatement, NIL_UUID, queryPrepared } from '../../database/prepared';
import type { QuestionEntity } from './question.entity';
import { VOTE_VERSION_SQL } from './live.repository';
import { RollCallRepository } from './roll-call.repository';
import type { VoteEntity } from './vote.entity';

interface EligibleRow {
  delegation_id: string | null;
  iso3: string | null;
  name: string | null;
  choice: Choice | null;
  revision: number | null;
  voted: boolean;
  /** The delegation is checked in now (null: it no longer exists). */
  present: boolean | null;
  version: number;
  vote_status: string;
  vote_closed_at: Date | null;
  vote_result: VoteResult | null;
  /** The vote's own columns, the same on every row. */
  question_id: string;
  meeting_id: string;
  vote_method: string;
  vote_rule: string;
  vote_opened_at: Date;
  roll_call_drawn: string | null;
}

/** The vote's own fields a snapshot shows: from its entity, or from ROWS_SQL's vote columns. */
type VoteRow = Pick<
  VoteEntity,
  'id' | 'questionId' | 'meetingId' | 'method' | 'rule' | 'openedAt' | 'rollCallDrawn'
>;

/*
 * One statement, so one snapshot of the database: the vote's version is read with the very
 * ballots it counts (VOTE_VERSION_SQL, the one definition), and with the vote's own columns (a
 * tally is one round trip). One row per eligible State; a vote with no eligible State still
 * answers one row, for its version. The version is worked out once, on the vote's row (the CTE):
 * in the select list it was a subquery run again for each of the 161 rows, each summing every
 * ballot, and a tally read took PostgreSQL 4-5 ms instead of about 1 during a burst
 * (pg_stat_statements, bench/results/s22-rows-*).
 */
export const ROWS_SQL = `
WITH v AS MATERIALIZED (
  SELECT v.*, ${VOTE_VERSION_SQL('v')} AS version FROM votes v WHERE v.id = $1
)
SELECT e.delegation_id, TRIM(e.state_iso3) AS iso3, e.name, b.choice, b.revision,
       (b.delegation_id IS NOT NULL) AS voted, d.present, v.version,
       v.status AS vote_status, v.closed_at AS vote_closed_at, v.result AS vote_result,
       v.question_id, v.meeting_id, v.method AS vote_method, v.rule AS vote_rule,
       v.opened_at AS vote_opened_at, v.roll_call_drawn
  FROM v
  LEFT JOIN vote_eligibility e ON e.vote_id = v.id
  LEFT JOIN ballots b ON b.vote_id = e.vote_id AND b.delegation_id = e.delegation_id
  LEFT JOIN delegations d ON d.id = e.delegation_id
 ORDER BY e.name`;
const VOTE_ROWS = hotStatement('vote-rows', ROWS_SQL, [NIL_UUID]);

export function toQuestionView(q: QuestionEntity, voteId: string | null): QuestionView {
  const info = MATTERS[q.matter as Matter];
  return {
    id: q.id,
    meetingId: q.meetingId,
    agendaItemId: q.agendaItemId,
    text: q.text,
    matter: q.matter as Matter,
    rule: q.rule as VotingRule,
    ruleSource: info.source,
    status: q.status as QuestionView['status'],
    decidedBy: q.decidedBy as QuestionView['decidedBy'],
    createdAt: q.createdAt.toISOString(),
    decidedAt: q.decidedAt ? q.decidedAt.toISOString() : null,
    voteId,
  };
}

/** Builds what every screen shows of a vote, from one read of eligibility and ballots. */
@Injectable()
export class VoteSnapshotBuilder {
  constructor(
    private readonly ds: DataSource,
    private readonly rollCalls: RollCallRepository,
  ) {}

  /** One statement: the vote's row comes with its ballots. */
  async build(voteId: string, em: EntityManager = this.ds.manager): Promise<VoteSnapshot> {
    const all = await this.rows(voteId, em);
    const r = all[0];
    const vote: VoteRow = {
      id: voteId,
      questionId: r.question_id,
      meetingId: r.meeting_id,
      method: r.vote_method,
      rule: r.vote_rule,
      openedAt: r.vote_opened_at,
      rollCallDrawn: r.roll_call_drawn,
    };
    return this.assemble(vote, all, em);
  }

  async fromEntity(vote: VoteEntity, em: EntityManager = this.ds.manager): Promise<VoteSnapshot> {
    return this.assemble(vote, await this.rows(vote.id, em), em);
  }

  private async rows(voteId: string, em: EntityManager): Promise<EligibleRow[]> {
    // Outside a transaction (every tally a broadcaster reads), the statement is prepared once per connection.
    const all =
      em === this.ds.manager
        ? await queryPrepared<EligibleRow>(this.ds, VOTE_ROWS, [voteId])
        : await em.query<EligibleRow[]>(ROWS_SQL, [voteId]);
    if (!all.length) throw notFound('Vote', 'voteId');
    return all;
  }

  private async assemble(vote: VoteRow, all: EligibleRow[], em: EntityManager): Promise<VoteSnapshot> {
    const method = vote.method as VoteMethod;
    // Status, result and version as this one statement saw them, with the ballots it read.
    const { version, vote_status: status, vote_closed_at: closedAt, vote_result: result } = all[0];
    const rows = all.filter((r): r is EligibleRow & { delegation_id: string; iso3: string; name: string } =>
      Boolean(r.delegation_id),
    );
    const closed = status === 'closed';
    const perState = method === 'recorded' || method === 'roll-call';
    let counts: VoteSnapshot['counts'] = null;
    if (perState) {
      const c = { yes: 0, no: 0, abstain: 0, notVoted: 0 };
      for (const r of rows) c[r.choice ?? 'notVoted'] += 1;
      counts = c;
    } else if (closed && result) {
      const { yes, no, abstain } = result;
      counts = { yes, no, abstain, notVoted: Math.max(0, rows.length - yes - no - abstain) };
    }
    const votes = perState
      ? Object.fromEntries(rows.filter((r) => r.choice).map((r) => [r.iso3, r.choice as Choice]))
      : null;
    let rollCall: VoteSnapshot['rollCall'] = null;
    if (method === 'roll-call' && vote.rollCallDrawn) {
      const iso3s = rows.map((r) => r.iso3);
      rollCall = (await this.rollCalls.view(em, vote.id, iso3s)) ?? {
        // A roll-call opened before its cursor was kept: the order from its draw, no answers.
        drawn: vote.rollCallDrawn.trim(),
        order: this.rollCalls.order(iso3s, vote.rollCallDrawn.trim()),
        seed: null,
        passed: [],
        declined: [],
      };
    }
    return {
      id: vote.id,
      questionId: vote.questionId,
      meetingId: vote.meetingId,
      method,
      rule: vote.rule as VotingRule,
      status: status as VoteSnapshot['status'],
      openedAt: vote.openedAt.toISOString(),
      closedAt: closedAt ? new Date(closedAt).toISOString() : null,
      version,
      eligible: rows.map((r) => ({ delegationId: r.delegation_id, iso3: r.iso3, name: r.name })),
      counts,
      votes,
      voted: method === 'secret' ? rows.filter((r) => r.voted).map((r) => r.iso3) : null,
      // Presence as read now: absent = not checked in and not voted (casting registers presence).
      absent:
        method === 'show-of-hands'
          ? undefined
          : rows.filter((r) => !r.voted && !r.present).map((r) => r.iso3),
      rollCall,
      result,
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { Choice, QuestionView, VoteMethod, VoteSnapshot, VotingRule } from '@plenary/shared';
import { MATTERS, type Matter } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/domain.exception';
import type { QuestionEntity } from './question.entity';
import { VoteEntity } from './vote.entity';

interface EligibleRow {
  delegation_id: string;
  iso3: string;
  name: string;
  choice: Choice | null;
  revision: number | null;
  voted: boolean;
}

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
  constructor(private readonly ds: DataSource) {}

  async build(voteId: string, em: EntityManager = this.ds.manager): Promise<VoteSnapshot> {
    const vote = await em.getRepository(VoteEntity).findOneBy({ id: voteId });
    if (!vote) throw notFound('Vote', 'voteId');
    return this.fromEntity(vote, em);
  }

  async fromEntity(vote: VoteEntity, em: EntityManager = this.ds.manager): Promise<VoteSnapshot> {
    const method = vote.method as VoteMethod;
    const rows = await em.query<EligibleRow[]>(
      `SELECT e.delegation_id, TRIM(e.state_iso3) AS iso3, e.name, b.choice, b.revision, (b.delegation_id IS NOT NULL) AS voted
         FROM vote_eligibility e
         LEFT JOIN ballots b ON b.vote_id = e.vote_id AND b.delegation_id = e.delegation_id
        WHERE e.vote_id = $1
        ORDER BY e.name`,
      [vote.id],
    );
    const closed = vote.status === 'closed';
    // The version only grows: each ballot write adds one revision to exactly one row.
    const version = rows.reduce((s, r) => s + (r.revision ?? 0), 0) + (closed ? 1 : 0);
    const perState = method === 'recorded' || method === 'roll-call';
    let counts: VoteSnapshot['counts'] = null;
    if (perState) {
      const c = { yes: 0, no: 0, abstain: 0, notVoted: 0 };
      for (const r of rows) c[r.choice ?? 'notVoted'] += 1;
      counts = c;
    } else if (closed && vote.result) {
      const { yes, no, abstain } = vote.result;
      counts = { yes, no, abstain, notVoted: Math.max(0, rows.length - yes - no - abstain) };
    }
    const votes = perState
      ? Object.fromEntries(rows.filter((r) => r.choice).map((r) => [r.iso3, r.choice as Choice]))
      : null;
    let rollCall: VoteSnapshot['rollCall'] = null;
    if (method === 'roll-call' && vote.rollCallDrawn) {
      const names = rows.map((r) => r.iso3);
      const start = Math.max(0, names.indexOf(vote.rollCallDrawn.trim()));
      rollCall = {
        drawn: vote.rollCallDrawn.trim(),
        order: [...names.slice(start), ...names.slice(0, start)],
      };
    }
    return {
      id: vote.id,
      questionId: vote.questionId,
      meetingId: vote.meetingId,
      method,
      rule: vote.rule as VotingRule,
      status: vote.status as VoteSnapshot['status'],
      openedAt: vote.openedAt.toISOString(),
      closedAt: vote.closedAt ? vote.closedAt.toISOString() : null,
      version,
      eligible: rows.map((r) => ({ delegationId: r.delegation_id, iso3: r.iso3, name: r.name })),
      counts,
      votes,
      voted: method === 'secret' ? rows.filter((r) => r.voted).map((r) => r.iso3) : null,
      rollCall,
      result: vote.result,
    };
  }
}

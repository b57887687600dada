import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  type ProposeSlateBody,
  type QuestionView,
  type RegisterRefusal,
  type SlateReview,
  type SlateView,
  type StateProfile,
  type Term,
  committeeTermUntil,
  reviewSlate,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException, notFound, orThrow } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { MeetingService } from '../meeting/meeting.service';
import { OfficeRepository } from '../office/office.repository';
import { OfficeService } from '../office/office.service';
import { RealtimeService } from '../realtime/realtime.service';
import { RecordService } from '../record/record.service';
import { RegisterService } from '../register/register.service';
import { QuestionDecidedHook } from '../vote/question-decided.hook';
import { QuestionService } from '../vote/question.service';

interface SlateRow {
  id: string;
  meeting_id: string;
  question_id: string;
  agenda_item_id: string | null;
  from_date: string;
  terms: Term[];
  profiles: Record<string, StateProfile>;
  review: SlateReview;
  status: SlateView['status'];
  refusal: RegisterRefusal | null;
  created_at: Date;
  decided_at: Date | null;
}

const COLUMNS = `id, meeting_id, question_id, agenda_item_id, to_char(from_date, 'YYYY-MM-DD') AS from_date, terms,
  profiles, review, status, refusal, created_at, decided_at`;

/**
 * The President's proposed slate of officeholders (DOMAIN.md §8-9): reviewed by the shared slate
 * rules (refused where a rule is broken; its regional balance, mix of States and warnings kept
 * with it), put to the meeting as a question under its agenda item, adopted by consensus or by a
 * vote; on adoption its terms enter the register, starting on the date decided.
 */
@Injectable()
export class SlateService implements OnModuleInit {
  private readonly logger = new Logger(SlateService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly meetings: MeetingService,
    private readonly questions: QuestionService,
    private readonly decided: QuestionDecidedHook,
    private readonly offices: OfficeService,
    private readonly officeRepo: OfficeRepository,
    private readonly register: RegisterService,
    private readonly record: RecordService,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.decided.on((q) => this.onDecided(q));
  }

  async list(meetingId: string): Promise<SlateView[]> {
    await this.meetings.load(meetingId);
    const rows = await this.ds.query<SlateRow[]>(
      `SELECT ${COLUMNS} FROM slates WHERE meeting_id = $1 ORDER BY created_at, id`,
      [meetingId],
    );
    return Promise.all(rows.map((r) => this.toView(r)));
  }

  async view(id: string, em: EntityManager = this.ds.manager): Promise<SlateView> {
    const rows = await em.query<SlateRow[]>(`SELECT ${COLUMNS} FROM slates WHERE id = $1`, [id]);
    if (!rows.length) throw notFound('Slate', 'slateId');
    return this.toView(rows[0], em);
  }

  /** Reviews the slate against the register and puts it to the meeting as a question. */
  async propose(meetingId: string, body: ProposeSlateBody): Promise<SlateView> {
    const out = await inTransaction(this.ds, async (em) => {
      // Lock order: the meeting (putting the question), then the register of officeholders.
      const put = await this.questions.putIn(em, meetingId, {
        agendaItemId: body.agendaItemId,
        text: `Adoption of the President's proposed slate of officeholders (terms from ${body.from})`,
        matter: 'election',
      });
      await this.officeRepo.lockForWrite(em);
      const register = (await this.officeRepo.all(em)).map((r) => r.term);
      const states = await this.register.loadRecords(em);
      // A committee member's term runs two years unless the slate says otherwise.
      const terms: Term[] = body.terms.map((t) => ({
        ...t,
        holder: { ...t.holder },
        until: t.until ?? (t.office.kind === 'committee-member' ? committeeTermUntil(t.from) : null),
      }));
      const review = orThrow(
        reviewSlate({ from: body.from, terms, profiles: body.profiles }, register, states),
      );
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO slates (meeting_id, question_id, agenda_item_id, from_date, terms, profiles, review)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb) RETURNING id`,
        [
          meetingId,
          put.view.id,
          body.agendaItemId,
          body.from,
          JSON.stringify(terms),
          JSON.stringify(body.profiles),
          JSON.stringify(review),
        ],
      );
      await this.record.append(em, {
        meetingId,
        kind: 'slate.proposed',
        summary: `The President's proposed slate of officeholders: ${terms.length} term${terms.length === 1 ? '' : 's'} from ${body.from}, ${review.warnings.length} warning${review.warnings.length === 1 ? '' : 's'}`,
        data: { slateId: row.id, questionId: put.view.id, from: body.from, terms, warnings: review.warnings },
      });
      return { view: await this.view(row.id, em), question: put.view, version: put.version };
    });
    this.realtime.emitToMeeting(meetingId, 'question.put', {
      meetingVersion: out.version,
      question: out.question,
    });
    return out.view;
  }

  /** The meeting decided the slate's question: on adoption its terms enter the register. */
  private async onDecided(q: QuestionView): Promise<void> {
    if (q.status !== 'adopted' && q.status !== 'rejected' && q.status !== 'no-decision') return;
    await inTransaction(this.ds, async (em) => {
      const rows = await em.query<SlateRow[]>(
        `SELECT ${COLUMNS} FROM slates WHERE question_id = $1 AND status = 'proposed' FOR UPDATE`,
        [q.id],
      );
      if (!rows.length) return;
      const s = rows[0];
      if (q.status !== 'adopted') {
        await this.decide(em, s.id, 'rejected', null);
        await this.record.append(em, {
          meetingId: s.meeting_id,
          kind: 'slate.rejected',
          summary: `The proposed slate of officeholders was not adopted`,
          data: { slateId: s.id, questionId: q.id },
        });
        return;
      }
      // A refusal by the register (a term entered meanwhile) must not undo the decision.
      let refusal: RegisterRefusal | null = null;
      await em.query('SAVEPOINT slate_terms');
      try {
        await this.offices.addIn(em, s.terms, null, 'terms', s.id);
        await em.query('RELEASE SAVEPOINT slate_terms');
      } catch (err) {
        if (!(err instanceof DomainException)) throw err;
        await em.query('ROLLBACK TO SAVEPOINT slate_terms');
        refusal = err.facts();
      }
      await this.decide(em, s.id, refusal ? 'not-entered' : 'adopted', refusal);
      await this.record.append(em, {
        meetingId: s.meeting_id,
        kind: 'slate.adopted',
        summary: refusal
          ? `The proposed slate of officeholders was adopted; not entered in the register of officeholders: ${refusal.message}`
          : `The proposed slate of officeholders was adopted: ${s.terms.length} term${s.terms.length === 1 ? '' : 's'} from ${s.from_date} entered in the register`,
        data: { slateId: s.id, questionId: q.id, decidedBy: q.decidedBy, refusal },
      });
    }).catch((e: unknown) => this.logger.error(e));
  }

  private async decide(
    em: EntityManager,
    id: string,
    status: SlateView['status'],
    refusal: RegisterRefusal | null,
  ): Promise<void> {
    await em.query(`UPDATE slates SET status = $2, refusal = $3::jsonb, decided_at = now() WHERE id = $1`, [
      id,
      status,
      refusal ? JSON.stringify(refusal) : null,
    ]);
  }

  private async toView(r: SlateRow, em: EntityManager = this.ds.manager): Promise<SlateView> {
    const states = await this.register.loadRecords(em);
    const names = new Map(states.map((s) => [s.iso3, s.name]));
    return {
      id: r.id,
      meetingId: r.meeting_id,
      questionId: r.question_id,
      agendaItemId: r.agenda_item_id,
      from: r.from_date,
      terms: r.terms.map((t) => ({ ...t, stateName: names.get(t.holder.state) ?? t.holder.state })),
      profiles: r.profiles,
      status: r.status,
      refusal: r.refusal,
      review: r.review,
      createdAt: r.created_at.toISOString(),
      decidedAt: r.decided_at?.toISOString() ?? null,
    };
  }
}

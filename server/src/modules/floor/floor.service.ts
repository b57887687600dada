import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  MOTION_LABELS,
  type FloorActionBody,
  type FloorContext,
  type FloorRequestCommand,
  type FloorSettings,
  type FloorState,
  type FloorSubject,
  type FloorView,
  floorPatch,
  packFloorView,
  type FloorPatch,
  type Matter,
  type PointOfOrderCommand,
  type Principal,
  type QuestionView,
  type Result,
  type Tally,
  type VoteResult,
  type VotingRule,
  addSpeaker,
  adoptMotionByConsensus,
  adoptMotionWithoutVote,
  appealRuling,
  callNextExplanation,
  callNextReply,
  callNextSpeaker,
  closeExplanations,
  closeList,
  createFloor,
  decideAppeal,
  decideMotion,
  endSpeech,
  giveFloor,
  giveFloorOnMotion,
  markConsequential,
  motionVotingRule,
  moveMotion,
  moveSpeaker,
  objectToMotion,
  openExplanations,
  openList,
  orderAmendments,
  orderProposals,
  overruleByConsensus,
  pauseSpeech,
  putMotionToVote,
  questionToPut,
  raisePointOfOrder,
  recordVote,
  removeSpeaker,
  reopenList,
  requestExplanation,
  requestFloor,
  requestReply,
  resumeDebate,
  resumeSpeech,
  ruleOnPointOfOrder,
  ruleProcedureOrSubstance,
  submitAmendment,
  submitProposal,
  takeUpMotion,
  withdrawMotion,
  withdrawRequest,
  withdrawStatement,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, notFound, orThrow } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import type { MeetingEntity } from '../meeting/meeting.entity';
import { MeetingService } from '../meeting/meeting.service';
import { RealtimeService } from '../realtime/realtime.service';
import { RecordService } from '../record/record.service';
import { QuestionDecidedHook } from '../vote/question-decided.hook';
import { QuestionService } from '../vote/question.service';
import { FloorEntity, FloorQuestionEntity } from './floor.entity';
import { type FloorDelegation, FloorRepository } from './floor.repository';

/** Floors whose last sent view a node keeps to patch the next (a meeting has a few dozen items). */
const LAST_SENT_FLOORS = 64;

/** Sets a key as the newest of a bounded map (the oldest goes past LAST_SENT_FLOORS). */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= LAST_SENT_FLOORS) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** What one use case did to the floor, in its transaction. */
interface Step {
  state: FloorState;
  /** The record's line for it. */
  summary: string;
  /** A question to put to the vote machinery, and what its outcome decides on the floor. */
  question?: { text: string; matter: Matter; rule?: VotingRule; subject: FloorSubject };
}

interface Scope {
  em: EntityManager;
  /** The floor as it stands, the outcomes of decided questions taken. */
  state: FloorState;
  meeting: MeetingEntity;
  ctx: FloorContext;
  /** A delegation of the meeting, with its standing read now. */
  who: (delegationId: string) => Promise<FloorDelegation>;
}

interface Outcome {
  view: FloorView;
  version: number;
  put: { view: QuestionView; version: number } | null;
  /** A motion adopted that suspends or adjourns the meeting: applied through the meeting's transition after commit. */
  suspend: boolean;
}

/**
 * The floor's use cases (DOMAIN.md §7; the rules are shared/src/domain/floor). Each is one
 * transaction: the meeting's row locked, then the item's floor; questions the floor put and the
 * vote machinery has since decided are settled first; the rule applied; the state saved, the
 * record appended, the meeting's version bumped; `floor.changed` emitted after commit.
 */
@Injectable()
export class FloorService implements OnModuleInit {
  /** The view last sent per agenda item, to send the next one as a patch. */
  private readonly lastSent = new Map<string, FloorView>();
  /** The item whose floor each meeting's screens were last sent. */
  private readonly lastItem = new Map<string, string>();

  constructor(
    private readonly ds: DataSource,
    private readonly floors: FloorRepository,
    private readonly meetings: MeetingService,
    private readonly questions: QuestionService,
    private readonly record: RecordService,
    private readonly realtime: RealtimeService,
    private readonly decided: QuestionDecidedHook,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.decided.on((q) => this.onQuestionDecided(q));
  }

  async view(meetingId: string, agendaItemId: string | null): Promise<FloorView | null> {
    if (agendaItemId === null) return this.floors.viewOfMeeting(meetingId);
    const m = await this.meetings.load(meetingId);
    if (!m.agenda.some((a) => a.id === agendaItemId)) throw notFound('Agenda item', 'agendaItemId');
    const floor = await this.ds.getRepository(FloorEntity).findOneBy({ agendaItemId });
    return floor ? this.floors.view(this.ds.manager, floor) : null;
  }

  async settings(meetingId: string): Promise<FloorSettings> {
    await this.meetings.load(meetingId);
    return this.floors.settings(this.ds.manager, meetingId);
  }

  async updateSettings(meetingId: string, settings: FloorSettings): Promise<FloorSettings> {
    await inTransaction(this.ds, async (em) => {
      await this.meetings.lock(em, meetingId);
      await this.floors.saveSettings(em, meetingId, settings);
      await this.record.append(em, {
        meetingId,
        kind: 'floor.settings',
        summary: 'Floor settings adopted (speaking time, interventions, motions, replies)',
        data: { settings },
      });
      // No screen changes yet: a speech keeps the limit it started with; the next one takes the new one.
    });
    return settings;
  }

  /** The President's (or, to inscribe a speaker, the secretariat's) action on an item's floor. */
  async act(
    principal: Principal,
    meetingId: string,
    agendaItemId: string,
    body: FloorActionBody,
  ): Promise<FloorView> {
    if (principal.role === 'secretariat' && body.action !== 'add-speaker') {
      throw new DomainException(
        'FORBIDDEN',
        'The secretariat inscribes speakers; the President conducts the floor',
        'action',
      );
    }
    return this.run(meetingId, agendaItemId, (scope) => this.chair(scope, body), body.revision);
  }

  /** A delegation's own request from its pad, on the meeting's current floor; its standing is read now. */
  async request(
    principal: Principal | null,
    cmd: FloorRequestCommand,
    withdraw: boolean,
  ): Promise<FloorView> {
    const delegationId = this.ownDelegation(principal, cmd.meetingId);
    const itemId = await this.currentItem(cmd.meetingId);
    return this.run(cmd.meetingId, itemId, async ({ who, ctx, state: s }) => {
      const d = await who(delegationId);
      let state: FloorState;
      if (withdraw) {
        state =
          cmd.queue === 'speakers'
            ? orThrow(withdrawRequest(s, delegationId))
            : orThrow(withdrawStatement(s, cmd.queue === 'reply' ? 'reply' : 'explanation', delegationId));
        return { state, summary: `${d.name} withdrew its request (${cmd.queue})` };
      }
      if (d.actor.category !== 'state-party' && cmd.queue === 'speakers') {
        throw new DomainException(
          'OBSERVER_NOT_PERMITTED',
          'An observer speaks when the President gives it the floor (observers speak, never vote or move: DOMAIN.md §2)',
          'delegationId',
        );
      }
      const rule =
        cmd.queue === 'speakers' ? requestFloor : cmd.queue === 'reply' ? requestReply : requestExplanation;
      state = orThrow(rule(s, d.actor, ctx));
      return { state, summary: `${d.name} asked for the floor (${cmd.queue})` };
    });
  }

  async pointOfOrder(principal: Principal | null, cmd: PointOfOrderCommand): Promise<FloorView> {
    const delegationId = this.ownDelegation(principal, cmd.meetingId);
    const itemId = await this.currentItem(cmd.meetingId);
    return this.run(cmd.meetingId, itemId, async ({ who, ctx, state: s }) => {
      const d = await who(delegationId);
      const state = orThrow(raisePointOfOrder(s, d.actor, ctx, { onConductOfVote: cmd.onConductOfVote }));
      return { state, summary: `${d.name} raised a point of order` };
    });
  }

  // ---- internals ----------------------------------------------------------------------------

  private ownDelegation(principal: Principal | null, meetingId: string): string {
    if (!principal) throw new DomainException('UNAUTHENTICATED', 'Sign in as a delegation', 'session');
    if (!principal.delegationId || (principal.role !== 'delegation' && principal.role !== 'observer')) {
      throw new DomainException('FORBIDDEN', 'Only a delegation asks for the floor from its pad', 'session');
    }
    if (principal.meetingId !== meetingId) {
      throw new DomainException('FORBIDDEN', 'Your delegation is accredited to another meeting', 'meetingId');
    }
    return principal.delegationId;
  }

  private async currentItem(meetingId: string): Promise<string> {
    const floor = await this.floors.current(meetingId);
    if (!floor) {
      throw new DomainException(
        'LIST_NOT_OPEN',
        'The President has not yet opened a list of speakers in this meeting (list of speakers: DOMAIN.md §7; GA rule 68)',
        'meetingId',
      );
    }
    return floor.agendaItemId;
  }

  /** One use case: lock, settle, apply, save, record, bump; then emit. */
  private async run(
    meetingId: string,
    agendaItemId: string,
    work: (scope: Scope) => Promise<Step>,
    revision?: number,
  ): Promise<FloorView> {
    const out = await inTransaction(this.ds, async (em): Promise<Outcome> => {
      const meeting = await this.meetings.lock(em, meetingId);
      if (!meeting.agenda.some((a) => a.id === agendaItemId)) throw notFound('Agenda item', 'agendaItemId');
      const settings = await this.floors.settings(em, meetingId);
      const ctx: FloorContext = {
        now: this.clock.now().getTime(),
        settings,
        voteOpen: await this.floors.voteOpen(em, meetingId),
      };
      const floor =
        (await this.floors.lock(em, agendaItemId)) ??
        (await this.floors.create(em, meetingId, createFloor(agendaItemId, settings)));
      if (revision !== undefined && revision !== floor.revision) {
        // Two consoles acting on the same sight of the floor: the first one counts.
        throw new DomainException(
          'CONFLICT',
          `The floor has changed since you acted on it (revision ${revision}, now ${floor.revision}): look again`,
          'revision',
        );
      }
      const settled = await this.settle(em, floor, ctx);
      const day = this.meetings.meetingDay(meeting);
      const step = await work({
        em,
        state: settled.state,
        meeting,
        ctx,
        who: (id) => this.floors.delegation(em, meetingId, day, id),
      });
      let put: Outcome['put'] = null;
      if (step.question) {
        put = await this.questions.putIn(em, meetingId, {
          agendaItemId,
          text: step.question.text,
          matter: step.question.matter,
          rule: step.question.rule,
        });
        await em
          .getRepository(FloorQuestionEntity)
          .insert({ questionId: put.view.id, agendaItemId, subject: step.question.subject, settledAt: null });
      }
      const saved = await this.floors.save(em, floor, step.state);
      await this.record.append(em, {
        meetingId,
        kind: 'floor.changed',
        summary: step.summary,
        data: { agendaItemId, revision: saved.revision, ...changes(floor.state, step.state) },
      });
      const version = await this.meetings.bumpVersion(em, meetingId);
      return {
        view: await this.floors.view(em, saved),
        version,
        put,
        suspend: settled.suspend || suspends(floor.state, step.state),
      };
    });
    return this.announce(meetingId, out);
  }

  /**
   * The patch from the view this node last sent for the item, when that was the revision before
   * (issue 11: each request for the floor went to every watcher whole); null sends the whole floor.
   * Remembers the view as the screens will hold it (JSON). Bounded: the items of the last few
   * meetings; a view announced after a newer one (two commits racing) is sent whole and forgotten.
   * When the chair turns to another item the floor goes whole too: screens hold the floor of the
   * item last acted on, and could not apply a patch of another one (each would fetch a snapshot).
   */
  private patchFromLastSent(view: FloorView): FloorPatch | null {
    const sent = JSON.parse(JSON.stringify(view)) as FloorView;
    const prev = this.lastSent.get(view.agendaItemId);
    if (prev && prev.revision >= sent.revision) return null;
    remember(this.lastSent, view.agendaItemId, sent);
    const turned = this.lastItem.get(view.meetingId) !== view.agendaItemId;
    remember(this.lastItem, view.meetingId, view.agendaItemId);
    return prev && !turned ? floorPatch(prev, sent) : null;
  }

  private async announce(meetingId: string, out: Outcome): Promise<FloorView> {
    if (out.put) {
      this.realtime.emitToMeeting(meetingId, 'question.put', {
        meetingVersion: out.put.version,
        question: out.put.view,
      });
    }
    const patch = this.patchFromLastSent(out.view);
    if (patch)
      this.realtime.emitToMeetingInSlices(meetingId, 'floor.patched', { meetingVersion: out.version, patch });
    else
      this.realtime.emitToMeetingInSlices(meetingId, 'floor.changed', {
        meetingVersion: out.version,
        floor: packFloorView(out.view),
      });
    if (out.suspend) {
      // The meeting's own transition (its rules, its record, its event), after the floor's commit.
      await this.meetings.transition(meetingId, 'suspend').catch(() => undefined);
    }
    return out.view;
  }

  /**
   * Takes the outcome of every question the floor put that has since been decided: a motion or
   * appeal from the vote's tally (decided by its own rule), a step of the voting sequence from
   * the question's outcome. A vote without quorum decides nothing: the motion or step waits to
   * be put again.
   */
  private async settle(
    em: EntityManager,
    floor: FloorEntity,
    ctx: FloorContext,
  ): Promise<{ state: FloorState; suspend: boolean; changed: boolean }> {
    const open = (await this.floors.questions(em, floor.agendaItemId)).filter((q) => q.settledAt === null);
    let state = floor.state;
    let changed = false;
    const before = floor.state;
    for (const link of open) {
      const [q] = await em.query<{ status: string; decided_by: string | null; result: VoteResult | null }[]>(
        `SELECT q.status, q.decided_by, v.result FROM questions q LEFT JOIN votes v ON v.question_id = q.id
          WHERE q.id = $1`,
        [link.questionId],
      );
      if (!q || !['adopted', 'rejected', 'no-decision'].includes(q.status)) continue;
      // Adopted without a vote: no tally at all (never a vote of one to none).
      const outcome: QuestionOutcome =
        q.decided_by === 'consensus'
          ? { by: 'consensus' }
          : q.result && q.result.outcome !== 'no-quorum'
            ? { by: 'vote', tally: { yes: q.result.yes, no: q.result.no, abstain: q.result.abstain } }
            : { by: 'no-decision' };
      state = applyOutcome(state, link.subject, outcome, q.status, ctx);
      await em.update(FloorQuestionEntity, { questionId: link.questionId }, { settledAt: this.clock.now() });
      changed = true;
    }
    return { state, suspend: suspends(before, state), changed };
  }

  /** After a vote closed (or consensus): settle the floor that put the question, at once, so screens see it. */
  private async onQuestionDecided(question: QuestionView): Promise<void> {
    const [link] = await this.ds.query<{ agenda_item_id: string }[]>(
      'SELECT agenda_item_id FROM floor_questions WHERE question_id = $1 AND settled_at IS NULL',
      [question.id],
    );
    if (!link) return;
    const out = await inTransaction(this.ds, async (em): Promise<Outcome | null> => {
      await this.meetings.lock(em, question.meetingId);
      const floor = await this.floors.lock(em, link.agenda_item_id);
      if (!floor) return null;
      const ctx: FloorContext = {
        now: this.clock.now().getTime(),
        settings: await this.floors.settings(em, question.meetingId),
        voteOpen: await this.floors.voteOpen(em, question.meetingId),
      };
      const settled = await this.settle(em, floor, ctx);
      if (!settled.changed) return null;
      const saved = await this.floors.save(em, floor, settled.state);
      await this.record.append(em, {
        meetingId: question.meetingId,
        kind: 'floor.changed',
        summary:
          question.decidedBy === 'consensus'
            ? `${question.text}: adopted without a vote (consensus)`
            : `The floor takes the outcome of: ${question.text}`,
        data: {
          agendaItemId: floor.agendaItemId,
          revision: saved.revision,
          questionId: question.id,
          decidedBy: question.decidedBy,
          ...changes(floor.state, settled.state),
        },
      });
      const version = await this.meetings.bumpVersion(em, question.meetingId);
      return { view: await this.floors.view(em, saved), version, put: null, suspend: settled.suspend };
    });
    if (out) await this.announce(question.meetingId, out);
  }

  /** The chair's actions: each one rule of shared/src/domain/floor. */
  private async chair({ who, ctx, state: s }: Scope, body: FloorActionBody): Promise<Step> {
    const name = async (id: string) => (await who(id)).name;
    const step = (r: Result<FloorState>, summary: string): Step => ({ state: orThrow(r), summary });
    switch (body.action) {
      case 'open-list':
        return step(openList(s), 'The President opened the list of speakers');
      case 'close-list':
        return step(
          closeList(s, { kind: 'no-objection' }, ctx),
          'The President closed the list of speakers, the meeting not objecting',
        );
      case 'reopen-list':
        return step(reopenList(s), 'The President reopened the list of speakers');
      case 'add-speaker': {
        const d = await who(body.delegationId);
        return step(addSpeaker(s, d.actor, ctx), `${d.name} inscribed on the list of speakers`);
      }
      case 'move-speaker':
        return step(
          moveSpeaker(s, body.delegationId, body.toIndex),
          `${await name(body.delegationId)} moved to place ${body.toIndex + 1} on the list`,
        );
      case 'remove-speaker':
        return step(
          removeSpeaker(s, body.delegationId, ctx),
          `${await name(body.delegationId)} removed from the floor or the list`,
        );
      case 'next-speaker': {
        const next = orThrow(callNextSpeaker(s, ctx));
        const speaker = next.speech ? await name(next.speech.delegationId) : '';
        return { state: next, summary: `The President gave the floor to ${speaker}` };
      }
      case 'give-floor': {
        const d = await who(body.delegationId);
        const given = giveFloor(
          s,
          {
            delegationId: d.actor.delegationId,
            category: d.actor.category,
            kind: 'debate',
            ref: null,
            side: null,
            limitMs: ctx.settings.speakingTimeMs,
          },
          ctx,
        );
        return step(given, `The President gave the floor to ${d.name}`);
      }
      case 'end-speech':
        return step(endSpeech(s, ctx), 'The speech ended');
      case 'pause-speech':
        return step(pauseSpeech(s, ctx), 'The President stopped the speaking clock');
      case 'resume-speech':
        return step(resumeSpeech(s, ctx), 'The speaker continued');
      case 'raise-point-of-order': {
        const d = await who(body.delegationId);
        return step(
          raisePointOfOrder(s, d.actor, ctx, { onConductOfVote: body.onConductOfVote }),
          `${d.name} raised a point of order`,
        );
      }
      case 'rule':
        return step(
          ruleOnPointOfOrder(s, body.rulingId, body.ruling, ctx),
          `The President ruled on ${body.rulingId}: ${body.ruling}`,
        );
      case 'rule-procedure-or-substance':
        return step(
          ruleProcedureOrSubstance(s, { question: body.question, classification: body.classification }, ctx),
          `The President ruled that the question is one of ${body.classification}: ${body.question}`,
        );
      case 'appeal': {
        const d = await who(body.delegationId);
        return step(
          appealRuling(s, body.rulingId, d.actor, ctx),
          `${d.name} appealed against ${body.rulingId}`,
        );
      }
      case 'put-appeal': {
        const r = s.rulings.find((x) => x.id === body.rulingId);
        if (!r) throw new DomainException('NOT_FOUND', `No ruling ${body.rulingId}`, 'rulingId');
        if (r.status !== 'appealed')
          throw new DomainException(
            'INVALID_TRANSITION',
            'Nobody has appealed against this ruling',
            'rulingId',
          );
        // Put once: a second put finds the question before the meeting (QUESTION_ACTIVE).
        return {
          state: s,
          summary: `The appeal against ${r.id} is put to the vote`,
          question: {
            text: `Shall the President's ruling (${r.id}: ${r.ruling ?? ''}) be overruled?`,
            matter: 'procedural',
            rule: 'majority-present-voting',
            subject: { kind: 'appeal', rulingId: r.id },
          },
        };
      }
      case 'move-motion': {
        const d = await who(body.delegationId);
        return step(
          moveMotion(s, d.actor, body.motion, ctx),
          `${d.name} moved to ${MOTION_LABELS[body.motion.kind]}`,
        );
      }
      case 'object': {
        const d = await who(body.delegationId);
        return step(objectToMotion(s, body.motionId, d.actor), `${d.name} objected to ${body.motionId}`);
      }
      case 'withdraw-motion':
        return step(
          withdrawMotion(s, body.motionId, body.delegationId),
          `${await name(body.delegationId)} withdrew ${body.motionId}`,
        );
      case 'take-up-motion':
        return step(takeUpMotion(s, body.motionId, ctx), `The President took up ${body.motionId}`);
      case 'motion-speaker': {
        const d = await who(body.delegationId);
        return step(
          giveFloorOnMotion(s, body.motionId, d.actor, body.side, ctx),
          `${d.name} has the floor ${body.side === 'for' ? 'in favour of' : 'against'} ${body.motionId}`,
        );
      }
      case 'put-motion': {
        const state = orThrow(putMotionToVote(s, body.motionId, ctx));
        const m = state.motions.find((x) => x.id === body.motionId)!;
        const target = m.proposalId ? ` (${m.proposalId})` : '';
        return {
          state,
          summary: `The motion ${m.id} to ${MOTION_LABELS[m.kind]} is put to the vote`,
          question: {
            text: `Motion ${m.id} to ${MOTION_LABELS[m.kind]}${target}`,
            matter: 'procedural',
            rule: motionVotingRule(m.kind, ctx.settings),
            subject: { kind: 'motion', motionId: m.id },
          },
        };
      }
      case 'adopt-motion':
        return step(
          adoptMotionWithoutVote(s, body.motionId, ctx),
          `${body.motionId} adopted without a vote, nobody objecting`,
        );
      case 'resume-debate':
        return step(resumeDebate(s), 'The meeting resumed the debate on the item');
      case 'submit-proposal':
        return step(
          submitProposal(s, { id: body.id, symbol: body.symbol, text: body.text, sponsors: body.sponsors }),
          `Proposal ${body.id} tabled`,
        );
      case 'submit-amendment':
        return step(
          submitAmendment(s, {
            id: body.id,
            proposalId: body.proposalId,
            symbol: body.symbol,
            text: body.text,
            sponsors: body.sponsors,
          }),
          `Amendment ${body.id} to ${body.proposalId} tabled`,
        );
      case 'order-amendments':
        return step(
          orderAmendments(s, body.proposalId, body.order),
          `The President ordered the amendments to ${body.proposalId}: ${body.order.join(', ')}`,
        );
      case 'order-proposals':
        return step(
          orderProposals(s, body.order, body.decidedBy),
          `The meeting decided to vote on the proposals in the order ${body.order.join(', ')} (${body.decidedBy})`,
        );
      case 'mark-consequential':
        return step(
          markConsequential(s, body.amendmentId, body.onAdoptionOf),
          `${body.amendmentId} is not put to the vote if ${body.onAdoptionOf} is adopted`,
        );
      case 'put-next': {
        const next = orThrow(questionToPut(s, ctx));
        const p = s.proposals.find((x) => x.id === next.proposalId)!;
        const text =
          next.kind === 'amendment'
            ? `Amendment ${next.amendmentId} to ${p.id}: ${p.amendments.find((a) => a.id === next.amendmentId)?.text ?? ''}`
            : next.kind === 'part'
              ? `Part ${p.division?.parts.find((x) => x.id === next.partId)?.label ?? next.partId} of ${p.id}`
              : `${p.id}${next.amended ? ' as amended' : ''}${p.division ? ' (the parts approved, as a whole)' : ''}: ${p.text}`;
        const subject: FloorSubject =
          next.kind === 'amendment'
            ? { kind: 'amendment', proposalId: p.id, amendmentId: next.amendmentId }
            : next.kind === 'part'
              ? { kind: 'part', proposalId: p.id, partId: next.partId }
              : { kind: 'proposal', proposalId: p.id };
        return {
          state: s,
          summary: `Put to the vote: ${text}`,
          question: { text: text.slice(0, 4000), matter: body.matter, subject },
        };
      }
      case 'open-explanations': {
        const subject = s.proposals.flatMap((p) => [p, ...p.amendments]).find((x) => x.id === body.subjectId);
        const proposal = s.proposals.find(
          (p) => p.id === body.subjectId || p.amendments.some((a) => a.id === body.subjectId),
        );
        return step(
          openExplanations(
            s,
            {
              subjectId: body.subjectId,
              phase: body.phase,
              sponsors: subject?.sponsors ?? [],
              amended: proposal?.amendments.some((a) => a.result === 'adopted') ?? false,
            },
            ctx,
          ),
          `Explanations of vote ${body.phase} the vote on ${body.subjectId}`,
        );
      }
      case 'add-explanation': {
        const d = await who(body.delegationId);
        return step(requestExplanation(s, d.actor, ctx), `${d.name} asked to explain its vote`);
      }
      case 'next-explanation':
        return step(callNextExplanation(s, ctx), 'The next explanation of vote');
      case 'close-explanations':
        return step(closeExplanations(s), 'Explanations of vote closed');
      case 'add-reply': {
        const d = await who(body.delegationId);
        return step(requestReply(s, d.actor, ctx), `${d.name} asked for a right of reply`);
      }
      case 'next-reply':
        return step(callNextReply(s, ctx, body.at), 'The President gave the floor in right of reply');
    }
  }
}

/** How a floor question was decided: by a vote (its tally), without a vote (consensus), or not at all (no quorum). */
type QuestionOutcome = { by: 'vote'; tally: Tally } | { by: 'consensus' } | { by: 'no-decision' };

/** The floor takes a decided question's outcome (see settle). */
function applyOutcome(
  state: FloorState,
  subject: FloorSubject,
  outcome: QuestionOutcome,
  status: string,
  ctx: FloorContext,
): FloorState {
  const cleared = state;
  switch (subject.kind) {
    case 'motion': {
      if (outcome.by === 'consensus') {
        const r = adoptMotionByConsensus(cleared, subject.motionId, ctx);
        return r.ok ? r.value : cleared;
      }
      if (outcome.by === 'no-decision') {
        // No decision (the quorum failed): the motion waits to be put again.
        return {
          ...cleared,
          motions: cleared.motions.map((m) =>
            m.id === subject.motionId && m.status === 'voting' ? { ...m, status: 'debating' as const } : m,
          ),
        };
      }
      const r = decideMotion(cleared, subject.motionId, outcome.tally, ctx);
      return r.ok ? r.value : cleared;
    }
    case 'appeal': {
      if (outcome.by === 'no-decision') return cleared;
      const r =
        outcome.by === 'consensus'
          ? overruleByConsensus(cleared, subject.rulingId, ctx)
          : decideAppeal(cleared, subject.rulingId, outcome.tally, ctx);
      return r.ok ? r.value : cleared;
    }
    case 'amendment':
    case 'part':
    case 'proposal': {
      if (status !== 'adopted' && status !== 'rejected') return cleared;
      const r = recordVote(cleared, subject, status);
      return r.ok ? r.value : cleared;
    }
  }
}

/** A motion adopted between the two states suspends or adjourns the meeting. */
function suspends(before: FloorState, after: FloorState): boolean {
  return after.motions.some(
    (m) =>
      m.status === 'adopted' &&
      (m.effect?.kind === 'meeting-suspended' || m.effect?.kind === 'meeting-adjourned') &&
      before.motions.find((b) => b.id === m.id)?.status !== 'adopted',
  );
}

/** What the record keeps of a change: speeches finished, rulings, motions and proposals that changed. */
function changes(before: FloorState, after: FloorState): Record<string, unknown> {
  const changed = <T extends { id: string }>(a: T[], b: T[]) =>
    b.filter((x) => JSON.stringify(a.find((y) => y.id === x.id)) !== JSON.stringify(x));
  return {
    spoken: after.spoken.slice(before.spoken.length),
    speech: after.speech && { delegationId: after.speech.delegationId, kind: after.speech.kind },
    list: { status: after.list.status, queue: after.list.queue.map((e) => e.delegationId) },
    rulings: changed(before.rulings, after.rulings),
    motions: changed(before.motions, after.motions),
    proposals: changed(before.proposals, after.proposals),
    debate: after.debate,
  };
}

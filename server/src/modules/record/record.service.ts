import { Injectable } from '@nestjs/common';
import {
  type Choice,
  decisionEntryMessages,
  INTENDED_VOTE_KIND,
  type IntendedVoteBody,
  type RecordEntry,
  type RecordHead,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { asStored, checkChain, entryHash, type ChainCheck } from './record-chain';
import { RecordRepository, type RecordRow } from './record.repository';

export interface NewEntry {
  meetingId: string;
  kind: string;
  summary: string;
  data?: Record<string, unknown>;
  correctsId?: number | null;
}

export const toRecordView = (e: RecordRow): RecordEntry => ({
  id: e.id,
  meetingId: e.meetingId,
  seq: e.seq,
  kind: e.kind,
  at: e.at,
  summary: e.summary,
  data: e.data,
  corrects: e.corrects,
  prevHash: e.prevHash,
  hash: e.hash,
});

/**
 * A decision keeps its paragraphs as facts, not prose (issue #16 item 4): the catalogue key and
 * parameters of each sentence ("A recorded vote was taken.", the three lists, the outcome) and of
 * the arithmetic, so the entry renders in all six languages for as long as the record exists.
 */
function withMessages(kind: string, data: Record<string, unknown> | undefined) {
  if (!data || 'messages' in data) return data;
  const messages = decisionEntryMessages(kind, data);
  return messages ? { ...data, messages: messages.paragraphs, arithmetic: messages.arithmetic } : data;
}

const isChoice = (v: unknown): v is Choice => v === 'yes' || v === 'no' || v === 'abstain';

export interface MeetingChainCheck {
  meetingId: string;
  code: string;
  check: ChainCheck;
}

@Injectable()
export class RecordService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RecordRepository,
  ) {}

  /**
   * Appends inside the caller's transaction, so the record and the change commit together. The
   * meeting's chain head is locked until that transaction ends: appends to one meeting take turns,
   * each hashing its content with the hash before it.
   */
  async append(em: EntityManager, entry: NewEntry): Promise<RecordEntry> {
    const head = await this.repo.lockHead(em, entry.meetingId);
    const data = withMessages(entry.kind, entry.data);
    const content = {
      meetingId: entry.meetingId,
      seq: head.seq + 1,
      id: head.id,
      at: head.at,
      kind: entry.kind,
      summary: entry.summary,
      data: asStored(data),
      corrects: entry.correctsId ?? null,
      prevHash: head.hash,
    };
    const row = await this.repo.insert(em, { ...content, hash: entryHash(content) });
    return toRecordView(row);
  }

  async list(meetingId: string, kind?: string): Promise<RecordEntry[]> {
    return (await this.repo.list(meetingId, kind)).map(toRecordView);
  }

  /** The last hash of the meeting's chain, as shown on the record screen and the board. */
  async head(meetingId: string): Promise<RecordHead> {
    const head = await this.repo.head(meetingId);
    return { meetingId, seq: head?.seq ?? 0, hash: head?.hash ?? null, at: head?.at ?? null };
  }

  async correct(meetingId: string, entryId: number, text: string, by: string): Promise<RecordEntry> {
    return this.ds.transaction(async (em) => {
      const original = await this.repo.findInMeeting(em, meetingId, entryId);
      if (!original)
        throw new DomainException('NOT_FOUND', `No record entry ${entryId} in this meeting`, 'entryId');
      return this.append(em, {
        meetingId,
        kind: 'correction',
        summary: `Correction to entry ${entryId}: ${text}`,
        data: { text, by },
        correctsId: entryId,
      });
    });
  }

  /**
   * A State says it voted in error: the record notes the vote it intended beside the vote cast,
   * and the result stands (DOMAIN.md §6). Only a recorded or roll-call vote shows how a State voted.
   */
  async noteIntendedVote(
    meetingId: string,
    entryId: number,
    body: IntendedVoteBody,
    by: string,
  ): Promise<RecordEntry> {
    return this.ds.transaction(async (em) => {
      const original = await this.repo.findInMeeting(em, meetingId, entryId);
      if (!original)
        throw new DomainException('NOT_FOUND', `No record entry ${entryId} in this meeting`, 'entryId');
      const method = original.data.method;
      if (original.kind !== 'decision.vote' || (method !== 'recorded' && method !== 'roll-call'))
        throw new DomainException(
          'NOT_A_RECORDED_VOTE',
          `Entry ${entryId} is not a recorded or roll-call vote: the record shows no State's vote there`,
          'entryId',
        );
      const votes = (original.data.votes ?? {}) as Record<string, unknown>;
      const cast = votes[body.stateIso3];
      if (!isChoice(cast))
        throw new DomainException(
          'VALIDATION',
          `${body.stateIso3} did not vote in this vote: there is no vote cast to note an intention beside`,
          'stateIso3',
        );
      if (cast === body.intended)
        throw new DomainException(
          'VALIDATION',
          `is the vote ${body.stateIso3} cast (${cast}): nothing to note`,
          'intended',
        );
      return this.append(em, {
        meetingId,
        kind: INTENDED_VOTE_KIND,
        summary: `${body.stateIso3} states it intended to vote ${body.intended} (recorded: ${cast}) in entry ${entryId}; the result stands`,
        data: { stateIso3: body.stateIso3, cast, intended: body.intended, by },
        correctsId: entryId,
      });
    });
  }

  /**
   * Recomputes each meeting's chain from what the database holds now (one meeting by id or code,
   * or all) and names the first entry that does not verify. Read in one snapshot.
   */
  async verify(meeting?: string): Promise<MeetingChainCheck[]> {
    return this.ds.transaction('REPEATABLE READ', async (em) => {
      const meetings = await this.repo.meetingsToVerify(em, meeting);
      if (meeting && meetings.length === 0)
        throw new DomainException('NOT_FOUND', `No meeting ${meeting}`, 'meeting');
      const out: MeetingChainCheck[] = [];
      for (const m of meetings) {
        const [entries, head] = [await this.repo.list(m.id, undefined, em), await this.repo.head(m.id, em)];
        out.push({ meetingId: m.id, code: m.code, check: checkChain(entries, head) });
      }
      return out;
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { RecordEntry } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { RecordEntryEntity } from './record-entry.entity';

export interface NewEntry {
  meetingId: string;
  kind: string;
  summary: string;
  data?: Record<string, unknown>;
  correctsId?: number | null;
}

export const toRecordView = (e: RecordEntryEntity): RecordEntry => ({
  id: Number(e.id),
  meetingId: e.meetingId,
  kind: e.kind,
  at: e.at.toISOString(),
  summary: e.summary,
  data: e.data,
  corrects: e.correctsId === null ? null : Number(e.correctsId),
});

@Injectable()
export class RecordService {
  constructor(private readonly ds: DataSource) {}

  /** Appends inside the caller's transaction, so the record and the change commit together. */
  async append(em: EntityManager, entry: NewEntry): Promise<void> {
    await em.query(
      'INSERT INTO record_entries (meeting_id, kind, summary, data, corrects_id) VALUES ($1, $2, $3, $4, $5)',
      [
        entry.meetingId,
        entry.kind,
        entry.summary,
        JSON.stringify(entry.data ?? {}),
        entry.correctsId ?? null,
      ],
    );
  }

  async list(meetingId: string, kind?: string): Promise<RecordEntry[]> {
    const rows = await this.ds
      .getRepository(RecordEntryEntity)
      .find({ where: { meetingId, ...(kind ? { kind } : {}) }, order: { id: 'ASC' } });
    return rows.map(toRecordView);
  }

  async correct(meetingId: string, entryId: number, text: string, by: string): Promise<RecordEntry> {
    return this.ds.transaction(async (em) => {
      const original = await em.getRepository(RecordEntryEntity).findOneBy({ id: entryId, meetingId });
      if (!original)
        throw new DomainException('NOT_FOUND', `No record entry ${entryId} in this meeting`, 'entryId');
      const repo = em.getRepository(RecordEntryEntity);
      const saved = await repo.save(
        repo.create({
          meetingId,
          kind: 'correction',
          summary: `Correction to entry ${entryId}: ${text}`,
          data: { text, by },
          correctsId: entryId,
        }),
      );
      return toRecordView(saved);
    });
  }
}

import { Injectable } from '@nestjs/common';
import { buildOfficialRecord, type Language, type OfficialRecord } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/domain.exception';
import { RecordRepository } from './record.repository';
import { toRecordView } from './record.service';

/**
 * The official record of a meeting in one language (DOMAIN.md §6): read in one snapshot, so the
 * chain head printed is the last entry printed, then built by the shared rules. Every export
 * (print view, PDF, DOCX, CSV, JSON) starts here.
 */
@Injectable()
export class RecordOfficialService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RecordRepository,
  ) {}

  async official(meetingId: string, lang: Language): Promise<OfficialRecord> {
    const source = await this.ds.transaction('REPEATABLE READ', async (em) => {
      const meeting = await this.repo.meeting(meetingId, em);
      if (!meeting) throw notFound('Meeting', 'meetingId');
      const entries = (await this.repo.list(meetingId, undefined, em)).map(toRecordView);
      const head = await this.repo.head(meetingId, em);
      const { agenda, questions } = await this.repo.agendaAndQuestions(meetingId, em);
      const elections = await this.repo.electionTitles(meetingId, em);
      const delegations = await this.repo.delegationStates(meetingId, em);
      return {
        meeting,
        agenda,
        questions,
        elections,
        delegations,
        entries,
        head: { seq: head?.seq ?? 0, hash: head?.hash ?? null, at: head?.at ?? null },
      };
    });
    return buildOfficialRecord(source, lang);
  }
}

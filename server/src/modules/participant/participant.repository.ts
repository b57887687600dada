import { Injectable } from '@nestjs/common';
import { type Credentials, SEATED_CREDENTIALS, isParticipant } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { partyStatusesOn } from '../delegation/delegation.mapper';
import { RegisterService } from '../register/register.service';

export interface Participant {
  delegationId: string;
  iso3: string;
  name: string;
  present: boolean;
}

/**
 * The meeting's participants on a day: the one query behind the quorum and a vote's eligible
 * States. Seated credentials come from SQL, party status on the day from the shared rules;
 * `isParticipant` decides.
 */
@Injectable()
export class ParticipantRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly register: RegisterService,
  ) {}

  async onDay(
    meetingId: string,
    day: string,
    em: EntityManager = this.ds.manager,
  ): Promise<{ parties: number; participants: Participant[] }> {
    const statuses = partyStatusesOn(await this.register.loadRecords(em), day);
    const rows = await em.query<
      { id: string; iso3: string; name: string; present: boolean; credentials: Credentials }[]
    >(
      `SELECT id, TRIM(state_iso3) AS iso3, display_name AS name, present, credentials FROM delegations
        WHERE meeting_id = $1 AND kind = 'state' AND credentials = ANY($2::text[])
        ORDER BY display_name`,
      [meetingId, SEATED_CREDENTIALS],
    );
    let parties = 0;
    for (const s of statuses.values()) if (s === 'party') parties += 1;
    const participants = rows
      .filter((r) =>
        isParticipant({ kind: 'state', credentials: r.credentials }, statuses.get(r.iso3) ?? 'non-party'),
      )
      .map((r) => ({ delegationId: r.id, iso3: r.iso3, name: r.name, present: r.present }));
    return { parties, participants };
  }
}

import { Injectable } from '@nestjs/common';
import type { CommitteeId, Office, Term } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';

/** A term as stored: the pure `Term` plus its row id, the election that filled it and the State's name. */
export interface TermRow {
  id: string;
  term: Term;
  electionId: string | null;
  stateName: string;
}

interface Raw {
  id: string;
  office_kind: Office['kind'];
  committee: CommitteeId | null;
  holder_state: string;
  holder_person: string | null;
  from_date: string;
  until_date: string | null;
  election_id: string | null;
  state_name: string;
}

const toOffice = (kind: Office['kind'], committee: CommitteeId | null): Office =>
  kind === 'committee-member' || kind === 'committee-chair'
    ? { kind, committee: committee as CommitteeId }
    : { kind };

/** The register of officeholders: one row per term of office (DOMAIN.md §9). */
@Injectable()
export class OfficeRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Writers of the register take turns (checks against the whole register, then the insert):
   * a SHARE ROW EXCLUSIVE lock conflicts with itself and with writes, not with reads.
   */
  async lockForWrite(em: EntityManager): Promise<void> {
    await em.query('LOCK TABLE office_terms IN SHARE ROW EXCLUSIVE MODE');
  }

  async all(em: EntityManager = this.ds.manager): Promise<TermRow[]> {
    const rows = await em.query<Raw[]>(
      `SELECT t.id, t.office_kind, t.committee, TRIM(t.holder_state) AS holder_state, t.holder_person,
              to_char(t.from_date, 'YYYY-MM-DD') AS from_date, to_char(t.until_date, 'YYYY-MM-DD') AS until_date,
              t.election_id, s.name AS state_name
         FROM office_terms t JOIN states s ON s.iso3 = t.holder_state
        ORDER BY t.from_date, t.office_kind, t.holder_state, t.id`,
    );
    return rows.map((r) => ({
      id: r.id,
      term: {
        office: toOffice(r.office_kind, r.committee),
        holder: { state: r.holder_state, person: r.holder_person },
        from: r.from_date,
        until: r.until_date,
      },
      electionId: r.election_id,
      stateName: r.state_name,
    }));
  }

  async insert(
    em: EntityManager,
    terms: readonly Term[],
    electionId: string | null,
    slateId: string | null = null,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const t of terms) {
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO office_terms (office_kind, committee, holder_state, holder_person, from_date, until_date, election_id, slate_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          t.office.kind,
          'committee' in t.office ? t.office.committee : null,
          t.holder.state,
          t.holder.person,
          t.from,
          t.until,
          electionId,
          slateId,
        ],
      );
      ids.push(row.id);
    }
    return ids;
  }

  /** Ends an open-ended term (its holder succeeded). */
  async close(em: EntityManager, id: string, until: string): Promise<void> {
    await em.query('UPDATE office_terms SET until_date = $2 WHERE id = $1 AND until_date IS NULL', [
      id,
      until,
    ]);
  }

  async remove(em: EntityManager, id: string): Promise<boolean> {
    const [, count] = await em.query<[unknown, number]>('DELETE FROM office_terms WHERE id = $1', [id]);
    return count > 0;
  }
}

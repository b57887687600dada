import { Injectable } from '@nestjs/common';
import {
  COMMITTEES,
  type OfficeholdersView,
  type Term,
  type TermView,
  officeholdersOn,
  validateTerms,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { notFound, orThrow } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { RegisterService } from '../register/register.service';
import { OfficeRepository, type TermRow } from './office.repository';

const toView = (r: TermRow): TermView => ({
  id: r.id,
  office: r.term.office,
  holder: r.term.holder,
  stateName: r.stateName,
  from: r.term.from,
  until: r.term.until,
  electionId: r.electionId,
});

/** Officeholders and committees on a date, and the secretariat's (and elections') writes to the register. */
@Injectable()
export class OfficeService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: OfficeRepository,
    private readonly register: RegisterService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<TermView[]> {
    return (await this.repo.all()).map(toView);
  }

  /** Who holds which office on `on` (today in Geneva by default), derived by the shared rules. */
  async on(date?: string): Promise<OfficeholdersView> {
    const on = date ?? this.clock.today();
    const rows = await this.repo.all();
    const byTerm = new Map<Term, TermRow>(rows.map((r) => [r.term, r]));
    const view = (t: Term | null) => (t ? toView(byTerm.get(t)!) : null);
    const now = officeholdersOn(
      rows.map((r) => r.term),
      on,
    );
    return {
      on,
      president: view(now.president),
      presidentDesignate: view(now.presidentDesignate),
      vicePresidents: now.vicePresidents.map((t) => toView(byTerm.get(t)!)),
      sponsorshipCoordinator: view(now.sponsorshipCoordinator),
      committees: now.committees.map((c) => ({
        committee: c.committee,
        name: COMMITTEES.find((x) => x.id === c.committee)!.name,
        members: c.members.map((t) => toView(byTerm.get(t)!)),
        chair: c.chair,
      })),
    };
  }

  /** Adds terms after checking them against the register (State Party, overlaps, committee size, Chair). */
  async add(terms: Term[]): Promise<TermView[]> {
    const ids = await inTransaction(this.ds, (em) => this.addIn(em, terms, null));
    const rows = await this.repo.all();
    return rows.filter((r) => ids.includes(r.id)).map(toView);
  }

  /** Inside the caller's transaction (an election's completion); refuses as the rules say. */
  async addIn(
    em: EntityManager,
    terms: Term[],
    electionId: string | null,
    field = 'terms',
  ): Promise<string[]> {
    await this.repo.lockForWrite(em);
    const existing = (await this.repo.all(em)).map((r) => r.term);
    const states = await this.register.loadRecords(em);
    orThrow(validateTerms(terms, states, existing, field));
    return this.repo.insert(em, terms, electionId);
  }

  async remove(id: string): Promise<void> {
    const gone = await inTransaction(this.ds, async (em) => {
      await this.repo.lockForWrite(em);
      return this.repo.remove(em, id);
    });
    if (!gone) throw notFound('Term', 'id');
  }
}

import { Injectable } from '@nestjs/common';
import {
  COMMITTEES,
  type CoordinatingCommitteeView,
  type Holder,
  type OfficeholdersView,
  type Term,
  type TermView,
  coordinatingCommitteeOn,
  officeholdersOn,
  successions,
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

  /** The Coordinating Committee on `on` (today by default), derived by the shared rules (DOMAIN.md §9). */
  async coordinating(date?: string): Promise<CoordinatingCommitteeView> {
    const on = date ?? this.clock.today();
    const rows = await this.repo.all();
    const names = new Map(rows.map((r) => [r.term.holder.state, r.stateName]));
    const holder = (h: Holder) => ({ ...h, stateName: names.get(h.state) ?? h.state });
    const cc = coordinatingCommitteeOn(
      rows.map((r) => r.term),
      on,
    );
    return {
      on,
      chair: cc.chair ? holder(cc.chair) : null,
      members: cc.members.map((m) => ({ ...m, holder: holder(m.holder) })),
      observers: cc.observers.map((o) =>
        o.kind === 'organisation' ? o : { kind: o.kind, holder: holder(o.holder) },
      ),
      decides: false,
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
    slateId: string | null = null,
  ): Promise<string[]> {
    await this.repo.lockForWrite(em);
    const rows = await this.repo.all(em);
    // An open-ended President (or President-designate) is succeeded: closed on the successor's first day.
    const closing = successions(
      rows.map((r) => r.term),
      terms,
    );
    const existing = rows.map((r) => {
      const c = closing.find((x) => x.term === r.term);
      return c ? { ...r.term, until: c.until } : r.term;
    });
    const states = await this.register.loadRecords(em);
    orThrow(validateTerms(terms, states, existing, field));
    for (const c of closing) await this.repo.close(em, rows.find((r) => r.term === c.term)!.id, c.until);
    return this.repo.insert(em, terms, electionId, slateId);
  }

  async remove(id: string): Promise<void> {
    const gone = await inTransaction(this.ds, async (em) => {
      await this.repo.lockForWrite(em);
      return this.repo.remove(em, id);
    });
    if (!gone) throw notFound('Term', 'id');
  }
}

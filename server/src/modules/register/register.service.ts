import { Injectable } from '@nestjs/common';
import {
  type CreateStateBody,
  type RecordConflictEndBody,
  type RecordInstrumentBody,
  type RecordWithdrawalBody,
  type RegisterSummary,
  type StateRecord,
  type StatesResponse,
  type StateView,
  countByRegionalGroup,
  entryIntoForce,
  minimumCount,
  quorumFor,
  reason,
  statesPartiesOn,
  validateConflictEnd,
  validateInstrument,
  validateWithdrawal,
  withdrawalEffectiveDate,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException, orThrow } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { bumpVersionsOfMeetingsNotClosed } from '../meeting/meeting-version.repository';
import { InstrumentEntity } from './instrument.entity';
import { toStateRecord, toStateView } from './register.mapper';
import { StateEntity } from './state.entity';
import { WithdrawalEntity } from './withdrawal.entity';

@Injectable()
export class RegisterService {
  constructor(private readonly ds: DataSource) {}

  async loadStates(em: EntityManager = this.ds.manager): Promise<StateEntity[]> {
    return em
      .getRepository(StateEntity)
      .find({ relations: { instruments: true, withdrawal: true }, order: { name: 'ASC' } });
  }

  private cache: { fingerprint: string; records: StateRecord[] } | null = null;

  /**
   * The register as rule inputs. Quorum is recomputed on every presence change, so the records
   * are reused while a cheap fingerprint of the register tables is unchanged (exact, not a TTL:
   * any write on any node changes the fingerprint).
   */
  async loadRecords(em: EntityManager = this.ds.manager): Promise<StateRecord[]> {
    const [{ fp }] = await em.query<{ fp: string }[]>(
      `SELECT concat_ws(':', (SELECT count(*) FROM states), (SELECT count(*) FROM instruments), (SELECT max(id) FROM instruments),
              (SELECT count(*) FROM withdrawals), (SELECT md5(string_agg(concat_ws(',', id, conflict_ended_on, effective_date), ';' ORDER BY id)) FROM withdrawals)) AS fp`,
    );
    if (this.cache?.fingerprint === fp) return this.cache.records;
    const records = (await this.loadStates(em)).map(toStateRecord);
    this.cache = { fingerprint: fp, records };
    return records;
  }

  async list(on: string): Promise<StatesResponse> {
    const states = (await this.loadStates()).map((s) => toStateView(s, on));
    return { date: on, count: states.filter((s) => s.status === 'party').length, states };
  }

  async partiesOn(on: string): Promise<StateRecord[]> {
    return statesPartiesOn(await this.loadRecords(), on);
  }

  async summary(on: string): Promise<RegisterSummary> {
    const records = await this.loadRecords();
    const parties = statesPartiesOn(records, on);
    const n = parties.length;
    const groups = countByRegionalGroup(records, on)
      .map((g) => ({ group: g.regionalGroup ?? 'No regional group', count: g.count }))
      .sort((a, b) => a.group.localeCompare(b.group));
    if (n === 0) {
      const none = {
        required: 0,
        explanation: `No State was a Party to the Convention on ${on} (it entered into force on 1 March 1999).`,
      };
      return {
        date: on,
        count: 0,
        byRegionalGroup: groups,
        quorumSpecialMeeting: none,
        oneThirdToConvene: none,
        majorityOfParties: none,
        openingQuorumMsp: none,
        decisionQuorumMsp: none,
      };
    }
    const special = quorumFor('special', 'decision', n);
    const opening = quorumFor('msp', 'opening', n);
    const decision = quorumFor('msp', 'decision', n);
    const majority = minimumCount('majority-of-parties', n);
    const oneThird = minimumCount('one-third-of-parties', n);
    return {
      date: on,
      count: n,
      byRegionalGroup: groups,
      quorumSpecialMeeting: {
        required: special.required ?? 0,
        explanation: `Special Meeting quorum (Art. 8.5): ${special.explanation}`,
        reason: special.reason,
      },
      oneThirdToConvene: {
        required: oneThird.minimum,
        explanation: oneThird.explanation,
        reason: oneThird.reason,
      },
      majorityOfParties: {
        required: majority.minimum,
        explanation: majority.explanation,
        reason: majority.reason,
      },
      openingQuorumMsp: {
        required: opening.required ?? 0,
        explanation: opening.explanation,
        reason: opening.reason,
      },
      decisionQuorumMsp: {
        required: decision.required ?? 0,
        explanation: decision.explanation,
        reason: decision.reason,
      },
    };
  }

  async createState(body: CreateStateBody): Promise<StateView> {
    return this.changing(async (em) => {
      const repo = em.getRepository(StateEntity);
      if (await repo.findOneBy({ iso3: body.iso3 })) {
        throw new DomainException(
          'ALREADY_EXISTS',
          `The register already has ${body.iso3}`,
          'iso3',
          undefined,
          undefined,
          reason('refusal.alreadyInRegister', { what: 'iso3', value: body.iso3 }),
        );
      }
      if (await repo.findOneBy({ name: body.name })) {
        throw new DomainException(
          'ALREADY_EXISTS',
          `The register already has a State named ${body.name}`,
          'name',
          undefined,
          undefined,
          reason('refusal.alreadyInRegister', { what: 'name', value: body.name }),
        );
      }
      await repo.insert(body);
      return toStateView(await this.lockState(em, body.iso3), body.signatureDate ?? '1997-12-03');
    });
  }

  async recordInstrument(iso3: string, body: RecordInstrumentBody, today: string): Promise<StateView> {
    return this.changing(async (em) => {
      const state = await this.lockState(em, iso3);
      const instrument = {
        type: body.type,
        depositDate: body.depositDate,
        successionEffectiveDate: body.successionEffectiveDate ?? undefined,
      };
      orThrow(validateInstrument(toStateRecord(state), instrument));
      await em.getRepository(InstrumentEntity).insert({
        stateIso3: iso3,
        type: body.type,
        depositDate: body.depositDate,
        successionEffectiveDate: body.successionEffectiveDate,
        entryIntoForce: entryIntoForce(instrument),
      });
      return toStateView(await this.lockState(em, iso3), today);
    });
  }

  async recordWithdrawal(iso3: string, body: RecordWithdrawalBody, today: string): Promise<StateView> {
    return this.changing(async (em) => {
      const state = await this.lockState(em, iso3);
      const w = { receivedDate: body.receivedDate, armedConflict: body.armedConflict, conflictEndedOn: null };
      orThrow(validateWithdrawal(toStateRecord(state), w));
      await em
        .getRepository(WithdrawalEntity)
        .insert({ stateIso3: iso3, ...w, effectiveDate: withdrawalEffectiveDate(w) });
      return toStateView(await this.lockState(em, iso3), today);
    });
  }

  async recordConflictEnd(iso3: string, body: RecordConflictEndBody, today: string): Promise<StateView> {
    return this.changing(async (em) => {
      const state = await this.lockState(em, iso3);
      orThrow(validateConflictEnd(toStateRecord(state), body.endedOn));
      const w = { ...state.withdrawal!, conflictEndedOn: body.endedOn };
      await em
        .getRepository(WithdrawalEntity)
        .update(
          { stateIso3: iso3 },
          { conflictEndedOn: body.endedOn, effectiveDate: withdrawalEffectiveDate(w) },
        );
      return toStateView(await this.lockState(em, iso3), today);
    });
  }

  /**
   * Every register write: one transaction that also bumps the version of every meeting not
   * closed, since the day's count of States Parties (N) may have changed for any of them.
   */
  private changing<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, async (em) => {
      const out = await work(em);
      await bumpVersionsOfMeetingsNotClosed(em);
      return out;
    });
  }

  /** Loads a State and locks its row so concurrent writes to one State queue up. */
  private async lockState(em: EntityManager, iso3: string): Promise<StateEntity> {
    const locked = await em.query<unknown[]>('SELECT 1 FROM states WHERE iso3 = $1 FOR UPDATE', [iso3]);
    if (locked.length === 0)
      throw new DomainException(
        'UNKNOWN_STATE',
        `No State with ISO code ${iso3} in the register`,
        'iso3',
        undefined,
        undefined,
        reason('refusal.unknownState', { code: iso3 }),
      );
    return em
      .getRepository(StateEntity)
      .findOneOrFail({ where: { iso3 }, relations: { instruments: true, withdrawal: true } });
  }
}

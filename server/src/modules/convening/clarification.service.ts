import { Injectable } from '@nestjs/common';
import {
  type ClarificationResponseBody,
  type ClarificationView,
  type CreateClarificationBody,
  clarificationResponseDue,
  compareIsoDates,
  validateReceipt,
  validateStatesParties,
} from '@plenary/shared';
import { DomainException, notFound } from '../../common/domain.exception';
import { ClarificationEntity } from './clarification.entity';
import { ConveningSupport, orThrow } from './convening.support';

/** Requests for Clarification (Art. 8.2) and the 28 days the requested State has to answer. */
@Injectable()
export class ClarificationService {
  constructor(private readonly support: ConveningSupport) {}

  private view(c: ClarificationEntity, today: string): ClarificationView {
    const due = clarificationResponseDue(c.receivedOn);
    return {
      id: c.id,
      requestingStates: c.requestingStates,
      requestedState: c.requestedState.trim(),
      submittedOn: c.submittedOn,
      receivedOn: c.receivedOn,
      information: c.information,
      responseDue: this.support.deadline(due, today),
      response:
        c.responseReceivedOn && c.responseText !== null
          ? {
              receivedOn: c.responseReceivedOn,
              text: c.responseText,
              inTime: compareIsoDates(c.responseReceivedOn, due) <= 0,
            }
          : null,
    };
  }

  async list(): Promise<ClarificationView[]> {
    const rows = await this.support.ds
      .getRepository(ClarificationEntity)
      .find({ order: { submittedOn: 'DESC', createdAt: 'DESC' } });
    const today = this.support.today();
    return rows.map((c) => this.view(c, today));
  }

  async get(id: string): Promise<ClarificationView> {
    const c = await this.support.ds.getRepository(ClarificationEntity).findOneBy({ id });
    if (!c) throw notFound('Request for Clarification', 'id');
    return this.view(c, this.support.today());
  }

  async create(body: CreateClarificationBody): Promise<ClarificationView> {
    const today = this.support.today();
    const receivedOn = body.receivedOn ?? body.submittedOn;
    const id = await this.support.ds.transaction(async (em) => {
      const records = await this.support.records(em);
      orThrow(validateReceipt(body.submittedOn, receivedOn, today));
      orThrow(validateStatesParties([body.requestedState], records, body.submittedOn, 'requestedState'));
      orThrow(
        validateStatesParties(body.requestingStates, records, body.submittedOn, 'requestingStates', [
          body.requestedState,
        ]),
      );
      const repo = em.getRepository(ClarificationEntity);
      const saved = await repo.save(
        repo.create({
          requestingStates: body.requestingStates,
          requestedState: body.requestedState,
          submittedOn: body.submittedOn,
          receivedOn,
          information: body.information,
        }),
      );
      return saved.id;
    });
    return this.get(id);
  }

  /** Records the answer; a late answer is still recorded, and shown as late. */
  async respond(id: string, body: ClarificationResponseBody): Promise<ClarificationView> {
    const today = this.support.today();
    await this.support.ds.transaction(async (em) => {
      const rows = await em.query<unknown[]>(
        'SELECT 1 FROM clarification_requests WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!rows.length) throw notFound('Request for Clarification', 'id');
      const c = (await em.getRepository(ClarificationEntity).findOneBy({ id })) as ClarificationEntity;
      if (c.responseReceivedOn)
        throw new DomainException(
          'ALREADY_EXISTS',
          `The response was already recorded (received ${c.responseReceivedOn})`,
          'receivedOn',
        );
      if (compareIsoDates(body.receivedOn, c.receivedOn) < 0) {
        throw new DomainException(
          'BEFORE_PERIOD',
          `The response cannot precede receipt of the request (${c.receivedOn})`,
          'receivedOn',
        );
      }
      if (compareIsoDates(body.receivedOn, today) > 0)
        throw new DomainException(
          'DATE_IN_FUTURE',
          `The date ${body.receivedOn} is after today (${today})`,
          'receivedOn',
        );
      await em.update(
        ClarificationEntity,
        { id },
        { responseReceivedOn: body.receivedOn, responseText: body.text },
      );
    });
    return this.get(id);
  }
}

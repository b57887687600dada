import {
  appealRuling,
  raisePointOfOrder,
  refusalOf,
  ruleProcedureOrSubstance,
  type DelegationView,
  type FloorActionBody,
  type FloorContext,
  type FloorRefusal,
  type FloorView,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { actorOf } from '../floorView';
import { useFloorText } from '../useFloorText';
import { ActionButton } from './ActionButton';
import { DelegationSelect } from './DelegationSelect';

const BUSY: FloorRefusal = { code: 'BUSY', rule: null, message: 'busy' };

/**
 * What is said from the room and the President records (DOMAIN.md §7, issue 11 items 2 and 3): a
 * point of order from a delegation without a device, an appeal against the last ruling, and the
 * President's ruling whether a question is one of procedure or of substance (which may itself be
 * appealed). The ruling on a point of order waiting is in the panel above.
 */
export function FloorRulings({
  view,
  ctx,
  delegations,
  go,
  busy,
}: {
  view: FloorView;
  ctx: FloorContext;
  delegations: DelegationView[];
  go: (body: FloorActionBody) => Promise<unknown>;
  busy: boolean;
}) {
  const { t } = useFloorText();
  const id = useId();
  const state = view.state;
  const [raiser, setRaiser] = useState('');
  const [onConduct, setOnConduct] = useState(false);
  const [appellant, setAppellant] = useState('');
  const [question, setQuestion] = useState('');
  const [classification, setClassification] = useState<'procedure' | 'substance'>('procedure');
  const d = (x: string) => delegations.find((y) => y.id === x);
  const raiserD = d(raiser);
  const appellantD = d(appellant);
  const ruled = [...state.rulings].reverse().find((r) => r.status === 'ruled') ?? null;

  return (
    <>
      <h3 className="floor-panel__sub">{t('floor.rulings.title')}</h3>
      <div className="floor-form">
        <DelegationSelect
          label={t('floor.rulings.poFrom')}
          value={raiser}
          onChange={setRaiser}
          delegations={delegations}
          testId="floor-po-who"
        />
        <label className="floor-check">
          <input
            type="checkbox"
            checked={onConduct}
            onChange={(e) => setOnConduct(e.target.checked)}
            data-testid="floor-po-conduct"
          />
          {t('floor.rulings.onConduct')}
        </label>
        <ActionButton
          why={
            busy
              ? BUSY
              : raiserD
                ? refusalOf(raisePointOfOrder(state, actorOf(raiserD), ctx, { onConductOfVote: onConduct }))
                : t('floor.choose.delegation')
          }
          onClick={() =>
            void go({
              action: 'raise-point-of-order',
              delegationId: raiser,
              onConductOfVote: onConduct,
            }).then((done) => done && setRaiser(''))
          }
          testId="floor-po-raise"
        >
          {t('floor.rulings.raise')}
        </ActionButton>
      </div>
      {ruled && (
        <div className="floor-form">
          <DelegationSelect
            label={t('floor.rulings.appealFrom', { id: ruled.id })}
            value={appellant}
            onChange={setAppellant}
            delegations={delegations}
            testId="floor-appeal-who"
          />
          <ActionButton
            why={
              busy
                ? BUSY
                : appellantD
                  ? refusalOf(appealRuling(state, ruled.id, actorOf(appellantD), ctx))
                  : t('floor.choose.delegation')
            }
            onClick={() =>
              void go({ action: 'appeal', rulingId: ruled.id, delegationId: appellant }).then(
                (done) => done && setAppellant(''),
              )
            }
            testId="floor-appeal"
          >
            {t('floor.rulings.appeal')}
          </ActionButton>
        </div>
      )}
      <div className="floor-form">
        <span className="floor-field floor-field--wide">
          <label htmlFor={`${id}-q`}>{t('floor.rulings.question')}</label>
          <input
            id={`${id}-q`}
            value={question}
            maxLength={20_000}
            onChange={(e) => setQuestion(e.target.value)}
            data-testid="floor-pos-question"
          />
        </span>
        <span className="floor-field">
          <label htmlFor={`${id}-c`}>{t('floor.rulings.classification')}</label>
          <select
            id={`${id}-c`}
            value={classification}
            onChange={(e) => setClassification(e.target.value === 'substance' ? 'substance' : 'procedure')}
            data-testid="floor-pos-classification"
          >
            <option value="procedure">{t('floor.rulings.procedure')}</option>
            <option value="substance">{t('floor.rulings.substance')}</option>
          </select>
        </span>
        <ActionButton
          why={
            busy
              ? BUSY
              : question.trim()
                ? refusalOf(
                    ruleProcedureOrSubstance(state, { question: question.trim(), classification }, ctx),
                  )
                : t('floor.choose.question')
          }
          onClick={() =>
            void go({
              action: 'rule-procedure-or-substance',
              question: question.trim(),
              classification,
            }).then((done) => done && setQuestion(''))
          }
          testId="floor-pos-rule"
        >
          {t('floor.po.rule')}
        </ActionButton>
      </div>
    </>
  );
}

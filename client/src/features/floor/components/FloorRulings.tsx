import {
  BUSY_REFUSAL,
  appealRuling,
  raisePointOfOrder,
  refusalOf,
  ruleProcedureOrSubstance,
  type DelegationView,
  type FloorActionBody,
  type FloorContext,
  type FloorView,
} from '@plenary/shared';
import { useState } from 'react';
import { actorOf } from '../floorView';
import { FormField } from '../../../lib/components/FormField';
import { useFloorText } from '../useFloorText';
import { ActionButton } from './ActionButton';
import { DelegationAction } from './DelegationAction';

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
  const state = view.state;
  const [onConduct, setOnConduct] = useState(false);
  const [question, setQuestion] = useState('');
  const [classification, setClassification] = useState<'procedure' | 'substance'>('procedure');
  const ruled = [...state.rulings].reverse().find((r) => r.status === 'ruled') ?? null;

  return (
    <>
      <h3 className="floor-panel__sub">{t('floor.rulings.title')}</h3>
      <DelegationAction
        label={t('floor.rulings.poFrom')}
        delegations={delegations}
        busy={busy}
        why={(d) => refusalOf(raisePointOfOrder(state, actorOf(d), ctx, { onConductOfVote: onConduct }))}
        act={(delegationId) =>
          go({ action: 'raise-point-of-order', delegationId, onConductOfVote: onConduct })
        }
        extra={
          <label className="floor-check">
            <input
              type="checkbox"
              checked={onConduct}
              onChange={(e) => setOnConduct(e.target.checked)}
              data-testid="floor-po-conduct"
            />
            {t('floor.rulings.onConduct')}
          </label>
        }
        selectTestId="floor-po-who"
        testId="floor-po-raise"
      >
        {t('floor.rulings.raise')}
      </DelegationAction>
      {ruled && (
        <DelegationAction
          label={t('floor.rulings.appealFrom', { id: ruled.id })}
          delegations={delegations}
          busy={busy}
          why={(d) => refusalOf(appealRuling(state, ruled.id, actorOf(d), ctx))}
          act={(delegationId) => go({ action: 'appeal', rulingId: ruled.id, delegationId })}
          selectTestId="floor-appeal-who"
          testId="floor-appeal"
        >
          {t('floor.rulings.appeal')}
        </DelegationAction>
      )}
      <div className="floor-form">
        <FormField label={t('floor.rulings.question')} className="floor-field floor-field--wide">
          {(aria) => (
            <input
              {...aria}
              value={question}
              maxLength={20_000}
              onChange={(e) => setQuestion(e.target.value)}
              data-testid="floor-pos-question"
            />
          )}
        </FormField>
        <FormField label={t('floor.rulings.classification')} className="floor-field">
          {(aria) => (
            <select
              {...aria}
              value={classification}
              onChange={(e) => setClassification(e.target.value === 'substance' ? 'substance' : 'procedure')}
              data-testid="floor-pos-classification"
            >
              <option value="procedure">{t('floor.rulings.procedure')}</option>
              <option value="substance">{t('floor.rulings.substance')}</option>
            </select>
          )}
        </FormField>
        <ActionButton
          why={
            busy
              ? BUSY_REFUSAL
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

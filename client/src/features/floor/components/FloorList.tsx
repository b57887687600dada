import {
  addSpeaker,
  moveSpeaker,
  refusalOf,
  type DelegationView,
  type FloorActionBody,
  type FloorContext,
  type FloorRefusal,
  type FloorView,
} from '@plenary/shared';
import { useState } from 'react';
import { actorOf, nameOf } from '../floorView';
import { useFloorText } from '../useFloorText';
import { ActionButton } from './ActionButton';
import { DelegationSelect } from './DelegationSelect';

const BUSY: FloorRefusal = { code: 'BUSY', rule: null, message: 'busy' };

/**
 * The list of speakers as the President keeps it (DOMAIN.md §7, issue 11 item 1): each entry moved
 * earlier or later (the President may reorder) or removed; a delegation without a device
 * inscribed; the floor given to a delegation out of turn. The same pure rules the server applies
 * say why a step is unavailable.
 */
export function FloorList({
  view,
  ctx,
  delegations,
  go,
  confirmed,
  busy,
}: {
  view: FloorView;
  ctx: FloorContext;
  delegations: DelegationView[];
  go: (body: FloorActionBody) => Promise<unknown>;
  confirmed: (title: string, label: string) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useFloorText();
  const state = view.state;
  const queue = state.list.queue;
  const [inscribe, setInscribe] = useState('');
  const [give, setGive] = useState('');
  const d = (id: string) => delegations.find((x) => x.id === id);
  const inscribeD = d(inscribe);
  const move = (id: string, to: number) => (busy ? BUSY : refusalOf(moveSpeaker(state, id, to)));

  return (
    <>
      <h3 className="floor-panel__sub">{t('floor.panel.queue', { n: queue.length })}</h3>
      {queue.length === 0 ? (
        <p className="empty" data-testid="floor-queue-empty">
          {t('floor.list.empty')}
        </p>
      ) : (
        <ol className="floor-queue" data-testid="floor-queue">
          {queue.map((e, i) => {
            const name = nameOf(view, e.delegationId);
            return (
              <li key={e.delegationId} className="floor-queue__entry">
                <span className="floor-queue__name" data-testid="floor-queue-name">
                  {name}
                </span>
                <span className="floor-queue__tools">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={i === 0 || move(e.delegationId, i - 1) !== null}
                    aria-label={t('floor.list.earlierLabel', { name })}
                    onClick={() =>
                      void go({ action: 'move-speaker', delegationId: e.delegationId, toIndex: i - 1 })
                    }
                    data-testid="floor-queue-earlier"
                  >
                    {t('floor.list.earlier')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={i === queue.length - 1 || move(e.delegationId, i + 1) !== null}
                    aria-label={t('floor.list.laterLabel', { name })}
                    onClick={() =>
                      void go({ action: 'move-speaker', delegationId: e.delegationId, toIndex: i + 1 })
                    }
                    data-testid="floor-queue-later"
                  >
                    {t('floor.list.later')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    aria-label={t('floor.list.removeLabel', { name })}
                    onClick={() =>
                      void confirmed(t('floor.confirm.removeSpeaker', { name }), t('floor.list.remove')).then(
                        (ok) => ok && go({ action: 'remove-speaker', delegationId: e.delegationId }),
                      )
                    }
                    data-testid="floor-queue-remove"
                  >
                    {t('floor.list.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="floor-form">
        <DelegationSelect
          label={t('floor.list.inscribeWho')}
          value={inscribe}
          onChange={setInscribe}
          delegations={delegations}
          testId="floor-inscribe-who"
        />
        <ActionButton
          why={
            busy
              ? BUSY
              : inscribeD
                ? refusalOf(addSpeaker(state, actorOf(inscribeD), ctx))
                : t('floor.choose.delegation')
          }
          onClick={() =>
            void go({ action: 'add-speaker', delegationId: inscribe }).then((done) => done && setInscribe(''))
          }
          testId="floor-inscribe"
        >
          {t('floor.action.inscribe')}
        </ActionButton>
      </div>
      <div className="floor-form">
        <DelegationSelect
          label={t('floor.list.giveWho')}
          value={give}
          onChange={setGive}
          delegations={delegations}
          testId="floor-give-who"
        />
        <ActionButton
          why={busy ? BUSY : give ? null : t('floor.choose.speaker')}
          onClick={() =>
            void go({ action: 'give-floor', delegationId: give }).then((done) => done && setGive(''))
          }
          testId="floor-give"
        >
          {t('floor.action.giveFloor')}
        </ActionButton>
      </div>
    </>
  );
}

import {
  BUSY_REFUSAL,
  addSpeaker,
  moveSpeaker,
  refusalOf,
  type DelegationView,
  type FloorActionBody,
  type FloorContext,
  type FloorView,
} from '@plenary/shared';
import { actorOf, nameOf } from '../floorView';
import { useFloorText } from '../useFloorText';
import { DelegationAction } from './DelegationAction';

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
  const move = (id: string, to: number) => (busy ? BUSY_REFUSAL : refusalOf(moveSpeaker(state, id, to)));

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
      <DelegationAction
        label={t('floor.list.inscribeWho')}
        delegations={delegations}
        busy={busy}
        why={(d) => refusalOf(addSpeaker(state, actorOf(d), ctx))}
        act={(delegationId) => go({ action: 'add-speaker', delegationId })}
        selectTestId="floor-inscribe-who"
        testId="floor-inscribe"
      >
        {t('floor.action.inscribe')}
      </DelegationAction>
      <DelegationAction
        label={t('floor.list.giveWho')}
        delegations={delegations}
        busy={busy}
        why={() => null}
        act={(delegationId) => go({ action: 'give-floor', delegationId })}
        choose={t('floor.choose.speaker')}
        selectTestId="floor-give-who"
        testId="floor-give"
      >
        {t('floor.action.giveFloor')}
      </DelegationAction>
    </>
  );
}

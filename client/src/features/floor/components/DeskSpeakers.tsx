import {
  addSpeaker,
  refusalOf,
  type DelegationView,
  type FloorView,
  type MeetingView,
} from '@plenary/shared';
import { actorOf, nameOf } from '../floorView';
import { useFormat } from '../../../lib/locale/context';
import { agendaItemTitle } from '../../meetings/labels';
import { useFloorActions } from '../hooks';
import { useFloorText } from '../useFloorText';
import '../floor.css';
import { DelegationAction } from './DelegationAction';

/**
 * The secretariat's part of the floor (issue 11 item 1): it inscribes on the list of speakers of
 * the item under discussion a delegation that has no device, and sees the list as it stands. The
 * President conducts the floor from the console; the server refuses the secretariat anything else.
 */
export function DeskSpeakers({
  meeting,
  floor,
  delegations,
}: {
  meeting: MeetingView;
  floor: FloorView | null;
  delegations: DelegationView[];
}) {
  const { t } = useFloorText();
  const fmt = useFormat();
  const actions = useFloorActions(meeting.id, floor?.agendaItemId ?? null);
  if (!floor)
    return (
      <section className="panel" aria-labelledby="desk-speakers-h" data-testid="desk-speakers">
        <h2 id="desk-speakers-h">{t('floor.desk.title')}</h2>
        <p className="empty">{t('floor.desk.noFloor')}</p>
      </section>
    );
  const state = floor.state;
  const item = meeting.agenda.find((a) => a.id === floor.agendaItemId);
  const ctx = { now: floor.serverNow, settings: floor.settings, voteOpen: false };

  return (
    <section className="panel" aria-labelledby="desk-speakers-h" data-testid="desk-speakers">
      <h2 id="desk-speakers-h">{t('floor.desk.title')}</h2>
      <p className="muted">{item ? agendaItemTitle(item, fmt) : floor.itemTitle}</p>
      {actions.error && (
        <p className="notice notice--error" role="alert" data-testid="desk-speakers-error">
          {actions.error}
        </p>
      )}
      {state.list.queue.length === 0 ? (
        <p className="empty">{t('floor.list.empty')}</p>
      ) : (
        <ol className="floor-queue" data-testid="desk-speakers-queue">
          {state.list.queue.map((e) => (
            <li key={e.delegationId}>{nameOf(floor, e.delegationId)}</li>
          ))}
        </ol>
      )}
      <DelegationAction
        label={t('floor.list.inscribeWho')}
        delegations={delegations}
        busy={actions.busy}
        why={(d) => refusalOf(addSpeaker(state, actorOf(d), ctx))}
        act={(delegationId) => actions.run({ action: 'add-speaker', delegationId })}
        selectTestId="desk-speakers-who"
        testId="desk-speakers-inscribe"
      >
        {t('floor.action.inscribe')}
      </DelegationAction>
    </section>
  );
}

import type { FloorView, Principal } from '@plenary/shared';
import { useState } from 'react';
import { floorCommand } from '../../../lib/socket';
import { placeOf } from '../floorView';
import { useFloorText } from '../useFloorText';
import '../floor.css';
import { SpeakerClock } from './SpeakerClock';

/**
 * The pad's floor control: ask for the floor or withdraw, raise a point of order; the place in
 * the queue and "you have the floor" with the time left. Observers see it without the request
 * (the President gives them the floor); the server re-reads standing on every command.
 */
export function FloorRequest({
  meetingId,
  floor,
  principal,
}: {
  meetingId: string;
  floor: FloorView | null | undefined;
  principal: Principal;
}) {
  const { t } = useFloorText();
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const me = principal.delegationId;
  if (!me || !floor || floor.state.list.status === 'not-opened') return null;
  const place = placeOf(floor, me);
  const speaking = floor.state.speech?.delegationId === me;
  const participant = principal.role === 'delegation';

  async function send(event: 'floor.request' | 'floor.withdraw' | 'floor.pointOfOrder') {
    setSending(true);
    const ack = await floorCommand(event, { meetingId });
    setSending(false);
    setMessage(ack.ok ? null : ack.error.message);
  }

  return (
    <section className="pad-floor" aria-label={t('floor.pad.label')} data-testid="pad-floor">
      {speaking ? (
        <>
          <p className="pad-floor__you" role="status">
            {t('floor.pad.you')}
          </p>
          <SpeakerClock floor={floor} />
        </>
      ) : (
        <p className="pad-floor__place" data-testid="pad-floor-place">
          {place === null ? t('floor.pad.notListed') : t('floor.pad.place', { place })}
        </p>
      )}
      <div className="pad-floor__buttons">
        {participant && place === null && !speaking && floor.state.list.status === 'open' && (
          <button
            className="button"
            type="button"
            disabled={sending}
            onClick={() => void send('floor.request')}
            data-testid="pad-request"
          >
            {t('floor.pad.request')}
          </button>
        )}
        {place !== null && (
          <button
            className="button"
            type="button"
            disabled={sending}
            onClick={() => void send('floor.withdraw')}
            data-testid="pad-withdraw"
          >
            {t('floor.pad.withdraw')}
          </button>
        )}
        {participant && (
          <button
            className="button"
            type="button"
            disabled={sending}
            onClick={() => void send('floor.pointOfOrder')}
            data-testid="pad-po"
          >
            {t('floor.pad.pointOfOrder')}
          </button>
        )}
      </div>
      {message && (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

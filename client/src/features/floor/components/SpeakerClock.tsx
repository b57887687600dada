import type { FloorView } from '@plenary/shared';
import { clockText, currentSpeaker } from '../floorView';
import { useFloorText } from '../useFloorText';
import { useServerClock } from '../useServerClock';

/** Who has the floor, the time used and what is left (an overrun is shown in the alert colour). */
export function SpeakerClock({ floor, big = false }: { floor: FloorView; big?: boolean }) {
  const { t } = useFloorText();
  const now = useServerClock(floor);
  const s = currentSpeaker(floor, now);
  if (!s) return <p className="floor-speaker floor-speaker--none">{t('floor.clock.nobody')}</p>;
  const kind = floor.state.speech?.kind ?? 'debate';
  return (
    <div className={`floor-speaker${big ? ' floor-speaker--big' : ''}`} data-testid="floor-speaker">
      <p className="floor-speaker__kind">{t('floor.clock.kind', { kind })}</p>
      <p className="floor-speaker__name" data-testid="floor-speaker-name">
        {s.name}
      </p>
      <p className={`floor-speaker__clock${s.overrun ? ' is-overrun' : ''}`} data-testid="floor-clock">
        <span dir="ltr">{clockText(s.elapsedMs)}</span>
        {s.remainingMs !== null && (
          <span className="floor-speaker__left">
            {' · '}
            {s.overrun ? t('floor.clock.over') : t('floor.clock.left', { time: clockText(s.remainingMs) })}
          </span>
        )}
        {!s.running && <span className="floor-speaker__paused"> · {t('floor.clock.paused')}</span>}
      </p>
    </div>
  );
}

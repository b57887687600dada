import type { FloorView } from '@plenary/shared';
import { clockText, currentSpeaker } from '../floorView';
import { useServerClock } from '../useServerClock';

/** Who has the floor, the time used and what is left (an overrun is shown in the alert colour). */
export function SpeakerClock({ floor, big = false }: { floor: FloorView; big?: boolean }) {
  const now = useServerClock(floor);
  const s = currentSpeaker(floor, now);
  if (!s) return <p className="floor-speaker floor-speaker--none">Nobody has the floor</p>;
  return (
    <div className={`floor-speaker${big ? ' floor-speaker--big' : ''}`} data-testid="floor-speaker">
      <p className="floor-speaker__kind">{s.kind}</p>
      <p className="floor-speaker__name" data-testid="floor-speaker-name">
        {s.name}
      </p>
      <p className={`floor-speaker__clock${s.overrun ? ' is-overrun' : ''}`} data-testid="floor-clock">
        <span>{clockText(s.elapsedMs)}</span>
        {s.remainingMs !== null && (
          <span className="floor-speaker__left">
            {s.overrun ? ' · over the limit' : ` · ${clockText(s.remainingMs)} left`}
          </span>
        )}
        {!s.running && <span className="floor-speaker__paused"> · paused</span>}
      </p>
    </div>
  );
}

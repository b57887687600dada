import type { FloorView } from '@plenary/shared';
import { motionsPending, nextSpeakers } from '../floorView';
import { useFloorText } from '../useFloorText';
import '../floor.css';
import { SpeakerClock } from './SpeakerClock';

/** The board's floor: the speaker with the clock, the next three, and pending motions. */
export function BoardFloor({ floor }: { floor: FloorView | null | undefined }) {
  const { t, motion } = useFloorText();
  if (!floor || (floor.state.list.status === 'not-opened' && !floor.state.speech)) return null;
  const next = nextSpeakers(floor, 3);
  const { all } = motionsPending(floor);
  return (
    <section className="board-floor" aria-label={t('floor.board.label')} data-testid="board-floor">
      <p className="board-kicker">{floor.itemTitle}</p>
      <SpeakerClock floor={floor} big />
      {next.length > 0 && (
        <div className="board-floor__next">
          <p className="board-floor__label">{t('floor.board.next')}</p>
          <ol data-testid="board-next">
            {next.map((s) => (
              <li key={s.delegationId}>{s.name}</li>
            ))}
          </ol>
        </div>
      )}
      {all.length > 0 && (
        <ul className="board-floor__motions" data-testid="board-motions">
          {all.map((m) => (
            <li key={m.id}>{t('floor.board.motion', { motion: motion(m) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { ElectionView } from '@plenary/shared';
import { useState } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import { useElections } from '../hooks/useElections';
import { nextAnnouncement } from '../wording';
import { RoundResults } from './RoundResults';
import '../election.css';

/**
 * The board during an election: the round in progress (how many have voted) or the last count
 * with its arithmetic, and what comes next. Shown while an election is under way, and after one
 * completes while this screen watches, until the next change of the meeting.
 */
export function ElectionBoard({ meetingId }: { meetingId: string | null }) {
  const t = useT();
  const fmt = useFormat();
  const elections = useElections(meetingId);
  const [finished, setFinished] = useState<string | null>(null);
  useSocketEvent('election.updated', ({ election }) => {
    if (election.status === 'complete') setFinished(election.id);
  });
  useSocketEvent('vote.opened', () => setFinished(null));
  const list = elections.data ?? [];
  const shown: ElectionView | undefined =
    [...list].reverse().find((e) => e.status === 'open' && e.rounds.length > 0) ??
    list.find((e) => e.id === finished);
  if (!shown) return null;
  const latest = shown.rounds.at(-1);
  return (
    <section
      className="board theme-board election-board"
      aria-labelledby="election-board-h"
      data-testid="election-board"
    >
      <header className="election-board__head">
        <h1 id="election-board-h">{shown.title}</h1>
        <p className="election-board__places">{t('election.board.places', { places: shown.places })}</p>
      </header>
      {latest && <RoundResults election={shown} round={latest} level={2} />}
      <p className="election-board__next">{nextAnnouncement({ t, fmt }, shown)}</p>
    </section>
  );
}

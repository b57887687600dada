import { BoardView } from '../features/board/components/BoardView';
import { useLiveMeeting } from '../features/live/hooks/useLiveMeeting';
import { useMeetingChoice } from '../features/live/hooks/useMeetingId';
import { useRecordHead } from '../features/record/components/ChainHead';

/** The public board: no sign-in, made for a projector or the webcast (?meeting=<id>). */
export function BoardPage() {
  const choice = useMeetingChoice();
  const live = useLiveMeeting(choice.meetingId);
  const s = live.snapshot;
  // Loaded again when a decision may have been recorded.
  const recordHead = useRecordHead(
    s?.meeting.id ?? null,
    `${s?.meeting.status}:${s?.question?.status}:${s?.vote?.status}`,
  );
  const error =
    choice.status === 'none'
      ? 'There is no meeting to show yet.'
      : choice.status === 'error'
        ? 'Could not load the list of meetings.'
        : live.error;
  const title = live.snapshot ? `Board · ${live.snapshot.meeting.code} · Plenary` : 'Public board · Plenary';
  return (
    <>
      <title>{title}</title>
      <BoardView
        snapshot={live.snapshot}
        connection={live.connection}
        error={error}
        recordHead={recordHead}
      />
    </>
  );
}

import { BoardScreen } from '../features/board/components/BoardScreen';
import { ElectionBoard } from '../features/election/components/ElectionBoard';
import { useLiveMeeting } from '../features/live/hooks/useLiveMeeting';
import { useMeetingChoice } from '../features/live/hooks/useMeetingId';
import { useRecordHead } from '../features/chain/ChainHead';

/** The public board: no sign-in, made for a projector or the webcast (?meeting=<id>). */
export function BoardPage() {
  const choice = useMeetingChoice();
  const live = useLiveMeeting(choice.meetingId);
  const recordHead = useRecordHead(live.snapshot?.meeting.id ?? null, live.snapshot?.meeting.version ?? null);
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
      <BoardScreen
        snapshot={live.snapshot}
        connection={live.connection}
        error={error}
        onRenderError={live.refetch}
        recordHead={recordHead}
      />
      <ElectionBoard meetingId={live.snapshot?.meeting.id ?? null} />
    </>
  );
}

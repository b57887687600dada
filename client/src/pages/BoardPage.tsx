import { BoardLocale, useBoardLanguage } from '../features/board/components/BoardLocale';
import { BoardScreen } from '../features/board/components/BoardScreen';
import { ElectionBoard } from '../features/election/components/ElectionBoard';
import { useLiveMeeting } from '../features/live/hooks/useLiveMeeting';
import { useMeetingChoice } from '../features/live/hooks/useMeetingId';
import { useRecordHead } from '../features/chain/ChainHead';
import { useT } from '../lib/locale/context';

function Board() {
  const t = useT();
  const choice = useMeetingChoice();
  const live = useLiveMeeting(choice.meetingId);
  const recordHead = useRecordHead(live.snapshot?.meeting.id ?? null, live.snapshot?.meeting.version ?? null);
  const error =
    choice.status === 'none'
      ? t('board.error.noMeeting')
      : choice.status === 'error'
        ? t('board.error.meetings')
        : live.error;
  const title = live.snapshot
    ? t('board.title.meeting', { code: live.snapshot.meeting.code })
    : t('board.title.public');
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

/**
 * The public board: no sign-in, made for a projector or the webcast (?meeting=<id>). The room
 * chooses its language (?lang=ar), and may alternate it with another (&alt=en&every=20); the
 * board has no language switch of its own.
 */
export function BoardPage() {
  const lang = useBoardLanguage();
  return (
    <BoardLocale lang={lang}>
      <Board />
    </BoardLocale>
  );
}

import { useQuery } from '../../../lib/useQuery';
import { fetchRecordHead } from '../api';

/**
 * The head of the meeting's hash-chained record: its last entry's number and hash. Anyone can
 * note it (or photograph the board) and later check, with `plenary record verify`, that nothing
 * before it was changed. `refreshKey` changes when the record may have grown.
 */
export function ChainHead({ meetingId, refreshKey }: { meetingId: string; refreshKey: string | number }) {
  const head = useQuery(`record-head:${meetingId}:${refreshKey}`, (signal) =>
    fetchRecordHead(meetingId, signal),
  );
  if (head.status !== 'success') return null;
  const { seq, hash } = head.data;
  return (
    <p className="record-head muted" data-testid="record-head" title={hash ?? undefined}>
      Record chain head: {seq === 0 || !hash ? 'no entries yet' : `entry no. ${seq}, sha256 `}
      {hash && <code>{`${hash.slice(0, 16)}…`}</code>}
    </p>
  );
}

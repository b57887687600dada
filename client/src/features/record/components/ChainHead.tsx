import type { RecordHead } from '@plenary/shared';
import { useQuery } from '../../../lib/useQuery';
import { fetchRecordHead } from '../api';

/**
 * The head of the meeting's hash-chained record, loaded again whenever `refreshKey` changes
 * (when the record may have grown). Null until it has loaded.
 */
export function useRecordHead(meetingId: string | null, refreshKey: string | number): RecordHead | null {
  const head = useQuery(meetingId ? `record-head:${meetingId}:${refreshKey}` : null, (signal) =>
    fetchRecordHead(meetingId ?? '', signal),
  );
  return head.status === 'success' ? head.data : null;
}

/**
 * The record's last entry number and hash. Anyone can note it (or photograph the board) and later
 * check, with `plenary record verify`, that nothing before it was changed.
 */
export function ChainHeadLine({ head }: { head: RecordHead }) {
  const { seq, hash } = head;
  return (
    <p className="record-head muted" data-testid="record-head" title={hash ?? undefined}>
      Record chain head: {seq === 0 || !hash ? 'no entries yet' : `entry no. ${seq}, sha256 `}
      {hash && <code>{`${hash.slice(0, 16)}…`}</code>}
    </p>
  );
}

/** Loads and shows the chain head (the record screen). */
export function ChainHead({ meetingId, refreshKey }: { meetingId: string; refreshKey: string | number }) {
  const head = useRecordHead(meetingId, refreshKey);
  return head ? <ChainHeadLine head={head} /> : null;
}

import type { RecordHead } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useT } from '../../lib/locale/context';
import { keys } from '../../lib/query/keys';
import { SLOT, Sentence } from '../../lib/components/Sentence';
import { recordHeadQuery } from './api';

/**
 * The head of the meeting's hash-chained record. `meetingVersion` is the live meeting's version:
 * every change that may append to the record bumps it, and the head is read again then.
 */
export function useRecordHead(meetingId: string | null, meetingVersion: number | null): RecordHead | null {
  const client = useQueryClient();
  const head = useQuery({ ...recordHeadQuery(meetingId ?? ''), enabled: meetingId !== null });
  useEffect(() => {
    if (meetingId !== null && meetingVersion !== null) {
      void client.invalidateQueries({ queryKey: keys.meetings.recordHead(meetingId) });
    }
  }, [client, meetingId, meetingVersion]);
  return head.data ?? null;
}

/**
 * The record's last entry number and hash. Anyone can note it (or photograph the board) and later
 * check, with `plenary record verify`, that nothing before it was changed.
 */
export function ChainHeadLine({ head }: { head: RecordHead }) {
  const t = useT();
  const { seq, hash } = head;
  return (
    <p className="record-head muted" data-testid="record-head" title={hash ?? undefined}>
      {seq === 0 || !hash ? (
        t('desk.chain.empty')
      ) : (
        <Sentence text={t('desk.chain.head', { seq, hash: SLOT })}>
          <code>{`${hash.slice(0, 16)}…`}</code>
        </Sentence>
      )}
    </p>
  );
}

/** Loads and shows the chain head (the record screen). */
export function ChainHead({
  meetingId,
  meetingVersion,
}: {
  meetingId: string;
  meetingVersion: number | null;
}) {
  const head = useRecordHead(meetingId, meetingVersion);
  return head ? <ChainHeadLine head={head} /> : null;
}

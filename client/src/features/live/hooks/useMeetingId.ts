import type { MeetingView } from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { meetingsQuery } from '../../meetings/api';

/** An open or suspended meeting first, else the next scheduled one, else the most recent. */
export function mostRelevantMeeting(meetings: readonly MeetingView[]): MeetingView | null {
  const byStart = [...meetings].sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0,
  );
  const live = byStart.filter((m) => m.status === 'open' || m.status === 'suspended');
  if (live.length) return live[live.length - 1] ?? null;
  const scheduled = byStart.find((m) => m.status === 'scheduled');
  if (scheduled) return scheduled;
  return byStart[byStart.length - 1] ?? null;
}

export interface MeetingChoice {
  meetingId: string | null;
  /** 'none' when there is no meeting at all to follow. */
  status: 'resolving' | 'found' | 'none' | 'error';
}

/**
 * The meeting a live screen follows: `?meeting=<id>`, else the signed-in delegation's meeting,
 * else the most relevant meeting on the list (read from the same cached list as every screen).
 */
export function useMeetingChoice(): MeetingChoice {
  const [params] = useSearchParams();
  const session = useSession();
  const fromUrl = params.get('meeting');
  const fromSession = session.principal?.meetingId ?? null;
  const needList = !fromUrl && !fromSession && session.status !== 'checking';
  const list = useQuery({ ...meetingsQuery(), enabled: needList });
  if (fromUrl) return { meetingId: fromUrl, status: 'found' };
  if (fromSession) return { meetingId: fromSession, status: 'found' };
  if (!needList || list.isPending) return { meetingId: null, status: 'resolving' };
  if (list.isError) return { meetingId: null, status: 'error' };
  const id = mostRelevantMeeting(list.data)?.id ?? null;
  return { meetingId: id, status: id ? 'found' : 'none' };
}

/** The meeting id of useMeetingChoice(); null while it is being worked out or when there is none. */
export function useMeetingId(): string | null {
  return useMeetingChoice().meetingId;
}

import type { MeetingView } from '@plenary/shared';
import { useQuery } from '../../../lib/useQuery';
import { fetchMeetings } from '../api';

/** Every meeting, newest first; `version` changes the key so a caller can force a reload. */
export function useMeetings(version = 0) {
  return useQuery<MeetingView[]>(`meetings:${version}`, (signal) => fetchMeetings(signal));
}

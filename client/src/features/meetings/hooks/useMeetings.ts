import { useQuery } from '@tanstack/react-query';
import { meetingsQuery } from '../api';

/** Every meeting, newest first, from the page's one cache. */
export function useMeetings() {
  return useQuery(meetingsQuery());
}

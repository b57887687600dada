import type { FloorActionBody } from '@plenary/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/api';
import { keys } from '../../lib/query/keys';
import { floorAction } from './api';

/** The chair's floor actions; the room's `floor.changed` updates the live snapshot, the invalidation catches up a console whose socket is down. */
export function useFloorActions(meetingId: string, agendaItemId: string | null) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (body: FloorActionBody) => floorAction(meetingId, agendaItemId as string, body),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.meetings.live(meetingId) }),
  });
  return {
    run: (body: FloorActionBody) => m.mutateAsync(body).catch(() => undefined),
    busy: m.isPending,
    error: m.error ? errorMessage(m.error) : null,
  };
}

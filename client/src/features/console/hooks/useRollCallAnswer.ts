import type { RollCallAnswer } from '@plenary/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../lib/api';
import { keys } from '../../../lib/query/keys';
import { answerRollCall } from '../api';

/**
 * Recording roll-call answers from any staff screen (the desk, where the secretariat calls the
 * roll). Resolves true once the server has the answer; the live snapshot is re-read after each.
 */
export function useRollCallAnswer(meetingId: string | null, voteId: string | null) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (a: { iso3: string; answer: RollCallAnswer; opId: string }) =>
      answerRollCall(voteId as string, a),
    onSettled: async () => {
      if (meetingId) await qc.invalidateQueries({ queryKey: keys.meetings.live(meetingId) });
    },
  });
  return {
    answer: (iso3: string, answer: RollCallAnswer, opId: string) =>
      m.mutateAsync({ iso3, answer, opId }).then(
        () => true,
        () => false,
      ),
    busy: m.isPending,
    error: m.error ? errorMessage(m.error) : null,
  };
}

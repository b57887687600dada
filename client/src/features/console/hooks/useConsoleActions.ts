import type { MeetingTransition, RollCallAnswerBody, VoteMethod } from '@plenary/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../lib/api';
import { keys } from '../../../lib/query/keys';
import { transitionMeeting } from '../../meetings/api';
import { adoptByConsensus, answerRollCall, closeVote, openVote, type HandCounts } from '../api';

type Action =
  | { kind: 'transition'; action: MeetingTransition }
  | { kind: 'consensus'; questionId: string }
  | { kind: 'open'; questionId: string; method: VoteMethod }
  | { kind: 'close'; voteId: string; counts?: HandCounts }
  | { kind: 'rollCall'; voteId: string; body: RollCallAnswerBody };

function send(meetingId: string, a: Action): Promise<unknown> {
  switch (a.kind) {
    case 'transition':
      return transitionMeeting(meetingId, a.action);
    case 'consensus':
      return adoptByConsensus(a.questionId);
    case 'open':
      return openVote(a.questionId, a.method);
    case 'close':
      return closeVote(a.voteId, a.counts);
    case 'rollCall':
      return answerRollCall(a.voteId, a.body);
  }
}

/**
 * The President's writes. The room's events update the live snapshot; invalidating it as well
 * makes a console whose socket is down catch up too (no manual refresh, no version counter).
 */
export function useConsoleActions(meetingId: string | null) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (a: Action) => send(meetingId as string, a),
    onSettled: async (_data, _err, a) => {
      if (!meetingId) return;
      await qc.invalidateQueries({ queryKey: keys.meetings.live(meetingId) });
      if (a.kind === 'transition') await qc.invalidateQueries({ queryKey: keys.meetings.list() });
    },
  });
  return {
    run: (a: Action) => m.mutateAsync(a).catch(() => undefined),
    /** Like run, but says whether the server recorded it (a roll-call answer keeps its opId until then). */
    attempt: (a: Action) =>
      m.mutateAsync(a).then(
        () => true,
        () => false,
      ),
    busy: m.isPending,
    error: m.error ? errorMessage(m.error) : null,
    clearError: m.reset,
  };
}

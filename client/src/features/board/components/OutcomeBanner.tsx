import type { Matter, VoteResult, VotingRule } from '@plenary/shared';
import { explainIn } from '../../../lib/explain';
import { useFormat, useT } from '../../../lib/locale/context';
import { outcomeLines } from '../../live/outcome';

/**
 * The result once the vote is closed: the largest thing on the board, phrased as UN records
 * phrase it ("The draft decision was adopted by 91 votes to 45, with 4 abstentions."), with the
 * rule's arithmetic below. Without the quorum, only that no decision was taken.
 */
export function OutcomeBanner({
  result,
  question,
}: {
  result: VoteResult;
  question: { matter: Matter; rule: VotingRule };
}) {
  const fmt = useFormat();
  const t = useT();
  const lines = outcomeLines(fmt.locale, result, question);
  return (
    <div
      className={`board-outcome board-outcome--${result.outcome}`}
      data-testid="board-outcome"
      role="status"
    >
      <p className="board-outcome__title">{t('board.outcome.title', { outcome: result.outcome })}</p>
      <div className="board-outcome__words">
        <p className="board-outcome__sentence" data-testid="board-outcome-sentence">
          {lines.sentence}
        </p>
        {/* The arithmetic, as the server decided it (the rule, the figures, the comparison). */}
        {result.outcome !== 'no-quorum' && (
          <p className="board-outcome__explanation">{explainIn(fmt.locale, result)}</p>
        )}
      </div>
    </div>
  );
}

import type { VoteResult } from '@plenary/shared';

const TITLES: Record<VoteResult['outcome'], string> = {
  adopted: 'ADOPTED',
  rejected: 'REJECTED',
  'no-quorum': 'NO DECISION — quorum lacking',
};

/** The result once the vote is closed, with the arithmetic that produced it. */
export function OutcomeBanner({ result }: { result: VoteResult }) {
  return (
    <div
      className={`board-outcome board-outcome--${result.outcome}`}
      data-testid="board-outcome"
      role="status"
    >
      <p className="board-outcome__title">{TITLES[result.outcome]}</p>
      <p className="board-outcome__explanation">{result.explanation}</p>
    </div>
  );
}

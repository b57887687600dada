import type { VoteFigures } from '@plenary/shared';

function Total({
  id,
  label,
  value,
  letter,
}: {
  id: string;
  label: string;
  value: number | null;
  letter: string;
}) {
  return (
    <div className={`board-total board-total--${id}`}>
      <dt>
        <span className="board-light" aria-hidden="true">
          {letter}
        </span>
        {label}
      </dt>
      <dd data-testid={`board-${id}`}>{value ?? '–'}</dd>
    </div>
  );
}

/** Yes / No / Abstain / Not voted, then present and voting and the yes votes it needs. */
export function BoardTotals({ tally }: { tally: VoteFigures }) {
  const c = tally.counts;
  return (
    <div className="board-totals">
      <dl className="board-totals__counts">
        <Total id="yes" label="Yes" letter="Y" value={c?.yes ?? null} />
        <Total id="no" label="No" letter="N" value={c?.no ?? null} />
        <Total id="abstain" label="Abstain" letter="A" value={c?.abstain ?? null} />
        <Total id="not-voted" label="Not voted" letter="" value={c?.notVoted ?? null} />
      </dl>
      {tally.presentAndVoting !== null && tally.required !== null && (
        <dl className="board-totals__rule">
          <div>
            <dt>Present and voting</dt>
            <dd data-testid="board-present-voting">{tally.presentAndVoting}</dd>
          </div>
          <div>
            <dt>Required majority</dt>
            <dd data-testid="board-required">needs {tally.required} yes</dd>
          </div>
        </dl>
      )}
    </div>
  );
}

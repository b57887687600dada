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
  letter: string | null;
}) {
  return (
    <div className={`board-total board-total--${id}`}>
      <dt>
        {letter !== null && (
          <span className="board-light" aria-hidden="true">
            {letter}
          </span>
        )}
        {label}
      </dt>
      <dd data-testid={`board-${id}`}>{value ?? '–'}</dd>
    </div>
  );
}

/**
 * One strip across the board: Yes / No / Abstain, then who has not voted, in the room apart from
 * absent, then present and voting and the yes votes it needs.
 */
export function BoardTotals({ tally }: { tally: VoteFigures }) {
  const c = tally.counts;
  return (
    <div className="board-totals">
      <dl className="board-totals__counts">
        <Total id="yes" label="Yes" letter="Y" value={c?.yes ?? null} />
        <Total id="no" label="No" letter="N" value={c?.no ?? null} />
        <Total id="abstain" label="Abstain" letter="A" value={c?.abstain ?? null} />
        <Total
          id="not-voted"
          label={tally.absent === null ? 'Not voted' : 'Present, not voted'}
          letter=""
          value={tally.presentNotVoted ?? c?.notVoted ?? null}
        />
        {tally.absent !== null && <Total id="absent" label="Absent" letter={null} value={tally.absent} />}
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

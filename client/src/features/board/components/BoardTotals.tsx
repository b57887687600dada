import type { VoteFigures } from '@plenary/shared';
import { useT } from '../../../lib/locale/context';
import { choiceLabel } from '../../live/labels';
import { useFormat } from '../../../lib/locale/context';

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
  const fmt = useFormat();
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
      <dd data-testid={`board-${id}`}>{value === null ? '–' : fmt.number(value)}</dd>
    </div>
  );
}

/**
 * One strip across the board: Yes / No / Abstain, then who has not voted, in the room apart from
 * absent, then present and voting and the yes votes it needs.
 */
export function BoardTotals({ tally }: { tally: VoteFigures }) {
  const t = useT();
  const fmt = useFormat();
  const c = tally.counts;
  return (
    <div className="board-totals">
      <dl className="board-totals__counts">
        <Total id="yes" label={choiceLabel(fmt.locale, 'yes')} letter="Y" value={c?.yes ?? null} />
        <Total id="no" label={choiceLabel(fmt.locale, 'no')} letter="N" value={c?.no ?? null} />
        <Total
          id="abstain"
          label={choiceLabel(fmt.locale, 'abstain')}
          letter="A"
          value={c?.abstain ?? null}
        />
        <Total
          id="not-voted"
          label={tally.absent === null ? t('board.totals.notVoted') : t('board.totals.presentNotVoted')}
          letter=""
          value={tally.presentNotVoted ?? c?.notVoted ?? null}
        />
        {tally.absent !== null && (
          <Total id="absent" label={t('board.totals.absent')} letter={null} value={tally.absent} />
        )}
      </dl>
      {tally.presentAndVoting !== null && tally.required !== null && (
        <dl className="board-totals__rule">
          <div>
            <dt>{t('board.totals.presentAndVoting')}</dt>
            <dd data-testid="board-present-voting">{fmt.number(tally.presentAndVoting)}</dd>
          </div>
          <div>
            <dt>{t('board.totals.requiredMajority')}</dt>
            <dd data-testid="board-required">{t('board.totals.needs', { required: tally.required })}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}

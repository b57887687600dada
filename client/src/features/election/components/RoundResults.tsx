import type { ElectionView, RoundView } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import {
  ballotTitle,
  candidateName,
  countLines,
  roundOutcome,
  roundProgress,
  votesObtained,
  type Words,
} from '../wording';

/** One round's result with its arithmetic, in the words of the UN Journal. */
/** `level`: the heading level where the results stand (2 under the board's h1, 4 under the panel's h3). */
export function RoundResults({
  election,
  round,
  level = 3,
}: {
  election: ElectionView;
  round: RoundView;
  level?: 2 | 3 | 4;
}) {
  const t = useT();
  const fmt = useFormat();
  const w: Words = { t, fmt };
  const Title = (['h2', 'h3', 'h4'] as const)[level - 2];
  const Subtitle = (['h3', 'h4', 'h5'] as const)[level - 2];
  const title = ballotTitle(w, round.round);
  const lines = countLines(w, round);
  const votes = votesObtained(w, election, round);
  return (
    <section className="round-results" aria-label={title} data-testid={`round-${round.round.number}`}>
      <Title className="round-results__title">{title}</Title>
      {round.count ? (
        <>
          <dl className="round-results__count">
            {lines.map((l) => (
              <div key={l.label} className="round-results__line">
                <dt>{l.label}</dt>
                <dd>{fmt.number(l.value)}</dd>
              </div>
            ))}
          </dl>
          <Subtitle className="round-results__subtitle">{t('election.results.votesObtained')}</Subtitle>
          <table className="round-results__votes">
            <tbody>
              {votes.map((v) => (
                <tr key={v.id} className={v.majority ? 'is-majority' : undefined}>
                  <th scope="row">{v.name}</th>
                  <td>{fmt.number(v.votes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="round-results__progress" aria-live="polite">
          {roundProgress(w, round)}
        </p>
      )}
      {round.lot && (
        <p className="round-results__lot">
          {t('election.round.lot', {
            drawn: fmt.list(round.lot.drawn.map((id) => candidateName(w, election, id))),
            seed: round.lot.seed.slice(0, 16),
          })}
        </p>
      )}
      {round.count && <p className="round-results__outcome">{roundOutcome(w, election, round)}</p>}
    </section>
  );
}

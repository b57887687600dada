import type { ElectionView, RoundView } from '@plenary/shared';
import { ballotTitle, candidateName, countLines, roundOutcome, votesObtained } from '../wording';

/** One round's result with its arithmetic, in the words of the UN Journal. */
export function RoundResults({ election, round }: { election: ElectionView; round: RoundView }) {
  const title = ballotTitle(round.round);
  const lines = countLines(round);
  const votes = votesObtained(election, round);
  return (
    <section className="round-results" aria-label={title} data-testid={`round-${round.round.number}`}>
      <h3 className="round-results__title">{title}</h3>
      {round.count ? (
        <>
          <dl className="round-results__count">
            {lines.map((l) => (
              <div key={l.label} className="round-results__line">
                <dt>{l.label}</dt>
                <dd>{l.value}</dd>
              </div>
            ))}
          </dl>
          <h4 className="round-results__subtitle">Number of votes obtained</h4>
          <table className="round-results__votes">
            <tbody>
              {votes.map((v) => (
                <tr key={v.id} className={v.majority ? 'is-majority' : undefined}>
                  <th scope="row">{v.name}</th>
                  <td>{v.votes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="round-results__progress" aria-live="polite">
          <strong>{round.voted}</strong> of {round.eligible} delegations have voted.
        </p>
      )}
      {round.lot && (
        <p className="round-results__lot">
          Lot drawn by the President: {round.lot.drawn.map((id) => candidateName(election, id)).join(', ')}{' '}
          (seed <code>{round.lot.seed.slice(0, 16)}…</code>, reproducible from the record).
        </p>
      )}
      {round.count && <p className="round-results__outcome">{roundOutcome(election, round)}</p>}
    </section>
  );
}

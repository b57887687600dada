import { minimumCount, quorumFor, renderReason, type Reason, type RegisterSummary } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import type { UiKey } from '../../../i18n/catalogue';
import '../register.css';

type FigureKey =
  | 'quorumSpecialMeeting'
  | 'oneThirdToConvene'
  | 'majorityOfParties'
  | 'openingQuorumMsp'
  | 'decisionQuorumMsp';

/** Each figure with the shared rule the server computes it by, for its arithmetic in the reader's language. */
const FIGURES: { key: FigureKey; title: UiKey; testId: string; reason(parties: number): Reason }[] = [
  {
    key: 'quorumSpecialMeeting',
    title: 'register.figure.quorumSpecialMeeting',
    testId: 'quorum-special',
    reason: (n) => quorumFor('special', 'decision', n).reason,
  },
  {
    key: 'oneThirdToConvene',
    title: 'register.figure.oneThirdToConvene',
    testId: 'one-third',
    reason: (n) => minimumCount('one-third-of-parties', n).reason,
  },
  {
    key: 'majorityOfParties',
    title: 'register.figure.majorityOfParties',
    testId: 'majority-of-parties',
    reason: (n) => minimumCount('majority-of-parties', n).reason,
  },
  {
    key: 'openingQuorumMsp',
    title: 'register.figure.openingQuorumMsp',
    testId: 'msp-opening-quorum',
    reason: (n) => quorumFor('msp', 'opening', n).reason,
  },
  {
    key: 'decisionQuorumMsp',
    title: 'register.figure.decisionQuorumMsp',
    testId: 'msp-decision-quorum',
    reason: (n) => quorumFor('msp', 'decision', n).reason,
  },
];

/**
 * The thresholds that follow from the number of States Parties. The figures are the server's; the
 * explanation is the server's own in English and, in the other languages, the same shared rule's
 * reason rendered in the reader's language (the wire carries only the English sentence).
 */
export function PartyFigures({ summary }: { summary: RegisterSummary }) {
  const fmt = useFormat();
  const t = useT();
  const explain = (key: FigureKey, reason: (n: number) => Reason): string =>
    fmt.locale === 'en'
      ? summary[key].explanation
      : summary.count === 0
        ? t('register.figure.noParties', { date: fmt.date(summary.date) })
        : renderReason(fmt.locale, reason(summary.count));
  return (
    <ul className="figures" aria-label={t('register.figures.label')}>
      {FIGURES.map(({ key, title, testId, reason }) => (
        <li key={key} className="figure">
          <h3 className="figure__title">{t(title)}</h3>
          <p className="figure__value" data-testid={testId}>
            {fmt.number(summary[key].required)}
          </p>
          <p className="figure__explanation">{explain(key, reason)}</p>
        </li>
      ))}
    </ul>
  );
}

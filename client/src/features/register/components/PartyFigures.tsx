import type { RegisterSummary } from '@plenary/shared';
import { explainIn } from '../../../lib/explain';
import { useFormat, useT } from '../../../lib/locale/context';
import type { UiKey } from '../../../i18n/catalogue';
import '../register.css';

type FigureKey =
  | 'quorumSpecialMeeting'
  | 'oneThirdToConvene'
  | 'majorityOfParties'
  | 'openingQuorumMsp'
  | 'decisionQuorumMsp';

const FIGURES: { key: FigureKey; title: UiKey; testId: string }[] = [
  {
    key: 'quorumSpecialMeeting',
    title: 'register.figure.quorumSpecialMeeting',
    testId: 'quorum-special',
  },
  {
    key: 'oneThirdToConvene',
    title: 'register.figure.oneThirdToConvene',
    testId: 'one-third',
  },
  {
    key: 'majorityOfParties',
    title: 'register.figure.majorityOfParties',
    testId: 'majority-of-parties',
  },
  {
    key: 'openingQuorumMsp',
    title: 'register.figure.openingQuorumMsp',
    testId: 'msp-opening-quorum',
  },
  {
    key: 'decisionQuorumMsp',
    title: 'register.figure.decisionQuorumMsp',
    testId: 'msp-decision-quorum',
  },
];

/**
 * The thresholds that follow from the number of States Parties: the server's figures, each
 * explained from the rule's reason in the reader's language (the server's own sentence in English).
 */
export function PartyFigures({ summary }: { summary: RegisterSummary }) {
  const fmt = useFormat();
  const t = useT();
  // No State Party on the date: no rule applies, and the wire has no reason to render.
  const explain = (key: FigureKey): string =>
    fmt.locale !== 'en' && summary.count === 0
      ? t('register.figure.noParties', { date: fmt.date(summary.date) })
      : explainIn(fmt.locale, summary[key]);
  return (
    <ul className="figures" aria-label={t('register.figures.label')}>
      {FIGURES.map(({ key, title, testId }) => (
        <li key={key} className="figure">
          <h3 className="figure__title">{t(title)}</h3>
          <p className="figure__value" data-testid={testId}>
            {fmt.number(summary[key].required)}
          </p>
          <p className="figure__explanation">{explain(key)}</p>
        </li>
      ))}
    </ul>
  );
}

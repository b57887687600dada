import type { RegisterSummary } from '@plenary/shared';
import { useFormat } from '../../../lib/locale/context';
import { explainIn } from '../../../lib/explain';
import '../register.css';

type FigureKey =
  | 'quorumSpecialMeeting'
  | 'oneThirdToConvene'
  | 'majorityOfParties'
  | 'openingQuorumMsp'
  | 'decisionQuorumMsp';

const FIGURES: { key: FigureKey; title: string; testId: string }[] = [
  { key: 'quorumSpecialMeeting', title: 'Special Meeting quorum', testId: 'quorum-special' },
  { key: 'oneThirdToConvene', title: 'One-third to convene a Special Meeting', testId: 'one-third' },
  { key: 'majorityOfParties', title: 'Majority of all States Parties', testId: 'majority-of-parties' },
  { key: 'openingQuorumMsp', title: 'MSP quorum to open and debate', testId: 'msp-opening-quorum' },
  { key: 'decisionQuorumMsp', title: 'MSP quorum for a decision', testId: 'msp-decision-quorum' },
];

/** The thresholds that follow from the number of States Parties, each with the server's arithmetic. */
export function PartyFigures({ summary }: { summary: RegisterSummary }) {
  const fmt = useFormat();
  return (
    <ul className="figures" aria-label="Thresholds on this date">
      {FIGURES.map(({ key, title, testId }) => {
        const t = summary[key];
        return (
          <li key={key} className="figure">
            <h3 className="figure__title">{title}</h3>
            <p className="figure__value" data-testid={testId}>
              {fmt.number(t.required)}
            </p>
            <p className="figure__explanation">{explainIn(fmt.locale, t)}</p>
          </li>
        );
      })}
    </ul>
  );
}

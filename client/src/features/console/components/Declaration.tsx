import { ruleWording, type QuestionView, type VoteSnapshot } from '@plenary/shared';
import { useFormat } from '../../../lib/locale/context';
import { explainIn } from '../../../lib/explain';
import { methodLabel } from '../../live/labels';
import { outcomeLines } from '../../live/outcome';
import { TallyTiles } from './TallyTiles';
import '../console.css';

const OUTCOME: Record<'adopted' | 'rejected' | 'no-quorum', string> = {
  adopted: 'Adopted',
  rejected: 'Rejected',
  'no-quorum': 'No decision',
};

/** The result ready to read out: outcome, sentence and arithmetic in large type. */
export function Declaration({
  question,
  vote,
  onNext,
}: {
  question: QuestionView;
  vote: VoteSnapshot | null;
  onNext: () => void;
}) {
  const fmt = useFormat();
  const r = vote?.result ?? null;
  const lines = r ? outcomeLines(fmt.locale, r, question) : null;
  const outcome = r
    ? r.outcome
    : question.status === 'adopted'
      ? 'adopted'
      : question.status === 'no-decision'
        ? 'no-quorum'
        : 'rejected';
  return (
    <section
      className={`card declaration declaration--${outcome}`}
      aria-labelledby="declaration-heading"
      data-testid="declaration"
    >
      <p className="rule-callout__rule">{ruleWording(question)}</p>
      <p className="declaration__question">{question.text}</p>
      <h2 id="declaration-heading" className="declaration__outcome" data-testid="console-outcome">
        {question.decidedBy === 'consensus' ? 'Adopted without a vote' : OUTCOME[outcome]}
      </h2>
      {r && vote && lines && (
        <>
          {/* What the President reads out, as the record phrases it; the arithmetic below it. */}
          <p className="declaration__un" data-testid="console-outcome-sentence">
            {lines.sentence}
          </p>
          <TallyTiles
            large
            tiles={[
              { label: 'Yes', value: r.yes, testId: 'console-yes', tone: 'yes' },
              { label: 'No', value: r.no, testId: 'console-no', tone: 'no' },
              { label: 'Abstain', value: r.abstain, testId: 'console-abstain' },
              ...(r.outcome === 'no-quorum'
                ? []
                : [{ label: 'Required', value: r.required, testId: 'console-required' }]),
            ]}
          />
          {lines.arithmetic && <p className="declaration__arithmetic">{lines.arithmetic}</p>}
          <p className="declaration__sentence" data-testid="console-explanation">
            {explainIn(fmt.locale, r)}
          </p>
          <p className="muted">
            {methodLabel(vote.method)} · {r.presentAndVoting} present and voting · {r.presentAtClose} States
            Parties present at the close{r.quorumRequired !== null ? ` (quorum ${r.quorumRequired})` : ''}
          </p>
        </>
      )}
      <button type="button" className="button button--primary" onClick={onNext} data-testid="next-question">
        Next question <kbd>D</kbd>
      </button>
    </section>
  );
}

export function ShortcutLegend() {
  return (
    <aside className="legend" aria-label="Keyboard shortcuts">
      <kbd>O</kbd> open the vote · <kbd>C</kbd> close the vote · <kbd>D</kbd> declare / next · every step asks
      to confirm (<kbd>Enter</kbd> / <kbd>Esc</kbd>)
    </aside>
  );
}

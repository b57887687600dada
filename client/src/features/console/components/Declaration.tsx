import { formatMessage, type QuestionView, type VoteSnapshot } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import { choiceLabel, methodLabel, ruleText } from '../../live/labels';
import { explainIn } from '../../../lib/explain';
import { outcomeLines } from '../../live/outcome';
import { rich, slot } from '../../../lib/rich';
import { TallyTiles } from './TallyTiles';
import '../console.css';

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
  const t = useT();
  const lang = fmt.locale;
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
      <p className="rule-callout__rule">{ruleText(t, lang, question)}</p>
      <p className="declaration__question">{question.text}</p>
      <h2 id="declaration-heading" className="declaration__outcome" data-testid="console-outcome">
        {question.decidedBy === 'consensus'
          ? formatMessage(lang, 'outcome.adopted-without-vote')
          : t('console.outcome', { outcome })}
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
              { label: choiceLabel(lang, 'yes'), value: r.yes, testId: 'console-yes', tone: 'yes' },
              { label: choiceLabel(lang, 'no'), value: r.no, testId: 'console-no', tone: 'no' },
              { label: choiceLabel(lang, 'abstain'), value: r.abstain, testId: 'console-abstain' },
              ...(r.outcome === 'no-quorum'
                ? []
                : [{ label: t('console.tiles.required'), value: r.required, testId: 'console-required' }]),
            ]}
          />
          {lines.arithmetic && <p className="declaration__arithmetic">{lines.arithmetic}</p>}
          <p className="declaration__sentence" data-testid="console-explanation">
            {explainIn(fmt.locale, r)}
          </p>
          <p className="muted">
            {t(r.quorumRequired !== null ? 'console.declaration.factsQuorum' : 'console.declaration.facts', {
              method: methodLabel(lang, vote.method),
              presentAndVoting: r.presentAndVoting,
              presentAtClose: r.presentAtClose,
              quorum: r.quorumRequired,
            })}
          </p>
        </>
      )}
      <button type="button" className="button button--primary" onClick={onNext} data-testid="next-question">
        {t('console.next')} <kbd>D</kbd>
      </button>
    </section>
  );
}

/** The console's keys: Latin letters in every language, their meaning in the language shown. */
export function ShortcutLegend() {
  const t = useT();
  const key = (k: string) => <kbd>{k}</kbd>;
  return (
    <aside className="legend" aria-label={t('console.legend.aria')}>
      {rich(
        t('console.legend', {
          o: slot('o'),
          c: slot('c'),
          d: slot('d'),
          enter: slot('enter'),
          esc: slot('esc'),
        }),
        { o: key('O'), c: key('C'), d: key('D'), enter: key('Enter'), esc: key('Esc') },
      )}
    </aside>
  );
}

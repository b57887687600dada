import {
  formatMessage,
  renderReason,
  type ConsoleActionReasons,
  type QuestionView,
  type VoteMethod,
} from '@plenary/shared';
import { useId } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { matterLabel, methodLabel, ruleText } from '../../live/labels';
import '../console.css';

export const METHODS: VoteMethod[] = ['recorded', 'roll-call', 'secret', 'show-of-hands'];

interface Props {
  question: QuestionView;
  method: VoteMethod;
  onMethod: (m: VoteMethod) => void;
  /** Why consensus or a vote is not available now (null each when it is). */
  reasons: Pick<ConsoleActionReasons, 'consensus' | 'openVote'>;
  onConsensus: () => void;
  onOpenVote: () => void;
}

/** The question before the meeting: rule first, then consensus or a vote. */
export function QuestionCard({ question, method, onMethod, reasons, onConsensus, onOpenVote }: Props) {
  const id = useId();
  const fmt = useFormat();
  const t = useT();
  const lang = fmt.locale;
  const why = (r: ConsoleActionReasons['consensus']) => (r ? renderReason(fmt.locale, r) : null);
  const consensusWhy = why(reasons.consensus);
  const openWhy = why(reasons.openVote);
  return (
    <section className="card question-card" aria-labelledby={`${id}-h`} data-testid="pending-question">
      <p className="rule-callout__rule">{ruleText(t, lang, question)}</p>
      <p className="muted">{matterLabel(lang, question.matter)}</p>
      <h2 id={`${id}-h`} className="question-card__text">
        {question.text}
      </h2>
      <div className="question-card__actions">
        <div className="question-card__step">
          <h3>{t('console.question.consensusStep')}</h3>
          <p className="muted">{t('console.question.consensusHint')}</p>
          <button
            type="button"
            className="button"
            disabled={consensusWhy !== null}
            aria-describedby={consensusWhy ? `${id}-cw` : undefined}
            onClick={onConsensus}
            data-testid="consensus"
          >
            {formatMessage(lang, 'outcome.adopted-without-vote')}
          </button>
          {consensusWhy && (
            <p className="action-reason" id={`${id}-cw`} data-testid="consensus-reason">
              {consensusWhy}
            </p>
          )}
        </div>
        <div className="question-card__step">
          <h3>{t('console.question.voteStep')}</h3>
          <div className="field">
            <label htmlFor={`${id}-m`}>{t('console.question.method')}</label>
            <select
              id={`${id}-m`}
              value={method}
              onChange={(e) => onMethod(e.target.value as VoteMethod)}
              data-testid="vote-method"
            >
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {methodLabel(lang, m)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--primary"
            disabled={openWhy !== null}
            aria-describedby={openWhy ? `${id}-ow` : undefined}
            onClick={onOpenVote}
            data-testid="open-vote"
          >
            {t('console.openVote')} <kbd>O</kbd>
          </button>
          {openWhy && (
            <p className="action-reason" id={`${id}-ow`} data-testid="open-vote-reason">
              {openWhy}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

import { notVotedByPresence, renderReason, voteFigures } from '@plenary/shared';
import type { QuestionView, Reason, RollCallAnswer, VoteSnapshot } from '@plenary/shared';
import { useState, type FormEvent, type RefObject } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { choiceLabel, methodLabel, ruleText, stateLabel } from '../../live/labels';
import { rich, slot } from '../../../lib/rich';
import type { HandCounts } from '../api';
import { RollCallRecorder } from './RollCallRecorder';
import { TallyTiles } from './TallyTiles';
import '../console.css';

interface Props {
  vote: VoteSnapshot;
  question: QuestionView;
  busy: boolean;
  onClose: (counts?: HandCounts) => void;
  /** Why "Close the vote" is not available now (the roll-call not finished, a write in flight). */
  closeReason?: Reason | null;
  /** Records a roll-call answer (roll-call votes only). */
  onAnswer?: (iso3: string, answer: RollCallAnswer, opId: string) => Promise<boolean>;
  /** The first count of a show of hands, which C focuses (the counts must be entered first). */
  firstCountRef?: RefObject<HTMLInputElement | null>;
}

export function HandsForm({
  busy,
  onClose,
  firstCountRef,
}: {
  busy: boolean;
  onClose: (c: HandCounts) => void;
  firstCountRef?: RefObject<HTMLInputElement | null>;
}) {
  const t = useT();
  const lang = useFormat().locale;
  const [c, setC] = useState({ yes: '', no: '', abstain: '' });
  const [error, setError] = useState<string | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    const n = { yes: Number(c.yes), no: Number(c.no), abstain: Number(c.abstain || '0') };
    if (
      ![n.yes, n.no, n.abstain].every((x) => Number.isInteger(x) && x >= 0) ||
      c.yes.trim() === '' ||
      c.no.trim() === ''
    ) {
      setError(t('console.hands.invalid'));
      return;
    }
    setError(null);
    onClose(n);
  }
  return (
    <form className="hands" onSubmit={submit} noValidate aria-labelledby="hands-h" data-testid="hands-form">
      <h3 id="hands-h">{t('console.hands.heading')}</h3>
      <div className="hands__row">
        {(['yes', 'no', 'abstain'] as const).map((k) => (
          <label key={k} className="field">
            <span>{choiceLabel(lang, k)}</span>
            <input
              ref={k === 'yes' ? firstCountRef : undefined}
              inputMode="numeric"
              value={c[k]}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setC({ ...c, [k]: e.target.value })}
            />
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('console.hands.submit')}
      </button>
    </form>
  );
}

/**
 * The open vote as the President follows it. Its controls (the roll-call's State called and its
 * answer, "Close the vote" with the reason when it is not available) stay in view at the top
 * while the counts and the long list of States not yet voted scroll beneath them.
 */
export function VotePanel({
  vote,
  question,
  busy,
  onClose,
  closeReason = null,
  onAnswer,
  firstCountRef,
}: Props) {
  const fmt = useFormat();
  const t = useT();
  const lang = fmt.locale;
  const f = voteFigures(vote);
  // In the room and not voted yet, apart from the absent (not checked in).
  const { present: waiting, absent } = notVotedByPresence(vote);
  const closeWhy = closeReason ? renderReason(fmt.locale, closeReason) : null;
  return (
    <section className="card vote-panel" aria-labelledby="vote-heading" data-testid="vote-open">
      <p className="rule-callout__rule">{ruleText(t, lang, question)}</p>
      <h2 id="vote-heading" className="question-card__text">
        {question.text}
      </h2>
      <p className="muted">
        {rich(
          t(f.absent !== null && f.absent > 0 ? 'console.vote.openAbsent' : 'console.vote.open', {
            method: methodLabel(lang, vote.method),
            entitled: slot('entitled'),
            absent: f.absent,
            eligible: f.eligible,
          }),
          {
            entitled: (
              <span data-testid="console-entitled">{t('console.vote.entitled', { count: f.entitled })}</span>
            ),
          },
        )}
      </p>
      <div className="vote-panel__controls" data-testid="vote-controls">
        {vote.rollCall && onAnswer && <RollCallRecorder vote={vote} busy={busy} onAnswer={onAnswer} />}
        {vote.method === 'show-of-hands' ? (
          <HandsForm busy={busy} onClose={onClose} firstCountRef={firstCountRef} />
        ) : (
          <div className="vote-panel__close">
            <button
              type="button"
              className="button button--primary button--large"
              disabled={closeReason !== null}
              aria-describedby={closeWhy ? 'close-why' : undefined}
              onClick={() => onClose()}
              data-testid="close-vote"
            >
              {t('console.closeVote')} <kbd>C</kbd>
            </button>
            {closeWhy && (
              <p className="action-reason" id="close-why" data-testid="close-vote-reason">
                {closeWhy}
              </p>
            )}
          </div>
        )}
      </div>
      {f.counts && f.presentAndVoting !== null && f.required !== null ? (
        <>
          <TallyTiles
            tiles={[
              { label: choiceLabel(lang, 'yes'), value: f.counts.yes, testId: 'console-yes', tone: 'yes' },
              { label: choiceLabel(lang, 'no'), value: f.counts.no, testId: 'console-no', tone: 'no' },
              { label: choiceLabel(lang, 'abstain'), value: f.counts.abstain, testId: 'console-abstain' },
              {
                label: t('console.tiles.presentNotVoted'),
                value: f.presentNotVoted ?? f.counts.notVoted,
                testId: 'console-not-voted-count',
              },
              ...(f.absent !== null
                ? [{ label: t('console.tiles.absent'), value: f.absent, testId: 'console-absent' }]
                : []),
            ]}
          />
          <p className="vote-panel__needed" data-testid="console-needed">
            {rich(
              t('console.vote.needed', {
                presentAndVoting: slot('pv'),
                required: slot('req'),
                standing:
                  f.presentAndVoting === 0 ? 'none' : f.outcome === 'adopted' ? 'adopted' : 'rejected',
              }),
              {
                pv: <strong>{fmt.number(f.presentAndVoting)}</strong>,
                req: <strong>{fmt.number(f.required)}</strong>,
              },
            )}
          </p>
        </>
      ) : (
        <p className="vote-panel__needed">
          {vote.method === 'secret'
            ? t('console.vote.secretSealed', { voted: f.voted, eligible: f.eligible })
            : t('console.vote.handsHint')}
        </p>
      )}
      {vote.method !== 'show-of-hands' && (
        <section className="not-voted" aria-labelledby="not-voted-h">
          <h3 className="not-voted__title" id="not-voted-h">
            {rich(t('console.notVoted.heading', { count: slot('n') }), {
              n: <strong data-testid="console-not-voted-total">{waiting.length}</strong>,
            })}
          </h3>
          {/* A scrolling region: focusable, so the keyboard can scroll it. */}
          <ul
            className="not-voted__list"
            data-testid="console-not-voted"
            aria-labelledby="not-voted-h"
            tabIndex={0}
          >
            {waiting.map((e) => (
              <li key={e.iso3}>{stateLabel(lang, e)}</li>
            ))}
          </ul>
          {absent.length > 0 && (
            <details className="not-voted__absent">
              <summary>
                {rich(t('console.notVoted.absent', { count: slot('n') }), {
                  n: <strong data-testid="console-absent-total">{absent.length}</strong>,
                })}
              </summary>
              <ul className="not-voted__list" data-testid="console-absent-list">
                {absent.map((e) => (
                  <li key={e.iso3}>{stateLabel(lang, e)}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
    </section>
  );
}

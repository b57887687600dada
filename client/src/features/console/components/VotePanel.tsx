import { notVotedByPresence, renderReason, ruleWording, voteFigures } from '@plenary/shared';
import type { QuestionView, Reason, RollCallAnswer, VoteSnapshot } from '@plenary/shared';
import { useState, type FormEvent, type RefObject } from 'react';
import { useFormat } from '../../../lib/locale/context';
import { methodLabel } from '../../live/labels';
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

const COUNT_LABELS = { yes: 'Yes', no: 'No', abstain: 'Abstain' } as const;

export function HandsForm({
  busy,
  onClose,
  firstCountRef,
}: {
  busy: boolean;
  onClose: (c: HandCounts) => void;
  firstCountRef?: RefObject<HTMLInputElement | null>;
}) {
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
      setError('Enter the counts taken in the room: whole numbers, zero or more.');
      return;
    }
    setError(null);
    onClose(n);
  }
  return (
    <form className="hands" onSubmit={submit} noValidate aria-labelledby="hands-h" data-testid="hands-form">
      <h3 id="hands-h">Counts taken in the room</h3>
      <div className="hands__row">
        {(['yes', 'no', 'abstain'] as const).map((k) => (
          <label key={k} className="field">
            <span>{COUNT_LABELS[k]}</span>
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
        Close with these counts
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
  const f = voteFigures(vote);
  // In the room and not voted yet, apart from the absent (not checked in).
  const { present: waiting, absent } = notVotedByPresence(vote);
  const closeWhy = closeReason ? renderReason(fmt.locale, closeReason) : null;
  return (
    <section className="card vote-panel" aria-labelledby="vote-heading" data-testid="vote-open">
      <p className="rule-callout__rule">{ruleWording(question)}</p>
      <h2 id="vote-heading" className="question-card__text">
        {question.text}
      </h2>
      <p className="muted">
        {methodLabel(vote.method)} open ·{' '}
        <span data-testid="console-entitled">
          {fmt.number(f.entitled)} States Parties present and entitled to vote
        </span>
        {f.absent !== null &&
          f.absent > 0 &&
          ` (${fmt.number(f.absent)} of ${fmt.number(f.eligible)} absent)`}
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
              Close the vote <kbd>C</kbd>
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
              { label: 'Yes', value: f.counts.yes, testId: 'console-yes', tone: 'yes' },
              { label: 'No', value: f.counts.no, testId: 'console-no', tone: 'no' },
              { label: 'Abstain', value: f.counts.abstain, testId: 'console-abstain' },
              {
                label: 'Present, not voted',
                value: f.presentNotVoted ?? f.counts.notVoted,
                testId: 'console-not-voted-count',
              },
              ...(f.absent !== null ? [{ label: 'Absent', value: f.absent, testId: 'console-absent' }] : []),
            ]}
          />
          <p className="vote-panel__needed" data-testid="console-needed">
            Present and voting <strong>{f.presentAndVoting}</strong> · yes needed now{' '}
            <strong>{f.required}</strong> ·{' '}
            {f.presentAndVoting === 0
              ? 'nothing is adopted until a State votes yes or no'
              : f.outcome === 'adopted'
                ? 'would be adopted as the votes stand'
                : 'would be rejected as the votes stand'}
          </p>
        </>
      ) : (
        <p className="vote-panel__needed">
          {vote.method === 'secret'
            ? `${fmt.number(f.voted)} of ${fmt.number(f.eligible)} have voted; the counts stay sealed until the ballot closes.`
            : 'Show of hands: enter the counts taken in the room to close.'}
        </p>
      )}
      {vote.method !== 'show-of-hands' && (
        <section className="not-voted" aria-labelledby="not-voted-h">
          <h3 className="not-voted__title" id="not-voted-h">
            Not voted yet, in the room:{' '}
            <strong data-testid="console-not-voted-total">{waiting.length}</strong>
          </h3>
          {/* A scrolling region: focusable, so the keyboard can scroll it. */}
          <ul
            className="not-voted__list"
            data-testid="console-not-voted"
            aria-labelledby="not-voted-h"
            tabIndex={0}
          >
            {waiting.map((e) => (
              <li key={e.iso3}>{e.name}</li>
            ))}
          </ul>
          {absent.length > 0 && (
            <details className="not-voted__absent">
              <summary>
                Absent (not checked in): <strong data-testid="console-absent-total">{absent.length}</strong>
              </summary>
              <ul className="not-voted__list" data-testid="console-absent-list">
                {absent.map((e) => (
                  <li key={e.iso3}>{e.name}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
    </section>
  );
}

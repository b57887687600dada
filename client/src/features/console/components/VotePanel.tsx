import type { QuestionView, VoteSnapshot } from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { methodLabel } from '../../live/tally';
import type { HandCounts } from '../api';
import { liveFigures, notVotedYet, rollCallOrder, ruleSentence } from '../consoleFigures';
import { TallyTiles } from './TallyTiles';

interface Props {
  vote: VoteSnapshot;
  question: QuestionView;
  busy: boolean;
  onClose: (counts?: HandCounts) => void;
}

function HandsForm({ busy, onClose }: { busy: boolean; onClose: (c: HandCounts) => void }) {
  const [c, setC] = useState({ yes: '', no: '', abstain: '' });
  const [error, setError] = useState<string | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    const n = { yes: Number(c.yes), no: Number(c.no), abstain: Number(c.abstain || '0') };
    if (
      ![n.yes, n.no, n.abstain].every((x) => Number.isInteger(x) && x >= 0) ||
      c.yes === '' ||
      c.no === ''
    ) {
      setError('Enter the counts taken in the room: whole numbers, zero or more.');
      return;
    }
    setError(null);
    onClose(n);
  }
  return (
    <form className="hands" onSubmit={submit} noValidate data-testid="hands-form">
      <h3>Counts taken in the room</h3>
      <div className="hands__row">
        {(['yes', 'no', 'abstain'] as const).map((k) => (
          <label key={k} className="field">
            <span>{k === 'yes' ? 'Yes' : k === 'no' ? 'No' : 'Abstain'}</span>
            <input inputMode="numeric" value={c[k]} onChange={(e) => setC({ ...c, [k]: e.target.value })} />
          </label>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
      <button type="submit" className="button button--primary" disabled={busy}>
        Close with these counts
      </button>
    </form>
  );
}

/** The open vote as the President follows it: counts, yes needed now, who has not voted yet. */
export function VotePanel({ vote, question, busy, onClose }: Props) {
  const f = liveFigures(vote);
  const waiting = notVotedYet(vote);
  const order = vote.rollCall ? rollCallOrder(vote) : null;
  const voted = new Set(vote.votes ? Object.keys(vote.votes) : (vote.voted ?? []));
  const nextToCall = order?.find((e) => !voted.has(e.iso3));
  return (
    <section className="card vote-panel" aria-labelledby="vote-heading" data-testid="vote-open">
      <p className="rule-callout__rule">{ruleSentence(question.matter)}</p>
      <h2 id="vote-heading" className="question-card__text">
        {question.text}
      </h2>
      <p className="muted">
        {methodLabel(vote.method)} open · {vote.eligible.length} States Parties entitled to vote
      </p>
      {f ? (
        <>
          <TallyTiles
            tiles={[
              { label: 'Yes', value: f.yes, testId: 'console-yes', tone: 'yes' },
              { label: 'No', value: f.no, testId: 'console-no', tone: 'no' },
              { label: 'Abstain', value: f.abstain, testId: 'console-abstain' },
              { label: 'Not voted', value: f.notVoted, testId: 'console-not-voted-count' },
            ]}
          />
          <p className="vote-panel__needed" data-testid="console-needed">
            Present and voting <strong>{f.presentAndVoting}</strong> · yes needed now{' '}
            <strong>{f.neededNow}</strong> ·{' '}
            {f.presentAndVoting === 0
              ? 'nothing is adopted until a State votes yes or no'
              : f.adoptedIfClosedNow
                ? 'would be adopted as the votes stand'
                : 'would be rejected as the votes stand'}
          </p>
        </>
      ) : (
        <p className="vote-panel__needed">
          {vote.method === 'secret'
            ? `${vote.voted?.length ?? 0} of ${vote.eligible.length} have voted; the counts stay sealed until the ballot closes.`
            : 'Show of hands: enter the counts taken in the room to close.'}
        </p>
      )}
      {nextToCall && (
        <p className="vote-panel__call" data-testid="roll-call-next">
          Roll-call (drawn by lot: {vote.rollCall?.drawn}) — next to call: <strong>{nextToCall.name}</strong>
        </p>
      )}
      {vote.method !== 'show-of-hands' && (
        <div className="not-voted">
          <h3 className="not-voted__title">
            Not voted yet: <strong data-testid="console-not-voted-total">{waiting.length}</strong>
          </h3>
          <ul className="not-voted__list" data-testid="console-not-voted">
            {waiting.map((e) => (
              <li key={e.iso3}>{e.name}</li>
            ))}
          </ul>
        </div>
      )}
      {vote.method === 'show-of-hands' ? (
        <HandsForm busy={busy} onClose={onClose} />
      ) : (
        <button
          type="button"
          className="button button--primary button--large"
          disabled={busy}
          onClick={() => onClose()}
          data-testid="close-vote"
        >
          Close the vote <kbd>C</kbd>
        </button>
      )}
    </section>
  );
}

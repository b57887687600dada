import { rollCallCalled, type RollCallAnswer, type VoteSnapshot } from '@plenary/shared';
import { useRef } from 'react';
import { useFormat } from '../../../lib/locale/context';
import '../console.css';

const ANSWERS: { answer: RollCallAnswer; label: string; tone: string }[] = [
  { answer: 'yes', label: 'Yes', tone: 'button--yes' },
  { answer: 'no', label: 'No', tone: 'button--no' },
  { answer: 'abstain', label: 'Abstain', tone: '' },
  { answer: 'pass', label: 'Pass', tone: 'button--quiet' },
];

interface Props {
  vote: VoteSnapshot;
  busy: boolean;
  /** Records the answer; resolves true once the server has it (false: try again, same opId). */
  onAnswer: (iso3: string, answer: RollCallAnswer, opId: string) => Promise<boolean>;
  /** The heading's level where the recorder stands (3 in the console's vote panel, 2 on the desk). */
  level?: 2 | 3;
}

/**
 * The roll-call as the secretariat runs it: the State called now, in large type, and its answer
 * in one press. The operation id of a call is kept until the server confirms it, so a press
 * repeated after a lost answer is recorded once.
 */
export function RollCallRecorder({ vote, busy, onAnswer, level = 3 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const fmt = useFormat();
  const ops = useRef(new Map<string, string>());
  const rc = vote.rollCall;
  if (!rc) return null;
  const now = rollCallCalled(vote);
  const name = (iso3: string) => vote.eligible.find((e) => e.iso3 === iso3)?.name ?? iso3;
  const answered = Object.keys(vote.votes ?? {}).length + rc.passed.length + rc.declined.length;
  const upcoming = now
    ? now.round === 1
      ? rc.order.slice(rc.order.indexOf(now.called) + 1, rc.order.indexOf(now.called) + 4)
      : rc.passed.slice(1, 4)
    : [];

  async function press(answer: RollCallAnswer) {
    if (!now || busy) return;
    const key = `${vote.id}:${now.called}:${now.round}`;
    let opId = ops.current.get(key);
    if (!opId) {
      opId = crypto.randomUUID();
      ops.current.set(key, opId);
    }
    if (await onAnswer(now.called, answer, opId)) ops.current.delete(key);
  }

  return (
    <section className="roll-call" aria-labelledby="roll-call-h" data-testid="roll-call">
      <Heading id="roll-call-h" className="roll-call__title">
        Roll-call · drawn by lot: {name(rc.drawn)}
        {rc.seed && <span className="muted mono roll-call__seed"> (seed {rc.seed})</span>}
      </Heading>
      {now ? (
        <>
          <p className="roll-call__now" aria-live="polite">
            {now.round === 2 ? 'Called again (passed): ' : 'Now calling: '}
            <strong data-testid="roll-call-called">{name(now.called)}</strong>
          </p>
          <div className="roll-call__answers" role="group" aria-label={`Answer of ${name(now.called)}`}>
            {ANSWERS.map((a) => (
              <button
                key={a.answer}
                type="button"
                className={`button button--large ${a.tone}`}
                disabled={busy}
                onClick={() => void press(a.answer)}
                data-testid={`roll-call-${a.answer}`}
              >
                {a.label}
              </button>
            ))}
          </div>
          <p className="muted roll-call__progress">
            {fmt.number(answered)} of {fmt.number(rc.order.length)} answered
            {upcoming.length > 0 && <> · next: {upcoming.map(name).join(', ')}</>}
            {rc.passed.length > 0 && now.round === 1 && (
              <> · passed, to be called again: {rc.passed.map(name).join(', ')}</>
            )}
          </p>
        </>
      ) : (
        <p className="roll-call__now" data-testid="roll-call-done">
          Every State has been called
          {rc.declined.length > 0 && <> ({rc.declined.map(name).join(', ')} passed twice and did not vote)</>}
          . The vote may be closed.
        </p>
      )}
    </section>
  );
}

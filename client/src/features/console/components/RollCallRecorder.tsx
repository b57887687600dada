import { rollCallCalled, type RollCallAnswer, type VoteSnapshot } from '@plenary/shared';
import { useRef } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { choiceLabel, stateLabel } from '../../live/labels';
import { rich, slot } from '../../../lib/rich';
import '../console.css';

const ANSWERS: { answer: RollCallAnswer; tone: string }[] = [
  { answer: 'yes', tone: 'button--yes' },
  { answer: 'no', tone: 'button--no' },
  { answer: 'abstain', tone: '' },
  { answer: 'pass', tone: 'button--quiet' },
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
  const t = useT();
  const lang = fmt.locale;
  const ops = useRef(new Map<string, string>());
  const rc = vote.rollCall;
  if (!rc) return null;
  const now = rollCallCalled(vote);
  const name = (iso3: string) => stateLabel(lang, vote.eligible.find((e) => e.iso3 === iso3) ?? { iso3 });
  const names = (iso3s: readonly string[]) => fmt.list(iso3s.map(name));
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
        {t('console.rollCall.title', { drawn: name(rc.drawn) })}
        {rc.seed && (
          <span className="muted mono roll-call__seed"> {t('console.rollCall.seed', { seed: rc.seed })}</span>
        )}
      </Heading>
      {now ? (
        <>
          <p className="roll-call__now" aria-live="polite">
            {rich(
              t('console.rollCall.calling', {
                round: now.round === 2 ? 'again' : 'first',
                name: slot('name'),
              }),
              {
                name: <strong data-testid="roll-call-called">{name(now.called)}</strong>,
              },
            )}
          </p>
          <div
            className="roll-call__answers"
            role="group"
            aria-label={t('console.rollCall.answerOf', { name: name(now.called) })}
          >
            {ANSWERS.map((a) => (
              <button
                key={a.answer}
                type="button"
                className={`button button--large ${a.tone}`}
                disabled={busy}
                onClick={() => void press(a.answer)}
                data-testid={`roll-call-${a.answer}`}
              >
                {a.answer === 'pass' ? t('console.rollCall.pass') : choiceLabel(lang, a.answer)}
              </button>
            ))}
          </div>
          <p className="muted roll-call__progress">
            {t('console.rollCall.answered', { answered, total: rc.order.length })}
            {upcoming.length > 0 && ` · ${t('console.rollCall.next', { names: names(upcoming) })}`}
            {rc.passed.length > 0 &&
              now.round === 1 &&
              ` · ${t('console.rollCall.passed', { names: names(rc.passed) })}`}
          </p>
        </>
      ) : (
        <p className="roll-call__now" data-testid="roll-call-done">
          {rc.declined.length > 0
            ? t('console.rollCall.doneDeclined', { names: names(rc.declined), count: rc.declined.length })
            : t('console.rollCall.done')}
        </p>
      )}
    </section>
  );
}

import type { CountProgressView } from '@plenary/shared';
import { useFormat } from '../../../lib/locale/context';
import { RULE_WORDS, countArithmetic, progressPercent, thresholdArithmetic } from '../figures';

interface Props {
  title: string;
  progress: CountProgressView;
  testId: string;
  /** Where the rule comes from, e.g. "Art. 8.5". */
  source: string;
}

/** "N of M needed" with its bar, the threshold's arithmetic and the day it was first met. */
export function CountMeter({ title, progress: p, testId, source }: Props) {
  const fmt = useFormat();
  const pct = progressPercent(p.count, p.required);
  return (
    <section
      className={`proc-meter${p.met ? ' proc-meter--met' : ''}`}
      aria-label={title}
      data-testid={testId}
    >
      <h3 className="proc-meter__title">{title}</h3>
      <p className="proc-meter__figure" aria-live="polite">
        <strong data-testid={`${testId}-count`}>{p.count}</strong> of{' '}
        <strong data-testid={`${testId}-required`}>{p.required}</strong> needed
      </p>
      <p className="proc-meter__rule">
        ({RULE_WORDS[p.rule]}, {source})
      </p>
      <div
        className="proc-meter__track"
        role="progressbar"
        aria-label={`${title}: ${p.count} of ${p.required} needed`}
        aria-valuemin={0}
        aria-valuemax={p.required}
        aria-valuenow={Math.min(p.count, p.required)}
      >
        <span className="proc-meter__fill" style={{ width: `${pct}%` }} />
      </div>
      <p className="proc-meter__status" data-testid={`${testId}-status`}>
        {p.met && p.metOn ? (
          <>
            Threshold reached on <time dateTime={p.metOn}>{fmt.date(p.metOn)}</time>
          </>
        ) : p.met ? (
          'Threshold reached'
        ) : (
          `${p.required - p.count} more needed`
        )}
      </p>
      <dl className="proc-arith">
        <div>
          <dt>Needed</dt>
          <dd className="mono" data-testid={`${testId}-threshold`}>
            {thresholdArithmetic(p)}
          </dd>
        </div>
        {p.count !== p.required && (
          <div>
            <dt>Now</dt>
            <dd className="mono">{countArithmetic(p)}</dd>
          </div>
        )}
      </dl>
      <p className="proc-meter__note muted">
        {p.parties} States Parties on <time dateTime={p.countedOn}>{fmt.date(p.countedOn)}</time>.
      </p>
    </section>
  );
}

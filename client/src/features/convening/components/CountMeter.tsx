import type { CountProgressView } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import { countArithmetic, progressPercent, ruleWords, thresholdArithmetic } from '../figures';
import { SLOT, Sentence, slot } from '../../../lib/components/Sentence';

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
  const t = useT();
  const pct = progressPercent(p.count, p.required);
  return (
    <section
      className={`proc-meter${p.met ? ' proc-meter--met' : ''}`}
      aria-label={title}
      data-testid={testId}
    >
      <h3 className="proc-meter__title">{title}</h3>
      <p className="proc-meter__figure" aria-live="polite">
        <Sentence text={t('procedures.meter.figure', { count: slot(0), required: slot(1) })}>
          <strong data-testid={`${testId}-count`}>{p.count}</strong>
          <strong data-testid={`${testId}-required`}>{p.required}</strong>
        </Sentence>
      </p>
      <p className="proc-meter__rule">
        ({ruleWords(p.rule, t)}, {source})
      </p>
      <div
        className="proc-meter__track"
        role="progressbar"
        aria-label={t('procedures.meter.aria', { title, count: p.count, required: p.required })}
        aria-valuemin={0}
        aria-valuemax={p.required}
        aria-valuenow={Math.min(p.count, p.required)}
      >
        <span className="proc-meter__fill" style={{ width: `${pct}%` }} />
      </div>
      <p className="proc-meter__status" data-testid={`${testId}-status`}>
        {p.met && p.metOn ? (
          <Sentence text={t('procedures.meter.reachedOn', { date: SLOT })}>
            <time dateTime={p.metOn}>{fmt.date(p.metOn)}</time>
          </Sentence>
        ) : p.met ? (
          t('procedures.meter.reached')
        ) : (
          t('procedures.meter.more', { count: p.required - p.count })
        )}
      </p>
      <dl className="proc-arith">
        <div>
          <dt>{t('procedures.meter.needed')}</dt>
          <dd className="mono" data-testid={`${testId}-threshold`}>
            {thresholdArithmetic(p, t)}
          </dd>
        </div>
        {p.count !== p.required && (
          <div>
            <dt>{t('procedures.meter.now')}</dt>
            <dd className="mono">{countArithmetic(p, t)}</dd>
          </div>
        )}
      </dl>
      <p className="proc-meter__note muted">
        <Sentence text={t('procedures.meter.parties', { count: p.parties, date: SLOT })}>
          <time dateTime={p.countedOn}>{fmt.date(p.countedOn)}</time>
        </Sentence>
      </p>
    </section>
  );
}

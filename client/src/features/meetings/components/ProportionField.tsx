import type { Proportion } from '@plenary/shared';
import { useT } from '../../../lib/locale/context';
import type { ProportionDraft } from '../meetingForm';
import '../meetings.css';

interface Props {
  legend: string;
  value: ProportionDraft;
  onChange: (next: ProportionDraft) => void;
  disabled?: boolean;
  errors: Partial<Record<'numerator' | 'denominator' | 'comparison' | 'whole', string>>;
  /** "54 of 161 States Parties", computed by the caller with the shared quorum rule. */
  preview?: string | null;
  testId: string;
}

function valid(d: ProportionDraft): Proportion | null {
  const n = Number(d.numerator);
  const den = Number(d.denominator);
  return Number.isInteger(n) && Number.isInteger(den) && n >= 1 && den >= 1
    ? { comparison: d.comparison, numerator: n, denominator: den }
    : null;
}

/** A quorum as the rules of procedure state it: "more than 1/2" or "at least 1/3" of all States Parties. */
export function ProportionField({ legend, value, onChange, disabled, errors, preview, testId }: Props) {
  const t = useT();
  const p = valid(value);
  const error = errors.whole ?? errors.numerator ?? errors.denominator ?? errors.comparison;
  return (
    <fieldset className="proportion" disabled={disabled} data-testid={testId}>
      <legend>{legend}</legend>
      <div className="proportion__row">
        <select
          aria-label={t('desk.proportion.comparison', { legend })}
          value={value.comparison}
          onChange={(e) => onChange({ ...value, comparison: e.target.value as Proportion['comparison'] })}
        >
          <option value="at-least">{t('desk.proportion.atLeast')}</option>
          <option value="more-than">{t('desk.proportion.moreThan')}</option>
        </select>
        <input
          aria-label={t('desk.proportion.numerator', { legend })}
          inputMode="numeric"
          className="proportion__num"
          value={value.numerator}
          aria-invalid={errors.numerator || errors.whole ? true : undefined}
          onChange={(e) => onChange({ ...value, numerator: e.target.value })}
        />
        <span aria-hidden="true">/</span>
        <input
          aria-label={t('desk.proportion.denominator', { legend })}
          inputMode="numeric"
          className="proportion__num"
          value={value.denominator}
          aria-invalid={errors.denominator || errors.whole ? true : undefined}
          onChange={(e) => onChange({ ...value, denominator: e.target.value })}
        />
        <span className="muted">{t('desk.proportion.ofAll')}</span>
      </div>
      {error ? (
        <p className="field__error">{error}</p>
      ) : (
        <p className="field__hint">
          {p
            ? preview
              ? t('desk.proportion.describeWithPreview', { ...p, preview })
              : t('desk.proportion.describe', { ...p })
            : (preview ?? '')}
        </p>
      )}
    </fieldset>
  );
}

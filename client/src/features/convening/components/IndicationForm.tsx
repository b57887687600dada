import { z } from 'zod';
import { Iso3Schema, IsoDateSchema, type StateView } from '@plenary/shared';
import { stateName } from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { useSubmit } from '../hooks/useSubmit';
import { FormField } from '../../../lib/components/FormField';
import { FormError } from './FormFooter';
import { StatePicker } from './StatePicker';

const BodySchema = z.object({ stateIso3: Iso3Schema, date: IsoDateSchema });

interface Props {
  title: string;
  stateLabel?: string;
  dateLabel: string;
  submitLabel: string;
  states: readonly StateView[];
  today: string;
  hint?: string;
  testId: string;
  onSubmit: (body: { stateIso3: string; date: string }) => Promise<unknown>;
}

/** The secretariat enters one State's act (favour, support, request, acceptance) and its date. */
export function IndicationForm({
  title,
  stateLabel,
  dateLabel,
  submitLabel,
  states,
  today,
  hint,
  testId,
  onSubmit,
}: Props) {
  const t = useT();
  const fmt = useFormat();
  const [stateIso3, setState] = useState('');
  const [date, setDate] = useState(today);
  const [saved, setSaved] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const form = useSubmit(BodySchema, ['stateIso3', 'date'], onSubmit);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const done = await form.submit({ stateIso3, date });
    if (done !== null) {
      const registerName = states.find((s) => s.iso3 === stateIso3)?.name;
      setSaved(
        t('procedures.indication.recorded', {
          name: stateName(stateIso3, fmt.locale, 'short', { registerName }),
        }),
      );
      setState('');
      setRound((r) => r + 1);
    }
  }

  return (
    <form
      className="proc-subform"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid={testId}
      aria-label={title}
    >
      <h4>{title}</h4>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="proc-inline">
        <StatePicker
          key={round}
          label={stateLabel ?? t('procedures.acts.state')}
          states={states}
          value={stateIso3}
          onChange={setState}
          error={form.errors.stateIso3}
          name="stateIso3"
        />
        <FormField label={dateLabel} error={form.errors.date}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="mono"
              value={date}
              max={today}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button button--primary proc-inline__button" disabled={form.busy}>
          {form.busy ? t('procedures.form.recording') : submitLabel}
        </button>
      </div>
      <FormError message={form.formError} />
      {saved && (
        <p className="proc-saved" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}

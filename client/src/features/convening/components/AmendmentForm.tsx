import { useT } from '../../../lib/locale/context';
import {
  CreateAmendmentBodySchema,
  amendmentSupportLastDay,
  deadlineView,
  minimumCount,
  type AmendmentView,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { dateProblem } from '../../../lib/dates';
import { createAmendment } from '../api';
import { thresholdArithmetic } from '../figures';
import type { Reference } from '../hooks/useReference';
import { useSubmit } from '../hooks/useSubmit';
import { Deadline } from './Deadline';
import { FormField } from '../../../lib/components/FormField';
import { FormFooter } from './FormFooter';
import { StatePicker } from './StatePicker';

/** Art. 13.1: a proposed amendment and the day the Depositary circulated it. */
export function AmendmentForm({
  reference,
  onCreated,
  onCancel,
}: {
  reference: Reference;
  onCreated: (a: AmendmentView) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [proposedBy, setProposer] = useState('');
  const [text, setText] = useState('');
  const [circulatedOn, setCirculated] = useState(reference.today);
  const form = useSubmit(CreateAmendmentBodySchema, ['proposedBy', 'text', 'circulatedOn'], createAmendment);
  const due =
    dateProblem(circulatedOn) === null
      ? deadlineView(amendmentSupportLastDay(circulatedOn), reference.today)
      : null;
  const majority = minimumCount('majority-of-parties', reference.parties);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await form.submit({ proposedBy, text, circulatedOn });
    if (created) onCreated(created);
  }

  return (
    <form
      className="card form proc-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="amend-form-h"
      data-testid="amendment-form"
    >
      <h2 id="amend-form-h">{t('procedures.amendForm.title')}</h2>
      <StatePicker
        label={t('procedures.amendForm.proposedBy')}
        states={reference.states.filter((s) => s.status === 'party')}
        value={proposedBy}
        onChange={setProposer}
        error={form.errors.proposedBy}
      />
      <FormField label={t('procedures.amendForm.text')} error={form.errors.text}>
        {(p) => <textarea {...p} rows={5} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <FormField label={t('procedures.amendForm.circulatedOn')} error={form.errors.circulatedOn}>
        {(p) => (
          <input
            {...p}
            type="date"
            className="mono"
            value={circulatedOn}
            max={reference.today}
            onChange={(e) => setCirculated(e.target.value)}
          />
        )}
      </FormField>
      {due && (
        <div className="effect">
          <dl className="proc-deadlines">
            <Deadline label={t('procedures.amendForm.supportBy')} deadline={due} />
          </dl>
          <p className="proc-arithmetic">
            {t('procedures.meter.neededColon')}{' '}
            {thresholdArithmetic(
              {
                rule: 'majority-of-parties',
                required: majority.minimum,
                parties: reference.parties,
              },
              t,
            )}
          </p>
        </div>
      )}
      <FormFooter
        error={form.formError}
        busy={form.busy}
        submitLabel={t('procedures.amendForm.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

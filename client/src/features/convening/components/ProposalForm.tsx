import { useFormat, useT } from '../../../lib/locale/context';
import {
  CreateSpecialMeetingProposalBodySchema,
  minimumCount,
  type ClarificationView,
  type SpecialMeetingProposalView,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { dateProblem } from '../../../lib/dates';
import { createProposal } from '../api';
import { specialMeetingPreview, thresholdArithmetic } from '../figures';
import type { Reference } from '../hooks/useReference';
import { useSubmit } from '../hooks/useSubmit';
import { Deadline } from './Deadline';
import { FormField } from '../../../lib/components/FormField';
import { FormFooter } from './FormFooter';
import { StatesPicker } from './StatePicker';

interface Props {
  reference: Reference;
  clarifications: readonly ClarificationView[];
  onCreated: (p: SpecialMeetingProposalView) => void;
  onCancel: () => void;
}

/** Art. 8.3-8.5: the proposal, and the date the Secretary-General communicated it to all States Parties. */
export function ProposalForm({ reference, clarifications, onCreated, onCancel }: Props) {
  const t = useT();
  const fmt = useFormat();
  const [requestingStates, setRequesting] = useState<string[]>([]);
  const [matter, setMatter] = useState('');
  const [communicatedOn, setCommunicated] = useState(reference.today);
  const [clarificationId, setClarification] = useState('');
  const form = useSubmit(
    CreateSpecialMeetingProposalBodySchema,
    ['requestingStates', 'matter', 'communicatedOn', 'clarificationId'],
    createProposal,
  );
  const parties = reference.states.filter((s) => s.status === 'party');
  const preview =
    dateProblem(communicatedOn) === null ? specialMeetingPreview(communicatedOn, reference.today) : null;
  const threshold = minimumCount('one-third-of-parties', reference.parties);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await form.submit({
      requestingStates,
      matter,
      communicatedOn,
      clarificationId: clarificationId || null,
    });
    if (created) onCreated(created);
  }

  return (
    <form
      className="card form proc-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="proposal-form-h"
      data-testid="proposal-form"
    >
      <h2 id="proposal-form-h">{t('procedures.propForm.title')}</h2>
      <p className="field__hint">
        Art. 8.5: the Special Meeting is convened if at least one-third of all States Parties favour it within
        14 days of the Secretary-General’s communication.
      </p>
      <StatesPicker
        label={t('procedures.propForm.requesting')}
        states={parties}
        value={requestingStates}
        onChange={setRequesting}
        error={form.errors.requestingStates}
      />
      <FormField
        label={t('procedures.propForm.matter')}
        error={form.errors.matter}
        hint={t('procedures.propForm.matterHint')}
      >
        {(p) => (
          <textarea
            {...p}
            name="matter"
            rows={3}
            value={matter}
            onChange={(e) => setMatter(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-grid">
        <FormField label={t('procedures.propForm.communicatedOn')} error={form.errors.communicatedOn}>
          {(p) => (
            <input
              {...p}
              type="date"
              name="communicatedOn"
              className="mono"
              value={communicatedOn}
              max={reference.today}
              onChange={(e) => setCommunicated(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('procedures.propForm.fromClarification')} error={form.errors.clarificationId}>
          {(p) => (
            <select {...p} value={clarificationId} onChange={(e) => setClarification(e.target.value)}>
              <option value="">{t('procedures.propForm.none')}</option>
              {clarifications.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('procedures.propForm.clarificationOption', {
                    state: reference.nameOf(c.requestedState),
                    date: fmt.dateShort(c.submittedOn),
                  })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {preview && (
        <div className="effect" data-testid="proposal-preview">
          <dl className="proc-deadlines">
            <Deadline label={t('procedures.propForm.favourBy')} deadline={preview.favourBy} />
            <Deadline label={t('procedures.propForm.conveneBy')} deadline={preview.conveneBy} />
          </dl>
          <p className="proc-arithmetic">
            {t('procedures.meter.neededColon')}{' '}
            {thresholdArithmetic(
              {
                rule: 'one-third-of-parties',
                required: threshold.minimum,
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
        submitLabel={t('procedures.propForm.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

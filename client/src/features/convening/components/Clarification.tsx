import {
  ClarificationResponseBodySchema,
  CreateClarificationBodySchema,
  clarificationResponseDue,
  deadlineView,
  type ClarificationView,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { dateProblem } from '../../../lib/dates';
import { useFormat, useT } from '../../../lib/locale/context';
import { createClarification, respondToClarification } from '../api';
import type { Reference } from '../hooks/useReference';
import { useSubmit } from '../hooks/useSubmit';
import { Deadline } from './Deadline';
import { FormField } from '../../../lib/components/FormField';
import { FormError, FormFooter } from './FormFooter';
import { StatePicker, StatesPicker } from './StatePicker';

/** Art. 8.2: a Request for Clarification, answered within 28 days of its receipt. */
export function ClarificationForm({
  reference,
  onCreated,
  onCancel,
}: {
  reference: Reference;
  onCreated: (c: ClarificationView) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [requestingStates, setRequesting] = useState<string[]>([]);
  const [requestedState, setRequested] = useState('');
  const [submittedOn, setSubmitted] = useState(reference.today);
  const [receivedOn, setReceived] = useState('');
  const [information, setInformation] = useState('');
  const form = useSubmit(
    CreateClarificationBodySchema,
    ['requestingStates', 'requestedState', 'submittedOn', 'receivedOn', 'information'],
    createClarification,
  );
  const parties = reference.states.filter((s) => s.status === 'party');
  const from = receivedOn || submittedOn;
  const due =
    dateProblem(from) === null ? deadlineView(clarificationResponseDue(from), reference.today) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await form.submit({
      requestingStates,
      requestedState,
      submittedOn,
      receivedOn: receivedOn || undefined,
      information,
    });
    if (created) onCreated(created);
  }

  return (
    <form
      className="card form proc-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="clar-form-h"
      data-testid="clarification-form"
    >
      <h2 id="clar-form-h">{t('procedures.clar.formTitle')}</h2>
      <StatesPicker
        label={t('procedures.propForm.requesting')}
        states={parties}
        value={requestingStates}
        onChange={setRequesting}
        error={form.errors.requestingStates}
      />
      <StatePicker
        label={t('procedures.clar.requested')}
        states={parties}
        value={requestedState}
        onChange={setRequested}
        error={form.errors.requestedState}
      />
      <div className="form-grid">
        <FormField label={t('procedures.extForm.submittedOn')} error={form.errors.submittedOn}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="mono"
              value={submittedOn}
              max={reference.today}
              onChange={(e) => setSubmitted(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('procedures.clar.receivedBy')}
          error={form.errors.receivedOn}
          hint={t('procedures.clar.receivedHint')}
        >
          {(p) => (
            <input
              {...p}
              type="date"
              className="mono"
              value={receivedOn}
              max={reference.today}
              onChange={(e) => setReceived(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormField
        label={t('procedures.clar.information')}
        error={form.errors.information}
        hint={t('procedures.clar.informationHint')}
      >
        {(p) => (
          <textarea {...p} rows={4} value={information} onChange={(e) => setInformation(e.target.value)} />
        )}
      </FormField>
      {due && (
        <dl className="proc-deadlines effect">
          <Deadline label={t('procedures.clar.answerDue')} deadline={due} />
        </dl>
      )}
      <FormFooter
        error={form.formError}
        busy={form.busy}
        submitLabel={t('procedures.extForm.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

function ResponseForm({
  c,
  today,
  onChanged,
}: {
  c: ClarificationView;
  today: string;
  onChanged: (c: ClarificationView) => void;
}) {
  const t = useT();
  const [receivedOn, setReceived] = useState(today);
  const [text, setText] = useState('');
  const form = useSubmit(ClarificationResponseBodySchema, ['receivedOn', 'text'], (body) =>
    respondToClarification(c.id, body),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await form.submit({ receivedOn, text });
    if (done) onChanged(done);
  }
  return (
    <form
      className="proc-subform"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="resp-h"
      data-testid="response-form"
    >
      <h4 id="resp-h">{t('procedures.clar.responseTitle')}</h4>
      <FormField label={t('procedures.clar.receivedOn')} error={form.errors.receivedOn}>
        {(p) => (
          <input
            {...p}
            type="date"
            className="mono"
            value={receivedOn}
            max={today}
            onChange={(e) => setReceived(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('procedures.clar.response')} error={form.errors.text}>
        {(p) => <textarea {...p} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <FormError message={form.formError} />
      <button type="submit" className="button button--primary" disabled={form.busy}>
        {form.busy ? t('procedures.form.recording') : t('procedures.clar.responseTitle')}
      </button>
    </form>
  );
}

export function ClarificationDetail({
  c,
  reference,
  canWrite,
  onChanged,
}: {
  c: ClarificationView;
  reference: Reference;
  canWrite: boolean;
  onChanged: (c: ClarificationView) => void;
}) {
  const fmt = useFormat();
  const t = useT();
  return (
    <article className="card proc-detail" aria-labelledby="clar-h" data-testid="clarification-detail">
      <p className="proc-kicker">{t('procedures.clar.kicker')}</p>
      <h2 id="clar-h">{t('procedures.special.to', { name: reference.nameOf(c.requestedState) })}</h2>
      <p className="muted">
        {t('procedures.clar.from', {
          states: fmt.list(c.requestingStates.map(reference.nameOf)),
          submitted: fmt.date(c.submittedOn),
          received: fmt.date(c.receivedOn),
        })}
      </p>
      <p className="proc-matter">{c.information}</p>
      <dl className="proc-deadlines">
        <Deadline
          label={t('procedures.clar.answerDue28')}
          deadline={c.responseDue}
          testId="response-due"
          note={c.response ? t('procedures.clar.answeredNote') : undefined}
        />
      </dl>
      {c.response ? (
        <section
          className={`proc-response ${c.response.inTime ? 'proc-response--ok' : 'proc-response--late'}`}
        >
          <h3>
            {t('procedures.clar.responseReceived', {
              date: fmt.date(c.response.receivedOn),
              inTime: c.response.inTime ? 'yes' : 'no',
            })}
          </h3>
          <p>{c.response.text}</p>
        </section>
      ) : canWrite ? (
        <ResponseForm c={c} today={reference.today} onChanged={onChanged} />
      ) : (
        <p className="muted">{t('procedures.clar.noResponse')}</p>
      )}
    </article>
  );
}

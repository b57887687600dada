import {
  ClarificationResponseBodySchema,
  CreateClarificationBodySchema,
  clarificationResponseDue,
  deadlineView,
  type ClarificationView,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { dateProblem } from '../../../lib/dates';
import { useFormat } from '../../../lib/locale/context';
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
      <h2 id="clar-form-h">Record a Request for Clarification</h2>
      <StatesPicker
        label="Requesting State(s)"
        states={parties}
        value={requestingStates}
        onChange={setRequesting}
        error={form.errors.requestingStates}
      />
      <StatePicker
        label="Requested State"
        states={parties}
        value={requestedState}
        onChange={setRequested}
        error={form.errors.requestedState}
      />
      <div className="form-grid">
        <FormField label="Submitted on" error={form.errors.submittedOn}>
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
          label="Received by the requested State on"
          error={form.errors.receivedOn}
          hint="Through the Secretary-General; blank means the day it was submitted."
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
        label="Information"
        error={form.errors.information}
        hint="The information the request is accompanied by (Art. 8.2)."
      >
        {(p) => (
          <textarea {...p} rows={4} value={information} onChange={(e) => setInformation(e.target.value)} />
        )}
      </FormField>
      {due && (
        <dl className="proc-deadlines effect">
          <Deadline label="Answer due (receipt + 28 days, Art. 8.2)" deadline={due} />
        </dl>
      )}
      <FormFooter
        error={form.formError}
        busy={form.busy}
        submitLabel="Record the request"
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
      <h4 id="resp-h">Record the response</h4>
      <FormField label="Received on" error={form.errors.receivedOn}>
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
      <FormField label="Response" error={form.errors.text}>
        {(p) => <textarea {...p} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <FormError message={form.formError} />
      <button type="submit" className="button button--primary" disabled={form.busy}>
        Record the response
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
  return (
    <article className="card proc-detail" aria-labelledby="clar-h" data-testid="clarification-detail">
      <p className="proc-kicker">Request for Clarification · Art. 8.2</p>
      <h2 id="clar-h">To {reference.nameOf(c.requestedState)}</h2>
      <p className="muted">
        From {c.requestingStates.map(reference.nameOf).join(', ')} · submitted {fmt.date(c.submittedOn)} ·
        received {fmt.date(c.receivedOn)}
      </p>
      <p className="proc-matter">{c.information}</p>
      <dl className="proc-deadlines">
        <Deadline
          label="Answer due (28 days from receipt)"
          deadline={c.responseDue}
          testId="response-due"
          note={c.response ? 'answered' : undefined}
        />
      </dl>
      {c.response ? (
        <section
          className={`proc-response ${c.response.inTime ? 'proc-response--ok' : 'proc-response--late'}`}
        >
          <h3>
            Response received {fmt.date(c.response.receivedOn)}: {c.response.inTime ? 'in time' : 'late'}
          </h3>
          <p>{c.response.text}</p>
        </section>
      ) : canWrite ? (
        <ResponseForm c={c} today={reference.today} onChanged={onChanged} />
      ) : (
        <p className="muted">No response recorded yet.</p>
      )}
    </article>
  );
}

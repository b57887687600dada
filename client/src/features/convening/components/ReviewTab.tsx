import { CreateReviewConferenceBodySchema, type MeetingView } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { explainIn } from '../../../lib/explain';
import { useFormat, useT } from '../../../lib/locale/context';
import { keys } from '../../../lib/query/keys';
import { createReviewConference, reviewTimingQuery } from '../api';
import type { Reference } from '../hooks/useReference';
import { useSubmit } from '../hooks/useSubmit';
import { FormField } from '../../../lib/components/FormField';
import { FormError } from './FormFooter';
import { LoadState } from './ProcList';
import { StatesPicker } from './StatePicker';

function ReviewForm({
  reference,
  earliest,
  onCreated,
}: {
  reference: Reference;
  earliest: string;
  onCreated: (m: MeetingView) => void;
}) {
  const fmt = useFormat();
  const t = useT();
  const [requestingStates, setRequesting] = useState<string[]>([]);
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [venue, setVenue] = useState('Geneva');
  const [startDate, setStart] = useState(earliest);
  const [endDate, setEnd] = useState(earliest);
  const form = useSubmit(
    CreateReviewConferenceBodySchema,
    ['requestingStates', 'number', 'title', 'venue', 'startDate', 'endDate'],
    createReviewConference,
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = await form.submit({
      requestingStates,
      number: number.trim() ? Number(number) : null,
      title,
      venue,
      startDate,
      endDate,
    });
    if (m) onCreated(m);
  }

  return (
    <form
      className="card form proc-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="rc-form-h"
      data-testid="review-form"
    >
      <h2 id="rc-form-h">{t('procedures.review.formTitle')}</h2>
      <StatesPicker
        label={t('procedures.review.requestedBy')}
        states={reference.states.filter((s) => s.status === 'party')}
        value={requestingStates}
        onChange={setRequesting}
        error={form.errors.requestingStates}
      />
      <div className="form-grid">
        <FormField
          label={t('procedures.conf.titleField')}
          error={form.errors.title}
          className="form-grid__wide"
        >
          {(p) => (
            <input
              {...p}
              name="title"
              value={title}
              placeholder={t('procedures.review.placeholder')}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('procedures.review.number')} error={form.errors.number}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={99}
              value={number}
              onChange={(e) => setNumber(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('procedures.convene.venue')} error={form.errors.venue}>
          {(p) => <input {...p} value={venue} onChange={(e) => setVenue(e.target.value)} />}
        </FormField>
        <FormField
          label={t('procedures.convene.firstDay')}
          error={form.errors.startDate}
          hint={t('procedures.review.noEarlier', { date: fmt.date(earliest) })}
        >
          {(p) => (
            <input
              {...p}
              type="date"
              name="startDate"
              className="mono"
              value={startDate}
              onChange={(e) => setStart(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('procedures.convene.lastDay')} error={form.errors.endDate}>
          {(p) => (
            <input
              {...p}
              type="date"
              name="endDate"
              className="mono"
              value={endDate}
              onChange={(e) => setEnd(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormError message={form.formError} />
      <button type="submit" className="button button--primary" disabled={form.busy}>
        {form.busy ? t('procedures.review.busy') : t('procedures.review.submit')}
      </button>
    </form>
  );
}

/** Art. 12: Review Conferences at least five years apart; an earlier date is refused by the server. */
export function ReviewTab({ reference, canWrite }: { reference: Reference; canWrite: boolean }) {
  const fmt = useFormat();
  const tr = useT();
  const qc = useQueryClient();
  const timing = useQuery(reviewTimingQuery());
  const [scheduled, setScheduled] = useState<MeetingView | null>(null);
  if (!timing.data) {
    return (
      <LoadState
        status={timing.isError ? 'error' : 'loading'}
        error={timing.error}
        what={tr('procedures.loadError', { what: 'review' })}
        whatCode="review"
        onRetry={() => void timing.refetch()}
      />
    );
  }
  const t = timing.data;
  return (
    <div className="proc-layout proc-layout--review">
      <section className="card proc-detail" aria-labelledby="rc-h" data-testid="review-timing">
        <p className="proc-kicker">{tr('procedures.review.kicker')}</p>
        <h2 id="rc-h">{tr('procedures.review.earliest')}</h2>
        <p className="proc-big-date" data-testid="review-earliest">
          <time dateTime={t.earliest}>{fmt.date(t.earliest)}</time>
        </p>
        <p className="proc-explain">{explainIn(fmt.locale, t)}</p>
        {t.previous && (
          <p className="muted">
            {tr('procedures.review.previous', {
              name: t.previous.code ?? tr('procedures.review.defaultName'),
              date: fmt.date(t.previous.startDate),
              history: t.previous.meetingId ? 'no' : 'yes',
            })}
          </p>
        )}
        {scheduled && (
          <p className="proc-saved" role="status">
            {tr('procedures.review.scheduled', {
              title: scheduled.title,
              code: scheduled.code,
              venue: scheduled.venue,
              date: fmt.date(scheduled.startDate),
            })}
          </p>
        )}
      </section>
      {canWrite && (
        <ReviewForm
          key={t.earliest}
          reference={reference}
          earliest={t.earliest}
          onCreated={(m) => {
            setScheduled(m);
            void qc.invalidateQueries({ queryKey: keys.convening.reviewTiming() });
            void qc.invalidateQueries({ queryKey: keys.meetings.list() });
          }}
        />
      )}
    </div>
  );
}

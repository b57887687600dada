import {
  ScheduleAmendmentConferenceBodySchema,
  amendmentConferenceStart,
  maxIsoDate,
  nextMspOrReviewConference,
  type AmendmentView,
  type MeetingView,
  type QuestionView,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { SLOT, Sentence } from '../../../lib/components/Sentence';
import { recordAdoption, scheduleConference } from '../api';
import { useSubmit } from '../hooks/useSubmit';
import { FormField } from '../../../lib/components/FormField';
import { FormError } from './FormFooter';
import { AmendmentAdoptionBodySchema } from '@plenary/shared';

interface Props {
  amendment: AmendmentView;
  meetings: readonly MeetingView[];
  today: string;
  onChanged: (a: AmendmentView) => void;
}

/** Art. 13.3: where the conference lands: the day after the next MSP or Review Conference ends. */
export function conferenceLanding(
  a: AmendmentView,
  meetings: readonly MeetingView[],
  today: string,
): { start: string; after: MeetingView } | null {
  if (!a.support.metOn) return null;
  const next = nextMspOrReviewConference(meetings, maxIsoDate(a.support.metOn, today));
  return next ? { start: amendmentConferenceStart(next), after: next } : null;
}

export function ScheduleConferenceForm({ amendment: a, meetings, today, onChanged }: Props) {
  const fmt = useFormat();
  const t = useT();
  const earlier = a.earlierRequest.met;
  const landing = conferenceLanding(a, meetings, today);
  const [title, setTitle] = useState(() => t('procedures.amend.conference'));
  const [venue, setVenue] = useState(landing?.after.venue ?? 'Geneva');
  const [days, setDays] = useState('1');
  const [startDate, setStart] = useState(today);
  const form = useSubmit(
    ScheduleAmendmentConferenceBodySchema,
    ['title', 'venue', 'startDate', 'days'],
    (body) => scheduleConference(a.id, body),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await form.submit({
      title,
      venue,
      days: Number(days),
      startDate: earlier ? startDate : undefined,
    });
    if (done) onChanged(done);
  }

  return (
    <form
      className="proc-subform proc-subform--action"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="conf-h"
      data-testid="conference-form"
    >
      <h4 id="conf-h">{t('procedures.conf.title')}</h4>
      {earlier ? (
        <p className="field__hint">{t('procedures.conf.earlier')}</p>
      ) : landing ? (
        <p className="proc-explain" data-testid="conference-landing">
          <Sentence
            text={t('procedures.conf.landing', {
              date: SLOT,
              meeting: landing.after.title,
              start: fmt.date(landing.after.startDate),
              end: fmt.date(landing.after.endDate),
            })}
          >
            <strong>{fmt.date(landing.start)}</strong>
          </Sentence>
        </p>
      ) : (
        <p className="warning">{t('procedures.conf.noneScheduled')}</p>
      )}
      <div className="form-grid">
        <FormField label={t('procedures.conf.titleField')} error={form.errors.title}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
        <FormField label={t('procedures.convene.venue')} error={form.errors.venue}>
          {(p) => <input {...p} value={venue} onChange={(e) => setVenue(e.target.value)} />}
        </FormField>
        <FormField label={t('procedures.conf.days')} error={form.errors.days}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={30}
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          )}
        </FormField>
        {earlier && (
          <FormField label={t('procedures.convene.firstDay')} error={form.errors.startDate}>
            {(p) => (
              <input
                {...p}
                type="date"
                className="mono"
                min={today}
                value={startDate}
                onChange={(e) => setStart(e.target.value)}
              />
            )}
          </FormField>
        )}
      </div>
      <FormError message={form.formError} />
      <button type="submit" className="button button--primary" disabled={form.busy || (!earlier && !landing)}>
        {t('procedures.conf.submit')}
      </button>
    </form>
  );
}

/** Art. 13.4: the adoption, read from the conference's decided question. */
export function AdoptionForm({
  amendment: a,
  questions,
  onChanged,
}: {
  amendment: AmendmentView;
  questions: readonly QuestionView[];
  onChanged: (a: AmendmentView) => void;
}) {
  const t = useT();
  const candidates = questions.filter((q) => q.matter === 'art13-amendment' && q.status === 'adopted');
  const [questionId, setQuestion] = useState(candidates[0]?.id ?? '');
  const form = useSubmit(AmendmentAdoptionBodySchema, ['questionId'], (body) =>
    recordAdoption(a.id, body.questionId),
  );
  if (candidates.length === 0) {
    return <p className="muted">{t('procedures.conf.adoptionWaiting')}</p>;
  }
  return (
    <form
      className="proc-subform"
      noValidate
      aria-labelledby="adopt-h"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ questionId }).then((done) => done && onChanged(done));
      }}
    >
      <h4 id="adopt-h">{t('procedures.conf.adoptionTitle')}</h4>
      <FormField label={t('procedures.conf.decision')} error={form.errors.questionId}>
        {(p) => (
          <select {...p} value={questionId} onChange={(e) => setQuestion(e.target.value)}>
            {candidates.map((q) => (
              <option key={q.id} value={q.id}>
                {t('procedures.conf.option', {
                  text: q.text,
                  by: q.decidedBy === 'consensus' ? 'consensus' : 'vote',
                })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormError message={form.formError} />
      <button type="submit" className="button button--primary" disabled={form.busy}>
        {t('procedures.conf.adoptionTitle')}
      </button>
    </form>
  );
}

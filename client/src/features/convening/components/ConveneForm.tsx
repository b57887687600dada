import {
  ConveneSpecialMeetingBodySchema,
  type ConvenedMeeting,
  type SpecialMeetingProposalView,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { conveneSpecialMeeting } from '../api';
import { useSubmit } from '../hooks/useSubmit';
import { FormField } from '../../../lib/components/FormField';
import { FormError } from './FormFooter';

interface Props {
  proposal: SpecialMeetingProposalView;
  today: string;
  onConvened: (c: ConvenedMeeting) => void;
}

/** Art. 8.5: once one-third favoured it in time, the Special Meeting starts by D + 28. */
export function ConveneForm({ proposal, today, onConvened }: Props) {
  const fmt = useFormat();
  const t = useT();
  const first = proposal.progress.metOn && proposal.progress.metOn > today ? proposal.progress.metOn : today;
  const [title, setTitle] = useState('');
  const [venue, setVenue] = useState('Geneva');
  const [startDate, setStart] = useState(proposal.conveneBy.lastDay);
  const [endDate, setEnd] = useState(proposal.conveneBy.lastDay);
  const form = useSubmit(
    ConveneSpecialMeetingBodySchema,
    ['title', 'venue', 'startDate', 'endDate'],
    (body) => conveneSpecialMeeting(proposal.id, body),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await form.submit({ title: title.trim() || undefined, venue, startDate, endDate });
    if (done) onConvened(done);
  }

  return (
    <form
      className="proc-subform proc-subform--action"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="convene-h"
      data-testid="convene-form"
    >
      <h4 id="convene-h">{t('procedures.convene.title')}</h4>
      <p className="field__hint">
        {t('procedures.convene.hint', {
          first: fmt.date(first),
          last: fmt.date(proposal.conveneBy.lastDay),
        })}
      </p>
      <div className="form-grid">
        <FormField
          label={t('procedures.convene.titleField')}
          error={form.errors.title}
          className="form-grid__wide"
        >
          {(p) => (
            <input
              {...p}
              name="title"
              value={title}
              placeholder={t('procedures.convene.titlePlaceholder')}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('procedures.convene.venue')} error={form.errors.venue}>
          {(p) => <input {...p} name="venue" value={venue} onChange={(e) => setVenue(e.target.value)} />}
        </FormField>
        <FormField label={t('procedures.convene.firstDay')} error={form.errors.startDate}>
          {(p) => (
            <input
              {...p}
              type="date"
              name="startDate"
              className="mono"
              min={first}
              max={proposal.conveneBy.lastDay}
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
              min={startDate}
              value={endDate}
              onChange={(e) => setEnd(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormError message={form.formError} />
      <button type="submit" className="button button--primary button--large" disabled={form.busy}>
        {form.busy ? t('procedures.convene.busy') : t('procedures.convene.title')}
      </button>
    </form>
  );
}

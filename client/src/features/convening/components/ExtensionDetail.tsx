import { stateName, type ExtensionRequestView, type MeetingView } from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../lib/api';
import { useFormat, useT } from '../../../lib/locale/context';
import { SLOT, Sentence } from '../../../lib/components/Sentence';
import { questionsQuery } from '../../meetings/api';
import { clearanceQuery, decideExtension } from '../api';
import { Deadline } from './Deadline';
import { FormField } from '../../../lib/components/FormField';

const STATUS = { pending: 'suspended', granted: 'open', refused: 'closed' } as const;

/** One request: its placement on the agenda, the decision, and the State's clearance deadline. */
export function ExtensionDetail({
  request: r,
  meeting,
  canWrite,
  onChanged,
}: {
  request: ExtensionRequestView;
  meeting: MeetingView | null;
  canWrite: boolean;
  onChanged: (r: ExtensionRequestView) => void;
}) {
  const fmt = useFormat();
  const t = useT();
  const name = stateName(r.stateIso3, fmt.locale, 'short', { registerName: r.stateName });
  const deadline = useQuery(clearanceQuery(r.stateIso3));
  const questions = useQuery({ ...questionsQuery(r.meetingId), enabled: canWrite && r.status === 'pending' });
  const decided = questions.data
    ? questions.data.filter(
        (q) => q.matter === 'art5-extension' && (q.status === 'adopted' || q.status === 'rejected'),
      )
    : [];
  const [questionId, setQuestion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const item = meeting?.agenda.find((a) => a.id === r.agendaItemId);
  const meetingName = meeting
    ? t('procedures.ext.meeting', { title: meeting.title, date: fmt.date(meeting.startDate) })
    : t('procedures.ext.nextMeeting');

  async function decide(body: { questionId: string } | { adopted: boolean }) {
    setError(null);
    try {
      onChanged(await decideExtension(r.id, body));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <article className="card proc-detail" aria-labelledby="ext-h" data-testid="extension-detail">
      <header className="proc-detail__head">
        <div>
          <p className="proc-kicker">{t('procedures.ext.kicker', { renewal: r.renewal ? 'yes' : 'no' })}</p>
          <h2 id="ext-h">{name}</h2>
          <p className="muted">{t('procedures.ext.submitted', { date: fmt.date(r.submittedOn) })}</p>
        </div>
        <span className={`status-pill status-pill--${STATUS[r.status]}`} data-testid="extension-status">
          {r.status !== 'pending' && r.decidedOn
            ? t('procedures.ext.statusOn', { status: r.status, date: fmt.date(r.decidedOn) })
            : t('procedures.ext.status', { status: r.status })}
        </span>
      </header>
      <p className="effect__count">
        <Sentence
          text={t('procedures.ext.span', { years: r.years, from: fmt.date(r.currentDeadline), to: SLOT })}
        >
          <strong>{fmt.date(r.requestedDeadline)}</strong>
        </Sentence>
      </p>
      <dl className="proc-deadlines">
        {deadline.data ? (
          <Deadline
            label={t('procedures.ext.clearance', { name })}
            deadline={deadline.data.deadline}
            testId="clearance-deadline"
          />
        ) : deadline.isError ? (
          <p className="muted">
            {deadline.error instanceof ApiError && deadline.error.status === 404
              ? t('procedures.ext.noClearance', { name })
              : deadline.error.message}
          </p>
        ) : null}
      </dl>
      <section>
        <h3>{t('procedures.ext.agenda')}</h3>
        <p>
          {item
            ? t('procedures.ext.agendaItemLine', {
                meeting: meetingName,
                position: fmt.number(item.position),
                title: item.title,
              })
            : t('procedures.ext.agendaLine', { meeting: meetingName })}
        </p>
      </section>
      <section>
        <h3>{t('procedures.ext.contents')}</h3>
        <p className="proc-matter">{r.contents}</p>
        {r.previousExtension && (
          <>
            <h3>{t('procedures.ext.previous')}</h3>
            <p className="proc-matter">{r.previousExtension}</p>
          </>
        )}
      </section>
      {canWrite && r.status === 'pending' && (
        <div className="proc-subform" data-testid="decision-form">
          <h4>{t('procedures.ext.recordDecision')}</h4>
          {decided.length > 0 && (
            <div className="proc-inline">
              <FormField label={t('procedures.ext.fromQuestion')}>
                {(p) => (
                  <select {...p} value={questionId} onChange={(e) => setQuestion(e.target.value)}>
                    <option value="">{t('procedures.ext.choose')}</option>
                    {decided.map((q) => (
                      <option key={q.id} value={q.id}>
                        {t('procedures.ext.questionOption', { text: q.text, status: q.status })}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <button
                type="button"
                className="button button--primary proc-inline__button"
                disabled={!questionId}
                onClick={() => void decide({ questionId })}
              >
                {t('procedures.ext.recordFromQuestion')}
              </button>
            </div>
          )}
          <div className="actions">
            <button type="button" className="button" onClick={() => void decide({ adopted: true })}>
              {t('procedures.ext.granted')}
            </button>
            <button type="button" className="button" onClick={() => void decide({ adopted: false })}>
              {t('procedures.ext.refused')}
            </button>
          </div>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </article>
  );
}

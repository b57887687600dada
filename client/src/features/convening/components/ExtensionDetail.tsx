import type { ExtensionRequestView, MeetingView } from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../lib/api';
import { useFormat } from '../../../lib/locale/context';
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
          <p className="proc-kicker">Extension request · Art. 5{r.renewal ? ' · renewal (Art. 5.6)' : ''}</p>
          <h2 id="ext-h">{r.stateName}</h2>
          <p className="muted">Submitted {fmt.date(r.submittedOn)}</p>
        </div>
        <span className={`status-pill status-pill--${STATUS[r.status]}`} data-testid="extension-status">
          {r.status === 'pending'
            ? 'Pending'
            : `${r.status === 'granted' ? 'Granted' : 'Refused'}${r.decidedOn ? ` on ${fmt.date(r.decidedOn)}` : ''}`}
        </span>
      </header>
      <p className="effect__count">
        {fmt.plural(r.years, { one: '# year', other: '# years' })}: from {fmt.date(r.currentDeadline)} to{' '}
        <strong>{fmt.date(r.requestedDeadline)}</strong>
      </p>
      <dl className="proc-deadlines">
        {deadline.data ? (
          <Deadline
            label={`${r.stateName}’s clearance deadline (as recorded)`}
            deadline={deadline.data.deadline}
            testId="clearance-deadline"
          />
        ) : deadline.isError ? (
          <p className="muted">
            {deadline.error instanceof ApiError && deadline.error.status === 404
              ? `No clearance deadline recorded for ${r.stateName}: it is recorded when an extension is granted.`
              : deadline.error.message}
          </p>
        ) : null}
      </dl>
      <section>
        <h3>On the agenda</h3>
        <p>
          {meeting
            ? `${meeting.title} (${fmt.date(meeting.startDate)})`
            : 'The next Meeting of the States Parties'}
          {item && (
            <>
              : item {item.position}, “{item.title}”
            </>
          )}
          . Decided by a majority of States Parties present and voting (Art. 5.5).
        </p>
      </section>
      <section>
        <h3>Contents (Art. 5.4)</h3>
        <p className="proc-matter">{r.contents}</p>
        {r.previousExtension && (
          <>
            <h3>Under the previous extension (Art. 5.6)</h3>
            <p className="proc-matter">{r.previousExtension}</p>
          </>
        )}
      </section>
      {canWrite && r.status === 'pending' && (
        <div className="proc-subform" data-testid="decision-form">
          <h4>Record the decision</h4>
          {decided.length > 0 && (
            <div className="proc-inline">
              <FormField label="From the meeting’s decided question">
                {(p) => (
                  <select {...p} value={questionId} onChange={(e) => setQuestion(e.target.value)}>
                    <option value="">Choose…</option>
                    {decided.map((q) => (
                      <option key={q.id} value={q.id}>
                        {q.text} ({q.status})
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
                Record from the question
              </button>
            </div>
          )}
          <div className="actions">
            <button type="button" className="button" onClick={() => void decide({ adopted: true })}>
              Granted
            </button>
            <button type="button" className="button" onClick={() => void decide({ adopted: false })}>
              Refused
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

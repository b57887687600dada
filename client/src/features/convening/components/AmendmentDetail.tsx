import type { AmendmentView, MeetingView } from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useFormat, useT } from '../../../lib/locale/context';
import { questionsQuery } from '../../meetings/api';
import { amendmentAct } from '../api';
import { phaseLabel } from '../figures';
import type { Reference } from '../hooks/useReference';
import { ActsTable } from './ActsTable';
import { AdoptionForm, ScheduleConferenceForm } from './AmendmentConference';
import { BoundPanel } from './BoundPanel';
import { CountMeter } from './CountMeter';
import { Deadline } from './Deadline';
import { IndicationForm } from './IndicationForm';
import { PhasePill } from './PhasePill';

interface Props {
  amendment: AmendmentView;
  meetings: readonly MeetingView[];
  reference: Reference;
  canWrite: boolean;
  onChanged: (a: AmendmentView) => void;
}

/** Art. 13: support within 30 days, requests to meet earlier, the conference, adoption and acceptances. */
export function AmendmentDetail({ amendment: a, meetings, reference, canWrite, onChanged }: Props) {
  const conference = meetings.find((m) => m.id === a.conferenceMeetingId) ?? null;
  const fmt = useFormat();
  const t = useT();
  const questions = useQuery({
    ...questionsQuery(a.conferenceMeetingId ?? ''),
    enabled: a.conferenceMeetingId !== null && !a.adoption,
  });
  const parties = reference.states.filter((s) => s.status === 'party');
  const notYet = (acts: AmendmentView['supporters']) =>
    parties.filter((s) => !acts.some((x) => x.iso3 === s.iso3));

  return (
    <article className="card proc-detail" aria-labelledby="amend-h" data-testid="amendment-detail">
      <header className="proc-detail__head">
        <div>
          <p className="proc-kicker">Proposed amendment · Art. 13</p>
          <h2 id="amend-h">Proposed by {reference.nameOf(a.proposedBy)}</h2>
          <p className="muted">
            Circulated <time dateTime={a.circulatedOn}>{fmt.date(a.circulatedOn)}</time>
          </p>
        </div>
        <PhasePill
          phase={a.phase}
          label={phaseLabel(a.phase, a.support.metOn, fmt, t)}
          testId="amendment-phase"
        />
      </header>
      <p className="proc-matter">{a.text}</p>

      <div className="proc-detail__grid">
        <CountMeter
          title="States Parties supporting an Amendment Conference"
          progress={a.support}
          source="Art. 13.1"
          testId="support-counter"
        />
        <dl className="proc-deadlines">
          <Deadline
            label="Support notified by (circulation + 30 days)"
            deadline={a.supportBy}
            testId="support-by"
          />
        </dl>
      </div>
      {canWrite && !a.conferenceMeetingId && !a.supportBy.passed && (
        <IndicationForm
          title="Enter a State’s support"
          dateLabel="Notified on"
          submitLabel="Record support"
          states={notYet(a.supporters)}
          today={reference.today}
          testId="support-form"
          onSubmit={async (body) => onChanged(await amendmentAct(a.id, 'support', body))}
        />
      )}
      <section aria-labelledby="supporters-h">
        <h3 id="supporters-h">Supporting States ({a.supporters.length})</h3>
        <ActsTable
          acts={a.supporters}
          empty="No State has notified support yet."
          dateLabel="Notified on"
          testId="supporters"
        />
      </section>

      <CountMeter
        title="Requests to hold the conference earlier"
        progress={a.earlierRequest}
        source="Art. 13.3"
        testId="earlier-counter"
      />
      {canWrite && !a.conferenceMeetingId && (
        <IndicationForm
          title="Enter a request to meet earlier"
          dateLabel="Requested on"
          submitLabel="Record request"
          states={notYet(a.earlierRequesters)}
          today={reference.today}
          testId="earlier-form"
          onSubmit={async (body) => onChanged(await amendmentAct(a.id, 'earlier-requests', body))}
        />
      )}

      <section aria-labelledby="conference-h">
        <h3 id="conference-h">Amendment Conference</h3>
        {conference ? (
          <p data-testid="conference">
            {conference.title}, {conference.venue}: {fmt.date(conference.startDate)}
            {conference.endDate !== conference.startDate && ` to ${fmt.date(conference.endDate)}`}.
          </p>
        ) : a.support.met && canWrite ? (
          <ScheduleConferenceForm
            amendment={a}
            meetings={meetings}
            today={reference.today}
            onChanged={onChanged}
          />
        ) : (
          <p className="muted">
            Scheduled once a majority of all States Parties support it within the 30 days.
          </p>
        )}
        {a.adoption ? (
          <p className="proc-saved">
            Adopted on {fmt.date(a.adoption.adoptedOn)} (two-thirds of those present and voting, Art. 13.4).
          </p>
        ) : (
          conference &&
          canWrite &&
          questions.data && <AdoptionForm amendment={a} questions={questions.data} onChanged={onChanged} />
        )}
      </section>

      {a.adoption && (
        <section aria-labelledby="accept-h">
          <h3 id="accept-h">Acceptances ({a.acceptances.length})</h3>
          {canWrite && (
            <IndicationForm
              title="Enter an instrument of acceptance"
              dateLabel="Deposited on"
              submitLabel="Record acceptance"
              states={notYet(a.acceptances)}
              today={reference.today}
              testId="acceptance-form"
              onSubmit={async (body) => onChanged(await amendmentAct(a.id, 'acceptances', body))}
            />
          )}
          <ActsTable
            acts={a.acceptances}
            empty="No instrument of acceptance deposited yet."
            dateLabel="Deposited on"
            testId="acceptances"
          />
          <BoundPanel amendment={a} today={reference.today} />
        </section>
      )}
    </article>
  );
}

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
import { SLOT, Sentence } from '../../../lib/components/Sentence';

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
          <p className="proc-kicker">{t('procedures.amend.kicker')}</p>
          <h2 id="amend-h">{t('procedures.amend.proposedBy', { name: reference.nameOf(a.proposedBy) })}</h2>
          <p className="muted">
            <Sentence text={t('procedures.amend.circulated', { date: SLOT })}>
              <time dateTime={a.circulatedOn}>{fmt.date(a.circulatedOn)}</time>
            </Sentence>
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
          title={t('procedures.amend.supportTitle')}
          progress={a.support}
          source="Art. 13.1"
          testId="support-counter"
        />
        <dl className="proc-deadlines">
          <Deadline label={t('procedures.amend.supportBy')} deadline={a.supportBy} testId="support-by" />
        </dl>
      </div>
      {canWrite && !a.conferenceMeetingId && !a.supportBy.passed && (
        <IndicationForm
          title={t('procedures.amend.enterSupport')}
          dateLabel={t('procedures.amend.notifiedOn')}
          submitLabel={t('procedures.amend.recordSupport')}
          states={notYet(a.supporters)}
          today={reference.today}
          testId="support-form"
          onSubmit={async (body) => onChanged(await amendmentAct(a.id, 'support', body))}
        />
      )}
      <section aria-labelledby="supporters-h">
        <h3 id="supporters-h">
          {t('procedures.amend.supporters', { count: fmt.number(a.supporters.length) })}
        </h3>
        <ActsTable
          acts={a.supporters}
          empty={t('procedures.amend.noSupport')}
          dateLabel={t('procedures.amend.notifiedOn')}
          testId="supporters"
        />
      </section>

      <CountMeter
        title={t('procedures.amend.earlierTitle')}
        progress={a.earlierRequest}
        source="Art. 13.3"
        testId="earlier-counter"
      />
      {canWrite && !a.conferenceMeetingId && (
        <IndicationForm
          title={t('procedures.amend.enterEarlier')}
          dateLabel={t('procedures.amend.requestedOn')}
          submitLabel={t('procedures.amend.recordRequest')}
          states={notYet(a.earlierRequesters)}
          today={reference.today}
          testId="earlier-form"
          onSubmit={async (body) => onChanged(await amendmentAct(a.id, 'earlier-requests', body))}
        />
      )}

      <section aria-labelledby="conference-h">
        <h3 id="conference-h">{t('procedures.amend.conference')}</h3>
        {conference ? (
          <p data-testid="conference">
            {conference.endDate !== conference.startDate
              ? t('procedures.amend.conferenceRange', {
                  title: conference.title,
                  venue: conference.venue,
                  start: fmt.date(conference.startDate),
                  end: fmt.date(conference.endDate),
                })
              : t('procedures.amend.conferenceLine', {
                  title: conference.title,
                  venue: conference.venue,
                  start: fmt.date(conference.startDate),
                })}
          </p>
        ) : a.support.met && canWrite ? (
          <ScheduleConferenceForm
            amendment={a}
            meetings={meetings}
            today={reference.today}
            onChanged={onChanged}
          />
        ) : (
          <p className="muted">{t('procedures.amend.scheduledOnce')}</p>
        )}
        {a.adoption ? (
          <p className="proc-saved">
            {t('procedures.amend.adoptedOn', { date: fmt.date(a.adoption.adoptedOn) })}
          </p>
        ) : (
          conference &&
          canWrite &&
          questions.data && <AdoptionForm amendment={a} questions={questions.data} onChanged={onChanged} />
        )}
      </section>

      {a.adoption && (
        <section aria-labelledby="accept-h">
          <h3 id="accept-h">
            {t('procedures.amend.acceptances', { count: fmt.number(a.acceptances.length) })}
          </h3>
          {canWrite && (
            <IndicationForm
              title={t('procedures.amend.enterAcceptance')}
              dateLabel={t('procedures.amend.depositedOn')}
              submitLabel={t('procedures.amend.recordAcceptance')}
              states={notYet(a.acceptances)}
              today={reference.today}
              testId="acceptance-form"
              onSubmit={async (body) => onChanged(await amendmentAct(a.id, 'acceptances', body))}
            />
          )}
          <ActsTable
            acts={a.acceptances}
            empty={t('procedures.amend.noAcceptance')}
            dateLabel={t('procedures.amend.depositedOn')}
            testId="acceptances"
          />
          <BoundPanel amendment={a} today={reference.today} />
        </section>
      )}
    </article>
  );
}

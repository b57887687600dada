import type { ClarificationView, ConvenedMeeting, SpecialMeetingProposalView } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api';
import { explainIn } from '../../../lib/explain';
import { useFormat, useT } from '../../../lib/locale/context';
import { keys } from '../../../lib/query/keys';
import { questionsQuery, quorumQuery } from '../../meetings/api';
import { favourProposal, recordLapse } from '../api';
import { phaseLabel } from '../figures';
import type { Reference } from '../hooks/useReference';
import { ActsTable } from './ActsTable';
import { ConveneForm } from './ConveneForm';
import { CountMeter } from './CountMeter';
import { Deadline } from './Deadline';
import { FactFindingForm } from './FactFindingForm';
import { IndicationForm } from './IndicationForm';
import { PhasePill } from './PhasePill';
import { SLOT, Sentence } from '../../../lib/components/Sentence';

interface Props {
  proposal: SpecialMeetingProposalView;
  clarification: ClarificationView | null;
  reference: Reference;
  canWrite: boolean;
  onChanged: (p: SpecialMeetingProposalView) => void;
}

/** One proposal: the live count against one-third, its two deadlines, and what the secretariat does next. */
export function ProposalDetail({ proposal: p, clarification, reference, canWrite, onChanged }: Props) {
  const [convened, setConvened] = useState<ConvenedMeeting | null>(null);
  const [lapseError, setLapseError] = useState<string | null>(null);
  const fmt = useFormat();
  const t = useT();
  const qc = useQueryClient();
  const meetingId = p.meetingId ?? '';
  const quorumQ = useQuery({ ...quorumQuery(meetingId), enabled: p.meetingId !== null });
  const questions = useQuery({ ...questionsQuery(meetingId), enabled: p.meetingId !== null });
  const quorum =
    convened?.quorum ??
    (quorumQ.data
      ? {
          ...quorumQ.data,
          required: quorumQ.data.decision.required ?? 0,
          explanation: quorumQ.data.decision.explanation,
          reason: quorumQ.data.decision.reason,
        }
      : null);
  const open = p.phase === 'collecting' || p.phase === 'met';
  const names = fmt.list(p.requestingStates.map(reference.nameOf));

  async function lapse() {
    setLapseError(null);
    try {
      onChanged(await recordLapse(p.id));
    } catch (err) {
      setLapseError(errorMessage(err));
    }
  }

  return (
    <article className="card proc-detail" aria-labelledby="proposal-h" data-testid="proposal-detail">
      <header className="proc-detail__head">
        <div>
          <p className="proc-kicker">{t('procedures.prop.kicker')}</p>
          <h2 id="proposal-h">{t('procedures.prop.requestedBy', { names })}</h2>
          <p className="proc-matter">{p.matter}</p>
          <p className="muted">
            <Sentence text={t('procedures.prop.communicated', { date: SLOT })}>
              <time dateTime={p.communicatedOn}>{fmt.date(p.communicatedOn)}</time>
            </Sentence>
            {clarification &&
              ` · ${t('procedures.prop.follows', { name: reference.nameOf(clarification.requestedState) })}`}
          </p>
        </div>
        <PhasePill
          phase={p.phase}
          label={phaseLabel(p.phase, p.progress.metOn, fmt, t)}
          testId="proposal-phase"
        />
      </header>

      <div className="proc-detail__grid">
        <CountMeter
          title={t('procedures.prop.inFavourTitle')}
          progress={p.progress}
          source="Art. 8.5"
          testId="special-counter"
        />
        <dl className="proc-deadlines">
          <Deadline label={t('procedures.prop.favourBy')} deadline={p.favourBy} testId="favour-by" />
          <Deadline
            label={t('procedures.prop.conveneBy')}
            deadline={p.conveneBy}
            testId="convene-by"
            note={t('procedures.prop.further14')}
          />
        </dl>
      </div>

      {p.lapsed && (
        <p className="warning" data-testid="lapsed">
          {explainIn(fmt.locale, p.lapsed)}
        </p>
      )}

      {(convened || p.meetingId) && (
        <section
          className="proc-convened"
          aria-label={t('procedures.prop.theMeeting')}
          data-testid="convened"
        >
          <h3>{t('procedures.prop.convened')}</h3>
          {convened && (
            <p>
              {convened.meeting.endDate !== convened.meeting.startDate
                ? t('procedures.amend.conferenceRange', {
                    title: convened.meeting.title,
                    venue: convened.meeting.venue,
                    start: fmt.date(convened.meeting.startDate),
                    end: fmt.date(convened.meeting.endDate),
                  })
                : t('procedures.amend.conferenceLine', {
                    title: convened.meeting.title,
                    venue: convened.meeting.venue,
                    start: fmt.date(convened.meeting.startDate),
                  })}
            </p>
          )}
          {quorum ? (
            <p className="proc-quorum">
              <Sentence text={t('procedures.prop.quorum', { required: SLOT, parties: quorum.parties })}>
                <strong data-testid="special-quorum">{fmt.number(quorum.required)}</strong>
              </Sentence>
              <span className="proc-quorum__arithmetic">{explainIn(fmt.locale, quorum)}</span>
            </p>
          ) : quorumQ.isError ? (
            <p className="field__error">{quorumQ.error.message}</p>
          ) : (
            <p className="muted">{t('procedures.prop.loadingQuorum')}</p>
          )}
        </section>
      )}

      {canWrite && open && !p.meetingId && !p.favourBy.passed && (
        <IndicationForm
          title={t('procedures.prop.enterFavour')}
          dateLabel={t('procedures.prop.indicationDate')}
          submitLabel={t('procedures.prop.recordFavour')}
          states={reference.states.filter(
            (s) => s.status === 'party' && !p.favouring.some((f) => f.iso3 === s.iso3),
          )}
          today={reference.today}
          testId="favour-form"
          hint={t('procedures.prop.favourHint', {
            from: fmt.date(p.communicatedOn),
            to: fmt.date(p.favourBy.lastDay),
          })}
          onSubmit={async (body) => onChanged(await favourProposal(p.id, body))}
        />
      )}
      {canWrite && p.phase === 'met' && !p.meetingId && !p.conveneBy.passed && (
        <ConveneForm
          proposal={p}
          today={reference.today}
          onConvened={(c) => {
            setConvened(c);
            onChanged(c.proposal);
            void qc.invalidateQueries({ queryKey: keys.meetings.list() });
          }}
        />
      )}
      {canWrite && p.phase === 'lapsed' && !p.lapsed && (
        <div className="proc-subform">
          <p>{t('procedures.prop.lapseNote')}</p>
          <button type="button" className="button button--danger" onClick={() => void lapse()}>
            {t('procedures.prop.recordLapse')}
          </button>
          {lapseError && (
            <p className="field__error" role="alert">
              {lapseError}
            </p>
          )}
        </div>
      )}

      <section aria-labelledby="favouring-h">
        <h3 id="favouring-h">{t('procedures.prop.favouring', { count: fmt.number(p.favouring.length) })}</h3>
        <ActsTable
          acts={p.favouring}
          empty={t('procedures.prop.noFavour')}
          dateLabel={t('procedures.prop.inFavourOn')}
          testId="favouring"
        />
      </section>

      {p.meetingId && (
        <section aria-labelledby="missions-h">
          <h3 id="missions-h">{t('procedures.prop.missions')}</h3>
          {p.missions.length === 0 ? (
            <p className="muted">{t('procedures.prop.noMissions')}</p>
          ) : (
            <ul className="proc-missions">
              {p.missions.map((m) => (
                <li key={m.id}>
                  <strong>{m.mandate}</strong>
                  <br />
                  {fmt.list(
                    m.experts.map((e) =>
                      t('procedures.prop.expert', { name: e.name, state: reference.nameOf(e.nationality) }),
                    ),
                  )}
                </li>
              ))}
            </ul>
          )}
          {canWrite && questions.data && (
            <FactFindingForm
              proposal={p}
              clarification={clarification}
              questions={questions.data}
              reference={reference}
              onCreated={() => void qc.invalidateQueries({ queryKey: keys.convening.proposals() })}
            />
          )}
        </section>
      )}
    </article>
  );
}

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
          <p className="proc-kicker">Proposal to convene a Special Meeting · Art. 8.5</p>
          <h2 id="proposal-h">Requested by {names}</h2>
          <p className="proc-matter">{p.matter}</p>
          <p className="muted">
            Communicated by the Secretary-General on{' '}
            <time dateTime={p.communicatedOn}>{fmt.date(p.communicatedOn)}</time>
            {clarification && (
              <>
                {' '}
                · follows the Request for Clarification to {reference.nameOf(clarification.requestedState)}
              </>
            )}
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
          title="States Parties in favour"
          progress={p.progress}
          source="Art. 8.5"
          testId="special-counter"
        />
        <dl className="proc-deadlines">
          <Deadline label="In favour by (D + 14)" deadline={p.favourBy} testId="favour-by" />
          <Deadline
            label="Convene by (D + 28)"
            deadline={p.conveneBy}
            testId="convene-by"
            note="within a further 14 days"
          />
        </dl>
      </div>

      {p.lapsed && (
        <p className="warning" data-testid="lapsed">
          {explainIn(fmt.locale, p.lapsed)}
        </p>
      )}

      {(convened || p.meetingId) && (
        <section className="proc-convened" aria-label="The Special Meeting" data-testid="convened">
          <h3>Special Meeting convened</h3>
          {convened && (
            <p>
              {convened.meeting.title}, {convened.meeting.venue}, {fmt.date(convened.meeting.startDate)}
              {convened.meeting.endDate !== convened.meeting.startDate &&
                ` to ${fmt.date(convened.meeting.endDate)}`}
              .
            </p>
          )}
          {quorum ? (
            <p className="proc-quorum">
              Quorum: <strong data-testid="special-quorum">{quorum.required}</strong> of {quorum.parties}{' '}
              States Parties
              <span className="proc-quorum__arithmetic">{explainIn(fmt.locale, quorum)}</span>
            </p>
          ) : quorumQ.isError ? (
            <p className="field__error">{quorumQ.error.message}</p>
          ) : (
            <p className="muted">Loading the quorum…</p>
          )}
        </section>
      )}

      {canWrite && open && !p.meetingId && !p.favourBy.passed && (
        <IndicationForm
          title="Enter a State in favour"
          dateLabel="Date of the indication"
          submitLabel="Record in favour"
          states={reference.states.filter(
            (s) => s.status === 'party' && !p.favouring.some((f) => f.iso3 === s.iso3),
          )}
          today={reference.today}
          testId="favour-form"
          hint={`Dates from ${fmt.date(p.communicatedOn)} to ${fmt.date(p.favourBy.lastDay)}; each State counts once.`}
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
          <p>The 14 days have passed short of one-third: record the lapse with the final count.</p>
          <button type="button" className="button button--danger" onClick={() => void lapse()}>
            Record lapse
          </button>
          {lapseError && (
            <p className="field__error" role="alert">
              {lapseError}
            </p>
          )}
        </div>
      )}

      <section aria-labelledby="favouring-h">
        <h3 id="favouring-h">States in favour ({p.favouring.length})</h3>
        <ActsTable
          acts={p.favouring}
          empty="No State has favoured the proposal yet."
          dateLabel="In favour on"
          testId="favouring"
        />
      </section>

      {p.meetingId && (
        <section aria-labelledby="missions-h">
          <h3 id="missions-h">Fact-finding missions (Art. 8.8–8.10)</h3>
          {p.missions.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <ul className="proc-missions">
              {p.missions.map((m) => (
                <li key={m.id}>
                  <strong>{m.mandate}</strong>
                  <br />
                  {m.experts.map((e) => `${e.name} (${reference.nameOf(e.nationality)})`).join(', ')}
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

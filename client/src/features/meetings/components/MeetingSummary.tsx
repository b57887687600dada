import { describeProportion, validateRulesOfProcedure, type MeetingView } from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../../lib/api';
import { useFormat } from '../../../lib/locale/context';
import { updateRules } from '../api';
import { meetingKindLabel, MEETING_STATUS_LABELS } from '../labels';
import { proportionDraft, toProportion, type ProportionDraft } from '../meetingForm';
import { ProportionField } from './ProportionField';
import '../meetings.css';

/** The chosen meeting: its facts, its agenda, and its rules of procedure (editable until it opens). */
export function MeetingSummary({
  meeting,
  onChanged,
}: {
  meeting: MeetingView;
  onChanged: (m: MeetingView) => void;
}) {
  const fmt = useFormat();
  const [opening, setOpening] = useState<ProportionDraft>(proportionDraft(meeting.rules.openingQuorum));
  const [decision, setDecision] = useState<ProportionDraft>(proportionDraft(meeting.rules.decisionQuorum));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const rules = {
      ...meeting.rules,
      openingQuorum: toProportion(opening),
      decisionQuorum: toProportion(decision),
    };
    const checked = validateRulesOfProcedure(rules);
    if (!checked.ok) {
      setError(checked.error.message);
      return;
    }
    setBusy(true);
    try {
      onChanged(await updateRules(meeting.id, rules));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="meeting-summary card" data-testid="meeting-summary">
      <div className="meeting-summary__head">
        <div>
          <p className="muted">
            {meeting.code} · {meetingKindLabel(meeting)}
          </p>
          <h2>{meeting.title}</h2>
          <p>
            {meeting.venue}, {fmt.dateShort(meeting.startDate)} – {fmt.dateShort(meeting.endDate)} (
            {meeting.timeZone})
          </p>
        </div>
        <span className={`status-pill status-pill--${meeting.status}`}>
          {MEETING_STATUS_LABELS[meeting.status]}
        </span>
      </div>
      <div className="meeting-summary__grid">
        <section aria-labelledby="agenda-heading">
          <h3 id="agenda-heading">Agenda</h3>
          {meeting.agenda.length === 0 ? (
            <p className="muted">No items yet.</p>
          ) : (
            <ol className="agenda">
              {meeting.agenda.map((a) => (
                <li key={a.id}>{a.title}</li>
              ))}
            </ol>
          )}
        </section>
        <form onSubmit={(e) => void save(e)} aria-labelledby="rop-heading" noValidate>
          <h3 id="rop-heading">Rules of procedure</h3>
          {meeting.rulesFixed ? (
            <p className="field__hint">
              Fixed when the meeting opened: to open, {describeProportion(meeting.rules.openingQuorum)} of all
              States Parties; to decide, {describeProportion(meeting.rules.decisionQuorum)}.
            </p>
          ) : (
            <p className="field__hint">The meeting may adopt other values until it opens.</p>
          )}
          <ProportionField
            legend="Quorum to open and debate"
            testId="summary-opening"
            value={opening}
            onChange={setOpening}
            disabled={meeting.rulesFixed}
            errors={{}}
          />
          <ProportionField
            legend="Quorum for a decision"
            testId="summary-decision"
            value={decision}
            onChange={setDecision}
            disabled={meeting.rulesFixed}
            errors={{}}
          />
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          {!meeting.rulesFixed && (
            <button type="submit" className="button" disabled={busy}>
              Adopt these values
            </button>
          )}
        </form>
      </div>
    </div>
  );
}

import { committeeName, renderReason, validateRulesOfProcedure, type MeetingView } from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../../lib/api';
import { useFormat, useT } from '../../../lib/locale/context';
import { updateRules } from '../api';
import { agendaItemTitle, meetingKindLabel, meetingStatusLabel } from '../labels';
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
  const t = useT();
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
      setError(checked.error.reason ? renderReason(fmt.locale, checked.error.reason) : checked.error.message);
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
            {meeting.code} · {meetingKindLabel(meeting, fmt)}
            {meeting.committee && ` · ${committeeName(fmt.locale, meeting.committee)}`}
          </p>
          <h2>{meeting.title}</h2>
          <p>
            {t('desk.meeting.where', {
              venue: meeting.venue,
              start: fmt.dateShort(meeting.startDate),
              end: fmt.dateShort(meeting.endDate),
              timeZone: meeting.timeZone,
            })}
          </p>
        </div>
        <span className={`status-pill status-pill--${meeting.status}`}>
          {meetingStatusLabel(t, meeting.status)}
        </span>
      </div>
      <div className="meeting-summary__grid">
        <section aria-labelledby="agenda-heading">
          <h3 id="agenda-heading">{t('desk.setup.agenda')}</h3>
          {meeting.agenda.length === 0 ? (
            <p className="muted">{t('desk.meeting.noItems')}</p>
          ) : (
            <ol className="agenda">
              {meeting.agenda.map((a) => (
                <li key={a.id}>{agendaItemTitle(a, fmt)}</li>
              ))}
            </ol>
          )}
        </section>
        <form onSubmit={(e) => void save(e)} aria-labelledby="rop-heading" noValidate>
          <h3 id="rop-heading">{t('desk.rules.heading')}</h3>
          {meeting.rulesFixed ? (
            <p className="field__hint">
              {t('desk.rules.fixed', {
                opening: t('desk.proportion.describe', { ...meeting.rules.openingQuorum }),
                decision: t('desk.proportion.describe', { ...meeting.rules.decisionQuorum }),
              })}
            </p>
          ) : (
            <p className="field__hint">{t('desk.rules.adoptable')}</p>
          )}
          <ProportionField
            legend={t('desk.rules.opening')}
            testId="summary-opening"
            value={opening}
            onChange={setOpening}
            disabled={meeting.rulesFixed}
            errors={{}}
          />
          <ProportionField
            legend={t('desk.rules.decision')}
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
              {t('desk.rules.adopt')}
            </button>
          )}
        </form>
      </div>
    </div>
  );
}

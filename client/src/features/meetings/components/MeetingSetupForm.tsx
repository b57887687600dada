import {
  MEETING_KIND_LABELS,
  quorumFor,
  validateRulesOfProcedure,
  type MeetingKind,
  type MeetingView,
} from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiFieldErrors } from '../../../lib/fieldErrors';
import { useFormat } from '../../../lib/locale/context';
import { summaryQuery } from '../../register/api';
import { createMeeting } from '../api';
import {
  EMPTY_MEETING,
  toProportion,
  validateMeeting,
  type MeetingDraft,
  type MeetingErrors,
  type ProportionDraft,
} from '../meetingForm';
import { FormField } from '../../../lib/components/FormField';
import { dateProblem } from '../../../lib/dates';
import { ProportionField } from './ProportionField';
import '../meetings.css';

const KINDS = Object.keys(MEETING_KIND_LABELS) as MeetingKind[];
const FIELDS = ['kind', 'number', 'title', 'venue', 'startDate', 'endDate', 'timeZone', 'agenda', 'rules'];

function proportionErrors(errors: MeetingErrors, key: 'openingQuorum' | 'decisionQuorum') {
  return {
    whole: errors[`rules.${key}`],
    numerator: errors[`rules.${key}.numerator`],
    denominator: errors[`rules.${key}.denominator`],
    comparison: errors[`rules.${key}.comparison`],
  };
}

/** "54 of 161 States Parties on 2 Mar 2026", with the shared rule; null while the inputs are incomplete. */
function quorumPreview(
  kind: MeetingKind,
  purpose: 'opening' | 'decision',
  parties: number | null,
  draft: MeetingDraft,
): string | null {
  if (parties === null) return null;
  const rules = {
    openingQuorum: toProportion(draft.openingQuorum),
    decisionQuorum: toProportion(draft.decisionQuorum),
  };
  if (!validateRulesOfProcedure(rules).ok) return null;
  const q = quorumFor(kind, purpose, parties, rules);
  return q.required === null ? q.explanation : `${q.required} of ${parties} States Parties`;
}

/** Sets up a meeting: validated with the shared CreateMeetingBodySchema before it is sent. */
export function MeetingSetupForm({ onCreated }: { onCreated: (m: MeetingView) => void }) {
  const [draft, setDraft] = useState<MeetingDraft>(EMPTY_MEETING);
  const [errors, setErrors] = useState<MeetingErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fmt = useFormat();
  const validStart = dateProblem(draft.startDate) === null ? draft.startDate : null;
  const summary = useQuery({ ...summaryQuery(validStart ?? ''), enabled: validStart !== null });
  const parties = validStart !== null && summary.data ? summary.data.count : null;

  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const checked = validateMeeting(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    const rules = checked.body.rules;
    const ropCheck = rules ? validateRulesOfProcedure(rules) : null;
    if (ropCheck && !ropCheck.ok) {
      setErrors({ [`rules.${ropCheck.error.field ?? 'openingQuorum'}`]: ropCheck.error.message });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const created = await createMeeting(checked.body);
      setDraft(EMPTY_MEETING);
      onCreated(created);
    } catch (err) {
      const { fields, form } = apiFieldErrors(err, FIELDS);
      setErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  }

  const intersessional = draft.kind === 'intersessional';
  const special = draft.kind === 'special';

  return (
    <form
      className="card form meeting-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="setup-heading"
    >
      <h2 id="setup-heading">Set up a meeting</h2>
      <div className="form-grid">
        <FormField label="Kind of meeting" error={errors.kind}>
          {(a) => (
            <select {...a} value={draft.kind} onChange={(e) => set('kind', e.target.value as MeetingKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {MEETING_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label="Number"
          error={errors.number}
          hint="e.g. 23 for the Twenty-Third; leave empty if none"
        >
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={draft.number}
              onChange={(e) => set('number', e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Title" error={errors.title} className="form-grid__wide">
          {(a) => <input {...a} value={draft.title} onChange={(e) => set('title', e.target.value)} />}
        </FormField>
        <FormField label="Venue" error={errors.venue}>
          {(a) => <input {...a} value={draft.venue} onChange={(e) => set('venue', e.target.value)} />}
        </FormField>
        <FormField label="Time zone" error={errors.timeZone}>
          {(a) => <input {...a} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} />}
        </FormField>
        <FormField label="First day" error={errors.startDate} hint="YYYY-MM-DD">
          {(a) => (
            <input
              {...a}
              className="mono"
              placeholder="YYYY-MM-DD"
              value={draft.startDate}
              onChange={(e) => set('startDate', e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Last day" error={errors.endDate} hint="YYYY-MM-DD">
          {(a) => (
            <input
              {...a}
              className="mono"
              placeholder="YYYY-MM-DD"
              value={draft.endDate}
              onChange={(e) => set('endDate', e.target.value)}
            />
          )}
        </FormField>
      </div>

      <div className="rules">
        <h3>Rules of procedure</h3>
        <p className="field__hint">
          {special
            ? 'A Special Meeting’s quorum is fixed by the Convention (Art. 8.5): a majority of all States Parties. The values below do not apply to it.'
            : intersessional
              ? 'Intersessional meetings are informal: no quorum, no decisions.'
              : 'Prefilled with the UN model (A/520/Rev.20). The meeting may adopt other values until it opens.'}
          {parties !== null && ` States Parties on ${fmt.date(draft.startDate)}: ${fmt.number(parties)}.`}
        </p>
        <div className="rules__grid">
          <ProportionField
            legend="Quorum to open and debate"
            testId="rules-opening"
            value={draft.openingQuorum}
            onChange={(v: ProportionDraft) => set('openingQuorum', v)}
            errors={proportionErrors(errors, 'openingQuorum')}
            preview={quorumPreview(draft.kind, 'opening', parties, draft)}
          />
          <ProportionField
            legend="Quorum for a decision"
            testId="rules-decision"
            value={draft.decisionQuorum}
            onChange={(v: ProportionDraft) => set('decisionQuorum', v)}
            errors={proportionErrors(errors, 'decisionQuorum')}
            preview={quorumPreview(draft.kind, 'decision', parties, draft)}
          />
        </div>
      </div>

      <FormField label="Agenda" error={errors.agenda} hint="One item per line, in order.">
        {(a) => (
          <textarea {...a} rows={5} value={draft.agenda} onChange={(e) => set('agenda', e.target.value)} />
        )}
      </FormField>

      {formError && (
        <p className="field__error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Setting up…' : 'Set up the meeting'}
      </button>
    </form>
  );
}

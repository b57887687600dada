import {
  COMMITTEE_IDS,
  committeeName,
  formatMessage,
  informalKindKey,
  isInformalMeeting,
  MEETING_KIND_LABELS,
  quorumFor,
  reason,
  renderReason,
  validateRulesOfProcedure,
  type CommitteeId,
  type MeetingKind,
  type MeetingView,
} from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiFieldErrors } from '../../../lib/fieldErrors';
import { useFormat, useT } from '../../../lib/locale/context';
import type { Format } from '../../../lib/locale/format';
import type { T } from '../../../lib/locale/translate';
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
const FIELDS = [
  'kind',
  'committee',
  'number',
  'title',
  'venue',
  'startDate',
  'endDate',
  'timeZone',
  'agenda',
  'rules',
];

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
  fmt: Format,
  t: T,
): string | null {
  if (parties === null) return null;
  const rules = {
    openingQuorum: toProportion(draft.openingQuorum),
    decisionQuorum: toProportion(draft.decisionQuorum),
  };
  if (!validateRulesOfProcedure(rules).ok) return null;
  const q = quorumFor(kind, purpose, parties, rules);
  return q.required === null
    ? renderReason(fmt.locale, q.reason)
    : t('desk.setup.quorumPreview', { required: q.required, parties });
}

/** Sets up a meeting: validated with the shared CreateMeetingBodySchema before it is sent. */
export function MeetingSetupForm({ onCreated }: { onCreated: (m: MeetingView) => void }) {
  const [draft, setDraft] = useState<MeetingDraft>(EMPTY_MEETING);
  const [errors, setErrors] = useState<MeetingErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fmt = useFormat();
  const t = useT();
  const validStart = dateProblem(draft.startDate) === null ? draft.startDate : null;
  const summary = useQuery({ ...summaryQuery(validStart ?? ''), enabled: validStart !== null });
  const parties = validStart !== null && summary.data ? summary.data.count : null;

  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const checked = validateMeeting(draft, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    const rules = checked.body.rules;
    const ropCheck = rules ? validateRulesOfProcedure(rules) : null;
    if (ropCheck && !ropCheck.ok) {
      setErrors({
        [`rules.${ropCheck.error.field ?? 'openingQuorum'}`]: ropCheck.error.reason
          ? renderReason(fmt.locale, ropCheck.error.reason)
          : ropCheck.error.message,
      });
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

  const special = draft.kind === 'special';
  // An informal meeting (intersessional, committee, Coordinating Committee) says why in the rule's words.
  const informal = isInformalMeeting(draft.kind)
    ? renderReason(fmt.locale, reason('quorum.informalNoDecisions', { kind: informalKindKey(draft.kind) }))
    : null;

  return (
    <form
      className="card form meeting-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="setup-heading"
    >
      <h2 id="setup-heading">{t('desk.setup.heading')}</h2>
      <div className="form-grid">
        <FormField label={t('desk.setup.kind')} error={errors.kind}>
          {(a) => (
            <select {...a} value={draft.kind} onChange={(e) => set('kind', e.target.value as MeetingKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {formatMessage(fmt.locale, `meetingKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {draft.kind === 'committee' && (
          <FormField label={t('desk.setup.committee')} error={errors.committee}>
            {(a) => (
              <select
                {...a}
                value={draft.committee}
                onChange={(e) => set('committee', e.target.value as CommitteeId | '')}
                data-testid="setup-committee"
              >
                <option value="">{t('desk.setup.chooseCommittee')}</option>
                {COMMITTEE_IDS.map((c) => (
                  <option key={c} value={c}>
                    {committeeName(fmt.locale, c)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={t('desk.setup.number')} error={errors.number} hint={t('desk.setup.numberHint')}>
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={draft.number}
              onChange={(e) => set('number', e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('desk.setup.title')} error={errors.title} className="form-grid__wide">
          {(a) => <input {...a} value={draft.title} onChange={(e) => set('title', e.target.value)} />}
        </FormField>
        <FormField label={t('desk.setup.venue')} error={errors.venue}>
          {(a) => <input {...a} value={draft.venue} onChange={(e) => set('venue', e.target.value)} />}
        </FormField>
        <FormField label={t('desk.setup.timeZone')} error={errors.timeZone}>
          {(a) => <input {...a} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} />}
        </FormField>
        <FormField
          label={t('desk.setup.firstDay')}
          error={errors.startDate}
          hint={t('desk.setup.dateFormat')}
        >
          {(a) => (
            <input
              {...a}
              className="mono"
              placeholder={t('desk.setup.dateFormat')}
              value={draft.startDate}
              onChange={(e) => set('startDate', e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('desk.setup.lastDay')} error={errors.endDate} hint={t('desk.setup.dateFormat')}>
          {(a) => (
            <input
              {...a}
              className="mono"
              placeholder={t('desk.setup.dateFormat')}
              value={draft.endDate}
              onChange={(e) => set('endDate', e.target.value)}
            />
          )}
        </FormField>
      </div>

      <div className="rules">
        <h3>{t('desk.rules.heading')}</h3>
        <p className="field__hint">
          {informal ?? t('desk.setup.rulesHint', { kind: special ? 'special' : 'other' })}
          {parties !== null &&
            ` ${t('desk.setup.partiesOn', { date: fmt.date(draft.startDate), count: fmt.number(parties) })}`}
        </p>
        <div className="rules__grid">
          <ProportionField
            legend={t('desk.rules.opening')}
            testId="rules-opening"
            value={draft.openingQuorum}
            onChange={(v: ProportionDraft) => set('openingQuorum', v)}
            errors={proportionErrors(errors, 'openingQuorum')}
            preview={quorumPreview(draft.kind, 'opening', parties, draft, fmt, t)}
          />
          <ProportionField
            legend={t('desk.rules.decision')}
            testId="rules-decision"
            value={draft.decisionQuorum}
            onChange={(v: ProportionDraft) => set('decisionQuorum', v)}
            errors={proportionErrors(errors, 'decisionQuorum')}
            preview={quorumPreview(draft.kind, 'decision', parties, draft, fmt, t)}
          />
        </div>
      </div>

      <FormField label={t('desk.setup.agenda')} error={errors.agenda} hint={t('desk.setup.agendaHint')}>
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
        {busy ? t('desk.setup.busy') : t('desk.setup.submit')}
      </button>
    </form>
  );
}

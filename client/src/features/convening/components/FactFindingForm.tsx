import {
  CreateFactFindingMissionBodySchema,
  MAX_FACT_FINDING_EXPERTS,
  validateExperts,
  type ClarificationView,
  type FactFindingMissionView,
  type QuestionView,
  type SpecialMeetingProposalView,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { createMission } from '../api';
import type { Reference } from '../hooks/useReference';
import { useSubmit } from '../hooks/useSubmit';
import { FormField } from '../../../lib/components/FormField';
import { FormError } from './FormFooter';
import { StatePicker, StatesPicker } from './StatePicker';

interface Props {
  proposal: SpecialMeetingProposalView;
  clarification: ClarificationView | null;
  questions: readonly QuestionView[];
  reference: Reference;
  onCreated: (m: FactFindingMissionView) => void;
}

type Row = { key: number; name: string; nationality: string };

/** The nationalities Art. 8.10 excludes: requesting States, the requested State, those directly affected. */
export function excludedNationalities(
  proposal: SpecialMeetingProposalView,
  clarification: ClarificationView | null,
  directlyAffected: readonly string[],
): string[] {
  const requested = clarification ? [clarification.requestedState] : [];
  return [
    ...new Set([
      ...proposal.requestingStates,
      ...(clarification?.requestingStates ?? []),
      ...requested,
      ...directlyAffected,
    ]),
  ].sort();
}

/** Art. 8.8-8.10: a mission the Special Meeting authorized, with up to nine experts. */
export function FactFindingForm({ proposal, clarification, questions, reference, onCreated }: Props) {
  const t = useT();
  const fmt = useFormat();
  const authorized = questions.filter((q) => q.matter === 'art8-fact-finding' && q.status === 'adopted');
  const [questionId, setQuestion] = useState(authorized[0]?.id ?? '');
  const [mandate, setMandate] = useState('');
  const [directlyAffected, setAffected] = useState<string[]>([]);
  const [rows, setRows] = useState<Row[]>([{ key: 0, name: '', nationality: '' }]);
  const [ruleError, setRuleError] = useState<string | null>(null);
  const form = useSubmit(
    CreateFactFindingMissionBodySchema,
    ['questionId', 'mandate', 'experts', 'directlyAffected'],
    (body) => createMission(proposal.id, body),
  );
  const excluded = excludedNationalities(proposal, clarification, directlyAffected);
  const update = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const experts = rows
      .filter((r) => r.name.trim() || r.nationality)
      .map((r) => ({ name: r.name, nationality: r.nationality }));
    const check = validateExperts(experts, excluded, reference.nameOf);
    setRuleError(check.ok ? null : check.error.message);
    if (!check.ok) return;
    const done = await form.submit({ questionId, mandate, experts, directlyAffected });
    if (done) onCreated(done);
  }

  if (authorized.length === 0) {
    return (
      <p className="muted" data-testid="mission-none">
        {t('procedures.mission.none')}
      </p>
    );
  }

  return (
    <form
      className="proc-subform"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="mission-h"
      data-testid="mission-form"
    >
      <h4 id="mission-h">{t('procedures.mission.title')}</h4>
      <FormField label={t('procedures.mission.authorizedBy')} error={form.errors.questionId}>
        {(p) => (
          <select {...p} value={questionId} onChange={(e) => setQuestion(e.target.value)}>
            {authorized.map((q) => (
              <option key={q.id} value={q.id}>
                {q.text}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('procedures.mission.mandate')} error={form.errors.mandate}>
        {(p) => <textarea {...p} rows={3} value={mandate} onChange={(e) => setMandate(e.target.value)} />}
      </FormField>
      <StatesPicker
        label={t('procedures.mission.affected')}
        states={reference.states}
        value={directlyAffected}
        onChange={setAffected}
        error={form.errors.directlyAffected}
      />
      <div className="rule-callout" data-testid="mission-exclusion">
        <p className="rule-callout__rule">{t('procedures.mission.exclusionRule')}</p>
        <p className="rule-callout__note">
          {t('procedures.mission.exclusionNote', {
            states: excluded.length
              ? fmt.list(excluded.map(reference.nameOf))
              : t('procedures.mission.noneExcluded'),
          })}
        </p>
      </div>
      <fieldset className="proc-experts">
        <legend>
          {t('procedures.mission.experts', {
            count: fmt.number(rows.length),
            max: fmt.number(MAX_FACT_FINDING_EXPERTS),
          })}
        </legend>
        {rows.map((r, i) => (
          <div key={r.key} className="proc-inline">
            <FormField label={t('procedures.mission.expert', { n: fmt.number(i + 1) })}>
              {(p) => (
                <input {...p} value={r.name} onChange={(e) => update(r.key, { name: e.target.value })} />
              )}
            </FormField>
            <StatePicker
              label={t('procedures.mission.nationality')}
              states={reference.states}
              value={r.nationality}
              onChange={(iso3) => update(r.key, { nationality: iso3 })}
              error={excluded.includes(r.nationality) ? t('procedures.mission.excluded') : undefined}
            />
            <button
              type="button"
              className="button button--quiet proc-inline__button"
              onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
              disabled={rows.length === 1}
            >
              {t('procedures.mission.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          disabled={rows.length >= MAX_FACT_FINDING_EXPERTS}
          onClick={() =>
            setRows((rs) => [
              ...rs,
              { key: Math.max(...rs.map((x) => x.key)) + 1, name: '', nationality: '' },
            ])
          }
        >
          {t('procedures.mission.addExpert')}
        </button>
      </fieldset>
      <FormError message={ruleError ?? form.errors.experts ?? form.formError} />
      <button type="submit" className="button button--primary" disabled={form.busy}>
        {form.busy ? t('procedures.form.recording') : t('procedures.mission.submit')}
      </button>
    </form>
  );
}

import {
  CreateExtensionRequestBodySchema,
  MAX_EXTENSION_YEARS,
  type ExtensionRequestView,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { createExtension } from '../api';
import { extensionPreview } from '../figures';
import type { Reference } from '../hooks/useReference';
import { useSubmit } from '../hooks/useSubmit';
import { FormField } from '../../../lib/components/FormField';
import { SLOT, Sentence } from '../../../lib/components/Sentence';
import { FormFooter } from './FormFooter';
import { StatePicker } from './StatePicker';

/** Art. 5.3-5.6: a request to extend a State's clearance deadline, with the new deadline shown first. */
export function ExtensionForm({
  reference,
  onCreated,
  onCancel,
}: {
  reference: Reference;
  onCreated: (r: ExtensionRequestView) => void;
  onCancel: () => void;
}) {
  const fmt = useFormat();
  const [stateIso3, setState] = useState('');
  const t = useT();
  const [submittedOn, setSubmitted] = useState(reference.today);
  const [currentDeadline, setCurrent] = useState('');
  const [years, setYears] = useState('');
  const [contents, setContents] = useState('');
  const [renewal, setRenewal] = useState(false);
  const [previousExtension, setPrevious] = useState('');
  const form = useSubmit(
    CreateExtensionRequestBodySchema,
    ['stateIso3', 'submittedOn', 'currentDeadline', 'years', 'contents', 'previousExtension'],
    createExtension,
  );
  const preview = years.trim() === '' ? null : extensionPreview(currentDeadline, Number(years));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await form.submit({
      stateIso3,
      submittedOn,
      currentDeadline,
      years: years.trim() === '' ? undefined : Number(years),
      contents,
      renewal,
      previousExtension: renewal ? previousExtension : null,
    });
    if (created) onCreated(created);
  }

  return (
    <form
      className="card form proc-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="ext-form-h"
      data-testid="extension-form"
    >
      <h2 id="ext-form-h">{t('procedures.extForm.title')}</h2>
      <div className="form-grid">
        <StatePicker
          label={t('procedures.extForm.requesting')}
          states={reference.states.filter((s) => s.status === 'party')}
          value={stateIso3}
          onChange={setState}
          error={form.errors.stateIso3}
        />
        <FormField label={t('procedures.extForm.submittedOn')} error={form.errors.submittedOn}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="mono"
              value={submittedOn}
              max={reference.today}
              onChange={(e) => setSubmitted(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('procedures.extForm.current')} error={form.errors.currentDeadline}>
          {(p) => (
            <input
              {...p}
              type="date"
              name="currentDeadline"
              className="mono"
              value={currentDeadline}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('procedures.extForm.years')}
          error={form.errors.years}
          hint={t('procedures.extForm.yearsHint', { max: MAX_EXTENSION_YEARS })}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              name="years"
              inputMode="numeric"
              min={1}
              max={MAX_EXTENSION_YEARS}
              value={years}
              onChange={(e) => setYears(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="effect" data-testid="extension-preview" aria-live="polite">
        {preview?.ok ? (
          <p className="effect__count">
            <Sentence text={t('procedures.extForm.newDeadline', { date: SLOT })}>
              <strong>{fmt.date(preview.deadline)}</strong>
            </Sentence>{' '}
            <span className="mono muted">({preview.deadline})</span>
          </p>
        ) : (
          <p className="muted">
            {preview
              ? t('procedures.extForm.preview', {
                  problem: preview.problem,
                  max: MAX_EXTENSION_YEARS,
                  years: fmt.number(Number(years)),
                })
              : t('procedures.extForm.enterBoth')}
          </p>
        )}
      </div>
      <FormField
        label={t('procedures.extForm.contents')}
        error={form.errors.contents}
        hint={t('procedures.extForm.contentsHint')}
      >
        {(p) => <textarea {...p} rows={5} value={contents} onChange={(e) => setContents(e.target.value)} />}
      </FormField>
      <div className="field field--check">
        <label>
          <input type="checkbox" checked={renewal} onChange={(e) => setRenewal(e.target.checked)} />{' '}
          {t('procedures.extForm.renewal')}
        </label>
      </div>
      {renewal && (
        <FormField label={t('procedures.extForm.previous')} error={form.errors.previousExtension}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={previousExtension}
              onChange={(e) => setPrevious(e.target.value)}
            />
          )}
        </FormField>
      )}
      <p className="field__hint">{t('procedures.extForm.agenda')}</p>
      <FormFooter
        error={form.formError}
        busy={form.busy}
        submitLabel={t('procedures.extForm.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

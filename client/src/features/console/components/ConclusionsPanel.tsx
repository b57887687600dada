import {
  ConclusionKindSchema,
  formatMessage,
  RecordConclusionBodySchema,
  type ConclusionKind,
  type MeetingView,
} from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { FormField } from '../../../lib/components/FormField';
import { LoadError, Loading } from '../../../lib/components/LoadState';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/fieldErrors';
import { useFormat, useT } from '../../../lib/locale/context';
import { keys } from '../../../lib/query/keys';
import { conclusionsQuery, recordConclusion } from '../api';

/**
 * A committee meeting's conclusions and recommendations (DOMAIN.md §9): recorded here while the
 * meeting is open, listed in order. The next MSP or Review Conference takes them up as one
 * agenda item (the server carries them).
 */
export function ConclusionsPanel({ meeting }: { meeting: Pick<MeetingView, 'id' | 'status' | 'version'> }) {
  const t = useT();
  const lang = useFormat().locale;
  const qc = useQueryClient();
  const list = useQuery(conclusionsQuery(meeting.id));
  const [kind, setKind] = useState<ConclusionKind>('conclusion');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Another desk recorded one: every recording bumps the meeting's version, which the live
  // snapshot brings; the list is read again then.
  useEffect(() => {
    void qc.invalidateQueries({ queryKey: keys.meetings.conclusions(meeting.id) });
  }, [qc, meeting.id, meeting.version]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const parsed = RecordConclusionBodySchema.safeParse({ kind, text });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await recordConclusion(meeting.id, parsed.data);
      setText('');
      await qc.invalidateQueries({ queryKey: keys.meetings.conclusions(meeting.id) });
    } catch (err) {
      const { fields, form } = apiFieldErrors(err, ['kind', 'text']);
      setErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  }

  const kindLabel = (k: ConclusionKind) => formatMessage(lang, 'officialRecord.conclusionKind', { kind: k });

  return (
    <section className="card conclusions" aria-labelledby="conclusions-heading" data-testid="conclusions">
      <h2 id="conclusions-heading">{t('console.conclusions.heading')}</h2>
      <p className="field__hint">{t('console.conclusions.carried')}</p>
      {list.isError ? (
        <LoadError
          what={t('console.conclusions.heading')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : !list.data ? (
        <Loading>{t('console.conclusions.loading')}</Loading>
      ) : list.data.length === 0 ? (
        <p className="muted" data-testid="conclusions-empty">
          {t('console.conclusions.empty')}
        </p>
      ) : (
        <ol className="conclusions__list">
          {list.data.map((c) => (
            <li key={c.id} data-testid="conclusion">
              <strong>{t('console.conclusions.item', { kind: c.kind, position: c.position })}</strong>{' '}
              <span dir="auto">{c.text}</span>
            </li>
          ))}
        </ol>
      )}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormField label={t('console.conclusions.kind')} error={errors.kind}>
          {(a) => (
            <select {...a} value={kind} onChange={(e) => setKind(e.target.value as ConclusionKind)}>
              {ConclusionKindSchema.options.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('console.conclusions.text')} error={errors.text}>
          {(a) => <textarea {...a} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        {formError && (
          <p className="field__error" role="alert">
            {formError}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || meeting.status !== 'open'}
          data-testid="record-conclusion"
        >
          {t('console.conclusions.submit')}
        </button>
        {meeting.status !== 'open' && <p className="field__hint">{t('console.conclusions.inSession')}</p>}
      </form>
    </section>
  );
}

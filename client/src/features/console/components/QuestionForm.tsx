import {
  formatMessage,
  isMessageKey,
  MATTER_KEYS,
  MATTERS,
  PutQuestionBodySchema,
  questionRuleFor,
  type Matter,
  type MeetingView,
} from '@plenary/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/fieldErrors';
import { FormField } from '../../../lib/components/FormField';
import { keys } from '../../../lib/query/keys';
import { useFormat, useT } from '../../../lib/locale/context';
import { matterLabel, ruleText } from '../../live/labels';
import { agendaItemTitle } from '../../meetings/labels';
import { putQuestion } from '../api';
import '../console.css';

/** Put a question: the matter first, and its rule and article on screen before anything else. */
export function QuestionForm({ meeting }: { meeting: MeetingView }) {
  const qc = useQueryClient();
  const [matter, setMatter] = useState<Matter>('other-substance');
  const [text, setText] = useState('');
  const [agendaItemId, setAgendaItemId] = useState<string>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  const lang = useFormat().locale;
  // The matter's note in the shared catalogue's words (matterNote.*), when it has one.
  const noteKey = `matterNote.${matter}`;
  const note =
    MATTERS[matter].note && isMessageKey(noteKey) ? formatMessage(lang, noteKey) : MATTERS[matter].note;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const parsed = PutQuestionBodySchema.safeParse({ matter, text, agendaItemId: agendaItemId || null });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await putQuestion(meeting.id, parsed.data);
      setText('');
      // The room's question.put event brings it too; this covers a console whose socket is down.
      await qc.invalidateQueries({ queryKey: keys.meetings.live(meeting.id) });
    } catch (err) {
      const { fields, form } = apiFieldErrors(err, ['matter', 'text', 'agendaItemId', 'rule']);
      setErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card form question-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="question-heading"
    >
      <h2 id="question-heading">{t('console.form.heading')}</h2>
      <FormField label={t('console.form.matter')} error={errors.matter}>
        {(a) => (
          <select
            {...a}
            value={matter}
            onChange={(e) => setMatter(e.target.value as Matter)}
            data-testid="question-matter"
          >
            {MATTER_KEYS.map((m) => (
              <option key={m} value={m}>
                {matterLabel(lang, m)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="rule-callout" data-testid="rule-sentence" aria-live="polite">
        <p className="rule-callout__rule">{ruleText(t, lang, questionRuleFor(matter, meeting.rules))}</p>
        <p className="rule-callout__note">
          {t('console.form.consensusFirst')}
          {note ? ` ${note}` : ''}
        </p>
      </div>
      <FormField label={t('console.form.text')} error={errors.text}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="question-text"
          />
        )}
      </FormField>
      <FormField label={t('console.form.agendaItem')} error={errors.agendaItemId}>
        {(a) => (
          <select {...a} value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
            <option value="">{t('console.form.noAgendaItem')}</option>
            {meeting.agenda.map((item) => (
              <option key={item.id} value={item.id}>
                {item.position}. {agendaItemTitle(item, { locale: lang })}
              </option>
            ))}
          </select>
        )}
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
        data-testid="put-question"
      >
        {t('console.form.submit')}
      </button>
      {meeting.status !== 'open' && <p className="field__hint">{t('console.form.inSession')}</p>}
    </form>
  );
}

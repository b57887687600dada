import {
  MATTER_KEYS,
  MATTERS,
  PutQuestionBodySchema,
  questionRuleFor,
  ruleWording,
  type Matter,
  type MeetingView,
} from '@plenary/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/fieldErrors';
import { FormField } from '../../../lib/components/FormField';
import { keys } from '../../../lib/query/keys';
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
  const info = MATTERS[matter];

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
      <h2 id="question-heading">Put a question</h2>
      <FormField label="Matter" error={errors.matter}>
        {(a) => (
          <select
            {...a}
            value={matter}
            onChange={(e) => setMatter(e.target.value as Matter)}
            data-testid="question-matter"
          >
            {MATTER_KEYS.map((m) => (
              <option key={m} value={m}>
                {MATTERS[m].label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="rule-callout" data-testid="rule-sentence" aria-live="polite">
        <p className="rule-callout__rule">{ruleWording(questionRuleFor(matter, meeting.rules))}</p>
        <p className="rule-callout__note">
          Consensus is sought first; a vote is taken only if it fails.{info.note ? ` ${info.note}` : ''}
        </p>
      </div>
      <FormField label="Text of the question" error={errors.text}>
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
      <FormField label="Agenda item" error={errors.agendaItemId}>
        {(a) => (
          <select {...a} value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
            <option value="">None</option>
            {meeting.agenda.map((item) => (
              <option key={item.id} value={item.id}>
                {item.position}. {item.title}
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
        Put the question
      </button>
      {meeting.status !== 'open' && (
        <p className="field__hint">Questions are put while the meeting is in session.</p>
      )}
    </form>
  );
}

import type { MeetingView } from '@plenary/shared';
import { useId } from 'react';
import { useFormat } from '../../../lib/locale/context';
import { meetingLabel, MEETING_STATUS_LABELS } from '../labels';
import '../meetings.css';

interface Props {
  meetings: readonly MeetingView[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** Offer "set up a new meeting" as the empty choice. */
  allowNone?: boolean;
}

export function MeetingPicker({ meetings, value, onChange, allowNone = false }: Props) {
  const fmt = useFormat();
  const id = useId();
  return (
    <div className="field meeting-picker">
      <label htmlFor={id}>Meeting</label>
      <select
        id={id}
        data-testid="meeting-picker"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        {(allowNone || value === null) && (
          <option value="">{allowNone ? 'Set up a new meeting…' : 'Choose a meeting'}</option>
        )}
        {meetings.map((m) => (
          <option key={m.id} value={m.id}>
            {meetingLabel(m, fmt)} — {MEETING_STATUS_LABELS[m.status]}
          </option>
        ))}
      </select>
    </div>
  );
}

import type { MeetingView } from '@plenary/shared';
import { useId } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { meetingLabel } from '../labels';
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
  const t = useT();
  const id = useId();
  return (
    <div className="field meeting-picker">
      <label htmlFor={id}>{t('desk.meeting.picker')}</label>
      <select
        id={id}
        data-testid="meeting-picker"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        {(allowNone || value === null) && (
          <option value="">{allowNone ? t('desk.meeting.new') : t('desk.meeting.choose')}</option>
        )}
        {meetings.map((m) => (
          <option key={m.id} value={m.id}>
            {t('desk.meeting.option', { label: meetingLabel(m, fmt), status: m.status })}
          </option>
        ))}
      </select>
    </div>
  );
}

import type { MeetingTransition, MeetingView, QuorumView } from '@plenary/shared';
import { useExplain } from '../../../lib/explain';
import { MEETING_STATUS_LABELS } from '../../meetings/labels';
import '../console.css';

const ACTIONS: { action: MeetingTransition; label: string; from: MeetingView['status'][] }[] = [
  { action: 'open', label: 'Open the meeting', from: ['scheduled'] },
  { action: 'suspend', label: 'Suspend', from: ['open'] },
  { action: 'resume', label: 'Resume', from: ['suspended'] },
  { action: 'close', label: 'Close the meeting', from: ['open', 'suspended'] },
];

interface Props {
  meeting: MeetingView;
  quorum: QuorumView;
  busy: boolean;
  onAction: (a: MeetingTransition) => void;
}

/** Open, suspend, resume, close: only the moves the meeting's status allows are offered. */
export function SessionControl({ meeting, quorum, busy, onAction }: Props) {
  const available = ACTIONS.filter((a) => a.from.includes(meeting.status));
  const explain = useExplain();
  const needsOpening = (a: MeetingTransition) => (a === 'open' || a === 'resume') && !quorum.opening.met;
  return (
    <section className="panel session-control" aria-labelledby="session-heading">
      <div className="session-control__head">
        <h2 id="session-heading">Session</h2>
        <span className={`status-pill status-pill--${meeting.status}`} data-testid="meeting-status">
          {MEETING_STATUS_LABELS[meeting.status]}
        </span>
      </div>
      <div className="actions">
        {available.map((a) => (
          <button
            key={a.action}
            type="button"
            className={`button${a.action === 'open' || a.action === 'resume' ? ' button--primary' : ''}`}
            disabled={busy || needsOpening(a.action)}
            title={needsOpening(a.action) ? explain(quorum.opening) : undefined}
            data-testid={`session-${a.action}`}
            onClick={() => onAction(a.action)}
          >
            {a.label}
          </button>
        ))}
        {available.length === 0 && <p className="muted">The meeting is closed.</p>}
      </div>
      {available.some((a) => needsOpening(a.action)) && (
        <p className="field__hint">Opening needs the opening quorum: {explain(quorum.opening)}</p>
      )}
    </section>
  );
}

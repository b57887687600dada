import type { MeetingTransition, MeetingView, QuorumView } from '@plenary/shared';
import { useExplain } from '../../../lib/explain';
import { useT } from '../../../lib/locale/context';
import '../console.css';

const ACTIONS: { action: MeetingTransition; from: MeetingView['status'][] }[] = [
  { action: 'open', from: ['scheduled'] },
  { action: 'suspend', from: ['open'] },
  { action: 'resume', from: ['suspended'] },
  { action: 'close', from: ['open', 'suspended'] },
];

interface Props {
  meeting: MeetingView;
  quorum: QuorumView;
  busy: boolean;
  onAction: (a: MeetingTransition) => void;
}

/** Open, suspend, resume, close: only the moves the meeting's status allows are offered. */
export function SessionControl({ meeting, quorum, busy, onAction }: Props) {
  const t = useT();
  const available = ACTIONS.filter((a) => a.from.includes(meeting.status));
  const explain = useExplain();
  const needsOpening = (a: MeetingTransition) => (a === 'open' || a === 'resume') && !quorum.opening.met;
  return (
    <section className="panel session-control" aria-labelledby="session-heading">
      <div className="session-control__head">
        <h2 id="session-heading">{t('console.session.heading')}</h2>
        <span className={`status-pill status-pill--${meeting.status}`} data-testid="meeting-status">
          {t('live.meetingStatus', { status: meeting.status })}
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
            {t('console.session.action', { action: a.action })}
          </button>
        ))}
        {available.length === 0 && <p className="muted">{t('console.session.closed')}</p>}
      </div>
      {available.some((a) => needsOpening(a.action)) && (
        <p className="field__hint">
          {t('console.session.needsQuorum', { explanation: explain(quorum.opening) })}
        </p>
      )}
    </section>
  );
}

import type { ConnectionState } from '../connection';
import '../live.css';

const LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** The state of the live connection, in words as well as colour, announced when it changes. */
export function ConnectionBadge({ state, className }: { state: ConnectionState; className?: string }) {
  return (
    <span
      className={`conn conn--${state}${className ? ` ${className}` : ''}`}
      role="status"
      aria-live="polite"
      data-testid="connection"
      data-state={state}
    >
      <span className="conn__dot" aria-hidden="true" />
      {LABELS[state]}
    </span>
  );
}

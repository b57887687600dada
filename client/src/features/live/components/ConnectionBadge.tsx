import { useT } from '../../../lib/locale/context';
import type { ConnectionState } from '../connection';
import '../live.css';

/** The state of the live connection, in words as well as colour, announced when it changes. */
export function ConnectionBadge({ state, className }: { state: ConnectionState; className?: string }) {
  const t = useT();
  return (
    <span
      className={`conn conn--${state}${className ? ` ${className}` : ''}`}
      role="status"
      aria-live="polite"
      data-testid="connection"
      data-state={state}
    >
      <span className="conn__dot" aria-hidden="true" />
      {t('live.connection', { state })}
    </span>
  );
}

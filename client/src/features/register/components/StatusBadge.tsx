import { statusLabel, type PartyStatus } from '../status';

export function StatusBadge({ status }: { status: PartyStatus }) {
  return <span className={`badge badge--${status}`}>{statusLabel(status)}</span>;
}

import { useT } from '../../../lib/locale/context';
import type { PartyStatus } from '../status';

export function StatusBadge({ status }: { status: PartyStatus }) {
  const t = useT();
  return <span className={`badge badge--${status}`}>{t('register.status', { status })}</span>;
}

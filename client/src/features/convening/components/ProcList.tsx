import { useT } from '../../../lib/locale/context';
import type { ReactNode } from 'react';
import { Loading, LoadError } from '../../../lib/components/LoadState';

export interface ProcListItem {
  key: string;
  title: string;
  meta: ReactNode;
  badge?: ReactNode;
}

interface Props {
  title: string;
  items: ProcListItem[];
  selected: string | null;
  onSelect: (key: string) => void;
  empty: string;
  newLabel?: string;
  onNew?: () => void;
  testId: string;
}

/** The list half of a list + detail screen: each item a button, the chosen one marked. */
export function ProcList({ title, items, selected, onSelect, empty, newLabel, onNew, testId }: Props) {
  return (
    <section className="proc-list" aria-label={title} data-testid={testId}>
      <div className="proc-list__head">
        <h2>{title}</h2>
        {onNew && newLabel && (
          <button type="button" className="button button--small button--primary" onClick={onNew}>
            {newLabel}
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <p className="empty proc-empty">{empty}</p>
      ) : (
        <ul className="proc-list__items">
          {items.map((it) => (
            <li key={it.key}>
              <button
                type="button"
                className="proc-list__item"
                aria-current={it.key === selected ? 'true' : undefined}
                onClick={() => onSelect(it.key)}
              >
                <span className="proc-list__title">{it.title}</span>
                <span className="proc-list__meta">{it.meta}</span>
                {it.badge}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Loading and error states of a tab: the app's own load states. */
export function LoadState({
  status,
  error,
  what,
  whatCode,
  onRetry,
}: {
  status: 'loading' | 'success' | 'error';
  error: { message: string } | null;
  /** What could not be loaded, starting the error sentence ("The amendments"). */
  what: string;
  /** Which list is loading, for the loading sentence. */
  whatCode: 'register' | 'special' | 'amendments' | 'extensions' | 'review';
  onRetry: () => void;
}) {
  const t = useT();
  if (status === 'loading') return <Loading>{t('procedures.loading', { what: whatCode })}</Loading>;
  if (status === 'error') return <LoadError what={what} error={error} onRetry={onRetry} />;
  return null;
}

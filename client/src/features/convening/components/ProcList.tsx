import type { ReactNode } from 'react';

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

/** Loading and error states of a tab, in the house style. */
export function LoadState({
  status,
  error,
  what,
  onRetry,
}: {
  status: 'loading' | 'success' | 'error';
  error: { message: string } | null;
  what: string;
  onRetry: () => void;
}) {
  if (status === 'loading') {
    return (
      <div className="notice" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> Loading {what}…
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <strong>{what.charAt(0).toUpperCase() + what.slice(1)} could not be loaded.</strong>{' '}
          {error?.message}
        </p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return null;
}

import type { FloorRefusal } from '@plenary/shared';
import { useId, type ReactNode } from 'react';

/**
 * A floor action's button: disabled with the reason printed beside it (the rule's own sentence,
 * naming the rule) and tied to it with aria-describedby, so a screen reader says why as well.
 */
export function ActionButton({
  why,
  onClick,
  children,
  primary = false,
  shortcut,
  testId,
}: {
  why: FloorRefusal | null;
  onClick: () => void;
  children: ReactNode;
  primary?: boolean;
  /** The key that does the same, shown on the button. */
  shortcut?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <span className="floor-action">
      <button
        type="button"
        className={`button${primary ? ' button--primary' : ''}`}
        disabled={why !== null}
        aria-describedby={why ? id : undefined}
        aria-keyshortcuts={shortcut}
        onClick={onClick}
        data-testid={testId}
      >
        {children}
        {shortcut && <kbd className="floor-action__key">{shortcut}</kbd>}
      </button>
      {why && (
        <span
          className="action-reason floor-action__why"
          id={id}
          data-testid={testId ? `${testId}-why` : undefined}
        >
          {why.message}
        </span>
      )}
    </span>
  );
}

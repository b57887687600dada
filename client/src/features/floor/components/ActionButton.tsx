import type { FloorRefusal } from '@plenary/shared';
import { useId, type ReactNode } from 'react';
import { useFloorText } from '../useFloorText';

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
  /** Why it is unavailable: a rule's refusal, or a sentence already worded (choose a delegation first); null when available. */
  why: FloorRefusal | string | null;
  onClick: () => void;
  children: ReactNode;
  primary?: boolean;
  /** The key that does the same, shown on the button. */
  shortcut?: string;
  testId?: string;
}) {
  const id = useId();
  const text = useFloorText().why(why);
  return (
    <span className="floor-action">
      <button
        type="button"
        className={`button${primary ? ' button--primary' : ''}`}
        disabled={text !== null}
        aria-describedby={text ? id : undefined}
        aria-keyshortcuts={shortcut}
        onClick={onClick}
        data-testid={testId}
      >
        {children}
        {shortcut && <kbd className="floor-action__key">{shortcut}</kbd>}
      </button>
      {text && (
        <span
          className="action-reason floor-action__why"
          id={id}
          data-testid={testId ? `${testId}-why` : undefined}
        >
          {text}
        </span>
      )}
    </span>
  );
}

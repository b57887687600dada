import type { Choice } from '@plenary/shared';
import { useEffect } from 'react';
import { CHOICE_LABELS, CHOICE_LETTERS } from '../../live/labels';
import type { PendingCast } from '../castState';
import '../vote.css';

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];
const KEYS: Record<string, Choice> = { y: 'yes', n: 'no', a: 'abstain' };

/** Yes / No / Abstain, large enough for a thumb; the Y, N and A keys press them too. */
export function VoteButtons({
  current,
  pending,
  disabled,
  onPress,
}: {
  current: Choice | null;
  pending: PendingCast | null;
  disabled: boolean;
  onPress(choice: Choice): void;
}) {
  const sending = pending?.status === 'sending';
  useEffect(() => {
    if (disabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const choice = KEYS[e.key.toLowerCase()];
      if (!choice || sending) return;
      e.preventDefault();
      onPress(choice);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [disabled, sending, onPress]);

  return (
    <div className="vote-buttons" role="group" aria-label="Your vote">
      {CHOICES.map((c) => {
        const isPending = pending?.choice === c;
        return (
          <button
            key={c}
            type="button"
            className={`vote-button vote-button--${c}`}
            data-testid={`vote-${c}`}
            aria-pressed={current === c}
            aria-keyshortcuts={CHOICE_LETTERS[c]}
            disabled={disabled || sending}
            onClick={() => onPress(c)}
          >
            <span className="vote-button__letter" aria-hidden="true">
              {CHOICE_LETTERS[c]}
            </span>
            <span className="vote-button__label">{isPending && sending ? 'Sending…' : CHOICE_LABELS[c]}</span>
          </button>
        );
      })}
    </div>
  );
}

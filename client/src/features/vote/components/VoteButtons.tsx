import type { Choice } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import { CHOICE_LETTERS, choiceLabel } from '../../live/labels';
import type { PendingCast } from '../castState';
import '../vote.css';

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];

/**
 * Yes / No / Abstain, large enough for a thumb. `current` is the choice the server holds; while
 * a press is unresolved no button claims to be recorded: the pending one says it is waiting.
 * The letters (and the keys Y, N, A) stay Latin in every language; the words are translated.
 */
export function VoteButtons({
  current,
  pending,
  disabled,
  shortcuts,
  onPress,
}: {
  current: Choice | null;
  pending: PendingCast | null;
  disabled: boolean;
  /** The Y, N, A keys are on (they ask to confirm). */
  shortcuts: boolean;
  onPress(choice: Choice): void;
}) {
  const t = useT();
  const lang = useFormat().locale;
  return (
    <div className="vote-buttons" role="group" aria-label={t('vote.buttons.aria')}>
      {CHOICES.map((c) => {
        const isPending = pending?.choice === c;
        return (
          <button
            key={c}
            type="button"
            className={`vote-button vote-button--${c}${isPending ? ' vote-button--pending' : ''}`}
            data-testid={`vote-${c}`}
            aria-pressed={!pending && current === c}
            aria-keyshortcuts={shortcuts ? CHOICE_LETTERS[c] : undefined}
            disabled={disabled}
            onClick={() => onPress(c)}
          >
            <span className="vote-button__letter" aria-hidden="true">
              {CHOICE_LETTERS[c]}
            </span>
            <span className="vote-button__label">
              {isPending ? t('vote.buttons.waiting', { choice: choiceLabel(lang, c) }) : choiceLabel(lang, c)}
            </span>
          </button>
        );
      })}
    </div>
  );
}

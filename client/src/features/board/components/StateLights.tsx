import { rollCallCalled, type Choice, type VoteSnapshot } from '@plenary/shared';
import { useFormat } from '../../../lib/locale/context';
import { CHOICE_LABELS, CHOICE_LETTERS } from '../../live/labels';
import { boardName, byName } from '../boardNames';

function lengthClass(name: string): string {
  if (name.length > 21) return ' board-state--longer';
  return name.length > 17 ? ' board-state--long' : '';
}

/** Every eligible State in alphabetical columns, each with its light and a letter (not colour alone). */
export function StateLights({ vote }: { vote: VoteSnapshot }) {
  const fmt = useFormat();
  const states = byName(vote.eligible, fmt.compare);
  const votes = vote.votes ?? {};
  // A roll-call: the State being called is highlighted where it stands in the list.
  const called = rollCallCalled(vote)?.called;
  return (
    <ol
      className="board-states"
      aria-label="Votes of States Parties"
      data-testid="board-states"
      style={{ '--board-count': states.length } as React.CSSProperties}
    >
      {states.map((s) => {
        const choice: Choice | undefined = votes[s.iso3];
        const short = boardName(s.name);
        return (
          <li
            key={s.iso3}
            className={`board-state board-state--${choice ?? 'none'}${lengthClass(short)}${
              s.iso3 === called ? ' board-state--called' : ''
            }`}
            aria-current={s.iso3 === called ? 'true' : undefined}
            data-testid={`board-state-${s.iso3}`}
            data-choice={choice ?? 'none'}
            title={s.name}
          >
            <span className="board-light" aria-hidden="true">
              {choice ? CHOICE_LETTERS[choice] : ''}
            </span>
            <span className="board-state__name" aria-hidden="true">
              {short}
            </span>
            <span className="visually-hidden">
              {s.name}: {choice ? CHOICE_LABELS[choice] : s.iso3 === called ? 'called now' : 'not voted'}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

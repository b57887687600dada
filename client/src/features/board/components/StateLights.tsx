import { compareStateNames, rollCallCalled, type Choice, type VoteSnapshot } from '@plenary/shared';
import { useMemo } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { CHOICE_LETTERS, stateLabel } from '../../live/labels';
import { boardName } from '../boardNames';

/**
 * Every eligible State in alphabetical columns, each with its light and a letter (not colour
 * alone); a State not checked in is marked absent, apart from those present that have not voted.
 * Names and their order are the language shown's (UN short names, that language's collation).
 * Every name has the same size, fitted to the board (board.css): long names are shortened, never
 * shrunk below the minimum.
 */
export function StateLights({ vote }: { vote: VoteSnapshot }) {
  const fmt = useFormat();
  const t = useT();
  const lang = fmt.locale;
  const states = useMemo(() => {
    const registerNames = Object.fromEntries(vote.eligible.map((e) => [e.iso3, e.name]));
    const order = compareStateNames(lang, 'short', registerNames);
    return [...vote.eligible]
      .sort((a, b) => order(a.iso3, b.iso3))
      .map((e) => ({ iso3: e.iso3, name: stateLabel(lang, e) }));
  }, [vote.eligible, lang]);
  const votes = vote.votes ?? {};
  // A roll-call: the State being called is highlighted where it stands in the list.
  const called = rollCallCalled(vote)?.called;
  const absent = new Set(vote.absent ?? []);
  return (
    <ol
      className="board-states"
      aria-label={t('board.states.aria')}
      data-testid="board-states"
      style={{ '--board-count': states.length } as React.CSSProperties}
    >
      {states.map((s) => {
        const choice: Choice | undefined = votes[s.iso3];
        const away = !choice && absent.has(s.iso3);
        const short = boardName(s.name, lang);
        const standing = choice ?? (s.iso3 === called ? 'called' : away ? 'absent' : 'waiting');
        return (
          <li
            key={s.iso3}
            className={`board-state board-state--${choice ?? (away ? 'absent' : 'none')}${
              s.iso3 === called ? ' board-state--called' : ''
            }`}
            aria-current={s.iso3 === called ? 'true' : undefined}
            data-testid={`board-state-${s.iso3}`}
            data-choice={choice ?? (away ? 'absent' : 'none')}
            title={s.name}
          >
            <span className="board-light" aria-hidden="true">
              {choice ? CHOICE_LETTERS[choice] : ''}
            </span>
            <span className="board-state__name" aria-hidden="true">
              {short}
            </span>
            <span className="visually-hidden">{t('board.states.standing', { name: s.name, standing })}</span>
          </li>
        );
      })}
    </ol>
  );
}

import '../../../testing/jsdom-polyfills';
import { cleanup, render, screen, within } from '@testing-library/react';
import { decide, type Choice } from '@plenary/shared';
import { MemoryRouter } from 'react-router';
import { liveSnapshot, STATES_161, voteSnapshot } from '../../../testing/liveFixtures';
import { BoardView } from './BoardView';

afterEach(cleanup);

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];
/** Every 4th State has not voted; the others cycle yes, no, abstain, yes… */
const votes: Record<string, Choice> = Object.fromEntries(
  STATES_161.filter((_, i) => i % 4 !== 3).map((s, i) => [s.iso3, CHOICES[i % 3]]),
);

function renderBoard(snapshot = liveSnapshot({ vote: voteSnapshot({}, votes) })) {
  return render(
    <MemoryRouter>
      <BoardView snapshot={snapshot} connection="live" />
    </MemoryRouter>,
  );
}

describe('BoardView', () => {
  it('lists the 161 States alphabetically in columns, each with its light and letter', () => {
    renderBoard();
    const list = screen.getByTestId('board-states');
    expect(list.className).toBe('board-states'); // CSS columns: alphabetical down each column
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(161);
    const names = items.map((li) => li.getAttribute('title')!);
    expect(names).toEqual([...STATES_161.map((s) => s.name)].sort((a, b) => a.localeCompare(b, 'en')));
    for (const s of STATES_161) {
      const li = screen.getByTestId(`board-state-${s.iso3}`);
      const choice = votes[s.iso3];
      expect(li.dataset.choice).toBe(choice ?? 'none');
      expect(li.querySelector('.board-light')?.textContent).toBe(
        choice ? { yes: 'Y', no: 'N', abstain: 'A' }[choice] : '',
      );
    }
  });

  it('shows the totals, present and voting and the yes votes needed, as the shared rule computes them', () => {
    renderBoard();
    const c = { yes: 0, no: 0, abstain: 0 };
    Object.values(votes).forEach((v) => (c[v] += 1));
    const d = decide('two-thirds-present-voting', c);
    expect(screen.getByTestId('board-yes').textContent).toBe(String(c.yes));
    expect(screen.getByTestId('board-no').textContent).toBe(String(c.no));
    expect(screen.getByTestId('board-abstain').textContent).toBe(String(c.abstain));
    expect(screen.getByTestId('board-not-voted').textContent).toBe(String(161 - c.yes - c.no - c.abstain));
    expect(screen.getByTestId('board-present-voting').textContent).toBe(String(d.presentAndVoting));
    expect(screen.getByTestId('board-required').textContent).toBe(`needs ${d.required} yes`);
    expect(screen.getByTestId('board-question').textContent).toContain('Cooperative Compliance');
    expect(screen.getByTestId('board-rule').textContent).toBe(
      'Two-thirds majority of States Parties present and voting — Rules of procedure (UN model)',
    );
    expect(screen.queryByTestId('board-outcome')).toBeNull();
  });

  it('shows the outcome banner with the server’s arithmetic once closed', () => {
    const result = {
      outcome: 'rejected' as const,
      yes: 2,
      no: 2,
      abstain: 0,
      presentAndVoting: 4,
      required: 3,
      quorumRequired: 81,
      presentAtClose: 150,
      explanation: 'Rejected: 2 yes of 4 present and voting; two-thirds requires 3 (3 × 2 = 6 < 2 × 4 = 8).',
    };
    renderBoard(
      liveSnapshot({
        vote: voteSnapshot({ status: 'closed', result }, { X00: 'yes', X01: 'yes', X02: 'no', X03: 'no' }),
      }),
    );
    const banner = screen.getByTestId('board-outcome');
    expect(banner.textContent).toContain('REJECTED');
    expect(banner.textContent).toContain(result.explanation);
  });

  it('shows no State’s light in an open secret ballot, only how many have voted', () => {
    renderBoard(
      liveSnapshot({
        vote: voteSnapshot({ method: 'secret', counts: null, votes: null, voted: ['X00', 'X01'] }),
      }),
    );
    expect(screen.queryAllByTestId(/^board-state-/)).toHaveLength(0);
    expect(screen.getByTestId('board-voted').textContent).toContain('2 of 161');
    expect(screen.getByTestId('board-yes').textContent).toBe('–');
  });

  it('shows the quorum between votes', () => {
    renderBoard(liveSnapshot({ question: null, vote: null }));
    expect(screen.getByText('No question before the meeting')).toBeTruthy();
    expect(screen.getByTestId('quorum').textContent).toContain('150 present of 81 required');
    expect(screen.getByTestId('connection').textContent).toBe('Live');
  });
});

import '../../../testing/jsdom-polyfills';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { consoleActionReasons } from '@plenary/shared';
import { LIVE, question, vote } from '../consoleFigures.fixtures';
import { VotePanel } from './VotePanel';

afterEach(cleanup);

describe('VotePanel', () => {
  it('shows the live counts, the yes votes needed now and who has not voted', () => {
    render(<VotePanel vote={vote()} question={question} busy={false} onClose={() => undefined} />);
    expect(screen.getByTestId('console-yes').textContent).toBe('2');
    expect(screen.getByTestId('console-no').textContent).toBe('1');
    expect(screen.getByTestId('console-abstain').textContent).toBe('0');
    expect(screen.getByTestId('console-needed').textContent).toMatch(
      /Present and voting 3 · yes needed now 2 · would be adopted/,
    );
    expect(screen.getByTestId('console-not-voted-total').textContent).toBe('2');
    expect(
      Array.from(screen.getByTestId('console-not-voted').querySelectorAll('li')).map((li) => li.textContent),
    ).toEqual(['Afghanistan', 'Chile']);
    expect(
      screen.getByText(
        'Two-thirds majority of States Parties present and voting — Rules of procedure (UN model)',
      ),
    ).toBeTruthy();
  });

  it('calls the next State in a roll-call, records its answer, and keeps the close until the roll ends', async () => {
    const rc = vote({
      method: 'roll-call',
      votes: { CHL: 'yes' },
      rollCall: {
        drawn: 'CHL',
        order: ['CHL', 'DNK', 'AFG', 'AGO', 'BEL'],
        seed: 'abc',
        passed: [],
        declined: [],
      },
    });
    const answers: [string, string, string][] = [];
    const closeReason = consoleActionReasons({ ...LIVE, vote: rc }, false).closeVote;
    render(
      <VotePanel
        vote={rc}
        question={question}
        busy={false}
        onClose={() => undefined}
        closeReason={closeReason}
        onAnswer={(iso3, a, opId) => {
          answers.push([iso3, a, opId]);
          return Promise.resolve(answers.length > 1);
        }}
      />,
    );
    expect(screen.getByTestId('roll-call').textContent).toMatch(/drawn by lot: Chile \(seed abc\)/);
    expect(screen.getByTestId('roll-call-called').textContent).toBe('Denmark');
    expect(screen.getByTestId<HTMLButtonElement>('close-vote').disabled).toBe(true);
    expect(screen.getByTestId('close-vote-reason').textContent).toBe(
      'The roll-call is not finished: Denmark is being called.',
    );
    // A press the server did not confirm is sent again with the same operation id.
    await act(async () => {
      fireEvent.click(screen.getByTestId('roll-call-no'));
      await Promise.resolve();
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('roll-call-no'));
      await Promise.resolve();
    });
    expect(answers.map(([iso3, a]) => [iso3, a])).toEqual([
      ['DNK', 'no'],
      ['DNK', 'no'],
    ]);
    expect(answers[0][2]).toBe(answers[1][2]);
  });

  it('asks for the counts taken in the room for a show of hands', () => {
    const closes: unknown[] = [];
    render(
      <VotePanel
        vote={vote({ method: 'show-of-hands', votes: null })}
        question={question}
        busy={false}
        onClose={(c) => closes.push(c)}
      />,
    );
    const [yes, no, abstain] = Array.from(screen.getByTestId('hands-form').querySelectorAll('input'));
    fireEvent.change(yes, { target: { value: '90' } });
    fireEvent.change(no, { target: { value: '40' } });
    fireEvent.change(abstain, { target: { value: '3' } });
    fireEvent.submit(screen.getByTestId('hands-form'));
    expect(closes).toEqual([{ yes: 90, no: 40, abstain: 3 }]);
  });

  it('refuses counts from the room that are not whole numbers, and closes nothing', () => {
    const closes: unknown[] = [];
    render(
      <VotePanel
        vote={vote({ method: 'show-of-hands', votes: null })}
        question={question}
        busy={false}
        onClose={(c) => closes.push(c)}
      />,
    );
    fireEvent.change(screen.getByLabelText('Yes'), { target: { value: '12.5' } });
    fireEvent.change(screen.getByLabelText('No'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Close with these counts' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter the counts taken in the room: whole numbers, zero or more.',
    );
    fireEvent.change(screen.getByLabelText('Yes'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Close with these counts' }));
    expect(closes).toEqual([]);
  });
});

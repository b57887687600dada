import '../../../testing/jsdom-polyfills';
import { applyCountToProposal } from '@plenary/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { renderWithClient as render } from '../../../testing/render';
import { proposal, reference, TODAY } from '../conveningFixtures';
import { ProposalDetail } from './ProposalDetail';

afterEach(cleanup);

describe('ProposalDetail', () => {
  it('shows the count against one-third with its arithmetic, and both deadlines with the days remaining', () => {
    render(
      <ProposalDetail
        proposal={proposal()}
        clarification={null}
        reference={reference}
        canWrite={false}
        onChanged={() => undefined}
      />,
    );
    expect(screen.getByTestId('special-counter-count').textContent).toBe('12');
    expect(screen.getByTestId('special-counter-required').textContent).toBe('54');
    expect(screen.getByTestId('special-counter-threshold').textContent).toBe('54 of 161: 3 × 54 = 162 ≥ 161');
    expect(screen.getByText('12 of 161: 3 × 12 = 36 < 161')).toBeTruthy();
    expect(screen.getByTestId('special-counter-status').textContent).toBe('42 more needed');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('12');
    const favourBy = within(screen.getByTestId('favour-by'));
    expect(favourBy.getByText(`16 March 2026`)).toBeTruthy();
    expect(favourBy.getByText('10 days remaining')).toBeTruthy();
    const conveneBy = within(screen.getByTestId('convene-by'));
    expect(conveneBy.getByText(`30 March 2026`)).toBeTruthy();
    expect(conveneBy.getByText('24 days remaining')).toBeTruthy();
    expect(screen.getByTestId('proposal-phase').textContent).toBe('Collecting');
    expect(screen.getAllByRole('row')).toHaveLength(3);
    // Read only: no form for anyone but the secretariat.
    expect(screen.queryByTestId('favour-form')).toBeNull();
  });

  it('turns to "met" when a live count reaches one-third, and offers the secretariat the convening', () => {
    const live = applyCountToProposal(
      proposal(),
      {
        procedure: 'special-meeting',
        id: proposal().id,
        progress: { ...proposal().progress, count: 54, met: true, metOn: '2026-03-06', explanation: 'Met' },
      },
      TODAY,
    );
    expect(live.phase).toBe('met');
    render(
      <ProposalDetail
        proposal={live}
        clarification={null}
        reference={reference}
        canWrite
        onChanged={() => undefined}
      />,
    );
    expect(screen.getByTestId('proposal-phase').textContent).toBe(`Met on 6 March 2026`);
    expect(screen.getByTestId('special-counter-status').textContent).toBe(
      `Threshold reached on 6 March 2026`,
    );
    expect(screen.getByRole('button', { name: 'Convene the Special Meeting' })).toBeTruthy();
    expect(screen.getByTestId('favour-form')).toBeTruthy();
  });
});

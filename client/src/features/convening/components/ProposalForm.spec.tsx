import '../../../testing/jsdom-polyfills';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { mockFetch } from '../../../testing/mockFetch';
import { reference } from '../conveningFixtures';
import { ProposalForm } from './ProposalForm';

afterEach(cleanup);

describe('ProposalForm', () => {
  it('shows the shared schema’s messages inline and sends nothing', () => {
    const api = mockFetch({});
    try {
      render(
        <ProposalForm
          reference={reference}
          clarifications={[]}
          onCreated={() => undefined}
          onCancel={() => undefined}
        />,
      );
      fireEvent.change(screen.getByLabelText('Communicated by the Secretary-General on'), {
        target: { value: '' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Record the proposal' }));
      expect(screen.getByText('Requesting State(s) needs at least one State')).toBeTruthy();
      expect(screen.getByText('Matter must have at least 3 characters')).toBeTruthy();
      expect(
        screen.getByText('Communicated by the Secretary-General on must be a date in the form YYYY-MM-DD'),
      ).toBeTruthy();
      expect(screen.getByLabelText('Matter').getAttribute('aria-invalid')).toBe('true');
      expect(api.calls).toHaveLength(0);
    } finally {
      api.restore();
    }
  });

  it('previews D + 14 and D + 28 and the one-third, and shows the server’s refusal on its field', async () => {
    const api = mockFetch({
      'POST /api/convening/special-meetings': () => ({
        status: 422,
        body: {
          statusCode: 422,
          code: 'NOT_A_PARTY',
          message: 'France is not a State Party on 2026-03-02.',
          field: 'requestingStates',
        },
      }),
    });
    try {
      render(
        <ProposalForm
          reference={reference}
          clarifications={[]}
          onCreated={() => undefined}
          onCancel={() => undefined}
        />,
      );
      fireEvent.change(screen.getByLabelText('Communicated by the Secretary-General on'), {
        target: { value: '2026-03-02' },
      });
      const preview = screen.getByTestId('proposal-preview');
      expect(preview.textContent).toContain(`16 March 2026`);
      expect(preview.textContent).toContain(`30 March 2026`);
      expect(preview.textContent).toContain('54 of 161: 3 × 54 = 162 ≥ 161');
      fireEvent.change(screen.getByLabelText('Requesting State(s)'), { target: { value: 'France (FRA)' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      fireEvent.change(screen.getByLabelText('Matter'), { target: { value: 'Compliance with Article 1' } });
      fireEvent.click(screen.getByRole('button', { name: 'Record the proposal' }));
      expect(
        await screen.findByText('Requesting State(s): France is not a State Party on 2026-03-02.'),
      ).toBeTruthy();
      expect(api.calls[0]?.body).toEqual({
        requestingStates: ['FRA'],
        matter: 'Compliance with Article 1',
        communicatedOn: '2026-03-02',
        clarificationId: null,
      });
    } finally {
      api.restore();
    }
  });
});

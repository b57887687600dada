import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { STATES } from '../../../testing/fixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderWithClient } from '../../../testing/render';
import { RegisterMaintenance } from './RegisterMaintenance';

let fetchMock: ReturnType<typeof mockFetch>;

beforeEach(() => {
  fetchMock = mockFetch({
    // The server's today, whatever the machine running the spec thinks.
    'GET /api/time': () => ({ body: { today: '2026-03-02', now: '2026-03-02T10:00:00.000Z' } }),
    'GET /api/states': () => ({ body: STATES }),
    'POST /api/states/TON/withdrawal': () => ({ status: 201, body: STATES.states[4] }),
    'POST /api/states/USA/instruments': () => ({ status: 201, body: STATES.states[5] }),
  });
});
afterEach(() => {
  cleanup();
  fetchMock.restore();
});

async function ready() {
  renderWithClient(<RegisterMaintenance />);
  await screen.findByTestId('register-state');
  await waitFor(() =>
    expect(fetchMock.calls.find((c) => c.path === '/api/states')?.query.get('on')).toBe('2026-03-02'),
  );
  await act(async () => Promise.resolve());
}

describe('RegisterMaintenance', () => {
  it('shows the effect of an accession on the count before anything is saved, then saves it', async () => {
    await ready();
    fireEvent.change(screen.getByTestId('register-state'), {
      target: { value: 'United States of America (USA)' },
    });
    fireEvent.change(screen.getByTestId('register-date'), { target: { value: '2026-03-02' } });
    // Fixture: 4 parties before 1 September 2026 (Tonga enters into force on 1 July) → 5 after.
    expect(screen.getByTestId('count-effect').textContent).toMatch(/Count on .*2026: 4 → 5/);
    expect(screen.getByTestId('count-effect').textContent).toMatch(/not a party → State Party/);
    expect(fetchMock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save to the register' }));
      await Promise.resolve();
    });
    const post = fetchMock.calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/states/USA/instruments');
    expect(post?.body).toEqual({
      type: 'accession',
      depositDate: '2026-03-02',
      successionEffectiveDate: null,
    });
  });

  it('shows the shared rule’s refusal instead of an effect, and does not offer to save', async () => {
    await ready();
    fireEvent.change(screen.getByTestId('register-state'), { target: { value: 'FRA' } });
    fireEvent.change(screen.getByTestId('register-date'), { target: { value: '2026-03-01' } });
    expect(screen.getByText(/France/, { selector: '.field__error' })).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save to the register' }).disabled).toBe(
      true,
    );
  });

  it('says a withdrawal in armed conflict leaves the count unchanged until the conflict ends', async () => {
    await ready();
    fireEvent.change(screen.getByTestId('register-action'), { target: { value: 'withdrawal' } });
    fireEvent.change(screen.getByTestId('register-state'), { target: { value: 'Afghanistan' } });
    fireEvent.change(screen.getByTestId('register-date'), { target: { value: '2026-03-02' } });
    expect(screen.getByTestId('count-effect').textContent).toMatch(/Count on .*2026: 4 → 3/);
    fireEvent.click(screen.getByLabelText(/armed conflict/));
    expect(screen.getByTestId('count-effect').textContent).toMatch(
      /Count on .*2026: 3 → 3.*takes effect only when the end of the armed conflict is recorded/,
    );
  });
});

import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { DelegationView } from '@plenary/shared';
import { STATES } from '../../../testing/fixtures';
import { MEETING } from '../../../testing/liveFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderWithClient } from '../../../testing/render';
import { RegisterDelegationForm } from './RegisterDelegationForm';

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  cleanup();
  fetchMock.restore();
});

const afg: DelegationView = {
  id: 'd-afg',
  meetingId: 'm1',
  kind: 'state',
  stateIso3: 'AFG',
  name: 'Afghanistan',
  partyStatus: 'party',
  credentials: 'none',
  standing: 'observer',
  present: false,
  signIn: { issued: false, issuedAt: null, revoked: false },
};

describe('RegisterDelegationForm', () => {
  it('registers a State chosen by name or ISO code, reading the register of the meeting’s first day', async () => {
    const registered: DelegationView[] = [];
    fetchMock = mockFetch({
      'GET /api/states': () => ({ body: STATES }),
      'POST /api/meetings/m1/delegations': () => ({ status: 201, body: afg }),
    });
    renderWithClient(
      <RegisterDelegationForm
        meeting={MEETING}
        registered={[]}
        onRegistered={(d) => registered.push(d)}
        onBulk={() => undefined}
      />,
    );
    await waitFor(() => expect(fetchMock.calls[0]?.query.get('on')).toBe(MEETING.startDate));
    fireEvent.change(screen.getByLabelText('State: name or ISO code'), { target: { value: 'afg' } });
    expect(await screen.findByText(/Afghanistan: State Party on 2 March 2026\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(registered).toEqual([afg]));
    expect(fetchMock.calls.at(-1)!.body).toEqual({ kind: 'state', stateIso3: 'AFG' });
    expect(screen.getByRole('status').textContent).toBe('Afghanistan registered as an observer.');
  });

  it('refuses what is not a State from the list, and an organisation name too short, without sending', () => {
    fetchMock = mockFetch({ 'GET /api/states': () => ({ body: STATES }) });
    renderWithClient(
      <RegisterDelegationForm
        meeting={MEETING}
        registered={[]}
        onRegistered={() => undefined}
        onBulk={() => undefined}
      />,
    );
    fireEvent.change(screen.getByLabelText('State: name or ISO code'), { target: { value: 'Atlantis' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a State from the list, by name or ISO code.');
    fireEvent.change(screen.getByLabelText('Delegation of'), { target: { value: 'organisation' } });
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Name /);
    expect(fetchMock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});

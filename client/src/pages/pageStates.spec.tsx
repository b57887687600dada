import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Principal } from '@plenary/shared';
import { STATES, SUMMARY as REGISTER_SUMMARY } from '../testing/fixtures';
import { FakeSocket } from '../testing/fakeSocket';
import { liveSnapshot, MEETING } from '../testing/liveFixtures';
import { mockFetch, unauthenticated, type MockRoutes } from '../testing/mockFetch';
import { renderApp } from '../testing/renderApp';

const secretariat: Principal = {
  role: 'secretariat',
  displayName: 'Implementation Support Unit',
  userId: 'u1',
  delegationId: null,
  meetingId: null,
  stateIso3: null,
};
const norway: Principal = {
  role: 'delegation',
  displayName: 'Norway',
  userId: null,
  delegationId: 'd1',
  meetingId: 'm1',
  stateIso3: 'NOR',
};
const unavailable = () => ({
  status: 503,
  body: { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'The database is not reachable.' },
});
const pending = () => new Promise<never>(() => undefined);
const TIME = { body: { today: '2026-03-02', now: '2026-03-02T09:00:00.000Z' } };

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  cleanup();
  fetchMock.restore();
});
function serve(routes: MockRoutes) {
  fetchMock = mockFetch({ 'GET /api/auth/me': unauthenticated, ...routes });
}

describe('DeskPage', () => {
  const asSecretariat = { 'GET /api/auth/me': () => ({ body: secretariat }) };

  it('says it is loading the meetings, then offers to set one up when there is none', async () => {
    let answer: (v: { body: unknown }) => void = () => undefined;
    serve({ ...asSecretariat, 'GET /api/meetings': () => new Promise((r) => (answer = r)) });
    renderApp('/desk', { socket: new FakeSocket() });
    expect(await screen.findByText('Loading the meetings…')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Set up a meeting' })).toBeNull();
    await act(async () => {
      answer({ body: [] });
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { name: 'Set up a meeting' })).toBeTruthy();
  });

  it('shows why the meetings could not be loaded, with a way to try again', async () => {
    serve({ ...asSecretariat, 'GET /api/meetings': unavailable });
    renderApp('/desk', { socket: new FakeSocket() });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /The list of meetings could not be loaded\. The database is not reachable\./,
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('says it is loading the delegations, then that none is registered yet', async () => {
    let answer: (v: { body: unknown }) => void = () => undefined;
    serve({
      ...asSecretariat,
      'GET /api/meetings': () => ({ body: [MEETING] }),
      'GET /api/meetings/m1/live': () => ({ body: liveSnapshot() }),
      'GET /api/meetings/m1/delegations': () => new Promise((r) => (answer = r)),
      'GET /api/states': () => ({ body: STATES }),
    });
    renderApp('/desk?meeting=m1&tab=delegations', { socket: new FakeSocket() });
    expect(await screen.findByText('Loading the delegations…')).toBeTruthy();
    await waitFor(() => expect(fetchMock.calls.some((c) => c.path.endsWith('/delegations'))).toBe(true));
    await act(async () => {
      answer({ body: [] });
      await Promise.resolve();
    });
    expect(await screen.findByText('No delegation is registered yet.')).toBeTruthy();
  });

  it('shows why the delegations could not be loaded', async () => {
    serve({
      ...asSecretariat,
      'GET /api/meetings': () => ({ body: [MEETING] }),
      'GET /api/meetings/m1/live': () => ({ body: liveSnapshot() }),
      'GET /api/meetings/m1/delegations': unavailable,
    });
    renderApp('/desk?meeting=m1&tab=presence', { socket: new FakeSocket() });
    expect((await screen.findByRole('alert')).textContent).toMatch(/The delegations could not be loaded/);
  });

  it('asks to sign in when nobody is', async () => {
    serve({});
    renderApp('/desk', { socket: new FakeSocket() });
    expect((await screen.findByTestId('sign-in-prompt')).textContent).toMatch(
      /This screen is for the Secretariat/i,
    );
  });
});

describe('BoardPage', () => {
  it('says it is connecting until the meeting arrives', async () => {
    serve({ 'GET /api/meetings/m1/live': pending });
    renderApp('/board?meeting=m1', { socket: new FakeSocket() });
    expect(await screen.findByText('Connecting to the meeting…')).toBeTruthy();
    expect(screen.getByTestId('connection').textContent).toBe('Connecting…');
  });

  it('says when there is no meeting to show', async () => {
    serve({ 'GET /api/meetings': () => ({ body: [] }) });
    renderApp('/board', { socket: new FakeSocket() });
    expect(await screen.findByText('There is no meeting to show yet.')).toBeTruthy();
  });

  it('says when the list of meetings cannot be loaded', async () => {
    serve({ 'GET /api/meetings': unavailable });
    renderApp('/board', { socket: new FakeSocket() });
    expect(await screen.findByText('Could not load the list of meetings.')).toBeTruthy();
  });

  it('shows the server’s refusal when the meeting does not exist', async () => {
    serve({
      'GET /api/meetings/nope/live': () => ({
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: 'Meeting not found' },
      }),
    });
    renderApp('/board?meeting=nope', { socket: new FakeSocket() });
    expect(await screen.findByText('Meeting not found')).toBeTruthy();
  });
});

describe('VotePage', () => {
  it('says it is checking the sign-in, then asks a signed-out visitor to sign in', async () => {
    let answer: (v: ReturnType<typeof unauthenticated>) => void = () => undefined;
    serve({ 'GET /api/auth/me': () => new Promise((r) => (answer = r)) });
    renderApp('/vote', { socket: new FakeSocket() });
    expect(await screen.findByText('Checking your sign-in…')).toBeTruthy();
    await act(async () => {
      answer(unauthenticated());
      await Promise.resolve();
    });
    expect(await screen.findByRole('link', { name: 'Sign in to vote' })).toBeTruthy();
  });

  it('shows a delegation the meeting once it arrives, and says when no question is before it', async () => {
    let answer: (v: { body: unknown }) => void = () => undefined;
    serve({
      'GET /api/auth/me': () => ({ body: norway }),
      'GET /api/meetings/m1/live': () => new Promise((r) => (answer = r)),
    });
    renderApp('/vote', { socket: new FakeSocket() });
    expect(await screen.findByText('Connecting to the meeting…')).toBeTruthy();
    await waitFor(() => expect(fetchMock.calls.some((c) => c.path === '/api/meetings/m1/live')).toBe(true));
    await act(async () => {
      answer({ body: liveSnapshot({ question: null, vote: null }) });
      await Promise.resolve();
    });
    expect(await screen.findByText('No question before the meeting.')).toBeTruthy();
  });
});

describe('ProceduresPage', () => {
  const lists = {
    'GET /api/time': () => TIME,
    'GET /api/states': () => ({ body: STATES }),
    'GET /api/convening/special-meetings': () => ({ body: [] }),
    'GET /api/convening/clarifications': () => ({ body: [] }),
  };

  it('says it is loading the register, then shows empty lists as such', async () => {
    let answer: (v: { body: unknown }) => void = () => undefined;
    serve({ ...lists, 'GET /api/states': () => new Promise((r) => (answer = r)) });
    renderApp('/procedures', { socket: new FakeSocket() });
    expect(await screen.findByText(/Loading the register/)).toBeTruthy();
    await waitFor(() => expect(fetchMock.calls.some((c) => c.path === '/api/states')).toBe(true));
    await act(async () => {
      answer({ body: STATES });
      await Promise.resolve();
    });
    expect(
      await screen.findByText('No proposal to convene a Special Meeting has been recorded.'),
    ).toBeTruthy();
    expect(screen.getByText('No Request for Clarification has been recorded.')).toBeTruthy();
    // Counted from the server's today, written as every date is.
    expect(screen.getByText('2 March 2026')).toBeTruthy();
  });

  it('shows why the register could not be loaded, and loads it on request', async () => {
    let fail = true;
    serve({ ...lists, 'GET /api/states': () => (fail ? unavailable() : { body: STATES }) });
    renderApp('/procedures', { socket: new FakeSocket() });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The register could not be loaded\. The database is not reachable\./);
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('shows why a tab’s list could not be loaded', async () => {
    serve({ ...lists, 'GET /api/convening/amendments': unavailable });
    renderApp('/procedures?tab=amendments', { socket: new FakeSocket() });
    expect((await screen.findByRole('alert')).textContent).toMatch(/The amendments could not be loaded/);
  });
});

describe('RegisterPage', () => {
  it('counts from the server’s today when the link names no date', async () => {
    serve({
      'GET /api/time': () => TIME,
      'GET /api/register/summary': (c) => ({ body: { ...REGISTER_SUMMARY, date: c.query.get('on') } }),
      'GET /api/states': (c) => ({ body: { ...STATES, date: c.query.get('on') } }),
    });
    renderApp('/', { socket: new FakeSocket() });
    expect(await screen.findByRole('heading', { name: 'States Parties on 2 March 2026' })).toBeTruthy();
    expect(fetchMock.calls.filter((c) => c.path === '/api/states').map((c) => c.query.get('on'))).toEqual([
      '2026-03-02',
    ]);
  });

  it('says when the register holds no State on a date', async () => {
    serve({
      'GET /api/time': () => TIME,
      'GET /api/register/summary': () => ({ body: { ...REGISTER_SUMMARY, count: 0, byRegionalGroup: [] } }),
      'GET /api/states': () => ({ body: { ...STATES, count: 0, states: [] } }),
    });
    renderApp('/?on=1997-01-01', { socket: new FakeSocket() });
    expect(await screen.findByTestId('states-empty')).toBeTruthy();
    expect(screen.getByText('No States Parties on this date.')).toBeTruthy();
  });
});
